package parse

import (
	"testing"
)

// komponenWant is one component a test expects: bobot 0 means NULL.
type komponenWant struct {
	year         int
	komponen     string
	bobot, nilai float64
}

// TestSakipKomponenClasses: component tables laid out as columns, with the
// weights in a row of parenthesised numbers under the header (first cell
// empty: not a data row to merge), one row per evaluated year; without any
// stated weight the bobot is NULL with a finding, never assumed.
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
			[]komponenWant{{2021, "perencanaan", 30, 18.20}, {2021, "evaluasi_internal", 25, 15.60}, {2023, "pengukuran", 30, 21.30}, {2023, "pelaporan", 15, 11.20}},
			[]sakipWant{{"5307", 2021, 63.10, "B", "tinggi"}, {"5307", 2023, 71.95, "BB", "tinggi"}}, ""},
		{"no weights anywhere", []string{
			"Tabel 3.2 Nilai Komponen Evaluasi AKIP Tahun 2023", "",
			"Perencanaan Kinerja\tPengukuran Kinerja\tPelaporan Kinerja\tEvaluasi Internal\tNilai Akhir",
			"21,00\t21,30\t11,20\t18,45\t71,95"},
			[]komponenWant{{2023, "perencanaan", 0, 21.00}, {2023, "evaluasi_internal", 0, 18.45}},
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
				bobot := 0.0
				if k.Bobot != nil {
					bobot = *k.Bobot
				}
				if bobot != w.bobot || k.Nilai == nil || *k.Nilai != w.nilai {
					t.Errorf("%s: %d %s = bobot %s nilai %s, want %v %v", tc.name, w.year, w.komponen, fmtNum(k.Bobot), fmtNum(k.Nilai), w.bobot, w.nilai)
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
