package extract

import (
	"slices"
	"strings"
)

// Delimited tables. A table pasted from a spreadsheet as CSV, or from a
// wiki without its rule line, writes one row per line with its cells
// parted by a semicolon or a bar:
//
//	No;Indikator Kinerja;Satuan;Target;Realisasi;Capaian (%)
//	1;Opini BPK atas Laporan Keuangan;Opini;WTP;WTP;100,00
//
// The delimiter states the structure: unlike a table flattened with
// spaces, no cell boundary has to be guessed. A run of such lines is
// rebuilt as TAB lines (the table reader then takes it as any other
// table: header roles, units, totals, its own checks) only when every
// line splits into the same number of cells as the run's widest line. A
// line with fewer cells is a heading row only when it states no value (a
// shorter row with values would shift them into the wrong columns); a
// line with more, non-empty, cells has a delimiter inside a cell. Either
// way the run is reported (Unproven), never loaded. A part of the table
// continued after a page break (blank lines, a page number or a running
// header between, the header repeated or not) has the same width and is
// rebuilt with it; the table reader joins the parts.

// delimiters, tried in order: a semicolon never stands in an Indonesian
// number; a bar never in text.
const delimiters = ";|"

// delimRun is a run of consecutive lines split by one delimiter.
type delimRun struct {
	from, to int // lines[from:to]
	cells    [][]string
	width    int
}

// delimited rebuilds the delimited tables among the lines of a document
// without TABs; it returns whether it rebuilt or reported any.
func delimited(lines []line) bool {
	found := false
	width, last := 0, -1 // the width and last line of the table before
	for i := 0; i < len(lines); i++ {
		if lines[i].blank || lines[i].tab {
			continue
		}
		d := delimOf(lines[i].text)
		loose := false
		if d == 0 && csvHeader(lines[i].text) {
			d, loose = ',', true // "No,Indikator,Target" over "1,Opini BPK,\"77,50\""
		}
		if d == 0 {
			continue
		}
		r := delimRunAt(lines, i, d, loose)
		if c := r.cells[0][max(0, singleCell(r.cells[0]))]; r.to-r.from >= 3 && nonEmpty(r.cells[0]) == 1 && !flatNumeric(c) && !flatHeaderCell(c) {
			// a title exported as a row of its own ("Tabel 3.5 …;;;"):
			// the caption above the table
			lines[i].text = c
			r = delimRunAt(lines, i+1, d, loose)
		}
		if r.to-r.from < 2 && !(width > 0 && r.width == width && continues(lines, last, i)) {
			continue // a lone line of text with two semicolons
		}
		switch {
		case r.header() && r.to-r.from >= 3 && r.valued() >= 2 && r.fits(r.width), r.named():
			r.mark(lines, flatDelim)
			width, last = r.width, r.to-1
		case width > 0 && r.width == width && continues(lines, last, i) && r.fits(width):
			// the table goes on after a page break
			r.mark(lines, flatDelim)
			last = r.to - 1
		case r.tabular():
			markUnproven(lines, r.from, r.to)
			width, last = 0, -1
		default:
			i = r.to - 1
			continue
		}
		found = true
		i = r.to - 1
	}
	return found
}

// delimOf is the delimiter a line is split by (two of it at least), or 0.
// A comma parts cells only in a CSV line that quotes them all
// ("1","Opini BPK","100,00"): unquoted, it is a decimal comma or prose.
func delimOf(t string) byte {
	for k := 0; k < len(delimiters); k++ {
		d := delimiters[k]
		if strings.Count(t, string(d)) >= 2 {
			return d
		}
	}
	if quotedCSV(t) && strings.Count(t, `","`) >= 2 {
		return ','
	}
	return 0
}

func quotedCSV(t string) bool {
	return len(t) > 2 && t[0] == '"' && t[len(t)-1] == '"'
}

// csvHeader: a line of comma-separated column names ("No,Indikator
// Kinerja,Target,Realisasi"), three at least: the header of a CSV whose
// cells are quoted only where they hold a comma (`"77,50"`). Such a
// header proves the width every row must split into; a decimal comma left
// unquoted gives a row one cell too many, and the table is reported.
func csvHeader(t string) bool {
	k := strings.IndexByte(t, ',')
	if k < 0 || k > 42 || strings.Count(t, ",") < 2 || !flatHeaderCell(strings.Trim(t[:k], `" `)) {
		return false
	}
	cells := splitDelim(t, ',')
	for _, c := range cells {
		if !flatHeaderCell(c) && !flatHeaderCell(unweighted(c)) {
			return false
		}
	}
	return len(cells) >= 3
}

// delimRunAt collects the non-blank lines from i that hold delimiter d; a
// comma parts cells only in lines quoted whole, or in any line under a
// header of comma-separated column names (loose).
func delimRunAt(lines []line, i int, d byte, loose bool) delimRun {
	r := delimRun{from: i, to: i}
	for k := i; k < len(lines) && !lines[k].blank && !lines[k].tab && strings.IndexByte(lines[k].text, d) >= 0 &&
		(d != ',' || loose || quotedCSV(lines[k].text)); k++ {
		c := splitDelim(lines[k].text, d)
		c = bareBars(d, lines[i].text, lines[k].text, c) // flatten_delim_bare.go
		r.cells = append(r.cells, c)
		r.width = max(r.width, len(c))
		r.to = k + 1
	}
	return r
}

