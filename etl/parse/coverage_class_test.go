package parse

import "testing"

// TestProseNumberOutline: a heading's section number ("3.2 Daftar Pemilih
// Tetap Pemilu 2019") is no figure the sentence states; a thousands group or
// a decimal at the start of a sentence still is.
func TestProseNumberOutline(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"3.2 daftar pemilih tetap pemilu 2019", false},
		{"3.1.2 hasil evaluasi akip satuan kerja", false},
		{"3.1.2. hasil evaluasi akip 2020", false},
		{"3.374 pemilih terdaftar dalam dpt", true},
		{"3.2 realisasi anggaran sebesar 95,40%", true},
		{"12,5 persen pemilih belum terdaftar dalam dpt", true},
		{"3.4 5,5 persen realisasi", true}, // a number after it: no heading
		{"realisasi anggaran rp 1.000.000", true},
	}
	for _, tc := range tests {
		if got := proseNumber([]byte(tc.s)); got != tc.want {
			t.Errorf("proseNumber(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}

// TestNullKomponenSaysWhy: a component score loaded without its weight (a
// table of components as columns that states no weights) carries a finding
// on its lines, as every NULL measure must.
func TestNullKomponenSaysWhy(t *testing.T) {
	d, err := Text("komponen", doc("Hasil evaluasi AKIP tahun 2023 per komponen:", "",
		"Tahun Dinilai\tPerencanaan Kinerja\tPengukuran Kinerja\tPelaporan Kinerja\tEvaluasi Internal\tNilai Akhir\tPredikat",
		"2023\t20,90\t18,90\t9,65\t16,57\t66,02\tB"))
	if err != nil {
		t.Fatal(err)
	}
	if len(d.SakipKomponen) == 0 {
		t.Fatal("no component read")
	}
	for _, k := range d.SakipKomponen {
		if k.Bobot != nil {
			continue
		}
		told := false
		for _, f := range d.Findings {
			if f.Aturan != "dokumen.cakupan" && f.Start <= k.End && k.Start <= f.End {
				told = true
			}
		}
		if !told {
			t.Errorf("%s %d: bobot NULL without a finding on lines %d-%d", k.Komponen, k.TahunDinilai, k.Start, k.End)
		}
	}
}
