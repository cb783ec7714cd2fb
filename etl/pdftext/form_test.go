package pdftext

import (
	"fmt"
	"strings"
	"testing"
)

// smallCaps writes s at x, y the way a typed form fakes small capitals:
// each word's first letter at 7.2 pt, the rest upper case at 5.9 pt, one
// text object per size (as ReportLab writes a font change). A word
// continuing one cut on the line above (cont) has no full-size letter.
func smallCaps(b *strings.Builder, x, y float64, s string, cont bool) {
	fmt.Fprintf(b, "BT %.1f %.1f Td ", x, y)
	esc := strings.NewReplacer("(", `\(`, ")", `\)`).Replace
	for i, w := range strings.Fields(strings.ToUpper(s)) {
		if i > 0 {
			fmt.Fprintf(b, "/F1 5.9 Tf ( ) Tj ")
		}
		if cont && i == 0 {
			fmt.Fprintf(b, "/F1 5.9 Tf (%s) Tj ", esc(w))
			continue
		}
		fmt.Fprintf(b, "/F1 7.2 Tf (%s) Tj ", esc(w[:1]))
		if len(w) > 1 {
			fmt.Fprintf(b, "/F1 5.9 Tf (%s) Tj ", esc(w[1:]))
		}
	}
	b.WriteString("ET\n")
}

// TestTypedForm: a page typed like a government form (dev7/pdf): a bold
// heading set right over its paragraph, and a table ruled only by a
// double rule above its small-capital header and a thin rule under it,
// its body running on to the next page (no rule under it), the first row
// with a wrapped cell. The heading ends its paragraph; a header word cut
// because its column is narrow ("PERENC" over "ANAAN") is one word again,
// "(" stays with "30)" in the smaller size; the first row keeps its
// wrapped cell instead of leaving it to head the rows below.
func TestTypedForm(t *testing.T) {
	// ReportLab's double rule: 2.2 pt apart, two rules of the stack; one
	// 1.5 pt apart is one rule and leaves the header to the borderless
	// reading.
	for _, gap := range []float64{2.2, 1.5} {
		t.Run(fmt.Sprint(gap), func(t *testing.T) { typedForm(t, gap) })
	}
}

func typedForm(t *testing.T, gap float64) {
	var b strings.Builder
	text := func(size, x, y float64, s string) {
		fmt.Fprintf(&b, "BT /F1 %.1f Tf %.1f %.1f Td (%s) Tj ET\n", size, x, y, s)
	}
	text(9.8, 60, 800, "B. Akuntabilitas Kinerja Instansi Pemerintah")
	text(9.2, 60, 785, "Berdasarkan Laporan Hasil Evaluasi atas Implementasi SAKIP yang diterima pada bulan Oktober 2024, KPU")
	text(9.2, 60, 772.6, "Kabupaten Sumba Timur memperoleh nilai 68,44 dengan predikat B atas kinerja tahun 2023, meningkat")
	text(9.2, 60, 760.2, "dibandingkan nilai 66,56 atas kinerja tahun 2022.")
	text(9.2, 60, 740, "Tabel 3.1 Pengukuran Kinerja Tahun 2023")
	for _, y := range []float64{730, 730 - gap} {
		fmt.Fprintf(&b, "0.6 w 57 %.1f m 400 %.1f l S\n", y, y)
	}
	fmt.Fprintf(&b, "0.5 w 57 697 m 400 697 l S\n")
	smallCaps(&b, 60, 720, "No", false)
	smallCaps(&b, 80, 720, "Indikator Kinerja", false)
	smallCaps(&b, 250, 720, "Perenc", false)
	smallCaps(&b, 250, 711.2, "anaan", true)
	smallCaps(&b, 250, 702.4, "(30)", false)
	smallCaps(&b, 300, 720, "Target", false)
	smallCaps(&b, 350, 720, "Capaian", false)
	rows := []struct {
		y     float64
		cells []any
	}{
		{688, []any{63, "1", 80, "Persentase KPU Kabupaten dalam", 260, "20,15", 310, "100,00", 360, "100,00"}},
		{679.2, []any{80, "Data Pemilih Tepat Waktu"}},
		{666.4, []any{63, "2", 80, "Nilai Keterbukaan Informasi", 260, "18,40", 310, "80,00", 360, "104,83"}},
		{653.6, []any{63, "3", 80, "Persentase Sengketa Hukum yang", 260, "12,05", 310, "100,00", 360, "100,00"}},
		{644.8, []any{80, "dimenangkan KPU"}},
		{632, []any{63, "4", 80, "Persentase Arsip Inaktif", 260, "14,25", 310, "85,00", 360, "105,75"}},
	}
	for _, r := range rows {
		for k := 0; k+1 < len(r.cells); k += 2 {
			text(7.4, float64(r.cells[k].(int)), r.y, r.cells[k+1].(string))
		}
	}
	wantLines(t, convertLines(t, b.String()), []string{
		"B. Akuntabilitas Kinerja Instansi Pemerintah",
		"",
		"Berdasarkan Laporan Hasil Evaluasi atas Implementasi SAKIP yang diterima pada bulan Oktober 2024, KPU",
		"Kabupaten Sumba Timur memperoleh nilai 68,44 dengan predikat B atas kinerja tahun 2023, meningkat",
		"dibandingkan nilai 66,56 atas kinerja tahun 2022.",
		"",
		"Tabel 3.1 Pengukuran Kinerja Tahun 2023",
		"",
		"NO\tINDIKATOR KINERJA\tPERENCANAAN (30)\tTARGET\tCAPAIAN",
		"1\tPersentase KPU Kabupaten dalam Data Pemilih Tepat Waktu\t20,15\t100,00\t100,00",
		"2\tNilai Keterbukaan Informasi\t18,40\t80,00\t104,83",
		"3\tPersentase Sengketa Hukum yang dimenangkan KPU\t12,05\t100,00\t100,00",
		"4\tPersentase Arsip Inaktif\t14,25\t85,00\t105,75",
	})
}

// TestCapsCut: in a cell set in small capitals (first letters 7.2 pt, the
// rest 5.9 pt) a line opening with a small capital carries on the word
// above; a word opening with a full capital, a note in small lower-case
// letters, a bracket, or any line of a cell without small capitals does
// not.
func TestCapsCut(t *testing.T) {
	w := func(text string, head, rest float64) *word { return &word{text: text, head: head, rest: rest} }
	for _, tc := range []struct {
		name       string
		last, next *word
		capSize    float64
		want       bool
	}{
		{"cut word", w("PERENC", 7.2, 5.9), w("ANAAN", 5.9, 5.9), 7.2, true},
		{"cut twice", w("INTER", 5.9, 5.9), w("NAL", 5.9, 5.9), 7.2, true},
		{"next word", w("KINERJA", 7.2, 5.9), w("TAHUN", 7.2, 5.9), 7.2, false},
		{"note in small letters", w("RUPIAH", 7.2, 5.9), w("dalam", 5.9, 5.9), 7.2, false},
		{"bracket", w("KINERJA", 7.2, 5.9), w("(30)", 5.9, 5.9), 7.2, false},
		{"no small capitals", w("JUMLAH", 8, 8), w("PEMILIH", 6, 6), 0, false},
	} {
		if got := capsCut(tc.last, tc.next, tc.capSize); got != tc.want {
			t.Errorf("%s: capsCut = %v, want %v", tc.name, got, tc.want)
		}
	}
}
