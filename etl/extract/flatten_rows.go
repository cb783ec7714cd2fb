package extract

import (
	"strings"

	"github.com/kpu-ntt/lkj/etl/normalize"
)

// Cutting the lines of a flattened table into rows, and reading its cells.

// flatValue: a cell that states one value: a number, a percentage, money,
// a grade, an audit opinion or a dash.
func flatValue(t string) bool {
	if t == "-" || t == "–" || t == "—" {
		return true
	}
	if !hasDigit(t) {
		v := normalize.ParseValue(t, normalize.Unknown)
		return v.Grade != "" || v.Unit == "opini"
	}
	v := normalize.ParseValue(t, normalize.Unknown)
	if v.Status != normalize.OK && strings.IndexByte(t, ' ') > 0 {
		// a cell on its own line may group thousands with spaces ("6 755")
		if n := normalize.ParseNumber(t, normalize.Spaced); n.Status == normalize.OK && n.Rest == "" {
			return true
		}
	}
	// a money amount cut by a narrow column ("24,155,31") is still one
	// cell: it is carried as written, and the checks skip it
	return (v.Status == normalize.OK || v.Status == normalize.CutOff) && (v.Unit == "" || v.Unit == "persen" || v.Unit == "rupiah")
}

func flatNumeric(t string) bool {
	return hasDigit(t) && flatValue(t)
}

// flatCode: a budget code ("WA", "WA.3355", "3355", "6639.BDB.001",
// "(3355)", "076.01.WA").
func flatCode(t string) bool {
	t = strings.TrimSuffix(strings.TrimPrefix(t, "("), ")")
	if len(t) < 2 || len(t) > 24 || isTotalLabel(t) {
		return false
	}
	letters, digits := 0, 0
	for k := 0; k < len(t); k++ {
		c := t[k]
		switch {
		case c >= 'A' && c <= 'Z':
			letters++
		case c >= '0' && c <= '9':
			digits++
		case c == '.':
		default:
			return false
		}
	}
	return letters > 0 || digits == 4 || strings.IndexByte(t, '.') > 0 && digits > 0
}

// codeLevel: 1 program (WA, 076.01.WA), 2 kegiatan (3355, WA.3355), 3
// output (6639.BDB.001).
func codeLevel(c string) int {
	c = strings.Trim(c, "()")
	parts := strings.Split(c, ".")
	for k, p := range parts {
		if len(p) == 4 && onlyDigits(p) {
			if k+1 < len(parts) {
				return 3
			}
			return 2
		}
	}
	return 1
}

func onlyDigits(s string) bool {
	for k := 0; k < len(s); k++ {
		if s[k] < '0' || s[k] > '9' {
			return false
		}
	}
	return s != ""
}

func isTotalLabel(t string) bool {
	if len(t) > 40 {
		return false
	}
	k := strings.ToLower(t)
	for _, p := range []string{"jumlah", "total", "grand total", "sub total", "subtotal"} {
		if k == p || strings.HasPrefix(k, p+" ") {
			return true
		}
	}
	return false
}

func unitWord(t string) bool { return flatUnits[strings.ToLower(strings.Trim(t, ".,()"))] }

func rowNo(t string) int {
	t = strings.TrimRight(t, ".)")
	if !onlyDigits(t) || len(t) > 3 {
		return -1
	}
	n := 0
	for k := 0; k < len(t); k++ {
		n = n*10 + int(t[k]-'0')
	}
	return n
}

