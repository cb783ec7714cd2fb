package parse

import (
	"bytes"
	"strings"
)

// Tables printed by a statistics package (SPSS Custom Tables, a
// crosstab's text export): space-aligned, in a document that may hold TAB
// tables elsewhere (so alignSpaced, which reads TAB-free texts only, never
// sees them), with a header over several lines - the variable labels, a
// group label over its categories ("Jenis Kelamin" over "Laki-laki" and
// "Perempuan"), then a row naming each column's statistic ("Sum",
// "Count") that is no data. The row dimension may stand alone on the line
// under the header ("Kecamatan"), the rows indented under it, `|` bars
// between column groups, rules of dashes around the header and above the
// tool's Total row.
//
// The statistic row proves the columns: one word a value column, and
// every body row holds exactly one bare integer under each word (right-
// aligned over it) after its label. Only additive statistics are read: a
// Sum is the column's amount; a Count (or N) is the number of cases only
// under a category of a group label, or in the Total beside such
// categories (the DPT reader's L + P = total proves it). A Mean, a
// percentage, or a Count of a variable of its own (the count of records,
// not of the variable's units) leaves the table as text. Proven, the table
// is rewritten as TAB lines in place (exportPlace): the header on the
// header's first line, the rows below it.

// statWords are the statistics a column may name; additive reports which
// of them the reader takes.
var statWords = map[string]bool{"sum": true, "count": true, "n": true, "mean": true, "median": true, "minimum": true,
	"maximum": true, "mode": true, "range": true, "variance": true, "std. deviation": true, "column n %": true,
	"row n %": true, "table n %": true, "valid n": true, "total n": true}

// statHeaderTables rewrites the statistic-headed tables of a text as TAB
// rows; data itself when it holds none.
func statHeaderTables(data []byte, g *textMarks) []byte {
	if !g.has(data, mkThreeSpaces) || !statLikely(data) {
		return data // the cheap gate
	}
	lines := strings.Split(string(data), "\n")
	changed := false
	for i := 1; i < len(lines); i++ {
		if end, ok := statTable(lines, i); ok {
			changed = true
			i = end
		}
	}
	if !changed {
		return data
	}
	return []byte(strings.Join(lines, "\n"))
}

// statLikely: a statistic word right-aligned under a column somewhere.
func statLikely(data []byte) bool {
	for _, w := range []string{"   Sum", "   Count", "     N\n", "     N "} {
		if bytes.Contains(data, []byte(w)) {
			return true
		}
	}
	return false
}

// statSegs splits a padded line into cells; a `|` parts column groups as
// the padding does.
func statSegs(l string) []aseg {
	if strings.IndexByte(l, '|') >= 0 {
		l = strings.ReplaceAll(l, "|", " ")
	}
	return splitPadded(strings.TrimRight(l, " \r"))
}

// statRow: the cells of a line that names a statistic in every cell, two
// at least.
func statRow(l string) ([]aseg, bool) {
	if len(l) > 400 || !strings.Contains(l, "   ") {
		return nil, false
	}
	s := statSegs(l)
	if len(s) < 2 {
		return nil, false
	}
	for _, c := range s {
		if !statWords[strings.ToLower(c.text)] {
			return nil, false
		}
	}
	return s, true
}

// ruleLine: a line of dashes or equals signs (a `+` or `|` where a bar
// crosses it).
func ruleLine(l string) bool {
	t := strings.TrimSpace(l)
	if len(t) < 10 {
		return false
	}
	return strings.Trim(t, "-=+|_ ") == "" && strings.Count(t, "-")+strings.Count(t, "=") >= len(t)/2
}

