package pdftext

import (
	"context"
	"fmt"
	"strings"
	"testing"
)

// TestBoxedTablesUnderHeaderRule: Word-look tables boxed without inner
// rules (a rule over and under each table only), one of them narrow and
// centred, under a running header's rule as wide as the wide boxes. The
// header rule and the boxes' rules stack up within a row's height of each
// other, yet a band holding another table's box is no row (it joined the
// captions and the narrow table into one line), and a box holding several
// rows in one band is read as a borderless table, not as prose, also
// where a table ruled between its rows shares the stack.
func TestBoxedTablesUnderHeaderRule(t *testing.T) {
	var b strings.Builder
	hrule := func(x0, x1, y float64) { fmt.Fprintf(&b, "%.1f %.1f m %.1f %.1f l S\n", x0, y, x1, y) }
	text := func(x, y float64, s string) { fmt.Fprintf(&b, "BT /F1 8 Tf %.1f %.1f Td (%s) Tj ET\n", x, y, s) }
	row := func(y float64, xs []float64, cells ...string) {
		for k, s := range cells {
			text(xs[k], y, s)
		}
	}
	hrule(60, 540, 800) // the running header's rule
	text(60, 806, "Laporan Kinerja Tahun 2019")
	text(60, 785, "Tabel 3.3 Riwayat Hasil Evaluasi")
	narrow := []float64{210, 290, 340}
	hrule(200, 400, 775)
	row(765, narrow, "Tahun", "Nilai", "Predikat")
	row(753, narrow, "2018", "60,90", "B")
	row(741, narrow, "2019", "61,10", "B")
	hrule(200, 400, 735)
	text(60, 710, "Tabel 3.4 Rincian Nilai Evaluasi")
	wide := []float64{65, 420, 480}
	hrule(60, 540, 700)
	row(690, wide, "Komponen", "Bobot", "Nilai")
	row(678, wide, "Perencanaan Kinerja", "30", "17,15")
	row(666, wide, "Pengukuran Kinerja", "30", "17,40")
	hrule(60, 540, 660)
	text(60, 640, "Capaian indikator didukung oleh koordinasi yang baik antara pimpinan dan seluruh jajaran.")
	// a table ruled between its rows, of the boxes' width
	hrule(60, 540, 620)
	row(611, wide, "Komponen", "Bobot", "Nilai")
	hrule(60, 540, 607)
	row(598, wide, "Pelaporan Kinerja", "15", "8,90")
	hrule(60, 540, 594)
	row(585, wide, "Evaluasi Internal", "25", "17,65")
	hrule(60, 540, 581)
	res, err := Convert(context.Background(), contentPDF(b.String()), Options{})
	if err != nil {
		t.Fatal(err)
	}
	got := strings.Split(string(res.Text), "\n")
	want := []string{
		"Tabel 3.3 Riwayat Hasil Evaluasi",
		"Tahun\tNilai\tPredikat", "2018\t60,90\tB", "2019\t61,10\tB",
		"Tabel 3.4 Rincian Nilai Evaluasi",
		"Komponen\tBobot\tNilai", "Perencanaan Kinerja\t30\t17,15", "Pengukuran Kinerja\t30\t17,40",
		"Capaian indikator didukung oleh koordinasi yang baik antara pimpinan dan seluruh jajaran.",
		"Komponen\tBobot\tNilai", "Pelaporan Kinerja\t15\t8,90", "Evaluasi Internal\t25\t17,65",
	}
	if miss := missingLines(got, want); len(miss) > 0 {
		t.Errorf("missing %q in\n%s", miss, res.Text)
	}
}
