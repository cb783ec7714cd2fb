package parse

import "testing"

// TestBudgetByFiguresClass: a budget titled as the funds available, used
// and not used ("Dana Tersedia | Dana Digunakan | Dana Tidak Digunakan |
// Tingkat Penggunaan (%)") is read as a budget when the figures prove the
// realisasi (pagu − realisasi = sisa, realisasi/pagu the percent); figures
// that prove nothing leave the table unread.
func TestBudgetByFiguresClass(t *testing.T) {
	doc := func(sisa, pct string) []string {
		return []string{"Tabel 3.3 Realisasi Anggaran Tahun 2019", "",
			"Kode\tProgram/Kegiatan\tDana Tersedia (Rp)\tDana Digunakan (Rp)\tDana Tidak Digunakan (Rp)\tTingkat Penggunaan (%)",
			"076.01.WA\tProgram Dukungan Manajemen\t1.500.000.000\t1.350.000.000\t150.000.000\t90,00",
			"3355\tPengelolaan Keuangan\t1.000.000.000\t900.000.000\t" + sisa + "\t" + pct,
			"3360\tOperasional Perkantoran\t500.000.000\t450.000.000\t50.000.000\t90,00",
			"\tJUMLAH\t1.500.000.000\t1.350.000.000\t150.000.000\t90,00", ""}
	}
	checkDocs(t, []string{"anggaran"}, []docCase{
		{"proven", doc("100.000.000", "90,00"), map[string][]string{"anggaran": {
			"076.01.WA|program||2019|1500000000|1350000000|150000000", "3355|kegiatan|076.01.WA|2019|1000000000|900000000|100000000",
			"3360|kegiatan|076.01.WA|2019|500000000|450000000|50000000", "TOTAL|total||2019|1500000000|1350000000|150000000"}}},
		{"one row disproves", doc("120.000.000", "88,00"), nil},
	})
}
