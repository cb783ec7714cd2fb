package parse

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// Space-aligned tables. `pdftotext -layout` (and a typewriter-style export)
// keeps a table's columns by padding its cells with runs of spaces and
// writes no TAB at all. alignSpaced finds such tables in a document without
// TABs and rewrites their lines as TAB lines, which the table reader then
// takes like any other table. Line numbers never change.
//
// A table is rewritten only when its columns are proven by the alignment
// itself:
//   - a cell is a run of text parted from its neighbours by two or more
//     spaces;
//   - the columns are the vertical channels that the cells of the body
//     rows (the lines that end in a value) occupy: two cells of one column
//     overlap, two columns are parted by a gap that is blank in every body
//     row, and no body row puts two cells into one column;
//   - every other line of the table (header words, a wrapped label)
//     falls into exactly one column, except a group header in the upper
//     line of a two-line header, which spans the lower line's sub-columns.
//
// A block that looks like a table (several lines ending in a value, cells
// parted by runs of spaces) but whose columns cannot be proven is left as
// text and reported (tabel.tidak_dikenali): nothing of it is guessed.

// aseg is one cell of a padded line: its text and rune columns [from, to].
type aseg struct {
	text     string
	from, to int
}

// alignedBlock is a span of 0-based line indices that looked like a table.
type alignedBlock struct{ from, body, to int } // body: the first line after the header

// alignSpaced rewrites the proven space-aligned tables of a TAB-free text
// as TAB lines. It returns the text (data itself when nothing changed) and
// the 1-based line spans of tables whose columns could not be proven.
func alignSpaced(data []byte) ([]byte, [][2]int) {
	if bytes.IndexByte(data, '\t') >= 0 || !bytes.Contains(data, []byte("   ")) {
		return data, nil
	}
	lines := strings.Split(string(data), "\n")
	segs := make([][]aseg, len(lines))
	for i, l := range lines {
		if strings.IndexByte(l, '\f') >= 0 && isFormFeedLine(l) {
			segs[i] = []aseg{} // a page break: no table block runs across it (its parts are joined later, as TAB tables are)
			continue
		}
		if strings.Contains(l, "  ") && len(l) < 1000 {
			segs[i] = splitPadded(strings.TrimRight(l, "\r\f "))
		} else if t := strings.TrimSpace(l); t != "" && !isFormFeedLine(l) {
			from := len(l) - len(strings.TrimLeft(l, " "))
			segs[i] = []aseg{{text: t, from: from, to: from + utf8.RuneCountInString(t) - 1}}
		}
	}
	var unproven [][2]int
	var prev alignedPart // the last proven table, for a part continued after a page break (aligned_continued.go)
	changed := false
	for i := 0; i < len(lines); i++ {
		b, ok := alignedCandidate(lines, segs, i)
		if !ok {
			if n := alignedLegend(lines, segs, i); n > i { // a list of row codes and names (aligned_legend.go)
				changed = true
				i = n - 1
			} else if orphanAfterBreak(lines, segs, prev, i) { // a last row alone on the next page (aligned_orphan.go)
				unproven = append(unproven, [2]int{i + 1, i + 1})
			}
			continue
		}
		rows, part, ok := proveShrinking(segs, b)
		if ok {
			for k, r := range rows {
				if r != "" {
					lines[b.from+k] = r
				}
			}
			cur := alignedPart{from: part.from, body: part.body, to: part.to}
			padContinuation(lines, &prev, &cur)
			prev = cur
			changed = true
			i = part.to - 1 // the lines after the proven part may start a table of their own
			continue
		}
		if n, ok := alignedFoot(lines, segs, b); ok { // the header printed under the rows (aligned_below.go)
			changed, i = true, n-1
			continue
		}
		unproven = append(unproven, [2]int{b.from + 1, b.to})
		i = b.to - 1
	}
	if !changed {
		return data, unproven
	}
	return []byte(strings.Join(lines, "\n")), unproven
}

func isFormFeedLine(l string) bool { return strings.Trim(l, "\f\r ") == "" }

// alignedUnproven reports the space-padded tables whose columns could not
// be proven: their lines stay text, nothing of them is loaded as a table.
func (p *parser) alignedUnproven(spans [][2]int, text []byte) {
	if len(spans) == 0 {
		return
	}
	lines := strings.Split(string(text), "\n")
	for _, sp := range spans {
		var body []string
		for k := sp[0] - 1; k < sp[1] && k < len(lines); k++ {
			if t := strings.Join(strings.Fields(lines[k]), " "); t != "" {
				body = append(body, t)
			}
		}
		p.cov.tables++
		p.find("tabel.tidak_dikenali", facts.Warning, sp[0], sp[1], shorten(strings.Join(body, " / "), 200),
			"tabel baris %d-%d ditulis dengan spasi rata kolom, tetapi kolomnya tidak dapat dibuktikan dari perataan; tidak dibaca sebagai tabel: isi %q",
			sp[0], sp[1], shorten(strings.Join(body, " / "), 240))
	}
}