// splitDelim splits a line at d: cells trimmed, a cell in double quotes
// may hold d, and the outer bars of "| a | b |" are no cells.
func splitDelim(t string, d byte) []string {
	t = strings.TrimSpace(t)
	if d == '|' {
		t = strings.TrimSpace(strings.TrimSuffix(strings.TrimPrefix(t, "|"), "|"))
	}
	var cells []string
	for {
		var c string
		if q := strings.TrimLeft(t, " "); strings.HasPrefix(q, `"`) {
			if e := strings.Index(q[1:], `"`); e >= 0 {
				rest := strings.TrimLeft(q[e+2:], " ")
				if rest == "" || rest[0] == d {
					cells = append(cells, strings.TrimSpace(q[1:e+1]))
					if rest == "" {
						return cells
					}
					t = rest[1:]
					continue
				}
			}
		}
		k := strings.IndexByte(t, d)
		if k < 0 {
			c, t = t, ""
		} else {
			c, t = t[:k], t[k+1:]
		}
		cells = append(cells, strings.TrimSpace(c))
		if k < 0 {
			return cells
		}
	}
}

// header: the run's first lines name columns: no cell of them is a value
// (a year heads a column of a multi-year table), and two cells at least
// are column words (a first line of group headings, "2022;;2023", counts
// with the line of column words under it).
func (r *delimRun) header() bool {
	words := 0
	for k := 0; k < len(r.cells) && k < 3; k++ {
		for _, c := range r.cells[k] {
			switch {
			case c == "":
			case flatNumeric(c) && !isYear(c):
				return words >= 2 && k > 0
			case flatHeaderCell(c):
				words++
			}
		}
	}
	return words >= 2
}

// named: a table of one row under a header line that names every column
// ("Tahun Kinerja;Perencanaan Kinerja (30);…;Predikat" over "2018;16,20;…;CC"):
// both lines of the same width, three cells at least, every header cell a
// column name and the row holding two values at least. The header proves
// the row as it proves the rows of a longer table.
func (r *delimRun) named() bool {
	if r.to-r.from != 2 || r.width < 3 || len(r.cells[0]) != len(r.cells[1]) {
		return false
	}
	for _, c := range r.cells[0] {
		if !flatHeaderCell(c) && !flatHeaderCell(unweighted(c)) {
			return false
		}
	}
	n := 0
	for _, c := range r.cells[1] {
		if flatNumeric(c) {
			n++
		}
	}
	return n >= 2
}

// unweighted is a column name without the weight or bound written after
// it in parentheses ("Perencanaan Kinerja (30)", "Nilai (100)").
func unweighted(c string) string {
	if !strings.HasSuffix(c, ")") {
		return c
	}
	i := strings.LastIndexByte(c, '(')
	if i <= 0 || !flatNumeric(c[i+1:len(c)-1]) {
		return c
	}
	return strings.TrimSpace(c[:i])
}

// valued is the number of lines with a value cell.
func (r *delimRun) valued() int {
	n := 0
	for _, cs := range r.cells {
		if anyNumeric(cs) {
			n++
		}
	}
	return n
}

func anyNumeric(cs []string) bool { return slices.ContainsFunc(cs, flatNumeric) }

// fits: every line has w cells, or fewer and no value (a heading row), or
// more that are all empty.
func (r *delimRun) fits(w int) bool {
	for _, cs := range r.cells {
		switch {
		case len(cs) < w && anyNumeric(cs):
			return false
		case len(cs) > w:
			for _, c := range cs[w:] {
				if c != "" {
					return false
				}
			}
		}
	}
	return true
}

// tabular: a run that reads as a table nobody could rebuild: three lines
// at least, most with a value, and short cells (prose with semicolons has
// long ones).
func (r *delimRun) tabular() bool {
	if r.to-r.from < 3 || 2*r.valued() < r.to-r.from {
		return false
	}
	long := 0
	for _, cs := range r.cells {
		for _, c := range cs {
			if len(c) > 120 {
				long++
			}
		}
	}
	return long == 0
}

// mark rewrites the run's lines as TAB lines of w cells at most.
func (r *delimRun) mark(lines []line, kind uint8) {
	for k, cs := range r.cells {
		for len(cs) > 0 && cs[len(cs)-1] == "" {
			cs = cs[:len(cs)-1]
		}
		ln := &lines[r.from+k]
		if len(cs) == 0 {
			ln.blank, ln.text = true, "" // an empty spreadsheet row
			continue
		}
		ln.tab, ln.cells, ln.flat = true, cs, kind
	}
}

// continues: only blank lines, page numbers and a running header or
// footer stand between the table's last line and line i.
func continues(lines []line, last, i int) bool {
	if last < 0 || i-last > 8 {
		return false
	}
	for k := last + 1; k < i; k++ {
		if t := lines[k].text; !lines[k].blank && !isPageNumber(t) && !(len(t) <= 80 && furnitureText(t)) {
			return false
		}
	}
	return true
}

// delimContinues: a line of a delimited table that goes on with the row
// above: its first cell is empty, its first text starts in lower case (a
// sentence wrapped over two spreadsheet rows), and it holds no value. A
// capitalised label with empty cells is a row of its own: a group
// heading ("Indikator Kinerja Kegiatan"). A line with one empty cell is
// the rest of a row rebuilt onto its first line.
func delimContinues(cells []string) bool {
	if len(cells) == 1 && cells[0] == "" {
		return true // a line of a row whose cells stand on its first line (flatten_leader.go)
	}
	if len(cells) == 0 || cells[0] != "" || anyNumeric(cells) {
		return false
	}
	for _, c := range cells[1:] {
		if c != "" {
			return startsLower(c)
		}
	}
	return false
}
