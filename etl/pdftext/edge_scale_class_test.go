package pdftext

import (
	"fmt"
	"strings"
	"testing"
)

// scaleSheet is a made-up report page (A4, Helvetica): a heading, prose,
// a borderless table of an evaluation's components and a sentence with
// the RB value, at the text block x 80..520, y 760 down. Made-up figures.
func scaleSheet() string {
	var b strings.Builder
	y := 760.0
	put := func(x float64, size float64, s string) {
		fmt.Fprintf(&b, "BT /F1 %.1f Tf %.1f %.1f Td (%s) Tj ET\n", size, x, y, s)
	}
	put(80, 10, "B. Evaluasi Akuntabilitas Kinerja")
	y -= 18
	for _, l := range []string{
		"Hasil evaluasi AKIP tahun 2021 oleh Inspektorat Utama memberikan nilai 63,45",
		"dengan predikat B. Rincian nilai per komponen disajikan pada tabel berikut.",
	} {
		put(80, 9, l)
		y -= 12
	}
	y -= 8
	for _, row := range [][]string{
		{"No", "Komponen", "Bobot", "Nilai"},
		{"1", "Perencanaan Kinerja", "30,00", "19,20"},
		{"2", "Pengukuran Kinerja", "30,00", "18,75"},
		{"3", "Pelaporan Kinerja", "15,00", "10,50"},
		{"4", "Evaluasi Internal", "25,00", "15,00"},
		{"", "Nilai Akhir", "100,00", "63,45"},
	} {
		for c, x := range []float64{80, 110, 330, 420} {
			if row[c] != "" {
				put(x, 9, row[c])
			}
		}
		y -= 13
	}
	y -= 10
	for _, l := range []string{
		"Evaluasi atas tahun 2020 memberikan nilai 60,12 (B).",
		"Nilai Reformasi Birokrasi tahun 2022 adalah 24,15 dari bobot 36,30.",
		"Capaian ini didukung oleh koordinasi yang baik antara pimpinan dan seluruh jajaran",
		"sekretariat serta pemanfaatan aplikasi yang disediakan oleh KPU RI.",
	} {
		put(80, 9, l)
		y -= 12
	}
	return b.String()
}

// scaleSheetLines is what the page reads as without any scale round it.
var scaleSheetLines = []string{
	"B. Evaluasi Akuntabilitas Kinerja",
	"",
	"Hasil evaluasi AKIP tahun 2021 oleh Inspektorat Utama memberikan nilai 63,45",
	"dengan predikat B. Rincian nilai per komponen disajikan pada tabel berikut.",
	"",
	"No\tKomponen\tBobot\tNilai",
	"1\tPerencanaan Kinerja\t30,00\t19,20",
	"2\tPengukuran Kinerja\t30,00\t18,75",
	"3\tPelaporan Kinerja\t15,00\t10,50",
	"4\tEvaluasi Internal\t25,00\t15,00",
	"\tNilai Akhir\t100,00\t63,45",
	"",
	"Evaluasi atas tahun 2020 memberikan nilai 60,12 (B).",
	"",
	"Nilai Reformasi Birokrasi tahun 2022 adalah 24,15 dari bobot 36,30.",
	"",
	"Capaian ini didukung oleh koordinasi yang baik antara pimpinan dan seluruh jajaran",
	"sekretariat serta pemanfaatan aplikasi yang disediakan oleh KPU RI.",
}

// TestEdgeScalesDropped: a page photographed on a cutting mat or beside a
// ruler carries the mat's numbered scale round the sheet (numbers along
// the left edge counting up the page, along the top, a ruler's numbers at
// the right edge by tens, a scale at the bottom); none of it is text of
// the report: the page reads as if it lay on plain paper.
func TestEdgeScalesDropped(t *testing.T) {
	if got := convertLines(t, scaleSheet()); strings.Join(got, "|") != strings.Join(scaleSheetLines, "|") {
		t.Fatalf("the plain page reads\n%q", got)
	}
	// matGrid is a green mat's grid edge to edge every pitch points.
	matGrid := func(pitch float64) string {
		var b strings.Builder
		b.WriteString("0.31 0.56 0.4 RG 0.3 w\n")
		for x := 0.0; x <= 595; x += pitch {
			fmt.Fprintf(&b, "%.2f 0 m %.2f 842 l S\n", x, x)
		}
		for y := 0.0; y <= 842; y += pitch {
			fmt.Fprintf(&b, "0 %.2f m 595 %.2f l S\n", y, y)
		}
		return b.String()
	}
	for _, tc := range []struct {
		name  string
		scale func(b *strings.Builder)
	}{
		{"a cutting mat: numbers up the left edge and across the top", func(b *strings.Builder) {
			b.WriteString(matGrid(28.35))
			b.WriteString("0.31 0.56 0.4 rg\n")
			for k := 1; float64(k)*28.35 < 842; k++ {
				fmt.Fprintf(b, "BT /F1 5 Tf 4.2 %.2f Td (%d) Tj ET\n", float64(k)*28.35+1, k)
			}
			for k := 1; float64(k)*28.35 < 595; k++ {
				fmt.Fprintf(b, "BT /F1 5 Tf %.2f 830 Td (%d) Tj ET\n", float64(k)*28.35-2, k)
			}
			b.WriteString("0 g\n")
		}},
		{"a ruler at the right edge counting millimetres by tens down the page", func(b *strings.Builder) {
			b.WriteString("0.45 0.46 0.48 RG 0.25 w\n")
			for k := 0; k < 250; k++ {
				ln := 3.0
				if k%10 == 0 {
					ln = 8
				}
				fmt.Fprintf(b, "560 %.2f m %.2f %.2f l S\n", 800-float64(k)*2.835, 560+ln, 800-float64(k)*2.835)
			}
			for k := 1; k <= 24; k++ {
				fmt.Fprintf(b, "BT /F1 6 Tf 572 %.2f Td (%d) Tj ET\n", 800-float64(k)*28.35-2, 10*k)
			}
		}},
		{"a scale along the bottom from 0 and one down the left from the top", func(b *strings.Builder) {
			for k := 0; k <= 20; k++ {
				fmt.Fprintf(b, "BT /F1 6 Tf %.2f 12 Td (%d) Tj ET\n", 20+float64(k)*27, k)
			}
			for k := 1; k <= 38; k++ {
				fmt.Fprintf(b, "BT /F1 6 Tf 30 %.2f Td (%d) Tj ET\n", 820-float64(k)*20, k)
			}
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var b strings.Builder
			tc.scale(&b)
			b.WriteString(scaleSheet())
			wantLines(t, convertLines(t, b.String()), scaleSheetLines)
		})
	}
}

