package parse

import (
	"bytes"
	"html"
	"strconv"
	"strings"
)

// MediaWiki tables: a report kept as a wiki page and saved as its source:
//
//	{| class="wikitable"
//	|+ Tabel 3.3 Realisasi Anggaran
//	! Kode !! Uraian !! Pagu
//	|-
//	| 076.01.WA || '''Program Dukungan Manajemen''' || style="text-align:right" | 2.469.188.000
//	|}
//
// The markup delimits every cell ("||" or "!!" between cells on a line, or
// one cell a line after "|" or "!"; "|-" between rows), so nothing is
// guessed: each row becomes one TAB line on the line where it starts, the
// caption ("|+") a text line above the header, the markup lines blank. A
// cell's attributes ("style=… |") and bold or italic quotes are layout; a
// label spanning columns (colspan) stands in the last of them, as in an
// HTML table; a header cell spanning rows (rowspan, "! rowspan=2 | No")
// leaves its column empty in the header rows under it. A table with a
// data cell spanning rows (or a header cell spanning into the data), or a
// table inside a table, is left as it is: its text is reported as any
// unread table text is. Line numbers never change. Once a table is rewritten, the
// page's own marks outside tables ("= BAB I =" headings, '''bold'''
// lines, [[Berkas:…]] and [[Kategori:…]] links) are dropped too.

// wikiTables rewrites the MediaWiki tables of a text; data itself when it
// holds none.
func wikiTables(data []byte) []byte {
	if !bytes.Contains(data, []byte("{|")) {
		return data
	}
	opens := func(l string) bool { return strings.HasPrefix(strings.TrimSpace(l), "{|") }
	closes := func(l string) bool { return strings.HasPrefix(strings.TrimSpace(l), "|}") || opens(l) }
	return fencedTables(data, opens, closes, func(lines []string, i, end int) bool {
		return strings.HasPrefix(strings.TrimSpace(lines[end]), "|}") && wikiRewrite(lines[i:end+1]) // not a table inside a table
	}, func(lines []string) {
		for i, l := range lines {
			if strings.IndexByte(l, '\t') < 0 {
				lines[i] = wikiUnmark(l)
			}
		}
	})
}

// wikiRewrite rewrites one table's lines in place, from "{|" to "|}";
// false (nothing changed) when a cell spans rows or a line is no markup.
func wikiRewrite(ls []string) bool {
	out := make([]string, len(ls))
	var cells []string // the row being read
	at := -1           // the line the row started on
	rows := 0
	spans := map[int]int{} // column → rows of the header a cell above still spans
	fill := func() {       // the columns a header cell above spans: empty here
		for spans[len(cells)] > 0 {
			spans[len(cells)]--
			cells = append(cells, "")
		}
	}
	// a header row under a header row goes on the "|-" line between them:
	// a blank line there would part the header (a header row after a gap
	// opens a new table)
	headAt, head, rule := -2, false, -2 // the last row's line and kind, the last "|-"
	flush := func() {
		if at >= 0 && len(cells) > 0 {
			fill()
			out[at] = strings.Join(cells, "\t")
			if len(cells) == 1 {
				out[at] += "\t" // a one-cell row is still a row
			}
			rows++
			headAt = at
		}
		cells, at = nil, -1
	}
	for k, l := range ls {
		t := strings.TrimSpace(strings.TrimRight(l, "\r"))
		switch {
		case k == 0 || k == len(ls)-1 || t == "":
			// "{|", "|}": no cell
		case strings.HasPrefix(t, "|+"):
			flush()
			out[k] = wikiText(wikiContent(t[2:]))
		case strings.HasPrefix(t, "|-"):
			flush()
			rule = k
		case t[0] == '|' || t[0] == '!':
			if at < 0 {
				at = k
				if t[0] == '!' && head && rule == k-1 && headAt == k-2 {
					at = rule
				}
				head = t[0] == '!'
			}
			sep := "||"
			if t[0] == '!' {
				sep = "!!"
			}
			if t[0] == '|' {
				for _, n := range spans {
					if n > 0 {
						return false // a header cell spanning into the data
					}
				}
			}
			for _, c := range wikiSplit(t[1:], sep) {
				cs, down := wikiCell(c)
				if down > 1 && t[0] != '!' {
					return false // a data cell spanning rows: whose rows is unproven
				}
				for _, x := range cs {
					fill()
					if down > 1 {
						spans[len(cells)] = down - 1
					}
					cells = append(cells, x)
				}
			}
		case at >= 0 && len(cells) > 0:
			// a cell's text going on over the next line
			cells[len(cells)-1] = strings.TrimSpace(cells[len(cells)-1] + " " + wikiText(t))
		default:
			return false // text inside the table that is no row
		}
	}
	flush()
	if rows == 0 {
		return false
	}
	copy(ls, out)
	return true
}

// wikiSplit splits a line's cells at sep ("||", or "!!" on a header line,
// where "||" also parts cells), outside [[links]].
func wikiSplit(t, sep string) []string {
	var out []string
	for {
		k := wikiIndex(t, sep, "||")
		if k < 0 {
			return append(out, t)
		}
		out = append(out, t[:k])
		t = t[k+2:]
	}
}

