package parse

import (
	"strings"
	"testing"
)

// TestRealisasiBracketClass: a budget with no Serapan column whose
// realisasi cells close with the serapan in brackets loads each bracket as
// its row's serapan_lapor when realisasi/pagu proves the column; brackets
// that are some other share (of the total) prove nothing and load nowhere,
// the amounts read as before.
func TestRealisasiBracketClass(t *testing.T) {
	doc := func(brackets ...string) []string {
		return []string{"Tabel 3.3 Realisasi Anggaran Tahun 2019", "",
			"Kode\tProgram/Kegiatan\tPagu (Rp)\tRealisasi (Rp) (Serapan)\tSisa (Rp)",
			"076.01.WA\tProgram Dukungan Manajemen\t3.016.750.000\t2.976.890.000 (" + brackets[0] + ")\t39.860.000",
			"3355\tPengelolaan Keuangan dan Barang Milik Negara\t1.912.450.000\t1.890.120.000 (" + brackets[1] + ")\t22.330.000",
			"3360\tOperasional Perkantoran\t1.104.300.000\t1.086.770.000 (" + brackets[2] + ")\t17.530.000",
			"\tJUMLAH\t3.016.750.000\t2.976.890.000 (" + brackets[3] + ")\t39.860.000", ""}
	}
	for _, tc := range []struct {
		name     string
		brackets []string
		want     string
	}{
		{"the serapan", []string{"98,68%", "98,83%", "98,41%", "98,68%"}, "98.68 98.83 98.41 98.68"},
		{"a share of the total", []string{"100,00%", "62,66%", "36,03%", "100,00%"}, "<nil> <nil> <nil> <nil>"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := parseDoc(t, tc.name, doc(tc.brackets...)...)
			var got, real []string
			for _, a := range d.Anggaran {
				got = append(got, nv(a.SerapanLapor))
				real = append(real, nv(a.Realisasi))
			}
			if s := strings.Join(got, " "); s != tc.want {
				t.Errorf("serapan_lapor %s, want %s", s, tc.want)
			}
			if s, want := strings.Join(real, " "), "2976890000 1890120000 1086770000 2976890000"; s != want {
				t.Errorf("realisasi %s, want %s", s, want)
			}
		})
	}
	// the bracket parser itself
	for _, tc := range []struct {
		cell string
		ok   bool
	}{{"2.976.890.000 (98,68%)", true}, {"2.976.890.000 (98,68)", false}, {"2.976.890.000", false}, {"(98,68%)", false}} {
		if _, _, ok := bracketPercent(tc.cell); ok != tc.ok {
			t.Errorf("bracketPercent(%q) ok=%v, want %v", tc.cell, ok, tc.ok)
		}
	}
}
