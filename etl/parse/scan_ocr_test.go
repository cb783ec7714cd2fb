package parse

import (
	"github.com/kpu-ntt/lkj/etl/sharedtest"
	"math/rand"
	"strings"
	"testing"
)

// TestOCRSuspect: fixOCR's gate never hides a change: on random headers
// made of header words, their one-letter slips and other words, fixOCR
// returns what its full pass (every word against every header word)
// returns.
func TestOCRSuspect(t *testing.T) {
	full := func(k string) string {
		words := strings.Fields(k)
		out := append([]string(nil), words...)
		changed := false
		for i, w := range words {
			if len(w) < 7 {
				continue
			}
			for _, v := range headerVocab {
				if w != v && len(w)-len(v) <= 1 && len(v)-len(w) <= 1 && w[0] == v[0] && oneEditRef(w, v) {
					out[i], changed = v, true
					break
				}
			}
		}
		if !changed {
			return k
		}
		return strings.Join(out, " ")
	}
	rng := rand.New(rand.NewSource(9))
	pieces := []string{"indikator", "indivator", "realisasi", "realisas", "sasaran", "sasarann", "capaian", "kapaian",
		"strategis", "kegiatan", "kegiattan", "anggaran", "kecamatan", "kabupaten", "target", "tahun", "2024", "é", " ", " ", "\t"}
	for n := 0; n < 50000; n++ {
		var b strings.Builder
		for k := rng.Intn(6); k > 0; k-- {
			b.WriteString(pieces[rng.Intn(len(pieces))])
			if rng.Intn(3) > 0 {
				b.WriteByte(' ')
			}
		}
		k := b.String()
		if got, want := fixOCR(k), full(k); got != want {
			t.Fatalf("fixOCR(%q) = %q, want %q", k, got, want)
		}
	}
}

// oneEditRef: a and b differ by one substitution, insertion or deletion.
func oneEditRef(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(b)-len(a) > 1 {
		return false
	}
	i := 0
	for i < len(a) && a[i] == b[i] {
		i++
	}
	if len(a) == len(b) {
		return i < len(a) && a[i+1:] == b[i+1:]
	}
	return a[i:] == b[i+1:]
}

// TestOCRDamaged: the fast gate answers as the full count does, on random
// texts of damaged words, clean letters, digits and the characters it
// looks for, at every length around a word's eight bytes.
func TestOCRDamaged(t *testing.T) {
	rng := rand.New(rand.NewSource(13))
	pieces := []string{"a1b", "aIb", "A0B", "ab", "Z", "1", "0", "I", " ", "é", "l", "2024", "KPU"}
	// the edges of the letter ranges, and bytes above ASCII that are a
	// letter's with the high bit set, beside the characters counted
	edges := sharedtest.Texts(14, 50000, 24, []string{"a1b", "A0B", "1", "0", "I", "a", "z", "A", "Z", "`", "{", "@", "[",
		"\xe1", "\xfa", "\xc1", "\xda", "\xb1", "\xb0", "\xc9"}, nil)
	for _, e := range edges {
		b := []byte(e)
		if got, want := ocrDamaged(b), ocrDamage(b, nil) >= ocrLeast; got != want {
			t.Fatalf("ocrDamaged(%q) = %v, want %v", b, got, want)
		}
	}
	seen := [2]int{}
	for n := 0; n < 100000; n++ {
		var b []byte
		for k := rng.Intn(24); k > 0; k-- {
			b = append(b, pieces[rng.Intn(len(pieces))]...)
		}
		b = b[:rng.Intn(len(b)+1)]
		want := ocrDamage(b, nil) >= ocrLeast
		if got := ocrDamaged(b); got != want {
			t.Fatalf("ocrDamaged(%q) = %v, want %v", b, got, want)
		}
		if want {
			seen[1]++
		} else {
			seen[0]++
		}
	}
	if seen[0] < 1000 || seen[1] < 1000 {
		t.Fatalf("damaged/clean texts %d/%d: the cases do not test both answers", seen[1], seen[0])
	}
}
