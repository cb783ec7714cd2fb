package parse

import "testing"

// fpDoc sets a grid under a budget caption, a client's chrome around it.
func fpDoc(caption string, grid ...string) []string {
	out := []string{"Tabel 3.1 Pengukuran Kinerja", "", caption, "",
		"[Lampiran: hasil kueri basis data keuangan, dicetak]", ""}
	out = append(out, grid...)
	return append(out, "", "Sumber: SAKTI, diolah.", "")
}

// TestFullPathBudgetClass: a budget grid keyed by whole code paths, the
// DIPA's root the total, proven by the sums; glyph titles, row numbers,
// English, plain and Indonesian amounts.
func TestFullPathBudgetClass(t *testing.T) {
	const y24 = "Tabel 3.3 Realisasi Anggaran Tahun 2024"
	dbeaver := fpDoc(y24,
		"\tABC kode\tABC nama_program\t123 pagu_revisi\t123 realisasi\t123 sisa_dana\t123 serapan",
		"1\t076.01\tTotal Satker\t3,000,000,000.00\t2,850,000,000.00\t150,000,000.00\t95.00",
		"2\t076.01.WA\tProgram Dukungan Manajemen\t1,000,000,000.00\t960,000,000.00\t40,000,000.00\t96.00",
		"3\t076.01.WA.3355\tPengelolaan Keuangan\t400,000,000.00\t390,000,000.00\t10,000,000.00\t97.50",
		"4\t076.01.WA.3360\tOperasional Perkantoran\t600,000,000.00\t570,000,000.00\t30,000,000.00\t95.00",
		"5\t076.01.CQ\tProgram Penyelenggaraan Pemilu\t2,000,000,000.00\t1,890,000,000.00\t110,000,000.00\t94.50",
		"", "5 row(s) fetched - 12ms")
	// psql, the root last, plain amounts, no sisa, kegiatan before their program
	psql := fpDoc("Tabel 4 Realisasi Anggaran Tahun 2023",
		"   kode_lengkap   |        uraian          |     pagu      |   realisasi",
		"------------------+------------------------+---------------+---------------",
		" 076.01.CQ.6639   | Teknis Penyelenggaraan |  500000000.00 |  480000000.00",
		" 076.01.CQ        | Program Pemilu         |  500000000.00 |  480000000.00",
		" 076.01.WA        | Program Dukungan       |  250000000.00 |  240000000.00",
		" 076.01           | Jumlah                 |  750000000.00 |  720000000.00",
		"(4 rows)")
	// a child that does not sum to its program: nothing
	bad := fpDoc(y24,
		"#\t# kode_lengkap\tABC uraian\t123 pagu\t123 realisasi",
		"1\t076.01\tJumlah\t3,000,000,000.00\t2,850,000,000.00",
		"2\t076.01.WA\tDukungan\t1,000,000,000.00\t960,000,000.00",
		"3\t076.01.WA.3355\tKeuangan\t300,000,000.00\t290,000,000.00",
		"4\t076.01.CQ\tPemilu\t2,000,000,000.00\t1,890,000,000.00")
	// look-alike: a chart of accounts with whole codes and no amounts
	coa := fpDoc("Daftar Kode Anggaran",
		"\tABC kode\tABC uraian\tABC pagu_sumber\tABC realisasi_sumber",
		"1\t076.01\tSatker\tDIPA\tSAKTI",
		"2\t076.01.WA\tDukungan Manajemen\tDIPA\tSAKTI")
	checkDocs(t, []string{"anggaran"}, []docCase{{
		name: "DBeaver grid, English amounts, root first",
		body: dbeaver,
		want: map[string][]string{"anggaran": {
			"076.01.WA|program||2024|1000000000|960000000|40000000",
			"3355|kegiatan|076.01.WA|2024|400000000|390000000|10000000",
			"3360|kegiatan|076.01.WA|2024|600000000|570000000|30000000",
			"076.01.CQ|program||2024|2000000000|1890000000|110000000",
			"TOTAL|total||2024|3000000000|2850000000|150000000"}},
	}, {
		name: "psql grid, root last, no sisa",
		body: psql,
		want: map[string][]string{"anggaran": {
			"076.01.CQ|program||2023|500000000|480000000|20000000",
			"6639|kegiatan|076.01.CQ|2023|500000000|480000000|20000000",
			"076.01.WA|program||2023|250000000|240000000|10000000",
			"TOTAL|total||2023|750000000|720000000|30000000"}},
	}, {
		name: "kegiatan not summing to the program", body: bad, want: map[string][]string{},
	}, {
		name: "chart of accounts, no amounts", body: coa, want: map[string][]string{},
	}})
}
