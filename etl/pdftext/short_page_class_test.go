package pdftext

import (
	"fmt"
	"strings"
	"testing"
)

// shortPageDoc is two pages: a page of prose in 9 pt at a 12 pt leading,
// then a page holding only the lines of tail, set at the given steps
// under each other (the last sentences of a chapter carried over).
func shortPageDoc(t *testing.T, tail []string, steps []float64) []string {
	t.Helper()
	var p1, p2 strings.Builder
	y := 760.0
	for i := 0; i < 12; i++ {
		fmt.Fprintf(&p1, "BT /F1 9 Tf 72 %.1f Td (Realisasi anggaran tahun berjalan dicatat per kegiatan pada aplikasi SAKTI dan) Tj ET\n", y)
		y -= 12
	}
	y = 760
	for i, s := range tail {
		fmt.Fprintf(&p2, "BT /F1 9 Tf 72 %.1f Td (%s) Tj ET\n", y, s)
		if i < len(steps) {
			y -= steps[i]
		}
	}
	res, err := newTestConverter(t).Convert(t.Context(), sheetsPDF(595, 842, p1.String(), p2.String()), Options{})
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.Trim(string(res.Text), "\n"), "\n")
	for i, l := range lines {
		if l == "\f" {
			return lines[i+1:]
		}
	}
	t.Fatalf("no second page in %q", lines)
	return nil
}

// TestShortPageParagraphs: a page of two or three lines has no line
// pitch of its own; its paragraphs, set a paragraph's space apart or
// ending short of the column, still part with a blank line, as the text
// form of the report has them (a reader takes a paragraph's first
// amounts: glued, the year before's budget was read as this year's).
// Made-up figures.
func TestShortPageParagraphs(t *testing.T) {
	for _, tc := range []struct {
		name  string
		tail  []string
		steps []float64
		want  []string
	}{
		{"two one-line paragraphs a space apart",
			[]string{"Seluruh pagu sebesar Rp2.100.000.000 terealisasi Rp2.050.000.000.", "Sebagai pembanding, tahun anggaran 2023 mencatat pagu Rp1.900.000.000 dengan realisasi Rp1.850.000.000 (97,37%)."},
			[]float64{24},
			[]string{"Seluruh pagu sebesar Rp2.100.000.000 terealisasi Rp2.050.000.000.", "", "Sebagai pembanding, tahun anggaran 2023 mencatat pagu Rp1.900.000.000 dengan realisasi Rp1.850.000.000 (97,37%)."}},
		{"three paragraphs set without space",
			[]string{"Pagu tahun 2024 terserap 96,10%.", "Pada tahun anggaran 2023 pagu Rp1.900.000.000 terealisasi Rp1.850.000.000.", "Sisa anggaran sebesar Rp50.000.000 dikembalikan ke kas negara melalui setoran pengembalian belanja akhir tahun."},
			[]float64{12, 12},
			[]string{"Pagu tahun 2024 terserap 96,10%.", "", "Pada tahun anggaran 2023 pagu Rp1.900.000.000 terealisasi Rp1.850.000.000.", "", "Sisa anggaran sebesar Rp50.000.000 dikembalikan ke kas negara melalui setoran pengembalian belanja akhir tahun."}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			wantLines(t, shortPageDoc(t, tc.tail, tc.steps), tc.want)
		})
	}
}

// TestShortPageLookAlike: one sentence wrapped over the two lines of a
// short page (the first line filling the column, the second carrying
// on) stays one paragraph; so does a label over its value.
func TestShortPageLookAlike(t *testing.T) {
	for _, tc := range []struct {
		name string
		tail []string
		want []string
	}{
		{"a sentence wrapped",
			[]string{"Sebagai pembanding, tahun anggaran 2023 mencatat pagu Rp1.900.000.000 dengan realisasi", "Rp1.850.000.000 (97,37%) dari seluruh pagu DIPA."},
			[]string{"Sebagai pembanding, tahun anggaran 2023 mencatat pagu Rp1.900.000.000 dengan realisasi", "Rp1.850.000.000 (97,37%) dari seluruh pagu DIPA."}},
		{"a label over its value",
			[]string{"Catatan:", "Angka sementara menunggu rekonsiliasi."},
			[]string{"Catatan:", "Angka sementara menunggu rekonsiliasi."}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			wantLines(t, shortPageDoc(t, tc.tail, []float64{12}), tc.want)
		})
	}
}
