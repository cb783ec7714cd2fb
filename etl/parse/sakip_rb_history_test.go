package parse

import "testing"

// TestSakipRBHistoryClasses: a history table of RB results by year is
// read as rb; a history table that gives SAKIP and RB side by side reads
// the SAKIP score from its own column whatever the column order, and the
// RB score into rb; a "Nilai RB" row under year columns is never the
// SAKIP score.
func TestSakipRBHistoryClasses(t *testing.T) {
	const both = "Tabel 3.8 Nilai SAKIP dan Reformasi Birokrasi"
	sakip := []string{"2022|60.1|B", "2023|65.22|B"}
	rb := []string{"2022|55.2", "2023|58.3"}
	checkDocs(t, []string{"sakip", "rb"}, []docCase{
		{name: "RB by year", body: []string{"Tabel 3.8 Nilai Reformasi Birokrasi", "", "Tahun\tNilai RB\tKategori", "2022\t60,10\tB", "2023\t65,22\tB"},
			want: map[string][]string{"rb": {"2022|60.1", "2023|65.22"}}},
		{name: "SAKIP then RB", body: []string{both, "", "Tahun\tNilai SAKIP\tPredikat\tNilai RB", "2022\t60,10\tB\t55,20", "2023\t65,22\tB\t58,30"},
			want: map[string][]string{"sakip": sakip, "rb": rb}},
		{name: "RB then SAKIP", body: []string{both, "", "Tahun\tNilai RB\tNilai SAKIP\tPredikat", "2022\t55,20\t60,10\tB", "2023\t58,30\t65,22\tB"},
			want: map[string][]string{"sakip": sakip, "rb": rb}},
		{name: "years as columns, RB row first", body: []string{both, "", "Uraian\t2022\t2023", "Nilai RB\t55,20\t58,30", "Nilai SAKIP\t60,10\t65,22", "Predikat\tB\tB"},
			want: map[string][]string{"sakip": sakip}},
	})
}

// TestSakipKomponenYearColumns: a component table whose value columns are
// named by their year alone ("Komponen | Bobot | Tahun 2022 | Tahun
// 2023") gives each year's components and total.
func TestSakipKomponenYearColumns(t *testing.T) {
	checkDocs(t, []string{"sakip", "sakip_komponen"}, []docCase{{
		name: "Tahun 2022 | Tahun 2023",
		body: []string{"Tabel 3.7 Hasil Evaluasi SAKIP", "", "Komponen\tBobot\tTahun 2022\tTahun 2023",
			"Perencanaan Kinerja\t30\t21,00\t22,50", "Pengukuran Kinerja\t30\t19,10\t20,10", "Pelaporan Kinerja\t15\t10,25\t11,25",
			"Evaluasi Akuntabilitas Kinerja Internal\t25\t15,00\t16,00", "Nilai Akhir\t100\t65,35\t69,85", "Predikat\t\tB\tBB"},
		want: map[string][]string{"sakip": {"2022|65.35|B", "2023|69.85|BB"},
			"sakip_komponen": {"2022|perencanaan|30|21", "2022|pengukuran|30|19.1", "2022|pelaporan|15|10.25", "2022|evaluasi_internal|25|15",
				"2023|perencanaan|30|22.5", "2023|pengukuran|30|20.1", "2023|pelaporan|15|11.25", "2023|evaluasi_internal|25|16"}},
	}})
}
