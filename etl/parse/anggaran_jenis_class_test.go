package parse

import (
	"fmt"
	"strings"
	"testing"
)

// TestAnggaranJenisBelanja: the budget laid out per jenis belanja. As
// columns ("51 | 52 | 53" codes, or "Belanja Pegawai | Belanja Barang |
// Belanja Modal" spelled out) beside the row's total ("Jumlah Pagu",
// "Jumlah", "Total"): the jenis cells are parts of the pagu, never rows
// or the pagu itself; the row's pagu is its total column. As rows under
// each program or kegiatan ("51 Belanja Pegawai"): no facts either. Rows
// numbered 1 / 1.1 / 1.1.1 give program, kegiatan and output.
func TestAnggaranJenisBelanja(t *testing.T) {
	const capt = "Tabel 3.5 Realisasi Anggaran per Jenis Belanja Tahun 2022"
	wa := "2022 076.01.WA< 3000000000/2900000000/100000000 96.67"
	k3355 := "2022 3355<076.01.WA 1000000000/950000000/50000000 95"
	k3360 := "2022 3360<076.01.WA 2000000000/1950000000/50000000 97.5"
	tot := "2022 TOTAL< 3000000000/2900000000/100000000 96.67"
	// cols writes one row: a number, a code, a name, the three jenis
	// cells, total, realisasi and percent
	cols := func(no, kode, name, j51, j52, j53, jml, real, pct string) string {
		return strings.Join([]string{no, kode, name, j51, j52, j53, jml, real, pct}, "\t")
	}
	body := []string{
		cols("1", "076.01.WA", "Program Dukungan Manajemen", "", "", "", "3.000.000.000", "2.900.000.000", "96,67"),
		cols("1.1", "3355", "Pengelolaan Keuangan dan Barang Milik Negara", "400.000.000", "600.000.000", "-", "1.000.000.000", "950.000.000", "95,00"),
		cols("1.2", "3360", "Operasional Perkantoran", "-", "1.700.000.000", "300.000.000", "2.000.000.000", "1.950.000.000", "97,50"),
		cols("", "", "JUMLAH", "", "", "", "3.000.000.000", "2.900.000.000", "96,67"),
	}
	tests := []struct {
		name   string
		header string
		body   []string
		want   []string
	}{
		{"codes as columns", cols("No", "Kode", "Uraian", "51", "52", "53", "Jumlah Pagu", "Realisasi", "%"), body, []string{wa, k3355, k3360, tot}},
		{"spelled out, total named Jumlah", cols("No", "Kode", "Uraian", "Belanja Pegawai", "Belanja Barang", "Belanja Modal", "Jumlah", "Realisasi", "%"), body, []string{wa, k3355, k3360, tot}},
		{"codes with their names, total named Total Pagu", cols("No", "Kode", "Uraian", "51 Pegawai", "52 Barang", "53 Modal", "Total Pagu", "Realisasi", "%"), body, []string{wa, k3355, k3360, tot}},
		{"jenis as rows under each kegiatan", "No\tKode\tUraian\tPagu\tRealisasi\t%", []string{
			"1\t076.01.WA\tProgram Dukungan Manajemen\t3.000.000.000\t2.900.000.000\t96,67",
			"1.1\t3355\tPengelolaan Keuangan dan Barang Milik Negara\t1.000.000.000\t950.000.000\t95,00",
			"\t51\tBelanja Pegawai\t400.000.000\t390.000.000\t97,50",
			"\t52\tBelanja Barang\t600.000.000\t560.000.000\t93,33",
			"1.2\t3360\tOperasional Perkantoran\t2.000.000.000\t1.950.000.000\t97,50",
			"\t52\tBelanja Barang\t1.700.000.000\t1.660.000.000\t97,65",
			"\t53\tBelanja Modal\t300.000.000\t290.000.000\t96,67",
			"\t\tJUMLAH\t3.000.000.000\t2.900.000.000\t96,67"}, []string{wa, k3355, k3360, tot}},
	}
	for _, tc := range tests {
		d := parseDoc(t, tc.name, append([]string{capt, "", tc.header}, tc.body...)...)
		var got []string
		for _, a := range d.Anggaran {
			got = append(got, angRow(a))
		}
		if fmt.Sprint(got) != fmt.Sprint(tc.want) {
			t.Errorf("%s:\n got %q\nwant %q", tc.name, got, tc.want)
		}
	}
}