// wikiIndex is the index of the first of seps in t outside [[links]], -1
// when none.
func wikiIndex(t string, seps ...string) int {
	depth := 0
	for k := 0; k < len(t); k++ {
		switch {
		case strings.HasPrefix(t[k:], "[["):
			depth++
			k++
		case strings.HasPrefix(t[k:], "]]") && depth > 0:
			depth--
			k++
		case depth == 0:
			for _, sep := range seps {
				if strings.HasPrefix(t[k:], sep) {
					return k
				}
			}
		}
	}
	return -1
}

// wikiCell is one cell: its attributes dropped, its text cleaned; a cell
// spanning n columns gives n cells, its label in the last (a value in the
// first); down is the number of rows it spans.
func wikiCell(c string) (cells []string, down int) {
	attrs, text := wikiAttrs(c)
	text = wikiText(text)
	n, down := wikiSpan(attrs, "colspan"), wikiSpan(attrs, "rowspan")
	if n == 1 {
		return []string{text}, down
	}
	out := make([]string, n)
	if hasDigitStr(text) {
		out[0] = text
	} else {
		out[n-1] = text
	}
	return out, down
}

// wikiSpan is the span an attribute states (`colspan="2"`), 1 when none.
func wikiSpan(attrs, name string) int {
	k := strings.Index(strings.ToLower(attrs), name)
	if k < 0 {
		return 1
	}
	v := strings.TrimLeft(attrs[k+len(name):], " =\"'")
	d := 0
	for d < len(v) && d < 2 && v[d] >= '0' && v[d] <= '9' {
		d++
	}
	if m, err := strconv.Atoi(v[:d]); err == nil && m > 1 {
		return m
	}
	return 1
}

// wikiAttrs parts a cell written `style="…" | text` into its attributes
// and its text; a bar inside a [[link|label]] parts nothing.
func wikiAttrs(c string) (attrs, text string) {
	k := wikiIndex(c, "|")
	if k < 0 {
		return "", c
	}
	if a := c[:k]; strings.IndexByte(a, '=') >= 0 || strings.TrimSpace(a) == "" {
		return a, c[k+1:]
	}
	return "", c
}

// wikiContent is a caption's text, its attributes dropped.
func wikiContent(c string) string {
	_, t := wikiAttrs(c)
	return t
}

// wikiText cleans a cell or caption: bold and italic quotes, links
// ([[target|label]] is its label), <br> and entities; spaces folded.
func wikiText(c string) string {
	if strings.Contains(c, "''") {
		c = strings.ReplaceAll(strings.ReplaceAll(c, "'''", ""), "''", "")
	}
	c = wikiLinks(c)
	if strings.IndexByte(c, '<') >= 0 || strings.IndexByte(c, '&') >= 0 {
		c = htmlText(wikiRefs(c))
	}
	return strings.Join(strings.Fields(c), " ")
}

// wikiLinks writes each link as its label: "[[target|label]]" is label,
// "[[target]]" target (MediaWiki and DokuWiki alike).
func wikiLinks(c string) string {
	for strings.Contains(c, "[[") {
		i := strings.Index(c, "[[")
		j := strings.Index(c[i:], "]]")
		if j < 0 {
			break
		}
		in := c[i+2 : i+j]
		if k := strings.LastIndexByte(in, '|'); k >= 0 {
			in = in[k+1:]
		}
		c = c[:i] + in + c[i+j+2:]
	}
	return c
}

// wikiUnmark drops a wiki page's marks from a text line: "== A. Judul =="
// is its title, a ”'bold”' line its text, a line that is only a file or
// category link ([[Berkas:…]], [[Kategori:…]]) nothing.
func wikiUnmark(l string) string {
	t := strings.TrimSpace(l)
	if t == "" {
		return l
	}
	if strings.HasPrefix(t, "[[") && strings.HasSuffix(t, "]]") && strings.IndexByte(t[2:], ':') >= 0 {
		return ""
	}
	if n := len(t) - len(strings.TrimLeft(t, "=")); n > 0 && n <= 6 && len(t) > 2*n &&
		strings.HasSuffix(t, strings.Repeat("=", n)) {
		t = strings.TrimSpace(t[n : len(t)-n])
	}
	if strings.Contains(t, "''") || strings.Contains(t, "<ref") {
		t = wikiText(t)
	}
	return html.UnescapeString(t)
}

// wikiRefs drops the footnotes (<ref>…</ref>) of a cell or a line: their
// figures are no table's and no sentence's; one that states only a unit
// stays in parentheses, as a LaTeX \footnote does (pipes_latex.go).
func wikiRefs(c string) string {
	for {
		i := strings.Index(c, "<ref")
		if i < 0 {
			return c
		}
		open := strings.IndexByte(c[i:], '>')
		if open < 0 {
			return c
		}
		open += i
		if c[open-1] == '/' { // <ref name="x" />: a reference to a note, no text
			c = c[:i] + c[open+1:]
			continue
		}
		end := strings.Index(c[open:], "</ref>")
		if end < 0 {
			return c
		}
		end += open
		note := ""
		if unitNote(c[open+1 : end]) {
			note = " (" + strings.TrimSpace(c[open+1:end]) + ")"
		}
		c = c[:i] + note + c[end+len("</ref>"):]
	}
}
