package pdftext

import (
	"fmt"
	"strings"
	"testing"
)

// TestUprightWatermark: a big pale word set upright across the page
// ("SALINAN", "DRAFT", "ARSIP"), under the text or over it, crosses
// several lines of prose or table rows; it is dropped, so no row takes
// its letters and no two rows become one line. Big type that crosses no
// lines of the text (a cover's title, a figure over its label) stays.
func TestUprightWatermark(t *testing.T) {
	prose := []string{
		"Anggaran Sekretariat KPU Kabupaten Ngada Tahun 2022 setelah revisi",
		"dan realisasinya menurut program dan kegiatan adalah sebagai berikut.",
	}
	rows := [][]string{
		{"Kode", "Program / Kegiatan", "Pagu", "Realisasi", "Serapan (%)"},
		{"076.01.WA", "Program Dukungan Manajemen", "2.884.310.000", "2.790.455.621", "96,75"},
		{"3358", "Pengelolaan Sumber Daya Manusia", "412.700.000", "405.311.280", "98,21"},
		{"3360", "Operasional Perkantoran", "2.471.610.000", "2.385.144.341", "96,50"},
		{"076.01.CQ", "Program Penyelenggaraan Pemilu", "731.900.000", "702.882.517", "96,04"},
		{"", "Jumlah", "3.616.210.000", "3.493.338.138", "96,60"},
	}
	page := typesetPage(prose, "Tabel 3.4 Realisasi Anggaran", []float64{0, -110, 330, 420, 500}, rows)
	want := typesetLines(prose, "Tabel 3.4 Realisasi Anggaran", rows)
	for _, tc := range []struct {
		name, content string
	}{
		{"under the rows", watermark("SALINAN", 90, 0, 110, 600, 0) + page},
		{"over the rows, spaced", page + watermark("DRAFT", 60, 0, 200, 625, 10)},
		{"over prose and caption", watermark("ARSIP", 72, 0, 150, 690, 4) + page},
	} {
		t.Run(tc.name, func(t *testing.T) {
			wantLines(t, nonBlankLines(t, tc.content), want)
		})
	}
	t.Run("cover and figure stay", func(t *testing.T) {
		var b strings.Builder
		for _, l := range []struct {
			size, x, y float64
			s          string
		}{
			{30, 120, 700, "LAPORAN KINERJA"},
			{20, 150, 660, "KPU KABUPATEN NGADA"},
			{20, 230, 630, "TAHUN 2022"},
			{40, 220, 500, "96,60%"},
			{8, 225, 485, "serapan anggaran"},
			{8, 60, 400, "Bajawa, Januari 2023"},
		} {
			fmt.Fprintf(&b, "BT /F1 %g Tf %g %g Td (%s) Tj ET\n", l.size, l.x, l.y, l.s)
		}
		wantLines(t, nonBlankLines(t, b.String()), []string{"LAPORAN KINERJA", "KPU KABUPATEN NGADA", "TAHUN 2022", "96,60%", "serapan anggaran", "Bajawa, Januari 2023"})
	})
}
