package extract

import (
	"regexp"
	"strings"
)

// A report printed by a finance application opens with its own header
// block of `Key : value` lines (`Kementerian/Lembaga : (076) ...`, `Satuan
// Kerja : (671190) ...`, `Periode : s.d. Desember`) written right above
// the column titles, no blank line between. Those lines are no rows of
// the table, and read as its first lines they hide its header: a line of
// column titles after nothing but such lines opens the table.

// endsReportHead: ln is a row of three column titles or more and every
// line so far is a `Key : value` line. It asks the lines so far first and
// isHeaderRow last: it runs for every TAB line of a table's first nine,
// whose first line is hardly ever a `Key : value` line, and isHeaderRow
// asked first was 1.5 % of the parser's CPU (both tests are pure, so the
// order does not change the answer).
func (t *tableBuilder) endsReportHead(ln *line) bool {
	if len(t.lines) == 0 || len(t.lines) > 8 || nonEmpty(ln.cells) < 3 {
		return false
	}
	for _, l := range t.lines {
		if !keyValueLine(l.cells) {
			return false
		}
	}
	return isHeaderRow(ln.cells)
}

// keyValueLine: one to three cells that read `Key : value`, the key a few
// words without digits. A line with no ':' in any cell is refused before
// the cells are gathered and joined (the join holds only their bytes and
// spaces, so it would have no ':' either).
func keyValueLine(cells []string) bool {
	colon := false
	for _, c := range cells {
		if strings.IndexByte(c, ':') >= 0 {
			colon = true
			break
		}
	}
	if !colon {
		return false
	}
	var parts []string
	for _, c := range cells {
		if c = strings.TrimSpace(c); c != "" {
			parts = append(parts, c)
		}
	}
	if len(parts) == 0 || len(parts) > 3 {
		return false
	}
	s := strings.Join(parts, " ")
	i := strings.IndexByte(s, ':')
	if i <= 0 || i > 40 || strings.TrimSpace(s[i+1:]) == "" {
		return false
	}
	key := strings.TrimSpace(s[:i])
	return key != "" && !strings.ContainsAny(key, "0123456789") && len(strings.Fields(key)) <= 4
}

// The same report ends with its print footer (`Dicetak oleh: operator
// Tanggal cetak: 08-01-2025 Halaman 1 dari 1`, `Printed by ... Page 1 of
// 2`) right under the last row: a line of the page, never a row.
var (
	rePrintBy   = regexp.MustCompile(`(?i)\b(?:dicetak\s+(?:oleh|pada|tanggal|tgl)|tgl\.?\s+cetak|tanggal\s+cetak|printed\s+(?:by|on)|print\s+date)\b`)
	rePrintPage = regexp.MustCompile(`(?i)\b(?:halaman|hal|page)\b\.?\s*:?\s*\d+\s*(?:dari|of|/)\s*\d+`)
)

// PrintFooter: text names the printing of a report (by whom, when) or
// which page of how many it is.
func PrintFooter(text string) bool {
	return footerMay(text) && (rePrintBy.MatchString(text) || rePrintPage.MatchString(text))
}

// dropPrintFooters moves the print footer lines of a table to its notes.
func (b *Block) dropPrintFooters(lines []rawLine) []rawLine {
	kept := lines[:0]
	for _, l := range lines {
		if nonEmpty(l.cells) <= 3 && footerMay(l.cells...) && PrintFooter(strings.Join(l.cells, " ")) {
			b.Notes = append(b.Notes, Note{Line: l.n, Why: "halaman", Text: strings.Join(l.cells, " ")})
			continue
		}
		kept = append(kept, l)
	}
	return kept
}
