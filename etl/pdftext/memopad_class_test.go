package pdftext

import (
	"context"
	"fmt"
	"strings"
	"testing"
)

// memoPad is a pad's sheet: pale writing lines from x0 to x1 every pitch
// points from top down to near the foot, a margin rule, the body set in
// size pt at lead points from the top band down.
type memoPad struct {
	w, h, x0, x1, pitch, top float64
	size, lead, left         float64
	xs                       []float64 // a table's cell starts (figures set flush left there)
}

// sheet draws the ruling and sets the prose lines, then the table (rows of
// cells, a name wrapped into the pieces of its cell), then more prose; a
// rule over and under the table's header as the memo prints it.
func (m memoPad) sheet(before []string, table [][][]string, after []string) string {
	var b strings.Builder
	b.WriteString("0.78 0.84 0.92 RG 0.3 w\n")
	for y := m.top; y > 22; y -= m.pitch {
		fmt.Fprintf(&b, "%.2f %.2f m %.2f %.2f l S\n", m.x0, y, m.x1, y)
	}
	fmt.Fprintf(&b, "0.9 0.6 0.6 RG %.2f 16 m %.2f %.2f l S\n", m.left-8, m.left-8, m.top)
	b.WriteString("0 0 0 rg 0 0 0 RG 0.4 w\n")
	y := m.top - 8.5 // the first line 3 mm under the first writing line
	text := func(x float64, s string) {
		fmt.Fprintf(&b, "BT /F1 %.1f Tf %.2f %.2f Td (%s) Tj ET\n", m.size, x, y, s)
	}
	for _, s := range before {
		text(m.left, s)
		y -= m.lead
	}
	for r, row := range table {
		if r <= 1 {
			fmt.Fprintf(&b, "%.2f %.2f m %.2f %.2f l S\n", m.left, y+m.size+1, m.xs[len(m.xs)-1]+40, y+m.size+1)
		}
		n := 0
		for c, cell := range row {
			for k, piece := range cell {
				fmt.Fprintf(&b, "BT /F1 %.1f Tf %.2f %.2f Td (%s) Tj ET\n", m.size, m.xs[c], y-float64(k)*m.lead, piece)
			}
			n = max(n, len(cell))
		}
		y -= float64(n)*m.lead + 2
	}
	y -= m.lead
	for _, s := range after {
		text(m.left, s)
		y -= m.lead
	}
	return b.String()
}

var memoProse = []string{
	"Laporan Kinerja ini menyajikan capaian kinerja Sekretariat KPU Kabupaten",
	"yang diukur melalui indikator kinerja sebagaimana tertuang dalam",
	"Perjanjian Kinerja, serta bahan evaluasi untuk perencanaan berikutnya.",
}

// memoFill is prose enough to write on every band of a sheet, numbered
// from first so that no two sheets repeat a line.
func memoFill(first, n int) []string {
	var out []string
	for i := 0; i < n; i++ {
		out = append(out, fmt.Sprintf("%s (%d)", memoProse[i%len(memoProse)], first+i))
	}
	return out
}

