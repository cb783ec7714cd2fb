package parse

import "testing"

// TestCapaianOrgUnitClass: a capaian grouped under the subbagian that
// answers for each indicator keeps each indicator's own name: the unit's
// heading row after a graded row is no wrapped end of that row's name.
func TestCapaianOrgUnitClass(t *testing.T) {
	doc := []string{"Tabel 3.1 Pengukuran Kinerja Tahun 2020", "",
		"No\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)",
		"\tSubbagian Perencanaan, Data dan Informasi",
		"3\tPersentase KPU Kabupaten dalam memutakhirkan Data Pemilih Tepat Waktu\t%\t100,00\t100,00\t100,00",
		"7\tNilai Evaluasi atas Akuntabilitas Kinerja KPU Kabupaten\tPredikat\tB\tB\t100,00",
		"\tSubbagian Keuangan, Umum dan Logistik",
		"8\tOpini BPK atas Laporan Keuangan\tOpini\tWTP\tWTP\t100,00",
		"\tSubbagian Hukum dan Sumber Daya Manusia",
		"1\tPersentase kesesuaian Kompetensi Pegawai terhadap standar kompetensi penugasannya\t%\t85,00\t88,24\t103,81", ""}
	checkDocs(t, []string{"capaian"}, []docCase{
		{"grouped by subbagian", doc, map[string][]string{"capaian": {
			"Persentase KPU Kabupaten dalam memutakhirkan Data Pemilih Tepat Waktu|100|100|100",
			"Nilai Evaluasi atas Akuntabilitas Kinerja KPU Kabupaten|<nil>|<nil>|100",
			"Opini BPK atas Laporan Keuangan|<nil>|<nil>|100",
			"Persentase kesesuaian Kompetensi Pegawai terhadap standar kompetensi penugasannya|85|88.24|103.81"}}},
	})
}
