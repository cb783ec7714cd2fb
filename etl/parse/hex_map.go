package parse

import (
	"bytes"
	"sort"
	"strconv"
	"strings"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// A DPT drawn as the hexagon tile map of a voters' infographic (peta
// heksagon) typed again: one hexagon an area, drawn with `_ / \`, holding
// the area's number and name (wrapped inside the cell when long) and a
// line per count; several hexagons abreast, every second row shifted half
// a cell (a honeycomb), the kabupaten's hexagon often alone under the map:
//
//	     _______________           _______________
//	    /  01 KEC. A    \         /  02 KEC. B    \
//	   /     TPS 19      \       /     TPS 52      \
//	  /   L       2.049   \     /   L       5.387   \
//	  \   P       2.207   /     \   P       5.949   /
//	   \  L+P     4.256  /       \  L+P    11.336  /
//	    \_______________/         \_______________/
//
// Read as prose, the hexagons' lines interleave and no row is seen.
// hexMaps finds each hexagon by its own edges: a run of `_` (its top),
// then on each line below a `/` one column further out on the left and a
// `\` on the right while the cell widens, `\` and `/` one column further
// in while it narrows (or `|` and `|` in place on a flat side), and a
// bottom of `_` between the last `\` and `/` as wide as the top. The cell
// is what stands between its edges on each line, so shifted rows and
// hexagons sharing an edge are read alike. A cell's lines are the name
// (its number dropped, joined over its lines) then the counts, each a
// label and a figure ("TPS 19", "L 2.049", "Laki-laki 2.049", "Desa 12",
// "L+P 4.256", "Jumlah 4.256", a colon allowed), read by the roles of the
// ballot-box labels (label_sheet.go, labelRole). Every mark of the map's
// lines must belong to a hexagon; a cell with a line under the counts that
// is no count, or without L, P and a total, makes no row. The rows are
// proven as the labels are (labelTable): each cell by L + P = its total
// (else left out, reported), the kabupaten's by the sums of the others.
// They go as one TAB table through vertWrite (line numbers never change)
// so the DPT reader reads them under the caption above, as any table.
// The hexagons' places and the rows' shift are no facts; a hexagon drawing
// with names only (or a logo in `/ \ _`) gives no row.

// hexMaps rewrites the hexagon tile maps of a text; data itself when it
// holds none. Findings go to doc.
func hexMaps(doc *facts.Document, data []byte) []byte {
	// the gate: a hexagon's bottom `\___` (rare in any other text)
	if !bytes.Contains(data, []byte(`\___`)) {
		return data
	}
	lines := strings.Split(string(data), "\n")
	runes := make([][]rune, len(lines))
	for i, l := range lines {
		if strings.ContainsAny(l, `_/\|`) {
			runes[i] = []rune(strings.TrimRight(l, "\r"))
		} else if hexBreakLine(l) {
			runes[i] = hexBreak
		}
	}
	var hexes []hexCell
	for i := 0; i+2 < len(lines); i++ {
		r := runes[i]
		for c := 0; c < len(r); c++ {
			if r[c] != '_' || c > 0 && r[c-1] == '_' {
				continue
			}
			e := c
			for e < len(r) && r[e] == '_' {
				e++
			}
			if h, ok := hexTrace(runes, i, c, e); ok {
				hexes = append(hexes, h)
			}
			c = e
		}
	}
	if len(hexes) < 2 {
		return data
	}
	sort.SliceStable(hexes, func(a, b int) bool {
		if hexes[a].top != hexes[b].top {
			return hexes[a].top < hexes[b].top
		}
		return hexes[a].left < hexes[b].left
	})
	var tables []vertTable
	for a := 0; a < len(hexes); {
		// a map: hexagons whose lines touch or stand at most two blank
		// lines apart
		b, end := a+1, hexes[a].bottom
		for b < len(hexes) && hexes[b].top <= end+3 {
			end = max(end, hexes[b].bottom)
			b++
		}
		if t, ok := hexMapTable(doc, lines, runes, hexes[a:b], end+1); ok {
			tables = append(tables, t)
		}
		a = b
	}
	return vertWrite(doc, data, lines, tables)
}

// hexCell is one hexagon traced: its top and bottom lines, its leftmost
// edge column, the spans its marks cover on each line (edges included)
// and the text between its edges on each line from the top's next line
// to the line over the bottom.
type hexCell struct {
	top, bottom, left int
	spans             [][2]int // per line top..bottom: [from, to) runes
	inner             []string
}

// hexTrace follows a hexagon from the run of `_` r[top][c:e]; ok false
// when the edges do not close into a hexagon.
func hexTrace(runes [][]rune, top, c, e int) (hexCell, bool) {
	if e-c < 3 {
		return hexCell{}, false
	}
	h := hexCell{top: top, left: c - 1}
	h.spans = append(h.spans, [2]int{c, e})
	at := func(i, k int) rune {
		if i >= len(runes) || k < 0 || k >= len(runes[i]) {
			return 0
		}
		return runes[i][k]
	}
	l, r := c-1, e // the edges' columns on the line below the top
	if at(top+1, l) != '/' || at(top+1, r) != '\\' {
		return hexCell{}, false
	}
	narrowing, widened, narrowed, broken := false, 0, 0, false
	for i := top + 1; i < len(runes); i++ {
		if i > top+1 && !broken && len(runes[i]) == 1 && runes[i][0] == '\f' {
			// a page break inside the hexagon (a PDF's text): the cell
			// goes on on the next page, at its columns; one break a cell
			broken = true
			h.spans = append(h.spans, [2]int{l, l})
			h.inner = append(h.inner, "")
			continue
		}
		if i > top+1 {
			switch {
			case !narrowing && at(i, l-1) == '/' && at(i, r+1) == '\\':
				l, r = l-1, r+1
				widened++
			case at(i, l) == '|' && at(i, r) == '|':
				// a flat side
			case at(i, l+1) == '\\' && at(i, r-1) == '/':
				l, r = l+1, r-1
				narrowing = true
				narrowed++
			default:
				return hexCell{}, false
			}
		}
		if r-l < 2 {
			return hexCell{}, false
		}
		in := string(runes[i][l+1 : r])
		h.left = min(h.left, l)
		h.spans = append(h.spans, [2]int{l, r + 1})
		if narrowing && r-l-1 == e-c && strings.Trim(in, "_") == "" {
			h.bottom = i
			// a hexagon widens and narrows alike (its bottom as wide as
			// its top)
			return h, widened == narrowed
		}
		h.inner = append(h.inner, in)
	}
	return hexCell{}, false
}

// hexBreak marks a page-break line in hexMaps' runes.
var hexBreak = []rune{'\f'}

// hexBreakLine: a line holding a page break and nothing else.
func hexBreakLine(l string) bool {
	return strings.IndexByte(l, '\f') >= 0 && strings.TrimSpace(l) == ""
}

// hexMapTable reads the hexagons of one map (lines hexes[0].top .. end-1):
// the table and whether it is one.
func hexMapTable(doc *facts.Document, lines []string, runes [][]rune, hexes []hexCell, end int) (vertTable, bool) {
	from := hexes[0].top
	t := vertTable{from: from, to: end}
	// every mark of the map's lines stands inside a hexagon's spans
	for i := from; i < end; i++ {
		if strings.TrimSpace(lines[i]) == "" {
			continue
		}
		r := runes[i]
		if r == nil {
			return t, false
		}
		covered := make([]bool, len(r))
		for _, h := range hexes {
			if i < h.top || i > h.bottom {
				continue
			}
			s := h.spans[i-h.top]
			for k := s[0]; k < min(s[1], len(r)); k++ {
				covered[k] = true
			}
		}
		for k, x := range r {
			if x != ' ' && !covered[k] {
				return t, false
			}
		}
	}
	var all []label
	for _, h := range hexes {
		if l, ok := hexRead(h); ok {
			all = append(all, l)
		}
	}
	if len(all) < 2 {
		return t, false
	}
	t, _, ok := labelTable(doc, t, all, "heksagon")
	return t, ok
}

// hexRead reads one hexagon's cell: its name lines (the leading number
// dropped) and its counts; ok false when it holds no L, P and total, or a
// line under the counts that is no count.
func hexRead(h hexCell) (label, bool) {
	l := label{line: h.top}
	var name []string
	counted := false
	for _, in := range h.inner {
		txt := strings.TrimSpace(in)
		if txt == "" {
			continue
		}
		role, v, n, ok := hexCount(txt)
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
			name = append(name, txt)
		}
	}
	if len(name) == 0 || !l.has[labelL] || !l.has[labelP] || !l.has[labelTotal] {
		return l, false
	}
	f := strings.Fields(strings.Join(name, " "))
	if len(f) > 1 && hexNumber(f[0]) {
		f = f[1:] // the area's number on the map: an area, never the whole
		l.area = true
	}
	l.title = strings.Join(f, " ")
	return l, true
}

// hexCount reads a count line "TPS 19", "L+P  4.256", "Laki-laki : 2.049":
// its role, the figure as written and read.
func hexCount(txt string) (int, string, int64, bool) {
	f := strings.Fields(txt)
	if len(f) < 2 {
		return 0, "", 0, false
	}
	v := f[len(f)-1]
	if !reItemCount.MatchString(v) {
		return 0, "", 0, false
	}
	role := labelRole(strings.TrimSpace(strings.TrimSuffix(strings.Join(f[:len(f)-1], " "), ":")))
	if role < 0 {
		return 0, "", 0, false
	}
	n, err := strconv.ParseInt(strings.NewReplacer(".", "", ",", "").Replace(v), 10, 64)
	if err != nil {
		return 0, "", 0, false
	}
	return role, v, n, true
}

// hexNumber: an area's number on the map ("01", "7.", "(3)").
func hexNumber(s string) bool {
	s = strings.Trim(s, ".()")
	if s == "" || len(s) > 3 {
		return false
	}
	for _, c := range s {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}
