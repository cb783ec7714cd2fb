package parse

import "testing"

// TestBudgetMeasureRowsClass: a budget writing every item in a Pagu row
// and a Realisasi row under it, the measure named in an Uraian column and
// one amount column, reads as one row an item; a table where a row breaks
// the pairs is left as it was (unread).
func TestBudgetMeasureRowsClass(t *testing.T) {
	doc := func(last string) []string {
		return []string{"Tabel 3.3 Realisasi Anggaran Tahun 2019", "",
			"Kode\tProgram/Kegiatan\tUraian\tJumlah (Rp)\tSisa (Rp)\tSerapan (%)",
			"076.01.WA\tProgram Dukungan Manajemen\tPagu\t1.500.000.000",
			"\t\tRealisasi\t1.350.000.000\t150.000.000\t90,00",
			"3355\tPengelolaan Keuangan\tPagu\t1.000.000.000",
			"\t\tRealisasi\t900.000.000\t100.000.000\t90,00",
			"3360\tOperasional Perkantoran\tPagu\t500.000.000",
			"\t\t" + last + "\t450.000.000\t50.000.000\t90,00", ""}
	}
	checkDocs(t, []string{"anggaran"}, []docCase{
		{"pairs", doc("Realisasi"), map[string][]string{"anggaran": {
			"076.01.WA|program||2019|1500000000|1350000000|150000000", "3355|kegiatan|076.01.WA|2019|1000000000|900000000|100000000",
			"3360|kegiatan|076.01.WA|2019|500000000|450000000|50000000"}}},
		{"a row off the pairs", doc("Sisa"), nil},
	})
}
