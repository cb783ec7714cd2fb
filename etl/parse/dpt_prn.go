package parse

import (
	"bytes"
	"strconv"
	"strings"
	"unicode"

	"github.com/kpu-ntt/lkj/etl/facts"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// Fixed-width text tables: Excel's "Formatted Text (Space delimited)"
// (.prn) export, a mainframe or COBOL report, `column -t`, SQL*Plus or
// `mysql` without borders. Each column is padded to its width, text left,
// figures right, the header once; a cell may hold single spaces
// ("ILE APE TIMUR") and two columns may be parted by one space only
// ("  1 NUBATUKAN"):
//
//	No  Kecamatan          Desa/Kel  TPS  Laki-laki  Perempuan  Jumlah
//	  1 NUBATUKAN                 19   35      4.153      4.096   8.249
//	  3 ILE APE TIMUR              9   47      5.048      5.003  10.051
//	    KABUPATEN LEMBATA        151  394     44.142     45.708  89.850
//
// alignSpaced reads TAB-free texts only and parts cells at two spaces, so
// such a table in a report with TAB tables (or with one-space gaps) stays
// text. prnTables reads it as a DPT table:
//   - the header's cells (parted by two spaces or more) all have a DPT role
//     (dptRole), each role once, the area's name, L, P and L+P among them;
//   - the body is the run of lines under it (rules of - = + skipped) up to
//     a blank line or a line with no figure at its end; the columns are
//     the runs of places that some body line fills, parted by places blank
//     in every body line;
//   - each header cell stands over its own column or in the gap before
//     or after it (headerColumns), as many cells as columns, none over
//     two columns: a header cell over two columns, or a body line that
//     fills a gap (the columns then merge and do not match the header),
//     leaves the table unread;
//   - every figure cell is a whole count (dashInt: dots or commas in
//     groups of three), every row's L + P = total, the rows numbered 1, 2…
//     when a No column is there; the whole (the one unnumbered row, or a
//     first or last row named Kabupaten/Jumlah/Total) equals the sums of
//     the others in every figure column; a table without its whole is
//     left unread.
//
// The proven table is written in place as a TAB table (figures as plain
// digits, rules dropped, the rows moved up over them) which the DPT
// reader keys under the caption above.

// prnFigureRoles are the count roles a fixed-width DPT table's header may hold
// beside the No and the name.
var prnFigureRoles = map[int]bool{roleDesa: true, roleTPS: true, roleL: true, roleP: true, roleLP: true}

// prnGate is the cheap look: a DPT header's two sexes.
func prnGate(doc *facts.Document, data []byte) bool {
	return docHasAny(doc, data, "aki", "AKI", "  L ", "Pria", "PRIA", "Male", "MALE") &&
		docHasAny(doc, data, "erempuan", "EREMPUAN", "  P ", "Wanita", "WANITA", "emale", "EMALE")
}

// prnTables rewrites the proven fixed-width DPT tables of data as TAB
// tables; it drops the tables it read from alignSpaced's unproven spans.
func prnTables(doc *facts.Document, data []byte, unproven *[][2]int) []byte {
	if !prnGate(doc, data) || !docMay(doc, data, "  ") || !someLine(data, prnHeaderLine) {
		return data // no header line: the text is not split into lines
	}
	lines := strings.Split(string(data), "\n")
	changed := false
	for i := 0; i < len(lines); i++ {
		roles, hdr, ok := prnHeader(lines[i])
		if !ok {
			continue
		}
		if end, ok := prnTable(data, lines, i, roles, hdr); ok {
			changed = true
			var keep [][2]int
			for _, sp := range *unproven {
				if sp[1] < i+1 || sp[0] > end {
					keep = append(keep, sp)
				}
			}
			*unproven = keep
			i = end - 1
		}
	}
	if !changed {
		return data
	}
	return []byte(strings.Join(lines, "\n"))
}

// prnHeaderLine: l is a fixed-width DPT header (prnHeader), tested
// without a string for the lines that cannot be one.
func prnHeaderLine(l []byte) bool {
	if len(l) > 400 || bytes.IndexByte(l, '\t') >= 0 || !bytes.Contains(l, []byte("  ")) {
		return false
	}
	_, _, ok := prnHeader(string(l))
	return ok
}

// prnHeader reads a header line: its cells and their roles.
func prnHeader(l string) ([]int, []aseg, bool) {
	if strings.IndexByte(l, '\t') >= 0 || !strings.Contains(l, "  ") || len(l) > 400 {
		return nil, nil, false
	}
	hdr := splitPadded(strings.TrimRight(l, "\r "))
	if len(hdr) < 4 {
		return nil, nil, false
	}
	roles := make([]int, len(hdr))
	seen := map[int]bool{}
	for k, h := range hdr {
		r := dptRole(h.text)
		if r != roleNo && r != roleNama && !prnFigureRoles[r] || seen[r] {
			return nil, nil, false
		}
		seen[r], roles[k] = true, r
	}
	return roles, hdr, seen[roleNama] && seen[roleL] && seen[roleP] && seen[roleLP]
}

// prnRule: a line of - = + only, under a header or over a total.
func prnRule(l string) bool {
	t := strings.TrimSpace(l)
	return t != "" && strings.Trim(t, "-=+ ") == ""
}

// prnTable proves the table whose header is lines[h] and writes it; the
// line after it.
func prnTable(data []byte, lines []string, h int, roles []int, hdr []aseg) (int, bool) {
	var body []int // line indices of the body rows
	end := h + 1
	for ; end < len(lines); end++ {
		l := strings.TrimRight(lines[end], "\r ")
		if strings.TrimSpace(l) == "" || strings.IndexByte(l, '\t') >= 0 {
			break
		}
		if prnRule(l) {
			continue
		}
		if c := l[len(l)-1]; c < '0' || c > '9' {
			break // a note under the table
		}
		body = append(body, end)
	}
	if len(body) < 3 {
		return 0, false
	}
	// the columns: runs of places some body line fills
	var used []bool
	rs := make([][]rune, len(body))
	for k, b := range body {
		rs[k] = []rune(strings.TrimRight(lines[b], "\r "))
		for len(used) < len(rs[k]) {
			used = append(used, false)
		}
		for x, r := range rs[k] {
			if r != ' ' {
				used[x] = true
			}
		}
	}
	var cols [][2]int
	for x := 0; x < len(used); x++ {
		if !used[x] {
			continue
		}
		y := x
		for y+1 < len(used) && used[y+1] {
			y++
		}
		if n := len(cols); n > 0 && x-cols[n-1][1] == 2 && prnWordSpace(rs, x-1) {
			cols[n-1][1] = y // one space between two words of a name ("BAJAWA UTARA"), not a gap
		} else {
			cols = append(cols, [2]int{x, y})
		}
		x = y
	}
	if len(cols) != len(hdr) {
		return 0, false // a body line over a gap, a column without a title
	}
	for _, s := range hdr {
		if _, n := colOf(cols, s); n > 1 {
			return 0, false // a title over two columns
		}
	}
	at, ok := headerColumns(hdr, cols, nil)
	if !ok {
		return 0, false
	}
	for k := range at {
		if at[k] != k {
			return 0, false
		}
	}
	// the cells
	rows := make([][]string, len(body))
	vals := make([][]int64, len(body))
	for k := range body {
		rows[k], vals[k] = make([]string, len(cols)), make([]int64, len(cols))
		for c, cl := range cols {
			t := ""
			if cl[0] < len(rs[k]) {
				t = strings.TrimSpace(string(rs[k][cl[0]:min(cl[1]+1, len(rs[k]))]))
			}
			switch r := roles[c]; {
			case r == roleNo:
				if t != "" && !isRowNumber(t) {
					return 0, false
				}
			case r == roleNama:
				if !hasLetter(t) || strings.ContainsAny(t, "0123456789") {
					return 0, false
				}
			default:
				v, ok := dashInt(t)
				if !ok {
					return 0, false
				}
				vals[k][c], t = v, strconv.FormatInt(v, 10)
			}
			rows[k][c] = t
		}
	}
	whole, ok := prnWhole(rows, roles)
	if !ok {
		return 0, false
	}
	// L + P = total on every row; the whole the sums of the others
	li, pi, ti := indexOf(roles, roleL), indexOf(roles, roleP), indexOf(roles, roleLP)
	sums := make([]int64, len(cols))
	for k := range rows {
		if vals[k][li]+vals[k][pi] != vals[k][ti] {
			return 0, false
		}
		if k != whole {
			for c := range cols {
				sums[c] += vals[k][c]
			}
		}
	}
	for c := range cols {
		if prnFigureRoles[roles[c]] && sums[c] != vals[whole][c] {
			return 0, false
		}
	}
	// the whole's name must say which area it is, else it would be keyed as
	// one more kecamatan: a name Excel cut ("KABUPATEN TIMOR TENGAH SEL")
	// is read whole when the report spells it out elsewhere; an area named
	// by nothing that resolves is left out (its members still load)
	nama := indexOf(roles, roleNama)
	name, named := prnWholeName(data, rows[whole][nama])
	rows[whole][nama] = name
	// write: the header, the rows moved up over the rules, blanks after
	names := make([]string, len(hdr))
	for k, s := range hdr {
		names[k] = s.text
	}
	lines[h] = strings.Join(names, "\t")
	n := 0
	for k := range rows {
		if k != whole || named {
			lines[h+1+n] = strings.Join(rows[k], "\t")
			n++
		}
	}
	for k := h + 1 + n; k < end; k++ {
		lines[k] = ""
	}
	return end, true
}

// prnWhole finds the table's whole: with a No column, the one unnumbered
// row (first or last) while the others run 1, 2, …; without, a first or
// last row whose name says it (Kabupaten, Jumlah, Total).
func prnWhole(rows [][]string, roles []int) (int, bool) {
	no, nama := indexOf(roles, roleNo), indexOf(roles, roleNama)
	last := len(rows) - 1
	if no >= 0 {
		whole, n := -1, 0
		for k, r := range rows {
			if r[no] == "" {
				if whole >= 0 {
					return 0, false
				}
				whole = k
				continue
			}
			n++
			if v, err := strconv.Atoi(strings.TrimRight(r[no], ".)")); err != nil || v != n {
				return 0, false
			}
		}
		return whole, whole == 0 || whole == last
	}
	named := func(k int) bool {
		s := strings.ToUpper(rows[k][nama])
		return dptItemWhole(rows[k][nama]) || strings.HasPrefix(s, "KABUPATEN ") || strings.HasPrefix(s, "KOTA ") ||
			s == "JUMLAH" || s == "TOTAL"
	}
	switch {
	case named(last) && !named(0):
		return last, true
	case named(0) && !named(last):
		return 0, true
	}
	return 0, false
}

// prnWordSpace: some body line has letters on both sides of place x, a
// space inside a cell ("ILE APE") rather than a one-space gap between a
// row number and its name.
func prnWordSpace(rs [][]rune, x int) bool {
	for _, r := range rs {
		if x+1 < len(r) && unicode.IsLetter(r[x-1]) && unicode.IsLetter(r[x+1]) {
			return true
		}
	}
	return false
}

// prnTotalWords are the words of a whole's label that name no area.
var prnTotalWords = map[string]bool{"jumlah": true, "jml": true, "total": true, "grand": true, "keseluruhan": true,
	"seluruhnya": true, "kabupaten": true, "kab.": true, "kota": true, "se-kabupaten": true, "se-kota": true}

// prnWholeName is the name the whole's row is written under and whether it
// is kept: a label of total words or a satker's name as it stands; a name
// cut short when the text holds it longer and the longer name resolves.
func prnWholeName(data []byte, name string) (string, bool) {
	if _, ok := normalize.ResolveSatker(name, ""); ok {
		return name, true
	}
	words := true
	for _, w := range strings.Fields(strings.ToLower(name)) {
		words = words && prnTotalWords[w]
	}
	if words {
		return name, true
	}
	up := []byte(strings.ToUpper(string(data)))
	for at := 0; ; {
		i := bytes.Index(up[at:], []byte(strings.ToUpper(name)))
		if i < 0 {
			return name, false
		}
		from := at + i
		to := from + len(name)
		for to < len(up) && (up[to] >= 'A' && up[to] <= 'Z' || up[to] == '-') {
			to++
		}
		if to > from+len(name) {
			if _, ok := normalize.ResolveSatker(string(up[from:to]), ""); ok {
				return string(up[from:to]), true
			}
		}
		at = from + 1
	}
}
