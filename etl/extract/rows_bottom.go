package extract

import (
	"strings"
	"unicode"
)

// bottomRows rebuilds the rows of a table whose wrapped rows carry their
// number and values on their LAST line:
//
//	| Meningkatnya pembinaan | Persentase Pejabat Perbendaharaan | |
//	| perbendaharaan         | yang menyelesaikan                | |
//	1 |                      | anggaran sesuai ketentuan | % | 100 | 81.95
//
// The line-by-line reading takes such a table's first lines for the rest
// of the row above. The layout is told by the whole body, never by one
// line: the body starts with an unnumbered line without values, ends with a
// valued line, every valued line is numbered (or a total) or none is, no
// line without values is numbered, and every line that follows a valued
// line starts a new entry (a capital letter). ok is false for any other
// table.
func bottomRows(body []rawLine, headerWords func() map[string]bool) (rows []Row, ok bool) {
	// cheap test first: most tables open with a numbered or valued line
	for _, l := range body {
		if len(l.cells) == 0 || isColNumbers(l.cells) {
			continue
		}
		if isRowNo(l.cells[0]) || anyValue(l.cells) {
			return nil, false
		}
		if singleCell(l.cells) != 0 || !isGroupLabel(l.cells) {
			break // a lone first cell that is no group heading: wrapped text (a table without a number column)
		}
	}
	// the lines kept, as their place in body with what they are: one small
	// array, not a copy of each line (most tables are refused part way)
	lines := make([]bottomLine, 0, len(body))
	run := 0 // lines without values in a row: a wrapped row is a few lines
	nValued, numbered, wrapped, opened, textFirst := 0, 0, false, false, false
	for at, l := range body {
		if len(l.cells) == 0 || isColNumbers(l.cells) {
			continue
		}
		i := len(lines)
		v := anyValue(l.cells)
		boundary := i == 0 || lines[i-1].valued || lines[i-1].heading
		head := false
		switch {
		case v:
			if opensStatementAfter(body, lines, l.cells) {
				return nil, false // the lines above are a group's title, this line a new indicator
			}
			if isRowNo(l.cells[0]) || totalLabel(firstText(l.cells)) {
				numbered++
				if textFirst || numbered <= nValued {
					return nil, false // text in the number column, or some valued lines unnumbered
				}
			} else if numbered > 0 {
				return nil, false
			}
			nValued++
			if i > 0 && !lines[i-1].valued && !lines[i-1].heading {
				wrapped = true
			}
		case len(headerWords()) > 0 && nonEmpty(l.cells) >= 2 && allWordsIn(l.cells, headerWords()) && isHeaderRow(l.cells):
			continue // the header repeated after a page break
		case isGroupLabel(l.cells) && !startsStatement(l.cells):
			if !boundary {
				return nil, false
			}
			head = true // "Sasaran Strategis 1: …": a row of its own
		case isRowNo(l.cells[0]):
			return nil, false // a numbered line without values: numbers sit on the first line
		case boundary && i > 0 && !startsCapital(firstText(l.cells)):
			return nil, false // a lower-case line after values continues the row above
		default:
			if boundary {
				opened = true
			}
			if l.cells[0] != "" {
				textFirst = true // text in the number column: only in a table without numbers
				if numbered > 0 {
					return nil, false
				}
			}
		}
		if run++; v {
			run = 0
		} else if run > 10 {
			return nil, false
		}
		lines = append(lines, bottomLine{at: at, valued: v, heading: head})
	}
	if len(lines) < 3 {
		return nil, false
	}
	first := 0
	for first < len(lines) && lines[first].heading {
		first++
	}
	if numbered != 0 && (numbered != nValued || textFirst) {
		return nil, false // some valued lines numbered, some not: no one layout
	}
	if first == len(lines) || lines[first].valued || !lines[len(lines)-1].valued || nValued < 2 || !wrapped || !opened {
		return nil, false
	}
	var cur *Row
	for _, e := range lines {
		l := body[e.at]
		if e.heading {
			rows = append(rows, newRow(l))
			continue
		}
		if cur == nil {
			r := newRow(l)
			cur = &r
		} else {
			cur.merge(l)
		}
		if e.valued {
			rows = append(rows, *cur)
			cur = nil
		}
	}
	return rows, true
}

// bottomLine is a line bottomRows keeps: its index in the body, and
// whether it holds values or is a group heading.
type bottomLine struct {
	at              int
	valued, heading bool
}

// firstText is the first non-empty cell.
func firstText(cells []string) string {
	for _, c := range cells {
		if c != "" {
			return c
		}
	}
	return ""
}

func startsCapital(s string) bool {
	for _, r := range s {
		return unicode.IsUpper(r) || unicode.IsDigit(r)
	}
	return false
}

// connectors end a wrapped line of running text, never a column title.
var connectors = map[string]bool{"yang": true, "dan": true, "mengenai": true, "dalam": true, "atas": true, "untuk": true,
	"dari": true, "terhadap": true, "serta": true, "pada": true, "di": true, "ke": true, "oleh": true, "dengan": true}

// wrappedTextHeader gives back to the body the header lines after the
// first that are in fact the wrapped text of the first row ("Terwujudnya
// Sistem Informasi | Persentase informasi mengenai"): a cell of theirs ends
// with a connector word and none holds a digit. Their words are common
// table words, so they passed for titles.
func wrappedTextHeader(lines []rawLine, hdr int) int {
	for hdr > 1 {
		wrapped := false
		for _, c := range lines[hdr-1].cells {
			if hasDigit(c) {
				wrapped = false // years, column numbers: a header line
				break
			}
			t := strings.TrimSpace(c)
			if t != "" && connectors[strings.ToLower(t[strings.LastIndexByte(t, ' ')+1:])] {
				wrapped = true
			}
		}
		if !wrapped {
			return hdr
		}
		hdr--
	}
	return hdr
}

// totalLabel is isTotalLabel without allocating: a short cell starting
// with "jumlah", "total", "grand total", "sub total" or "subtotal".
func totalLabel(t string) bool {
	if len(t) > 40 {
		return false
	}
	for _, p := range [...]string{"jumlah", "total", "grand total", "sub total", "subtotal"} {
		if len(t) >= len(p) && strings.EqualFold(t[:len(p)], p) && (len(t) == len(p) || t[len(p)] == ' ') {
			return true
		}
	}
	return false
}

// opensStatementAfter: a valued line whose cell, in a column the lines
// without values above it wrote in, opens an indicator statement
// ("Persentase …", "Nilai …"): it starts a row of its own; the lines above
// were no part of it.
func opensStatementAfter(body []rawLine, lines []bottomLine, cells []string) bool {
	for k := len(lines) - 1; k >= 0 && !lines[k].valued && !lines[k].heading; k-- {
		for j, c := range body[lines[k].at].cells {
			if c == "" || j >= len(cells) || cells[j] == "" {
				continue
			}
			w := cells[j]
			if i := strings.IndexByte(w, ' '); i > 0 {
				w = w[:i]
			}
			var buf [16]byte
			if len(w) <= len(buf) {
				b := buf[:len(w)]
				for i := 0; i < len(w); i++ {
					c := w[i]
					if c >= 'A' && c <= 'Z' {
						c += 'a' - 'A'
					}
					b[i] = c
				}
				if statementHeads[string(b)] { // no allocation: the map lookup converts in place
					return true
				}
			}
		}
	}
	return false
}
