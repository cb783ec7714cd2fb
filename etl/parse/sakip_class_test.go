package parse

import (
	"testing"

	"github.com/kpu-ntt/lkj/etl/extract"
)

// komponenWant is one component a test expects, its numbers as fmtNum
// writes them ("-" for NULL).
type komponenWant struct {
	year         int
	komponen     string
	bobot, nilai string
}

// TestSakipKomponenClasses: component tables laid out as columns, with the
// weights in a row of parenthesised numbers under the header (first cell
// empty: not a data row to merge) or in a row labelled "Bobot", one row per
// evaluated year; components as rows with the weights in their names and
// a total row "| Nilai Akhir | 70,25 (BB)" (a value: no continuation
// line); without any stated weight the bobot is NULL with a finding, never
// assumed.
func TestSakipKomponenClasses(t *testing.T) {
	tests := []struct {
		name    string
		body    []string
		want    []komponenWant
		sakip   []sakipWant
		finding string
	}{
		{"weights row under the header, years as rows", []string{
			"Tabel 3.2 Nilai Komponen Evaluasi AKIP", "",
			"Tahun yang Dinilai\tPerencanaan Kinerja\tPengukuran Kinerja\tPelaporan Kinerja\tEvaluasi Internal\tNilai\tPredikat",
			"\t(30)\t(30)\t(15)\t(25)\t(100)\t",
			"2021\t18,20\t19,40\t9,90\t15,60\t63,10\tB",
			"2023\t21,00\t21,30\t11,20\t18,45\t71,95\tBB"},
			[]komponenWant{{2021, "perencanaan", "30", "18.2"}, {2021, "evaluasi_internal", "25", "15.6"}, {2023, "pengukuran", "30", "21.3"}, {2023, "pelaporan", "15", "11.2"}},
			[]sakipWant{{"5307", 2021, 63.10, "B", "tinggi"}, {"5307", 2023, 71.95, "BB", "tinggi"}}, ""},
		{"labelled weight and score rows", []string{
			"Tabel 3.6 Komponen SAKIP Tahun 2023", "",
			"Komponen\tPerencanaan\tPengukuran\tPelaporan\tEvaluasi Internal\tTotal",
			"Bobot\t30\t30\t15\t25\t100",
			"Nilai\t21,00\t20,40\t11,25\t17,60\t70,25"},
			[]komponenWant{{2023, "perencanaan", "30", "21"}, {2023, "evaluasi_internal", "25", "17.6"}},
			[]sakipWant{{"5307", 2023, 70.25, "BB", "tinggi"}}, ""},
		{"components as rows, weights in the names, total with its grade", []string{
			"Tabel 3.4 Hasil Evaluasi AKIP Tahun 2023", "", "No\tKomponen\tNilai",
			"1\tPerencanaan Kinerja (30)\t21,00", "2\tPengukuran Kinerja (30)\t20,40", "3\tPelaporan Kinerja (15)\t11,25",
			"4\tEvaluasi Akuntabilitas Kinerja Internal (25)\t17,60", "\tNilai Akhir\t70,25 (BB)"},
			[]komponenWant{{2023, "perencanaan", "30", "21"}, {2023, "evaluasi_internal", "25", "17.6"}},
			[]sakipWant{{"5307", 2023, 70.25, "BB", "tinggi"}}, ""},
		{"no weights anywhere", []string{
			"Tabel 3.2 Nilai Komponen Evaluasi AKIP Tahun 2023", "",
			"Perencanaan Kinerja\tPengukuran Kinerja\tPelaporan Kinerja\tEvaluasi Internal\tNilai Akhir",
			"21,00\t21,30\t11,20\t18,45\t71,95"},
			[]komponenWant{{2023, "perencanaan", "-", "21"}, {2023, "evaluasi_internal", "-", "18.45"}},
			[]sakipWant{{"5307", 2023, 71.95, "BB", "tinggi"}}, "sakip.bobot_tidak_disebut"},
	}
	for _, tc := range tests {
		d := parseDoc(t, tc.name, tc.body...)
		for _, w := range tc.want {
			found := false
			for _, k := range d.SakipKomponen {
				if k.TahunDinilai != w.year || k.Komponen != w.komponen {
					continue
				}
				found = true
				if fmtNum(k.Bobot) != w.bobot || fmtNum(k.Nilai) != w.nilai {
					t.Errorf("%s: %d %s = bobot %s nilai %s, want %s %s", tc.name, w.year, w.komponen, fmtNum(k.Bobot), fmtNum(k.Nilai), w.bobot, w.nilai)
				}
			}
			if !found {
				t.Errorf("%s: no component %d %s in %+v", tc.name, w.year, w.komponen, d.SakipKomponen)
			}
		}
		checkSakip(t, tc.name, d, tc.sakip)
		if tc.finding != "" && !hasRule(d, tc.finding) {
			t.Errorf("%s: no finding %s", tc.name, tc.finding)
		}
	}
}

