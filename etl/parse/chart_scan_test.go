package parse

import (
	"strings"
	"testing"
)

// TestIndexSpacedEq: indexSpacedEq finds what strings.Index(t, " = ")
// finds, and firstPointShape reads the same first separator as before.
func TestIndexSpacedEq(t *testing.T) {
	for _, s := range []string{"", "=", " = ", "a = 1", "a=1 b = 2", "x == y = 3", "= = =", "a =b = 4", "Nilai = 20,96 | Bobot = 36,30",
		"tanpa tanda", "a =", "= a", "a  =  b", "Perencanaan: 18,40 = x", "a = b: 3"} {
		if got, want := indexSpacedEq(s), strings.Index(s, " = "); got != want {
			t.Errorf("indexSpacedEq(%q) = %d, want %d", s, got, want)
		}
	}
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"Nilai = 20,96 | Bobot: 36,30", true},
		{"Catatan: lihat tabel = 3", false},
		{"Prov. NTT: 60,05 | Kupang: 62,51", true},
		{"a = b: 3", false},
		{"tanpa tanda 2024", false},
	} {
		if got := firstPointShape(tc.s); got != tc.want {
			t.Errorf("firstPointShape(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}
