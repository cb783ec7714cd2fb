package parse

import (
	"bytes"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kpu-ntt/lkj/etl/sharedtest"
)

// marksTexts are the dev corpora's texts and the two real reports (the
// holdout folders excluded), the texts the side-by-side tests read.
func marksTexts(t *testing.T) map[string][]byte {
	t.Helper()
	out := map[string][]byte{}
	for _, p := range sharedtest.RealReports {
		out[p] = sharedtest.Read(t, p)
	}
	dirs, _ := filepath.Glob("../eval/testdata/blind/dev*")
	for _, d := range dirs {
		files, _ := filepath.Glob(filepath.Join(d, "*.txt"))
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			out[f] = b
		}
	}
	return out
}

// TestScanMarksAsContains: every mark is bytes.Contains of its string, on
// every corpus text and on made-up texts built from the strings' pieces
// (a string cut at the end, split by a line break, at the very start and
// end of a text, overlapping another).
func TestScanMarksAsContains(t *testing.T) {
	check := func(name string, text []byte) {
		t.Helper()
		got := scanMarks(text)
		for i, s := range markStrings {
			if want := bytes.Contains(text, []byte(s)); want != (got&(1<<i) != 0) {
				t.Fatalf("%s: mark %q = %v, bytes.Contains %v", name, s, !want, want)
			}
		}
	}
	for name, text := range marksTexts(t) {
		check(name, text)
	}
	pieces := []string{"a", " ", "\n", "\t", "-", "|", "o", "f", "d", "]", "[", "ari ", "of", " o", "Sum", "▾", "\xe2", "0"}
	for _, s := range markStrings {
		pieces = append(pieces, s, s[:len(s)-1], s[1:])
	}
	rng := rand.New(rand.NewSource(13))
	for n := 0; n < 20000; n++ {
		var b strings.Builder
		for k := rng.Intn(8); k >= 0; k-- {
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		check("made-up "+b.String(), []byte(b.String()))
	}
	check("empty", nil)
}

// TestMarksOfReadsAgain: marks read from one slice are not taken for
// another of the same length, and a nil textMarks reads the text itself.
func TestMarksOfReadsAgain(t *testing.T) {
	var m textMarks
	a, b := []byte("x of y"), []byte("x or y")
	if !m.has(a, mkOf) || m.has(b, mkOf) || !m.has(a, mkOf) {
		t.Fatal("marks of one text kept for another")
	}
	var none *textMarks
	if !none.has(a, mkOf|mkDari) || none.has(b, mkOf|mkDari) {
		t.Fatal("nil marks do not read the text")
	}
}

// TestGatesAsBefore runs each reader's gate as it was written before the
// marks (a bytes.Contains per string) beside the gate on the marks, on
// every corpus text and the made-up texts of the readers' own tests.
func TestGatesAsBefore(t *testing.T) {
	has := func(text []byte, ss ...string) bool {
		for _, s := range ss {
			if bytes.Contains(text, []byte(s)) {
				return true
			}
		}
		return false
	}
	type gate struct {
		name     string
		old, new func([]byte) bool
	}
	var g *textMarks // set per text: every gate reads the same marks
	gates := []gate{
		{"filter arrows", func(b []byte) bool { return has(b, filterArrows...) },
			func(b []byte) bool { return g.has(b, mkArrowSmall|mkArrow|mkArrowMedia) }},
		{"filter status", func(b []byte) bool { return has(b, "Rata-rata:", "Average:", "Average=") },
			func(b []byte) bool { return g.has(b, mkRataRata|mkAverageColon|mkAverageEq) }},
		{"cues", func(b []byte) bool { return has(b, "-->") }, func(b []byte) bool { return g.has(b, mkCue) }},
		{"comb", func(b []byte) bool { return has(b, "][") }, func(b []byte) bool { return g.has(b, mkComb) }},
		{"stata", func(b []byte) bool { return has(b, "Summary statistics:") }, func(b []byte) bool { return g.has(b, mkStata) }},
		{"tibble", func(b []byte) bool { return has(b, "# A tibble:") }, func(b []byte) bool { return g.has(b, mkTibble) }},
		{"psql", func(b []byte) bool { return has(b, "-+-", "-[ RECORD ") }, func(b []byte) bool { return g.has(b, mkPsql|mkPsqlRecord) }},
		{"two columns", func(b []byte) bool { return has(b, "   ") }, func(b []byte) bool { return g.has(b, mkThreeSpaces) }},
		{"two lines", func(b []byte) bool { return bytes.Count(b, []byte("\n\t\t")) >= 3 },
			func(b []byte) bool { return g.has(b, mkTwoTabs) && bytes.Count(b, []byte("\n\t\t")) >= 3 }},
		{"named columns", namedColumnsIn, func(b []byte) bool { return g.has(b, mkOlom|mkOLOM|mkOlumn) && namedColumnsIn(b) }},
		{"pivot", func(b []byte) bool { return has(b, " of ", " dari ", " OF ", " DARI ", " Of ", " Dari ") },
			func(b []byte) bool { return mayHoldPivot(b, g) }},
		{"chart", func(b []byte) bool {
			return has(b, "datasets") && has(b, "labels") || has(b, "series") && has(b, "Axis")
		},
			func(b []byte) bool { return chartMayHold(b, g) }},
		{"pandas", func(b []byte) bool { return has(b, ">>>", "Out[") || spacedColumns(b) || has(b, "print(") },
			func(b []byte) bool { return pandasLikely(b, g) }},
		{"terbilang", func(b []byte) bool { return has(b, "erbilang", "ERBILANG") },
			func(b []byte) bool { return g.has(b, mkErbilang|mkERBILANG) }},
		{"sms", func(b []byte) bool { return smsLikely(b, nil) }, func(b []byte) bool { return smsLikely(b, g) }},
	}
	texts := marksTexts(t)
	for i, s := range []string{"Jumlah of the year", "x\n\t\ta\n\t\tb\n\t\tc", "Format SMS: DPT#NO#KEC", "TEMPLATE: a*b*c",
		"var c = {datasets: [], labels: []}", "yAxis series", "[3][4]", ">>> df", "[2 rows x 3 columns]", "Kolom: Nama, Jumlah\n1\t2"} {
		texts[fmt.Sprint("made-up ", i)] = []byte(s)
	}
	for name, text := range texts {
		g = new(textMarks)
		for _, gt := range gates {
			if o, n := gt.old(text), gt.new(text); o != n {
				t.Errorf("%s: gate %s was %v, is %v", name, gt.name, o, n)
			}
		}
	}
}

// TestMarkAnchors: each anchor is a byte pair inside its string.
func TestMarkAnchors(t *testing.T) {
	for i, s := range markStrings {
		if a := markAnchor[i]; a < 0 || a+2 > len(s) {
			t.Errorf("anchor %d of %q is outside it", a, s)
		}
	}
}