// TestSakipScoredYearProse: the year an evaluation scores, named as such
// ("tahun kinerja 2020", "atas kinerja tahun 2022", "tahun yang dinilai"),
// decides over "Evaluasi AKIP Tahun Y" and pairs with the scores of a
// comparison sentence; a score stated without a grade takes its band's.
func TestSakipScoredYearProse(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []sakipWant
	}{
		{"tahun kinerja pairs", "Berdasarkan LHE AKIP yang diterima pada tahun 2023, KPU Kabupaten Sikka memperoleh predikat B (67,12) untuk tahun kinerja 2022. Sebagai pembanding, nilai tahun kinerja 2021 adalah 63,95 dan tahun kinerja 2020 adalah 71,34.",
			[]sakipWant{{"5307", 2022, 67.12, "B", "tinggi"}, {"5307", 2021, 63.95, "B", "tinggi"}, {"5307", 2020, 71.34, "BB", "tinggi"}}},
		{"evaluation year and scored year", "Hasil evaluasi AKIP tahun 2024 atas kinerja tahun 2023 memberikan nilai 72,40 dengan predikat BB.",
			[]sakipWant{{"5307", 2023, 72.40, "BB", "tinggi"}}},
		{"scored year after the score names the earlier result", "Berdasarkan Laporan Hasil Evaluasi AKIP Tahun 2023 yang disampaikan pada tahun 2024, KPU Kabupaten Sikka memperoleh nilai 68,80 dengan predikat B, turun dari nilai 71,30 (BB) pada evaluasi atas tahun 2022.",
			[]sakipWant{{"5307", 2023, 68.80, "B", "tinggi"}, {"5307", 2022, 71.30, "BB", "tinggi"}}},
		{"grade before the score, evaluation year and scored year", "Hasil evaluasi AKIP tahun 2023 atas kinerja tahun 2022 menempatkan KPU Kabupaten Sikka pada predikat BB dengan nilai 72,45.",
			[]sakipWant{{"5307", 2022, 72.45, "BB", "tinggi"}}},
		{"no grade, the scored year named", "Hasil evaluasi AKIP atas kinerja tahun 2022 memperoleh nilai 71,20.",
			[]sakipWant{{"5307", 2022, 71.20, "BB", "tinggi"}}},
		{"a sentence under the SAKIP table", "Sumber: LHE AKIP Inspektorat KPU\n\nEvaluasi atas tahun 2020 memberikan nilai 68,43 tanpa rincian komponen.",
			[]sakipWant{{"5307", 2020, 68.43, "B", "tinggi"}}},
		{"another index after a SAKIP paragraph", "Hasil evaluasi AKIP Tahun 2022 memperoleh nilai 70,10 dengan predikat BB. Nilai Keterbukaan Informasi Publik atas tahun 2022 sebesar 76,45.",
			[]sakipWant{{"5307", 2022, 70.10, "BB", "tinggi"}}},
		{"another index under a SAKIP paragraph", "Hasil evaluasi AKIP Tahun 2022 memperoleh nilai 70,10 dengan predikat BB.\n\nNilai Keterbukaan Informasi Publik atas tahun 2021 sebesar 76,45.",
			[]sakipWant{{"5307", 2022, 70.10, "BB", "tinggi"}}},
	}
	for _, tc := range tests {
		d := parseDoc(t, tc.name, tc.text)
		checkSakip(t, tc.name, d, tc.want)
		if len(d.Sakip) != len(tc.want) {
			t.Errorf("%s: %d SAKIP rows, want %d: %+v", tc.name, len(d.Sakip), len(tc.want), d.Sakip)
		}
	}
}

