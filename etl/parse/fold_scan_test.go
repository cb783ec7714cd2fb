package parse

// containsFoldASCII (and containsFoldLong, its IndexByte path for long
// texts) answers as the plain byte loop does, on random texts of the bytes
// that fold together and others.

import (
	"math/rand"
	"testing"
)

func foldNaive(s, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		j := 0
		for j < len(sub) && s[i+j]|0x20 == sub[j] {
			j++
		}
		if j == len(sub) {
			return true
		}
	}
	return false
}

func TestContainsFoldASCIILoop(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	alpha := "aAnNiIlL kK\x00 @`\t1"
	subs := []string{"a", "n", "nilai", "akip", " of ", "aa", "ln", "@", "`", " ", "il", "kk", "lai", "aaaa", "\x00"}
	for n := 0; n < 20000; n++ {
		l := r.Intn(200)
		b := make([]byte, l)
		for i := range b {
			if r.Intn(10) == 0 {
				b[i] = byte(r.Intn(256))
			} else {
				b[i] = alpha[r.Intn(len(alpha))]
			}
		}
		s := string(b)
		sub := subs[r.Intn(len(subs))]
		if r.Intn(4) == 0 {
			k := r.Intn(5) + 1
			sb := make([]byte, k)
			for i := range sb {
				sb[i] = alpha[r.Intn(len(alpha))] | 0x20
				if r.Intn(6) == 0 {
					sb[i] = byte(r.Intn(256))
				}
			}
			sub = string(sb)
		}
		if got, want := containsFoldASCII(s, sub), foldNaive(s, sub); got != want {
			t.Fatalf("%q %q: %v want %v", s, sub, got, want)
		}
		if len(sub) > 0 && len(s) >= len(sub) {
			if got, want := containsFoldLong(s, sub), foldNaive(s, sub); got != want {
				t.Fatalf("long %q %q: %v want %v", s, sub, got, want)
			}
		}
	}
}
