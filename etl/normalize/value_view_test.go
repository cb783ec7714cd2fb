package normalize

import (
	"strings"
	"testing"
)

// TestValueViews: the no-copy forms parseValue looks cells up with say what
// strings.ToLower, ToUpper and Fields(s)[0] say, for ASCII and for text
// they hand to those functions (non-ASCII, longer than the buffer).
func TestValueViews(t *testing.T) {
	for _, s := range []string{
		"", "Tercapai", "TIDAK TERCAPAI", "wtp", "Wajar Tanpa Pengecualian", " 12 orang", "\t98,5 Persen\n",
		"Rp\u00a0100", "Ünsur B", "İstanbul", "belum  dinilai ", strings.Repeat("Ab", 40), "x\u2003y",
	} {
		var buf [64]byte
		if got, want := lowerView(buf[:], s), strings.ToLower(s); got != want {
			t.Errorf("lowerView(%q) = %q, want %q", s, got, want)
		}
		if got, want := upperView(buf[:], s), strings.ToUpper(s); got != want {
			t.Errorf("upperView(%q) = %q, want %q", s, got, want)
		}
		if f := strings.Fields(s); len(f) > 0 {
			if got := firstField(s); got != f[0] {
				t.Errorf("firstField(%q) = %q, want %q", s, got, f[0])
			}
		}
	}
}
