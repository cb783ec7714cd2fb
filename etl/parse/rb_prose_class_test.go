package parse

import "testing"

// TestRBProseChange: an RB result stated as a change from an earlier year
// ("naik menjadi", "turun menjadi") gives the later year's value with its
// own year, beside the earlier one; a percentage that does not follow from
// nilai and bobot keeps it out.
func TestRBProseChange(t *testing.T) {
	checkDocs(t, []string{"rb"}, []docCase{{
		name: "naik menjadi, the year opening the sentence",
		body: []string{"Nilai evaluasi Reformasi Birokrasi Tahun 2022 adalah 22,10 (60,88%) dari bobot 36,30. Pada Tahun 2023 " +
			"nilai evaluasi Reformasi Birokrasi naik menjadi 24,00 (66,12%) dari bobot 36,30."},
		want: map[string][]string{"rb": {"2022|22.1", "2023|24"}},
	}, {
		name: "turun menjadi, the percentage after the weight",
		body: []string{"Pada Tahun 2023 nilai Reformasi Birokrasi turun menjadi 20,00 dari bobot 36,30 atau 55,10%."},
		want: map[string][]string{"rb": {"2023|20"}},
	}, {
		name: "a percentage nilai and bobot do not give: not loaded",
		body: []string{"Pada Tahun 2023 nilai Reformasi Birokrasi naik menjadi 24,00 dari bobot 36,30 atau 70,00%."},
	}})
}
