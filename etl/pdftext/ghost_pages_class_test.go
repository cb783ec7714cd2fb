package pdftext

import (
	"context"
	"fmt"
	"strings"
	"testing"
)

// graticule draws a screen's lattice under the text of a landscape page:
// div divisions across and down, dotted, the lines running 6 pt past the
// outermost minor ticks on the centre axes (an oscilloscope's graticule).
func graticule(div int) string {
	var b strings.Builder
	x0, y0, w, h := 60.0, 60.0, 720.0, 480.0
	b.WriteString("0.1 0.4 0.2 RG 0.4 w [1 3] 0 d\n")
	for i := 1; i < div; i++ {
		x := x0 + w*float64(i)/float64(div)
		fmt.Fprintf(&b, "%.1f %.1f m %.1f %.1f l S\n", x, y0+6, x, y0+h-6)
	}
	for j := 1; j < div-2; j++ {
		y := y0 + h*float64(j)/float64(div-2)
		fmt.Fprintf(&b, "%.1f %.1f m %.1f %.1f l S\n", x0+6, y, x0+w-6, y)
	}
	b.WriteString("[] 0 d 0.5 w\n")
	for k := 1; k < 5*div; k++ {
		x := x0 + w*float64(k)/float64(5*div)
		fmt.Fprintf(&b, "%.1f %.1f m %.1f %.1f l S\n", x, y0+h/2-3, x, y0+h/2+3)
	}
	for k := 1; k < 5*(div-2); k++ {
		y := y0 + h*float64(k)/float64(5*(div-2))
		fmt.Fprintf(&b, "%.1f %.1f m %.1f %.1f l S\n", x0+w/2-3, y, x0+w/2+3, y)
	}
	return b.String()
}

// screenText sets lines on the screen: prose from the left margin, or
// centred (a cover).
func screenText(lines []string, centred bool) string {
	var b strings.Builder
	y := 500.0
	for _, l := range lines {
		x := 80.0
		if centred {
			x = 420 - float64(len(l))*3.6
		}
		fmt.Fprintf(&b, "BT /F1 8 Tf %.1f %.1f Td (%s) Tj ET\n", x, y, l)
		y -= 14
	}
	return b.String()
}

var screenProse = []string{
	"Laporan Kinerja ini menyajikan informasi mengenai capaian kinerja Sekretariat Komisi Pemilihan Umum Kabupaten Sabu Raijua yang diukur",
	"melalui indikator kinerja sebagaimana tertuang dalam dokumen Perjanjian Kinerja, serta menjadi bahan evaluasi untuk perbaikan perencanaan",
	"dan pelaksanaan program pada tahun berikutnya. Akuntabilitas kinerja instansi pemerintah merupakan perwujudan kewajiban suatu instansi",
	"untuk mempertanggungjawabkan keberhasilan atau kegagalan pelaksanaan misi organisasi dalam mencapai tujuan dan sasaran yang telah",
	"ditetapkan melalui sistem pertanggungjawaban secara periodik sebagaimana diatur dalam peraturan perundang-undangan yang berlaku.",
}

// TestSharedGraticule: a report printed on a screen whose lattice lies
// under every page reads as on plain paper, on its pages of prose (a ghost
// there by the page's own test) and on its cover and signature page, whose
// few short lines alone would not show the lattice for what it is. Made-up
// satker.
func TestSharedGraticule(t *testing.T) {
	cover := []string{"LAPORAN KINERJA", "KOMISI PEMILIHAN UMUM KABUPATEN SABU RAIJUA", "TAHUN 2021"}
	sign := []string{"Seba, 28 Januari 2022", "Sekretaris KPU Kabupaten Sabu Raijua", "", "Yohanes Lado, S.E."}
	pages := []string{
		graticule(10) + screenText(cover, true),
		graticule(10) + screenText(screenProse, false),
		graticule(10) + screenText(screenProse[1:], false),
		graticule(10) + screenText(screenProse[:4], false),
		graticule(10) + screenText(sign, false),
	}
	res, err := Convert(context.Background(), sheetsPDF(842, 595, pages...), Options{})
	if err != nil {
		t.Fatal(err)
	}
	got := string(res.Text)
	for _, want := range append(append([]string{}, cover...), "Seba, 28 Januari 2022", "Sekretaris KPU Kabupaten Sabu Raijua", screenProse[0]) {
		if !strings.Contains(got, "\n"+want+"\n") && !strings.HasPrefix(got, want+"\n") {
			t.Errorf("line %q not read whole:\n%s", want, got)
		}
	}
	if strings.Contains(got, "\t") {
		t.Errorf("the lattice cut lines into cells:\n%s", got)
	}
}

// TestSharedGridTableStays: a table ruled the same on every page of a
// spreadsheet printout keeps its rules: its text keeps to its cells, so it
// is a ghost on no page.
func TestSharedGridTableStays(t *testing.T) {
	page := func(first int) string {
		var b strings.Builder
		xs := []float64{70, 100, 260, 340, 420, 500}
		top := 760.0
		for r := 0; r <= 6; r++ {
			fmt.Fprintf(&b, "%.1f %.1f m %.1f %.1f l S\n", xs[0], top-float64(r)*16, xs[5], top-float64(r)*16)
		}
		for _, x := range xs {
			fmt.Fprintf(&b, "%.1f %.1f m %.1f %.1f l S\n", x, top, x, top-96)
		}
		for r := 0; r < 6; r++ {
			n := first + r
			cells := []string{fmt.Sprint(n), fmt.Sprintf("Kecamatan %d", n), fmt.Sprintf("%d.%03d", 3+r, 100+n), fmt.Sprintf("%d.%03d", 3+r, 200+n), fmt.Sprintf("%d.%03d", 6+2*r, 300+2*n)}
			for c, s := range cells {
				fmt.Fprintf(&b, "BT /F1 8 Tf %.1f %.1f Td (%s) Tj ET\n", xs[c]+3, top-float64(r)*16-11, s)
			}
		}
		return b.String()
	}
	res, err := Convert(context.Background(), sheetsPDF(595, 842, page(1), page(7), page(13)), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(string(res.Text), "\t"); n < 18*4 {
		t.Errorf("rows lost their cells (%d TABs):\n%s", n, res.Text)
	}
}
