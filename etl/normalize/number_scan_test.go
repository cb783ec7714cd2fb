package normalize

import (
	"math/rand"
	"strconv"
	"strings"
	"testing"
)

// TestAtofDigits: the string-free readings give ParseFloat's value, for
// every length up to the 18 digits readCore accepts.
func TestAtofDigits(t *testing.T) {
	rng := rand.New(rand.NewSource(5))
	digits := func(n int) string {
		b := make([]byte, n)
		for i := range b {
			b[i] = byte('0' + rng.Intn(10))
		}
		return string(b)
	}
	for n := 0; n < 20000; n++ {
		a, f := digits(1+rng.Intn(12)), digits(1+rng.Intn(6))
		want, _ := strconv.ParseFloat(a+"."+f, 64)
		if got := atofDec(a, f); got != want {
			t.Fatalf("atofDec(%q, %q) = %v, want %v", a, f, got, want)
		}
		d := a + f
		want, _ = strconv.ParseFloat(d, 64)
		if got := atofDigits(d); got != want {
			t.Fatalf("atofDigits(%q) = %v, want %v", d, got, want)
		}
	}
}

// TestValueInPlace: the readings that skip separators in place give the
// value of the digits without them, for every length readCore accepts.
func TestValueInPlace(t *testing.T) {
	rng := rand.New(rand.NewSource(9))
	core := func(n int) string {
		b := make([]byte, n)
		for i := range b {
			b[i] = "0123456789.,"[rng.Intn(12)]
		}
		return string(b)
	}
	for n := 0; n < 20000; n++ {
		c, f := core(rng.Intn(24)), core(1+rng.Intn(6))
		f = onlyDigits(f) // a fraction holds digits only
		nd := len(onlyDigits(c))
		if nd > 18 {
			continue
		}
		if got, want := digitsValue(c, nd), atofDigits(onlyDigits(c)); got != want {
			t.Fatalf("digitsValue(%q) = %v, want %v", c, got, want)
		}
		if f == "" || nd+len(f) > 18 {
			continue
		}
		if got, want := decValue(c, f, nd+len(f)), atofDec(onlyDigits(c), f); got != want {
			t.Fatalf("decValue(%q, %q) = %v, want %v", c, f, got, want)
		}
	}
}

// TestValidGroups: the in-place check agrees with checking the parts of
// strings.Split.
func TestValidGroups(t *testing.T) {
	bySplit := func(s string, sep byte) bool {
		parts := strings.Split(s, string(sep))
		if len(parts[0]) == 0 || len(parts[0]) > 3 || len(parts) > 1 && parts[0][0] == '0' {
			return false
		}
		for _, p := range parts[1:] {
			if len(p) != 3 {
				return false
			}
		}
		return true
	}
	alphabet := "0123..,"
	rng := rand.New(rand.NewSource(9))
	cases := []string{"", ".", "1", "1.", ".1", "1.234", "01.234", "0", "1.234.567", "12.34", "1234.567", "1..234", "1,234.567"}
	for n := 0; n < 20000; n++ {
		b := make([]byte, rng.Intn(14))
		for i := range b {
			b[i] = alphabet[rng.Intn(len(alphabet))]
		}
		cases = append(cases, string(b))
	}
	for _, s := range cases {
		for _, sep := range []byte{'.', ','} {
			if got, want := validGroups(s, sep), bySplit(s, sep); got != want {
				t.Fatalf("validGroups(%q, %q) = %v, want %v", s, sep, got, want)
			}
		}
	}
}
