package parse

import (
	"strings"
	"testing"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// The accounting tools' budget reports as the PDF route gives them
// (anggaran_acctree_tab.go): TAB rows without indentation, the column
// titles a TAB row of their own, cut anywhere.
func TestAccountTreeTabBudgetClass(t *testing.T) {
	want := []string{
		"076.01.WA|program||2024|800000000|720000000|80000000",
		"3357|kegiatan|076.01.WA|2024|500000000|450000000|50000000",
		"3358|kegiatan|076.01.WA|2024|300000000|270000000|30000000",
		"076.01.CQ|program||2024|200000000|150000000|50000000",
		"6639|kegiatan|076.01.CQ|2024|200000000|150000000|50000000",
		"TOTAL|total||2024|1000000000|870000000|130000000",
	}
	head := []string{"Tabel 3.2 Realisasi Anggaran Tahun 2024", ""}
	doc := func(lines ...string) []string {
		return append(append(append([]string(nil), head...), lines...), "", "Sumber: buku bendahara.", "")
	}
	tests := []docCase{
		{name: "QuickBooks Budget vs. Actuals: titles cut inside ('over Budget %' | 'of Budget'), parents on Total lines, Net Income after",
			body: doc("KPU Kabupaten Sikka", "Budget vs. Actuals: DIPA 2024 - FY24 P&L", "January - December 2024", "",
				"\tActual\tBudget\tover Budget %\tof Budget",
				"Expenses",
				"076.01.WA Program Dukungan Manajemen",
				"3357 Pengelolaan Perencanaan\t450.000.000\t500.000.000\t-50.000.000\t90,00 %",
				"3358 Pengelolaan SDM\t270.000.000\t300.000.000\t-30.000.000\t90,00 %",
				"Total 076.01.WA Program Dukungan Manajemen\t720.000.000\t800.000.000\t-80.000.000\t90,00 %",
				"076.01.CQ Program Penyelenggaraan Pemilu",
				"6639 Teknis Penyelenggaraan Pemilu\t150.000.000\t200.000.000\t-50.000.000\t75,00 %",
				"Total 076.01.CQ Program Penyelenggaraan Pemilu\t150.000.000\t200.000.000\t-50.000.000\t75,00 %",
				"Total Expenses\t870.000.000\t1.000.000.000\t-130.000.000\t87,00 %",
				"Net Income\t-870.000.000\t-1.000.000.000\t130.000.000"),
			want: map[string][]string{"anggaran": want}},
		{name: "Xero Budget Variance, English notation, Budget first, Variance as budget − actual, a title cut in two cells",
			body: doc("Budget Variance", "KPU Kabupaten Sikka", "For the year ended 31 December 2024", "",
				"Account\tBudget\tActual\tVari\tance",
				"Operating Expenses",
				"076.01.WA Program Dukungan Manajemen\t800,000,000\t720,000,000\t80,000,000",
				"3357 Pengelolaan Perencanaan\t500,000,000\t450,000,000\t50,000,000",
				"3358 Pengelolaan SDM\t300,000,000\t270,000,000\t30,000,000",
				"076.01.CQ Program Penyelenggaraan Pemilu\t200,000,000\t150,000,000\t50,000,000",
				"6639 Teknis Penyelenggaraan Pemilu\t200,000,000\t150,000,000\t50,000,000",
				"Total Operating Expenses\t1,000,000,000\t870,000,000\t130,000,000"),
			want: map[string][]string{"anggaran": nil}}, // "Vari" | "ance": no title it knows, nothing
		{name: "Xero Budget Variance, titles whole, parents with their own figures",
			body: doc("Budget Variance", "KPU Kabupaten Sikka", "For the year ended 31 December 2024", "",
				"Account\tBudget\tActual\tVariance",
				"Operating Expenses",
				"076.01.WA Program Dukungan Manajemen\t800,000,000\t720,000,000\t80,000,000",
				"3357 Pengelolaan Perencanaan\t500,000,000\t450,000,000\t50,000,000",
				"3358 Pengelolaan SDM\t300,000,000\t270,000,000\t30,000,000",
				"076.01.CQ Program Penyelenggaraan Pemilu\t200,000,000\t150,000,000\t50,000,000",
				"6639 Teknis Penyelenggaraan Pemilu\t200,000,000\t150,000,000\t50,000,000",
				"Total Operating Expenses\t1,000,000,000\t870,000,000\t130,000,000"),
			want: map[string][]string{"anggaran": want}},
		{name: "Accurate Anggaran vs Realisasi: Indonesian titles, Rp apart, the percent cut from its title",
			body: doc("Laporan Anggaran vs Realisasi (Accurate Online)", "Periode Januari s/d Desember 2024", "",
				"Perkiraan\tAnggaran\tRealisasi\tSelisih %\tSerapan",
				"Beban",
				"076.01.WA Program Dukungan Manajemen",
				"3357 Pengelolaan Perencanaan\tRp 500.000.000\tRp 450.000.000\tRp 50.000.000\t90,0",
				"3358 Pengelolaan SDM\tRp 300.000.000\tRp 270.000.000\tRp 30.000.000\t90,0",
				"Total Program Dukungan Manajemen\tRp 800.000.000\tRp 720.000.000\tRp 80.000.000\t90,0",
				"076.01.CQ Program Penyelenggaraan Pemilu",
				"6639 Teknis Penyelenggaraan Pemilu\tRp 200.000.000\tRp 150.000.000\tRp 50.000.000\t75,0",
				"Total 076.01.CQ\tRp 200.000.000\tRp 150.000.000\tRp 50.000.000\t75,0",
				"Total Beban\tRp 1.000.000.000\tRp 870.000.000\tRp 130.000.000\t87,0"),
			want: map[string][]string{"anggaran": want}},
		// look-alikes: nothing
		{name: "QuickBooks Profit and Loss: no budget column",
			body: doc("KPU Kabupaten Sikka", "Profit and Loss", "January - December 2024", "",
				"\tTotal",
				"Expenses",
				"076.01.WA Program Dukungan Manajemen",
				"3357 Pengelolaan Perencanaan\t450.000.000",
				"3358 Pengelolaan SDM\t270.000.000",
				"Total 076.01.WA Program Dukungan Manajemen\t720.000.000",
				"Total Expenses\t720.000.000",
				"Net Income\t-720.000.000"),
			want: map[string][]string{"anggaran": nil}},
		{name: "a shop's Budget vs. Actuals: no budget codes",
			body: doc("Toko Sinar Jaya", "Budget vs. Actuals: FY24 P&L", "",
				"\tActual\tBudget\tover Budget %\tof Budget",
				"Expenses",
				"Rent\t1.200.000\t1.200.000\t0\t100,00 %",
				"Utilities\t180.000\t200.000\t-20.000\t90,00 %",
				"Total Expenses\t1.380.000\t1.400.000\t-20.000\t98,57 %"),
			want: map[string][]string{"anggaran": nil}},
		{name: "a kegiatan whose figures do not prove its variance: nothing",
			body: doc("\tActual\tBudget\tover Budget %\tof Budget",
				"Expenses",
				"076.01.WA Program Dukungan Manajemen",
				"3357 Pengelolaan Perencanaan\t450.000.000\t500.000.000\t-40.000.000\t90,00 %",
				"3358 Pengelolaan SDM\t270.000.000\t300.000.000\t-30.000.000\t90,00 %",
				"Total 076.01.WA Program Dukungan Manajemen\t720.000.000\t800.000.000\t-80.000.000\t90,00 %",
				"Total Expenses\t720.000.000\t800.000.000\t-80.000.000\t90,00 %"),
			want: map[string][]string{"anggaran": nil}},
	}
	checkDocs(t, []string{"anggaran"}, tests)
}

// TestAccountTreeTabCodeColumn: an ordinary TAB budget table, its codes in
// a column of their own under a two-row header whose lower row opens with
// empty cells, is no account tree: the tree reader leaves it as written
// (its total's label "JUMLAH" stays the budget reader's to keep).
func TestAccountTreeTabCodeColumn(t *testing.T) {
	text := strings.Join([]string{"Tabel 3.3 Realisasi Anggaran Tahun 2019", "",
		"Kode\tProgram / Kegiatan\tAnggaran Tahun 2019 (Rp)\t\t\tPenyerapan",
		"\t\tPagu\tRealisasi\tSisa\tSerapan (%)",
		"076.01.WA\tProgram Dukungan Manajemen\t3.275.410.000\t3.234.342.252\t41.067.748\t98,75",
		"3355\tPengelolaan Keuangan dan Barang Milik Negara\t2.044.810.000\t2.019.337.452\t25.472.548\t98,75",
		"3360\tOperasional Perkantoran dan Dukungan Sarana Prasarana\t1.230.600.000\t1.215.004.800\t15.595.200\t98,73",
		"\tJUMLAH\t3.275.410.000\t3.234.342.252\t41.067.748\t98,75", ""}, "\n")
	doc := &facts.Document{}
	if got := string(accountTrees(doc, []byte(text))); got != text {
		t.Errorf("rewritten:\n%s", got)
	}
}
