package parse

import "testing"

// TestBudgetWordPair: "anggaran Rp X dan realisasi Rp Y (p%)" in a sentence
// of a fiscal year (made-up figures): X is the year's pagu only when p is
// Y / X; otherwise the amount is left unread (realisasi alone loads, with
// its finding).
func TestBudgetWordPair(t *testing.T) {
	tests := []struct {
		name, s string
		pagu    int64 // 0: no pagu
	}{
		{"comparison year", "Sebagai pembanding, TA 2019 mencatat anggaran Rp25.112.430.000 dan realisasi\nRp24.204.491.207 (96,38%).", 25112430000},
		{"dengan, sebesar", "Tahun anggaran 2021 memperoleh anggaran sebesar Rp 8.000.000.000 dengan realisasi sebesar Rp 7.600.000.000 (95,00%).", 8000000000},
		{"percent one decimal", "Pada TA 2020 tercatat anggaran Rp4.000.000.000 dan realisasinya Rp3.500.000.000 (87,5%).", 4000000000},
		{"percent not the ratio", "Sebagai pembanding, TA 2019 mencatat anggaran Rp25.112.430.000 dan realisasi Rp24.204.491.207 (97,38%).", 0},
		{"no year", "Kegiatan ini mencatat anggaran Rp25.112.430.000 dan realisasi Rp24.204.491.207 (96,38%).", 0},
		{"words between", "TA 2019 mencatat anggaran Rp25.112.430.000 dan realisasi belanja modal Rp24.204.491.207 (96,38%).", 0},
	}
	for _, tc := range tests {
		d, err := Text("sikka.txt", doc("BAB III", "", tc.s))
		if err != nil {
			t.Fatal(err)
		}
		var got int64
		for _, a := range d.Anggaran {
			if a.Kode == "TOTAL" && a.Pagu != nil {
				got = *a.Pagu
			}
		}
		if got != tc.pagu {
			t.Errorf("%s: pagu %d, want %d (%+v)", tc.name, got, tc.pagu, d.Anggaran)
		}
	}
}
