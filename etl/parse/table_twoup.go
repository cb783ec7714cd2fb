package parse

import (
	"strings"

	"github.com/kpu-ntt/lkj/etl/extract"
)

// A list printed in two halves side by side to save a page: "No |
// Kabupaten/Kota | Nilai | Predikat | No | Kabupaten/Kota | Nilai |
// Predikat", two records a line. Every header row repeats its left half
// on the right, so each line holds two rows of the same table; read apart,
// each half is an ordinary row. A header whose halves differ (years over
// "Target | Realisasi | Target | Realisasi") is not a repeated list.

// twoUp returns b with each row split into its left and right halves
// (left first), or false when b's header does not repeat itself.
func twoUp(b *extract.Block) (*extract.Block, bool) {
	if len(b.Header) == 0 || len(b.Rows) == 0 {
		return nil, false
	}
	w := 0
	for _, h := range b.Header {
		w = max(w, len(h.Cells))
	}
	if w < 4 || w%2 != 0 {
		return nil, false
	}
	half := w / 2
	for _, h := range b.Header {
		named := 0
		for j := 0; j < half; j++ {
			l, r := strings.TrimSpace(h.Cell(j)), strings.TrimSpace(h.Cell(j+half))
			if !strings.EqualFold(l, r) {
				return nil, false
			}
			if l != "" {
				named++
			}
		}
		if named < 2 {
			return nil, false
		}
	}
	for _, r := range b.Rows {
		if len(r.Cells) > w {
			return nil, false
		}
	}
	out := *b
	out.Width = half
	out.Header = make([]extract.Row, len(b.Header))
	for i, h := range b.Header {
		out.Header[i], _ = splitRow(h, half)
	}
	out.Rows = make([]extract.Row, 0, 2*len(b.Rows))
	for _, r := range b.Rows {
		left, right := splitRow(r, half)
		out.Rows = append(out.Rows, left)
		if right.NonEmpty() > 0 {
			out.Rows = append(out.Rows, right)
		}
	}
	return &out, true
}

// splitRow cuts r's cells at column half. The halves keep r's line span;
// a two-up list's rows are one line each, so the halves' head line is
// their cells.
func splitRow(r extract.Row, half int) (left, right extract.Row) {
	left, right = extract.Row{Start: r.Start, End: r.End, Cells: r.Cells}, extract.Row{Start: r.Start, End: r.End}
	if len(r.Cells) > half {
		left.Cells, right.Cells = r.Cells[:half:half], r.Cells[half:]
	}
	return left, right
}
