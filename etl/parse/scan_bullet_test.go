package parse

import (
	"testing"

	"github.com/kpu-ntt/lkj/etl/sharedtest"
)

// TestInlineBullet: inlineBullet is len(reInlineBullet.FindString), on
// written and random texts opening with every mark, digit run, letter and
// near miss.
func TestInlineBullet(t *testing.T) {
	parts := []string{"•", "\uf0b7", "◦", "▪", "·", "*", "-", "–", "1", "12", "123", "a", "z", "A", "é", ".", ")", "(", " ", "\t",
		"\n", "\v", "\f", "\r", "\u00a0", "kata", "Sasaran"}
	written := []string{"", "-", "- ", "1. Sasaran", "12) x", "123. x", "a) x", "A. x", "• x", "◦\tx", "·x", "-\u00a0x", "1.\v", "b.\r\n"}
	for _, s := range sharedtest.Texts(43, 20000, 5, parts, nil, written...) {
		if got, want := inlineBullet(s), len(reInlineBullet.FindString(s)); got != want {
			t.Fatalf("inlineBullet(%q) = %d, want %d", s, got, want)
		}
	}
}
