package parse

import "testing"

// TestCapaianBareHeader: a capaian table whose last column says only
// "Persentase" beside Target and Realisasi (made-up figures): its cells are
// the capaian (grade rows too); beside a column named Capaian it is not
// taken for it.
func TestCapaianBareHeader(t *testing.T) {
	const a = "Persentase pemilih yang menggunakan hak pilih"
	const b = "Persentase pengaduan yang tidak terselesaikan"
	head := []string{"Tabel 3.2 Pengukuran Kinerja Tahun 2024", ""}
	checkDocs(t, []string{"capaian"}, []docCase{
		{"Persentase beside Target PK and Realisasi", append(append([]string{}, head...),
			"No\tUraian Indikator\tSatuan\tTarget PK\tRealisasi\tPersentase",
			"1\t"+a+"\t%\t85,00\t88,40\t104,00",
			"2\t"+b+"\t%\t2,00\t1,50\t125,00",
			"3\tOpini BPK atas Laporan Keuangan\tOpini\tWTP\tWTP\t100,00"),
			map[string][]string{"capaian": {a + "|85|88.4|104", b + "|2|1.5|125", "Opini BPK atas Laporan Keuangan|<nil>|<nil>|100"}}},
		{"Persentase (%) in fixed columns", append(append([]string{}, head...),
			"No   Indikator                                          Target    Realisasi   Persentase (%)",
			"1    "+a+"          85,00     88,40       104,00",
			"2    "+b+"          2,00      1,50        125,00",
			"3    Nilai Evaluasi atas Akuntabilitas Kinerja          B         B           100,00"),
			map[string][]string{"capaian": {a + "|85|88.4|104", b + "|2|1.5|125", "Nilai Evaluasi atas Akuntabilitas Kinerja|<nil>|<nil>|100"}}},
		{"Persentase beside a Capaian column", append(append([]string{}, head...),
			"No\tIndikator\tTarget\tRealisasi\tCapaian (%)\tPersentase",
			"1\t"+a+"\t85,00\t88,40\t104,00\t50,00",
			"2\t"+b+"\t2,00\t1,50\t125,00\t50,00"),
			map[string][]string{"capaian": {a + "|85|88.4|104", b + "|2|1.5|125"}}},
	})
}
