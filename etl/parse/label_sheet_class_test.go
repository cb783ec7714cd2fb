package parse

import (
	"strings"
	"testing"
)

// labelStyle draws a label's frame: the top rule, the bottom rule and the
// side edges; a style of empty strings draws none (columns by gap).
type labelStyle struct{ top, bottom, left, right string }

var (
	labelDots  = labelStyle{".", ":.:", ":", ":"}
	labelPlus  = labelStyle{"+-+", "+-+", "|", "|"}
	labelBox   = labelStyle{"┌─┐", "└─┘", "│", "│"}
	labelPlain = labelStyle{}
)

// rule draws a rule of width w from a spec "a", or "lmr" (left corner,
// middle, right corner).
func labelRule(spec string, w int) string {
	r := []rune(spec)
	if len(r) == 1 {
		return strings.Repeat(string(r[0]), w)
	}
	return string(r[0]) + strings.Repeat(string(r[1]), w-2) + string(r[2])
}

// labelBlock is one label, each line w runes wide.
func labelBlock(st labelStyle, w int, lines ...string) []string {
	pad := func(s string, n int) string { return s + strings.Repeat(" ", max(0, n-len([]rune(s)))) }
	if st.top == "" {
		out := make([]string, len(lines))
		for i, l := range lines {
			out[i] = pad(l, w)
		}
		return out
	}
	out := []string{labelRule(st.top, w)}
	for _, l := range lines {
		out = append(out, st.left+" "+pad(l, w-4)+" "+st.right)
	}
	return append(out, labelRule(st.bottom, w))
}

// labelRow sets labels abreast with a gutter, a blank line after.
func labelRow(gutter int, labels ...[]string) []string {
	h := 0
	for _, l := range labels {
		h = max(h, len(l))
	}
	out := make([]string, h)
	for i := range out {
		var parts []string
		for _, l := range labels {
			if i < len(l) {
				parts = append(parts, l[i])
			}
		}
		out[i] = strings.TrimRight(strings.Join(parts, strings.Repeat(" ", gutter)), " ")
	}
	return append(out, "")
}

