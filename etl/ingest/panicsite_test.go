package ingest

import (
	"strings"
	"testing"
)

// indexAt panics with an index out of range in a named frame.
func indexAt(s []int, i int) int { return s[i] }

func TestPanicSiteNamesThePanickingFrame(t *testing.T) {
	var site string
	func() {
		defer func() {
			if recover() != nil {
				site = panicSite()
			}
		}()
		indexAt(nil, 21)
	}()
	if !strings.Contains(site, "ingest.indexAt") || !strings.Contains(site, "panicsite_test.go:") {
		t.Fatalf("panicSite() = %q, want the frame of indexAt in panicsite_test.go", site)
	}
	if got := panicSite(); got != "" {
		t.Fatalf("panicSite() outside a panic = %q, want empty", got)
	}
}
