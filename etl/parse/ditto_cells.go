package parse

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/kpu-ntt/lkj/etl/facts"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// Ditto marks. A table typed again from an archive writes a cell equal to
// the one above it as a ditto: `"`, `〃`, `s.d.a.` (sama dengan atas),
// `idem`, `-do-`. Left as printed, a figure column holds a word no reader
// takes for a value: the row loses its target or capaian, or slides one
// column and is keyed by its unit. The mark is the cell above it, so it
// is resolved in place, but only from a row of the same table that holds
// values (never from the header above the first row); a ditto with no such
// cell above becomes "-", the empty cell (its fact NULL), with a finding.

// dittoWords are the marks, folded to lower case.
var dittoWords = map[string]bool{
	`"`: true, `“`: true, `”`: true, `„`: true, `''`: true, `〃`: true,
	"s.d.a.": true, "s.d.a": true, "sda": true, "idem": true, "-do-": true,
}

// dittoGate: the cheap test that a text may hold a ditto in a TAB row;
// without one the text is returned untouched, unread line by line.
func dittoGate(text []byte) bool {
	if bytes.IndexByte(text, '\t') < 0 {
		return false
	}
	for _, m := range []string{`"`, "〃", "”", "“", "„", "''", "s.d.a", "S.D.A", "sda", "SDA", "Sda", "idem", "Idem", "IDEM", "-do-", "-DO-"} {
		if bytes.Contains(text, []byte(m)) {
			return true
		}
	}
	return false
}

// isDitto: the whole cell is one ditto mark.
func isDitto(c []byte) bool {
	c = bytes.TrimSpace(c)
	if len(c) == 0 || len(c) > 6 {
		return false
	}
	return dittoWords[strings.ToLower(string(c))]
}

// valueRow: a row holding a readable figure, grade or opinion that is not
// a bare year, so a table's data row and not its header ("Target 2023").
func valueRow(cells [][]byte) bool {
	for _, c := range cells {
		s := string(bytes.TrimSpace(c))
		if s == "" || s[0] == '(' || isDitto(c) { // "(4)": a column-number row
			continue
		}
		if st, _ := normalize.ValueStatus(s, normalize.Unknown); st == normalize.OK {
			if y, _ := yearCell(s); y != 0 {
				continue
			}
			return true
		}
	}
	return false
}

// dittoCells returns text with every resolvable ditto of a TAB row replaced
// by the cell above it; text itself when no row holds one. Lines keep
// their numbers.
func dittoCells(doc *facts.Document, text []byte) []byte {
	if !dittoGate(text) {
		return text
	}
	lines := bytes.Split(text, []byte("\n"))
	var prev [][]byte                   // the row above, its dittos resolved
	prevValues, changed := false, false // whether prev is a data row
	for i, ln := range lines {
		if bytes.IndexByte(ln, '\t') < 0 {
			prev = nil
			continue
		}
		cells := bytes.Split(ln, []byte("\t"))
		fixed := false
		for j, c := range cells {
			if !isDitto(c) {
				continue
			}
			if prev != nil && prevValues && len(prev) == len(cells) && len(bytes.TrimSpace(prev[j])) > 0 && !isDitto(prev[j]) {
				cells[j], fixed = prev[j], true
				continue
			}
			// left as printed, the mark is a word in a figure column and
			// the row slides onto it; "-" is the report's own empty cell
			mark := string(bytes.TrimSpace(c))
			cells[j], fixed = []byte("-"), true
			doc.Add(facts.Finding{Span: facts.Span{Start: i + 1, End: i + 1}, Aturan: "nilai.ditto", Tingkat: facts.Warning, Nilai: mark,
				Pesan: fmt.Sprintf("sel %q berarti sama dengan sel di atasnya, tetapi di atasnya tidak ada nilai tabel yang sama di kolom ini; dimuat NULL", mark)})
		}
		if fixed {
			lines[i], changed = bytes.Join(cells, []byte("\t")), true
		}
		prev, prevValues = cells, valueRow(cells)
	}
	if !changed {
		return text
	}
	return bytes.Join(lines, []byte("\n"))
}
