package pdftext

import (
	"strings"
	"testing"
)

// TestWithGaps: a gap wider than the line pitch becomes a blank line,
// except between two rows of one table (a tall wrapped row is no
// paragraph).
// Plain lines of one font size are measured against that size's own pitch
// in the document.
func TestWithGaps(t *testing.T) {
	l := func(text string, top float64) outLine { return outLine{text: text, top: top} }
	// b is a row of borderless table k
	b := func(text string, top float64, k int) outLine { return outLine{text: text, top: top, block: k} }
	// s is a plain line of font size 10
	s := func(text string, top float64) outLine { return outLine{text: text, top: top, size: 10} }
	// c is a caption in a larger font
	c := func(text string, top float64) outLine { return outLine{text: text, top: top, size: 11} }
	// m is a caption in a slightly smaller font
	m := func(text string, top float64) outLine { return outLine{text: text, top: top, size: 9.5} }
	// n is a note in a smaller font
	n := func(text string, top float64) outLine { return outLine{text: text, top: top, size: 7} }
	tests := []struct {
		name string
		in   []outLine
		want string
	}{
		{"paragraphs", []outLine{l("a", 10), l("b", 20), l("c", 30), l("d", 50), l("e", 60), l("f", 70)}, "a|b|c||d|e|f"},
		{"tall row stays", []outLine{l("h\t1", 10), l("x\t2", 20), l("y\t3", 60), l("z", 70), l("w", 80)}, "h\t1|x\t2|y\t3|z|w"},
		// two borderless tables, the second where the pitch grew
		{"two tables", []outLine{b("h\t1", 10, 1), b("x\t2", 20, 1), b("y\t3", 60, 2), l("z", 70), l("w", 80)}, "h\t1|x\t2||y\t3|z|w"},
		{"one table's tall row", []outLine{b("h\t1", 10, 1), b("x\t2", 20, 1), b("y\t3", 60, 1), l("z", 70), l("w", 80)}, "h\t1|x\t2|y\t3|z|w"},
		{"two tables close", []outLine{b("h\t1", 10, 1), b("x\t2", 20, 1), b("y\t3", 30, 2), l("z", 40), l("w", 50)}, "h\t1|x\t2|y\t3|z|w"},
		{"prose to table", []outLine{l("a", 10), l("b", 20), l("c", 30), l("x\t1", 50), l("y\t2", 60)}, "a|b|c||x\t1|y\t2"},
		{"too few lines", []outLine{l("a", 10), l("b", 90)}, "a|b"},
		// Word's 6 pt after a paragraph at 13.5 pt leading: 1.44 lines
		{"paragraph at own pitch", []outLine{s("a", 100), s("b", 113.5), s("c", 127), s("d", 146.5), s("e", 160), s("f", 173.5)}, "a|b|c||d|e|f"},
		// notes at 9 pt steps set the page's pitch below the prose's
		{"prose under small notes", []outLine{n("x", 10), n("y", 19), n("z", 28), s("a", 100), s("b", 113.5), s("c", 127), s("d", 140.5)}, "x|y|z||a|b|c|d"},
		{"smaller next line: page pitch", []outLine{s("a", 100), s("b", 113.5), s("c", 127), s("d", 140.5), n("e", 159)}, "a|b|c|d|e"},
		// a caption in a larger font under a paragraph ended by 6 pt
		{"larger next line: own pitch", []outLine{s("a", 100), s("b", 113.5), s("c", 127), s("d", 140.5), c("Tabel 3.5", 160), s("x", 181)}, "a|b|c|d||Tabel 3.5||x"},
		// a row joined from two visual lines steps from its second
		{"joined line", []outLine{s("a", 100), s("b", 113.5), {text: "j", top: 127, size: 10, end: 140.5}, s("d", 154), s("e", 167.5)}, "a|b|j|d|e"},
		// a caption in a smaller font of no pitch of its own, then prose
		// after a paragraph's space: the prose's pitch parts them
		{"smaller caption over prose: the prose's pitch", []outLine{s("a", 100), s("b", 113.5), s("c", 127), s("d", 140.5), m("Tabel 3.2", 161), s("x", 179), s("y", 192.5)}, "a|b|c|d||Tabel 3.2||x|y"},
		// a heading style's 4 pt before a larger line is no break
		{"larger next line, heading space", []outLine{s("a", 100), s("b", 113.5), s("c", 127), s("d", 140.5), c("TPS", 158), s("x", 171)}, "a|b|c|d|TPS|x"},
	}
	for _, tc := range tests {
		var got []string
		for _, o := range withGaps(tc.in, docPitches([]pageLines{{lines: tc.in}})) {
			got = append(got, o.text)
		}
		if g := strings.Join(got, "|"); g != tc.want {
			t.Errorf("%s: %q, want %q", tc.name, g, tc.want)
		}
	}
}

