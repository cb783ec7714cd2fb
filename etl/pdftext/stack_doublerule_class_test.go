package pdftext

import (
	"fmt"
	"strings"
	"testing"
)

// TestHeaderOverDoubleRule: a table without frame, its two-line titles set
// over a double rule and its rows parted by hairlines, the first row
// further below the double rule than the others below theirs. The titles
// are the table's header (not a table of their own, cut at their own
// gaps), and titles wider than their figure columns ("Capaian" and
// "Realisasi" one space apart over two columns) leave the rows' columns
// apart.
func TestHeaderOverDoubleRule(t *testing.T) {
	var b strings.Builder
	put := func(y float64, cells ...any) {
		for k := 0; k+1 < len(cells); k += 2 {
			fmt.Fprintf(&b, "BT /F1 8 Tf %v %.1f Td (%s) Tj ET\n", cells[k], y, cells[k+1])
		}
	}
	rule := func(y float64) { fmt.Fprintf(&b, "0.5 w 55 %v m 410 %v l S\n", y, y) }
	put(560, 60, "Tabel 3.1: Pengukuran Kinerja Tahun 2020")
	put(538, 60, "No", 80, "Indikator Kinerja", 250, "Satuan", 300, "Target", 334, "Capaian", 366, "Realisasi")
	put(529, 307, "2020", 343, "(%)", 384, "2020")
	rule(526)
	rule(524.5)
	// figures right-aligned at 325, 362 and 402 (Helvetica 8 pt: a digit
	// 4.45 pt, a comma 2.2 pt)
	rows := []struct {
		y                   float64
		name                string
		tx, t, cx, c, rx, r any
	}{
		{509.4, "Persentase pegawai terlatih", 305, "85,00", 337.5, "103,81", 382, "88,24"},
		{494.2, "Persentase sarana berfungsi", 305, "90,00", 342, "94,12", 382, "84,71"},
		{479, "Persentase arsip tertata", 305, "80,00", 342, "89,29", 382, "71,43"},
		{463.8, "Persentase laporan tepat waktu", 300.5, "100,00", 337.5, "100,00", 377.5, "100,00"},
	}
	for i, r := range rows {
		put(r.y, 60, fmt.Sprint(i+1), 80, r.name, 260, "%", r.tx, r.t, r.cx, r.c, r.rx, r.r)
	}
	rule(505.7)
	rule(490.5)
	rule(475.3)
	fmt.Fprintf(&b, "1.2 w 55 460.1 m 410 460.1 l S\n")
	got := nonBlankLines(t, b.String())
	wantLines(t, got, []string{
		"Tabel 3.1: Pengukuran Kinerja Tahun 2020",
		"No\tIndikator Kinerja\tSatuan\tTarget 2020\tCapaian (%)\tRealisasi 2020",
		"1\tPersentase pegawai terlatih\t%\t85,00\t103,81\t88,24",
		"2\tPersentase sarana berfungsi\t%\t90,00\t94,12\t84,71",
		"3\tPersentase arsip tertata\t%\t80,00\t89,29\t71,43",
		"4\tPersentase laporan tepat waktu\t%\t100,00\t100,00\t100,00",
	})
}
