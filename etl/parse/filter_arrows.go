package parse

import (
	"strings"
	"unicode/utf8"
)

// A sheet printed with Excel's AutoFilter on shows a drop-down arrow in
// every header cell ("Kode ▾", "Pagu ▾"): the arrow is a button, no part
// of the column's name, yet read as a word it outvotes the header words and
// the header is taken for a body row. Under the sheet the print may carry
// the sheet tabs ("◄ ►  Capaian  [Anggaran]  DPT  ⊕") and the status bar
// ("Siap  Rata-rata: …  Hitungan: 9  Jumlah: …"): Excel's live sum of the
// selected cells, no total row and no fact (the selection may hold the
// program rows and their kegiatan alike, so its sum proves nothing).
//
// The arrows are dropped only from a header row proven as such: every
// filled cell ends in an arrow and at least one cell holds no digit (a
// name). A trend arrow after a figure ("95,00 ▼") stands in body rows,
// whose name cell carries none. Line numbers are kept: a status bar or
// its sheet tabs become an empty line.

// filterArrows are the drop-down glyphs a printed filter button shows.
var filterArrows = []string{"▾", "▼", "⏷"}

// statusLabels are the status bar's aggregate labels (Indonesian and
// English Excel, LibreOffice's "Sum=").
var statusLabels = []string{"Rata-rata:", "Hitungan:", "Jumlah:", "Average:", "Count:", "Sum:", "Sum=", "Average=", "Count="}

// filterPrint drops the filter arrows of header rows and blanks status bar
// lines; data itself when it holds neither.
func filterPrint(data []byte, g *textMarks) []byte {
	arrows := g.has(data, mkArrowSmall|mkArrow|mkArrowMedia)     // filterArrows
	status := g.has(data, mkRataRata|mkAverageColon|mkAverageEq) // "Rata-rata:", "Average:", "Average="
	if !arrows && !status {
		return data
	}
	lines := strings.Split(string(data), "\n")
	changed := false
	for i, ln := range lines {
		switch {
		case arrows && strings.Contains(ln, "\t"):
			if out, ok := unfilterHeader(ln); ok {
				lines[i], changed = out, true
			}
		case arrows && strings.Contains(ln, "  "):
			if out, ok := unfilterSpaced(ln); ok {
				lines[i], changed = out, true
			}
		case status && statusBar(ln):
			lines[i], changed = "", true
			if i > 0 && sheetTabs(lines[i-1]) {
				lines[i-1] = ""
			}
		}
	}
	if !changed {
		return data
	}
	return []byte(strings.Join(lines, "\n"))
}

// unfilterHeader is the TAB row ln without the filter arrow closing each
// of its cells, when every filled cell ends in one and one cell is a name.
func unfilterHeader(ln string) (string, bool) {
	cells := strings.Split(strings.TrimRight(ln, "\r"), "\t")
	filled, named := 0, false
	for k, c := range cells {
		c = strings.TrimSpace(c)
		if c == "" {
			continue
		}
		cut := arrowSuffix(c)
		if cut < 0 {
			return "", false
		}
		c = strings.TrimSpace(c[:cut])
		if c != "" && !strings.ContainsAny(c, "0123456789") {
			named = true
		}
		cells[k] = c
		filled++
	}
	if filled < 2 || !named {
		return "", false
	}
	return strings.Join(cells, "\t"), true
}

// unfilterSpaced is the space-aligned header ln (pdftotext -layout) with
// its filter arrows made spaces, when every field (parted by two spaces or
// more) ends in one and one names something: every column keeps its place
// for the alignment reader.
func unfilterSpaced(ln string) (string, bool) {
	filled, named := 0, false
	for _, f := range strings.Split(strings.TrimRight(ln, "\r "), "  ") {
		t := strings.TrimSpace(f)
		if t == "" {
			continue
		}
		cut := arrowSuffix(t)
		if cut < 0 {
			return "", false
		}
		name := strings.TrimSpace(t[:cut])
		named = named || name != "" && !strings.ContainsAny(name, "0123456789")
		filled++
	}
	if filled < 2 || !named {
		return "", false
	}
	for _, a := range filterArrows {
		ln = strings.ReplaceAll(ln, " "+a, "  ")
	}
	return strings.TrimRight(ln, " "), true
}

// arrowSuffix is where the filter arrow closing c starts, -1 for none.
func arrowSuffix(c string) int {
	r, n := utf8.DecodeLastRuneInString(c)
	for _, a := range filterArrows {
		if string(r) == a {
			return len(c) - n
		}
	}
	return -1
}

// statusBar: a short line of the status bar's labels, each followed by a
// figure: three of them, or two set apart by wide gaps (a sentence giving
// "Rata-rata: …; Jumlah: …" is no status bar).
func statusBar(ln string) bool {
	if strings.Contains(ln, "\t") || len(ln) > 200 {
		return false
	}
	n := 0
	for _, l := range statusLabels {
		k := strings.Index(ln, l)
		if k < 0 {
			continue
		}
		rest := strings.TrimLeft(ln[k+len(l):], " ")
		if rest != "" && (rest[0] >= '0' && rest[0] <= '9' || rest[0] == '-') {
			n++
		}
	}
	return n >= 3 || n == 2 && strings.Contains(ln, "   ") // the bar's fields stand apart
}

// sheetTabs: the line of sheet names above a status bar, marked by the
// sheet scroll buttons or the new-sheet button.
func sheetTabs(ln string) bool {
	return len(ln) < 200 && !strings.Contains(ln, "\t") &&
		(strings.Contains(ln, "◄") || strings.Contains(ln, "⊕") || strings.Contains(ln, "◀"))
}
