package pdftext

import (
	"fmt"
	"math"
	"strings"
	"testing"
)

// helvWidth is the advance of s in Helvetica at size pt (the digits and
// punctuation of figures only, enough to set them flush right).
func helvWidth(s string, pt float64) float64 {
	w := 0.0
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			w += 0.556
		case r == '%':
			w += 0.889
		default:
			w += 0.278
		}
	}
	return w * pt
}

// watermark draws s in pale grey at size pt, turned deg degrees about
// (x, y), with extra letter spacing tc.
func watermark(s string, pt, deg, x, y, tc float64) string {
	c, n := math.Cos(deg*math.Pi/180), math.Sin(deg*math.Pi/180)
	return fmt.Sprintf("q 0.85 g BT /F1 %g Tf %g Tc %.4f %.4f %.4f %.4f %.1f %.1f Tm (%s) Tj ET Q\n", pt, tc, c, n, -n, c, x, y, s)
}

// typesetPage sets prose lines, a caption and a booktabs table (a heavy
// rule over the header, a thin one under it, a heavy one under the last
// row, no vertical rules, figures flush right at the given right edges).
func typesetPage(prose []string, caption string, rights []float64, rows [][]string) string {
	var b strings.Builder
	y := 720.0
	for _, s := range prose {
		fmt.Fprintf(&b, "BT /F1 10 Tf 50 %.1f Td (%s) Tj ET\n", y, s)
		y -= 12.5
	}
	y -= 8
	fmt.Fprintf(&b, "BT /F1 9 Tf 50 %.1f Td (%s) Tj ET\n", y, caption)
	y -= 8
	fmt.Fprintf(&b, "1.2 w 50 %.1f m 545 %.1f l S\n", y, y)
	for i, r := range rows {
		y -= 10
		for k, s := range r {
			x := 52.0
			if k > 0 && rights[k] > 0 {
				x = rights[k] - helvWidth(s, 7.5)
			} else if k > 0 {
				x = -rights[k]
			}
			fmt.Fprintf(&b, "BT /F1 7.5 Tf %.1f %.1f Td (%s) Tj ET\n", x, y, s)
		}
		y -= 3
		switch i {
		case 0:
			fmt.Fprintf(&b, "0.5 w 50 %.1f m 545 %.1f l S\n", y, y)
		case len(rows) - 1:
			fmt.Fprintf(&b, "1.2 w 50 %.1f m 545 %.1f l S\n", y, y)
		}
	}
	return b.String()
}

// typesetLines is what typesetPage's page reads as: the prose, the caption,
// then the table's rows with TABs between their cells.
func typesetLines(prose []string, caption string, rows [][]string) []string {
	out := append(append([]string{}, prose...), caption)
	for _, r := range rows {
		out = append(out, strings.Join(r, "\t"))
	}
	return out
}

