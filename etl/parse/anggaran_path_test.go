package parse

import "testing"

// budgetDoc is a budget table of caption (unit and year) and rows, under
// the header "Kode | Uraian | Pagu | Realisasi | Sisa | %".
func budgetDoc(caption string, rows ...string) []string {
	return append([]string{caption, "", "Kode\tUraian\tPagu\tRealisasi\tSisa\t%"}, rows...)
}

// TestBudgetCodeClasses:
//   - a line coded with its whole path (program.kegiatan,
//     program.kegiatan.KRO.RO, with or without BA and eselon) is read at
//     the level and under the parent the path names, the row above
//     notwithstanding; a path whose segments do not all have their level's
//     shape is no code and its row is not read;
//   - an output written as KRO.RO alone belongs to the kegiatan above it,
//     and under no kegiatan is not read;
//   - a program row written by its official name alone is that program;
//     the older program of a similar name, a shortened name and a kegiatan
//     name are no code;
//   - a kegiatan row written by its whole official name alone, under the
//     program it belongs to, is that kegiatan; under the other program, or
//     shortened, it is no code.
func TestBudgetCodeClasses(t *testing.T) {
	const cap24 = "Tabel 3.3 Realisasi Anggaran Tahun 2024"
	const wa = "076.01.WA\tProgram Dukungan Manajemen\t2.000.000.000\t1.900.000.000\t100.000.000\t95,00"
	const waRow = "076.01.WA|program||2024|2000000000|1900000000|100000000"
	line := func(code string) string {
		return code + "\tSuatu Baris\t1.000.000.000\t950.000.000\t50.000.000\t95,00"
	}
	read := func(kode, tingkat, induk string) []string {
		return []string{waRow, kode + "|" + tingkat + "|" + induk + "|2024|1000000000|950000000|50000000"}
	}
	named := func(name string) []string {
		return []string{"Tabel 3.6 Realisasi Anggaran Tahun 2024", "", "Program/Kegiatan\tPagu\tRealisasi\tSisa\t%",
			name + "\t3.000.000.000\t2.900.000.000\t100.000.000\t96,67", "Jumlah\t3.000.000.000\t2.900.000.000\t100.000.000\t96,67"}
	}
	const total = "TOTAL|total||2024|3000000000|2900000000|100000000"
	checkDocs(t, []string{"anggaran"}, []docCase{
		{name: "program.kegiatan", body: budgetDoc(cap24, wa, line("076.01.WA.3355")), want: map[string][]string{"anggaran": read("3355", "kegiatan", "076.01.WA")}},
		{name: "program.kegiatan.KRO.RO", body: budgetDoc(cap24, wa, line("076.01.WA.3355.EBD.955")), want: map[string][]string{"anggaran": read("3355.EBD.955", "output", "3355")}},
		{name: "without BA and eselon", body: budgetDoc(cap24, wa, line("WA.3355.EBD.955")), want: map[string][]string{"anggaran": read("3355.EBD.955", "output", "3355")}},
		{name: "the path's program, not the row above's", body: budgetDoc(cap24, wa, line("076.01.CQ.6640")), want: map[string][]string{"anggaran": read("6640", "kegiatan", "076.01.CQ")}},
		{name: "five-digit kegiatan", body: budgetDoc(cap24, wa, line("076.01.WA.33555")), want: map[string][]string{"anggaran": {waRow}}},
		{name: "one-digit eselon", body: budgetDoc(cap24, wa, line("076.1.WA.3355")), want: map[string][]string{"anggaran": {waRow}}},
		{name: "two-letter KRO", body: budgetDoc(cap24, wa, line("076.01.WA.3355.EB.955")), want: map[string][]string{"anggaran": {waRow}}},
		{name: "a KRO alone is no level", body: budgetDoc(cap24, wa, line("076.01.WA.3355.EBD")), want: map[string][]string{"anggaran": {waRow}}},
		{name: "KRO.RO under a kegiatan", body: budgetDoc(cap24, wa, line("3355"), "EBA.956\tLayanan BMN\t400.000.000\t380.000.000\t20.000.000\t95,00"),
			want: map[string][]string{"anggaran": append(read("3355", "kegiatan", "076.01.WA"), "3355.EBA.956|output|3355|2024|400000000|380000000|20000000")}},
		{name: "KRO.RO under no kegiatan", body: budgetDoc(cap24, wa, line("EBA.956")), want: map[string][]string{"anggaran": {waRow}}},
		{name: "Program Dukungan Manajemen", body: named("Program Dukungan Manajemen"),
			want: map[string][]string{"anggaran": {"076.01.WA|program||2024|3000000000|2900000000|100000000", total}}},
		{name: "the CQ program's name in capitals", body: named("PROGRAM PENYELENGGARAAN PEMILU DALAM PROSES KONSOLIDASI DEMOKRASI"),
			want: map[string][]string{"anggaran": {"076.01.CQ|program||2024|3000000000|2900000000|100000000", total}}},
		{name: "the older program", body: named("Program Dukungan Manajemen dan Pelaksanaan Tugas Teknis Lainnya KPU"), want: map[string][]string{"anggaran": {total}}},
		{name: "a shortened name", body: named("Program Penyelenggaraan Pemilu"), want: map[string][]string{"anggaran": {total}}},
		{name: "a kegiatan's name", body: named("Pengelolaan Keuangan dan Barang Milik Negara"), want: map[string][]string{"anggaran": {total}}},
		{name: "kegiatan by name under their programs", body: []string{"Tabel 3.6 Realisasi Anggaran Tahun 2024", "", "Program/Kegiatan\tPagu\tRealisasi\tSisa",
			"Program Dukungan Manajemen\t3.000.000.000\t2.900.000.000\t100.000.000",
			"Pengelolaan Keuangan dan BMN\t1.000.000.000\t950.000.000\t50.000.000",
			"Sosialisasi dan Partisipasi Masyarakat\t500.000.000\t450.000.000\t50.000.000",
			"Pengelolaan SDM\t2.000.000.000\t1.950.000.000\t50.000.000",
			"Operasional Perkantoran\t1.000.000.000\t950.000.000\t50.000.000"},
			want: map[string][]string{"anggaran": {"076.01.WA|program||2024|3000000000|2900000000|100000000",
				"3355|kegiatan|076.01.WA|2024|1000000000|950000000|50000000", "3358|kegiatan|076.01.WA|2024|2000000000|1950000000|50000000"}}},
	})
}

