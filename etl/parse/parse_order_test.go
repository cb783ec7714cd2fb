package parse

import (
	"crypto/sha256"
	"encoding/json"
	"path/filepath"
	"sort"
	"testing"
)

// TestParseIndependentOfOrder: a document's facts must not depend on what the
// process parsed before it. The parser pools scratch buffers, caches and
// arenas across documents (scan_rehome.go, the fact scratch); a buffer handed
// back dirty would show up here as a document parsed differently after
// another one. Every corpus text is parsed in name order, then in reverse
// order, then each right after the largest text, and the three JSON hashes of
// each document must agree.
func TestParseIndependentOfOrder(t *testing.T) {
	texts := marksTexts(t)
	names := make([]string, 0, len(texts))
	largest := ""
	for n, b := range texts {
		names = append(names, n)
		if largest == "" || len(b) > len(texts[largest]) {
			largest = n
		}
	}
	sort.Strings(names)
	hash := func(n string) [32]byte {
		doc, err := Text(filepath.Base(n), texts[n])
		if err != nil {
			return sha256.Sum256([]byte(err.Error()))
		}
		j, err := json.Marshal(doc)
		if err != nil {
			t.Fatalf("%s: %v", n, err)
		}
		return sha256.Sum256(j)
	}
	first := make(map[string][32]byte, len(names))
	for _, n := range names {
		first[n] = hash(n)
	}
	for i := len(names) - 1; i >= 0; i-- {
		if h := hash(names[i]); h != first[names[i]] {
			t.Errorf("%s: parsed differently in reverse order", names[i])
		}
	}
	if testing.Short() {
		return
	}
	for _, n := range names {
		hash(largest)
		if h := hash(n); h != first[n] {
			t.Errorf("%s: parsed differently right after %s", n, filepath.Base(largest))
		}
	}
	t.Logf("%d texts, each the same in three orders", len(names))
}
