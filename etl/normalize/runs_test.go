package normalize

import "testing"

func TestAllDigitsAllUpper(t *testing.T) {
	for _, c := range []struct {
		s             string
		digits, upper bool
	}{
		{"", true, true},
		{"0123456789", true, false},
		{"3360", true, false},
		{"WA", false, true},
		{"BKB", false, true},
		{"33a0", false, false},
		{"Wa", false, false},
		{"W.", false, false},
		{"٣", false, false}, // a non-ASCII digit is not a code digit
	} {
		if got := AllDigits(c.s); got != c.digits {
			t.Errorf("AllDigits(%q) = %v, want %v", c.s, got, c.digits)
		}
		if got := AllUpper(c.s); got != c.upper {
			t.Errorf("AllUpper(%q) = %v, want %v", c.s, got, c.upper)
		}
	}
}
