package parse

import (
	"bytes"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// A spreadsheet saved in a cell-addressed or cell-stream text format and
// typed again into the report. Three spellings of one idea:
//
//	ID;PWXL;N;E                 SYLK: one record a line, fields cut at `;`;
//	C;Y1;X3;K"Pagu"             a C record is a cell, Y its row, X its column
//	C;Y2;X3;K2432896000         (either left out when it repeats: SYLK keeps
//	C;Y2;X5;K141760896;ERC[-2]  the last), K its value, E its formula;
//	E                           B, P, F, O and ID records carry no cell
//
//	TABLE / 0,1 / "title"       DIF: a header of topic, `n,m` and string
//	… DATA / 0,0 / ""           lines; then per row `-1,0` / `BOT`, per cell
//	-1,0 / BOT                  `1,0` / `"text"` or `0,4003012000` / `V`;
//	1,0 / "Kode"                `-1,0` / `EOD` ends it
//	0,2432896000 / V
//
//	A1: 'Kode                   a cell listing: Lotus-like `A1: value` with
//	C2: (,0) 2432896000         its format and label prefixes, or a script's
//	Sheet1!C2 = 2432896000      `Sheet1!C2 = value`, one cell a line
//
// Read as prose nothing loads: no line is a row. cellSheets rebuilds the
// grid (row × column) and writes it as an ordinary TAB table in the lines
// the file took (its header row first, the rest blank), so the table
// readers of every family read it by its header's words and prove each
// row as they prove any table's; this file knows no family. A formula is
// not a value: a cell keeps its cached value (SYLK's K, a listing's
// number) or stays empty. Numbers are written as the file holds them (a
// point for the decimals; an exponent written out). A grid of one row or
// one column, or under two cells of words in its first row, is no table
// and is left as it was.

// sheetCellsMin is the fewest cells a run must hold to be a sheet.
const sheetCellsMin = 6

// cellSheets rewrites every SYLK file, DIF file and cell listing of data
// as a TAB table; data itself when it holds none.
func cellSheets(doc *facts.Document, data []byte) []byte {
	sylk := docMay(doc, data, "ID;P") && docMay(doc, data, "C;")
	dif := docMay(doc, data, "BOT") && docMay(doc, data, "EOD")
	list := docHasAny(doc, data, "1: ", "1 = ", "1=", "2: ") && sheetListMay(data)
	if !sylk && !dif && !list {
		return data
	}
	lines := strings.Split(string(data), "\n")
	changed := false
	for i := 0; i < len(lines); i++ {
		var g sheetGrid
		end := i
		s := strings.TrimSpace(lines[i])
		switch {
		case sylk && strings.HasPrefix(s, "ID;P"):
			g, end = sheetSylk(lines, i)
		case dif && (s == "TABLE" || strings.HasPrefix(s, "TABLE 0,")):
			g, end = sheetDIF(lines, i)
		case list && sheetListCell(s) != nil:
			g, end = sheetList(lines, i)
		default:
			continue
		}
		if rows := g.rows(); rows != nil && len(rows) <= end-i {
			for k := i; k < end; k++ {
				lines[k] = ""
			}
			copy(lines[i:], rows)
			changed = true
		}
		i = max(i, end-1)
	}
	if !changed {
		return data
	}
	return []byte(strings.Join(lines, "\n"))
}

// sheetGrid is a rebuilt sheet: its cells by (row, column), both from 1.
type sheetGrid map[[2]int]string

// set puts v at row y, column x; a cell out of reason is dropped.
func (g *sheetGrid) set(y, x int, v string) {
	if y < 1 || x < 1 || y > 100000 || x > 200 {
		return
	}
	if *g == nil {
		*g = sheetGrid{}
	}
	(*g)[[2]int{y, x}] = strings.TrimSpace(v)
}

// rows writes the grid as TAB rows, empty rows left out; nil when it is
// no table (too few cells, one row or column, no words heading it).
func (g sheetGrid) rows() []string {
	if len(g) < sheetCellsMin {
		return nil
	}
	rowSet, maxX := map[int]bool{}, 0
	for k, v := range g {
		if v != "" {
			rowSet[k[0]] = true
			maxX = max(maxX, k[1])
		}
	}
	ys := make([]int, 0, len(rowSet))
	for y := range rowSet {
		ys = append(ys, y)
	}
	if len(ys) < 2 || maxX < 2 {
		return nil
	}
	sort.Ints(ys)
	var out []string
	for _, y := range ys {
		cells := make([]string, maxX)
		for x := 1; x <= maxX; x++ {
			cells[x-1] = strings.ReplaceAll(g[[2]int{y, x}], "\t", " ")
		}
		out = append(out, strings.TrimRight(strings.Join(cells, "\t"), "\t"))
	}
	words := 0
	for _, c := range strings.Split(out[0], "\t") {
		if c != "" && sheetNumber(c) == "" {
			words++
		}
	}
	if words < 2 {
		return nil
	}
	return out
}

// sheetNumber is s written as a plain number ("1.5E+3" → "1500"), ""
// when s is none.
func sheetNumber(s string) string {
	if s == "" || !strings.ContainsAny(s[:1], "+-.0123456789") {
		return ""
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return ""
	}
	if strings.ContainsAny(s, "eE") {
		return strconv.FormatFloat(v, 'f', -1, 64)
	}
	return strings.TrimPrefix(s, "+")
}

// sheetSylk reads the SYLK file whose ID record is lines[i] up to its E
// record (or the first line that opens no record); the grid and the line
// after the file.
func sheetSylk(lines []string, i int) (sheetGrid, int) {
	var g sheetGrid
	y, x := 1, 1
	recs, k := sheetSylkRecords(lines, i)
	for _, r := range recs {
		f := sheetSylkFields(r)
		if len(f) == 0 || !sheetSylkType(f[0]) {
			break
		}
		if f[0] != "C" && f[0] != "F" {
			continue
		}
		val, has := "", false
		for _, p := range f[1:] {
			if p == "" {
				continue
			}
			switch p[0] {
			case 'Y':
				if n, err := strconv.Atoi(p[1:]); err == nil {
					y = n
				}
			case 'X':
				if n, err := strconv.Atoi(p[1:]); err == nil {
					x = n
				}
			case 'K':
				val, has = p[1:], true
			}
		}
		if f[0] == "C" && has {
			if len(val) >= 2 && val[0] == '"' && val[len(val)-1] == '"' {
				val = val[1 : len(val)-1]
			} else if n := sheetNumber(val); n != "" {
				val = n
			}
			g.set(y, x, val)
		}
	}
	return g, k
}

// sheetSylkRecords cuts the file from lines[i] into its records. One a
// line as saved; a PDF re-flows them, several a line joined by a space and
// a string broken over lines, so a record starts at a line's start or
// after a space outside quotes where a record's type and `;` follow. The
// records and the line after the file (after its E record, or the first
// line that neither opens a record nor goes on with a string).
func sheetSylkRecords(lines []string, i int) ([]string, int) {
	var recs []string
	var cur strings.Builder
	flush := func() {
		if cur.Len() > 0 {
			recs = append(recs, cur.String())
			cur.Reset()
		}
	}
	quoted, open := false, 0
	k := i
	for ; k < len(lines); k++ {
		s := strings.TrimSpace(lines[k])
		if quoted {
			if open++; open > 2 || s == "" {
				return nil, i + 1 // a string that never closes
			}
			cur.WriteByte(' ')
		} else {
			if !sheetSylkStart(s) {
				break
			}
			flush()
			open = 0
		}
		for j := 0; j < len(s); j++ {
			c := s[j]
			if c == '"' {
				quoted = !quoted
			}
			if !quoted && c == ' ' {
				if rest := strings.TrimLeft(s[j:], " "); sheetSylkStart(rest) {
					flush()
				}
				if cur.Len() == 0 {
					continue
				}
			}
			cur.WriteByte(c)
		}
		if !quoted && cur.String() == "E" {
			cur.Reset()
			k++
			break
		}
	}
	flush()
	return recs, k
}

// sheetSylkStart: s opens with a SYLK record (its type and `;`, or the
// lone E that ends the file).
func sheetSylkStart(s string) bool {
	if s == "E" {
		return true
	}
	j := strings.IndexByte(s, ';')
	return j > 0 && j < 3 && sheetSylkType(s[:j])
}

// sheetSylkFields cuts a SYLK record at its `;`, a doubled `;;` being one
// semicolon inside a field.
func sheetSylkFields(s string) []string {
	var out []string
	var b strings.Builder
	for j := 0; j < len(s); j++ {
		if s[j] == ';' {
			if j+1 < len(s) && s[j+1] == ';' {
				b.WriteByte(';')
				j++
				continue
			}
			out = append(out, b.String())
			b.Reset()
			continue
		}
		b.WriteByte(s[j])
	}
	return append(out, b.String())
}

// sheetSylkType: t names a SYLK record.
func sheetSylkType(t string) bool {
	switch t {
	case "ID", "C", "F", "B", "P", "O", "NN", "NE", "NU", "W":
		return true
	}
	return false
}

// sheetDIF reads the DIF file whose TABLE topic is lines[i] up to its
// EOD; the grid (empty when the file is cut short or malformed) and the
// line after the file. As saved, one item a line; a PDF re-flows the
// items several a line (a string kept whole in its quotes), so when the
// lines do not read, the items are cut at spaces up to the line with EOD.
func sheetDIF(lines []string, i int) (sheetGrid, int) {
	if g, n := sheetDIFItems(lines[i:]); g != nil {
		return g, i + n
	}
	for e := i; e < len(lines) && e-i < 2000; e++ {
		if !slices.Contains(strings.Fields(lines[e]), "EOD") {
			continue
		}
		items := sheetDIFSplit(strings.Join(lines[i:e+1], " "))
		if g, n := sheetDIFItems(items); g != nil && n == len(items) {
			return g, e + 1
		}
		break
	}
	return nil, i + 1
}

// sheetDIFSplit cuts re-flowed DIF text into its items: quoted strings
// whole, the rest at spaces.
func sheetDIFSplit(s string) []string {
	var out []string
	for s = strings.TrimSpace(s); s != ""; s = strings.TrimSpace(s) {
		end := strings.IndexByte(s, ' ')
		if s[0] == '"' {
			end = strings.IndexByte(s[1:], '"') + 2
			if end == 1 {
				end = len(s)
			}
		}
		if end < 0 || end > len(s) {
			end = len(s)
		}
		out = append(out, s[:end])
		s = s[end:]
	}
	return out
}

// sheetDIFItems reads a DIF file's items from items[0] (its TABLE); the
// grid, nil when they are no DIF file, and how many items it took.
func sheetDIFItems(items []string) (sheetGrid, int) {
	at := func(k int) string {
		if k < len(items) {
			return strings.TrimSpace(items[k])
		}
		return ""
	}
	// the header: topic, "n,m", string, until DATA's three items
	k, data := 0, false
	for ; k+2 < len(items) && !data; k += 3 {
		if !reSheetDIFPair.MatchString(at(k + 1)) {
			return nil, 0
		}
		data = at(k) == "DATA"
		if at(k) == "" || strings.ContainsAny(at(k), " \t") {
			return nil, 0
		}
	}
	if !data {
		return nil, 0
	}
	g := sheetGrid{}
	y, x := 0, 0
	for ; k+1 < len(items); k += 2 {
		m := reSheetDIFPair.FindStringSubmatch(at(k))
		if m == nil {
			return nil, 0
		}
		ind := at(k + 1)
		switch m[1] {
		case "-1":
			switch ind {
			case "BOT":
				y, x = y+1, 0
				continue
			case "EOD":
				return g, k + 2
			}
			return nil, 0
		case "0":
			x++
			if ind == "V" {
				if n := sheetNumber(m[2]); n != "" {
					g.set(y, x, n)
				}
			} // NA, ERROR, TRUE, FALSE: no figure
		case "1":
			x++
			g.set(y, x, strings.Trim(ind, `"`))
		default:
			return nil, 0
		}
	}
	return nil, 0
}

// reSheetDIFPair is a DIF line of a type (or vector) and a number.
var reSheetDIFPair = regexp.MustCompile(`^(-?\d+),(\S*)$`)

// sheetListMay: some line may be a cell of a listing, read from the bytes:
// a capital first, and a cell reference (`C2`, `$AB$12`, `Sheet1!C2`) just
// before the first ':' or '=' (reSheetListCell's shape). "Sasaran 1:" is in
// every report; only a cell listing should split the text.
func sheetListMay(data []byte) bool {
	return someLine(data, func(l []byte) bool {
		l = bytes.TrimSpace(l)
		j := bytes.IndexAny(l, ":=")
		return j >= 2 && j <= 40 && l[0] >= 'A' && l[0] <= 'Z' && sheetRefEnds(bytes.TrimRight(l[:j], " "))
	})
}

// sheetRefEnds: t ends in a cell reference standing alone or after a sheet's
// '!': one or two capitals, then one to six digits, each with an optional '$'.
func sheetRefEnds(t []byte) bool {
	k := len(t)
	for k > 0 && t[k-1] >= '0' && t[k-1] <= '9' {
		k--
	}
	if n := len(t) - k; n == 0 || n > 6 || t[k] == '0' {
		return false
	}
	if k > 0 && t[k-1] == '$' {
		k--
	}
	letters := 0
	for k > 0 && t[k-1] >= 'A' && t[k-1] <= 'Z' && letters < 3 {
		k--
		letters++
	}
	if letters == 0 || letters > 2 {
		return false
	}
	if k > 0 && t[k-1] == '$' {
		k--
	}
	return k == 0 || t[k-1] == '!'
}
