package parse

import "testing"

// TestKomponenLegend: SAKIP components named by letters that a key under
// the table explains are read by the key's names (made-up scores); a key
// that leaves a letter unexplained, or names one component twice, loads no
// component and no total.
func TestKomponenLegend(t *testing.T) {
	table := func(key string) []string {
		return []string{"Tabel 3.2 Nilai Evaluasi AKIP Tahun 2022 per Komponen", "",
			"Komponen\tBobot\tNilai", "A\t30,00\t22,30", "B\t30,00\t20,55", "C\t15,00\t10,35", "D\t25,00\t18,56",
			"Nilai Akhir\t100,00\t71,76", "", key, ""}
	}
	comps := []string{"2022|perencanaan|30|22.3", "2022|pengukuran|30|20.55", "2022|pelaporan|15|10.35", "2022|evaluasi_internal|25|18.56"}
	checkDocs(t, []string{"sakip_komponen", "sakip"}, []docCase{
		{"the key under the table", table("Keterangan: A = Perencanaan Kinerja; B = Pengukuran Kinerja; C = Pelaporan Kinerja; D = Evaluasi Akuntabilitas Kinerja Internal."),
			map[string][]string{"sakip_komponen": comps, "sakip": {"2022|71.76|BB"}}}, // BB: the band of 70-80
		{"a letter unexplained", table("Keterangan: A = Perencanaan Kinerja; B = Pengukuran Kinerja; C = Pelaporan Kinerja."), nil},
		{"one component named twice", table("Keterangan: A = Perencanaan Kinerja; B = Pengukuran Kinerja; C = Pelaporan Kinerja; D = Perencanaan Strategis."), nil},
	})
}
