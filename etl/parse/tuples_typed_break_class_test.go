package parse

import "testing"

// TestTableLiteralPageBreak: a table literal of SAKIP components whose
// last lines (the final score bound, `in`, the result) fall after a page
// break (a PDF's text) is read whole, its year and score beside it; a
// caption or prose opening the next page right after the break stays
// text, never taken into the code.
func TestTableLiteralPageBreak(t *testing.T) {
	code := func(tail ...string) []string {
		return append([]string{
			"let",
			"Komponen = #table(",
			"type table [Uraian = text, Bobot = Number.Type, Nilai = Number.Type],",
			"{",
			`{"Perencanaan Kinerja", 30, 21.4},`,
			`{"Pengukuran Kinerja", 30, 19.8},`,
			`{"Pelaporan Kinerja", 15, 12.0},`,
			`{"Evaluasi Akuntabilitas Kinerja Internal", 25, 14.6}`,
			"}",
			"),",
		}, tail...)
	}
	comp := []string{"2021|perencanaan|30|21.4", "2021|pengukuran|30|19.8", "2021|pelaporan|15|12", "2021|evaluasi_internal|25|14.6"}
	// the score after the break, the year before it
	split := pqmDoc("Tabel 3.3 Nilai Evaluasi AKIP Tahun 2021 per Komponen",
		code("Tahun = 2021,", "\f", "Skor = 67.8,", `Predikat = "B"`, "in", "Komponen"),
		"Hasil evaluasi atas tahun 2020: nilai 64,05, predikat B.", "",
		"Hasil evaluasi atas tahun 2019: nilai 60,70, predikat B.", "")
	// the break right after the rows' closing brackets
	early := pqmDoc("Tabel 3.3 Nilai Evaluasi AKIP Tahun 2021 per Komponen",
		append(code()[:9], "\f", "),", "Tahun = 2021,", "Skor = 67.8,", `Predikat = "B"`, "in", "Komponen"),
		"Hasil evaluasi atas tahun 2020: nilai 64,05, predikat B.", "")
	// look-alike: a caption and its table open the next page right after
	// the break; the literal ends at the break and the caption stays
	caption := pqmDoc("Tabel 3.3 Nilai Evaluasi AKIP Tahun 2021 per Komponen",
		code("Tahun = 2021,", "Skor = 67.8,", `Predikat = "B"`, "in", "Komponen", "\f",
			"Hasil evaluasi atas tahun 2020: nilai 64,05, predikat B."))
	checkDocs(t, []string{"sakip", "sakip_komponen"}, []docCase{
		{"score after the break", split, map[string][]string{
			"sakip":          {"2021|67.8|B", "2020|64.05|B", "2019|60.7|B"},
			"sakip_komponen": comp}},
		{"break after the rows", early, map[string][]string{
			"sakip":          {"2021|67.8|B", "2020|64.05|B"},
			"sakip_komponen": comp}},
		{"prose after the break stays", caption, map[string][]string{
			"sakip":          {"2021|67.8|B", "2020|64.05|B"},
			"sakip_komponen": comp}},
	})
}
