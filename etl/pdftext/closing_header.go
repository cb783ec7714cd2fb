package pdftext

import (
	"math"
	"regexp"
	"sort"
)

// A ledger-style table prints its column titles twice: over its first row
// and again under its last row, each between rules. Both looks below turn
// the table's spacing or rules against its rows; the helpers here let the
// row cutters see through them.

// closingHeader returns how many lines at the end of a borderless block
// repeat its first lines (the column titles printed again under the last
// row), 0 when none do. The repeat stands under a rule and a gap wider
// than any row's, which would otherwise be taken for the padded pitch
// between rows and leave the real rows joined. Only lines holding a word
// of letters count: two equal rows of figures are no header.
func closingHeader(block []textLine) int {
	n := len(block)
	for k := 1; k <= 3 && 2*k+2 <= n; k++ {
		// Cheap first: the last line must open like the k-th line.
		if len(block[n-1].words) == 0 || len(block[k-1].words) == 0 ||
			block[n-1].words[0].text != block[k-1].words[0].text {
			continue
		}
		same, letters := true, false
		for i := 0; i < k && same; i++ {
			a, b := block[i], block[n-k+i]
			same = len(a.words) == len(b.words) && a.text() == b.text()
			for _, w := range a.words {
				letters = letters || hasLetterWord(w.text)
			}
		}
		if same && letters && len(block[0].words) >= 2 {
			return k
		}
	}
	return 0
}

func hasLetterWord(s string) bool {
	for _, r := range s {
		if r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' {
			return true
		}
	}
	return false
}

// rowCode is a budget row's code alone in its cell: a program's
// ("076.01.WA") or a kegiatan's ("3355"), as a row number proves a row.
var rowCode = regexp.MustCompile(`^[0-9]{2,}(\.[0-9A-Z]{1,4})*$`)

// codedEntry reports a line of a band ruled by columns only whose first
// column holds a code alone and whose other columns hold words too: the
// first line of a row of a coded table (unruledBand).
func codedEntry(first []string, all int) bool {
	return len(first) == 1 && all > 1 && rowCode.MatchString(first[0])
}

// cellEnds returns a copy of one ruled cell's glyphs with the last glyph
// of each of its lines ending a word. A band cut into rows by its text
// (unruledBand) groups the lines of all its cells at once, and a title
// too long for its column ("Program/Kegiatan/Output") runs over the rule
// to touch the next cell's title ("Pagu"): the cell the word was placed in
// must still end it.
func cellEnds(gs []glyph) []glyph {
	out := append([]glyph(nil), gs...)
	idx := make([]int, 0, len(out))
	for i := range out {
		if !out[i].space {
			idx = append(idx, i)
		}
	}
	// Lines as groupLines finds them: glyphs whose bases lie within
	// 0,3 of a size of the line's first.
	sort.SliceStable(idx, func(a, b int) bool { return out[idx[a]].base < out[idx[b]].base })
	end, base, size := -1, 0.0, 0.0
	for _, i := range idx {
		g := out[i]
		if end >= 0 && math.Abs(g.base-base) <= 0.3*math.Max(size, g.size) {
			if g.x1 > out[end].x1 {
				end = i
			}
			continue
		}
		if end >= 0 {
			out[end].wordBreakAfter = true
		}
		end, base, size = i, g.base, g.size
	}
	if end >= 0 {
		out[end].wordBreakAfter = true
	}
	return out
}
