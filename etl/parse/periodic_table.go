package parse

import (
	"bytes"
	"strings"
	"unicode"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// A DPT drawn as the periodic table of a voters' infographic (tabel
// periodik pemilih) typed again: one framed cell an area, like an
// element's: its number at the top left and a short symbol at the top
// right, the name under them, then a line per count, a label and a
// figure ("desa 21", "TPS 70", "L 6.794", "P 6.757", "Σ 13.551"); several
// cells abreast, rows of cells one under the other, the kabupaten's cell
// apart under the table (as the table's separate row), its symbol alone:
//
//	┌─────────────────┐ ┌─────────────────┐
//	│1              Ae│ │2              As│
//	│AESESA           │ │AESESA SELATAN   │
//	│desa           21│ │desa           10│
//	│TPS            70│ │TPS            69│
//	│L           6.794│ │L           9.513│
//	│P           6.757│ │P          10.085│
//	│Σ          13.551│ │Σ          19.598│
//	└─────────────────┘ └─────────────────┘
//
//	          ┌─────────────────┐
//	          │              KAB│
//	          │KAB. NAGEKEO     │
//	          ...
//
// Read as prose, the cells' lines interleave and no row is seen.
// periodicTables cuts each band of frames at its corners (boxTops and
// boxBandCells of box_map.go: every line of the band respects the frames,
// only spaces between them) and reads each cell: the element's marks
// (a number of at most three digits, a symbol of one to three letters
// opening with a capital, on the first line or two) dropped, the name
// joined over its lines, then the counts by the roles of the ballot-box
// labels (labelRole; `Σ` or `∑` the total). A cell with a line under the
// counts that is no count, or without L, P and a total, is no row. Bands
// standing at most two blank lines apart make one table; its rows are
// proven as the labels are (labelTable): each cell by L + P = its total
// (else left out, reported), the kabupaten's by the sums of the others.
// They go as one TAB table through vertWrite (line numbers never change)
// so the DPT reader reads them under the caption above, as any table.
// The numbers and symbols are no facts; frames holding no counts (a
// legend cell, a strategy map's boxes) give no row.

// periodicTables rewrites the periodic tables of a text; data itself when
// it holds none. Findings go to doc.
func periodicTables(doc *facts.Document, data []byte) []byte {
	// the gate: a frame's top left corner opening a line of frame tops
	// standing apart (box drawing or ASCII), looked for only on lines
	// holding one
	if !periodicLikely(data) {
		return data
	}
	lines := strings.Split(string(data), "\n")
	var tables []vertTable
	for i := 0; i < len(lines); i++ {
		cuts, ok := boxTops(lines[i])
		if !ok || cuts[0].end < 0 {
			continue
		}
		t, end, ok := periodicRun(doc, lines, i)
		if ok {
			tables = append(tables, t)
		}
		i = max(i, end-1)
	}
	return vertWrite(doc, data, lines, tables)
}

// periodicLikely: a line opening (after spaces) with "┌" or "+-" that
// boxTops reads as frame tops, and a count's mark "TPS" in the text.
func periodicLikely(data []byte) bool {
	if !bytes.Contains(data, []byte("TPS")) {
		return false
	}
	for _, mark := range [...][]byte{[]byte("┌"), []byte("+-")} {
		for i := 0; i < len(data); {
			k := bytes.Index(data[i:], mark)
			if k < 0 {
				break
			}
			k += i
			from, to := lineSpan(data, k)
			if len(bytes.TrimLeft(data[from:k], " ")) == 0 {
				if cuts, ok := boxTops(string(data[from:to])); ok && cuts[0].end >= 0 {
					return true
				}
			}
			i = to + 1
		}
	}
	return false
}

// periodicRun reads the bands of framed cells from lines[from]: the table,
// the line after the run, and whether it is one.
func periodicRun(doc *facts.Document, lines []string, from int) (vertTable, int, bool) {
	t := vertTable{from: from, to: from + 1}
	var all []label
	k := from
	for k < len(lines) {
		cuts, ok := boxTops(lines[k])
		if !ok || cuts[0].end < 0 {
			break
		}
		cells, end, ok := boxBandCells(lines, k, cuts)
		if !ok {
			break
		}
		for _, c := range cells {
			if l, ok := periodicRead(c, k); ok {
				all = append(all, l)
			}
		}
		t.to = end
		// the next band: at most two blank lines under this one
		next := end
		for next < len(lines) && next-end < 3 && strings.TrimSpace(lines[next]) == "" {
			next++
		}
		k = next
	}
	if len(all) < 2 {
		return t, t.to, false
	}
	t, _, ok := labelTable(doc, t, all, "sel")
	return t, t.to, ok
}

// periodicRead reads one cell's inner lines (the band's top on line k):
// the element's marks dropped, the name, the counts; ok false when it
// holds no L, P and total, or a line under the counts that is no count.
func periodicRead(cell []string, k int) (label, bool) {
	l := label{line: k}
	var before []string // the lines over the counts, as drawn
	counted := false
	for _, in := range cell {
		txt := strings.TrimSpace(in)
		if txt == "" {
			continue
		}
		role, v, n, ok := periodicCount(txt)
		switch {
		case ok:
			if l.has[role] {
				return l, false
			}
			l.vals[role], l.n[role], l.has[role] = v, n, true
			counted = true
		case counted:
			return l, false
		default:
			before = append(before, in)
		}
	}
	if !l.has[labelL] || !l.has[labelP] || !l.has[labelTotal] {
		return l, false
	}
	// the element's marks: leading lines holding a number at the left
	// and/or a symbol at the right (one of each at most), a line always
	// left for the name
	numbered, nums, syms := false, 0, 0
	for len(before) > 1 {
		n, s, ok := periodicMarks(before[0])
		if !ok || nums+n > 1 || syms+s > 1 {
			break
		}
		nums, syms = nums+n, syms+s
		numbered = numbered || n > 0
		before = before[1:]
	}
	for i := range before {
		before[i] = strings.TrimSpace(before[i])
	}
	l.title = strings.Join(strings.Fields(strings.Join(before, " ")), " ")
	// a numbered cell is an area, but the kabupaten's cell names itself
	switch strings.ToLower(strings.TrimSuffix(strings.Fields(l.title)[0], ".")) {
	case "kab", "kabupaten", "total", "jumlah", "jml":
	default:
		l.area = numbered
	}
	return l, true
}

// periodicMarks reads a line of an element's marks as drawn: a number of
// at most three digits at the cell's left, a symbol at its right (its
// last rune at most a space from the frame), or both: how many of each;
// ok false for any other line (a name wrapped stands at the left).
func periodicMarks(in string) (int, int, bool) {
	f := strings.Fields(in)
	if len(f) == 0 || len(f) > 2 {
		return 0, 0, false
	}
	right := len(in)-len(strings.TrimRight(in, " ")) <= 1 && len(in)-len(strings.TrimLeft(in, " ")) >= 2
	switch {
	case len(f) == 2:
		if periodicNumber(f[0]) && periodicSymbol(f[1]) && len(in)-len(strings.TrimRight(in, " ")) <= 1 {
			return 1, 1, true
		}
	case periodicNumber(f[0]):
		return 1, 0, true
	case periodicSymbol(f[0]) && right:
		return 0, 1, true
	}
	return 0, 0, false
}

// periodicNumber: an element's number, one to three digits.
func periodicNumber(w string) bool {
	return len(w) <= 3 && strings.Trim(w, "0123456789") == ""
}

// periodicCount reads a count line as hexCount does, `Σ`/`∑` a total.
func periodicCount(txt string) (int, string, int64, bool) {
	for _, sigma := range [...]string{"Σ", "∑"} {
		if rest, ok := strings.CutPrefix(txt, sigma); ok {
			txt = "Jumlah " + rest
		}
	}
	return hexCount(txt)
}

// periodicSymbol: an element's symbol ("Ae", "B", "KAB"): one to three
// letters, a capital first.
func periodicSymbol(w string) bool {
	r := []rune(w)
	if len(r) == 0 || len(r) > 3 || !unicode.IsUpper(r[0]) {
		return false
	}
	for _, c := range r {
		if !unicode.IsLetter(c) {
			return false
		}
	}
	return true
}
