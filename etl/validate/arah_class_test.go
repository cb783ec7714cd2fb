package validate

import (
	"fmt"
	"testing"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// TestArahFromLapor: an indicator the reference does not know is read
// lower-is-better only when the reported capaian proves it (it fits
// (t−(r−t))/t and not r/t); a known indicator keeps its own direction.
func TestArahFromLapor(t *testing.T) {
	tests := []struct {
		name          string
		ind           string
		target, real  float64
		lapor         *float64
		hitung        string
		tercapai      bool
		arahFromLapor int
	}{
		{"unknown, lapor fits lower-is-better", "Persentase aduan yang tidak ditindaklanjuti", 10, 12.5, facts.F(75), "75", false, 1},
		{"unknown, lapor rounded to whole", "Persentase aduan yang tidak ditindaklanjuti", 10, 4, facts.F(160), "160", true, 1},
		{"unknown, lapor fits the usual formula", "Persentase aduan yang diselesaikan", 80, 88, facts.F(110), "110", true, 0},
		{"unknown, no lapor: nothing proves a direction", "Persentase aduan yang tidak ditindaklanjuti", 10, 4, nil, "40", false, 0},
		{"unknown, lapor fits neither", "Persentase aduan yang tidak ditindaklanjuti", 10, 4, facts.F(90), "40", false, 0},
		{"known indicator keeps its direction", "Persentase kesesuaian Kompetensi Pegawai terhadap standar kompetensi penugasannya", 90, 81, facts.F(110), "90", false, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := &facts.Document{Capaian: []facts.Capaian{{Indikator: tc.ind, TargetTeks: fmt.Sprint(tc.target), TargetNilai: facts.F(tc.target),
				RealisasiTeks: fmt.Sprint(tc.real), RealisasiNilai: facts.F(tc.real), CapaianLapor: tc.lapor}}}
			Document(d)
			c := d.Capaian[0]
			if c.CapaianHitung == nil || fmt.Sprint(*c.CapaianHitung) != tc.hitung || c.Tercapai == nil || *c.Tercapai != tc.tercapai {
				t.Errorf("hitung %v tercapai %v, want %s %v", c.CapaianHitung, c.Tercapai, tc.hitung, tc.tercapai)
			}
			if got := rules(d)["capaian.arah_dari_lapor"]; got != tc.arahFromLapor {
				t.Errorf("capaian.arah_dari_lapor %d, want %d", got, tc.arahFromLapor)
			}
		})
	}
}
