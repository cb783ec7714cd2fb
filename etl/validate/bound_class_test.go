package validate

import (
	"fmt"
	"testing"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// TestBoundArah: a target printed as a bound gives the row's direction:
// an at-most sign or word is computed lower-is-better, (t−(r−t))/t, an
// at-least one r/t, whatever the catalogue or the indicator's name says.
func TestBoundArah(t *testing.T) {
	tests := []struct {
		name, ind, target string
		tv, rv            float64
		hitung            string
		tercapai          bool
	}{
		{"at most, unknown indicator", "Persentase sengketa yang tidak selesai", "≤ 4,00", 4, 3, "125", true},
		{"at most in words, missed", "Persentase temuan yang berulang", "maks. 5 %", 5, 6, "80", false},
		{"ascii at most", "Persentase sengketa yang tidak selesai", "<= 10", 10, 2.5, "175", true},
		{"at least, missed", "Persentase arsip yang tertata", "≥ 100,00", 100, 96.5, "96.5", false},
		{"at most beats a known higher-is-better indicator", "Persentase kesesuaian Kompetensi Pegawai terhadap standar kompetensi penugasannya", "≤ 20", 20, 15, "125", true},
		{"at least beats a known lower-is-better indicator", "Persentase Penyelenggara Pemilu/Pemilihan yang terbukti melakukan Pelanggaran Pemilu/Pemilihan", "min. 2", 2, 3, "150", true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := &facts.Document{Capaian: []facts.Capaian{{Indikator: tc.ind, TargetTeks: tc.target, TargetNilai: facts.F(tc.tv),
				RealisasiTeks: fmt.Sprint(tc.rv), RealisasiNilai: facts.F(tc.rv)}}}
			Document(d)
			c := d.Capaian[0]
			if c.CapaianHitung == nil || fmt.Sprint(*c.CapaianHitung) != tc.hitung || c.Tercapai == nil || *c.Tercapai != tc.tercapai {
				t.Errorf("hitung %v tercapai %v, want %s %v", c.CapaianHitung, c.Tercapai, tc.hitung, tc.tercapai)
			}
		})
	}
}