// statTable reads the table whose statistic row is line i; it returns the
// last line it took.
func statTable(lines []string, i int) (int, bool) {
	stats, ok := statRow(lines[i])
	if !ok {
		return 0, false
	}
	for _, s := range stats {
		switch strings.ToLower(s.text) {
		case "sum", "count", "n":
		default:
			return 0, false // a mean or a percentage is no amount
		}
	}
	// the header lines above it, up to a rule or a blank line
	h0 := i
	for h0 > 0 && strings.TrimSpace(lines[h0-1]) != "" && !ruleLine(lines[h0-1]) && i-h0 < 4 {
		h0--
	}
	if h0 == i {
		return 0, false // a statistic row under no label
	}
	from := h0
	if h0 > 0 && ruleLine(lines[h0-1]) {
		from = h0 - 1
	}
	// the body: an optional rule, the row dimension alone, then rows
	k := i + 1
	if k < len(lines) && ruleLine(lines[k]) {
		k++
	}
	stub := ""
	var rows [][]string
	var at []int
	end := k
	for ; k < len(lines); k++ {
		l := lines[k]
		if strings.TrimSpace(l) == "" {
			break
		}
		if ruleLine(l) {
			end = k
			continue
		}
		segs := statSegs(l)
		if len(rows) == 0 && stub == "" && len(segs) == 1 && !hasDigitStr(segs[0].text) && segs[0].to < stats[0].from {
			stub, end = segs[0].text, k // the row dimension's name on a line of its own
			continue
		}
		row, ok := statBodyRow(segs, stats)
		if !ok {
			break
		}
		rows, at, end = append(rows, row), append(at, k), k
	}
	if len(rows) < 2 {
		return 0, false
	}
	header, ok := statHeader(lines[h0:i], stats, rows, stub)
	if !ok {
		return 0, false
	}
	to := end + 1
	if to < len(lines) && ruleLine(lines[to]) {
		to++
	}
	if !exportPlace(lines, from, to, h0, "", header, rows) {
		return 0, false
	}
	return to - 1, true
}

// statBodyRow: a label, then one bare integer under each statistic word
// (SPSS prints a missing cell as "."), nothing else.
func statBodyRow(segs []aseg, stats []aseg) ([]string, bool) {
	if len(segs) != len(stats)+1 || !hasLetter(segs[0].text) || segs[0].to >= stats[0].from {
		return nil, false
	}
	row := []string{segs[0].text}
	for c, s := range segs[1:] {
		st := stats[c]
		if s.to < st.from || s.from > st.to+1 {
			return nil, false // not under its statistic
		}
		switch {
		case s.text == ".":
			row = append(row, "-")
		case allDigits(s.text):
			row = append(row, s.text)
		default:
			return nil, false // grouped or decimal figures: whose notation is unknown
		}
	}
	return row, true
}

// statHeader names each value column by the header lines above its
// statistic: its own label (the lowest one over it alone); a label over
// several columns is a group over its categories. A Count or N column must
// be a category of a group, or the Total beside such categories.
func statHeader(hdr []string, stats []aseg, rows [][]string, stub string) ([]string, bool) {
	n := len(stats)
	own := make([]string, n)
	grouped := make([]bool, n)
	// a column's extent: its statistic word and the figures under it
	ext := make([][2]int, n)
	for c, s := range stats {
		ext[c] = [2]int{s.from, s.to}
		for _, r := range rows {
			if w := len([]rune(r[c+1])); s.to-w+1 < ext[c][0] {
				ext[c][0] = s.to - w + 1
			}
		}
	}
	for _, l := range hdr {
		for _, s := range statSegs(l) {
			var over []int
			for c := range ext {
				if s.to >= ext[c][0] && s.from <= ext[c][1] {
					over = append(over, c)
				}
			}
			switch {
			case len(over) == 0 && s.to < ext[0][0] && stub == "":
				stub = s.text // the row dimension's name on a header line
			case len(over) == 0:
				return nil, false // a label over no column: not proven
			case len(over) == 1:
				if own[over[0]] != "" && grouped[over[0]] {
					return nil, false // a third level: which label names the column is unknown
				}
				own[over[0]] = strings.TrimSpace(own[over[0]] + " " + s.text)
			default:
				for _, c := range over {
					if own[c] != "" || grouped[c] {
						return nil, false // a group over labelled columns or another group
					}
					grouped[c] = true
				}
			}
		}
	}
	header := []string{stub}
	categories := false
	for c := range stats {
		if own[c] == "" {
			return nil, false
		}
		if grouped[c] {
			categories = true
		}
		header = append(header, own[c])
	}
	for c, s := range stats {
		if strings.EqualFold(s.text, "sum") || grouped[c] {
			continue
		}
		if !categories || !totalText(own[c]) {
			return nil, false // a count of records, not of the column's units
		}
	}
	return header, true
}
