package ingest

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/kpu-ntt/lkj/etl/parse"
)

// The readers run ahead of the writer up to the bound and no further: in
// documents, in source bytes, and alone for a document larger than the
// byte bound. Documents still arrive in input order.
func TestReadAheadBound(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name       string
		sizes      []int
		aheadDocs  int
		aheadBytes int64
		wantAhead  int // documents read while the writer takes none
	}{
		{"documents bound", repeat(1000, 20), 5, 1 << 20, 5},
		{"bytes bound", repeat(1000, 20), 100, 3500, 3},
		{"one large document alone", append([]int{5000}, repeat(100, 5)...), 100, 1000, 1},
		{"fewer documents than the bound", repeat(100, 3), 10, 1 << 20, 3},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			var srcs []Source
			for i, n := range tc.sizes {
				p := filepath.Join(dir, fmt.Sprintf("d%02d.txt", i))
				if err := os.WriteFile(p, []byte(strings.Repeat("x", n)), 0o644); err != nil {
					t.Fatal(err)
				}
				srcs = append(srcs, Source{Path: p, Format: "txt"})
			}
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			r := startReadAhead(ctx, srcs, 1, tc.aheadDocs, tc.aheadBytes, DefaultMaxDocumentBytes, nil, parse.Options{})
			// Wait (without taking anything) until the last document the
			// bound allows is read; a hang fails instead of blocking.
			deadline := time.Now().Add(time.Minute)
			for len(r.slots[tc.wantAhead-1]) == 0 {
				if time.Now().After(deadline) {
					t.Fatalf("document %d was never read ahead", tc.wantAhead)
				}
				time.Sleep(time.Millisecond)
			}
			r.mu.Lock()
			docs := r.docs
			r.mu.Unlock()
			if docs != tc.wantAhead {
				t.Fatalf("%d documents read ahead, want %d", docs, tc.wantAhead)
			}
			for i := range srcs {
				p, err := r.next(ctx, i)
				if err != nil {
					t.Fatal(err)
				}
				if p.src.Path != srcs[i].Path {
					t.Fatalf("document %d is %s, want %s", i, p.src.Path, srcs[i].Path)
				}
			}
			if r.peakDocs > max(tc.aheadDocs, 2) || (r.peakDocs > 1 && r.peakBytes > tc.aheadBytes) {
				t.Fatalf("read ahead up to %d documents and %d bytes, bound %d and %d", r.peakDocs, r.peakBytes, tc.aheadDocs, tc.aheadBytes)
			}
		})
	}
}

func repeat(n, times int) []int {
	out := make([]int, times)
	for i := range out {
		out[i] = n
	}
	return out
}
