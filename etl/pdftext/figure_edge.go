package pdftext

import (
	"math"
	"strings"
)

// edgeRivers parts a figure column set flush right (or on a decimal tab)
// close to the text column before it, when one long name runs up to the
// figure beside it and closes the river every other row leaves ("KAB.
// LEMBATA (151 desa/kel.)" touching "394" under "TPS"). Such a column is
// proven by its alignment, not by whitespace: on three rows or more the
// last word of the found column is a figure ending at one x (the tab
// stop), standing a river or more after the text before it, and at most
// a tenth of those rows (one at least) stand closer. Every row's figure
// then starts right of every row's text, so one x parts them all.
//
// Refused: names that end in a number of their own ("Dapil 2", "RT 05")
// stand one space after the name, never a river; and a word under the
// header reaching past the names' end that is no figure on the tab stop
// (a number ending a longer name in a row without a figure) leaves the
// column whole rather than be cut off.
func edgeRivers(block []textLine, cols []column, minGap int) []column {
	if len(block) < 4 || len(cols) == 0 {
		return cols
	}
	river := float64(minGap) * riverStep
	var out []column
	var buf []edgeRow
	for k, c := range cols {
		cut, ok, rows := figureEdge(block, c, river, buf[:0])
		buf = rows
		if !ok {
			if out != nil {
				out = append(out, c)
			}
			continue
		}
		if out == nil {
			out = append(out, cols[:k]...)
		}
		out = append(out, column{c.x0, cut.x0}, column{cut.x1, c.x1})
	}
	if out == nil {
		return cols
	}
	return out
}

// edgeRow is one row's last figure in a column and the end of the text
// before it.
type edgeRow struct {
	fig     word
	textEnd float64
}

// figureEdge finds the cut inside column c between a text part and a
// figure part aligned on one right edge; the cut is returned as the
// text's end (x0) and the figures' start (x1).
func figureEdge(block []textLine, c column, river float64, rows []edgeRow) (column, bool, []edgeRow) {
	for i := range block {
		// the last two words of the line inside the column, no copies
		last, prev := -1, -1
		for k := range block[i].words {
			w := &block[i].words[k]
			if m := (w.x0 + w.x1) / 2; m >= c.x0 && m <= c.x1 {
				last, prev = k, last
			}
		}
		// cheap first: a row ending in a figure after some text
		if prev < 0 {
			continue
		}
		fig, before := block[i].words[last], block[i].words[prev]
		if !isAmount(fig.text) || isAmount(before.text) {
			continue
		}
		rows = append(rows, edgeRow{fig: fig, textEnd: before.x1})
	}
	if len(rows) < 4 {
		return column{}, false, rows
	}
	edge, n := sharedEdge(rows)
	if n < 3 {
		return column{}, false, rows
	}
	wide, narrow := 0, 0
	textEnd, figStart, top := math.Inf(-1), math.Inf(1), math.Inf(1)
	for _, r := range rows {
		if !onStop(r.fig, edge, rows) {
			return column{}, false, rows // a number ending off the tab stop: part of a name
		}
		if r.fig.x0-r.textEnd >= river {
			wide++
		} else {
			narrow++
		}
		textEnd, figStart = math.Max(textEnd, r.textEnd), math.Min(figStart, r.fig.x0)
		top = math.Min(top, r.fig.top)
	}
	if wide < 3 || narrow == 0 || narrow > max(1, len(rows)/10) || textEnd > figStart {
		return column{}, false, rows
	}
	// Under the header (lines above the first such row, whose words
	// over the figures may sit anywhere) every word of the column right
	// of the text's end is a figure on the tab stop.
	for i := range block {
		if block[i].bottom < top {
			continue
		}
		for _, w := range block[i].words {
			m := (w.x0 + w.x1) / 2
			if m < c.x0 || m > c.x1 || w.x1 <= textEnd+0.1 {
				continue
			}
			if !isAmount(w.text) || !onStop(w, edge, rows) {
				return column{}, false, rows
			}
		}
	}
	return column{textEnd, figStart}, true, rows
}

// onStop reports a figure set on the column's tab stop: ending at edge,
// or, on a decimal tab, an integer ending up to two ems short of it where
// the other figures carry their decimal comma.
func onStop(w word, edge float64, rows []edgeRow) bool {
	if math.Abs(w.x1-edge) <= 0.5 {
		return true
	}
	if w.x1 > edge || edge-w.x1 > 2*w.em() || strings.ContainsRune(w.text, ',') {
		return false
	}
	for _, r := range rows {
		if math.Abs(r.fig.x1-edge) <= 0.5 && strings.ContainsRune(r.fig.text, ',') {
			return true
		}
	}
	return false
}

// sharedEdge is the right edge most of the rows' figures end at (within
// half a point) and how many do.
func sharedEdge(rows []edgeRow) (float64, int) {
	best, bn := 0.0, 0
	for _, a := range rows {
		n := 0
		for _, b := range rows {
			if math.Abs(a.fig.x1-b.fig.x1) <= 0.5 {
				n++
			}
		}
		if n > bn {
			best, bn = a.fig.x1, n
		}
	}
	return best, bn
}