// TestEdgeScaleLookAlikes: numbers that look like a scale but are text of
// the page stay: a borderless table's No column continued on a page
// without its header (every number heads a row), a row of a table's
// column numbers under its header (at its columns' widths), a table of
// contents whose page numbers count by ten at one pitch (each beside its
// heading).
func TestEdgeScaleLookAlikes(t *testing.T) {
	for _, tc := range []struct {
		name    string
		content func(b *strings.Builder)
		want    []string
	}{
		{"a No column continued without its header", func(b *strings.Builder) {
			names := []string{"Kota Soe", "Mollo Utara", "Mollo Selatan", "Amanuban Barat", "Amanuban Tengah", "Kuanfatu", "Amanatun Utara"}
			for k, n := range names {
				y := 760 - float64(k)*16
				fmt.Fprintf(b, "BT /F1 9 Tf 60 %.1f Td (%d) Tj ET\n", y, 12+k)
				fmt.Fprintf(b, "BT /F1 9 Tf 100 %.1f Td (%s) Tj ET\n", y, n)
				fmt.Fprintf(b, "BT /F1 9 Tf 300 %.1f Td (%d.%03d) Tj ET\n", y, 3+k, 120+7*k)
			}
		}, []string{
			"12\tKota Soe\t3.120", "13\tMollo Utara\t4.127", "14\tMollo Selatan\t5.134", "15\tAmanuban Barat\t6.141",
			"16\tAmanuban Tengah\t7.148", "17\tKuanfatu\t8.155", "18\tAmanatun Utara\t9.162",
		}},
		{"a row of column numbers at the top under no caption", func(b *strings.Builder) {
			xs := []float64{60, 90, 250, 310, 370, 430}
			for c, x := range xs {
				fmt.Fprintf(b, "BT /F1 8 Tf %.1f 780 Td (%d) Tj ET\n", x, c+1)
			}
			for r, row := range [][]string{
				{"1", "Kota Soe", "44", "6.012", "6.250", "12.262"},
				{"2", "Mollo Utara", "29", "3.870", "4.006", "7.876"},
				{"3", "Kuanfatu", "35", "4.415", "4.602", "9.017"},
			} {
				for c, x := range xs {
					fmt.Fprintf(b, "BT /F1 8 Tf %.1f %.1f Td (%s) Tj ET\n", x, 766-14*float64(r), row[c])
				}
			}
		}, []string{
			"1\t2\t3\t4\t5\t6",
			"1\tKota Soe\t44\t6.012\t6.250\t12.262",
			"2\tMollo Utara\t29\t3.870\t4.006\t7.876",
			"3\tKuanfatu\t35\t4.415\t4.602\t9.017",
		}},
		{"a table of contents whose chapters open every tenth page", func(b *strings.Builder) {
			for k, h := range []string{"BAB I PENDAHULUAN", "BAB II PERENCANAAN KINERJA", "BAB III AKUNTABILITAS KINERJA", "BAB IV PENUTUP", "LAMPIRAN", "DAFTAR TABEL"} {
				y := 760 - float64(k)*20
				fmt.Fprintf(b, "BT /F1 9 Tf 80 %.1f Td (%s) Tj ET\n", y, h)
				fmt.Fprintf(b, "BT /F1 9 Tf 500 %.1f Td (%d) Tj ET\n", y, 10*k+10)
			}
		}, []string{
			"BAB I PENDAHULUAN\t10", "BAB II PERENCANAAN KINERJA\t20", "BAB III AKUNTABILITAS KINERJA\t30",
			"BAB IV PENUTUP\t40", "LAMPIRAN\t50", "DAFTAR TABEL\t60",
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var b strings.Builder
			tc.content(&b)
			wantLines(t, convertLines(t, b.String()), tc.want)
		})
	}
}
