package parse

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// boxGrid prints a made-up web form's grid: the names line with each name
// at its column's left edge, then each row's values in boxes of the
// column's width, open and shut the box glyphs.
func boxGrid(open, shut string, widths []int, names []string, rows ...[]string) []string {
	pad := func(s string, w int) string { return s + strings.Repeat(" ", max(w-utf8.RuneCountInString(s), 0)) }
	edge := func(j int) int { return widths[j] + utf8.RuneCountInString(open+shut) + 4 }
	var h strings.Builder
	for j, n := range names {
		h.WriteString(pad(n, edge(j)))
	}
	out := []string{strings.TrimRight(h.String(), " ")}
	for _, r := range rows {
		var b strings.Builder
		for j, c := range r {
			b.WriteString(open + " " + pad(c, widths[j]) + " " + shut + "  ")
		}
		out = append(out, strings.TrimRight(b.String(), " "))
	}
	return out
}

// TestFormBoxRowsClass: a web form's grid printed from the browser (each
// cell an input box, the column names above) reads as its table, in other
// box glyphs, with a checkbox column, over a page break; names that cross
// the boxes' edges prove no column and the grid is not read.
func TestFormBoxRowsClass(t *testing.T) {
	join := func(parts ...[]string) (out []string) {
		for _, p := range parts {
			out = append(out, p...)
		}
		return out
	}
	capW := []int{3, 44, 7, 7, 7}
	capNames := []string{"No", "Indikator Kinerja", "Target", "Realisasi", "Capaian"}
	capRows := [][]string{
		{"1", "Persentase laporan keuangan tepat waktu", "100,00", "95,00", "95,00"},
		{"2", "Indeks kepuasan layanan informasi publik", "80,00", "84,00", "105,00"},
		{"3", "Persentase TPS dengan logistik tepat waktu", "100,00", "98,20", "98,20"}}
	capWant := []string{
		"Persentase laporan keuangan tepat waktu|100|95|95",
		"Indeks kepuasan layanan informasi publik|80|84|105",
		"Persentase TPS dengan logistik tepat waktu|100|98.2|98.2"}
	dptW := []int{3, 12, 4, 6, 6, 7}
	dptNames := []string{"No", "Kecamatan", "TPS", "L", "P", "L+P"}
	dptRows := [][]string{
		{"1", "PAGA", "30", "4.081", "4.005", "8.086"},
		{"2", "MEGO", "28", "3.853", "3.821", "7.674"},
		{"3", "LELA", "20", "2.000", "2.100", "4.100"},
		{"", "JUMLAH", "78", "9.934", "9.926", "19.860"}}
	bud := [][]string{
		{"x", "076.01.WA", "Program Dukungan Manajemen", "1.500.000.000", "1.425.000.000"},
		{"", "3360", "Operasional Perkantoran", "1.500.000.000", "1.425.000.000"},
		{"", "", "JUMLAH", "1.500.000.000", "1.425.000.000"}}
	checkDocs(t, []string{"capaian", "dpt", "anggaran"}, []docCase{
		{"square boxes, buttons under the grid", join(
			[]string{"Tabel 3.1 Pengukuran Kinerja Tahun 2024", ""},
			boxGrid("[", "]", capW, capNames, capRows...),
			[]string{"", "[ Simpan ]   [ Batal ]", ""}),
			map[string][]string{"capaian": capWant}},
		{"full-width boxes, no No column", join(
			[]string{"Tabel 3.1 Capaian Indikator Kinerja", ""},
			boxGrid("［", "］", capW[1:], capNames[1:], capRows[0][1:], capRows[1][1:]),
			[]string{""}),
			map[string][]string{"capaian": capWant[:2]}},
		{"kecamatan grid over a page break, the names not repeated", join(
			[]string{"Tabel 3.4 Rekapitulasi DPT Pemilu 2019 per Kecamatan", ""},
			boxGrid("[", "]", dptW, dptNames, dptRows[:2]...),
			[]string{"", "\f", "Formulir Rekapitulasi DPT - e-Kinerja", ""},
			boxGrid("[", "]", dptW, dptNames, dptRows[2:]...)[1:],
			[]string{""}),
			map[string][]string{"dpt": sikkaDPT[:]}},
		{"budget grid with a checkbox column", join(
			[]string{"Tabel 3.3 Realisasi Anggaran Tahun 2024 (rupiah)", ""},
			boxGrid("〔", "〕", []int{1, 9, 28, 13, 13}, []string{"", "Kode", "Program / Kegiatan", "Pagu", "Realisasi"}, bud...),
			[]string{""}),
			map[string][]string{"anggaran": {
				"076.01.WA|program||2024|1500000000|1425000000|75000000",
				"3360|kegiatan|076.01.WA|2024|1500000000|1425000000|75000000",
				"TOTAL|total||2024|1500000000|1425000000|75000000"}}},
		{"names crossing the boxes' edges prove no column", join(
			[]string{"Tabel 3.1 Pengukuran Kinerja Tahun 2024", ""},
			[]string{"No  Indikator Kinerja                                           Target     Realisasi   Capaian"},
			boxGrid("[", "]", capW, capNames, capRows...)[1:],
			[]string{""}),
			map[string][]string{"capaian": nil}},
	})
}

// TestFormBoxRowsWrappedNames: column names wrapped over two lines above
// the boxes are joined name by name.
func TestFormBoxRowsWrappedNames(t *testing.T) {
	rows := boxGrid("[", "]", []int{3, 44, 7, 7, 7}, []string{"No", "Kinerja", "(%)", "(%)", "(%)"},
		[]string{"1", "Persentase laporan keuangan tepat waktu", "100,00", "95,00", "95,00"},
		[]string{"2", "Persentase TPS dengan logistik tepat waktu", "100,00", "98,20", "98,20"})
	top := boxGrid("[", "]", []int{3, 44, 7, 7, 7}, []string{"", "Indikator", "Target", "Realisasi", "Capaian"})
	body := append([]string{"Tabel 3.1 Pengukuran Kinerja Tahun 2019", "", top[0]}, rows...)
	checkDocs(t, []string{"capaian"}, []docCase{{"names over two lines", append(body, ""),
		map[string][]string{"capaian": {
			"Persentase laporan keuangan tepat waktu|100|95|95",
			"Persentase TPS dengan logistik tepat waktu|100|98.2|98.2"}}}})
}
