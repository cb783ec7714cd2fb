package parse

import "testing"

// TestRBBesideAKIPComponents: a table captioned for both the AKIP
// evaluation and RB whose rows are the four AKIP components is a component
// table: its Nilai Akhir is the SAKIP score, never an RB total; a row of
// RB under it is that RB result (rb_akip_mixed.go), its year from its label. A table of RB's own
// components (pengungkit, hasil) captioned for RB stays RB.
func TestRBBesideAKIPComponents(t *testing.T) {
	heading := chapterThree
	cases := []struct {
		name string
		body []string
		want map[string][]string
	}{
		{"AKIP components and an RB row under one caption", heading("SIKKA", "2023",
			"Tabel 3.4 Hasil Evaluasi SAKIP Tahun 2022 dan Indeks Reformasi Birokrasi", "",
			"No\tKomponen\tBobot\tNilai",
			"1\tPerencanaan Kinerja\t30,00\t22,40",
			"2\tPengukuran Kinerja\t30,00\t19,85",
			"3\tPelaporan Kinerja\t15,00\t10,20",
			"4\tEvaluasi Akuntabilitas Kinerja Internal\t25,00\t15,65",
			"\tNilai Akhir\t100,00\t68,10",
			"\tIndeks Reformasi Birokrasi 2023\t36,30\t23,05", ""),
			map[string][]string{
				"sakip_komponen": {"2022|perencanaan|30|22.4", "2022|pengukuran|30|19.85", "2022|pelaporan|15|10.2", "2022|evaluasi_internal|25|15.65"},
				"rb":             {"2023|23.05"}, // the RB row itself (bobot 36,30, persen NULL), never the Nilai Akhir
			}},
		{"RB's own components stay RB", heading("ENDE", "2022",
			"Tabel 3.5 Hasil Penilaian Mandiri Reformasi Birokrasi Tahun 2022", "",
			"No\tKomponen\tBobot\tNilai",
			"1\tKomponen Pengungkit\t60,00\t14,20",
			"2\tKomponen Hasil\t40,00\t8,35",
			"\tNilai RB\t100,00\t22,55", ""),
			map[string][]string{"rb": {"2022|22.55"}}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			d := parseDoc2(t, tc.name, tc.body)
			for _, fam := range []string{"sakip_komponen", "rb"} {
				wantRows(t, fam, factRows[fam](d), tc.want[fam])
			}
		})
	}
}
