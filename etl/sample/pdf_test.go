package sample

import (
	"bytes"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/kpu-ntt/lkj/etl/sharedtest"
)

func TestParseTableHeader(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		hdr   int
		spans [][]int // spans of the header rows
	}{
		{"plain with numbering", []string{"No\tIndikator\tTarget", "(1)\t(2)\t(3)", "1\tA\t5"},
			2, [][]int{{1, 1, 1}, {1, 1, 1}}},
		{"year groups over numbering", []string{
			"\t\tRealisasi 2020-2023\t\t\t\t2024\t\tTarget",
			"Sasaran Strategis\tIndikator Kinerja\t2020\t2021\t2022\t2023\tTarget\tRealisasi\tNasional",
			"(1)\t(2)\t(3)\t(4)\t(5)\t(6)\t(7)\t(8)\t(9)",
			"S\tI\t1\t2\t3\t4\t5\t6\t7"},
			3, [][]int{{1, 1, 4, 0, 0, 0, 2, 0, 1}, {1, 1, 1, 1, 1, 1, 1, 1, 1}, {1, 1, 1, 1, 1, 1, 1, 1, 1}}},
		{"amount header over Rp. column, data below", []string{
			"No.\tProgram\tAnggaran\t\tRealisasi\t\t%",
			"1.\tWA\tRp.\t3.268.786.000,-\tRp.\t2.981.247.849,-\t91,20%"},
			1, [][]int{{1, 1, 2, 0, 2, 0, 1}}},
		{"title row over all columns", []string{
			"Daftar Pemilih Tetap TAHUN 2024\t\t",
			"NO\tKECAMATAN\tL+P",
			"1\tOELAKA\t14,972"},
			2, [][]int{{3, 0, 0}, {1, 1, 1}}},
		{"sub-header under a group", []string{
			"NO\tKAB\tDaftar Pemilih Tetap\t\t\tKet",
			"\t\tL\tP\tL+P\t",
			"1\tKUPANG\t1\t2\t3\t-"},
			2, [][]int{{1, 1, 3, 0, 0, 1}, {1, 1, 1, 1, 1, 1}}},
		{"caption row and a two-row header", []string{
			"Daftar Pemilih Tetap PROVINSI\t\t\t\t",
			"NO\tKAB\t\tDaftar Pemilih Tetap\t",
			"\t\tTPS\tL\tKet",
			"1\tKUPANG\t917\t131\t-"},
			3, [][]int{{5, 0, 0, 0, 0}, {1, 2, 0, 2, 0}, {1, 1, 1, 1, 1}}},
		{"no merge over a numbering row", []string{
			"NO\tJUMLAH\t",
			"(1)\t(2)\t(3)",
			"1\t2\t3"},
			2, [][]int{{1, 1, 1}, {1, 1, 1}}},
	}
	for _, tt := range tests {
		tb := parseTable(tt.lines)
		if tb.hdr != tt.hdr {
			t.Errorf("%s: %d header rows, want %d", tt.name, tb.hdr, tt.hdr)
			continue
		}
		for ri, want := range tt.spans {
			var got []int
			for _, c := range tb.rows[ri] {
				got = append(got, c.span)
			}
			if !slices.Equal(got, want) {
				t.Errorf("%s: row %d spans %v, want %v", tt.name, ri, got, want)
			}
		}
	}
}

// longTable is a text document whose one table runs over several pages.
func longTable(rows int) []byte {
	var b strings.Builder
	b.WriteString("Tabel 1 Rekapitulasi\n\nNO\tKECAMATAN\tJumlah TPS\tL+P\n(1)\t(2)\t(3)\t(4)\n")
	for i := 1; i <= rows; i++ {
		b.WriteString(itoa(i) + "\tKECAMATAN NOMOR " + itoa(i) + " DENGAN NAMA YANG CUKUP PANJANG UNTUK DIBUNGKUS DI DALAM SELNYA\t" + itoa(10+i) + "\t" + itoa(1000*i) + "\n")
	}
	b.WriteString("\nSumber: KPU\n")
	return []byte(b.String())
}

func testStyle(borders ...string) pdfStyle {
	w := newWorld(1, rates{}, nil)
	d := &doc{s: &satker{ID: "5305"}, y: 2024}
	st := pdfStyleFor(w, d, "kabupaten")
	st.borders = borders
	return st
}

