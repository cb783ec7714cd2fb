package extract

import "testing"

// TestUnitHeadingClass: the words of a unit group heading, and look-alikes
// that name no unit (an office, a sentence, a column title).
func TestUnitHeadingClass(t *testing.T) {
	tests := []struct {
		in, unit string
		ok       bool
	}{
		{"Satuan: persen (%)", "persen", true},
		{"SATUAN : %", "persen", true},
		{"Satuan dokumen", "dokumen", true},
		{"Unit: Laporan", "laporan", true},
		{"satuan: opini BPK", "opini", true},
		{"(dalam persen)", "persen", true},
		{"Satuan Kerja: KPU Kabupaten Ngada", "", false},
		{"Unit Kerja Sekretariat", "", false},
		{"Satuan", "", false},
		{"Satuannya persen", "", false},
		{"Satuan: persen untuk seluruh indikator pada tabel ini", "", false},
		{"(dalam rangka pemilihan)", "", false},
		{"Sasaran: persen", "", false},
	}
	for _, tc := range tests {
		u, ok := UnitHeading(tc.in)
		if u != tc.unit || ok != tc.ok {
			t.Errorf("UnitHeading(%q) = %q, %v; want %q, %v", tc.in, u, ok, tc.unit, tc.ok)
		}
	}
	if !unitHeadingRow([]string{"", "Satuan: predikat", ""}) || unitHeadingRow([]string{"Satuan: persen", "Target"}) {
		t.Error("unitHeadingRow: one filled cell holding a heading, nothing else")
	}
}
