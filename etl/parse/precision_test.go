package parse

import "testing"

// TestProsePrecision: revenue, assets and DIPA revisions are not the
// budget realisation; two amounts for one figure load only when the stated
// percentage proves one of them.
func TestProsePrecision(t *testing.T) {
	tests := []struct {
		name       string
		body       string
		pagu, real int64 // 0 = NULL
	}{
		{"revenue is not the realisation",
			"Pada Tahun Anggaran 2024 pagu anggaran sebesar Rp 10.000.000 dengan realisasi belanja sebesar Rp 9.500.000 atau 95,00%. Realisasi Pendapatan Negara Bukan Pajak sebesar Rp3.907.589.",
			10000000, 9500000},
		{"revenue first, spending after",
			"Realisasi Pendapatan tahun 2024 sebesar Rp 3.907.589. Total pagu anggaran Tahun Anggaran 2024 sebesar Rp 10.000.000 dan realisasi sebesar Rp 9.500.000 atau 95%.",
			10000000, 9500000},
		{"DIPA revision amount",
			"Pagu anggaran Tahun Anggaran 2024 sebesar Rp 10.000.000. Realisasi revisi DIPA sebesar Rp 2.000.000.",
			10000000, 0},
		{"two realisations, the percentage proves one",
			"Pagu anggaran Tahun Anggaran 2024 sebesar Rp 10.000.000 dengan realisasi sebesar Rp 9.000.000 atau 90,00%. Realisasi anggaran tahun 2024 tercatat sebesar Rp 8.000.000.",
			10000000, 9000000},
		{"two realisations, nothing proves one",
			"Pagu anggaran Tahun Anggaran 2024 sebesar Rp 10.000.000 dengan realisasi sebesar Rp 9.000.000. Realisasi anggaran tahun 2024 tercatat sebesar Rp 8.000.000.",
			10000000, 0},
	}
	for _, tc := range tests {
		d, err := Text(tc.name, doc(tc.body))
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		var pagu, real int64
		for _, a := range d.Anggaran {
			if a.Kode == "TOTAL" && a.Tahun == 2024 && a.Utama {
				if a.Pagu != nil {
					pagu = *a.Pagu
				}
				if a.Realisasi != nil {
					real = *a.Realisasi
				}
			}
		}
		if pagu != tc.pagu || real != tc.real {
			t.Errorf("%s: pagu %d realisasi %d, want %d %d", tc.name, pagu, real, tc.pagu, tc.real)
		}
	}
}
