package normalize

import (
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestSpacedKeySideBySide: SpacedKey is " " + Key(s) + " " on every line
// and TAB cell of the dev corpora's texts, on made-up strings of letters,
// digits, separators and non-ASCII letters, and on the edge cases.
func TestSpacedKeySideBySide(t *testing.T) {
	texts := []string{"", " ", "  ", "a", "A", " a ", "a b", "a  b", "Tabel 3.1 Capaian", "é", "Ä b", "x\u00a0y", "ſda",
		"already a key", "already a key ", " already", "Rp.", "(dalam ribuan rupiah)", "1.000", "\t\n", "İ", "K"}
	files, _ := filepath.Glob("../eval/testdata/blind/dev*/*.txt")
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, ln := range strings.Split(string(b), "\n") {
			texts = append(texts, ln)
			texts = append(texts, strings.Split(ln, "\t")...)
		}
	}
	pieces := []string{" ", "  ", "a", "Z", "q", "0", "9", ".", ",", "-", "\t", "é", "ſ", "\u00a0", "Ä", "İ", "K", "(", "/"}
	r := rand.New(rand.NewSource(5))
	for range 50000 {
		var sb strings.Builder
		for range r.Intn(12) {
			sb.WriteString(pieces[r.Intn(len(pieces))])
		}
		texts = append(texts, sb.String())
	}
	for _, s := range texts {
		if got, want := SpacedKey(s), " "+Key(s)+" "; got != want {
			t.Fatalf("SpacedKey(%q) = %q, want %q", s, got, want)
		}
	}
	t.Logf("%d texts", len(texts))
}
