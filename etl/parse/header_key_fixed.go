package parse

import (
	"regexp"
	"strings"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// A space-aligned fixed-column budget table whose foreign column titles a
// key in words explains: a tool's output typed again (a `df`-style usage
// table, a coverage report), the budget put in its columns:
//
//	Filesystem              Size            Used          Avail    Use%  Mounted on
//	076.01.WA      5.124.058.000   4.969.749.600    154.308.400  96,99%  /Program Dukungan Manajemen
//	3355           1.551.499.000   1.490.627.091     60.871.909  96,08%  /Pengelolaan Keuangan ...
//	total          9.864.300.000   9.547.208.658    317.091.342  96,79%  -
//	(kunci: Size = pagu; Used = realisasi; Avail = sisa; Use% = serapan)
//
// or `Name  Stmts  Hit  Miss  Cover` under `Stmts = pagu; Hit = realisasi;
// Miss = sisa pagu; Cover = serapan`, code and name in one cell, a long name
// wrapped onto an indented line, `-`-rules around the rows. The key is read
// as glossed_records.go reads one (glossParse; the budget family: pagu and
// realisasi named). What it trusts:
//   - the header: the first line (under the key) or the line above the rows
//     (over it) whose cells, parted by two or more spaces, the key gives
//     pagu and realisasi; an unkeyed title with `%` in it is the percent;
//   - the cells: a row's pieces (parted by two or more spaces) each go to
//     the header cell their columns overlap most (the nearest when none),
//     so right-aligned amounts under short titles and an empty cell are
//     placed by where they stand, not by their count; two pieces in one
//     amount column, or a keyed cell no amount, and the table is none;
//   - the rows: lines with amounts under pagu and realisasi; a `-` rule is
//     skipped; an indented line with text only in the unkeyed columns
//     continues the row above (a wrapped name); any other line ends the
//     table (a prompt above the header is no part of it);
//   - code and name from the unkeyed text columns: a column of single
//     tokens is the code, one of words the name (a mount point's `/`
//     and a lone `-` read away); a name cell opening with a code token
//     (`076.01.WA Program …`) gives both; a `total`/`jumlah` row the
//     total.
//
// The table is rewritten as TAB lines titled `Kode Uraian Pagu Realisasi
// Sisa Serapan (%)` (line numbers kept: a wrapped name's line is left
// blank), so the ordinary budget readers prove its rows (sisa = pagu −
// realisasi, the percent, kegiatan summing to their program, programs to
// the total). A real `df -h` or a real coverage report has no key naming
// pagu and realisasi, and its figures (`20G`, `87%`) are no rupiah:
// nothing changes.
//
// Gate: the key's own words, `= realisasi`, `adalah realisasi` or
// `realisasi sebagai` (docHasAny: the doc's index first).
func keyedColumns(doc *facts.Document, text []byte) []byte {
	if !docHasAny(doc, text, "= realisasi", "adalah realisasi", "realisasi sebagai") {
		return text
	}
	return glossEach(text, func(g *glossKey, lines []string, top, bottom int) bool {
		if g.family != "anggaran" {
			return false
		}
		// the key's paragraph may take in a table's lines above or
		// under it (the gate reads any line of words as part of it): the
		// key is its line naming the realisasi in a key's words
		key := -1
		for j := top; j < bottom && j < len(lines) && key < 0; j++ {
			if strings.Contains(lines[j], "realisasi") && !fixedRowLine(lines[j]) {
				key = j
			}
		}
		if key < 0 {
			return false
		}
		if h := fixedHeadAfter(g, lines, key+1); h >= 0 && rewriteFixed(g, lines, h) {
			return true
		}
		if h := fixedHeadBefore(g, lines, key); h >= 0 && rewriteFixed(g, lines, h) {
			return true
		}
		// a PDF's text: cells parted by TABs or single spaces, read by
		// tokens (header_key_tokens.go)
		return tokenFixed(g, lines, key)
	})
}

// fixedSeg is a piece of a line between runs of two or more spaces.
type fixedSeg struct {
	s, e int
	t    string
}

// fixedSegs parts a line (no TAB) into its pieces; nil for a TAB line.
func fixedSegs(l string) []fixedSeg {
	if strings.IndexByte(l, '\t') >= 0 || len(l) > 400 {
		return nil
	}
	var out []fixedSeg
	i := 0
	for i < len(l) {
		for i < len(l) && l[i] == ' ' {
			i++
		}
		if i >= len(l) {
			break
		}
		s := i
		for i < len(l) && !(l[i] == ' ' && (i+1 >= len(l) || l[i+1] == ' ')) {
			i++
		}
		out = fixedSplit(out, fixedSeg{s, i, strings.TrimRight(l[s:i], "\r\f")})
	}
	return out
}

// fixedSplit appends a piece, parted at its single spaces when every word
// of it is an amount or a percent (two wide figures one space apart: the
// row's own gap, narrower than the header's).
func fixedSplit(out []fixedSeg, c fixedSeg) []fixedSeg {
	if strings.IndexByte(c.t, ' ') < 0 {
		return append(out, c)
	}
	for _, w := range strings.Split(c.t, " ") {
		if !fixedAmount.MatchString(w) && !fixedPct.MatchString(w) {
			return append(out, c)
		}
	}
	at := c.s
	for _, w := range strings.Split(c.t, " ") {
		out = append(out, fixedSeg{at, at + len(w), w})
		at += len(w) + 1
	}
	return out
}

var (
	fixedAmount = regexp.MustCompile(`^(?:\d{1,3}(?:\.\d{3})+|\d{1,12})$`)
	fixedPct    = regexp.MustCompile(`^\d{1,3}(?:[,.]\d{1,2})?\s?%?$`)
	fixedCode   = regexp.MustCompile(`^(?:\d{3}\.\d{2}\.[A-Z]{2}|\d{4}(?:\.[A-Z]{3})?(?:\.\d{3})?)$`)
)

// fixedRoles: the roles the key gives a header line's cells, nil unless it
// names pagu and realisasi.
func fixedRoles(g *glossKey, segs []fixedSeg) []string {
	if len(segs) < 3 {
		return nil
	}
	roles := make([]string, len(segs))
	has := map[string]bool{}
	for k, c := range segs {
		r := g.fieldRole(c.t)
		if r == "" && strings.Contains(c.t, "%") {
			r = "pct"
		}
		if r == "serapan" {
			r = "pct"
		}
		if r != "pagu" && r != "real" && r != "sisa" && r != "pct" {
			continue // the code, the name, a column the key does not explain
		}
		if has[r] {
			return nil // two columns of one role: no reading
		}
		has[r] = true
		roles[k] = r
	}
	if !has["pagu"] || !has["real"] {
		return nil
	}
	return roles
}

// fixedRowLine: a line with two amounts or more among its pieces.
func fixedRowLine(l string) bool {
	n := 0
	for _, c := range fixedSegs(l) {
		if fixedAmount.MatchString(c.t) {
			n++
		}
	}
	return n >= 2
}

// fixedHeadAfter: the header within a few lines from line bottom, the one
// under the key.
func fixedHeadAfter(g *glossKey, lines []string, bottom int) int {
	for j := bottom; j < len(lines) && j < bottom+4; j++ {
		if fixedRoles(g, fixedSegs(lines[j])) != nil {
			return j
		}
	}
	return -1
}

// fixedHeadBefore: the header of the rows ending within a few lines above
// the key at line key.
func fixedHeadBefore(g *glossKey, lines []string, key int) int {
	r := -1
	for j := key - 1; j >= 0 && j >= key-4; j-- {
		if fixedRowLine(lines[j]) {
			r = j
			break
		}
	}
	if r < 0 {
		return -1
	}
	for j := r; j >= 0 && r-j < 400; j-- {
		l := lines[j]
		switch {
		case fixedRoles(g, fixedSegs(l)) != nil:
			return j
		case fixedRowLine(l) || glossRule(l) || wbIndent(l) > 0 && strings.TrimSpace(l) != "":
		default:
			return -1
		}
	}
	return -1
}

// rewriteFixed writes the table headed at line h as TAB lines titled by the
// key's roles; false (nothing changed) when it is no table the key
// explains.
func rewriteFixed(g *glossKey, lines []string, h int) bool {
	head := fixedSegs(lines[h])
	roles := fixedRoles(g, head)
	var rows []fixedRow
	end := h + 1
	for ; end < len(lines) && end-h < 400; end++ {
		l := lines[end]
		if glossRule(l) {
			continue
		}
		segs := fixedSegs(l)
		if len(segs) == 0 {
			break
		}
		if !fixedRowLine(l) && wbIndent(l) == 0 {
			break // a line of words: the key, a source note
		}
		cells := make([]string, len(head))
		for _, c := range segs {
			k := fixedColumn(head, c)
			if cells[k] != "" {
				if roles[k] != "" {
					return false // two pieces in one amount column
				}
				cells[k] += " "
			}
			cells[k] += c.t
		}
		keyed := false
		for k, r := range roles {
			keyed = keyed || r != "" && cells[k] != ""
		}
		if !keyed {
			if wbIndent(l) == 0 || len(rows) == 0 {
				break // no row, no wrapped name: the table ended
			}
			last := rows[len(rows)-1].cells
			for k, c := range cells {
				if c != "" {
					last[k] = strings.TrimSpace(last[k] + " " + c)
				}
			}
			continue
		}
		for k, r := range roles {
			c := cells[k]
			switch {
			case r == "":
			case r == "pct" && (c == "" || c == "-" || fixedPct.MatchString(c)):
			case r == "sisa" && (c == "" || c == "-" || fixedAmount.MatchString(c)):
			case !fixedAmount.MatchString(c):
				return false // a keyed cell no rupiah amount: no budget table
			}
		}
		rows = append(rows, fixedRow{end, cells})
	}
	return writeFixed(roles, lines, h, end, rows)
}

// fixedRow: a table row's line and its cells, one per header cell.
type fixedRow struct {
	at    int
	cells []string
}

// writeFixed writes rows (under the header at line h, the table ending
// before line end) as TAB lines titled by roles; false when fewer than two
// rows or no code or name column.
func writeFixed(roles []string, lines []string, h, end int, rows []fixedRow) bool {
	if len(rows) < 2 {
		return false
	}
	code, name := fixedTextColumns(roles, func(yield func([]string)) {
		for _, r := range rows {
			yield(r.cells)
		}
	})
	if code < 0 && name < 0 {
		return false
	}
	order := []string{"pagu", "real", "sisa", "pct"}
	title := map[string]string{"pagu": "Pagu", "real": "Realisasi", "sisa": "Sisa", "pct": "Serapan (%)"}
	out := []string{"Kode", "Uraian"}
	for _, r := range order {
		for _, x := range roles {
			if x == r {
				out = append(out, title[r])
			}
		}
	}
	for i := h; i < end; i++ {
		lines[i] = ""
	}
	lines[h] = strings.Join(out, "\t")
	for _, r := range rows {
		kode, uraian := "", ""
		if code >= 0 {
			kode = r.cells[code]
		}
		if name >= 0 {
			uraian = strings.TrimPrefix(r.cells[name], "/")
			if uraian == "-" {
				uraian = ""
			}
		}
		if code < 0 {
			if first, rest, _ := strings.Cut(uraian, " "); fixedCode.MatchString(first) {
				kode, uraian = first, rest
			}
		}
		if kode == "" && glossTotal.MatchString(uraian) && len(strings.Fields(uraian)) == 1 ||
			glossTotal.MatchString(kode) && len(strings.Fields(kode)) == 1 {
			kode, uraian = "TOTAL", ""
		}
		cells := []string{kode, uraian}
		for _, role := range order {
			for k, x := range roles {
				if x == role {
					cells = append(cells, strings.TrimSpace(strings.TrimSuffix(r.cells[k], "%")))
				}
			}
		}
		lines[r.at] = strings.Join(cells, "\t")
	}
	return true
}

// fixedColumn: the header cell a piece's columns overlap most, else the
// nearest.
func fixedColumn(head []fixedSeg, c fixedSeg) int {
	best, bestOv, bestGap := 0, 0, 1<<30
	for k, h := range head {
		ov := min(c.e, h.e) - max(c.s, h.s)
		gap := max(h.s-c.e, c.s-h.e)
		switch {
		case ov > bestOv:
			best, bestOv = k, ov
		case bestOv == 0 && ov <= 0 && gap < bestGap:
			best, bestGap = k, gap
		}
	}
	return best
}

// fixedTextColumns: of the unkeyed columns, the code (single tokens on
// every row but a total) and the name (words); -1 when none.
func fixedTextColumns(roles []string, rows func(func([]string))) (code, name int) {
	code, name = -1, -1
	for k, r := range roles {
		if r != "" {
			continue
		}
		codes, words, filled := true, false, 0
		rows(func(cells []string) {
			c := cells[k]
			if c == "" || c == "-" {
				return
			}
			filled++
			if glossTotal.MatchString(c) && len(strings.Fields(c)) == 1 {
				return
			}
			if !fixedCode.MatchString(c) {
				codes = false
			}
			if strings.Contains(strings.TrimPrefix(c, "/"), " ") {
				words = true
			}
		})
		switch {
		case filled == 0:
		case codes && code < 0:
			code = k
		case words && name < 0:
			name = k
		}
	}
	return code, name
}