// TestParagraphEnd: a line ending a sentence short of the right edge, under
// which a capitalised line would have fitted, ends its paragraph even
// without space after it; a line cut at the edge, a lower-case or numbered
// carry-on, a label alone and a table row do not.
func TestParagraphEnd(t *testing.T) {
	// p is a plain 10 pt line from x 60 to x1 whose first word is w0 wide
	p := func(text string, x1, w0 float64) outLine {
		return outLine{text: text, size: 10, x0: 60, x1: x1, w0: w0}
	}
	// page is one column of prose, 60 to 540
	page := []outLine{p("Komisi Pemilihan Umum sebagai lembaga penyelenggara pemilu", 540, 40)}
	// columns is prose set in two columns, 60 to 295 and 310 to 540
	columns := []outLine{p("Komisi Pemilihan Umum sebagai lembaga", 295, 40), {text: "Pemilihan Umum dan Pemilihan", size: 10, x0: 310, x1: 540, w0: 40}}
	left := p("Pemilihan Umum dan Pemilihan Kepala Daerah.", 280, 40)
	for _, tc := range []struct {
		name string
		a, b outLine
		page []outLine
		want bool
	}{
		{"note under a table", p("Keterangan: tahun 2016 tidak terdapat pemilihan.", 380, 40), p("Daftar Pemilih Tetap Pemilu Tahun 2019", 530, 35), page, true},
		{"last item of a list", p("d. Evaluasi Internal, bobot 25, nilai 14,15;", 300, 10), p("Nilai tersebut naik dari tahun lalu", 530, 25), page, true},
		{"lead-in over a caption", p("Hasil Evaluasi AKIP atas tahun kinerja 2021:", 330, 25), p("Tabel 3.3 Nilai Evaluasi", 200, 28), page, true},
		{"cut at the edge", p("sebesar Rp 2.790.640.000 dengan realisasi sebesar Rp 2.732.326.000.", 520, 45), p("Realisasi Pendapatan Negara", 400, 45), page, false},
		{"no sentence end", p("Sasaran Strategis 1 Terwujudnya tata kelola", 300, 40), p("Indikator Kinerja", 100, 45), page, false},
		{"small letter", p("yang tersebar di 777 TPS.", 200, 20), p("dan 1.382 pemilih", 100, 20), page, false},
		{"label alone", p("Tabel:", 40, 30), p("Pengukuran Kinerja Tahun 2022", 200, 60), page, false},
		// the left column's last line over the right column's first
		{"two columns", left, p("Akuntabilitas kinerja instansi pemerintah", 290, 70), columns, false},
		{"row under", p("sebagai berikut:", 120, 40), outLine{text: "No\tIndikator"}, page, false},
	} {
		if got := paragraphEnd(tc.a, tc.b, tc.page); got != tc.want {
			t.Errorf("%s: paragraphEnd = %v, want %v", tc.name, got, tc.want)
		}
	}
}

// TestHeadingEnd: a line in a larger font over a paragraph of several
// lines, set without space between them, is a heading of its own; a
// heading over short lines (a list, a form's "Uraian      : ..." lines
// with their wide gap), over a line of its own size, or a larger line
// that runs on into the next, is not; nor is a line of one paragraph
// that ends no sentence. A lead-in ending in a colon is a paragraph.
func TestHeadingEnd(t *testing.T) {
	// l is a plain line from x 60 to x1 in the given size, first word 40 wide
	l := func(size, x1 float64) outLine { return outLine{text: "W", size: size, x0: 60, x1: x1, w0: 40} }
	form := l(9, 530)
	form.seed = true
	lead := outLine{text: "Hasil evaluasi SAKIP adalah 60,60 (B), dengan rincian:", size: 9.2, x0: 60, x1: 400, w0: 30}
	rest := outLine{text: "ditempatkan di sebelah kiri dan uraian indikator di kolom terakhir.", size: 9.2, x0: 60, x1: 400, w0: 50}
	sentence := outLine{text: "DIPA induk ditetapkan sebesar Rp 9.654.200.000.", size: 9.2, x0: 60, x1: 300, w0: 30}
	label := outLine{text: "DPB Semester II 2022 - Jumlah : 192.180 orang", size: 9, x0: 60, x1: 300, w0: 30}
	for _, tc := range []struct {
		name string
		page []outLine
		want bool
	}{
		{"heading over a paragraph", []outLine{l(9.8, 300), l(9.2, 540), l(9.2, 400)}, true},
		{"heading over a list", []outLine{l(10.5, 150), l(9, 300), l(9, 200), l(9, 540)}, false},
		{"heading over a form", []outLine{l(10.5, 150), form, l(9, 200), l(9, 540)}, false},
		{"same size", []outLine{l(9.2, 300), l(9.2, 540), l(9.2, 400)}, false},
		{"larger line cut at the edge", []outLine{l(9.8, 540), l(9.2, 540), l(9.2, 400)}, false},
		{"paragraph's last line", []outLine{l(9.8, 300), l(9.2, 540)}, false},
		{"heading over a lead-in", []outLine{l(9.8, 300), lead, {text: "No\tKomponen"}}, true},
		{"heading over a label", []outLine{l(10.5, 150), label, l(9, 200), l(9, 540)}, false},
		{"rest of its sentence", []outLine{l(9.8, 300), rest, l(9.2, 540)}, false},
		// a one-line paragraph under a heading: its paragraphing is the
		// parser's business (a DIPA sentence over its revision)
		{"one-line sentence", []outLine{l(9.8, 300), sentence, l(9.2, 540)}, false},
		{"row under", []outLine{l(9.8, 300), {text: "No\tIndikator"}, l(9.2, 400)}, false},
	} {
		if got := headingEnd(tc.page, 1); got != tc.want {
			t.Errorf("%s: headingEnd = %v, want %v", tc.name, got, tc.want)
		}
	}
}
