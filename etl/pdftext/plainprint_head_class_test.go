package pdftext

import (
	"context"
	"strings"
	"testing"
)

// TestPlainPrintWideHeaderClass: a TAB table whose header is wider than
// the printed page (a GIS attribute table's field names, a budget with
// many columns) has its header wrapped by the printer as well as its rows;
// the header's tail joins again when the first row proves the width, every
// wrapped row then joins to the header's count, and a statistics line
// whose TAB expanded to one space ("Minimum 8") reads as a row inside its
// table. A header tail the rows do not prove stays as printed.
func TestPlainPrintWideHeaderClass(t *testing.T) {
	notepad := printSetup{w: 595, h: 842, size: 9, lead: 11.25, side: 57, top: 71,
		head: "lkj_alor_2021.txt", foot: "Halaman %d"}
	enscript := printSetup{w: 612, h: 792, size: 10, lead: 11.5, side: 72, top: 60,
		head: "LKj KPU Belu 2020.txt", foot: "Page %d of 4"}
	prose := strings.Repeat("Tabel atribut lapisan peta dicetak dari berkas teks laporan.\n", 4)
	// a page of TAB rows before the table: the print is recognised by its stops
	lead := strings.Repeat("Uraian\tdata\tawal\n", 70)
	tests := []struct {
		name string
		ps   printSetup
		text string
		want []string // rows the output holds, in order
	}{
		{"attribute table, header and rows wrapped", notepad,
			lead + prose + "\nTabel 3.5 Atribut Lapisan\n\n" +
				"objectid\tKODE_KC\tNAMA_KEC\tKAB\tPROV\tPERIMETER\tLUAS_HA\tJML_DESA\tJML_TPS\tPEM_LK\tPEM_PR\tPEM_TOT\n" +
				"1\t53.05.01\tALOR BARAT DAYA\tALOR\tNUSA TENGGARA TIMUR\t0.612044\t0.0187001\t14\t31\t4012\t4221\t8233\n" +
				"2\t53.05.02\tTELUK MUTIARA\tALOR\tNUSA TENGGARA TIMUR\t0.402311\t0.0064410\t9\t47\t7120\t7345\t14465\n" +
				"3\t53.05.03\tPANTAR TIMUR\tALOR\tNUSA TENGGARA TIMUR\t0.733905\t0.0210077\t11\t22\t2840\t2993\t5833\n\n" +
				"Statistik kolom JML_TPS\nStatistik\tNilai\nCacah\t3\nJumlah\t100\nMinimum\t22\nMaksimum\t47\n\nSelesai.\n",
			[]string{
				"objectid\tKODE_KC\tNAMA_KEC\tKAB\tPROV\tPERIMETER\tLUAS_HA\tJML_DESA\tJML_TPS\tPEM_LK\tPEM_PR\tPEM_TOT",
				"1\t53.05.01\tALOR BARAT DAYA\tALOR\tNUSA TENGGARA TIMUR\t0.612044\t0.0187001\t14\t31\t4012\t4221\t8233",
				"2\t53.05.02\tTELUK MUTIARA\tALOR\tNUSA TENGGARA TIMUR\t0.402311\t0.0064410\t9\t47\t7120\t7345\t14465",
				"3\t53.05.03\tPANTAR TIMUR\tALOR\tNUSA TENGGARA TIMUR\t0.733905\t0.0210077\t11\t22\t2840\t2993\t5833",
				"Jumlah\t100", "Minimum\t22", "Maksimum\t47",
			}},
		{"budget header of many columns wrapped", enscript,
			lead + prose + "\nTabel 3.3 Realisasi\n\n" +
				"Kode\tUraian\tPagu Awal\tPagu Revisi\tRealisasi\tSisa Dana\tSerapan\n" +
				"3360\tOperasional Kantor\t910.000.000\t905.500.000\t881.200.500\t24.299.500\t97,32\n" +
				"6709\tPemutakhiran Data\t210.400.000\t208.000.000\t199.950.000\t8.050.000\t96,13\n\n" + prose,
			[]string{
				"Kode\tUraian\tPagu Awal\tPagu Revisi\tRealisasi\tSisa Dana\tSerapan",
				"3360\tOperasional Kantor\t910.000.000\t905.500.000\t881.200.500\t24.299.500\t97,32",
				"6709\tPemutakhiran Data\t210.400.000\t208.000.000\t199.950.000\t8.050.000\t96,13",
			}},
		{"statistics rows, a TAB of one space between two rows", notepad,
			lead + prose + "\nKolom: PEM_LK\nStatistik\tNilai\nCacah\t9\nJumlah\t41203\nRerata\t4578.1111\nMinimum\t3015\nMaksimum\t6220\n\nSumber: QGIS.\n",
			[]string{"Statistik\tNilai", "Jumlah\t41203", "Minimum\t3015", "Maksimum\t6220"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkPrinted(t, tc.ps, tc.text, tc.want, nil)
		})
	}
}

// TestPlainPrintWideHeaderUnproven: a header followed by a line of names
// that the next row does not fit (it holds the first line's count) keeps
// both lines as printed: nothing proves they were one.
func TestPlainPrintWideHeaderUnproven(t *testing.T) {
	pp := &plainPrint{cols: 64}
	a := "No      Nama Kecamatan  Desa    TPS     Laki-laki       Perempuan"
	b := "Jumlah"
	row := "1       Lobalain        12      26      3967    4137"
	next := func(i int) string { return []string{"", b, row, "", ""}[i] }
	if got, _, ok := pp.wrappedHead(a, 6, next); ok {
		t.Errorf("joined %q", got)
	}
	// A lone label and figure with no table row after it stays prose.
	if got, n := stopSpacedRow("Minimum 8", "Minimum 8", "Cacah\t10", "", 2); n != 1 || got != "Minimum 8" {
		t.Errorf("got %q %d", got, n)
	}
}

// checkPrinted prints text with ps, reads the print back and checks that
// the output holds want in order and none of not.
func checkPrinted(t *testing.T, ps printSetup, text string, want, not []string) {
	t.Helper()
	res, err := Convert(context.Background(), printText(ps, text), Options{})
	if err != nil {
		t.Fatal(err)
	}
	k := 0
	var got []string
	for _, l := range strings.Split(string(res.Text), "\n") {
		got = append(got, l)
		if k < len(want) && l == want[k] {
			k++
		}
		for _, n := range not {
			if strings.Contains(l, n) {
				t.Errorf("line %q kept", l)
			}
		}
	}
	if k < len(want) {
		t.Errorf("row %q missing; got:\n%s", want[k], strings.Join(got, "\n"))
	}
}
