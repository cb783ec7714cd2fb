package parse

import "testing"

// TestSakipFusedTotal: a numbered component table (Komponen, Nilai, Bobot:
// the score before the weight) closed by "Nilai Akhir : 64,50 (B)" written
// in the name column. The extractor joins that line to the last component
// as a wrapped name; its value column is the component's, so neither the
// score nor that component is proven. It once loaded the component's value
// as the score (with the predikat of its band).
func TestSakipFusedTotal(t *testing.T) {
	head := []string{"LAPORAN KINERJA SEKRETARIAT KPU KABUPATEN NAGEKEO TAHUN 2023", "", "Sekretaris KPU Kabupaten Nagekeo", "",
		"Tabel 3.2 Hasil Evaluasi SAKIP Tahun 2022", ""}
	for _, tc := range []struct {
		name string
		rows []string
		comp []string
	}{{
		name: "evaluasi internal last",
		rows: []string{"No\tKomponen\tNilai\tBobot", "1\tPerencanaan Kinerja\t23,10\t30", "2\tPengukuran Kinerja\t19,20\t30",
			"3\tEvaluasi Internal\t12,15\t25", "4\tPelaporan Kinerja\t10,05\t15", "\tNilai Akhir : 64,50 (B)"},
		comp: []string{"2022|perencanaan|30|23.1", "2022|pengukuran|30|19.2", "2022|evaluasi_internal|25|12.15"},
	}, {
		name: "pelaporan last, weights as decimals",
		rows: []string{"No\tKomponen\tNilai\tBobot", "1\tPerencanaan Kinerja\t23,10\t30,00", "2\tPengukuran Kinerja\t19,20\t30,00",
			"3\tPelaporan Kinerja\t10,05\t15,00", "4\tEvaluasi Internal\t12,15\t25,00", "\tNilai Akhir\t: 64,50 (B)"},
		comp: []string{"2022|perencanaan|30|23.1", "2022|pengukuran|30|19.2", "2022|pelaporan|15|10.05"},
	}} {
		t.Run(tc.name, func(t *testing.T) {
			d := parseDoc2(t, tc.name, append(append(append([]string{}, head...), tc.rows...), "", "Demikian hasil evaluasi."))
			wantRows(t, "sakip", factRows["sakip"](d), nil)
			got := factRows["sakip_komponen"](d)
			for _, r := range got {
				ok := false
				for _, w := range tc.comp {
					ok = ok || r == w
				}
				if !ok {
					t.Errorf("component %s loaded, want only %v", r, tc.comp)
				}
			}
		})
	}
}