// TestLabelSheets: a DPT copied from the ballot boxes' label sheet, two to
// four labels abreast, framed in dots and colons, in +-| or in box lines,
// or standing apart by gaps; fields in other orders and words; the
// kabupaten's label last, alone on its row.
func TestLabelSheets(t *testing.T) {
	dots := func(name string, f ...string) []string {
		return labelBlock(labelDots, 30, append([]string{"KEC. " + name}, f...)...)
	}
	var three []string
	three = append(three, "Tabel 3.4 Rekapitulasi DPT Pemilihan 2024 per Kecamatan", "",
		"[Lembar label: Label Kotak Suara Pemilihan Bupati Sikka 2024]", "")
	three = append(three, labelRow(3,
		dots("ALOK", "DESA/KEL : 7", "TPS      : 40", "L        : 5.100", "P        : 5.250", "JML      : 10.350"),
		dots("ALOK BARAT", "DESA/KEL : 6", "TPS      : 31", "L        : 4.020", "P        : 4.180", "JML      : 8.200"),
		dots("ALOK TIMUR", "DESA/KEL : 9", "TPS      : 28", "L        : 3.510", "P        : 3.690", "JML      : 7.200"),
	)...)
	three = append(three, labelRow(3,
		labelBlock(labelDots, 30, "KABUPATEN SIKKA", "DESA/KEL : 22", "TPS      : 99", "L        : 12.630", "P        : 13.120", "JML      : 25.750"),
	)...)
	three = append(three, "Label ditempel pada kotak suara.")

	plus := func(name string, f ...string) []string {
		return labelBlock(labelPlus, 34, append([]string{"Kecamatan " + name}, f...)...)
	}
	var two []string
	two = append(two, "Tabel 3.5 DPT Pemilu 2019 per Kecamatan", "")
	two = append(two, labelRow(2,
		plus("KOTA WAINGAPU", "Jumlah TPS : 60", "Laki-laki  : 9.100", "Perempuan  : 9.400", "Jumlah     : 18.500", "Desa/Kel   : 7"),
		plus("KAMBERA", "Jumlah TPS : 45", "Laki-laki  : 7.000", "Perempuan  : 7.300", "Jumlah     : 14.300", "Desa/Kel   : 8"),
	)...)
	two = append(two, labelRow(2,
		plus("PANDAWAI", "Jumlah TPS : 30", "Laki-laki  : 4.000", "Perempuan  : 4.200", "Jumlah     : 8.200", "Desa/Kel   : 9"),
		labelBlock(labelPlus, 34, "TOTAL KABUPATEN", "Jumlah TPS : 135", "Laki-laki  : 20.100", "Perempuan  : 20.900", "Jumlah     : 41.000", "Desa/Kel   : 24"),
	)...)

	plain := func(name string, f ...string) []string {
		return labelBlock(labelPlain, 24, append([]string{"PPK " + name}, f...)...)
	}
	var four []string
	four = append(four, "Tabel 3.6 DPT Pemilihan 2020 per Kecamatan", "")
	four = append(four, labelRow(4,
		plain("NITA", "TPS : 25", "L : 3.000", "P : 3.100", "JML : 6.100"),
		plain("MAGEPANDA", "TPS : 12", "L : 1.500", "P : 1.450", "JML : 2.950"),
		plain("KANGAE", "TPS : 20", "L : 2.800", "P : 2.900", "JML : 5.700"),
		plain("WAIGETE", "TPS : 33", "L : 4.100", "P : 4.250", "JML : 8.350"),
	)...)
	four = append(four, labelRow(4,
		plain("TALIBURA", "TPS : 30", "L : 4.000", "P : 4.050", "JML : 8.050"),
		labelBlock(labelPlain, 24, "KABUPATEN SIKKA", "TPS : 120", "L : 15.400", "P : 15.750", "JML : 31.150"),
	)...)

	box := func(name string, f ...string) []string {
		return labelBlock(labelBox, 28, append([]string{"Distrik " + name}, f...)...)
	}
	var boxed []string
	boxed = append(boxed, "Tabel 3.4 Rekapitulasi DPT Pemilihan 2024", "")
	boxed = append(boxed, labelRow(2,
		box("LEWA", "P   : 2.100", "L   : 2.000", "TPS : 14", "JML : 4.100"),
		box("NGGAHA", "P   : 1.210", "L   : 1.190", "TPS : 9", "JML : 2.400"),
	)...)

	checkDocs(t, []string{"dpt"}, []docCase{
		{name: "three abreast in dots, the kabupaten alone", body: three, want: map[string][]string{"dpt": {
			"pilkada|2024|kecamatan|ALOK|7|40|5100|5250|10350",
			"pilkada|2024|kecamatan|ALOK BARAT|6|31|4020|4180|8200",
			"pilkada|2024|kecamatan|ALOK TIMUR|9|28|3510|3690|7200",
			"pilkada|2024|kabupaten|Kabupaten Sikka|22|99|12630|13120|25750",
		}}},
		{name: "two abreast in +-|, words and order of fields", body: two, want: map[string][]string{"dpt": {
			"pemilu|2019|kecamatan|KOTA WAINGAPU|7|60|9100|9400|18500",
			"pemilu|2019|kecamatan|KAMBERA|8|45|7000|7300|14300",
			"pemilu|2019|kecamatan|PANDAWAI|9|30|4000|4200|8200",
			"pemilu|2019|kabupaten|Kabupaten Sikka|24|135|20100|20900|41000",
		}}},
		{name: "four abreast by gaps, a short last row", body: four, want: map[string][]string{"dpt": {
			"pilkada|2020|kecamatan|NITA|<nil>|25|3000|3100|6100",
			"pilkada|2020|kecamatan|MAGEPANDA|<nil>|12|1500|1450|2950",
			"pilkada|2020|kecamatan|KANGAE|<nil>|20|2800|2900|5700",
			"pilkada|2020|kecamatan|WAIGETE|<nil>|33|4100|4250|8350",
			"pilkada|2020|kecamatan|TALIBURA|<nil>|30|4000|4050|8050",
			"pilkada|2020|kabupaten|Kabupaten Sikka|<nil>|120|15400|15750|31150",
		}}},
		{name: "two abreast in box lines, P before L", body: boxed, want: map[string][]string{"dpt": {
			"pilkada|2024|kecamatan|LEWA|<nil>|14|2000|2100|4100",
			"pilkada|2024|kecamatan|NGGAHA|<nil>|9|1190|1210|2400",
		}}},
	})
}

