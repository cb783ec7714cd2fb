package pdftext

import (
	"fmt"
	"strings"
	"testing"
)

// fcell is one run of a table without vertical rules: text set flush
// left at x, or a figure set flush right to x.
type fcell struct {
	x     float64
	right bool
	s     string
}

// ruleless sets rows of runs in Helvetica 8 pt, one padded row every
// 12 pt, and returns the page's derived lines.
func ruleless(t *testing.T, rows [][]fcell) []string {
	t.Helper()
	var b strings.Builder
	for r, row := range rows {
		for _, c := range row {
			x := c.x
			if c.right {
				x -= helvWidth(c.s, 8)
			}
			fmt.Fprintf(&b, "BT /F1 8 Tf %.2f %d Td (%s) Tj ET\n", x, 700-12*r, c.s)
		}
	}
	return convertLines(t, b.String())
}

// TestSubHeadOverFigures: under a wide group heading a sub-heading set
// flush left in its cell ("Laki-laki", "Bobot", "Pagu") stands a river
// left of the figures set flush right under it and a cell's padding right
// of the column before. It heads the figures, which have no header of
// their own, not the column before it (a text column or another column of
// figures). Made-up satkers and figures.
func TestSubHeadOverFigures(t *testing.T) {
	L := func(x float64, s string) fcell { return fcell{x, false, s} }
	R := func(x float64, s string) fcell { return fcell{x, true, s} }
	for _, tc := range []struct {
		name string
		rows [][]fcell
		want []string
	}{
		{"voters: sub-headings after a column of figures", [][]fcell{
			{L(234, "Jumlah Pemilih")},
			{L(62, "No"), L(79, "Kecamatan"), L(169, "Desa"), L(204, "TPS")},
			{L(234, "Laki-laki"), L(304, "Perempuan"), L(354, "Total")},
			{R(72, "1"), L(79, "Alor Barat Daya"), R(196, "12"), R(226, "41"), R(296, "4.118"), R(346, "4.302"), R(396, "8.420")},
			{R(72, "2"), L(79, "Pantar Tengah"), R(196, "9"), R(226, "27"), R(296, "2.954"), R(346, "3.011"), R(396, "5.965")},
			{R(72, "3"), L(79, "Teluk Mutiara"), R(196, "11"), R(226, "38"), R(296, "3.760"), R(346, "3.905"), R(396, "7.665")},
			{L(79, "JUMLAH"), R(196, "32"), R(226, "106"), R(296, "10.832"), R(346, "11.218"), R(396, "22.050")},
		}, []string{
			"Jumlah Pemilih",
			"No\tKecamatan\tDesa\tTPS",
			"\t\t\t\tLaki-laki\tPerempuan\tTotal",
			"1\tAlor Barat Daya\t12\t41\t4.118\t4.302\t8.420",
			"2\tPantar Tengah\t9\t27\t2.954\t3.011\t5.965",
			"3\tTeluk Mutiara\t11\t38\t3.760\t3.905\t7.665",
			"\tJUMLAH\t32\t106\t10.832\t11.218\t22.050",
		}},
		{"evaluation: two sub-headings after a text column", [][]fcell{
			{L(250, "Hasil Penilaian")},
			{L(62, "No"), L(80, "Komponen")},
			{L(250, "Bobot"), L(330, "Skor")},
			{R(72, "1"), L(80, "Perencanaan Kinerja"), R(322, "30,00"), R(372, "21,15")},
			{R(72, "2"), L(80, "Pengukuran Kinerja"), R(322, "30,00"), R(372, "18,70")},
			{R(72, "3"), L(80, "Pelaporan Kinerja"), R(322, "15,00"), R(372, "10,05")},
			{R(72, "4"), L(80, "Evaluasi Akuntabilitas Kinerja Internal"), R(322, "25,00"), R(372, "15,40")},
			{L(80, "Nilai Akhir"), R(322, "100,00"), R(372, "65,30")},
		}, []string{
			"Hasil Penilaian",
			"No Komponen",
			"\t\tBobot\tSkor",
			"1\tPerencanaan Kinerja\t30,00\t21,15",
			"2\tPengukuran Kinerja\t30,00\t18,70",
			"3\tPelaporan Kinerja\t15,00\t10,05",
			"4\tEvaluasi Akuntabilitas Kinerja Internal\t25,00\t15,40",
			"\tNilai Akhir\t100,00\t65,30",
		}},
		{"budget: the first sub-heading only, the others over their figures", [][]fcell{
			{L(300, "Anggaran 2023 (Rp)")},
			{L(62, "Kode"), L(110, "Uraian"), L(520, "%")},
			{L(300, "Pagu"), L(395, "Realisasi"), L(460, "Sisa")},
			{L(62, "076.01.WA"), L(110, "Program Dukungan Manajemen"), R(390, "3.120.455.000"), R(455, "3.002.118.300"), R(515, "118.336.700"), R(545, "96,21")},
			{R(100, "3355"), L(110, "Pengelolaan Keuangan dan BMN"), R(390, "1.204.500.000"), R(455, "1.180.410.000"), R(515, "24.090.000"), R(545, "98,00")},
			{L(62, "076.01.CQ"), L(110, "Program Penyelenggaraan Pemilu"), R(390, "845.200.000"), R(455, "822.915.100"), R(515, "22.284.900"), R(545, "97,36")},
			{L(110, "JUMLAH"), R(390, "3.965.655.000"), R(455, "3.825.033.400"), R(515, "140.621.600"), R(545, "96,45")},
		}, []string{
			"Anggaran 2023 (Rp)",
			"Kode\tUraian\t\t\t\t%",
			"\t\tPagu\tRealisasi\tSisa",
			"076.01.WA\tProgram Dukungan Manajemen\t3.120.455.000\t3.002.118.300\t118.336.700\t96,21",
			"3355\tPengelolaan Keuangan dan BMN\t1.204.500.000\t1.180.410.000\t24.090.000\t98,00",
			"076.01.CQ\tProgram Penyelenggaraan Pemilu\t845.200.000\t822.915.100\t22.284.900\t97,36",
			"\tJUMLAH\t3.965.655.000\t3.825.033.400\t140.621.600\t96,45",
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			wantLines(t, ruleless(t, tc.rows), tc.want)
		})
	}
}
