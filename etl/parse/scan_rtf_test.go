package parse

import (
	"math/rand"
	"testing"

	"github.com/kpu-ntt/lkj/etl/sharedtest"
)

// TestRtfOnlyAtLeast: the backslash-jumping count answers as rtfOnlyWords
// does over the whole text, for one to four words, on made-up texts of
// control words with and without numbers, control symbols, LaTeX words,
// words cut by line ends and a backslash closing the text, and on random
// strings of a small alphabet.
func TestRtfOnlyAtLeast(t *testing.T) {
	words := []string{`\pard`, `\par`, `\cell`, `\cellx600`, `\cellx`, `\row`, `\trowd`, `\fs24`, `\fs`, `\f0`, `\f-1`, `\f-`, `\b`, `\b0`,
		`\i`, `\frac`, `\text`, `\times`, `\\`, `\{`, `\}`, `\'e9`, `\`, `{`, `}`, "\n", " ", "12", "-", "abc", `\intbl`, `\qc`}
	seps := []string{"", "", " ", "\n", "-", "1"}
	written := []string{"", `\`, `\pard\cell\row`, "\\pard\n\\cell\n\\row\n", `$$\frac{a}{b} \times 100\%$$`, "\\fs\n24\\f-\n1\\b"}
	texts := sharedtest.Texts(67, 40000, 12, words, seps, written...)
	rng := rand.New(rand.NewSource(71))
	texts = append(texts, sharedtest.Strings(rng, 20000, 30, `\\fsbi0-1 {}`+"\n")...)
	reached := [5]int{}
	for _, s := range texts {
		have := rtfOnlyWords(s)
		for n := 1; n <= 4; n++ {
			if got := rtfOnlyAtLeast([]byte(s), n); got != (have >= n) {
				t.Fatalf("rtfOnlyAtLeast(%q, %d) = %v; rtfOnlyWords counts %d", s, n, got, have)
			}
		}
		reached[min(have, 4)]++
	}
	for n, c := range reached {
		if c < 1000 {
			t.Errorf("%d texts count %d words: the texts should reach every count", c, n)
		}
	}
}
