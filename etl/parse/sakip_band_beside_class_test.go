package parse

import (
	"strings"
	"testing"
)

// TestSakipBandBesideClass: a component table typed with its sheet's
// lookup table of bands beside it (`Batas Bawah | Predikat`, a VLOOKUP
// helper) has other grades on its total and predikat rows; the year's
// grade is the one in the value column, else the first in the row.
// Made-up offices and figures; look-alikes keep the grade they state.
func TestSakipBandBesideClass(t *testing.T) {
	doc := func(office string, rows ...string) string {
		lines := []string{"LAPORAN KINERJA", "KPU KABUPATEN " + office, "TAHUN 2023", "",
			"B. Evaluasi Akuntabilitas Kinerja", "",
			"Tabel 3.2 Nilai Evaluasi AKIP Tahun 2022 per Komponen", ""}
		return strings.Join(append(lines, rows...), "\n") + "\n"
	}
	comps := func(extra ...string) []string {
		return append([]string{
			"1\tPerencanaan Kinerja\t30,00\t21,40\t\t0,00\tD",
			"2\tPengukuran Kinerja\t30,00\t22,05\t\t30,01\tC",
			"3\tPelaporan Kinerja\t15,00\t11,10\t\t50,01\tCC",
			"4\tEvaluasi Akuntabilitas Kinerja Internal\t25,00\t18,02\t\t60,01\tB",
		}, extra...)
	}
	head := "No\tKomponen\tBobot\tNilai\t\tBatas Bawah\tPredikat"
	tests := []struct {
		name, text string
		grade      string
	}{
		{"predikat row, grade under Nilai, band's A at the right",
			doc("ENDE", append([]string{head}, comps("\tNilai Akhir\t100,00\t72,57\t\t70,01\tBB", "\tPredikat\t\tBB\t\t80,01\tA", "\t\t\t\t\t90,01\tAA")...)...), "BB"},
		{"total row with its grade in a column of its own",
			doc("NGADA", append([]string{"No\tKomponen\tBobot\tNilai\tPredikat\t\tBatas Bawah\tPredikat"},
				"1\tPerencanaan Kinerja\t30,00\t21,40\t\t\t0,00\tD",
				"2\tPengukuran Kinerja\t30,00\t22,05\t\t\t30,01\tC",
				"3\tPelaporan Kinerja\t15,00\t11,10\t\t\t50,01\tCC",
				"4\tEvaluasi Akuntabilitas Kinerja Internal\t25,00\t18,02\t\t\t60,01\tB",
				"\tNilai Akhir\t100,00\t72,57\tBB\t\t80,01\tA")...), "BB"},
		// look-alikes: one grade on the row, where the table puts it
		{"grade after the score in the value cell",
			doc("ALOR", "No\tKomponen\tBobot\tNilai", "1\tPerencanaan Kinerja\t30,00\t21,40", "2\tPengukuran Kinerja\t30,00\t22,05",
				"3\tPelaporan Kinerja\t15,00\t11,10", "4\tEvaluasi Akuntabilitas Kinerja Internal\t25,00\t18,02", "\tTotal\t100,00\t72,57 (BB)"), "BB"},
		{"predikat row with the grade in the weight column",
			doc("SIKKA", "No\tKomponen\tBobot\tNilai", "1\tPerencanaan Kinerja\t30,00\t21,40", "2\tPengukuran Kinerja\t30,00\t22,05",
				"3\tPelaporan Kinerja\t15,00\t11,10", "4\tEvaluasi Akuntabilitas Kinerja Internal\t25,00\t18,02", "\tNilai Akhir\t100,00\t72,57", "\tPredikat\tBB\t"), "BB"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d, err := Text("lkj.txt", []byte(tc.text))
			if err != nil {
				t.Fatal(err)
			}
			n := 0
			for _, s := range d.Sakip {
				if s.TahunDinilai != 2022 {
					continue
				}
				n++
				if s.Nilai == nil || *s.Nilai != 72.57 || s.Predikat != tc.grade {
					t.Errorf("sakip 2022: nilai %v predikat %q, want 72.57 %q", s.Nilai, s.Predikat, tc.grade)
				}
			}
			if n != 1 {
				t.Errorf("%d sakip rows of 2022, want 1", n)
			}
			if len(d.SakipKomponen) != 4 {
				t.Errorf("%d components, want 4", len(d.SakipKomponen))
			}
		})
	}
}
