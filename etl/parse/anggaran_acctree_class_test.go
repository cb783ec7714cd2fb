package parse

import "testing"

// The budget as an accounting tool's account tree (anggaran_acctree.go):
// levels by indentation or ':' paths, parents with their own figures on
// their line or in a Total line, accounting column titles.
func TestAccountTreeBudgetClass(t *testing.T) {
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
		{name: "GnuCash budget report: root Beban, figures on the parents' lines, Total Beban",
			body: doc("Laporan Anggaran - KPU Kabupaten Sikka.gnucash",
				"Anggaran: DIPA 2024    Periode: 01/01/2024 - 31/12/2024", "",
				"Akun                                                    Anggaran        Aktual       Selisih       %",
				"Beban",
				"  076.01.WA Program Dukungan Manajemen               800.000.000   720.000.000    80.000.000   90,00",
				"    3357 Pengelolaan Perencanaan, Data dan Informasi  500.000.000   450.000.000    50.000.000   90,00",
				"    3358 Pengelolaan Sumber Daya Manusia              300.000.000   270.000.000    30.000.000   90,00",
				"  076.01.CQ Program Penyelenggaraan Pemilu           200.000.000   150.000.000    50.000.000   75,00",
				"    6639 Teknis Penyelenggaraan Pemilu                200.000.000   150.000.000    50.000.000   75,00",
				"Total Beban                                        1.000.000.000   870.000.000   130.000.000   87,00"),
			want: map[string][]string{"anggaran": want}},
		{name: "GnuCash account tree: parents bare, a Total line per parent, variance negative, no percent",
			body: doc("Rekening                                             Anggaran       Realisasi         Selisih",
				"Belanja",
				"   076.01.WA Program Dukungan Manajemen",
				"      3357 Pengelolaan Perencanaan                  500.000.000     450.000.000     -50.000.000",
				"      3358 Pengelolaan SDM                          300.000.000     270.000.000     -30.000.000",
				"   Total 076.01.WA Program Dukungan Manajemen       800.000.000     720.000.000     -80.000.000",
				"   076.01.CQ Program Penyelenggaraan Pemilu",
				"      6639 Teknis Penyelenggaraan Pemilu            200.000.000     150.000.000     -50.000.000",
				"   Total 076.01.CQ Program Penyelenggaraan Pemilu   200.000.000     150.000.000     -50.000.000",
				"Total Belanja                                     1.000.000.000     870.000.000    -130.000.000"),
			want: map[string][]string{"anggaran": want}},
		{name: "hledger balance: figures first, accounts as ':' paths, the total under a rule",
			body: doc("$ hledger balance --budget -f dipa2024.journal (diketik ulang)", "",
				"       Anggaran        Realisasi           Sisa  Akun",
				"Rp 800.000.000   Rp 720.000.000   Rp 80.000.000  Beban:076.01.WA Program Dukungan Manajemen",
				"Rp 500.000.000   Rp 450.000.000   Rp 50.000.000  Beban:076.01.WA Program Dukungan Manajemen:3357 Pengelolaan Perencanaan",
				"Rp 300.000.000   Rp 270.000.000   Rp 30.000.000  Beban:076.01.WA Program Dukungan Manajemen:3358 Pengelolaan SDM",
				"Rp 200.000.000   Rp 150.000.000   Rp 50.000.000  Beban:076.01.CQ Program Penyelenggaraan Pemilu",
				"Rp 200.000.000   Rp 150.000.000   Rp 50.000.000  Beban:076.01.CQ Program Penyelenggaraan Pemilu:6639 Teknis Pemilu",
				"--------------------------------------------------",
				"Rp 1.000.000.000 Rp 870.000.000  Rp 130.000.000"),
			want: map[string][]string{"anggaran": want}},
		{name: "hledger tree mode: figures first, the account's indentation after them, the root's own figures",
			body: doc("$ hledger bal --tree --budget Beban", "",
				"        Anggaran        Realisasi  Akun",
				"Rp 1.000.000.000   Rp 870.000.000  Beban",
				"  Rp 800.000.000   Rp 720.000.000    076.01.WA Program Dukungan Manajemen",
				"  Rp 500.000.000   Rp 450.000.000      3357 Pengelolaan Perencanaan",
				"  Rp 300.000.000   Rp 270.000.000      3358 Pengelolaan SDM",
				"  Rp 200.000.000   Rp 150.000.000    076.01.CQ Program Penyelenggaraan Pemilu",
				"  Rp 200.000.000   Rp 150.000.000      6639 Teknis Penyelenggaraan Pemilu"),
			want: map[string][]string{"anggaran": want}},
		{name: "English budget vs actual: Over Budget signed the other way, % of Budget, English notation",
			body: doc("Profit & Loss Budget vs. Actual    January through December 2024", "",
				"Account                                   Actual          Budget     $ Over Budget   % of Budget",
				"Expenses",
				"  076.01.WA Program Dukungan Manajemen    720,000,000     800,000,000     -80,000,000      90.0%",
				"    3357 Pengelolaan Perencanaan          450,000,000     500,000,000     -50,000,000      90.0%",
				"    3358 Pengelolaan SDM                  270,000,000     300,000,000     -30,000,000      90.0%",
				"  076.01.CQ Program Penyelenggaraan Pemilu 150,000,000    200,000,000     -50,000,000      75.0%",
				"    6639 Teknis Penyelenggaraan Pemilu    150,000,000     200,000,000     -50,000,000      75.0%",
				"Total Expenses                            870,000,000   1,000,000,000    -130,000,000      87.0%"),
			want: map[string][]string{"anggaran": want}},
		{name: "KMyMoney-like tree: three levels, Total lines by name alone, negatives in parentheses, Persen",
			body: doc("Perkiraan                                          Pagu         Realisasi          Sisa     Persen",
				"Beban",
				"  076.01.WA Program Dukungan Manajemen",
				"    3357 Pengelolaan Perencanaan",
				"      3357.EBA.962 Layanan Umum                500.000.000       450.000.000    50.000.000      90,0",
				"    Total Pengelolaan Perencanaan              500.000.000       450.000.000    50.000.000      90,0",
				"    3358 Pengelolaan SDM                       300.000.000       310.000.000   (10.000.000)    103,3",
				"  Total Program Dukungan Manajemen             800.000.000       760.000.000    40.000.000      95,0",
				"  076.01.CQ Program Penyelenggaraan Pemilu     200.000.000       150.000.000    50.000.000      75,0",
				"    6639 Teknis Penyelenggaraan Pemilu         200.000.000       150.000.000    50.000.000      75,0",
				"Total Beban                                  1.000.000.000       910.000.000    90.000.000      91,0"),
			want: map[string][]string{"anggaran": {
				"076.01.WA|program||2024|800000000|760000000|40000000",
				"3357|kegiatan|076.01.WA|2024|500000000|450000000|50000000",
				"3357.EBA.962|output|3357|2024|500000000|450000000|50000000",
				"3358|kegiatan|076.01.WA|2024|300000000|310000000|-10000000",
				"076.01.CQ|program||2024|200000000|150000000|50000000",
				"6639|kegiatan|076.01.CQ|2024|200000000|150000000|50000000",
				"TOTAL|total||2024|1000000000|910000000|90000000"}}},
		// look-alikes: nothing
		{name: "household GnuCash budget: no budget codes",
			body: doc("Account                  Budget       Actual     Difference",
				"Expenses",
				"  Groceries              600.00       550.00          50.00",
				"  Rent                 1,200.00     1,200.00           0.00",
				"  Utilities              200.00       180.00          20.00",
				"Total Expenses         2,000.00     1,930.00          70.00"),
			want: map[string][]string{"anggaran": nil}},
		{name: "a shop's budget by its own account numbers",
			body: doc("Akun                          Anggaran        Aktual       Selisih",
				"Beban Usaha",
				"  5-100 Beban Gaji          12.000.000    11.500.000       500.000",
				"  5-200 Beban Sewa Toko      6.000.000     6.000.000             0",
				"  5-300 Beban Listrik        1.800.000     1.650.000       150.000",
				"Total Beban Usaha           19.800.000    19.150.000       650.000"),
			want: map[string][]string{"anggaran": nil}},
		{name: "a shop's trial balance: debit and credit, account numbers",
			body: doc("NERACA SALDO - TOKO SINAR JAYA                Per 31 Desember 2024", "",
				"Akun                              Debit            Kredit",
				"Aset",
				"  1-1100 Kas                  25.000.000",
				"  1-1200 Piutang Usaha        12.500.000",
				"Beban",
				"  6-1000 Beban Gaji           48.000.000",
				"Pendapatan",
				"  4-1000 Penjualan                           85.500.000",
				"Total                         85.500.000     85.500.000"),
			want: map[string][]string{"anggaran": nil}},
		{name: "an hledger household budget: paths without budget codes",
			body: doc("          Budget          Actual    Account",
				"    Rp 3.000.000    Rp 2.750.000    expenses:food:groceries",
				"    Rp 1.500.000    Rp 1.500.000    expenses:housing:rent",
				"    Rp   500.000    Rp   420.000    expenses:transport",
				"----------------------------------------",
				"    Rp 5.000.000    Rp 4.670.000"),
			want: map[string][]string{"anggaran": nil}},
		{name: "a tree whose kegiatan do not add up to the program: nothing",
			body: doc("Akun                                                    Anggaran        Aktual       Selisih",
				"Beban",
				"  076.01.WA Program Dukungan Manajemen               800.000.000   720.000.000    80.000.000",
				"    3357 Pengelolaan Perencanaan                      500.000.000   450.000.000    50.000.000",
				"    3358 Pengelolaan Sumber Daya Manusia              310.000.000   270.000.000    40.000.000",
				"  076.01.CQ Program Penyelenggaraan Pemilu           200.000.000   150.000.000    50.000.000",
				"    6639 Teknis Penyelenggaraan Pemilu                200.000.000   150.000.000    50.000.000",
				"Total Beban                                        1.000.000.000   870.000.000   130.000.000"),
			want: map[string][]string{"anggaran": nil}},
	}
	checkDocs(t, []string{"anggaran"}, tests)
}

// TestAccountTreeFinding: a tree whose kegiatan do not add up to their
// program is left as written, and a finding says why.
func TestAccountTreeFinding(t *testing.T) {
	d := parseDoc(t, "acctree-finding", "Tabel 3.2 Realisasi Anggaran Tahun 2024", "",
		"Akun                                                    Anggaran        Aktual       Selisih",
		"Beban",
		"  076.01.WA Program Dukungan Manajemen               800.000.000   720.000.000    80.000.000",
		"    3357 Pengelolaan Perencanaan                      510.000.000   450.000.000    60.000.000",
		"    3358 Pengelolaan Sumber Daya Manusia              300.000.000   270.000.000    30.000.000",
		"Total Beban                                          800.000.000   720.000.000    80.000.000", "")
	n := 0
	for _, f := range d.Findings {
		if f.Aturan == "anggaran.pohon_akun" {
			n++
		}
	}
	if n != 1 {
		t.Errorf("anggaran.pohon_akun findings: got %d, want 1", n)
	}
}
