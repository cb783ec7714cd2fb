package parse

import (
	"bytes"
	"regexp"

	"github.com/kpu-ntt/lkj/etl/facts"
	"strings"
	"unicode"
	"unicode/utf8"
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
	changed := false
	for i := 0; i < len(lines); i++ {
		b, ok := alignedCandidate(lines, segs, i)
		if !ok {
			continue
		}
		rows, part, ok := proveShrinking(segs, b)
		if ok {
			for k, r := range rows {
				if r != "" {
					lines[b.from+k] = r
				}
			}
			changed = true
			i = part.to - 1 // the lines after the proven part may start a table of their own
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

// splitPadded cuts a line at runs of two or more spaces; single spaces stay
// inside a cell. Columns count runes, as the converter padded them.
func splitPadded(l string) []aseg {
	var out []aseg
	col, start, startCol, spaces := 0, -1, 0, 0
	for i, r := range l {
		if r == ' ' || r == '\u00a0' {
			spaces++
		} else {
			if start >= 0 && spaces >= 2 {
				out = append(out, aseg{text: strings.TrimSpace(l[start:i]), from: startCol})
				start = -1
			}
			if start < 0 {
				start, startCol = i, col
			}
			spaces = 0
		}
		col++
	}
	if start >= 0 {
		out = append(out, aseg{text: strings.TrimSpace(l[start:]), from: startCol})
	}
	for k := range out {
		out[k].to = out[k].from + utf8.RuneCountInString(out[k].text) - 1
	}
	return out
}

// valueSeg: a cell that states a value (a number, percentage, grade or dash).
func valueSeg(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" {
		return false
	}
	switch s {
	case "-", "–", "—":
		return true
	}
	if gradeLike(s) {
		return true
	}
	digits := 0
	for _, r := range s {
		switch {
		case unicode.IsDigit(r):
			digits++
		case strings.ContainsRune(".,%()+-* ", r):
		case r == 'R' || r == 'p':
		default:
			return false
		}
	}
	return digits > 0
}

// gradeLike: a SAKIP grade or audit opinion written as a cell (B, BB*, WTP).
func gradeLike(s string) bool {
	s = strings.TrimRight(s, "*")
	switch strings.ToUpper(s) {
	case "AA", "A", "BB", "B", "CC", "C", "D", "WTP", "WDP", "TMP", "TW":
		return true
	}
	return false
}

// bodyLine: a line of two or more cells that ends in a value, or holds two
// values before a closing word.
func bodyLine(s []aseg) bool {
	if len(s) < 2 {
		return false
	}
	if valueSeg(s[len(s)-1].text) {
		return true
	}
	// a trailing word column (Keterangan: "Baik", "Tercapai") after two
	// or more values; the first cell counts when it is a value too (a
	// table without a label column: "B   B   Tercapai")
	n := 0
	for k, c := range s {
		if (k > 0 || len(s) >= 3) && valueSeg(c.text) {
			n++
		}
	}
	return n >= 2
}

// unitLine: a header line that only states a column's unit, "(%)" or
// "(Rp)", under the column words.
func unitLine(s []aseg) bool {
	if len(s) == 0 {
		return false
	}
	for _, c := range s {
		t := c.text
		if len(t) < 3 || len(t) > 12 || t[0] != '(' || t[len(t)-1] != ')' || valueSeg(t) && strings.ContainsAny(t, "0123456789") {
			return false
		}
	}
	return true
}

// alignedCandidate grows a table block from line i: up to three header
// lines of two or more cells (one blank line may follow them), then body
// lines, rows without values and indented wrapped labels. It needs at
// least two body lines.
func alignedCandidate(lines []string, segs [][]aseg, i int) (alignedBlock, bool) {
	if len(segs[i]) < 2 {
		return alignedBlock{}, false
	}
	k := i
	for k < len(lines) && k-i < 3 && (len(segs[k]) >= 2 || k > i && unitLine(segs[k])) && !bodyLine(segs[k]) {
		if k > i && segs[k][0].from <= segs[i][0].from+1 && rowKey(segs[k][0].text) {
			break // a keyed row whose values come on a later line, not a header line
		}
		k++
	}
	if k > i && k < len(lines) && len(segs[k]) == 1 && reAlignedGroup.MatchString(segs[k][0].text) {
		// the body opens with a group heading
	} else if k > i {
		if n := afterBlanks(segs, k); n > k && len(segs[n]) >= 2 {
			k = n // one or two blank lines between header and body
		}
	}
	body := 0
	end := k
	for ; end < len(lines); end++ {
		s := segs[end]
		switch {
		case bodyLine(s):
			body++
		case len(s) == 1 && reAlignedGroup.MatchString(s[0].text) && end+1 < len(lines) && len(segs[end+1]) >= 2:
			// a group heading over the rows below ("Sasaran Strategis 2:
			// ..."): it spans the columns and stays a text line
		case len(s) >= 2:
		case len(s) == 1 && s[0].from >= 2 && body > 0:
		case s == nil && body > 0:
			// rows parted by blank lines (the padding of a ruled table's
			// rows): the table goes on when a multi-cell line follows
			n := afterBlanks(segs, end)
			if n == end || len(segs[n]) < 2 {
				goto done
			}
			end = n - 1
		default:
			goto done
		}
	}
done:
	// a wrapped label after the last body line may be prose indented by
	// chance: only lines up to the last body line or its wrapped label
	// count, and trailing one-cell lines are kept only when they sit in the
	// label column (checked by proveAligned).
	if body == 1 && k == i+1 && oneRowTable(segs[i], segs, k, end) {
		return alignedBlock{from: i, body: k, to: end}, true
	}
	if body < 2 {
		return alignedBlock{}, false
	}
	return alignedBlock{from: i, body: k, to: end}, true
}

// oneRowTable: a one-line header over a single body row ("Indikator |
// Realisasi 2019 | Realisasi 2020 | Target 2024"): with one row the
// alignment proves little, so header and row must have the same number of
// cells, three or more, each header cell over its row cell in order.
func oneRowTable(hdr []aseg, segs [][]aseg, from, to int) bool {
	var row []aseg
	for k := from; k < to; k++ {
		if bodyLine(segs[k]) {
			row = segs[k]
		}
	}
	if len(hdr) < 3 || len(row) != len(hdr) {
		return false
	}
	for c := range hdr {
		if hdr[c].from > row[c].to || hdr[c].to < row[c].from {
			return false
		}
		if c > 0 && (hdr[c].from <= row[c-1].to || row[c].from <= hdr[c-1].to) {
			return false
		}
	}
	return true
}

var reAlignedGroup = regexp.MustCompile(`(?i)^(?:sasaran(?:\s+strategis|\s+kegiatan|\s+program)?|program|tujuan|kegiatan)\s*\d{0,2}\s*[:.)-]`)

// groupLine: a one-cell line that heads a group of rows.
func groupLine(s []aseg) bool { return len(s) == 1 && reAlignedGroup.MatchString(s[0].text) }

// proveShrinking proves block b, or else its longest part that ends at a
// blank line inside it and still holds two body lines: a page's running
// footer ("LKj KPU Kab. X 2019    27") below the rows reads like one more
// row, but it stands after a blank line and is no part of the table.
func proveShrinking(segs [][]aseg, b alignedBlock) ([]string, alignedBlock, bool) {
	for {
		if rows, ok := proveAligned(segs, b); ok {
			return rows, b, true
		}
		cut := -1
		for k := b.to - 1; k > b.body; k-- {
			if segs[k] == nil {
				cut = k
				break
			}
		}
		if cut < 0 {
			return nil, b, false
		}
		body := 0
		for k := b.body; k < cut; k++ {
			if bodyLine(segs[k]) {
				body++
			}
		}
		if body < 2 {
			return nil, b, false
		}
		b.to = cut
	}
}

// afterBlanks is the index of the line after one or two blank lines
// starting at k, or k when k is not blank or more blank lines follow.
func afterBlanks(segs [][]aseg, k int) int {
	n := k
	for n < len(segs) && n-k < 2 && segs[n] == nil {
		n++
	}
	if n == k || n >= len(segs) || segs[n] == nil {
		return k
	}
	return n
}

// proveAligned proves the columns of block b and returns its lines as TAB
// rows ("" keeps a line as it is).
func proveAligned(segs [][]aseg, b alignedBlock) ([]string, bool) {
	first := b.body
	// columns: the union of the cells of the multi-cell lines from the
	// first body line on
	var cols [][2]int
	for k := first; k < b.to; k++ {
		if len(segs[k]) < 2 {
			continue
		}
		for _, s := range segs[k] {
			cols = addSpan(cols, s.from, s.to)
		}
	}
	cols = mergeByHeader(segs, cols, b, first)
	if len(cols) < 2 {
		return nil, false
	}
	// one-cell lines after the last body line belong to the table only
	// while they sit in one column (a wrapped label); prose indented by
	// chance ends it
	for b.to > first+1 && len(segs[b.to-1]) <= 1 {
		if len(segs[b.to-1]) == 1 && !groupLine(segs[b.to-1]) {
			if _, n := colOf(cols, segs[b.to-1][0]); n == 1 {
				break
			}
		}
		b.to--
	}
	hcols := headerExtents(segs, cols, b.from, first)
	out := make([]string, b.to-b.from)
	cells := make([][]string, b.to-b.from)
	for k := b.from; k < b.to; k++ {
		if segs[k] == nil || k >= first && groupLine(segs[k]) {
			continue // a blank line, or a group heading left as text for the table reader
		}
		row := make([]string, len(cols))
		var at []int // the header line's columns
		if k < first {
			var ok bool
			if at, ok = headerColumns(segs[k], cols, hcols); !ok {
				return nil, false
			}
		}
		for si, s := range segs[k] {
			c, n := colOf(cols, s)
			if at != nil && n == 0 {
				c, n = at[si], 1
			}
			if k >= first && n != 1 {
				return nil, false // a body cell over a gap or over two columns
			}
			if n == 0 {
				return nil, false // a header word in no column: not proven
			}
			if row[c] != "" && k >= first {
				return nil, false // two cells of one row in one column
			}
			if k >= first && runTogether(s.text) {
				return nil, false // two numbers parted by one space: which column each is in is not proven
			}
			if row[c] != "" {
				row[c] += " "
			}
			row[c] += s.text
		}
		cells[k-b.from] = row
	}
	if !groupHeaders(segs, cols, hcols, cells, b, first) {
		return nil, false
	}
	regroupKeyed(cells, first-b.from)
	for k := range cells {
		if cells[k] == nil {
			continue
		}
		r := cells[k]
		for len(r) > 0 && r[len(r)-1] == "" {
			r = r[:len(r)-1]
		}
		if len(r) == 1 {
			r = append(r, "") // a one-cell line in the first column stays a TAB line
		}
		out[k] = strings.Join(r, "\t")
	}
	return out, true
}

// groupHeaders checks the header lines (before first) and moves the words
// of a two-line header's upper line that span sub-columns to the first
// column of their group, as a ruled table's merged cell is read.
func groupHeaders(segs [][]aseg, cols, hcols [][2]int, cells [][]string, b alignedBlock, first int) bool {
	var hdr []int
	for k := b.from; k < first; k++ {
		if segs[k] != nil {
			hdr = append(hdr, k-b.from)
		}
	}
	if len(hdr) == 0 {
		return true
	}
	// a header word over two columns is allowed only in an upper line of a
	// multi-line header; over no column, never
	for hi, h := range hdr {
		for _, s := range segs[b.from+h] {
			if _, n := colOf(cols, s); n > 1 && hi == len(hdr)-1 {
				return false
			}
		}
	}
	if len(hdr) < 2 {
		return true
	}
	up, low := cells[hdr[len(hdr)-2]], cells[hdr[len(hdr)-1]]
	moved := make([]string, len(cols))
	copy(moved, up)
	for c := range cols {
		if up[c] == "" || low[c] == "" {
			continue
		}
		// the run of columns around c with a lower word and no upper word
		// of their own is c's group; its upper word goes to the run's first column
		l := c
		for l > 0 && low[l-1] != "" && up[l-1] == "" {
			l--
		}
		r := c
		for r+1 < len(cols) && low[r+1] != "" && up[r+1] == "" {
			r++
		}
		if l == c && r == c {
			continue
		}
		w := upperSpan(segs[b.from+hdr[len(hdr)-2]], up[c])
		if lo, _, ok := lowerHull(segs[b.from+hdr[len(hdr)-1]], cols, hcols, c, c); ok && w[0] >= 0 && w[0] == lo {
			continue // left-aligned with the word under it: that column's own header ("PEMILU 2019" over "TPS")
		}
		if l != c {
			// the word moves left only when it is centred over its
			// group's lower words ("DPT" over "L P L+P"); a word off
			// centre may belong to the group on its left or right (two
			// elections side by side), which the alignment does not prove
			lo, hi, ok := lowerHull(segs[b.from+hdr[len(hdr)-1]], cols, hcols, l, r)
			if !ok || w[0] < 0 || abs2(w[0]+w[1]-lo-hi) > 4 {
				return false
			}
			moved[l], moved[c] = up[c], ""
		}
	}
	cells[hdr[len(hdr)-2]] = moved
	return true
}

// mergeByHeader joins body columns that one header word spans when no
// body row fills more than one of them: a column whose numbers are
// right-aligned and whose grades are left-aligned ("100%" and "WTP" under
// "Target") is one column, as its header says. A header word over columns
// that one row fills side by side (a group header, "DPT" over L, P, L+P)
// joins nothing.
func mergeByHeader(segs [][]aseg, cols [][2]int, b alignedBlock, first int) [][2]int {
	for k := b.from; k < first; k++ {
		for _, s := range segs[k] {
			c, n := colOf(cols, s)
			if n < 2 {
				continue
			}
			apart := true
			for r := first; r < b.to && apart; r++ {
				used := -1
				for _, t := range segs[r] {
					if tc, tn := colOf(cols, t); tn == 1 && tc >= c && tc < c+n {
						if used >= 0 && used != tc {
							apart = false
						}
						used = tc
					}
				}
			}
			if !apart {
				continue
			}
			merged := append(append([][2]int{}, cols[:c]...), [2]int{cols[c][0], cols[c+n-1][1]})
			cols = append(merged, cols[c+n:]...)
		}
	}
	return cols
}

// headerColumns places the words of one header line: a word over a column
// belongs to it; words in the gaps between columns (a short header left
// of right-aligned numbers) fill, in order, the columns between their
// placed neighbours, but only when they are exactly as many as those
// columns. Anything else is not proven.
func headerColumns(line []aseg, cols, hcols [][2]int) ([]int, bool) {
	at := make([]int, len(line))
	for i, s := range line {
		c, n := colOf(cols, s)
		if n == 0 {
			// a word over the header words another header line placed
			// in one column ("TPS" under "JUMLAH") belongs to it
			if hc, hn := colOf(hcols, s); hn == 1 {
				c, n = hc, 1
			} else {
				c = -1
			}
		}
		at[i] = c
	}
	for i := 0; i < len(line); {
		if at[i] >= 0 {
			i++
			continue
		}
		j := i
		for j < len(line) && at[j] < 0 {
			j++
		}
		left, right := -1, len(cols)
		if i > 0 {
			_, n := colOf(cols, line[i-1])
			left = at[i-1] + n - 1
		}
		if j < len(line) {
			right = at[j]
		}
		// the free columns between the neighbours, that no gap word can
		// miss: as many as the gap words
		free := right - left - 1
		if free != j-i {
			return nil, false
		}
		for k := i; k < j; k++ {
			at[k] = left + 1 + (k - i)
			if line[k].to < cols[at[k]][0]-40 || line[k].from > cols[at[k]][1]+40 {
				return nil, false // far from its column: not a header word of it
			}
		}
		i = j
	}
	return at, true
}

// headerExtents widens each column by the header words placed in it alone
// (a word over that column and no other), never into a neighbour: the
// extent a column's header occupies, for header words of other lines that
// stand over the header rather than over the numbers.
func headerExtents(segs [][]aseg, cols [][2]int, from, first int) [][2]int {
	h := append([][2]int{}, cols...)
	for k := from; k < first; k++ {
		for _, s := range segs[k] {
			c, n := colOf(cols, s)
			if n != 1 {
				continue
			}
			lo, hi := min(h[c][0], s.from), max(h[c][1], s.to)
			if c > 0 && lo <= h[c-1][1] || c+1 < len(h) && hi >= h[c+1][0] {
				continue
			}
			h[c] = [2]int{lo, hi}
		}
	}
	return h
}

// lowerHull is the span of the lower header line's words in columns l..r.
func lowerHull(line []aseg, cols, hcols [][2]int, l, r int) (int, int, bool) {
	at, ok := headerColumns(line, cols, hcols)
	if !ok {
		return 0, 0, false
	}
	lo, hi := -1, -1
	for i, s := range line {
		if at[i] < l || at[i] > r {
			continue
		}
		if lo < 0 || s.from < lo {
			lo = s.from
		}
		hi = max(hi, s.to)
	}
	return lo, hi, lo >= 0
}

// upperSpan is the span of the header word with text t, or {-1, -1}.
func upperSpan(line []aseg, t string) [2]int {
	for _, s := range line {
		if s.text == t {
			return [2]int{s.from, s.to}
		}
	}
	return [2]int{-1, -1}
}

func abs2(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// runTogether: a cell of two or more numbers parted by single spaces
// ("107.900 221.507"), the columns of a table printed too tight.
func runTogether(t string) bool {
	f := strings.Fields(t)
	if len(f) < 2 {
		return false
	}
	for _, w := range f {
		if !valueSeg(w) || !strings.ContainsAny(w, "0123456789") {
			return false
		}
	}
	return true
}

// colOf is the first column a cell overlaps and how many it overlaps.
func colOf(cols [][2]int, s aseg) (int, int) {
	c, n := -1, 0
	for i, cl := range cols {
		if s.from <= cl[1] && s.to >= cl[0] {
			if c < 0 {
				c = i
			}
			n++
		}
	}
	return c, n
}

// addSpan merges [from, to] into the sorted, disjoint spans.
func addSpan(spans [][2]int, from, to int) [][2]int {
	out := spans[:0:0]
	for _, s := range spans {
		if s[1] < from || s[0] > to {
			out = append(out, s)
			continue
		}
		from, to = min(from, s[0]), max(to, s[1])
	}
	out = append(out, [2]int{from, to})
	for i := len(out) - 1; i > 0 && out[i][0] < out[i-1][0]; i-- {
		out[i], out[i-1] = out[i-1], out[i]
	}
	return out
}

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

// regroupKeyed: in a table whose first column keys its rows (row numbers
// or budget codes), a row runs from its key line to the next key line, and
// the values printed on a later line of it (a label wrapped over three
// lines with the amounts in the middle) belong to it. They move up to the
// key line, so the TAB reader sees each row's values on its first line
// and its wrapped label below; the row's line span stays the same. A line
// with values but no key after a row that has its values (a JUMLAH row)
// stands alone. Tables without a key column are left to the TAB reader.
func regroupKeyed(cells [][]string, first int) {
	keys := 0
	for k := first; k < len(cells); k++ {
		r := cells[k]
		if r == nil {
			continue
		}
		if r[0] != "" {
			if !keyLike(r[0]) {
				return
			}
			keys++
			continue
		}
		if !rowHasValues(r) {
			for c, v := range r {
				if v != "" && c != 1 {
					return // a wrapped line outside the label column
				}
			}
		}
	}
	if keys < 2 {
		return
	}
	start, hasVal := -1, false
	for k := first; k < len(cells); k++ {
		r := cells[k]
		switch {
		case r == nil:
			start = -1
		case r[0] != "":
			start, hasVal = k, rowHasValues(r)
		case rowHasValues(r):
			if start < 0 || hasVal {
				start = -1
				continue
			}
			for c := 2; c < len(r); c++ {
				cells[start][c], r[c] = r[c], ""
			}
			hasVal = true
		}
	}
}

// rowHasValues: a cell right of the label column holds text.
func rowHasValues(r []string) bool {
	for c := 2; c < len(r); c++ {
		if r[c] != "" {
			return true
		}
	}
	return false
}

// keyLike: a row number ("3", "3.") or a budget code ("WA", "3355",
// "076.01.CQ"): one token, no lower-case word.
func keyLike(s string) bool {
	if len(s) > 16 || strings.ContainsAny(s, " ") {
		return false
	}
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// rowKey: a first cell that opens a row rather than a header: a row number
// or a code with a digit, or a short upper-case program code ("WA", "CQ").
func rowKey(s string) bool {
	if !keyLike(s) {
		return false
	}
	if strings.ContainsAny(s, "0123456789") {
		return true
	}
	n := utf8.RuneCountInString(s)
	return n >= 2 && n <= 3 && !strings.EqualFold(s, "no")
}
