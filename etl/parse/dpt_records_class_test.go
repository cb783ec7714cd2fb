package parse

import (
	"strings"
	"testing"
)

// TestDPTRecordsClass: a DPT told one record a paragraph (made-up
// figures): the captions of a plenary's photos, one PPK a photo and the
// KPU's own plenary the kabupaten's; a printed map's placemarks, a name
// line over the fields, as "📍 name" with coordinates, as Name/Description
// pairs and as KML-like name:/description: fields. A caption without
// figures, a placemark layer of offices, a record whose L + P is not its
// total and a whole that is not the sum of the areas give no row.
func TestDPTRecordsClass(t *testing.T) {
	rows := []string{
		"pemilu|2024|kecamatan|ALOK BARAT|12|38|8114|8402|16516",
		"pemilu|2024|kecamatan|NITA|10|27|5230|5461|10691",
		"pemilu|2024|kecamatan|MAGEPANDA|5|15|3002|3118|6120",
		"pemilu|2024|kabupaten|Kabupaten Sikka|27|80|16346|16981|33327",
	}
	intro := []string{"D. Data Pemilih", "", "Dokumentasi Pleno Rekapitulasi DPT Pemilu 2024", ""}
	// photo captions: "Foto 3.n", the counts in a sentence with "dan",
	// the PPK named with Kecamatan, the credit in brackets
	captions := append(append([]string{}, intro...),
		"[foto: DSC_0101.JPG]",
		"Foto 3.2 Penyerahan hasil rekapitulasi oleh PPK Kecamatan Alok Barat kepada KPU: 12 desa/kel, 38 TPS,",
		"pemilih laki-laki 8.114 dan perempuan 8.402, jumlah 16.516. (Dok. Humas, 3/7/2023)", "",
		"[foto: DSC_0102.JPG]",
		"Foto 3.3 Penyerahan hasil rekapitulasi oleh PPK Nita kepada KPU: 10 desa/kel, 27 TPS, pemilih",
		"laki-laki 5.230 dan perempuan 5.461, jumlah 10.691. (Dok. Humas, 3/7/2023)", "",
		"[foto: DSC_0103.JPG]",
		"Foto 3.4 Penyerahan hasil rekapitulasi oleh PPK Magepanda kepada KPU: 5 desa/kel, 15 TPS, pemilih",
		"laki-laki 3.002 dan perempuan 3.118, jumlah 6.120. (Dok. Humas, 4/7/2023)", "",
		"[foto: DSC_0104.JPG]",
		"Foto 3.5 Ketua KPU Kabupaten Sikka menetapkan rekapitulasi DPT tingkat kabupaten: 27 desa/kel, 80 TPS,",
		"pemilih laki-laki 16.346 dan perempuan 16.981, jumlah 33.327. (Dok. Humas, 6/7/2023)", "",
		"Sumber: arsip Humas.", "")
	// placemarks: a pin before the name, coordinates, a layer heading
	// between the areas and the kabupaten's placemark
	pins := append(append([]string{}, intro...),
		"Lapisan: DPT per Kecamatan (3 item)", "",
		"📍 Alok Barat", "   -8.6201, 122.2110", "   Desa/Kel: 12 | TPS: 38 | Laki-laki: 8.114 | Perempuan: 8.402 | Jumlah: 16.516", "",
		"📍 Nita", "   -8.6402, 122.1503", "   Desa/Kel: 10 | TPS: 27 | Laki-laki: 5.230 | Perempuan: 5.461 | Jumlah: 10.691", "",
		"📍 Magepanda", "   -8.5803, 122.0321", "   Desa/Kel: 5 | TPS: 15 | Laki-laki: 3.002 | Perempuan: 3.118 | Jumlah: 6.120", "",
		"Lapisan: Kabupaten (1 item)", "",
		"📍 Kantor KPU Sikka", "   -8.6210, 122.2150", "   Total Kabupaten Sikka — Desa/Kel: 27 | TPS: 80 | Laki-laki: 16.346 | Perempuan: 16.981 | Jumlah: 33.327", "")
	// Name/Description pairs, the cells in another order, L and P
	pairs := append(append([]string{}, intro...),
		"Name: Kecamatan Alok Barat", "Description: TPS: 38; L: 8.114; P: 8.402; Total: 16.516; Desa: 12", "",
		"Name: Kecamatan Nita", "Description: TPS: 27; L: 5.230; P: 5.461; Total: 10.691; Desa: 10", "",
		"Name: Kecamatan Magepanda", "Description: TPS: 15; L: 3.002; P: 3.118; Total: 6.120; Desa: 5", "",
		"Name: Kabupaten Sikka", "Description: TPS: 80; L: 16.346; P: 16.981; Total: 33.327; Desa: 27", "")
	// KML-like fields, the kabupaten unnamed and proven by its sums
	kml := append(append([]string{}, intro...),
		"name: Alok Barat", "description: desa 12, TPS 38, laki-laki 8.114, perempuan 8.402, jumlah 16.516", "",
		"name: Nita", "description: desa 10, TPS 27, laki-laki 5.230, perempuan 5.461, jumlah 10.691", "",
		"name: Magepanda", "description: desa 5, TPS 15, laki-laki 3.002, perempuan 3.118, jumlah 6.120", "",
		"name: Sikka", "description: desa 27, TPS 80, laki-laki 16.346, perempuan 16.981, jumlah 33.327", "")
	// look-alikes: captions without figures; a layer of offices; a
	// whole that is not the areas' sum (the areas kept, the whole not);
	// one area's L + P not its total (that area alone no row)
	noFigures := append(append([]string{}, intro...),
		"[foto: DSC_0201.JPG]", "Foto 3.2 Ketua PPK Alok Barat menyerahkan hasil rekapitulasi kepada KPU Kabupaten Sikka: berita acara", "dan salinan DA-A. (Dok. Humas, 3/7/2023)", "",
		"[foto: DSC_0202.JPG]", "Foto 3.3 Ketua PPK Nita menyerahkan hasil rekapitulasi kepada KPU Kabupaten Sikka: berita acara dan", "salinan DA-A. (Dok. Humas, 3/7/2023)", "",
		"[foto: DSC_0203.JPG]", "Foto 3.4 Ketua PPK Magepanda menyerahkan hasil rekapitulasi kepada KPU Kabupaten Sikka: berita", "acara dan salinan DA-A. (Dok. Humas, 4/7/2023)", "")
	offices := append(append([]string{}, intro...),
		"Lapisan: Kantor PPK (3 item)", "",
		"📍 PPK Alok Barat", "   -8.6201, 122.2110", "   Alamat: Jl. Gajah Mada 12 | Telepon: 0382 21001 | Laki-laki: 3 | Perempuan: 2 staf", "",
		"📍 PPK Nita", "   -8.6402, 122.1503", "   Alamat: Jl. Nita 4 | Telepon: 0382 21002 | Laki-laki: 2 | Perempuan: 3 staf", "",
		"📍 PPK Magepanda", "   -8.5803, 122.0321", "   Alamat: Jl. Pantai 1 | Telepon: 0382 21003 | Laki-laki: 4 | Perempuan: 1 staf", "")
	notSum := strings.Split(strings.Replace(strings.Join(pins, "\n"), "Jumlah: 33.327", "Jumlah: 33.337", 1), "\n")
	notSum = strings.Split(strings.Replace(strings.Join(notSum, "\n"), "Perempuan: 16.981", "Perempuan: 16.991", 1), "\n")
	wrong := strings.Split(strings.Replace(strings.Join(captions, "\n"), "jumlah 10.691", "jumlah 10.619", 1), "\n")
	checkDocs(t, []string{"dpt"}, []docCase{
		{name: "photo captions, the kabupaten's plenary last", body: captions, want: map[string][]string{"dpt": rows}},
		{name: "placemarks with pins and coordinates", body: pins, want: map[string][]string{"dpt": rows}},
		{name: "Name/Description pairs", body: pairs, want: map[string][]string{"dpt": rows}},
		{name: "KML-like fields, the whole by its sums", body: kml, want: map[string][]string{"dpt": rows}},
		{name: "captions without figures", body: noFigures},
		{name: "a layer of offices", body: offices},
		{name: "a whole that is not the sum", body: notSum, want: map[string][]string{"dpt": rows[:3]}},
		{name: "an area whose L + P is not its total", body: wrong, want: map[string][]string{"dpt": {rows[0], rows[2]}}},
	})
}
