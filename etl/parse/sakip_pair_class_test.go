package parse

import "testing"

// TestSakipKomponenPairs: a component's score and weight written together
// ("18,85 / 30"): in a table under a header naming the pair ("Nilai /
// Bobot", "Bobot / Nilai"), or in prose after the paragraph stating the
// score ("perencanaan kinerja 18,85 / 30, ..."), where the four load only
// when they add up to that score and no score exceeds its weight.
func TestSakipKomponenPairs(t *testing.T) {
	const (
		score = "Evaluasi AKIP atas tahun kinerja 2020 memberikan nilai 63,46 (predikat B) kepada KPU Kabupaten Sikka."
		cap   = "Tabel 3.3 Nilai Komponen Evaluasi AKIP Tahun 2020"
	)
	komp := []string{"2020|perencanaan|30|18.85", "2020|pengukuran|30|18.15", "2020|pelaporan|15|9.45", "2020|evaluasi_internal|25|17.01"}
	checkDocs(t, []string{"sakip_komponen"}, []docCase{{
		name: "prose, score over weight",
		body: []string{score, "", "Rincian nilai atas tahun kinerja 2020: perencanaan kinerja 18,85 / 30, pengukuran kinerja 18,15 / 30, pelaporan kinerja 9,45 / 15 dan evaluasi internal 17,01 / 25."},
		want: map[string][]string{"sakip_komponen": komp},
	}, {
		name: "prose, a pair that does not add up",
		body: []string{score, "", "Rincian nilai atas tahun kinerja 2020: perencanaan kinerja 18,85 / 30, pengukuran kinerja 18,15 / 30, pelaporan kinerja 9,45 / 15 dan evaluasi internal 16,01 / 25."},
		want: map[string][]string{"sakip_komponen": nil},
	}, {
		name: "prose, the weight first",
		body: []string{score, "", "Rincian nilai atas tahun kinerja 2020: perencanaan kinerja 30,00 / 18,85, pengukuran kinerja 30,00 / 18,15, pelaporan kinerja 15,00 / 9,45 dan evaluasi internal 25,00 / 17,01."},
		want: map[string][]string{"sakip_komponen": nil},
	}, {
		name: "table, Nilai / Bobot",
		body: []string{cap, "", "No\tKomponen\tNilai / Bobot",
			"1\tPerencanaan Kinerja\t18,85 / 30", "2\tPengukuran Kinerja\t18,15 / 30", "3\tPelaporan Kinerja\t9,45 / 15",
			"4\tEvaluasi Internal\t17,01 / 25", "\tNilai Akhir\t63,46 / 100"},
		want: map[string][]string{"sakip_komponen": komp},
	}, {
		name: "table, Bobot / Nilai",
		body: []string{cap, "", "No\tKomponen\tBobot / Nilai",
			"1\tPerencanaan Kinerja\t30 / 18,85", "2\tPengukuran Kinerja\t30 / 18,15", "3\tPelaporan Kinerja\t15 / 9,45",
			"4\tEvaluasi Internal\t25 / 17,01", "\tNilai Akhir\t100 / 63,46"},
		want: map[string][]string{"sakip_komponen": komp},
	}})
}
