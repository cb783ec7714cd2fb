package parse

import (
	"strings"
	"testing"
)

// llBlock is a mail-merged box label w wide and h lines high: the heading
// and address lines over the counts, padded with blank lines under it.
func llBlock(w, h int, lines ...string) []string {
	out := labelBlock(labelPlain, w, lines...)
	for len(out) < h {
		out = append(out, strings.Repeat(" ", w))
	}
	return out
}

// TestLabelLetters: box labels printed by a mail merge, a heading and an
// address over each label's counts, the area's name inside the address
// (wrapped a line further in one label than its neighbour's), the
// office's archive label last as the kabupaten's.
func TestLabelLetters(t *testing.T) {
	merge := func(head, to string, wrap []string, f ...string) []string {
		lines := append([]string{head, to}, wrap...)
		return llBlock(44, 8, append(lines, f...)...)
	}
	var two []string
	two = append(two, "Tabel 3.4 Rekapitulasi DPT Pemilihan 2024 per Kecamatan", "",
		"[label kotak arsip, dicetak dari gabungan surat]", "")
	two = append(two, labelRow(4,
		merge("SALINAN DPT PEMILIHAN 2024", "Kepada Yth. Ketua PPK Kecamatan Alok", []string{"Timur"},
			"Desa/Kel  : 9", "TPS       : 28", "Laki-laki : 3510", "Perempuan : 3690", "Jumlah    : 7200"),
		merge("SALINAN DPT PEMILIHAN 2024", "Kepada Yth. Ketua PPK Kecamatan Nita", nil,
			"Desa/Kel  : 12", "TPS       : 25", "Laki-laki : 3000", "Perempuan : 3100", "Jumlah    : 6100"),
	)...)
	two = append(two, labelRow(4,
		merge("SALINAN DPT PEMILIHAN 2024", "Yth. Ketua PPK Kec. Kangae", nil,
			"Desa/Kel  : 8", "TPS       : 20", "Laki-laki : 2800", "Perempuan : 2900", "Jumlah    : 5700"),
		merge("SALINAN DPT PEMILIHAN 2024", "Kepada Yth. Ketua PPK Kecamatan Magepanda", nil,
			"Desa/Kel  : 5", "TPS       : 12", "Laki-laki : 1500", "Perempuan : 1450", "Jumlah    : 2950"),
	)...)
	two = append(two, labelRow(4,
		merge("SALINAN DPT PEMILIHAN 2024", "ARSIP KPU KABUPATEN SIKKA (REKAP)", nil,
			"Desa/Kel  : 34", "TPS       : 85", "Laki-laki : 10810", "Perempuan : 11140", "Jumlah    : 21950"),
	)...)

	// three abreast, fields named short, the wrap in the middle label
	short := func(to string, wrap []string, f ...string) []string {
		return llBlock(34, 7, append(append([]string{"DPT PEMILU 2019", to}, wrap...), f...)...)
	}
	var three []string
	three = append(three, "Tabel 3.5 DPT Pemilu 2019 per Kecamatan", "")
	three = append(three, labelRow(3,
		short("Untuk PPK Waigete", nil, "TPS : 33", "L   : 4100", "P   : 4250", "JML : 8350"),
		short("Untuk PPK Mapitara Selatan", []string{"Raya"}, "TPS : 14", "L   : 1900", "P   : 2000", "JML : 3900"),
		short("Untuk PPK Talibura", nil, "TPS : 30", "L   : 4000", "P   : 4050", "JML : 8050"),
	)...)

	checkDocs(t, []string{"dpt"}, []docCase{
		{name: "two abreast, a name wrapped in the left label, the archive label last", body: two, want: map[string][]string{"dpt": {
			"pilkada|2024|kecamatan|ALOK TIMUR|9|28|3510|3690|7200",
			"pilkada|2024|kecamatan|NITA|12|25|3000|3100|6100",
			"pilkada|2024|kecamatan|KANGAE|8|20|2800|2900|5700",
			"pilkada|2024|kecamatan|MAGEPANDA|5|12|1500|1450|2950",
			"pilkada|2024|kabupaten|Kabupaten Sikka|34|85|10810|11140|21950",
		}}},
		{name: "three abreast, PPK in the address, the wrap in the middle", body: three, want: map[string][]string{"dpt": {
			"pemilu|2019|kecamatan|WAIGETE|<nil>|33|4100|4250|8350",
			"pemilu|2019|kecamatan|MAPITARA SELATAN RAYA|<nil>|14|1900|2000|3900",
			"pemilu|2019|kecamatan|TALIBURA|<nil>|30|4000|4050|8050",
		}}},
	})
}

// TestLabelLettersUnread: merged labels whose lines over the counts do
// not prove one area give no row of theirs.
func TestLabelLettersUnread(t *testing.T) {
	merge := func(lines ...string) []string { return llBlock(44, 8, lines...) }
	cases := map[string][]string{
		// the address goes on with a "di …" line: no wrap of the name
		"an address line under the name": append([]string{"Tabel 3.4 DPT Pemilu 2024", ""}, labelRow(4,
			merge("SALINAN DPT", "Kepada Yth. Ketua PPK Kecamatan Alok", "di Maumere", "TPS       : 40", "Laki-laki : 5100", "Perempuan : 5250", "Jumlah    : 10350"),
			merge("SALINAN DPT", "Kepada Yth. Ketua PPK Kecamatan Nita", "di Nita", "TPS       : 25", "Laki-laki : 3000", "Perempuan : 3100", "Jumlah    : 6100"),
		)...),
		// two lines name a place: which one the counts are of is not stated
		"two place lines": append([]string{"Tabel 3.4 DPT Pemilu 2024", ""}, labelRow(4,
			merge("Dari PPK Kecamatan Alok", "Kepada Yth. Ketua PPK Kecamatan Nita", "TPS       : 40", "Laki-laki : 5100", "Perempuan : 5250", "Jumlah    : 10350"),
			merge("Dari PPK Kecamatan Nita", "Kepada Yth. Ketua PPK Kecamatan Alok", "TPS       : 25", "Laki-laki : 3000", "Perempuan : 3100", "Jumlah    : 6100"),
		)...),
		// no place word and no kabupaten: a letter's lines only
		"no area named": append([]string{"Tabel 3.4 DPT Pemilu 2024", ""}, labelRow(4,
			merge("SALINAN DPT", "Kepada Yth. Bapak Camat", "TPS       : 40", "Laki-laki : 5100", "Perempuan : 5250", "Jumlah    : 10350"),
			merge("SALINAN DPT", "Kepada Yth. Ibu Camat", "TPS       : 25", "Laki-laki : 3000", "Perempuan : 3100", "Jumlah    : 6100"),
		)...),
	}
	for name, body := range cases {
		t.Run(name, func(t *testing.T) {
			for _, r := range factRows["dpt"](parseDoc(t, name, body...)) {
				if strings.Contains(r, "|kecamatan|") {
					t.Errorf("a row read: %v", r)
				}
			}
		})
	}
}
