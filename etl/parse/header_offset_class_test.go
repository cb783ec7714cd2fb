package parse

import "testing"

// TestOffsetColumns: a PDF table whose column title is set flush left and
// its figures flush right, in a column made wide by a group title over it,
// comes out of the converter as the title (and word values set flush left)
// in one column and the figures in the next, untitled one. The two are one
// column: the figures are the title's. Made-up figures.
func TestOffsetColumns(t *testing.T) {
	checkDocs(t, []string{"capaian", "sakip_komponen"}, []docCase{
		{"targets apart from their title, words beside", []string{
			"Tabel 3.1 Pengukuran Kinerja Tahun 2021", "",
			"No\tIndikator Kinerja\tSatuan\tKinerja\tTahun 2021",
			"\t\t\tTarget\t\tRealisasi\tCapaian (%)",
			"1\tPersentase Partisipasi Pemilih dalam Pemilu/Pemilihan\t%\t\t75,00\t79,50\t106,00",
			"2\tPersentase kesesuaian Kompetensi Pegawai terhadap standar kompetensi penugasannya\t%\t\t90,00\t86,40\t96,00",
			"3\tOpini BPK atas Laporan Keuangan\tOpini\tWTP\t\tWTP\t100,00",
		}, map[string][]string{"capaian": {
			"Persentase Partisipasi Pemilih dalam Pemilu/Pemilihan|75|79.5|106",
			"Persentase kesesuaian Kompetensi Pegawai terhadap standar kompetensi penugasannya|90|86.4|96",
			"Opini BPK atas Laporan Keuangan|<nil>|<nil>|100"}}},
		{"weights apart from their title", []string{
			"Hasil Evaluasi AKIP Tahun 2020 memberikan nilai 66,10 dengan predikat B.", "",
			"Tabel 3.2 Nilai Evaluasi AKIP Tahun 2020 per Komponen", "",
			"No\tKomponen\tHasil\tPenilaian",
			"\t\tBobot\t\tNilai",
			"1\tPerencanaan Kinerja\t\t30,00\t20,40",
			"2\tPengukuran Kinerja\t\t30,00\t19,20",
			"3\tPelaporan Kinerja\t\t15,00\t11,10",
			"4\tEvaluasi Akuntabilitas Kinerja Internal\t\t25,00\t15,40",
			"\tNilai Akhir\t\t100,00\t66,10",
		}, map[string][]string{"sakip_komponen": {
			"2020|perencanaan|30|20.4", "2020|pengukuran|30|19.2", "2020|pelaporan|15|11.1", "2020|evaluasi_internal|25|15.4"}}},
	})
}
