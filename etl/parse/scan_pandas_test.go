package parse

import (
	"bytes"
	"math/rand"
	"testing"

	"github.com/kpu-ntt/lkj/etl/sharedtest"
)

// TestSpacedColumns: spacedColumns answers as bytes.Contains(" columns]")
// does, on made-up texts of a frame's footer and its pieces, and on random
// strings of a small alphabet.
func TestSpacedColumns(t *testing.T) {
	words := []string{"[5 rows x 3 columns]", "columns]", "columns", "column]", " ", "  ", "\t", "[", "]", "x", "3", "rows"}
	texts := sharedtest.Texts(83, 30000, 8, words, []string{"", " ", "\n"}, "", "columns]", " columns]", "xcolumns] columns]")
	rng := rand.New(rand.NewSource(89))
	texts = append(texts, sharedtest.Strings(rng, 30000, 20, "columns] ")...)
	sameAnswers(t, "spacedColumns", texts, func(s string) bool { return bytes.Contains([]byte(s), []byte(" columns]")) },
		func(s string) bool { return spacedColumns([]byte(s)) })
}
