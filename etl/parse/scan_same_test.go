package parse

import (
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// TestParsedSame is the side-by-side check of a speed change that leaves no
// old function to compare with (a map turned into a slice, a pooled
// buffer): when LKJ_PARSE_SAME names a file, it writes one line per text,
// the text's name and the SHA-256 of its parsed document as JSON (facts,
// findings, spans), for every dev corpus text, the real reports and, when
// LKJ_SAME_EXTRA names folders (colon-separated, e.g. a generated national
// corpus), every text report under them. Run it before and after a change
// and diff the two files: they must be identical. Without the variable it
// is skipped.
func TestParsedSame(t *testing.T) {
	out := os.Getenv("LKJ_PARSE_SAME")
	if out == "" {
		t.Skip("LKJ_PARSE_SAME names no file")
	}
	texts := marksTexts(t)
	for _, dir := range filepath.SplitList(os.Getenv("LKJ_SAME_EXTRA")) {
		err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
			if err == nil && !d.IsDir() && strings.HasSuffix(p, ".txt") && !strings.Contains(filepath.ToSlash(p), "/truth/") {
				b, err := os.ReadFile(p)
				if err != nil {
					return err
				}
				texts[p] = b
			}
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	names := make([]string, 0, len(texts))
	for n := range texts {
		names = append(names, n)
	}
	sort.Strings(names)
	var sb strings.Builder
	for _, n := range names {
		doc, err := Text(filepath.Base(n), texts[n])
		var sum [32]byte
		if err == nil {
			j, jerr := json.Marshal(doc)
			if jerr != nil {
				t.Fatalf("%s: %v", n, jerr)
			}
			sum = sha256.Sum256(j)
		}
		fmt.Fprintf(&sb, "%s\t%x\t%v\n", n, sum, err)
	}
	if err := os.WriteFile(out, []byte(sb.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("%d texts", len(names))
}
