package parse

import "testing"

// TestBudgetLevelWord: Kode cells led by the row's level word ("Program
// 076.01.WA", "Kegiatan 3355", "Keg. 3358", as a finance sheet writes
// them) are read by their codes.
func TestBudgetLevelWord(t *testing.T) {
	checkDocs(t, []string{"anggaran"}, []docCase{
		{"level words before the codes", []string{"Tabel 3.3 Realisasi Anggaran Tahun 2019", "",
			"Kode\tUraian\tPagu (Rp)\tRealisasi (Rp)\tSisa (Rp)\tSerapan (%)",
			"Program 076.01.WA\tProgram Dukungan Manajemen\t3.903.452.000\t3.828.104.499\t75.347.501\t98,07",
			"Kegiatan 3355\tPengelolaan Keuangan dan Barang Milik Negara\t1.332.817.000\t1.298.892.200\t33.924.800\t97,45",
			"Keg. 3358\tPengelolaan Sumber Daya Manusia\t2.570.635.000\t2.529.212.299\t41.422.701\t98,39",
			"\tJUMLAH\t3.903.452.000\t3.828.104.499\t75.347.501\t98,07"},
			map[string][]string{"anggaran": {
				"076.01.WA|program||2019|3903452000|3828104499|75347501",
				"3355|kegiatan|076.01.WA|2019|1332817000|1298892200|33924800",
				"3358|kegiatan|076.01.WA|2019|2570635000|2529212299|41422701",
				"TOTAL|total||2019|3903452000|3828104499|75347501"}}},
	})
}
