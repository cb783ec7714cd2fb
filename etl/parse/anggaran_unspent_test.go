package parse

import "testing"

// TestUnspentShareRole: a column of the share left unspent ("% Tidak
// Terserap", "Sisa (%)") is neither the serapan nor the sisa; look-alikes
// keep their roles: the serapan's own titles, a bare "%", sisa amounts
// (also one titled "Sisa Tidak Terserap").
func TestUnspentShareRole(t *testing.T) {
	for _, tc := range []struct {
		cell string
		want int
	}{
		{"% Tidak Terserap", roleNone},
		{"Tidak Terserap (%)", roleNone},
		{"Sisa (%)", roleNone},
		{"Persentase Belum Terealisasi", roleNone},
		{"Unspent (%)", roleNone},
		{"Serapan (%)", rolePersen},
		{"%", rolePersen},
		{"Persentase Realisasi", rolePersen},
		{"Sisa Anggaran", roleSisa},
		{"Sisa (Rp)", roleSisa},
		{"Sisa Tidak Terserap", roleSisa},
		{"Sisa (Rp) / Serapan (%)", roleSisa},
	} {
		if got := anggaranRoleOf(tc.cell); got != tc.want {
			t.Errorf("anggaranRoleOf(%q) = %d, want %d", tc.cell, got, tc.want)
		}
	}
}