// perLineRows cuts lines[from:to], one cell per line, into rows.
func perLineRows(h *flatHead, lines []line, from, to, expect int) ([]flatRow, bool) {
	var rows []flatRow
	pos := from
	text := func(k int) string {
		if k < to {
			return lines[k].text
		}
		return ""
	}
	n := len(h.kinds)
	for pos < to {
		if len(rows) > 0 && rows[len(rows)-1].total {
			return nil, false // a total row closes the table
		}
		// a heading over the next rows: the next line opens a row (its
		// number, or a label that is no value)
		if g, ok := groupRow(lines, pos, to); ok && pos+1 < to &&
			(h.has(fNo) && rowNo(text(pos+1)) == expect || !h.has(fNo) && !flatValue(text(pos+1))) {
			rows = append(rows, g)
			pos++
			continue
		}
		r := flatRow{cells: make([]string, n), first: pos}
		r.total = h.closes(text(pos))
		for c := 0; c < n; c++ {
			switch h.kinds[c] {
			case fNo:
				if r.total {
					continue
				}
				if rowNo(text(pos)) != expect {
					return nil, false
				}
				r.cells[c] = text(pos)
				pos++
				expect++
			case fKode:
				if r.total {
					continue
				}
				if !flatCode(text(pos)) {
					return nil, false
				}
				r.cells[c] = text(pos)
				pos++
			case fYear:
				if r.total {
					continue
				}
				if !isYear(text(pos)) {
					return nil, false
				}
				r.cells[c] = text(pos)
				pos++
			case fValue:
				if pos >= to || !flatValue(text(pos)) {
					return nil, false
				}
				r.cells[c] = text(pos)
				pos++
			case fSatuan:
				if !unitWord(text(pos)) {
					return nil, false
				}
				r.cells[c] = text(pos)
				pos++
			case fText:
				// a group of label columns up to the next value column
				g := c
				labels := 0
				for g < n && (h.kinds[g] == fText || h.kinds[g] == fSatuan) {
					if h.kinds[g] == fText {
						labels++
					}
					g++
				}
				run := 0
				for pos+run < to && !flatValue(text(pos+run)) {
					run++
				}
				size := g - c
				if g == n {
					// labels closing a row: only a row number proves where
					// they end, and only one line each
					if !h.has(fNo) || run < size {
						return nil, false
					}
					run = size
				}
				if labels > 1 && run != size || run < size {
					return nil, false
				}
				for k := c; k < g; k++ {
					if h.kinds[k] == fSatuan {
						if !unitWord(text(pos)) {
							return nil, false
						}
						r.cells[k] = text(pos)
						pos++
						continue
					}
					take := 1
					if labels == 1 {
						take = run - (size - 1)
					}
					var parts []string
					for m := 0; m < take; m++ {
						// without a row number, code or year, only a line
						// that goes on in lower case continues the label:
						// another capitalised line may be a group heading
						if m > 0 && !h.keyed() && !startsLower(text(pos)) {
							return nil, false
						}
						parts = append(parts, text(pos))
						pos++
					}
					r.cells[k] = strings.Join(parts, " ")
				}
				run = 0
				c = g - 1
			}
		}
		r.last = pos - 1
		if !r.valid(h) {
			return nil, false
		}
		rows = append(rows, r)
	}
	return rows, len(rows) > 0
}

// valid: a row states at least one number and names itself.
func (r *flatRow) valid(h *flatHead) bool {
	num, named := false, false
	for c, k := range h.kinds {
		switch {
		case k == fValue && flatNumeric(r.cells[c]):
			num = true
		case k != fValue && r.cells[c] != "":
			named = true
		}
	}
	return num && named
}

// flatTokens splits a line at spaces, keeping "Rp 1.000" and "85 %"
// together.
func flatTokens(t string) []string {
	f := strings.Fields(t)
	out := f[:0:0]
	for k := 0; k < len(f); k++ {
		w := f[k]
		low := strings.ToLower(w)
		if (low == "rp" || low == "rp.") && k+1 < len(f) && hasDigit(f[k+1]) {
			w += " " + f[k+1]
			k++
		} else if k+1 < len(f) && f[k+1] == "%" && hasDigit(w) {
			w += " %" // as written: the cell keeps its text
			k++
		}
		out = append(out, w)
	}
	return out
}

