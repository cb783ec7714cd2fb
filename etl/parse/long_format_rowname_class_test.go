package parse

import "testing"

// TestLongFormatOneRow: a long table of a single row (an RB result, one
// indicator) reads as its wide table when the header titles the measure
// column as such (`Ukuran`, `Jenis Nilai`) and the row has two measures or
// more; an `Uraian` column left of such a measure column names the row.
// One measure alone proves nothing.
func TestLongFormatOneRow(t *testing.T) {
	tests := []longCase{
		{"RB, Uraian naming the row, Ukuran the measures",
			longDoc("Kabupaten Ende", "2023", "Tabel 3.4 Evaluasi Reformasi Birokrasi Tahun 2023", "",
				"Uraian\tUkuran\tNilai",
				"Reformasi Birokrasi\tNilai\t21,78", "Reformasi Birokrasi\tBobot\t36,30", "Reformasi Birokrasi\tPersentase (%)\t60,00"),
			longDoc("Kabupaten Ende", "2023", "Tabel 3.4 Evaluasi Reformasi Birokrasi Tahun 2023", "",
				"Uraian\tNilai\tBobot\tPersentase (%)", "Reformasi Birokrasi\t21,78\t36,30\t60,00"),
			map[string][]string{"rb": {"2023|21.78"}}},
		{"RB, the name left empty after the first line, Jenis Nilai and Angka",
			longDoc("Kabupaten Sumba Barat Daya", "2020", "Tabel 3.3 Hasil Evaluasi RB Tahun 2020", "",
				"No\tKomponen\tJenis Nilai\tAngka",
				"1\tIndeks Reformasi Birokrasi\tNilai\t18,15", "\t\tBobot\t36,30"),
			longDoc("Kabupaten Sumba Barat Daya", "2020", "Tabel 3.3 Hasil Evaluasi RB Tahun 2020", "",
				"No\tKomponen\tNilai\tBobot", "1\tIndeks Reformasi Birokrasi\t18,15\t36,30"),
			map[string][]string{"rb": {"2020|18.15"}}},
		{"one indicator's target, realisation and achievement",
			longDoc("Kabupaten Rote Ndao", "2019", "Tabel 3.1 Capaian Indikator Kinerja Tahun 2019", "",
				"Indikator Kinerja\tUkuran\tNilai",
				"Persentase arsip inaktif yang tertata\tTarget\t85%", "\tRealisasi\t88,40%", "\tCapaian (%)\t104,00"),
			longDoc("Kabupaten Rote Ndao", "2019", "Tabel 3.1 Capaian Indikator Kinerja Tahun 2019", "",
				"Indikator Kinerja\tTarget\tRealisasi\tCapaian (%)",
				"Persentase arsip inaktif yang tertata\t85%\t88,40%\t104,00"),
			map[string][]string{"capaian": {"Persentase arsip inaktif yang tertata|85|88.4|104"}}},
	}
	checkLongCases(t, tests)
	t.Run("one measure of one row: no long table", func(t *testing.T) {
		d := parseDoc2(t, "one measure", longDoc("Kabupaten Lembata", "2022", "Tabel 3.4 Evaluasi Reformasi Birokrasi Tahun 2022", "",
			"Uraian\tUkuran\tNilai", "Reformasi Birokrasi\tNilai\t20,10"))
		wantRows(t, "rb", factRows["rb"](d), nil)
	})
}
