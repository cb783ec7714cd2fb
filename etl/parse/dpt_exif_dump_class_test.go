package parse

import "testing"

// exifDoc sets a tool's dump under a caption in a report whose other
// tables are TAB tables.
func exifDoc(caption string, dump ...string) []string {
	out := []string{"Tabel 3.1 Rekapitulasi Anggaran", "", "No\tUraian\tPagu\tRealisasi",
		"1\tBelanja Pegawai\t1.000.000\t900.000", "", caption, "",
		"[Lampiran: keterangan foto lembar rekap diketik ulang]", ""}
	out = append(out, dump...)
	return append(out, "", "Sumber: Subbagian Data dan Informasi.", "")
}

// TestExifDumpDPTClass: a DPT typed again as a tool's per-file metadata
// dump, one block a photographed (or filmed) recap sheet, the figures in a
// free-text tag; each item proven by L + P = total, the kabupaten's by the
// sums; the election from the caption.
func TestExifDumpDPTClass(t *testing.T) {
	const cap24 = "Tabel 3.5 Rekapitulasi DPT Pemilu 2024 per Kecamatan"
	// exiftool -G: group prefixes, the item in XP Comment with a colon,
	// a command line above and a count line below, the kabupaten last
	grouped := exifDoc(cap24,
		"$ exiftool -G -a /dok/rekap/*.jpg",
		"======== /dok/rekap/alok.jpg",
		"[File]          File Name                       : alok.jpg",
		"[EXIF]          Make                            : Canon",
		"[EXIF]          Exposure Time                   : 1/60",
		"[EXIF]          XP Comment                      : Kecamatan ALOK: 22 desa/kel, 60 TPS, L 7.210, P 7.305, Jumlah 14.515",
		"======== /dok/rekap/nita.jpg",
		"[File]          File Name                       : nita.jpg",
		"[EXIF]          Make                            : Canon",
		"[EXIF]          XP Comment                      : Kecamatan NITA: 12 desa/kel, 41 TPS, L 4.120, P 4.033, Jumlah 8.153",
		"======== /dok/rekap/sikka.jpg",
		"[File]          File Name                       : sikka.jpg",
		"[EXIF]          XP Comment                      : Kabupaten Sikka: 34 desa/kel, 101 TPS, L 11.330, P 11.338, Jumlah 22.668",
		"    3 image files read")
	wantGrouped := []string{"pemilu|2024|kecamatan|ALOK|22|60|7210|7305|14515", "pemilu|2024|kecamatan|NITA|12|41|4120|4033|8153",
		"pemilu|2024|kabupaten|Kabupaten Sikka|34|101|11330|11338|22668"}
	// mediainfo: no separator, the block opens at "Complete name", section
	// headings and blank lines between, a title and a dash before the counts,
	// the description repeated in a second tag, no kabupaten block
	videos := exifDoc("Tabel 4 DPT Pilkada 2020 menurut Kecamatan",
		"General",
		"Complete name                            : /video/pleno_golewa.mp4",
		"Format                                   : MPEG-4",
		"Description                              : Pleno PPK Golewa - L 3.210, P 3.305, total 6.515",
		"Comment                                  : Pleno PPK Golewa - L 3.210, P 3.305, total 6.515",
		"",
		"Video",
		"Width                                    : 1 920 pixels",
		"",
		"General",
		"Complete name                            : /video/pleno_bajawa.mp4",
		"Format                                   : MPEG-4",
		"Description                              : Pleno PPK Bajawa - L 2.000, P 2.100, total 4.100",
		"",
		"Video",
		"Width                                    : 1 920 pixels")
	wantVideos := []string{"pilkada|2020|kecamatan|GOLEWA|<nil>|<nil>|3210|3305|6515", "pilkada|2020|kecamatan|BAJAWA|<nil>|<nil>|2000|2100|4100"}
	// Windows Properties as text: the area in Keywords, the counts alone in
	// Comments, "Name" opening each file
	props := exifDoc(cap24,
		"Name: scan_01.png", "Title: Rekap DPT", "Tags: DPT; Kecamatan Alok", "Comments: laki-laki 7.210, perempuan 7.305, jumlah 14.515",
		"Name: scan_02.png", "Title: Rekap DPT", "Tags: DPT; Kecamatan Nita", "Comments: laki-laki 4.120, perempuan 4.033, jumlah 8.153")
	wantProps := []string{"pemilu|2024|kecamatan|ALOK|<nil>|<nil>|7210|7305|14515", "pemilu|2024|kecamatan|NITA|<nil>|<nil>|4120|4033|8153"}
	// look-alike: every sheet's L + P is not its total
	odd := exifDoc(cap24,
		"======== a.jpg", "File Name : a.jpg", "Image Description : Kec. ALOK - L 7.210, P 7.305, jumlah 14.516",
		"======== b.jpg", "File Name : b.jpg", "Image Description : Kec. NITA - L 4.120, P 4.033, jumlah 8.154")
	// one sheet's sum wrong: it stays out; the kabupaten's sheet, named and
	// proven by its own L + P, loads
	mixed := exifDoc(cap24,
		"======== a.jpg", "File Name : a.jpg", "Image Description : Rekap Kec. ALOK - L 7.210, P 7.305, jumlah 14.516",
		"======== b.jpg", "File Name : b.jpg", "Image Description : Rekap Kec. NITA - L 4.120, P 4.033, jumlah 8.153",
		"======== c.jpg", "File Name : c.jpg", "Image Description : Rekap Kec. PAGA - L 1.000, P 1.001, jumlah 2.001",
		"======== d.jpg", "File Name : d.jpg", "Image Description : Rekap Kab. SIKKA - L 12.330, P 12.339, jumlah 24.669")
	wantMixed := []string{"pemilu|2024|kecamatan|NITA|<nil>|<nil>|4120|4033|8153", "pemilu|2024|kecamatan|PAGA|<nil>|<nil>|1000|1001|2001",
		"pemilu|2024|kabupaten|Kabupaten Sikka|<nil>|<nil>|12330|12339|24669"}
	// look-alike: holiday photos, camera, exposure and GPS numbers
	holiday := []string{"Foto liburan keluarga:", "",
		"======== /home/ani/foto/pantai.jpg", "File Name                       : pantai.jpg",
		"Camera Model Name               : PowerShot G7 X", "Exposure Time                   : 1/250", "F Number                        : 5.6",
		"GPS Position                    : 8 deg 37 min 12.00 sec S, 122 deg 12 min 5.00 sec E",
		"Image Description               : Pantai Koka - L 1.2, P 3.4",
		"======== /home/ani/foto/danau.jpg", "File Name                       : danau.jpg",
		"Camera Model Name               : PowerShot G7 X", "Exposure Time                   : 1/125",
		"Image Description               : Danau Kelimutu - sore hari", "    2 image files read"}
	// look-alike: a shop's stock as a properties dump, sizes L and P that add up
	stock := []string{"Stok gudang:", "",
		"Name: kaos_polos.txt", "Comments: Kaos Kec. Alok - L 20, P 15, jumlah 35",
		"Name: kemeja.txt", "Comments: Kemeja Kec. Nita - L 10, P 12, jumlah 22"}
	checkDocs(t, []string{"dpt"}, []docCase{
		{"exiftool -G, colon item, kabupaten last", grouped, map[string][]string{"dpt": wantGrouped}},
		{"mediainfo, dash item, repeated tag", videos, map[string][]string{"dpt": wantVideos}},
		{"properties, area and counts in two tags", props, map[string][]string{"dpt": wantProps}},
		{"L + P not the total", odd, map[string][]string{"dpt": nil}},
		{"one sheet's sum wrong", mixed, map[string][]string{"dpt": wantMixed}},
		{"holiday photos", holiday, map[string][]string{"dpt": nil}},
		{"a shop's stock", stock, map[string][]string{"dpt": nil}},
	})
}
