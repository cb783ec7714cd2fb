package parse

import (
	"math/rand"
	"testing"
)

// TestBudgetCodeShape: the hand-written test agrees with the three
// patterns, on written codes and on random strings of their alphabet.
func TestBudgetCodeShape(t *testing.T) {
	cases := []string{"", "WA", "wa", "W", "WAB", "076.01.WA", "076.01.wa", "76.01.WA", "3360", "336", "33600", "WA.3360",
		"W.3360", "WAB.3360", "3360.BKB.001", "3360.BK.001", "3360.BKB.01", "3360.BKB.0011", "Ä", "WA\n", "3360\n", "٣٣٦٠"}
	alphabet := "0123456789ABZa.. x"
	rng := rand.New(rand.NewSource(3))
	for n := 0; n < 200000; n++ {
		b := make([]byte, rng.Intn(14))
		for i := range b {
			b[i] = alphabet[rng.Intn(len(alphabet))]
		}
		cases = append(cases, string(b))
	}
	// shapes close to the codes: digits and letters where the codes have them
	for n := 0; n < 20000; n++ {
		for _, shape := range []string{"ddd.dd.AA", "AA.dddd", "A.dddd", "dddd.AAA.ddd", "AA", "dddd"} {
			b := []byte(shape)
			for i, c := range b {
				switch {
				case rng.Intn(20) == 0:
					b[i] = alphabet[rng.Intn(len(alphabet))]
				case c == 'd':
					b[i] = byte('0' + rng.Intn(10))
				case c == 'A':
					b[i] = byte('A' + rng.Intn(26))
				}
			}
			cases = append(cases, string(b))
		}
	}
	for _, s := range cases {
		want := reProgram.MatchString(s) || reKegiatan.MatchString(s) || reOutput.MatchString(s)
		if got := budgetCodeShape(s); got != want {
			t.Fatalf("budgetCodeShape(%q) = %v, want %v", s, got, want)
		}
	}
}
