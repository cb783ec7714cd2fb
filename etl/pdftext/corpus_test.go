package pdftext

import (
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/kpu-ntt/lkj/etl/sharedtest"
)

var corpusPDFs = []string{"lkj-synth-a.pdf", "lkj-synth-b.pdf", "lkj-office.pdf", "lkj-pandoc.pdf", "lkj-synth-rot.pdf", "lkj-synth-scan.pdf"}

func newTestConverter(t *testing.T) *Converter {
	t.Helper()
	c, err := NewConverter(Config{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	return c
}

type truthTable struct {
	Caption string     `json:"caption"`
	Header  [][]string `json:"header"`
	Rows    [][]string `json:"rows"`
	Lines   []string   `json:"lines"`
}

// expectedLines is a table as the parser should see it: the "lines" the
// truth gives, else caption, header rows and rows joined by TAB.
func (t truthTable) expectedLines() []string {
	if len(t.Lines) > 0 {
		return t.Lines
	}
	out := []string{t.Caption}
	for _, r := range append(append([][]string{}, t.Header...), t.Rows...) {
		for len(r) > 0 && r[len(r)-1] == "" {
			r = r[:len(r)-1]
		}
		out = append(out, strings.Join(r, "\t"))
	}
	return out
}

// missingLines returns the expected lines not found, in order, among got.
func missingLines(got, want []string) []string {
	var miss []string
	k := 0
	for _, w := range want {
		j := k
		for j < len(got) && got[j] != w {
			j++
		}
		if j == len(got) {
			miss = append(miss, w)
			continue
		}
		k = j + 1
	}
	return miss
}

func TestCorpusTables(t *testing.T) {
	c := newTestConverter(t)
	for _, name := range corpusPDFs[:5] {
		t.Run(name, func(t *testing.T) {
			b := sharedtest.Read(t, "corpus/pdf/"+name)
			res, err := c.Convert(context.Background(), b, Options{})
			if err != nil {
				t.Fatal(err)
			}
			got := strings.Split(string(res.Text), "\n")
			var tables []truthTable
			readJSON(t, "corpus/pdf/"+strings.TrimSuffix(name, ".pdf")+".truth.json", &tables)
			total, bad := 0, 0
			for _, tb := range tables {
				want := tb.expectedLines()
				miss := missingLines(got, want)
				total += len(want)
				bad += len(miss)
				for _, m := range miss {
					t.Errorf("%s: missing line %q", tb.Caption, m)
				}
			}
			t.Logf("%s: %d/%d table lines exact", name, total-bad, total)
		})
	}
}

func readJSON(t *testing.T, rel string, v any) {
	t.Helper()
	if err := json.Unmarshal(sharedtest.Read(t, rel), v); err != nil {
		t.Fatal(err)
	}
}
