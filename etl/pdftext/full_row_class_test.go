package pdftext

import (
	"fmt"
	"strings"
	"testing"
)

// TestFullTypedRow: a listing typed in Courier inside a report set in
// Helvetica (a console's table output pasted into the report), its
// columns padded to their widest cell, so a row whose every cell fills
// its column has single spaces only between them. That row is a row of
// the table like the others, not a heading merged across it. Look-alike:
// a line of words alone between the rows (a group heading) stays a line
// of its own. Made-up codes and figures.
func TestFullTypedRow(t *testing.T) {
	row := func(c ...string) string {
		return fmt.Sprintf("%-9s %-30s %-10s %-10s %s", c[0], c[1], c[2], c[3], c[4])
	}
	typed := []string{
		row("Kode", "Uraian", "Pagu", "Realisasi", "Persen"),
		row("----", "------", "----", "---------", "------"),
		row("076.01.WA", "Program Dukungan Manajemen", "1844120000", "1790330000", "97,08"),
		row("3355", "Pengelolaan Keuangan", "700100000", "690220000", "98,59"),
		row("3358", "Pengelolaan SDM", "402500000", "398000000", "98,88"),
		"Kegiatan prioritas tahapan Pemilu",
		row("076.01.CQ", "Program Penyelenggaraan Pemilu", "5120400000", "4990150000", "97,46"),
		row("6639", "Teknis Penyelenggaraan", "2000100000", "1950000000", "97,50"),
		row("6867", "Pembentukan Badan Adhoc", "3120300000", "3040150000", "97,43"),
	}
	var b strings.Builder
	y := 760.0
	for _, s := range []string{"Realisasi anggaran menurut program dan kegiatan dicetak dari", "aplikasi keuangan sebagai berikut:"} {
		fmt.Fprintf(&b, "BT /F1 10 Tf 60 %.1f Td (%s) Tj ET\n", y, s)
		y -= 14
	}
	y -= 10
	for _, s := range typed {
		fmt.Fprintf(&b, "BT /F2 8 Tf 60 %.1f Td (%s) Tj ET\n", y, pdfEscape(s))
		y -= 10
	}
	y -= 14
	fmt.Fprintf(&b, "BT /F1 10 Tf 60 %.1f Td (Penyerapan tertinggi pada program dukungan manajemen.) Tj ET\n", y)
	res, err := newTestConverter(t).Convert(t.Context(), contentPDF(b.String()), Options{})
	if err != nil {
		t.Fatal(err)
	}
	text := "\n" + string(res.Text) + "\n"
	for _, w := range []string{
		"076.01.WA\tProgram Dukungan Manajemen\t1844120000\t1790330000\t97,08",
		"076.01.CQ\tProgram Penyelenggaraan Pemilu\t5120400000\t4990150000\t97,46",
		"6639\tTeknis Penyelenggaraan\t2000100000\t1950000000\t97,50",
		"Kegiatan prioritas tahapan Pemilu",
	} {
		if !strings.Contains(text, "\n"+w+"\n") {
			t.Errorf("missing line %q in\n%s", w, text)
		}
	}
}
