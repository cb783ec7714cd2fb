package parse

import (
	"math/rand"
	"strings"
	"testing"

	"github.com/kpu-ntt/lkj/etl/sharedtest"
)

// TestEditGated: the scanner answers as editGate does, on texts built from
// the pattern's words (in any case, with the Kelvin sign and the long s
// that fold to k and s), brackets, braces, tildes and runs of white space
// longer than the window it reads, and on random strings of a small
// alphabet.
func TestEditGated(t *testing.T) {
	words := []string{"dihapus", "hapus", "deleted", "removed", "deletion", "ditambahkan", "tambahan", "disisipkan",
		"inserted", "added", "insertion", "komentar", "comment", "catatan", "DIHAPUS", "Komentar", "\u212Aomentar",
		"di\u017Fi\u017Fipkan", "ditambah\u212Aan", "dihapu", "ad ded", "[", "{", "~", "]", "}", "-", "+", ">", ":", "[-", "{-", "{+",
		"{~", "{>", "~~", "~ ~", "[ ", "{ ", "75,00", "Rp 1.250", "x", strings.Repeat(" ", 40), strings.Repeat("\t", 37),
		"\n\n", "\r\n", "\f", "\v"}
	seps := []string{"", "", " ", "  ", "\t", "\n", ":", " :", "[", "\u00a0"}
	written := []string{
		"", "[", "{", "~", "[dihapus: 75,00]", "[ \t\nKOMENTAR\n :", "[" + strings.Repeat(" ", 80) + "added" + strings.Repeat("\n", 50) + ":",
		"teks [ditambah\u212Aan: 1]", "{-", "a~~b", "[-x-]", "[catatan: y]", "[ comment:", "{>>", "[dihapus 75]",
	}
	texts := sharedtest.Texts(41, 30000, 12, words, seps, written...)
	rng := rand.New(rand.NewSource(43))
	texts = append(texts, sharedtest.Strings(rng, 30000, 40, "[{~-+>: \tadehiklmnoprstuK")...)
	sameAnswers(t, "editGated", texts, editGate.MatchString, func(s string) bool { return editGated([]byte(s)) })
}

// sameAnswers fails when got answers any text otherwise than want, or when
// the texts do not reach both answers often (a tenth of them at least).
func sameAnswers(t *testing.T, name string, texts []string, want, got func(string) bool) {
	t.Helper()
	hits := 0
	for _, s := range texts {
		w := want(s)
		if g := got(s); g != w {
			t.Fatalf("%s(%q) = %v, want %v", name, s, g, w)
		}
		if w {
			hits++
		}
	}
	if hits < len(texts)/10 || hits > len(texts)*9/10 {
		t.Errorf("%s: %d of %d texts say yes: the texts should reach both answers often", name, hits, len(texts))
	}
}
