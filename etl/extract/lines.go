package extract

// Splitting a document into lines and TAB cells, the pools their arrays
// come from, and the line tests the block walk (extract.go) asks: page
// furniture, page numbers, group headings, list items.

import (
	"fmt"
	"regexp"
	"strings"
	"sync"

	"github.com/kpu-ntt/lkj/etl/normalize"
)

// The arrays of lines and blocks are scratch: no block keeps a line
// (tables copy what they need into rawLines), and the blocks are copied
// out exactly, so both arrays serve the next document. Put clears them,
// so a pooled array holds no document's text.
var linePool, blockPool sync.Pool // of *[]line, *[]Block

// cellPool holds the arrays of TAB cells lent by TextLent.
var cellPool sync.Pool // of *[]string

func getLines(n int) []line {
	if p, ok := linePool.Get().(*[]line); ok {
		if cap(*p) >= n {
			return (*p)[:0]
		}
	}
	return make([]line, 0, n)
}

func putLines(ls []line) {
	clear(ls)
	ls = ls[:0]
	linePool.Put(&ls)
}

func getBlocks() []Block {
	if p, ok := blockPool.Get().(*[]Block); ok {
		return (*p)[:0]
	}
	return make([]Block, 0, 64)
}

func putBlocks(bs []Block) {
	clear(bs)
	bs = bs[:0]
	blockPool.Put(&bs)
}

// splitLines cuts doc into classified lines, enforcing the limits. Lines
// and cells are substrings of doc (Clean returns its argument when it is
// already clean).
func splitLines(doc string, lim Limits, lend bool) ([]line, []string, error) {
	n := strings.Count(doc, "\n") + 1
	if n > lim.MaxLines {
		return nil, nil, fmt.Errorf("extract: %d lines exceeds MaxLines %d", n, lim.MaxLines)
	}
	lines := getLines(n)
	// the cells of all TAB lines share one backing array
	var cellBuf []string
	if cells := tabCells(doc); cells > 0 {
		if lend {
			if p, ok := cellPool.Get().(*[]string); ok && cap(*p) >= cells {
				cellBuf = (*p)[:0]
			}
		}
		if cellBuf == nil {
			cellBuf = make([]string, 0, cells)
		}
	}
	no := 0
	for len(doc) > 0 || no == 0 {
		no++
		var s string
		last := false
		if i := strings.IndexByte(doc, '\n'); i >= 0 {
			s, doc = doc[:i], doc[i+1:]
		} else {
			s, doc, last = doc, "", true
		}
		if len(s) > lim.MaxLineLen {
			return nil, nil, fmt.Errorf("extract: line %d: %d bytes exceeds MaxLineLen %d", no, len(s), lim.MaxLineLen)
		}
		s = strings.TrimRight(s, "\r")
		if strings.IndexByte(s, '\r') >= 0 {
			s = strings.ReplaceAll(s, "\r", " ")
		}
		ln := line{n: no}
		if strings.IndexByte(s, '\t') >= 0 {
			parts := splitTabs(s, &cellBuf)
			if len(parts) > lim.MaxCells {
				return nil, nil, fmt.Errorf("extract: line %d: %d cells exceeds MaxCells %d", no, len(parts), lim.MaxCells)
			}
			unspaceCells(parts) // "T A R G E T" (header_spaced.go)
			if !cellsClean(s) {
				for j := range parts {
					parts[j] = normalize.Clean(parts[j])
				}
			}
			parts = splitCellLeaders(s, parts) // "ALAK ...... 12" TAB (cell_leaders.go)
			trimCellLeaders(parts)             // "ALAK ......" (cell_leaders.go)
			for len(parts) > 0 && parts[len(parts)-1] == "" {
				parts = parts[:len(parts)-1]
			}
			switch {
			case len(parts) == 0:
				ln.blank = true
			default:
				ln.tab = true
				ln.cells = parts
			}
		} else {
			if maybeSpaced(s) {
				if u, ok := unspace(s, 3); ok {
					s = u // "B A B   I I I" (header_spaced.go)
				} else if u, ok := unspaceRuns(s); ok {
					s = u // "J U M L A H   100,00" in a row without TABs
				}
			}
			ln.text = normalize.Clean(s)
			ln.blank = ln.text == ""
			ln.ff = ln.blank && strings.IndexByte(s, '\f') >= 0
		}
		lines = append(lines, ln)
		if last {
			break
		}
	}
	if len(cellBuf) == 0 {
		flatten(lines) // a document without TABs may hold flattened tables
	} else {
		leadered(lines, false) // a leader-dot table beside TAB tables (flatten_leader.go)
		boxes(lines)           // a table drawn as a box beside TAB tables (flatten_box.go)
		headersAbove(lines)    // a header row set apart above its TAB rows, words one space apart (header_above.go)
		headersBelow(lines)    // a header row printed under its TAB rows, moved above them (header_below.go)
		groupOverHeader(lines) // a group label typed as a TAB row over the header (group_over_header.go)
		rejoinBroken80(lines)  // rows a plain-text save broke at 80 characters (broken80.go)
	}
	// A line with a TAB but a single cell of text is a table row only when
	// it stands next to other table rows; alone it is text with a stray TAB.
	codes := false
	for i := range lines {
		ln := &lines[i]
		if !ln.tab || len(ln.cells) != 1 {
			codes = codes || ln.tab && codeRow(ln.cells)
			continue
		}
		if !tabNeighbour(lines, i, -1) && !tabNeighbour(lines, i, 1) {
			ln.tab = false
			ln.text = ln.cells[0]
			ln.cells = nil
		}
	}
	if codes {
		legends(lines) // "K1 | K2" explained by "K1 = Nomor; K2 = ..." (header_legend.go)
	}
	return lines, cellBuf, nil
}