// TestSakipTableClasses: history and all-satker tables.
//   - A cell "BB (72,45)" holds the grade and the score.
//   - A Kode column holds area codes: names, never scores; a code confirms
//     the name, a code naming another satker leaves the row unloaded.
//   - A list printed in two halves side by side (the header repeating
//     itself) is one list; its year comes from the caption, not from a
//     sentence about RB before it.
//   - A score column per evaluated year ("Nilai 2021 | Predikat 2021", or
//     the years over "Nilai | Predikat"): each cell is its year's; a grade
//     outside its score's band leaves that cell out.
func TestSakipTableClasses(t *testing.T) {
	tests := []struct {
		name    string
		body    []string
		want    []sakipWant
		rows    int // how many SAKIP rows in all
		finding string
	}{
		{"grade before score, history", []string{"Tabel 3.9 Hasil Evaluasi AKIP", "", "Tahun\tNilai\tPredikat", "2021\t63,40\tB", "2022\tBB (70,15)\t"},
			[]sakipWant{{"5307", 2021, 63.40, "B", "tinggi"}, {"5307", 2022, 70.15, "BB", "tinggi"}}, 2, ""},
		{"grade before score, all satkers", []string{"Hasil evaluasi AKIP atas kinerja tahun 2022 seluruh satker:", "", "No\tSatuan Kerja\tNilai/Predikat", "1\tEnde\tBB (70,05)", "2\tNgada\tВ (67,55)"},
			[]sakipWant{{"5308", 2022, 70.05, "BB", "tinggi"}, {"5309", 2022, 67.55, "B", "tinggi"}}, 2, ""},
		{"kode column", []string{"Hasil evaluasi AKIP tahun 2022 (atas kinerja tahun 2021) seluruh satker:", "",
			"Tabel 3.3 Nilai AKIP Satker se-NTT Tahun 2021", "", "No.\tKode\tSatuan Kerja\tNilai\tPredikat",
			"1\t53.01\tKupang\t66,34\tB", "2\t53.16\tNagekeo\t59,55\tCC", "3\t53.05\tSikka\t61,45\tB", "4\t53.71\tKota Kupang\t61,80\tB", "\t\tRata-rata\t62,29\tB"},
			[]sakipWant{{"5301", 2021, 66.34, "B", "tinggi"}, {"5316", 2021, 59.55, "CC", "tinggi"}, {"5371", 2021, 61.80, "B", "tinggi"}}, 3, "sakip.baris_tidak_pasti"},
		{"two halves side by side", []string{"Pada tahun 2024 nilai Reformasi Birokrasi KPU Kabupaten Sikka sebesar 21,40 dari bobot 36,30 atau 58,95%.", "",
			"Tabel 3.7 Hasil Evaluasi AKIP Satker KPU se-Provinsi NTT Tahun 2022", "",
			"No\tKabupaten/Kota\tNilai\tPredikat\tNo\tKabupaten/Kota\tNilai\tPredikat",
			"1\tKupang\t66,34\tB\t2\tKota Kupang\t62,10\tB", "3\tEnde\t70,80\tBB\t4\tSumba Timur\t68,45\tB", "5\tNgada\t64,00\tB\t\t\t\t"},
			[]sakipWant{{"5301", 2022, 66.34, "B", "tinggi"}, {"5371", 2022, 62.10, "B", "tinggi"},
				{"5308", 2022, 70.80, "BB", "tinggi"}, {"5311", 2022, 68.45, "B", "tinggi"}, {"5309", 2022, 64.00, "B", "tinggi"}}, 5, ""},
		{"a score column per year", []string{"Tabel 3.9 Perbandingan Nilai AKIP Satker se-NTT", "",
			"No\tSatuan Kerja\tNilai 2021\tPredikat 2021\tNilai 2022\tPredikat 2022",
			"1\tKab. Kupang\t64,10\tB\t66,20\tB", "2\tRote-Ndao\t60,00\tB\t61,50\tB"},
			[]sakipWant{{"5301", 2021, 64.10, "B", "tinggi"}, {"5301", 2022, 66.20, "B", "tinggi"}, {"5314", 2022, 61.50, "B", "tinggi"}}, 3, "sakip.baris_tidak_pasti"},
		{"years over Nilai and Predikat", []string{"Tabel 3.9 Perbandingan Nilai AKIP Satker se-NTT", "",
			"No\tSatuan Kerja\t2021\t\t2022\t", "\t\tNilai\tPredikat\tNilai\tPredikat",
			"1\tKab. Kupang\t64,10\tB\t66,20\tB", "2\tEnde\tВВ (70,80)\t\t72,15\tBB"},
			[]sakipWant{{"5301", 2021, 64.10, "B", "tinggi"}, {"5301", 2022, 66.20, "B", "tinggi"}, {"5308", 2021, 70.80, "BB", "tinggi"}, {"5308", 2022, 72.15, "BB", "tinggi"}}, 4, ""},
	}
	for _, tc := range tests {
		d := parseDoc(t, tc.name, tc.body...)
		checkSakip(t, tc.name, d, tc.want)
		if len(d.Sakip) != tc.rows {
			t.Errorf("%s: %d SAKIP rows, want %d: %+v", tc.name, len(d.Sakip), tc.rows, d.Sakip)
		}
		if tc.finding != "" && !hasRule(d, tc.finding) {
			t.Errorf("%s: no finding %s", tc.name, tc.finding)
		}
	}
}

// TestTwoUpHalvesDiffer: a header whose halves differ (years over
// "Target | Realisasi | Target | Realisasi") is not a list in two halves.
func TestTwoUpHalvesDiffer(t *testing.T) {
	tests := []struct {
		name   string
		header [][]string
		split  bool
	}{
		{"repeated list", [][]string{{"No", "Satuan Kerja", "Nilai", "No", "Satuan Kerja", "Nilai"}}, true},
		{"years over repeated roles", [][]string{{"Indikator", "2022", "", "2023"}, {"", "Target", "Realisasi", "Target"}}, false},
		{"odd width", [][]string{{"No", "Nilai", "No", "Nilai", "Ket"}}, false},
		{"one named column a half", [][]string{{"", "Nilai", "", "Nilai"}}, false},
	}
	for _, tc := range tests {
		b := &extract.Block{Kind: extract.Table, Rows: []extract.Row{{Cells: []string{"1", "a", "2", "3", "b", "4"}}}}
		for _, h := range tc.header {
			b.Header = append(b.Header, extract.Row{Cells: h})
		}
		if _, ok := twoUp(b); ok != tc.split {
			t.Errorf("%s: split %v, want %v", tc.name, ok, tc.split)
		}
	}
}
