package pdftext

// The columns of a borderless table (its rivers of whitespace) and the
// rows and cells cut from its lines: wrapped cells joined, numbered rows
// split, codes and numbers a typesetter broke put back together.

import (
	"math"
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// column is the x range of one borderless column.
type column struct{ x0, x1 float64 }

// riverStep is the resolution, in points, at which rivers are looked for:
// fine enough that a LibreOffice cell padding (0.1 cm each side) survives.
const riverStep = 0.25

// riverGap is the narrowest river, in ems of the block's font: wider than a
// word space (about 0.25 to 0.32 em in the usual fonts, and a river must be
// clear on every line of the block, so aligned spaces do not make one)
// and narrower than two LibreOffice cell paddings at table font sizes.
const riverGap = 0.45

// rivers finds the columns of a block: the x ranges covered by words,
// separated by gaps at least riverGap ems wide that no line crosses.
func rivers(block []textLine) []column {
	lo, hi, size, tmin := math.Inf(1), math.Inf(-1), 0.0, math.Inf(1)
	for _, l := range block {
		lo, hi, size = math.Min(lo, l.x0), math.Max(hi, l.x1), math.Max(size, l.em())
		if l.track > 0 {
			tmin = math.Min(tmin, l.track) // a line too short to measure ("baik") says nothing
		}
	}
	n := int((hi-lo)/riverStep) + 2
	cover := make([]bool, n)
	for _, l := range block {
		for _, w := range l.words {
			// A line tracked wider than the block's body (a bold header
			// at twice the body's letter spacing) has its word spaces
			// widened by the difference: its words cover that, so
			// "L (ribu)" makes no river the body's rows do not.
			a, b := int((w.x0-lo)/riverStep), int(math.Ceil((w.x1+math.Max(w.track-tmin, 0)-lo)/riverStep))
			for x := max(a, 0); x < b && x < n; x++ {
				cover[x] = true
			}
		}
	}
	if math.IsInf(tmin, 1) {
		tmin = 0
	}
	// A tracked print's word space carries the tracking once more than its
	// letters do (a space is tracked too; words.go gives each glyph its
	// tracking): the river is that much wider.
	minGap := int(math.Ceil((riverGap*size + tmin) / riverStep))
	var cols []column
	start, gap := -1, 0
	for x := 0; x < n; x++ {
		if cover[x] {
			if start < 0 {
				start = x
			} else if gap >= minGap {
				cols = append(cols, column{lo + float64(start)*riverStep, lo + float64(x-gap)*riverStep})
				start = x
			}
			gap = 0
			continue
		}
		if start >= 0 {
			gap++
		}
	}
	if start >= 0 {
		cols = append(cols, column{lo + float64(start)*riverStep, lo + float64(n-gap)*riverStep})
	}
	return monoSpaces(block, edgeRivers(block, overflowRivers(block, cols, cover, lo, minGap), minGap))
}

func colOf(cols []column, x float64) int {
	best, bd := 0, math.Inf(1)
	for i, c := range cols {
		if x >= c.x0 && x <= c.x1 {
			return i
		}
		d := math.Min(math.Abs(x-c.x0), math.Abs(x-c.x1))
		if d < bd {
			best, bd = i, d
		}
	}
	return best
}

// tableRows cuts a borderless block into rows where the baseline pitch
// grows (Word pads rows) and joins each cell's lines.
func tableRows(block []textLine, cols []column) []outLine {
	// Pitches fall in two groups: a cell's line pitch and the padded pitch
	// between rows. Rows are cut at the widest jump between sorted
	// pitches; without a clear jump every line is a row. Steps shorter
	// than a line (a centred cell's middle line half a line under its
	// first) never separate rows.
	size := math.Inf(1)
	for _, l := range block {
		size = math.Min(size, l.size)
	}
	short := 0.9 * size
	var ps []float64
	// The titles repeated under the last row stand off by a gap of their
	// own, no row's pitch (closing_header.go).
	last := len(block) - closingHeader(block)
	for k := 1; k < len(block); k++ {
		if k == last {
			continue
		}
		if p := block[k].base - block[k-1].base; p >= short {
			ps = append(ps, p)
		}
	}
	sort.Float64s(ps)
	cut, jump := short, 0.0
	for k := 1; k < len(ps); k++ {
		if d := ps[k] - ps[k-1]; d > jump && d > 0.12*ps[0] {
			cut, jump = (ps[k]+ps[k-1])/2, d
		}
	}
	if debugf != nil {
		debugf("tableRows: pitches %v cut %.2f", ps, cut)
	}
	var rows [][]textLine
	for k := range block {
		if k == 0 || block[k].base-block[k-1].base > cut {
			rows = append(rows, nil)
		}
		rows[len(rows)-1] = append(rows[len(rows)-1], block[k])
	}
	// subtotal lines are rows (valued_rows.go; splitFigures, folded.go), a header line under the rule too (headline_rows.go), folded cells join their row (folded.go)
	rows = joinContinued(joinFolded(splitHeadLines(splitValued(splitFigures(splitNumbered(rows, cols), cols), cols), cols), cols), cols)
	var out []outLine
	for _, r := range rows {
		// rowOf (hrules.go) joins the cells; a borderless row is placed at
		// its first line, which the page order and gaps were tuned on, and
		// the gap under it is measured from its last line (a header row
		// over two lines is no paragraph break before the next row).
		if line, ok := rowOf(r, cols); ok {
			line.top = r[0].top
			if n := len(r); n > 1 && r[n-1].top > line.top {
				line.end = r[n-1].top
			}
			out = append(out, line)
		}
	}
	return out
}

// splitNumbered cuts a row holding several numbered lines ("1.", "2)",
// "a" alone in the first column) before each of them: rows of a table
// without padding or rules run at one pitch, and the numbers prove them.
func splitNumbered(rows [][]textLine, cols []column) [][]textLine {
	var out [][]textLine
	for _, r := range rows {
		numbered := make([]bool, len(r))
		n := 0
		for k, l := range r {
			var first []string
			for _, w := range l.words {
				if colOf(cols, (w.x0+w.x1)/2) == 0 {
					first = append(first, w.text)
				}
			}
			if len(first) > 0 && len(first) < len(l.words) && rowNumber.MatchString(strings.Join(first, " ")) {
				numbered[k] = true
				n++
			}
		}
		if n < 2 {
			out = append(out, r)
			continue
		}
		start := 0
		for k := 1; k < len(r); k++ {
			if numbered[k] {
				out = append(out, r[start:k])
				start = k
			}
		}
		out = append(out, r[start:])
	}
	return out
}

// joinContinued joins to the row above a one-line row that only carries on
// a cell of it: its words sit in one column the row above fills, the row
// above fills another column too, and it starts with a small letter
// ("dalam Pemilu/Pemilihan" under "Persentase Partisipasi Pemilih  -
// 79,85%"). Rows of a table set at one pitch (a plain-text table in a
// monospaced font) cannot be told from a cell's wrapped lines by spacing.
//
// A one-line row whose first column is empty carries on a cell too when
// its first word would not have fitted after that cell's text on the line
// above within the widest line the column holds: a typed table wraps a
// long label inside its column ("Pengelolaan Keuangan dan" over "Barang
// Milik Negara"), and a new row would have its number or code in the
// first column.
func joinContinued(rows [][]textLine, cols []column) [][]textLine {
	out := rows[:0:0]
	for _, r := range rows {
		if n := len(out); n > 0 && len(r) == 1 && len(r[0].words) > 0 {
			first := &r[0].words[0]
			c, one := colOf(cols, (first.x0+first.x1)/2), true
			for _, w := range r[0].words {
				one = one && colOf(cols, (w.x0+w.x1)/2) == c
			}
			filled := rowColumns(out[n-1], cols)
			if one && filled[c] && len(filled) >= 2 &&
				(continues(first.text) || c > 0 && wrappedFrom(out[n-1], rows, cols, c, first)) {
				out[n-1] = append(out[n-1], r[0])
				continue
			}
		}
		out = append(out, r)
	}
	return out
}

// wrappedFrom reports whether w, opening a line in column c, would not
// have fitted after the text of c on the last line of row above that has
// any there, within the right edge of the widest text column c holds in
// rows.
func wrappedFrom(above []textLine, rows [][]textLine, cols []column, c int, w *word) bool {
	end := math.Inf(-1)
	for k := len(above) - 1; k >= 0 && math.IsInf(end, -1); k-- {
		for _, x := range above[k].words {
			if colOf(cols, (x.x0+x.x1)/2) == c {
				end = math.Max(end, x.x1)
			}
		}
	}
	right := math.Inf(-1)
	for _, r := range rows {
		for _, l := range r {
			for _, x := range l.words {
				if colOf(cols, (x.x0+x.x1)/2) == c {
					right = math.Max(right, x.x1)
				}
			}
		}
	}
	return end+0.25*w.em()+(w.x1-w.x0) > right
}

// rowColumns is the set of columns a row has words in.
func rowColumns(r []textLine, cols []column) map[int]bool {
	set := map[int]bool{}
	for _, l := range r {
		for _, w := range l.words {
			set[colOf(cols, (w.x0+w.x1)/2)] = true
		}
	}
	return set
}

// continues reports whether s can be the rest of a word cut at a line
// end: it starts with a small letter or closing punctuation ("104,17"
// before "%"). "Rp." before "3.601.216.000" or "Perencanaan" before "(30)"
// are two words.
func continues(s string) bool {
	for _, r := range s {
		return unicode.IsLower(r) || strings.ContainsRune("%),.;:", r)
	}
	return false
}

// firstLetter is the width of a word's first letter, as the word's mean.
func firstLetter(w *word) float64 {
	return (w.x1 - w.x0) / float64(max(utf8.RuneCountInString(w.text), 1))
}

// joinWrapped joins a cell's lines. A line holding one word that was cut
// because it did not fit (it reaches the column's right edge, or ends in
// "/" or "-") continues without a space; other lines join with one space.
// right <= 0 means the edge is unknown.
func joinWrapped(ls []textLine, right float64) string {
	return joinCell(ls, right, true)
}

// joinCell joins a cell's lines as joinWrapped does; with words false only
// an amount cut at the right edge continues without a space (a ruled
// cell, whose right edge is that of its widest line, not of its column:
// a word alone on its line there may be the widest and end nowhere near
// the rule).
func joinCell(ls []textLine, right float64, words bool) string {
	if len(ls) == 1 {
		return clean(ls[0].text())
	}
	sort.SliceStable(ls, func(a, b int) bool { return ls[a].base < ls[b].base })
	capSize := 0.0
	for _, l := range ls {
		for k := range l.words {
			if l.words[k].smallCaps() {
				capSize = math.Max(capSize, l.words[k].head)
			}
		}
	}
	var b strings.Builder
	for k, l := range ls {
		if k > 0 {
			prev := ls[k-1]
			t := prev.words[len(prev.words)-1].text
			next := l.words[0].text
			edge := right > 0 && prev.x1 >= right-0.15*prev.em()
			// a word too wide for its column, broken inside ("Kecamata"
			// over "n"): the next line's first letter would not have
			// fitted after it (the column's widest line shows its room),
			// and the rest is a short piece alone on the cell's last line
			// (a short word, "di" or "dan", never ends a cell)
			full := right > 0 && prev.x1+firstLetter(&l.words[0]) > right && k == len(ls)-1 &&
				len(l.words) == 1 && utf8.RuneCountInString(next) <= 3
			// An amount may follow its label on the line ("Rp. 3.029.79"
			// over "7.000,-"): only its own pieces decide.
			cut := len(prev.words) == 1 && words && (strings.HasSuffix(t, "/") || strings.HasSuffix(t, "-") ||
				(edge || full) && continues(next)) || edge && cutNumber(t, next) ||
				len(prev.words) == 1 && right > 0 && prev.x1+l.words[0].x1-l.words[0].x0 > right && cutCode(t, next) ||
				capsCut(&prev.words[len(prev.words)-1], &l.words[0], capSize) || words && typedBreak(ls, k, right)
			if !cut {
				b.WriteByte(' ')
			}
		}
		b.WriteString(l.text())
	}
	return clean(b.String())
}

// codePiece is a code's head cut at a line end ("076.01.W", "076.01."):
// dotted runs of digits and capitals. dottedCode is a whole code.
var (
	codePiece  = regexp.MustCompile(`^[0-9A-Z]+(\.[0-9A-Z]*)+$`)
	dottedCode = regexp.MustCompile(`^[0-9A-Z]+(\.[0-9A-Z]+)+$`)
	codeTail   = regexp.MustCompile(`^[0-9A-Z]+(\.[0-9A-Z]+)*$`)
)

// cutCode reports a budget code too wide for its column that the
// typesetter broke inside ("076.01.W" over "A"): its head, alone on its
// line, holds a digit and is no amount, only the joined pieces make a
// dotted code, and (the caller checks) they would not fit in the column.
// A line does not break between a word and the next when both fit, so
// the pieces are one word.
func cutCode(prev, next string) bool {
	if !strings.ContainsAny(prev, "0123456789") || !codePiece.MatchString(prev) || groupedNumber.MatchString(prev) ||
		!codeTail.MatchString(next) || !dottedCode.MatchString(prev+next) {
		return false
	}
	// The break falls after a dot or inside one run ("W" and "A"): a code's
	// runs are digits or capitals, so "WA.3355" over "EBA" is two words.
	a, b := prev[len(prev)-1], next[0]
	digit := func(c byte) bool { return c >= '0' && c <= '9' }
	return a == '.' || digit(a) == digit(b)
}

// groupedNumber is an amount as reports write it: digits grouped by
// thousands with dots (decimals after a comma), or the English way, or
// ungrouped digits with optional decimals.
var groupedNumber = regexp.MustCompile(`^([0-9]{1,3}(\.[0-9]{3})+(,[0-9]+)?|[0-9]{1,3}(,[0-9]{3})+(\.[0-9]+)?|[0-9]+([.,][0-9]+)?)$`)

// numberPiece matches a run of digits and separators starting with a digit.
var numberPiece = regexp.MustCompile(`^[0-9][0-9.,]*$`)

// cutNumber reports whether an amount too wide for its column was broken
// inside, as ReportLab and Word break a word that does not fit on a line
// of its own ("1.462.341.00" over "0"): the line's piece is no well-formed
// number while the two pieces joined are. Two whole numbers stacked in one
// cell ("2020" over "2021") each stand alone and stay apart.
func cutNumber(prev, next string) bool {
	if !numberPiece.MatchString(prev) || next == "" || next[0] < '0' || next[0] > '9' {
		return false
	}
	rest := next
	if i := strings.IndexFunc(next, func(r rune) bool { return !strings.ContainsRune("0123456789.,", r) }); i >= 0 {
		rest = next[:i]
	}
	// ",-" closes an amount without decimals ("7.000,-"): the comma is no
	// decimal mark.
	return !groupedNumber.MatchString(prev) && groupedNumber.MatchString(strings.TrimSuffix(prev+rest, ","))
}
