package pdftext

import (
	"context"
	"fmt"
	"strings"
	"testing"
)

// TestFramedPageMarks: a mark framed at the head (and foot) of every page
// is page furniture, proven by its repetition at one place on the pages,
// whatever its word: a security classification (TERBATAS, SANGAT RAHASIA,
// RAHASIA) centred in a thin frame with the page number at the foot's
// right, a carbon copy's "hal. n" at the top left on the line of its
// "TEMBUSAN / Lembar ke-2" stamp frame at the top right (a line the
// borderless route cuts into cells: running_cells.go). Look-alikes stay: a
// framed one-word note that comes once, and a table's header cut into
// cells and repeated at the head of every page, and a subtotal carried
// at the foot of every page (its amount grows like a counter).
func TestFramedPageMarks(t *testing.T) {
	const W, H = 595.0, 842.0
	body := func(b *strings.Builder, k int) {
		for i, s := range []string{
			"Pengukuran kinerja dilakukan dengan membandingkan target dan realisasi indikator.",
			fmt.Sprintf("Uraian halaman %d tentang capaian kinerja sekretariat pada tahun anggaran.", k),
			"Kendala yang dihadapi antara lain keterbatasan jaringan internet di beberapa wilayah.",
		} {
			fmt.Fprintf(b, "BT /F1 10 Tf 80 %g Td (%s) Tj ET\n", 700-14*float64(i), s)
		}
	}
	framed := func(b *strings.Builder, word string, y float64) {
		w := float64(len(word))*6.5 + 12
		fmt.Fprintf(b, "0.63 0.09 0.09 RG 0.8 w %g %g %g 17 re S 0 G\n", W/2-w/2, y-5, w)
		fmt.Fprintf(b, "0.63 0.09 0.09 rg BT /F1 9 Tf %g %g Td (%s) Tj ET 0 g\n", W/2-float64(len(word))*3.2, y, word)
	}
	classified := func(word string, foot bool, n int) func(k int) string {
		return func(k int) string {
			var b strings.Builder
			framed(&b, word, H-40)
			if foot {
				framed(&b, word, 34)
			}
			fmt.Fprintf(&b, "0.5 g BT /F1 8.5 Tf 530 34 Td (%d) Tj ET 0 g\n", k)
			body(&b, k)
			return b.String()
		}
	}
	carbon := func(k int) string {
		var b strings.Builder
		fmt.Fprintf(&b, "BT /F1 8.5 Tf 57 %g Td (hal. %d) Tj ET\n", H-37, k)
		fmt.Fprintf(&b, "0.3 0.2 0.6 RG 1.2 w 380 %g 96 31 re S 0 G\n", H-54)
		fmt.Fprintf(&b, "BT /F1 11 Tf 398 %g Td (TEMBUSAN) Tj ET\n", H-37)
		fmt.Fprintf(&b, "BT /F1 6.5 Tf 410 %g Td (Lembar ke-2) Tj ET\n", H-49)
		body(&b, k)
		return b.String()
	}
	doc := func(n int, page func(int) string) string {
		var ps []string
		for k := 1; k <= n; k++ {
			ps = append(ps, page(k))
		}
		res, err := Convert(context.Background(), sheetsPDF(W, H, ps...), Options{})
		if err != nil {
			t.Fatal(err)
		}
		return string(res.Text)
	}
	for _, tc := range []struct {
		name  string
		text  string
		gone  []string
		stays []string
	}{
		{"TERBATAS at head and foot", doc(3, classified("TERBATAS", true, 3)), []string{"TERBATAS"}, []string{"Uraian halaman 2"}},
		{"SANGAT RAHASIA at the head only", doc(4, classified("SANGAT RAHASIA", false, 4)), []string{"SANGAT RAHASIA"}, []string{"Uraian halaman 4"}},
		{"carbon copy: page counter and stamp frame on one line", doc(3, carbon), []string{"TEMBUSAN", "hal. "}, []string{"Uraian halaman 3"}},
		{"a framed note that comes once stays", doc(3, func(k int) string {
			var b strings.Builder
			if k == 2 {
				framed(&b, "PENTING", 600)
			}
			body(&b, k)
			return b.String()
		}), nil, []string{"PENTING"}},
		{"a header cut into cells atop every page stays", doc(3, func(k int) string {
			var b strings.Builder
			for i, r := range [][]string{{"Uraian", "Target 2023", "Realisasi 2023"}, {fmt.Sprintf("Kegiatan %c", 'A'+k), "90,00", fmt.Sprintf("9%d,50", k)}, {fmt.Sprintf("Kegiatan %c", 'K'+k), "80,00", fmt.Sprintf("8%d,25", k)}} {
				for j, c := range r {
					fmt.Fprintf(&b, "BT /F1 10 Tf %d %g Td (%s) Tj ET\n", 80+200*j, H-45-13*float64(i), c)
				}
			}
			body(&b, k)
			return b.String()
		}), nil, []string{"Uraian\tTarget 2023\tRealisasi 2023"}},
		{"a subtotal carried at the foot of every page stays", doc(3, func(k int) string {
			var b strings.Builder
			body(&b, k)
			for i, r := range [][]string{{fmt.Sprintf("Belanja %c", 'A'+k), fmt.Sprintf("%d.100.000", k)}, {fmt.Sprintf("Belanja %c", 'K'+k), fmt.Sprintf("%d.250.000", k+1)}, {"Jumlah dipindahkan", fmt.Sprintf("%d.%d50.000", 2*k+1, k)}} {
				for j, c := range r {
					fmt.Fprintf(&b, "BT /F1 10 Tf %d %g Td (%s) Tj ET\n", 80+300*j, 95-13*float64(i), c)
				}
			}
			return b.String()
		}), nil, []string{"Jumlah dipindahkan\t3.150.000", "Jumlah dipindahkan\t5.250.000", "Jumlah dipindahkan\t7.350.000"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			for _, s := range tc.gone {
				if strings.Contains(tc.text, s) {
					t.Errorf("%q is page furniture, yet in the text:\n%s", s, tc.text)
				}
			}
			for _, s := range tc.stays {
				if !strings.Contains(tc.text, s) {
					t.Errorf("%q is missing from the text:\n%s", s, tc.text)
				}
			}
		})
	}
}