func TestRenderPDFPages(t *testing.T) {
	tests := []struct {
		name              string
		text              []byte
		breaks            []int
		borders           string
		minPages, maxPage int
		tableBreaks       bool
		used              string
	}{
		{"short", []byte("Judul\n\nNo\tA\n1\tx\n"), nil, "grid", 1, 1, false, "grid"},
		{"form feed", []byte("Halaman satu\n\f\nHalaman dua\n"), nil, "grid", 2, 2, false, ""},
		{"injected page number", []byte("a\n\n7\n\nb\n"), []int{3}, "grid", 2, 2, false, ""},
		{"table over pages, grid", longTable(120), nil, "grid", 3, 12, true, "grid"},
		{"table over pages, Word borders", longTable(120), nil, "word", 3, 12, true, "word"},
		// A long cell does not fit a borderless column: the table gets a grid.
		{"borderless falls back", []byte("No\tUraian\n1\t" + strings.Repeat("kata panjang ", 60) + "\n"), nil, "none", 1, 1, false, "grid"},
		{"borderless", []byte("No\tKomponen\tNilai\n1\tPerencanaan\t24,30\n"), nil, "none", 1, 1, false, "none"},
	}
	for _, tt := range tests {
		pdf, p, err := renderPDF(tt.text, testStyle(tt.borders), rand.New(rand.NewPCG(1, 2)), tt.breaks)
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		if !bytes.HasPrefix(pdf, []byte("%PDF-")) || !bytes.Contains(pdf[len(pdf)-64:], []byte("%%EOF")) {
			t.Errorf("%s: not a complete PDF", tt.name)
		}
		if p.pages < tt.minPages || p.pages > tt.maxPage {
			t.Errorf("%s: %d pages, want %d-%d", tt.name, p.pages, tt.minPages, tt.maxPage)
		}
		if (p.tableBreaks > 0) != tt.tableBreaks {
			t.Errorf("%s: %d breaks inside a table, want some: %v", tt.name, p.tableBreaks, tt.tableBreaks)
		}
		if tt.used != "" && p.bordersUsed[tt.used] != 1 {
			t.Errorf("%s: borders used %v, want one %q table", tt.name, p.bordersUsed, tt.used)
		}
	}
}

// TestRenderPDFWrapsInCell: every wrapped line of a cell fits its column,
// words are never split, and joining the lines gives the cell back.
func TestRenderPDFWrapsInCell(t *testing.T) {
	_, p, err := renderPDF([]byte("x\n"), testStyle("grid"), rand.New(rand.NewPCG(1, 2)), nil)
	if err != nil {
		t.Fatal(err)
	}
	tb := parseTable(strings.Split(strings.TrimSpace(string(longTable(3))), "\n")[2:6])
	size, widths := p.fitRuled(tb)
	p.f.SetFont(pdfFont, "", size)
	for _, row := range tb.rows {
		for c, cell := range row {
			lines := p.wrap(cell.text, widths[c]-2*cellPadH)
			if got := strings.Join(lines, " "); got != cell.text {
				t.Errorf("joined %q, want %q", got, cell.text)
			}
			for _, l := range lines {
				if w := p.f.GetStringWidth(l); w > widths[c]-2*cellPadH {
					t.Errorf("line %q is %.1fpt in a %.1fpt cell", l, w, widths[c]-2*cellPadH)
				}
			}
			if c == 1 && len(cell.text) > 80 && len(lines) < 2 {
				t.Errorf("long cell %q did not wrap", cell.text)
			}
		}
	}
	if s := sum(widths); s > p.width+0.01 {
		t.Errorf("table %.1fpt wide on a %.1fpt page", s, p.width)
	}
}

