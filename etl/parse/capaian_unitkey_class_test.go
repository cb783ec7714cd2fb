package parse

import "testing"

// TestUnitKeyClass: a row read by its content (a value cell the header
// cannot place) took the last text before its values for the indicator:
// its Satuan cell. Every "%" row fell onto one empty key, "Opini" and
// "Predikat" rows onto wrong ones. A unit names no indicator.
func TestUnitKeyClass(t *testing.T) {
	checkDocs(t, []string{"capaian"}, []docCase{
		{
			name: "a Satuan column, a capaian cell written as a note",
			body: []string{
				"Tabel 3.1 Capaian Kinerja Tahun 2022", "",
				"No\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian",
				"1\tPersentase Partisipasi Pemilih dalam Pemilu/Pemilihan\t%\t77,50\t79,05\tn/a",
				"2\tPersentase KPU Kabupaten dalam memutakhirkan Data Pemilih Tepat Waktu\t%\t100,00\t96,00\tn/a",
				"3\tOpini BPK atas Laporan Keuangan\tOpini BPK\tWTP\tWTP\tn/a",
			},
			want: map[string][]string{"capaian": {
				"Persentase Partisipasi Pemilih dalam Pemilu/Pemilihan|77.5|79.05|<nil>",
				"Persentase KPU Kabupaten dalam memutakhirkan Data Pemilih Tepat Waktu|100|96|<nil>",
				"Opini BPK atas Laporan Keuangan|<nil>|<nil>|<nil>",
			}},
		},
		{
			// no Satuan in the header: the unit cell is one cell more
			// than the header names
			name: "an unnamed unit cell before the values",
			body: []string{
				"Tabel 3.2 Pengukuran Kinerja 2021", "",
				"No\tIndikator\tTarget\tRealisasi\tCapaian",
				"1\tPersentase kesesuaian Kompetensi Pegawai terhadap standar kompetensi penugasannya\t%\t80,00\t84,00\t105,00",
				"2\tNilai Evaluasi atas Akuntabilitas Kinerja KPU Kabupaten\tPredikat\tB\tB\t100,00",
			},
			want: map[string][]string{"capaian": {
				"Persentase kesesuaian Kompetensi Pegawai terhadap standar kompetensi penugasannya|80|84|105",
				"Nilai Evaluasi atas Akuntabilitas Kinerja KPU Kabupaten|<nil>|<nil>|100",
			}},
		},
		{
			// nothing but the unit before the values: no indicator, no row
			name: "a row of a unit and values alone loads nothing",
			body: []string{
				"Tabel 3.1 Capaian Kinerja 2020", "",
				"No\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian",
				"1\tPersentase Partisipasi Pemilih dalam Pemilu/Pemilihan\t%\t77,50\t81,00\t104,52",
				"2\t%\t90,00\t91,00\tn/a",
			},
			want: map[string][]string{"capaian": {
				"Persentase Partisipasi Pemilih dalam Pemilu/Pemilihan|77.5|81|104.52",
			}},
		},
	})
}
