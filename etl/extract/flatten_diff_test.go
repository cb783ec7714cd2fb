package extract_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kpu-ntt/lkj/etl/extract"
	"github.com/kpu-ntt/lkj/etl/normalize"
	"github.com/kpu-ntt/lkj/etl/sample"
	"github.com/kpu-ntt/lkj/etl/sharedtest"
)

// TestFlattenAgreesWithTabs flattens documents whose tables have TABs —
// the synthetic corpus in two style sets and the real reports — the two
// ways converters do (cells joined by single spaces; one cell per line)
// and checks every row the pre-pass rebuilds against the TAB reading of
// the same source line: where the TAB row states values, the rebuilt row
// must hold the same cells. Layouts were not written for this test, so it
// measures how the proof generalises; a wrong rebuild fails it.
func TestFlattenAgreesWithTabs(t *testing.T) {
	var docs [][]byte
	for _, styles := range []string{"mixed", "classic"} {
		dir := t.TempDir()
		if _, err := sample.Generate(sample.Options{Scope: "ntt", FromYear: 2024, ToYear: 2024, Seed: 7, Noise: "high",
			TemplateShare: -1, Styles: styles, Out: dir}); err != nil {
			t.Fatal(err)
		}
		files, _ := filepath.Glob(filepath.Join(dir, "*", "*.txt"))
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			docs = append(docs, data)
		}
	}
	for _, p := range sharedtest.RealReports {
		docs = append(docs, sharedtest.Read(t, p))
	}
	compared := 0
	for _, mode := range []string{"spasi", "baris"} {
		for d, data := range docs {
			compared += compareFlat(t, d, mode, data)
		}
	}
	if compared < 700 {
		t.Errorf("only %d rebuilt rows compared; the pre-pass rebuilds too little to be measured", compared)
	}
}

// compareFlat flattens one document and returns how many rebuilt rows it
// compared with the TAB reading.
func compareFlat(t *testing.T, d int, mode string, data []byte) int {
	t.Helper()
	orig, err := extract.Text(data)
	if err != nil {
		t.Fatal(err)
	}
	tabRow := map[int][]string{} // source line -> non-empty cells of the row it starts
	for _, b := range orig {
		for _, r := range b.Rows {
			tabRow[r.Start] = nonEmpty(r.Cells)
		}
	}
	var out []string
	var src []int // flattened line -> source line
	for i, ln := range strings.Split(string(data), "\n") {
		if !strings.Contains(ln, "\t") {
			out, src = append(out, ln), append(src, i+1)
			continue
		}
		cells := nonEmpty(strings.Split(ln, "\t"))
		if mode == "baris" {
			for _, c := range cells {
				out, src = append(out, c), append(src, i+1)
			}
			continue
		}
		out, src = append(out, strings.Join(cells, " ")), append(src, i+1)
	}
	blocks, err := extract.Text([]byte(strings.Join(out, "\n")))
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, b := range blocks {
		if b.Kind != extract.Table || !b.Flat || b.Unproven {
			continue
		}
		for _, r := range b.Rows {
			line := src[r.Start-1]
			want, ok := tabRow[line]
			if !ok || !anyValue(want) {
				continue // the TAB reader has no row with values here to compare with
			}
			n++
			if got := nonEmpty(r.Cells); strings.Join(got, "|") != strings.Join(want, "|") {
				t.Errorf("document %d (%s), line %d: rebuilt %q, TAB row %q", d, mode, line, got, want)
			}
		}
	}
	return n
}

func nonEmpty(cells []string) []string {
	var out []string
	for _, c := range cells {
		if c = normalize.Clean(c); c != "" {
			out = append(out, c)
		}
	}
	return out
}

func anyValue(cells []string) bool {
	for _, c := range cells {
		if normalize.ParseValue(c, normalize.Unknown).Status == normalize.OK {
			return true
		}
	}
	return false
}
