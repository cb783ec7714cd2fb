package parse

import (
	"testing"
)

// TestBudgetChangeColumn: a multi-year budget table with a column of the
// change from the year before ("Kenaikan/(Penurunan) Pagu", "Naik/Turun",
// "Pertumbuhan (%)", "Increase/(Decrease)") reads pagu and realisasi from
// their own columns: the change is neither a second pagu nor a serapan.
// "Pagu Perubahan" is the revised pagu, not a change.
func TestBudgetChangeColumn(t *testing.T) {
	rows := []string{
		"2021\tRp 3.333.570.000\tRp 3.248.970.320\t(538.580.000)",
		"2022\tRp 5.238.410.000\tRp 5.104.766.000\t1.904.840.000",
	}
	tests := []struct {
		name, hdr string
		pagu21    int64 // 0: NULL
		serapan   string
	}{
		{"kenaikan/(penurunan) pagu", "Tahun Anggaran\tPagu\tRealisasi\tKenaikan/(Penurunan) Pagu", 3333570000, "-"},
		{"naik/turun", "Tahun Anggaran\tPagu\tRealisasi\tNaik/Turun Pagu", 3333570000, "-"},
		{"pertumbuhan in percent", "Tahun Anggaran\tPagu\tRealisasi\tPertumbuhan Pagu (%)", 3333570000, "-"},
		{"English", "Fiscal Year\tBudget\tRealization\tIncrease/(Decrease) of Budget", 3333570000, "-"},
		{"peningkatan anggaran", "Tahun Anggaran\tPagu\tRealisasi\tPeningkatan Anggaran", 3333570000, "-"},
		{"pagu perubahan is the pagu", "Tahun Anggaran\tPagu Perubahan\tRealisasi\tSerapan (%)", 3333570000, ""},
	}
	for _, tc := range tests {
		r := rows
		if tc.serapan == "" {
			r = []string{"2021\tRp 3.333.570.000\tRp 3.248.970.320\t97,46", "2022\tRp 5.238.410.000\tRp 5.104.766.000\t97,45"}
			tc.serapan = "97.46"
		}
		body := append([]string{"Perbandingan pagu dan realisasi Tahun Anggaran 2021-2022:", "", tc.hdr}, r...)
		d := parseDoc(t, tc.name, body...)
		found := false
		for _, a := range d.Anggaran {
			if a.Kode != "TOTAL" || a.Tahun != 2021 {
				continue
			}
			found = true
			if i64(a.Pagu) != tc.pagu21 || i64(a.Realisasi) != 3248970320 || fmtNum(a.SerapanLapor) != tc.serapan {
				t.Errorf("%s: pagu %d realisasi %d serapan %s, want %d 3248970320 %s", tc.name, i64(a.Pagu), i64(a.Realisasi), fmtNum(a.SerapanLapor), tc.pagu21, tc.serapan)
			}
		}
		if !found {
			t.Errorf("%s: no TOTAL 2021 in %+v", tc.name, d.Anggaran)
		}
		if hasRule(d, "anggaran.kolom_ganda") {
			t.Errorf("%s: kolom_ganda raised", tc.name)
		}
	}
}
