package parse

import (
	"testing"
)

// TestRBClasses: RB results in tables (a total row, one row per year) are
// read tables, never "tabel.tidak_dikenali"; a sentence stating nilai and
// bobot without a percentage loads both with persen NULL and a finding;
// "RB" written short and the index with the satker named read alike.
func TestRBClasses(t *testing.T) {
	type rbWant struct {
		year                 int
		nilai, bobot, persen string // as fmtNum writes them, "-" for NULL
	}
	tests := []struct {
		name    string
		body    []string
		want    []rbWant
		finding string
	}{
		{"component table with a total row", []string{"Tabel 3.5 Hasil Evaluasi Reformasi Birokrasi Tahun 2023", "",
			"No\tKomponen\tBobot\tNilai\t%", "1\tPengungkit\t24,20\t15,10\t62,40", "2\tHasil\t12,10\t8,05\t66,53", "\tTotal\t36,30\t23,15\t63,77"},
			[]rbWant{{2023, "23.15", "36.3", "63.77"}}, ""},
		{"one row per year", []string{"Tabel 3.6 Indeks Reformasi Birokrasi", "",
			"Tahun\tNilai\tBobot\tPersentase", "2021\t19,85\t36,30\t54,68%", "2022\t21,40\t36,30\t58,95%"},
			[]rbWant{{2021, "19.85", "36.3", "54.68"}, {2022, "21.4", "36.3", "58.95"}}, ""},
		{"years as columns, measures as rows", []string{"Tabel 3.2 Hasil Evaluasi Reformasi Birokrasi Tahun 2021 dan 2022", "",
			"No\tKomponen\tTahun 2021\tTahun 2022", "1\tKomponen Pengungkit\t14,10\t15,20", "2\tKomponen Hasil\t5,90\t6,10",
			"\tNilai RB\t20,00\t21,30", "\tBobot\t36,30\t36,30", "\tPersentase terhadap Bobot\t55,10%\t58,68%"},
			[]rbWant{{2021, "20", "36.3", "55.1"}, {2022, "21.3", "36.3", "58.68"}}, ""},
		{"bare year columns, the index first, no bobot row", []string{"Tabel 3.3 Indeks RB", "",
			"Uraian\t2022\t2023", "Indeks RB\t21,30\t23,15", "Pengungkit\t15,20\t16,00", "Hasil\t6,10\t7,15", "%\t58,68\t63,77"},
			[]rbWant{{2022, "21.3", "-", "58.68"}, {2023, "23.15", "-", "63.77"}}, ""},
		{"score columns named by year, a shared Bobot column", []string{"Tabel 3.2 Hasil Evaluasi Reformasi Birokrasi", "",
			"Komponen\tBobot\tNilai 2021\tNilai 2022", "Pengungkit\t24,20\t14,10\t15,20", "Hasil\t12,10\t5,90\t6,10", "Nilai RB\t36,30\t20,00\t21,30"},
			[]rbWant{{2021, "20", "36.3", "-"}, {2022, "21.3", "36.3", "-"}}, ""},
		{"a score and a percentage column per year", []string{"Tabel 3.2 Hasil Evaluasi RB 2022-2023", "",
			"Komponen\tNilai 2022\t% 2022\tNilai 2023\t% 2023", "Pengungkit\t15,20\t62,81\t16,00\t66,12", "Total\t21,30\t58,68\t23,15\t63,77"},
			[]rbWant{{2022, "21.3", "-", "58.68"}, {2023, "23.15", "-", "63.77"}}, ""},
		{"prose without a percentage", []string{"Pada tahun 2022 nilai Reformasi Birokrasi KPU Kabupaten Sikka sebesar 21,40 dari nilai maksimal 36,30."},
			[]rbWant{{2022, "21.4", "36.3", "-"}}, "rb.persen_tidak_disebut"},
		{"RB written short", []string{"Nilai RB tahun 2021 adalah 20,10 dari bobot 36,30 atau 55,37%."},
			[]rbWant{{2021, "20.1", "36.3", "55.37"}}, ""},
		{"the index with the satker named", []string{"Indeks Reformasi Birokrasi KPU Kabupaten Sikka tahun 2023 sebesar 24,50."},
			[]rbWant{{2023, "24.5", "-", "-"}}, ""},
	}
	for _, tc := range tests {
		d := parseDoc(t, tc.name, tc.body...)
		if hasRule(d, "tabel.tidak_dikenali") {
			t.Errorf("%s: an RB table reported as not understood", tc.name)
		}
		for _, w := range tc.want {
			found := false
			for _, r := range d.RB {
				if r.Tahun != w.year || !r.Utama {
					continue
				}
				found = true
				if got := [3]string{fmtNum(r.Nilai), fmtNum(r.Bobot), fmtNum(r.Persen)}; got != [3]string{w.nilai, w.bobot, w.persen} {
					t.Errorf("%s: rb %d = %v, want %+v", tc.name, w.year, got, w)
				}
			}
			if !found {
				t.Errorf("%s: no rb %d in %+v", tc.name, w.year, d.RB)
			}
		}
		if tc.finding != "" && !hasRule(d, tc.finding) {
			t.Errorf("%s: no finding %s", tc.name, tc.finding)
		}
	}
}