// TestLabelSheetsUnread: address labels carry no counts; a label whose L
// and P do not make its total, and a kabupaten label that is not the sum
// of the others, are left out.
func TestLabelSheetsUnread(t *testing.T) {
	addr := append([]string{"Lampiran: label pengiriman logistik", ""}, labelRow(3,
		labelBlock(labelDots, 34, "KEC. ALOK", "Alamat : Jl. Ahmad Yani 3", "TPS    : Kantor Camat"),
		labelBlock(labelDots, 34, "KEC. NITA", "Alamat : Jl. Raya Nita", "TPS    : Aula Desa"),
	)...)
	d := parseDoc(t, "addresses", addr...)
	if len(d.DPT) != 0 {
		t.Errorf("rows read from address labels: %v", factRows["dpt"](d))
	}
	key := []string{"Tabel 3.4 DPT Pemilihan 2024", "", "Kunci label: TPS : nomor TPS   TPS : lokasi"}
	if d := parseDoc(t, "key", key...); len(d.DPT) != 0 {
		t.Errorf("rows read from a key: %v", factRows["dpt"](d))
	}
	// a mail merge's letters abreast: a heading and an address over the
	// counts are no label's area (mail_merge.go and the table readers own them)
	letters := append([]string{"Tabel 3.4 DPT Pemilu 2024 per Kecamatan", ""}, labelRow(4,
		labelBlock(labelPlain, 40, "SALINAN DPT PEMILU 2024", "Kepada Yth. Ketua PPK Kecamatan Alok", "TPS       : 40", "Laki-laki : 5100", "Perempuan : 5250", "Jumlah    : 10350"),
		labelBlock(labelPlain, 40, "SALINAN DPT PEMILU 2024", "Kepada Yth. Ketua PPK Kecamatan Nita", "TPS       : 25", "Laki-laki : 3000", "Perempuan : 3100", "Jumlah    : 6100"),
	)...)
	for _, r := range factRows["dpt"](parseDoc(t, "letters", letters...)) {
		if strings.Contains(r, "SALINAN") || strings.Contains(r, "Yth") {
			t.Errorf("a letter's heading read as an area: %v", r)
		}
	}
	bad := append([]string{"Tabel 3.4 DPT Pemilihan 2024 per Kecamatan", ""}, labelRow(3,
		labelBlock(labelDots, 30, "KEC. ALOK", "TPS : 40", "L   : 5.100", "P   : 5.250", "JML : 10.350"),
		labelBlock(labelDots, 30, "KEC. NITA", "TPS : 25", "L   : 3.000", "P   : 3.100", "JML : 6.200"),
		labelBlock(labelDots, 30, "KEC. KANGAE", "TPS : 20", "L   : 2.800", "P   : 2.900", "JML : 5.700"),
	)...)
	bad = append(bad, labelRow(3,
		labelBlock(labelDots, 30, "KABUPATEN SIKKA", "TPS : 85", "L   : 10.900", "P   : 11.250", "JML : 22.150"),
	)...)
	d = parseDoc(t, "sums", bad...)
	wantRows(t, "dpt", factRows["dpt"](d), []string{
		"pilkada|2024|kecamatan|ALOK|<nil>|40|5100|5250|10350",
		"pilkada|2024|kecamatan|KANGAE|<nil>|20|2800|2900|5700",
	})
	n := 0
	for _, f := range d.Findings {
		if strings.Contains(f.Pesan, "label ") {
			n++
		}
	}
	if n != 2 {
		t.Errorf("want 2 findings on the labels, got %d: %v", n, d.Findings)
	}
}