func memoTableRows(t *testing.T, pdf []byte) []string {
	t.Helper()
	res, err := Convert(context.Background(), pdf, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var rows []string
	for _, l := range strings.Split(string(res.Text), "\n") {
		if strings.Contains(l, "\t") {
			rows = append(rows, l)
		}
	}
	return rows
}

// TestMemoPadWrappedTable: a report printed on memo-pad sheets (one
// ruling on every page, proven on the pages the text leaves bands of empty)
// keeps a borderless table's wrapped names with their rows on a page the
// text fills, where the page alone proves nothing: the writing lines, at
// another pitch than the text, are no row rules. An A5 memo pad (5 mm
// lines, a budget table), an A4 notebook (6 mm lines, a capaian table
// with wrapped indicators and a shorter sheet count). Made-up figures.
func TestMemoPadWrappedTable(t *testing.T) {
	budget := [][][]string{
		{{"Kode"}, {"Uraian"}, {"Pagu"}, {"Realisasi"}, {"Sisa"}, {"%"}},
		{{"076.01.WA"}, {"Program", "Dukungan", "Manajemen"}, {"2.410.500.000"}, {"2.350.120.400"}, {"60.379.600"}, {"97,50"}},
		{{"3355"}, {"Pengelolaan", "Keuangan dan", "Barang Milik", "Negara"}, {"611.200.000"}, {"600.950.300"}, {"10.249.700"}, {"98,32"}},
		{{"3360"}, {"Operasional", "Perkantoran dan", "Dukungan Sarana", "Prasarana"}, {"1.799.300.000"}, {"1.749.170.100"}, {"50.129.900"}, {"97,21"}},
		{{"076.01.CQ"}, {"Program", "Penyelenggaraan", "Pemilu dalam", "Proses Konsolidasi", "Demokrasi"}, {"1.020.000.000"}, {"998.400.000"}, {"21.600.000"}, {"97,88"}},
		{{""}, {"JUMLAH", "SELURUHNYA"}, {"3.430.500.000"}, {"3.348.520.400"}, {"81.979.600"}, {"97,61"}},
	}
	budgetWant := []string{
		"Kode\tUraian\tPagu\tRealisasi\tSisa\t%",
		"076.01.WA\tProgram Dukungan Manajemen\t2.410.500.000\t2.350.120.400\t60.379.600\t97,50",
		"3355\tPengelolaan Keuangan dan Barang Milik Negara\t611.200.000\t600.950.300\t10.249.700\t98,32",
		"3360\tOperasional Perkantoran dan Dukungan Sarana Prasarana\t1.799.300.000\t1.749.170.100\t50.129.900\t97,21",
		"076.01.CQ\tProgram Penyelenggaraan Pemilu dalam Proses Konsolidasi Demokrasi\t1.020.000.000\t998.400.000\t21.600.000\t97,88",
		"\tJUMLAH SELURUHNYA\t3.430.500.000\t3.348.520.400\t81.979.600\t97,61",
	}
	capaian := [][][]string{
		{{"No"}, {"Indikator Kinerja"}, {"Target"}, {"Realisasi"}, {"Capaian"}},
		{{"1"}, {"Persentase kesesuaian", "Kompetensi Pegawai", "terhadap standar", "kompetensi"}, {"80,00"}, {"84,00"}, {"105,00"}},
		{{"2"}, {"Persentase KPU", "Kabupaten dalam", "memutakhirkan Data", "Pemilih Tepat", "Waktu"}, {"100,00"}, {"100,00"}, {"100,00"}},
		{{"3"}, {"Opini BPK atas", "Laporan Keuangan"}, {"WTP"}, {"WTP"}, {"100,00"}},
	}
	capaianWant := []string{
		"No\tIndikator Kinerja\tTarget\tRealisasi\tCapaian",
		"1\tPersentase kesesuaian Kompetensi Pegawai terhadap standar kompetensi\t80,00\t84,00\t105,00",
		"2\tPersentase KPU Kabupaten dalam memutakhirkan Data Pemilih Tepat Waktu\t100,00\t100,00\t100,00",
		"3\tOpini BPK atas Laporan Keuangan\tWTP\tWTP\t100,00",
	}
	a5 := memoPad{w: 420, h: 595, x0: 17, x1: 402.5, pitch: 14.17, top: 490, size: 6.4, lead: 9.28, left: 45,
		xs: []float64{45, 95, 175, 235, 295, 350}}
	a4 := memoPad{w: 595, h: 842, x0: 40, x1: 560, pitch: 17, top: 740, size: 8, lead: 11.2, left: 70,
		xs: []float64{70, 100, 260, 340, 420}}
	for _, tc := range []struct {
		name  string
		m     memoPad
		table [][][]string
		want  []string
		pages int
	}{
		{"A5 memo pad, 5 mm lines, budget", a5, budget, budgetWant, 4},
		{"A4 notebook, 6 mm lines, capaian", a4, capaian, capaianWant, 3},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m := tc.m
			var pages []string
			for i := 1; i < tc.pages; i++ { // sparse sheets: the ruling runs on under the text
				pages = append(pages, m.sheet(memoFill(100*i, 6+i), nil, nil))
			}
			// the table's sheet, written on every band
			full := m.sheet(memoProse[:2], tc.table, memoFill(1000, 60))
			pages = append(pages[:1], append([]string{full}, pages[1:]...)...)
			wantLines(t, memoTableRows(t, sheetsPDF(m.w, m.h, pages...)), tc.want)
		})
	}
}

// TestMemoPadLookAlike: a long table ruled under every row across the
// page, the rules alike on every sheet, holds a row in every band (its
// last sheet's unused ruled rows on one page prove nothing): it keeps its
// rules and reads row by row.
func TestMemoPadLookAlike(t *testing.T) {
	page := func(first, rows int) (string, []string) {
		var b strings.Builder
		var want []string
		b.WriteString("0 0 0 rg 0 0 0 RG 0.5 w\n")
		for r := 0; r <= 40; r++ {
			y := 780 - float64(r)*17
			fmt.Fprintf(&b, "40 %.1f m 566 %.1f l S\n", y, y)
		}
		for r := 0; r < rows; r++ {
			y := 780 - float64(r)*17
			n := first + r
			row := []string{fmt.Sprintf("Kelurahan %d", n), fmt.Sprint(2 + n%4), fmt.Sprintf("%d.%03d", 1+n%2, 200+3*n)}
			for c, x := range []float64{45, 300, 450} {
				fmt.Fprintf(&b, "BT /F1 8 Tf %.1f %.1f Td (%s) Tj ET\n", x, y-12, row[c])
			}
			want = append(want, strings.Join(row, "\t"))
		}
		return b.String(), want
	}
	var pages, want []string
	for i, rows := range []int{40, 40, 40, 12} {
		p, w := page(1+40*i, rows)
		pages, want = append(pages, p), append(want, w...)
	}
	wantLines(t, memoTableRows(t, sheetsPDF(595, 842, pages...)), want)
}
