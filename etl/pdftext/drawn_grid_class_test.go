package pdftext

import (
	"context"
	"fmt"
	"strings"
	"testing"
)

// drawCodes encodes the drawing characters of the made-up pages in a
// Courier font whose /Differences and ToUnicode map codes from 0x80 to
// them (the standard WinAnsi Courier cannot show them).
var drawCodes = []rune("─│┌┐└┘├┤┬┴┼█▓▒░●○━")

// drawnHex writes s as a hex string in that font.
func drawnHex(s string) string {
	var b strings.Builder
	b.WriteByte('<')
	for _, r := range s {
		c := int(r)
		for k, d := range drawCodes {
			if d == r {
				c = 0x80 + k
			}
		}
		fmt.Fprintf(&b, "%02X", c)
	}
	b.WriteByte('>')
	return b.String()
}

// drawnPDF is sheetsPDF with /F3: Courier showing drawCodes, every glyph
// 600 units wide.
func drawnPDF(w, h float64, contents ...string) []byte {
	p := newPDF()
	kids := ""
	for i := range contents {
		kids += fmt.Sprintf("%d 0 R ", 7+2*i)
	}
	var cm strings.Builder
	cm.WriteString("/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Drawn def ")
	cm.WriteString("1 begincodespacerange <00> <FF> endcodespacerange ")
	fmt.Fprintf(&cm, "1 beginbfrange <20> <7E> <0020> endbfrange %d beginbfchar ", len(drawCodes))
	diff := ""
	for k, r := range drawCodes {
		fmt.Fprintf(&cm, "<%02X> <%04X> ", 0x80+k, r)
		diff += fmt.Sprintf(" /d%d", k)
	}
	cm.WriteString("endbfchar endcmap CMapName currentdict /CMap defineresource pop end end")
	widths := strings.TrimSpace(strings.Repeat("600 ", 256-32))
	p.obj("<< /Type /Catalog /Pages 2 0 R >>")
	p.obj(fmt.Sprintf("<< /Type /Pages /Kids [%s] /Count %d >>", kids, len(contents)))
	p.obj("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
	p.obj("<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>")
	p.obj(fmt.Sprintf("<< /Type /Font /Subtype /Type1 /BaseFont /Courier /FirstChar 32 /LastChar 255 /Widths [%s] /Encoding << /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences [128%s] >> /ToUnicode 6 0 R >>", widths, diff))
	p.obj(fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", cm.Len(), cm.String()))
	for i, c := range contents {
		p.obj(fmt.Sprintf("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %g %g] /Contents %d 0 R /Resources << /Font << /F1 3 0 R /F2 4 0 R /F3 5 0 R >> >> >>", w, h, 8+2*i))
		p.obj(fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", len(c), c))
	}
	return p.done()
}

// trimRight drops the spaces a line ends with. (The made-up form ends its
// second rule in a space: PDFium drops a text object that repeats one a
// few objects before it when their boxes meet, taking it for a bold
// set twice, and this fixture's font gives its objects tall boxes.)
func trimRight(ls []string) []string {
	out := make([]string, len(ls))
	for i, l := range ls {
		out[i] = strings.TrimRight(l, " ")
	}
	return out
}

// drawnLineSet is one line of a made-up page: Helvetica prose, or a
// fixed line in the drawing Courier at size pt.
type drawnLineSet struct {
	text string
	pt   float64 // 0: prose
}

// drawnPage sets lines from x=60 down an A4 page, 11 pt apart.
func drawnPage(lines []drawnLineSet) string {
	var b strings.Builder
	y := 780.0
	for _, l := range lines {
		switch {
		case l.text == "":
		case l.pt == 0:
			fmt.Fprintf(&b, "BT /F1 10 Tf 60 %.1f Td (%s) Tj ET\n", y, pdfEscape(l.text))
		default:
			fmt.Fprintf(&b, "BT /F3 %.1f Tf 60 %.1f Td %s Tj ET\n", l.pt, y, drawnHex(l.text))
		}
		y -= 11
	}
	return b.String()
}

// TestDrawnGridClass: a form, a chart or a label sheet drawn in
// characters of a monospaced face (box-drawing edges, bars of block
// elements, marks, frames of dots) inside a report set in a proportional
// face is kept as its grid, a printed line a line with its spaces, as
// the report's text form has it; a drawing whose wide lines were each
// shrunk to fit the column keeps every line's columns at its own
// advance. A typed table without drawing characters is still cut into
// cells, and a run with one drawn line is no drawing.
func TestDrawnGridClass(t *testing.T) {
	prose := []drawnLineSet{{"Hasil pengukuran kinerja tahun ini disajikan dalam bentuk berikut ini.", 0}, {"", 0}}
	after := []drawnLineSet{{"", 0}, {"Sumber: Subbagian Program dan Data, diolah kembali.", 0}}
	mono := func(pt float64, ls ...string) []drawnLineSet {
		var out []drawnLineSet
		for _, l := range ls {
			out = append(out, drawnLineSet{l, pt})
		}
		return out
	}
	form := []string{
		"┌────┬──────────────────────────────┬────────┬─────────┬───────────┐",
		"│ No │ Indikator Kinerja            │ Satuan │  Target │ Realisasi │",
		"├────┼──────────────────────────────┼────────┼─────────┼───────────┤",
		"│ 1  │ Persentase arsip yang        │ %      │   90,00 │     93,50 │",
		"│    │ dikelola tepat waktu         │        │         │           │",
		"├────┼──────────────────────────────┼────────┼─────────┼───────────┤ ",
		"│ 2  │ Indeks kepuasan layanan      │ Indeks │    3,20 │      3,41 │",
		"└────┴──────────────────────────────┴────────┴─────────┴───────────┘",
	}
	bars := []string{
		"JUMLAH PEMILIH MENURUT DESA DAN JENIS KELAMIN",
		"                 PRIA              DESA              WANITA",
		"   2.314  ████████████ │        OELAMASI        │ █████████████  2.402",
		"     981       ███████ │        BAUMATA         │ ███████          944",
		"   1.207     █████████ │        NOELBAKI        │ ████████       1.126",
	}
	labels := []string{
		"........................   ........................",
		": DESA NUNUKAN        :   : DESA TARUS          :",
		": TPS      : 12       :   : TPS      : 9        :",
		": PEMILIH  : 3.120    :   : PEMILIH  : 2.241    :",
		":.....................:   :.....................:",
	}
	// A heat map whose rows are wider than the column: each row set
	// smaller (6 pt), its wrapped name and the header at 8 pt.
	heatRows := []drawnLineSet{
		{"NO  TARGET      REALISASI     INDIKATOR", 8},
		{"1   ▒▒ 95,00   ▓▓▓ 97,25   ▓▓ Persentase dokumen perencanaan yang disahkan tepat", 6},
		{"                              waktu", 8},
		{"2   ░░ 80,00   ▒▒▒ 76,10   ░░ Persentase pegawai yang mengikuti pelatihan teknis", 6},
		{"                              kepemiluan", 8},
	}
	heatWant := []string{
		"NO  TARGET      REALISASI     INDIKATOR",
		"1   ▒▒ 95,00   ▓▓▓ 97,25   ▓▓ Persentase dokumen perencanaan yang disahkan tepat",
		"                              waktu",
		"2   ░░ 80,00   ▒▒▒ 76,10   ░░ Persentase pegawai yang mengikuti pelatihan teknis",
		"                              kepemiluan",
	}
	for _, tc := range []struct {
		name string
		body []drawnLineSet
		want []string
	}{
		{"a form drawn with box-drawing characters, a wrapped cell", mono(7, form...), trimRight(form)},
		{"a pyramid of block bars beside a boxed name column", mono(8, bars...), bars},
		{"box labels framed in dots, two abreast", mono(8, labels...), labels},
		{"a heat map whose wide rows were shrunk", heatRows, heatWant},
	} {
		t.Run(tc.name, func(t *testing.T) {
			page := append(append(append([]drawnLineSet{}, prose...), tc.body...), after...)
			res, err := Convert(context.Background(), drawnPDF(595, 842, drawnPage(page)), Options{})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, l := range strings.Split(string(res.Text), "\n") {
				if l != "" && l != "\f" && !strings.HasPrefix(l, "Hasil") && !strings.HasPrefix(l, "Sumber") {
					got = append(got, l)
				}
			}
			wantLines(t, got, tc.want)
		})
	}
	// Look-alikes: a typed table (no drawing character) and a run with one
	// drawn line go the borderless route, cut into cells.
	for _, tc := range []struct {
		name string
		body []string
	}{
		{"a typed table", []string{
			"KODE   URAIAN                 PAGU            REALISASI",
			"3355   Layanan Keuangan       1.200.000.000   1.150.400.000",
			"3360   Layanan Umum           2.700.000.000   2.655.100.000",
		}},
		{"one bar in a typed table", []string{
			"KODE   URAIAN                 PAGU            REALISASI",
			"3355   Layanan Keuangan       1.200.000.000   1.150.400.000",
			"3360   Layanan Umum ███       2.700.000.000   2.655.100.000",
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			page := append(append(append([]drawnLineSet{}, prose...), mono(8, tc.body...)...), after...)
			res, err := Convert(context.Background(), drawnPDF(595, 842, drawnPage(page)), Options{})
			if err != nil {
				t.Fatal(err)
			}
			if strings.Contains(string(res.Text), tc.body[1]) || !strings.Contains(string(res.Text), "\t1.200.000.000\t1.150.400.000") {
				t.Errorf("the typed table was not cut into cells:\n%s", res.Text)
			}
		})
	}
}
