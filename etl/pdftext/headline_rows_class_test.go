package pdftext

import (
	"strings"
	"testing"
)

// TestHeadLineUnderRule: a table typed at one pitch whose rule is drawn
// under its first header line only sets the header's second line (the
// names of the figure columns) below the rule, at the rows' pitch: it is
// a header row of its own, never the top of the first body row, whose
// figures then carry no column name. A name's first line set over its
// row's figures still joins that row. Made-up figures.
func TestHeadLineUnderRule(t *testing.T) {
	// row pads the cells to fixed columns, as a typist does
	row := func(w []int, cells ...string) string {
		var b strings.Builder
		for i, c := range cells {
			if i < len(cells)-1 {
				c += strings.Repeat(" ", w[i]-len(c))
			}
			b.WriteString(c)
		}
		return strings.TrimRight(b.String(), " ")
	}
	bw := []int{11, 22, 15, 15, 12, 8}
	vw := []int{16, 6, 5, 9, 9, 9}
	cw := []int{22, 15, 12, 12, 8}
	tests := []struct {
		name   string
		header []string
		body   []string // Courier 8 pt, one per 9 pt, 13 pt under the header
		want   []string
	}{
		{"budget: amounts named under their group", []string{
			row(bw, "Kode", "Program / Kegiatan", "Anggaran 2022", "", "", "Serapan"),
		}, []string{
			row(bw, "", "", "Pagu", "Realisasi", "Sisa", "Persen"),
			row(bw, "076.01.WA", "Program Dukungan", "2.410.000.000", "2.366.500.000", "43.500.000", "98,19"),
			row(bw, "", "Manajemen"),
			row(bw, "3357", "Pengelolaan Data", "610.000.000", "598.200.000", "11.800.000", "98,07"),
			row(bw, "", "dan Informasi"),
			row(bw, "", "JUMLAH", "2.410.000.000", "2.366.500.000", "43.500.000", "98,19"),
		}, []string{
			"Kode\tProgram / Kegiatan\tAnggaran 2022\t\t\tSerapan",
			"\t\tPagu\tRealisasi\tSisa\tPersen",
			"076.01.WA\tProgram Dukungan Manajemen\t2.410.000.000\t2.366.500.000\t43.500.000\t98,19",
			"3357\tPengelolaan Data dan Informasi\t610.000.000\t598.200.000\t11.800.000\t98,07",
			"\tJUMLAH\t2.410.000.000\t2.366.500.000\t43.500.000\t98,19",
		}},
		{"voter roll without numbers: L P L+P under Pemilih", []string{
			row(vw, "Kecamatan", "Desa", "TPS", "Pemilih"),
		}, []string{
			row(vw, "", "", "", "L", "P", "L+P"),
			row(vw, "Kota Soe", "11", "52", "8.140", "8.502", "16.642"),
			row(vw, "Amanuban Barat", "9", "30", "5.077", "5.260", "10.337"),
			row(vw, "JUMLAH", "20", "82", "13.217", "13.762", "26.979"),
		}, []string{
			"Kecamatan\tDesa\tTPS\tPemilih",
			"\t\t\tL\tP\tL+P",
			"Kota Soe\t11\t52\t8.140\t8.502\t16.642",
			"Amanuban Barat\t9\t30\t5.077\t5.260\t10.337",
			"JUMLAH\t20\t82\t13.217\t13.762\t26.979",
		}},
		{"budget by name: Awal Revisi Rupiah Persen under two groups", []string{
			row(cw, "Uraian", "Anggaran (Rp)", "", "Realisasi"),
		}, []string{
			row(cw, "", "Awal", "Revisi", "Rupiah", "Persen"),
			row(cw, "Dukungan Manajemen", "1.200.000", "1.150.000", "1.100.000", "95,65"),
			row(cw, "Penyelenggaraan", "800.000", "900.000", "870.000", "96,67"),
			row(cw, "Pemilihan"),
			row(cw, "JUMLAH", "2.000.000", "2.050.000", "1.970.000", "96,10"),
		}, []string{
			"Uraian\tAnggaran (Rp)\t\tRealisasi",
			"\tAwal\tRevisi\tRupiah\tPersen",
			"Dukungan Manajemen\t1.200.000\t1.150.000\t1.100.000\t95,65",
			"Penyelenggaraan Pemilihan\t800.000\t900.000\t870.000\t96,67",
			"JUMLAH\t2.000.000\t2.050.000\t1.970.000\t96,10",
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			// the rule under the header's first line only
			wantLines(t, convertLines(t, typedUnderRule(tc.header, tc.body)), tc.want)
		})
	}
}
