package parse

import (
	"fmt"
	"testing"
)

// TestRBTitleWeightClass: an RB table with one row per year whose score's
// column states the weight in its title ("Nilai PMPRB (bobot 36,30)")
// reads that weight; a column of the score's share of the weight
// ("Persentase terhadap Bobot (%)") is the share, never the weight, and a
// table with a Bobot column of its own keeps it. No capaian series is
// read from it (rb_table.go).
func TestRBTitleWeightClass(t *testing.T) {
	head := []string{"Hasil Penilaian Mandiri Pelaksanaan Reformasi Birokrasi (PMPRB) Tahun 2024", ""}
	for _, tc := range []struct {
		name string
		rows []string
	}{
		{"the weight in the score's title", []string{"Tahun\tNilai PMPRB (bobot 36,30)\tPersentase terhadap Bobot (%)", "2024\t24,90\t68,60"}},
		{"a Bobot column of its own", []string{"Tahun\tNilai\tBobot\tPersentase terhadap Bobot (%)", "2024\t24,90\t36,30\t68,60"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := parseDoc(t, tc.name, append(append(append([]string{}, head...), tc.rows...), "")...)
			var got []string
			for _, r := range d.RB {
				got = append(got, fmt.Sprintf("%d|%s|%s|%s", r.Tahun, nv(r.Nilai), nv(r.Bobot), nv(r.Persen)))
			}
			wantRows(t, "rb", got, []string{"2024|24.9|36.3|68.6"})
			if len(d.CapaianSeri) > 0 {
				t.Errorf("capaian series read from an RB table: %+v", d.CapaianSeri)
			}
		})
	}
}
