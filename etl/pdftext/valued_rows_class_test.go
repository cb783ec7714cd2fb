package pdftext

import (
	"fmt"
	"strings"
	"testing"
)

// TestValuedLinesAreRows: a plain-text table typed at one pitch, with a
// wider step only under its header (the rule), gives each line holding a
// label and amounts in two columns a row of its own: an unnumbered
// subtotal or total under a numbered row, a budget row opened by its code;
// a wrapped name still joins its row. Made-up figures.
func TestValuedLinesAreRows(t *testing.T) {
	tests := []struct {
		name   string
		header []string
		body   []string // Courier 8 pt, one per 9 pt, 13 pt under the header
		want   []string
	}{
		{"dapil subtotals under numbered kecamatan", []string{
			"No  Kecamatan        TPS  L      P      L+P",
		}, []string{
			"1   Atambua Barat    31   4.120  4.388  8.508",
			"2   Atambua Selatan  27   3.905  4.011  7.916",
			"    Jumlah Dapil 1   58   8.025  8.399  16.424",
			"3   Tasifeto Timur   40   5.310  5.602  10.912",
			"    Jumlah Dapil 2   40   5.310  5.602  10.912",
			"    JUMLAH           98   13.335 14.001 27.336",
		}, []string{
			"No\tKecamatan\tTPS\tL\tP\tL+P",
			"1\tAtambua Barat\t31\t4.120\t4.388\t8.508",
			"2\tAtambua Selatan\t27\t3.905\t4.011\t7.916",
			"\tJumlah Dapil 1\t58\t8.025\t8.399\t16.424",
			"3\tTasifeto Timur\t40\t5.310\t5.602\t10.912",
			"\tJumlah Dapil 2\t40\t5.310\t5.602\t10.912",
			"\tJUMLAH\t98\t13.335\t14.001\t27.336",
		}},
		{"final score under the last component", []string{
			"No  Komponen                      Bobot   Nilai",
		}, []string{
			"1   Perencanaan Kinerja           30,00   20,10",
			"2   Pengukuran Kinerja            30,00   19,75",
			"3   Pelaporan Kinerja             15,00   10,20",
			"4   Evaluasi Internal             25,00   14,40",
			"    Nilai Akhir                  100,00   64,45",
		}, []string{
			"No\tKomponen\tBobot\tNilai",
			"1\tPerencanaan Kinerja\t30,00\t20,10",
			"2\tPengukuran Kinerja\t30,00\t19,75",
			"3\tPelaporan Kinerja\t15,00\t10,20",
			"4\tEvaluasi Internal\t25,00\t14,40",
			"\tNilai Akhir\t100,00\t64,45",
		}},
		{"budget rows opened by a code, names wrapped", []string{
			"Kode       Program / Kegiatan      Pagu            Realisasi",
		}, []string{
			"076.01.WA  Program Dukungan        1.950.000.000   1.902.400.000",
			"           Manajemen",
			"3358       Pengelolaan Sumber      412.000.000     405.300.000",
			"           Daya Manusia",
			"3360       Operasional             1.538.000.000   1.497.100.000",
			"           Perkantoran",
			"           JUMLAH                  1.950.000.000   1.902.400.000",
		}, []string{
			"Kode\tProgram / Kegiatan\tPagu\tRealisasi",
			"076.01.WA\tProgram Dukungan Manajemen\t1.950.000.000\t1.902.400.000",
			"3358\tPengelolaan Sumber Daya Manusia\t412.000.000\t405.300.000",
			"3360\tOperasional Perkantoran\t1.538.000.000\t1.497.100.000",
			"\tJUMLAH\t1.950.000.000\t1.902.400.000",
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			wantLines(t, convertLines(t, typedUnderRule(tc.header, tc.body)), tc.want)
		})
	}
}

// typedUnderRule sets header and body lines in Courier 8 pt, one per 9 pt,
// with 4 pt more under the header for its rule.
func typedUnderRule(header, body []string) string {
	var b strings.Builder
	y := 700
	for _, l := range header {
		fmt.Fprintf(&b, "BT /F2 8 Tf 60 %d Td (%s) Tj ET\n", y, l)
		y -= 9
	}
	y -= 4
	for _, l := range body {
		fmt.Fprintf(&b, "BT /F2 8 Tf 60 %d Td (%s) Tj ET\n", y, l)
		y -= 9
	}
	return b.String()
}
