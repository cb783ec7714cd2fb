package parse

import (
	"reflect"
	"testing"

	"github.com/kpu-ntt/lkj/etl/extract"
)

// columnTextsRows is columnTexts by its definition, cell by cell: per
// column, the header cells from the lowest row up, nil when none.
func columnTextsRows(b *extract.Block) [][]string {
	w := b.Width
	for _, h := range b.Header {
		w = max(w, len(h.Cells))
	}
	cols := make([][]string, w)
	for i := len(b.Header) - 1; i >= 0; i-- {
		for j, c := range b.Header[i].Cells {
			if c != "" {
				cols[j] = append(cols[j], c)
			}
		}
	}
	return cols
}

// TestColumnTexts: columnTexts (one-row headers answered from the row's
// own cells) equals the definition on every table of every corpus text
// and on made-up headers, and a column never has room beyond its cells
// (an append must copy, never write into the header).
func TestColumnTexts(t *testing.T) {
	blocks := []extract.Block{
		{Width: 4, Header: []extract.Row{{Cells: []string{"No", "", "Target", "Realisasi"}}}},
		{Width: 5, Header: []extract.Row{{Cells: []string{"Uraian", "Pagu"}}}},
		{Width: 3, Header: []extract.Row{{Cells: []string{"", "2023", ""}}, {Cells: []string{"Kecamatan", "L", "P", "L+P"}}}},
		{Width: 2},
		{Width: 2, Header: []extract.Row{{}}},
	}
	for name, text := range marksTexts(t) {
		bs, err := extract.Text(text)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		blocks = append(blocks, bs...)
	}
	ones := 0
	for i := range blocks {
		b := &blocks[i]
		if len(b.Header) == 1 {
			ones++
		}
		got, want := columnTexts(b), columnTextsRows(b)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("block %d (%q): columnTexts = %q, want %q", i, b.Caption, got, want)
		}
		for j, c := range got {
			if cap(c) != len(c) && len(b.Header) == 1 {
				t.Fatalf("block %d column %d: room for %d cells beyond its own", i, j, cap(c)-len(c))
			}
		}
	}
	if ones < 10 {
		t.Fatalf("only %d one-row headers read", ones)
	}
}
