package parse

import (
	"testing"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// TestSakipLayouts: history in prose and in tables (years as rows or
// columns), the all-satker table with a header, components as columns.
func TestSakipLayouts(t *testing.T) {
	type want = sakipWant
	tests := []struct {
		name string
		body []string
		want []want
	}{
		{"prose history with (grade) and the same predikat", []string{
			"Hasil Evaluasi AKIP Tahun 2021 yang diterima pada tahun 2022 memberikan predikat B (68,10). Predikat yang sama telah diperoleh pada Evaluasi AKIP Tahun 2020 dengan nilai 61,81, sedangkan Evaluasi AKIP Tahun 2019 menghasilkan nilai 60,60 (B)."},
			[]want{{"5307", 2021, 68.10, "B", "tinggi"}, {"5307", 2020, 61.81, "B", "tinggi"}, {"5307", 2019, 60.60, "B", "tinggi"}}},
		{"Cyrillic predikat in prose", []string{"Hasil Evaluasi AKIP Tahun 2023 memperoleh nilai 72,65 dengan predikat ВВ."},
			[]want{{"5307", 2023, 72.65, "BB", "tinggi"}}},
		{"history, years as rows", []string{"Tabel 3.3 Perkembangan Nilai AKIP", "", "Tahun yang Dinilai\tNilai\tPredikat", "2016\t52,35\tCC", "2017\t56,10\tCC"},
			[]want{{"5307", 2016, 52.35, "CC", "tinggi"}, {"5307", 2017, 56.10, "CC", "tinggi"}}},
		{"history, years as columns", []string{"Tabel 3.4 Riwayat Nilai Evaluasi AKIP", "", "Tahun Kinerja yang Dievaluasi\t2019\t2020", "Nilai\t66,12\t62,72", "Predikat\tB\tB"},
			[]want{{"5307", 2019, 66.12, "B", "tinggi"}, {"5307", 2020, 62.72, "B", "tinggi"}}},
		{"all satkers with a header", []string{"Hasil Evaluasi AKIP Tahun 2021 seluruh satuan kerja.", "", "No\tSatuan Kerja\tNilai\tPredikat", "1\tKUPANG\t66,02\tB", "2\tMANGARAI TIMUR\t64,87\tB", "\tRata-rata\t65,45\t"},
			[]want{{"5301", 2021, 66.02, "B", "tinggi"}, {"5319", 2021, 64.87, "B", "tinggi"}}},
		{"components as columns", []string{"Tabel 3.5 Hasil Evaluasi AKIP Tahun 2023", "", "Perencanaan Kinerja\tPengukuran Kinerja\tPelaporan Kinerja\tEvaluasi Akuntabilitas Kinerja Internal\tTotal\tPredikat",
			"(30)\t(30)\t(15)\t(25)\t(100)\t", "21,55\t20,80\t11,65\t18,65\t72,65\tВВ"},
			[]want{{"5307", 2023, 72.65, "BB", "tinggi"}}},
	}
	for _, tc := range tests {
		checkSakip(t, tc.name, parseDoc(t, tc.name, tc.body...), tc.want)
	}
}

// sakipWant is one SAKIP result a test expects (Utama) for a satker and
// evaluated year.
type sakipWant struct {
	satker string
	year   int
	nilai  float64
	grade  string
	conf   string
}

// checkSakip reports each wanted SAKIP result d lacks or holds with other
// values.
func checkSakip(t *testing.T, name string, d *facts.Document, wants []sakipWant) {
	t.Helper()
	for _, w := range wants {
		found := false
		for _, s := range d.Sakip {
			if s.SatkerID == w.satker && s.TahunDinilai == w.year && s.Utama {
				found = true
				if s.Nilai == nil || *s.Nilai != w.nilai || s.Predikat != w.grade || s.Keyakinan != w.conf {
					t.Errorf("%s: %s %d = %v %q %q, want %v %q %q", name, w.satker, w.year, fmtNum(s.Nilai), s.Predikat, s.Keyakinan, w.nilai, w.grade, w.conf)
				}
			}
		}
		if !found {
			t.Errorf("%s: no SAKIP row for %s %d (%+v)", name, w.satker, w.year, d.Sakip)
		}
	}
}

// TestRBTable: an RB evaluation table (nilai, bobot, persen; components
// pengungkit and hasil) gives the rb fact from its total row, and is not a
// SAKIP component table.
func TestRBTable(t *testing.T) {
	d := parseDoc(t, "rb", "Tabel 3.4 Hasil Evaluasi Reformasi Birokrasi Tahun 2022", "",
		"Komponen\tNilai\tBobot\tPersen", "Komponen Pengungkit\t16,35\t24,20\t67,56%", "Komponen Hasil\t4,75\t12,10\t39,26%", "Nilai RB\t21,10\t36,30\t58,13%")
	if len(d.Sakip) != 0 || len(d.RB) != 1 {
		t.Fatalf("sakip %+v rb %+v", d.Sakip, d.RB)
	}
	r := d.RB[0]
	if r.Tahun != 2022 || fmtNum(r.Nilai) != "21.1" || fmtNum(r.Bobot) != "36.3" || fmtNum(r.Persen) != "58.13" {
		t.Errorf("rb = %d %s %s %s", r.Tahun, fmtNum(r.Nilai), fmtNum(r.Bobot), fmtNum(r.Persen))
	}
}

// TestHeaderWeight: a component column's header may state its weight.
func TestHeaderWeight(t *testing.T) {
	for h, want := range map[string]string{"Perencanaan Kinerja (30)": "30", "Pelaporan Kinerja (15,00)": "15", "Pengukuran Kinerja": "<nil>", "Evaluasi (AKIP)": "<nil>"} {
		got := "<nil>"
		if w := headerWeight(h); w != nil {
			got = fmtNum(w)
		}
		if got != want {
			t.Errorf("headerWeight(%q) = %s, want %s", h, got, want)
		}
	}
}

// TestScoreGradeCell: a score and its grade in one cell, "63.55 (B)" or
// "73,99 / BB".
func TestScoreGradeCell(t *testing.T) {
	tests := []struct{ in, score, grade string }{
		{"63.55 (B)", "63.55", "B"},
		{"73,99 / BB", "73,99", "BB"},
		{"73,99", "73,99", ""},
		{"12 / 30", "12 / 30", ""},
		{"BB (72,45)", "72,45", "BB"},
	}
	for _, tc := range tests {
		if s, g := splitScoreGrade(tc.in); s != tc.score || g != tc.grade {
			t.Errorf("splitScoreGrade(%q) = %q, %q; want %q, %q", tc.in, s, g, tc.score, tc.grade)
		}
	}
}

// TestSakipComponentsInProse: four components "n dari bobot w" load only
// when they add up to the score the paragraph states.
func TestSakipComponentsInProse(t *testing.T) {
	para := func(score string) string {
		return "Laporan Hasil Evaluasi atas Implementasi SAKIP yang diterima pada bulan Mei 2024 menilai kinerja tahun 2023. " +
			"KPU Kabupaten Sikka memperoleh nilai " + score + " dengan predikat B. Nilai tersebut tersusun dari komponen perencanaan kinerja 18,15 dari bobot 30, " +
			"pengukuran kinerja 18,70 dari bobot 30, pelaporan kinerja 8,70 dari bobot 15, dan evaluasi akuntabilitas kinerja internal 15,59 dari bobot 25."
	}
	tests := []struct {
		score string
		komp  int
	}{{"61,14", 4}, {"62,14", 0}}
	flat := "Hasil Evaluasi AKIP Tahun 2023 KPU Kabupaten Sikka adalah 61,35 dengan predikat B. Komponen Bobot Nilai Perencanaan Kinerja 30 18,70 " +
		"Pengukuran Kinerja 30 17,50 Pelaporan Kinerja 15 9,55 Evaluasi Akuntabilitas Kinerja Internal 25 15,60 Total 100 61,35"
	if d, err := Text("flat", doc(flat)); err != nil || len(d.SakipKomponen) != 4 {
		t.Errorf("flattened component table in a paragraph: %v %+v", err, d.SakipKomponen)
	}
	for _, tc := range tests {
		d := parseDoc(t, tc.score, para(tc.score))
		n := 0
		for _, k := range d.SakipKomponen {
			if k.TahunDinilai == 2023 {
				n++
			}
		}
		if n != tc.komp {
			t.Errorf("score %s: %d components, want %d", tc.score, n, tc.komp)
		}
	}
}
