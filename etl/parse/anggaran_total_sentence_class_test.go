package parse

import "testing"

// TestBudgetTotalSentence: a budget table printed without its total row
// states the total in a sentence under it, every figure after the name of
// its column. The sentence is the table's total row; a sentence naming a
// measure the table has no column for, or one under a table that prints
// its own total, stays prose (no second TOTAL).
func TestBudgetTotalSentence(t *testing.T) {
	form := barred("Tabel 3.3 Realisasi Anggaran Tahun 2021", "",
		"Tanggal isi|Kode kegiatan|Uraian kegiatan|Pagu (Rp)|Realisasi s.d. Desember|Sisa (Rp)|Serapan (%)",
		"12/01/2022 8:02:11|076.01.WA|Program Dukungan Manajemen|3.000.000.000|2.910.000.000|90.000.000|97,00",
		"12/01/2022 8:30:40|076.01.CQ|Program Penyelenggaraan Pemilu|1.000.000.000|940.000.000|60.000.000|94,00",
		"",
		"Jumlah (dihitung otomatis dari isian formulir): Uraian kegiatan JUMLAH; Pagu 4.000.000.000; Realisasi 3.850.000.000; Sisa 150.000.000; Serapan (%) 96,25.", "")
	glued := barred("Tabel 3.2 Realisasi Anggaran Tahun 2019", "",
		"Kode|Program|Anggaran|Realisasi|Sisa",
		"076.01.CQ|Program Penyelenggaraan Pemilu|6.200.000.000|6.014.000.000|186.000.000",
		"076.01.WA|Program Dukungan Manajemen|2.800.000.000|2.702.000.000|98.000.000",
		"Total seluruh program: Anggaran Rp9.000.000.000; Realisasi Rp8.716.000.000; Sisa Rp284.000.000.", "")
	stray := barred("Tabel 3.2 Realisasi Anggaran Tahun 2020", "",
		"Kode|Program|Pagu|Realisasi",
		"076.01.CQ|Program Penyelenggaraan Pemilu|5.000.000.000|4.900.000.000",
		"076.01.WA|Program Dukungan Manajemen|2.000.000.000|1.950.000.000",
		"",
		"Jumlah menurut SAKTI: Pagu 7.000.000.000; Realisasi 6.850.000.000; Blokir 120.000.000.", "")
	printed := barred("Tabel 3.2 Realisasi Anggaran Tahun 2022", "",
		"Kode|Program|Pagu|Realisasi",
		"076.01.CQ|Program Penyelenggaraan Pemilu|5.000.000.000|4.900.000.000",
		"076.01.WA|Program Dukungan Manajemen|2.000.000.000|1.950.000.000",
		"|JUMLAH|7.000.000.000|6.850.000.000",
		"",
		"Jumlah seluruhnya: Pagu 7.000.000.000; Realisasi 6.850.000.000; Sisa 150.000.000.", "")
	checkDocs(t, []string{"anggaran"}, []docCase{
		{"a form's total in a sentence, a blank line between", form, map[string][]string{"anggaran": {
			"076.01.WA|program||2021|3000000000|2910000000|90000000",
			"076.01.CQ|program||2021|1000000000|940000000|60000000",
			"TOTAL|total||2021|4000000000|3850000000|150000000",
		}}},
		{"the sentence right under the rows, Rp before the figures", glued, map[string][]string{"anggaran": {
			"076.01.CQ|program||2019|6200000000|6014000000|186000000",
			"076.01.WA|program||2019|2800000000|2702000000|98000000",
			"TOTAL|total||2019|9000000000|8716000000|284000000",
		}}},
		{"a measure the table has no column for: prose", stray, map[string][]string{"anggaran": {
			"076.01.CQ|program||2020|5000000000|4900000000|100000000",
			"076.01.WA|program||2020|2000000000|1950000000|50000000",
		}}},
		{"the table prints its own total: no second", printed, map[string][]string{"anggaran": {
			"076.01.CQ|program||2022|5000000000|4900000000|100000000",
			"076.01.WA|program||2022|2000000000|1950000000|50000000",
			"TOTAL|total||2022|7000000000|6850000000|150000000",
		}}},
	})
}
