package parse

import (
	"regexp"
	"strconv"
	"strings"
)

// The cell listings of sheet_cells.go: one cell a line by its A1 address,
// Lotus-like (`A1: [W12] 'Kode`, `C2: (,0) 2432896000`) or a script's
// (`Sheet1!C2 = 2432896000`).

// reSheetListCell is a cell listing's line: an optional sheet name, the
// cell's A1 address (with `$` if any), `:` or `=`, its content.
var reSheetListCell = regexp.MustCompile(`^(?:[A-Za-z][\w ]{0,30}!)?\$?([A-Z]{1,2})\$?([1-9]\d{0,5})\s*(?::|=)\s*(.*)$`)

// sheetListCell is the address and value of a listing's line, the value
// "" for a formula without a cached value; nil when s is no such line.
func sheetListCell(s string) []string {
	// cheap: an upper-case letter first, a digit just before the `:`/`=`
	j := strings.IndexAny(s, ":=")
	if j < 2 || j > 40 || s[0] < 'A' || s[0] > 'Z' {
		return nil
	}
	if t := strings.TrimRight(s[:j], " "); t[len(t)-1] < '0' || t[len(t)-1] > '9' {
		return nil
	}
	m := reSheetListCell.FindStringSubmatch(s)
	if m == nil {
		return nil
	}
	v := strings.TrimSpace(m[3])
	// Lotus' format and width marks: "(,0)", "(F2)", "[W12]"
	for len(v) > 0 && (v[0] == '(' || v[0] == '[') {
		end := strings.IndexByte(v, map[byte]byte{'(': ')', '[': ']'}[v[0]])
		if end < 0 || end > 8 {
			break
		}
		v = strings.TrimSpace(v[end+1:])
	}
	switch {
	case v == "":
	case v[0] == '\'' || v[0] == '^' || v[0] == '\\':
		v = strings.TrimSuffix(v[1:], "'")
	case v[0] == '"':
		v = strings.TrimSuffix(v[1:], `"`)
	case sheetNumber(v) != "":
		v = sheetNumber(v)
	case v[0] == '=' || v[0] == '+' || v[0] == '@' || v[0] == '-':
		v = "" // a formula: not a value
	}
	return []string{m[1], m[2], v}
}

// sheetList reads the run of listing lines from lines[i] (blank lines
// inside it kept); the grid and the line after the run. A cell named
// twice is no listing.
func sheetList(lines []string, i int) (sheetGrid, int) {
	var g sheetGrid
	k, last := i, i
	for ; k < len(lines); k++ {
		s := strings.TrimSpace(lines[k])
		if s == "" {
			continue
		}
		c := sheetListCell(s)
		if c == nil {
			break
		}
		x := 0
		for _, r := range c[0] {
			x = x*26 + int(r-'A'+1)
		}
		y, _ := strconv.Atoi(c[1])
		if _, dup := g[[2]int{y, x}]; dup {
			return nil, last + 1
		}
		g.set(y, x, c[2])
		last = k
	}
	return g, last + 1
}
