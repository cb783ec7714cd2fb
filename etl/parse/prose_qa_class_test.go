package parse

import "testing"

// TestProseQA: a question-and-answer chapter ("Tanya: … Jawab: …") tells
// the budget of each program by its official name alone and the RB
// result with "setara"; the program's amounts are its own, not the
// year's total, and a clause naming both programs before one amount
// proves neither.
func TestProseQA(t *testing.T) {
	total := "TOTAL|total||2024|5000000000|4800000000|200000000"
	ang := func(rows ...string) map[string][]string { return map[string][]string{"anggaran": rows} }
	checkDocs(t, []string{"anggaran", "rb"}, []docCase{
		{"programs by name, total apart", []string{"Tanya: Berapa pagu dan realisasi anggaran tahun 2024?",
			"Jawab: Pagu DIPA tahun 2024 sebesar Rp 5.000.000.000 dengan realisasi Rp 4.800.000.000 atau 96,00%.", "",
			"Tanya: Bagaimana rinciannya per program?",
			"Jawab: Program Dukungan Manajemen memperoleh pagu Rp 3.000.000.000 dan terealisasi Rp",
			"2.900.000.000 (96,67%), sedangkan Program Penyelenggaraan Pemilu dalam Proses Konsolidasi",
			"Demokrasi memperoleh pagu Rp 2.000.000.000 dan terealisasi Rp 1.900.000.000 (95,00%)."},
			ang(total, "076.01.WA|program||2024|3000000000|2900000000|100000000", "076.01.CQ|program||2024|2000000000|1900000000|100000000")},
		{"both programs named before one amount: no program row", []string{
			"Jawab: Program Dukungan Manajemen dan Program Penyelenggaraan Pemilu dalam Proses Konsolidasi Demokrasi",
			"memperoleh pagu seluruhnya Rp 5.000.000.000 dengan realisasi Rp 4.800.000.000 (96,00%)."}, ang(total)},
		{"the older program's name is another program", []string{
			"Program Dukungan Manajemen dan Pelaksanaan Tugas Teknis Lainnya memperoleh pagu Rp 5.000.000.000",
			"dan terealisasi Rp 4.800.000.000 (96,00%)."}, ang(total)},
		{"RB result with setara", []string{"Tanya: Bagaimana hasil evaluasi Reformasi Birokrasi?",
			"Jawab: Evaluasi Reformasi Birokrasi tahun 2024 memberikan nilai 24,63 dari bobot 36,30, setara 67,85%."},
			map[string][]string{"rb": {"2024|24.63"}}},
	})
}