// spacedRows cuts lines[from:to], one row per line (a long label may wrap
// onto the next lines before the values), into rows.
func spacedRows(h *flatHead, lines []line, from, to, expect int) ([]flatRow, bool) {
	n := len(h.kinds)
	// shape: key columns, then at most one label column, then values and
	// units
	lead, label, values := 0, false, false
	for _, k := range h.kinds {
		switch k {
		case fNo, fKode, fYear:
			if label || values {
				return nil, false
			}
			lead++
		case fText:
			if label || values {
				return nil, false // two labels, or a label after values: where one ends is unknown
			}
			label = true
		default:
			values = true
		}
	}
	text := lead // the label column, or where the values start when there is none
	right := n - lead
	if label {
		right--
	}
	var rows []flatRow
	for pos := from; pos < to; {
		if len(rows) > 0 && rows[len(rows)-1].total {
			return nil, false
		}
		if g, ok := groupRow(lines, pos, to); ok {
			rows = append(rows, g)
			pos++
			continue
		}
		var toks []string
		last := pos
		var r flatRow
		for {
			toks = append(toks, flatTokens(lines[last].text)...)
			var ok bool
			r, ok = spacedRow(h, toks, text, right, label, expect)
			if ok {
				break
			}
			// a wrapped label: a numbered line without values whose
			// values come on a later line that does not start the next
			// row. Without row numbers a line without values may as well
			// be a group heading: not proven.
			nx := last + 1
			if !h.has(fNo) || last-pos >= 2 || nx >= to || flatValue(toks[len(toks)-1]) {
				return nil, false
			}
			if nt := flatTokens(lines[nx].text); len(nt) > 0 && (rowNo(nt[0]) == expect+1 || isTotalLabel(lines[nx].text)) {
				return nil, false
			}
			if _, ok := groupRow(lines, nx, to); ok {
				return nil, false
			}
			last = nx
		}
		r.first, r.last = pos, last
		if !r.total && h.has(fNo) {
			expect++
		}
		rows = append(rows, r)
		pos = last + 1
	}
	return rows, len(rows) > 0
}

func spacedRow(h *flatHead, toks []string, text, right int, label bool, expect int) (flatRow, bool) {
	n := len(h.kinds)
	r := flatRow{cells: make([]string, n)}
	if len(toks) == 0 {
		return r, false
	}
	r.total = isTotalLabel(toks[0]) || len(toks) > 1 && h.closes(toks[0]+" "+toks[1])
	i := 0
	for c := 0; c < text; c++ {
		if r.total {
			continue
		}
		if i >= len(toks) {
			return r, false
		}
		t := toks[i]
		switch h.kinds[c] {
		case fNo:
			if rowNo(t) != expect {
				return r, false
			}
		case fKode:
			if !flatCode(t) {
				return r, false
			}
		case fYear:
			if !isYear(t) {
				return r, false
			}
		}
		r.cells[c] = t
		i++
	}
	j := len(toks) - right
	if !label {
		// keys and values only: every token has its column
		if j != i && !(r.total && j > 0) {
			return r, false
		}
		if r.total {
			r.cells[0] = strings.Join(toks[:j], " ")
		}
		for c := text; c < n; c++ {
			t := toks[j+c-text]
			if h.kinds[c] == fSatuan && !unitWord(t) || h.kinds[c] == fValue && !flatValue(t) {
				return r, false
			}
			r.cells[c] = t
		}
		return r, r.valid(h)
	}
	if j <= i {
		return r, false
	}
	for c := text + 1; c < n; c++ {
		t := toks[j+c-text-1]
		if h.kinds[c] == fSatuan && !unitWord(t) || h.kinds[c] == fValue && !flatValue(t) {
			return r, false
		}
		r.cells[c] = t
	}
	// the label's last word must not be a value: then the row holds more
	// values than the header has columns, and which ones are meant is a
	// guess
	if flatValue(toks[j-1]) || unitWord(toks[j-1]) && h.has(fSatuan) {
		return r, false
	}
	r.cells[text] = strings.Join(toks[i:j], " ")
	return r, r.valid(h)
}