// TestGeneratePDF: --format pdf names the PDF in the truth, both writes the
// twin beside the text, the same options give the same bytes, and the
// house styles use every kind of border.
func TestGeneratePDF(t *testing.T) {
	opt := Options{Scope: "ntt", FromYear: 2024, ToYear: 2024, Seed: 3, Noise: "high", TemplateShare: -1, Format: "pdf"}
	a, b := t.TempDir(), t.TempDir()
	only := []string{"53", "5305", "5371", "5301", "5302", "5303"}
	opt.Out = a
	if _, err := generateOnly(opt, only); err != nil {
		t.Fatal(err)
	}
	opt.Out = b
	if _, err := generateOnly(opt, only); err != nil {
		t.Fatal(err)
	}
	fa, fb := sharedtest.ReadTree(t, a), sharedtest.ReadTree(t, b)
	for p, x := range fa {
		if !bytes.Equal(x, fb[p]) {
			t.Errorf("%s differs between runs", p)
		}
	}
	if fa["5305/lkj-2024-5305.pdf"] == nil || fa["5305/lkj-2024-5305.txt"] != nil {
		t.Fatalf("--format pdf wrote %v", keys(fa))
	}
	for _, tr := range loadTruths(t, a) {
		if !strings.HasSuffix(tr.Path, ".pdf") || tr.Format != "pdf" {
			t.Errorf("truth of %s names %s (%s)", tr.SatkerID, tr.Path, tr.Format)
		}
	}

	opt.Format, opt.Out = "both", t.TempDir()
	if _, err := generateOnly(opt, only); err != nil {
		t.Fatal(err)
	}
	fc := sharedtest.ReadTree(t, opt.Out)
	if !bytes.Equal(fc["5305/lkj-2024-5305.pdf"], fa["5305/lkj-2024-5305.pdf"]) || fc["5305/lkj-2024-5305.txt"] == nil {
		t.Errorf("--format both: want the same PDF beside the text, got %v", keys(fc))
	}
	opt.Format = "docx"
	if _, err := generateOnly(opt, only); err == nil {
		t.Error("format docx: want an error")
	}
}

func keys(m map[string][]byte) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}

// TestPDFHouseStyles: across a corpus every border kind and merged header
// cells occur, and tables break over pages.
func TestPDFHouseStyles(t *testing.T) {
	r, err := noiseRates("high")
	if err != nil {
		t.Fatal(err)
	}
	all, err := loadSatkers()
	if err != nil {
		t.Fatal(err)
	}
	w := newWorld(2, r, all)
	used := map[string]int{}
	breaks, injected := 0, 0
	for _, id := range []string{"53", "5305", "5371", "5301", "5302", "5303", "5304"} {
		s := w.byID[id]
		g, _ := w.gaya(s, 0)
		d := newDoc(w, s, 2024, g)
		switch g {
		case "provinsi":
			renderProv(d)
		case "ringkas":
			renderRingkas(d)
		default:
			renderKab(d)
		}
		_, p, err := renderPDF(d.b, pdfStyleFor(w, d, g), w.rng("pdf-tables", id), d.breaks)
		if err != nil {
			t.Fatal(err)
		}
		for k, v := range p.bordersUsed {
			used[k] += v
		}
		breaks += p.tableBreaks
		injected += len(d.breaks)
	}
	for _, k := range []string{"grid", "word", "none"} {
		if used[k] == 0 {
			t.Errorf("no %q table in the corpus: %v", k, used)
		}
	}
	if breaks == 0 || injected == 0 {
		t.Errorf("page breaks inside tables: %d from layout, %d injected; want both", breaks, injected)
	}
}

func BenchmarkGeneratePDF(b *testing.B) {
	for i := 0; i < b.N; i++ {
		res, err := generateOnly(Options{Scope: "ntt", FromYear: 2024, ToYear: 2024, Seed: int64(i), Out: b.TempDir(), Format: "pdf"}, []string{"53", "5305", "5371", "5301"})
		if err != nil {
			b.Fatal(err)
		}
		b.SetBytes(res.Bytes)
	}
}

// TestContinuation: a table the generator interrupts with page noise goes
// on, on the next page, in the same columns.
func TestContinuation(t *testing.T) {
	lines := strings.Split("No\tA\n1\tx\n\n7\n\nDokumentasi Foto\n\nNo\tA\n2\ty\n\nteks\n\n8\n\nNo\tA", "\n")
	breaks := map[int]bool{4: true, 13: true}
	tests := []struct{ j, want int }{
		{2, 7},   // blank, page number, blank, caption, blank, table
		{9, 0},   // a paragraph is no page noise
		{11, 14}, // blank, page number, blank, table
	}
	for _, tt := range tests {
		if got := continuation(lines, tt.j, breaks); got != tt.want {
			t.Errorf("continuation after line %d = %d, want %d", tt.j, got, tt.want)
		}
	}
	text := "No\tUraian\n1\tx\n\n7\n\nNo\tUraian\n2\t" + strings.Repeat("kata panjang ", 20) + "\n"
	_, p, err := renderPDF([]byte(text), testStyle("none", "grid", "word"), rand.New(rand.NewPCG(1, 2)), []int{4})
	if err != nil {
		t.Fatal(err)
	}
	if p.pages != 2 || len(p.bordersUsed) != 1 {
		t.Errorf("%d pages, borders %v: want 2 pages, one layout", p.pages, p.bordersUsed)
	}
	if p.bordersUsed["none"] > 0 {
		t.Error("a borderless table whose next page wraps a cell")
	}
}
