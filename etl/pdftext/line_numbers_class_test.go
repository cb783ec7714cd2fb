package pdftext

import (
	"fmt"
	"strings"
	"testing"
)

// numberedPage writes a page of running text (Helvetica pt, one line each
// 14 pt from y 760 down, left edge at 72) whose lines carry a margin
// number set flush right at 60 in numPt (count: the first number and the
// step; every step-th line numbered, as Word's "Count by"), then a ruled
// table (No, Kecamatan, L, P, L+P) whose rows Word does not number.
func numberedPage(prose []string, pt, numPt float64, first, step int, table [][]string) string {
	var b strings.Builder
	y := 760.0
	for k, s := range prose {
		n := first + k
		if (n-first+1)%step == 0 || step == 1 {
			if step > 1 {
				n = n - first + 1
			}
			num := fmt.Sprint(n)
			x := 60 - float64(len(num))*0.556*numPt
			fmt.Fprintf(&b, "BT /F1 %g Tf %.2f %.1f Td (%s) Tj ET\n", numPt, x, y, num)
		}
		fmt.Fprintf(&b, "BT /F1 %g Tf 72 %.1f Td (%s) Tj ET\n", pt, y, s)
		y -= 14
	}
	if len(table) == 0 {
		return b.String()
	}
	xs := []float64{70, 95, 200, 260, 320, 390}
	top := y - 4
	for r, row := range table {
		for c, s := range row {
			fmt.Fprintf(&b, "BT /F1 8 Tf %.1f %.1f Td (%s) Tj ET\n", xs[c]+3, top-float64(r)*16-11, s)
		}
	}
	for r := 0; r <= len(table); r++ {
		yy := top - float64(r)*16
		fmt.Fprintf(&b, "%.1f %.1f m %.1f %.1f l S\n", xs[0], yy, xs[len(xs)-1], yy)
	}
	for _, x := range xs {
		fmt.Fprintf(&b, "%.1f %.1f m %.1f %.1f l S\n", x, top, x, top-float64(len(table))*16)
	}
	return b.String()
}

// TestLineNumbersDropped: a review copy printed with Word's line
// numbering (a small grey number left of each line of running text,
// restarting on each page, or counted by five, or in the text's own size)
// reads as if the numbers were not there: no line gains a "12\t" cell,
// and a ruled table's No column under the prose stays. Made-up satkers
// and figures.
func TestLineNumbersDropped(t *testing.T) {
	prose := []string{
		"Sekretariat KPU Kabupaten Alor menyusun laporan kinerja",
		"sebagai wujud pertanggungjawaban atas pelaksanaan tugas.",
		"Capaian kinerja diukur dengan membandingkan target dan",
		"realisasi setiap indikator sebagaimana tabel berikut.",
		"TABEL 3.2",
		"REKAPITULASI DPT PEMILU 2019",
	}
	long := append(append([]string{}, prose...),
		"Pengukuran dilakukan oleh subbagian perencanaan dan data.",
		"Data berasal dari aplikasi SIDALIH yang dikelola KPU.",
		"Hasil pengukuran dibahas dalam rapat pimpinan bulanan.",
		"Setiap kecamatan melaporkan rekapitulasi secara berjenjang.",
		"Rekapitulasi ditetapkan dalam rapat pleno terbuka.",
		"Berita acara disampaikan kepada KPU Provinsi.",
		"Salinan diumumkan di papan pengumuman kantor.",
		"Tabel berikut memuat rekapitulasi menurut kecamatan.",
		"Sumber data: Subbagian Teknis Penyelenggaraan.",
	)
	table := [][]string{
		{"No", "Kecamatan", "L", "P", "L+P"},
		{"1", "Teluk Mutiara", "12.411", "12.980", "25.391"},
		{"2", "Alor Barat Laut", "8.205", "8.566", "16.771"},
		{"3", "Pantar Tengah", "4.118", "4.302", "8.420"},
	}
	rows := []string{
		"No\tKecamatan\tL\tP\tL+P",
		"1\tTeluk Mutiara\t12.411\t12.980\t25.391",
		"2\tAlor Barat Laut\t8.205\t8.566\t16.771",
		"3\tPantar Tengah\t4.118\t4.302\t8.420",
	}
	for _, tc := range []struct {
		name        string
		prose       []string
		pt, numPt   float64
		first, step int
		table       [][]string
		want        []string
	}{
		{"small numbers restarting on the page, a ruled table under", prose, 10, 7, 1, 1, table,
			append(append([]string{}, prose...), rows...)},
		{"numbers in the text's own size", prose, 9, 9, 1, 1, nil, prose},
		{"counted by five", long, 10, 7.5, 1, 5, nil, long},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := convertLines(t, numberedPage(tc.prose, tc.pt, tc.numPt, tc.first, tc.step, tc.table))
			var kept []string
			for _, l := range got {
				if l != "" {
					kept = append(kept, l)
				}
			}
			wantLines(t, kept, tc.want)
		})
	}
}

// TestLineNumberLookAlikes: numbers that only look like a margin count
// stay: a borderless table's No column at the text's left edge, a
// continued borderless table (12, 13, 14 ...) that is the page's whole
// text, a numbered list set at the body's edge, and numbers counting
// down.
func TestLineNumberLookAlikes(t *testing.T) {
	for _, tc := range []struct {
		name  string
		cells []cell
		want  []string
	}{
		{"a borderless table's No column under its header", []cell{
			{0, 60, "Rekapitulasi pemilih menurut kecamatan tahun 2019"},
			{1, 60, "No"}, {1, 90, "Kecamatan"}, {1, 200, "Jumlah"},
			{2, 60, "1"}, {2, 90, "Kalabahi Kota"}, {2, 200, "14.210"},
			{3, 60, "2"}, {3, 90, "Alor Selatan"}, {3, 200, "6.033"},
			{4, 60, "3"}, {4, 90, "Pureman Raya"}, {4, 200, "3.874"},
		}, []string{
			"Rekapitulasi pemilih menurut kecamatan tahun 2019",
			"No\tKecamatan\tJumlah",
			"1\tKalabahi Kota\t14.210",
			"2\tAlor Selatan\t6.033",
			"3\tPureman Raya\t3.874",
		}},
		{"a continued borderless table alone on its page", []cell{
			{0, 60, "12"}, {0, 90, "Lembur Tengah"}, {0, 200, "4.210"}, {0, 260, "4.415"},
			{1, 60, "13"}, {1, 90, "Mataru Selatan"}, {1, 200, "2.033"}, {1, 260, "2.101"},
			{2, 60, "14"}, {2, 90, "Pulau Pura Raya"}, {2, 200, "1.874"}, {2, 260, "1.902"},
		}, []string{
			"12\tLembur Tengah\t4.210\t4.415",
			"13\tMataru Selatan\t2.033\t2.101",
			"14\tPulau Pura Raya\t1.874\t1.902",
		}},
		{"numbers counting down", []cell{
			{0, 50, "3"}, {0, 72, "Sasaran ketiga adalah meningkatnya partisipasi pemilih"},
			{1, 50, "2"}, {1, 72, "Sasaran kedua adalah terselenggaranya pemilu yang tertib"},
			{2, 50, "1"}, {2, 72, "Sasaran pertama adalah tersedianya data pemilih akurat"},
		}, []string{
			"3\tSasaran ketiga adalah meningkatnya partisipasi pemilih",
			"2\tSasaran kedua adalah terselenggaranya pemilu yang tertib",
			"1\tSasaran pertama adalah tersedianya data pemilih akurat",
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			wantLines(t, setCells(t, tc.cells), tc.want)
		})
	}
}