// TestSlantedWatermark: a copy stamped with a big pale word across the
// page at a slant ("SALINAN", "DRAFT"), drawn under the text or over it,
// puts a letter on many lines of prose and table rows; those letters
// belong to no line, so the prose and the table read as without them.
func TestSlantedWatermark(t *testing.T) {
	prose := []string{
		"Realisasi anggaran Sekretariat KPU Kabupaten Belu menurut program",
		"dan kegiatan disajikan pada tabel berikut dalam rupiah, sesuai",
		"laporan aplikasi SAKTI per tanggal tiga puluh satu Desember.",
		"Serapan yang rendah pada kegiatan sosialisasi disebabkan oleh",
		"penundaan tahapan dan efisiensi belanja perjalanan dinas.",
	}
	budget := [][]string{
		{"Kode", "Program / Kegiatan", "Pagu", "Realisasi", "Serapan (%)"},
		{"076.01.WA", "Program Dukungan Manajemen", "3.127.450.000", "3.051.228.114", "97,56"},
		{"3355", "Pengelolaan Keuangan dan BMN", "1.204.300.000", "1.188.914.330", "98,72"},
		{"3360", "Operasional Perkantoran", "1.923.150.000", "1.862.313.784", "96,84"},
		{"076.01.CQ", "Program Penyelenggaraan Pemilu", "845.600.000", "802.117.950", "94,86"},
		{"6709", "Sosialisasi dan Partisipasi", "845.600.000", "802.117.950", "94,86"},
		{"", "Jumlah", "3.973.050.000", "3.853.346.064", "96,99"},
	}
	budgetAt := []float64{0, -110, 330, 420, 500}
	dpt := [][]string{
		{"No", "Kecamatan", "TPS", "L", "P", "L+P"},
		{"1", "TASIFETO TIMUR", "41", "7.812", "8.045", "15.857"},
		{"2", "RAIHAT", "33", "6.104", "6.377", "12.481"},
		{"3", "LAMAKNEN SELATAN", "19", "3.015", "3.122", "6.137"},
		{"4", "KAKULUK MESAK", "52", "11.208", "11.590", "22.798"},
		{"", "Jumlah", "145", "28.139", "29.134", "57.273"},
	}
	dptAt := []float64{0, -80, 250, 320, 390, 460}
	for _, tc := range []struct {
		name      string
		under     string // drawn before the text
		over      string // drawn after it
		rows      [][]string
		rightEdge []float64
	}{
		{"under, 40 degrees", watermark("SALINAN", 80, 40, 110, 470, 0), "", budget, budgetAt},
		{"over, 30 degrees down", "", watermark("DRAFT", 70, -30, 90, 760, 6), budget, budgetAt},
		{"under, steep, spaced", watermark("RAHASIA", 60, 55, 200, 420, 12), "", dpt, dptAt},
	} {
		t.Run(tc.name, func(t *testing.T) {
			page := tc.under + typesetPage(prose, "Tabel 3.5 per kecamatan", tc.rightEdge, tc.rows) + tc.over
			wantLines(t, nonBlankLines(t, page), typesetLines(prose, "Tabel 3.5 per kecamatan", tc.rows))
		})
	}
}

// TestQuarterTurn: only an angle near a quarter turn is a turn; any other
// is a slant.
func TestQuarterTurn(t *testing.T) {
	for _, tc := range []struct {
		deg  float64
		want int
	}{{0, 0}, {90, 1}, {180, 2}, {270, 3}, {359.5, 0}, {1, 0}, {-90, 3}, {40, -1}, {315, -1}, {135, -1}, {-30, -1}, {87, -1}} {
		if got := quarterTurn(tc.deg * math.Pi / 180); got != tc.want {
			t.Errorf("%v°: got %v, want %v", tc.deg, got, tc.want)
		}
	}
}

// TestTurnedText: a label set up or down the margin a quarter turn round
// (a certification line, the office's name) puts a letter on each line
// beside it, and is dropped; a page whose text is mostly set a quarter or
// half turn round (a wide table set sideways on an upright page, a page
// printed upside down) is read turned, its tables as tables.
func TestTurnedText(t *testing.T) {
	prose := []string{
		"Rincian daftar pemilih tetap per kecamatan pada Pemilihan Serentak",
		"Tahun 2020 di Kabupaten Sabu Raijua disajikan pada tabel berikut.",
	}
	rows := [][]string{
		{"No", "Kecamatan", "TPS", "L", "P", "L+P"},
		{"1", "SABU BARAT", "61", "9.214", "9.507", "18.721"},
		{"2", "HAWU MEHARA", "38", "5.120", "5.366", "10.486"},
		{"3", "RAIJUA", "17", "2.603", "2.751", "5.354"},
		{"", "Jumlah", "116", "16.937", "17.624", "34.561"},
	}
	at := []float64{0, -80, 250, 320, 390, 460}
	page := typesetPage(prose, "Tabel 3.7 DPT per kecamatan", at, rows)
	want := typesetLines(prose, "Tabel 3.7 DPT per kecamatan", rows)
	for _, tc := range []struct {
		name, content string
	}{
		{"label up the left margin", "q 0.4 g BT /F1 8 Tf 0 1 -1 0 30 520 Tm (Salinan sesuai dengan aslinya - KPU Kabupaten Sabu Raijua) Tj ET Q\n" + page},
		{"label down the right margin", page + "BT /F1 7 Tf 0 -1 1 0 565 760 Tm (Dokumen ini ditandatangani secara elektronik oleh Sekretaris) Tj ET\n"},
		{"table set sideways, reading up", "q 0 1 -1 0 750 50 cm\n" + page + "Q\n"},
		{"table set sideways, reading down", "q 0 -1 1 0 -550 650 cm\n" + page + "Q\n"},
		{"page upside down", "q -1 0 0 -1 595 842 cm\n" + page + "Q\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			wantLines(t, nonBlankLines(t, tc.content), want)
		})
	}
}
