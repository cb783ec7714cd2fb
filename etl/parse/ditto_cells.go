package parse

import (
	"bytes"
	"fmt"

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

// dittoWords are the marks; a cell matches one whatever its case.
var dittoWords = []string{`"`, `“`, `”`, `„`, `''`, `〃`, "s.d.a.", "s.d.a", "sda", "idem", "-do-"}

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

// isDitto: the whole cell is one ditto mark. It allocates nothing: it is
// asked of every cell of every TAB row of a text that passed the gate.
func isDitto(c []byte) bool {
	if !dittoMay(c) {
		return false // (ditto_may.go)
	}
	c = bytes.TrimSpace(c)
	if len(c) == 0 || len(c) > 6 || !dittoFirst(c[0]) {
		return false
	}
	for _, w := range dittoWords {
		if len(c) == len(w) && bytes.EqualFold(c, []byte(w)) {
			return true
		}
	}
	return false
}

// hasDittoCell: some cell of the TAB row ln is a ditto mark.
func hasDittoCell(ln []byte) bool {
	for len(ln) > 0 {
		i := bytes.IndexByte(ln, '\t')
		if i < 0 {
			return isDitto(ln)
		}
		if isDitto(ln[:i]) {
			return true
		}
		ln = ln[i+1:]
	}
	return false
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
// their numbers. Only a row holding a mark is split into cells.
func dittoCells(doc *facts.Document, text []byte) []byte {
	if !dittoGate(text) {
		return text
	}
	var out []byte  // the text up to the line read, once a line changed
	var prev []byte // the TAB row above, its dittos resolved; nil after a line without TAB
	for off, n := 0, 1; off < len(text); n++ {
		next := len(text)
		ln := text[off:]
		if i := bytes.IndexByte(ln, '\n'); i >= 0 {
			ln, next = ln[:i], off+i+1
		}
		if bytes.IndexByte(ln, '\t') < 0 || !hasDittoCell(ln) {
			if out != nil {
				out = append(out, text[off:next]...)
			}
			prev = nil
			if bytes.IndexByte(ln, '\t') >= 0 {
				prev = ln
			}
			off = next
			continue
		}
		fixed := resolveDittos(doc, ln, prev, n)
		if out == nil {
			out = append(make([]byte, 0, len(text)+64), text[:off]...)
		}
		out = append(out, fixed...)
		if next > off+len(ln) {
			out = append(out, '\n')
		}
		prev, off = fixed, next
	}
	if out == nil {
		return text
	}
	return out
}

// resolveDittos returns the TAB row ln with each ditto replaced by the
// cell above it in prev, when prev is a data row of as many cells, or by
// "-", the empty cell, with a finding.
func resolveDittos(doc *facts.Document, ln, prev []byte, n int) []byte {
	cells := bytes.Split(ln, []byte("\t"))
	var above [][]byte
	if prev != nil {
		if pc := bytes.Split(prev, []byte("\t")); len(pc) == len(cells) && valueRow(pc) {
			above = pc
		}
	}
	for j, c := range cells {
		if !isDitto(c) {
			continue
		}
		if above != nil && len(bytes.TrimSpace(above[j])) > 0 && !isDitto(above[j]) {
			cells[j] = above[j]
			continue
		}
		// left as printed, the mark is a word in a figure column and the
		// row slides onto it; "-" is the report's own empty cell
		mark := string(bytes.TrimSpace(c))
		cells[j] = []byte("-")
		doc.Add(facts.Finding{Span: facts.Span{Start: n, End: n}, Aturan: "nilai.ditto", Tingkat: facts.Warning, Nilai: mark,
			Pesan: fmt.Sprintf("sel %q berarti sama dengan sel di atasnya, tetapi di atasnya tidak ada nilai tabel yang sama di kolom ini; dimuat NULL", mark)})
	}
	return bytes.Join(cells, []byte("\t"))
}
