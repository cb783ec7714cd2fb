package parse

import "testing"

// TestFirstRowDecimals: a table's first row whose label is made only of
// words a header uses ("Evaluasi Akuntabilitas Kinerja Internal",
// "Persentase Realisasi Anggaran") and whose figures are small decimals
// ("25,00", "14.90") is a row, not a second header line: a column number
// or a year never has a decimal part. Rows sorted by name (a pivot, a
// sorted sheet) put such a row first.
func TestFirstRowDecimals(t *testing.T) {
	checkDocs(t, []string{"capaian", "sakip", "sakip_komponen"}, []docCase{{
		name: "component pivot sorted by label, the internal evaluation first",
		body: []string{"Tabel 3.4 Nilai AKIP Tahun 2023 per Komponen", "",
			tabs("Row Labels", "Sum of Bobot", "Sum of Nilai"),
			tabs("Evaluasi Akuntabilitas Kinerja Internal", "25,00", "16,20"),
			tabs("Pelaporan Kinerja", "15,00", "10,35"),
			tabs("Pengukuran Kinerja", "30,00", "20,05"),
			tabs("Perencanaan Kinerja", "30,00", "21,10"),
			tabs("Grand Total", "100,00", "67,70"), "", "Sumber: LHE Inspektorat Utama."},
		want: map[string][]string{"sakip": {"2023|67.7|B"}, "sakip_komponen": {"2023|evaluasi_internal|25|16.2",
			"2023|pelaporan|15|10.35", "2023|pengukuran|30|20.05", "2023|perencanaan|30|21.1"}},
	}, {
		name: "plain component table sorted by name, score before weight, no number column",
		body: []string{"Tabel 3.3 Hasil Evaluasi AKIP Tahun 2022 per Komponen", "",
			tabs("Komponen", "Nilai", "Bobot"),
			tabs("Evaluasi Internal Akuntabilitas Kinerja", "14,90", "25,00"),
			tabs("Pelaporan Kinerja", "9,75", "15,00"),
			tabs("Pengukuran Kinerja", "18,60", "30,00"),
			tabs("Perencanaan Kinerja", "19,40", "30,00"),
			tabs("Nilai Akhir", "62,65", "100,00"), "", "Predikat yang diperoleh adalah B."},
		want: map[string][]string{"sakip": {"2022|62.65|B"}, "sakip_komponen": {"2022|evaluasi_internal|25|14.9",
			"2022|pelaporan|15|9.75", "2022|pengukuran|30|18.6", "2022|perencanaan|30|19.4"}},
	}, {
		name: "capaian without a number column, the first indicator's words all header words",
		body: []string{"Tabel 3.1 Pengukuran Kinerja Tahun 2024", "",
			tabs("Indikator Kinerja", "Target", "Realisasi", "Capaian (%)"),
			tabs("Persentase Realisasi Anggaran", "95,00", "93,10", "98,00"),
			tabs("Persentase pemilih yang terdaftar dalam DPT", "100,00", "100,00", "100,00"), "",
			"Kedua indikator hampir mencapai target."},
		want: map[string][]string{"capaian": {"Persentase Realisasi Anggaran|95|93.1|98",
			"Persentase pemilih yang terdaftar dalam DPT|100|100|100"}},
	}})
}