// tabCells is the number of cells of the lines that hold a TAB: their
// TABs plus one per line.
func tabCells(data string) int {
	n := 0
	for {
		i := strings.IndexByte(data, '\t')
		if i < 0 {
			return n
		}
		data = data[i:]
		end := strings.IndexByte(data, '\n')
		if end < 0 {
			end = len(data)
		}
		n += strings.Count(data[:end], "\t") + 1
		data = data[end:]
	}
}

// splitTabs is strings.Split(s, "\t"), carved out of *buf when it has
// room; the result's capacity is its length.
func splitTabs(s string, buf *[]string) []string {
	n := strings.Count(s, "\t") + 1
	if cap(*buf)-len(*buf) < n {
		return strings.Split(s, "\t")
	}
	start := len(*buf)
	for {
		i := strings.IndexByte(s, '\t')
		if i < 0 {
			break
		}
		*buf = append(*buf, s[:i])
		s = s[i+1:]
	}
	*buf = append(*buf, s)
	return (*buf)[start:len(*buf):len(*buf)]
}

// tabNeighbour reports whether the nearest non-blank line in direction dir
// (within a page break's worth of blank lines) is a table row with two or
// more cells.
func tabNeighbour(lines []line, i, dir int) bool {
	for j, k := i+dir, 0; j >= 0 && j < len(lines) && k < 8; j, k = j+dir, k+1 {
		if lines[j].blank {
			continue
		}
		return lines[j].tab
	}
	return false
}

func nextIsTab(lines []line, i int) bool {
	for j := i + 1; j < len(lines) && j < i+12; j++ {
		if lines[j].blank || isPageNumber(lines[j].text) && !lines[j].tab {
			continue
		}
		return lines[j].tab
	}
	return false
}

var reGroupHeading = regexp.MustCompile(`(?i)^(?:sasaran(?:\s+strategis|\s+kegiatan|\s+program)?|program|tujuan|kegiatan)\s*\d{0,2}\s*[:.)-]`)

// isGroupHeading: a line that opens a group of rows ("Sasaran Strategis 1:
// Meningkatnya ...", "Program 2. ...").
func isGroupHeading(t string) bool {
	if len(t) > 400 || t == "" { // a long sasaran name on one line reaches ~250 bytes (KPU's own, "Terwujudnya koordinasi ... berbasis teknologi informasi")
		return false
	}
	// the regexp only behind a possible first letter; under (?i) "s" and
	// "k" also match non-ASCII letters (ſ, K), hence bytes >= 0x80
	switch c := t[0]; {
	case c == 's', c == 'S', c == 'p', c == 'P', c == 't', c == 'T', c == 'k', c == 'K', c >= 0x80:
		return reGroupHeading.MatchString(t)
	}
	return false
}