// TestSisaInParentheses: "(1.275)" in a Sisa column is an overspent
// line's negative sisa when pagu − realisasi proves it, in the table's
// unit; unproven, or a note in parentheses, it loads NULL with a finding
// (anggaran.sisa_tidak_terbukti).
func TestSisaInParentheses(t *testing.T) {
	const ribu = "Tabel 3.5 Realisasi Anggaran Tahun 2022 (Rp ribu)"
	over := func(sisa string) string { return "WA.3360\tOperasional\t1.905.318\t1.906.593\t" + sisa + "\t100,07" }
	under := func(sisa string) string { return "WA.3360\tOperasional\t1.905.318\t1.904.043\t" + sisa + "\t99,93" }
	row := func(real, sisa string) []string {
		return []string{"3360|kegiatan|076.01.WA|2022|1905318000|" + real + "|" + sisa}
	}
	tests := []docCase{
		{name: "proven, Rp ribu", body: budgetDoc(ribu, over("(1.275)")), want: map[string][]string{"anggaran": row("1906593000", "-1275000")}},
		{name: "proven, rupiah with Rp", body: budgetDoc("Tabel 3.5 Realisasi Anggaran Tahun 2022",
			"WA.3360\tOperasional\t1.905.318.000\t1.906.593.000\tRp (1.275.000)\t100,07"), want: map[string][]string{"anggaran": row("1906593000", "-1275000")}},
		{name: "pagu − realisasi says otherwise", body: budgetDoc(ribu, over("(1.725)")), want: map[string][]string{"anggaran": row("1906593000", "<nil>")}},
		{name: "underspent, written in parentheses", body: budgetDoc(ribu, under("(1.275)")), want: map[string][]string{"anggaran": row("1904043000", "<nil>")}},
		{name: "a plain sisa is read as before", body: budgetDoc(ribu, under("1.275")), want: map[string][]string{"anggaran": row("1904043000", "1275000")}},
	}
	checkDocs(t, []string{"anggaran"}, tests)
	for _, tc := range tests {
		if d := parseDoc(t, tc.name, tc.body...); hasRule(d, "anggaran.sisa_tidak_terbukti") != (tc.want["anggaran"][0][len(tc.want["anggaran"][0])-5:] == "<nil>") {
			t.Errorf("%s: finding anggaran.sisa_tidak_terbukti %v", tc.name, hasRule(d, "anggaran.sisa_tidak_terbukti"))
		}
	}
}