// isFurniture: a short text line inside a table's page break (a running
// header such as "LKj Sekretariat KPU Kabupaten Malaka 2020", a page
// number "- 31 -"), when the table goes on after it with a numbered row
// of the same width as the row before it.
func isFurniture(lines []line, i int) bool {
	t := lines[i].text
	if len(t) > 80 || !furnitureText(t) {
		return false
	}
	prev := -1
	for j := i - 1; j >= 0 && j >= i-pageBreakLines; j-- {
		if lines[j].tab {
			prev = j
			break
		}
		if !lines[j].blank && len(lines[j].text) > 80 {
			return false
		}
	}
	if prev < 0 {
		return false
	}
	for j := i + 1; j < len(lines) && j <= i+pageBreakLines; j++ {
		switch {
		case lines[j].blank:
		case lines[j].tab:
			return sameTableRow(lines[j].cells, lines[prev].cells, lines[prev+1:j]) ||
				headerTopRepeat(lines, prev, j) // under the top row of its header alone (furniture_header_top.go)
		case len(lines[j].text) > 80 || !furnitureText(lines[j].text):
			return false
		}
	}
	return false
}

// sameTableRow: row c, after the page break between, goes on with the
// table whose row p stood before it: as wide, and numbered like it, shaped
// like it, or its header repeated under a page's number.
func sameTableRow(c, p []string, between []line) bool {
	return len(c) == len(p) && len(c) > 2 &&
		(isRowNo(c[0]) && isRowNo(p[0]) || sameShape(c, p) || isHeaderRow(c) && pageMarked(between))
}

// isPageNumber: a line that is only a page number (arabic or roman).
func isPageNumber(t string) bool {
	if t == "" || len(t) > 5 {
		return false
	}
	digits := true
	for i := 0; i < len(t); i++ {
		if t[i] < '0' || t[i] > '9' {
			digits = false
			break
		}
	}
	if digits {
		return len(t) <= 4
	}
	low := strings.ToLower(t)
	for i := 0; i < len(low); i++ {
		switch low[i] {
		case 'i', 'v', 'x', 'l':
		default:
			return false
		}
	}
	return true
}

// isPhotoCaption: "Dokumentasi Foto ...", "Gambar 1.1 ...", "Grafik ...".
func isPhotoCaption(t string) bool {
	return normalize.HasLowerPrefix(t, "dokumentasi foto") || normalize.HasLowerPrefix(t, "dokumentasi kegiatan") ||
		normalize.HasLowerPrefix(t, "gambar") || normalize.HasLowerPrefix(t, "grafik") || normalize.HasLowerPrefix(t, "foto ")
}

// isListItem: a line that starts a bullet or numbered item.
func isListItem(t string) bool {
	if t == "" {
		return false
	}
	switch t[0] {
	case '-', '*':
		return len(t) > 1 && t[1] == ' '
	}
	if strings.HasPrefix(t, "•") || strings.HasPrefix(t, "\uf0b7") {
		return true
	}
	// "1. ", "12) ", "a. ", "b) "
	i := 0
	for i < len(t) && i < 3 && t[i] >= '0' && t[i] <= '9' {
		i++
	}
	if i == 0 && len(t) > 1 && t[0] >= 'a' && t[0] <= 'z' {
		i = 1
	}
	return i > 0 && i+1 < len(t) && (t[i] == '.' || t[i] == ')') && t[i+1] == ' '
}

// bracketItemAfter: line opens an item numbered in brackets ("(6) Nilai
// Evaluasi …: target predikat B, …") right after a line that closed a
// sentence or announced a list (ending in "." or ":"). Such items under a
// note ("… yaitu:") are each one statement; joined into one paragraph,
// the list reader saw none. A bracketed number inside a sentence wrapped
// onto a new line ("meliputi" / "(2) pengukuran") follows no such end and
// stays in its paragraph.
func bracketItemAfter(prev, line string) bool {
	prev = strings.TrimSpace(prev)
	if prev == "" || (prev[len(prev)-1] != ':' && prev[len(prev)-1] != '.') || len(line) < 5 || line[0] != '(' {
		return false
	}
	i := 1
	for i < len(line) && i < 3 && line[i] >= '0' && line[i] <= '9' {
		i++
	}
	return i > 1 && line[i] == ')' && line[i+1] == ' '
}
