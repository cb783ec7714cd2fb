package parse

import (
	"bytes"
	"strings"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// Markdown pipe tables. A docx→Markdown converter writes a table as
//
//	| No | Indikator | Target |
//	|---|---|---|
//	| 1 | Opini BPK | WTP |
//
// with no TAB anywhere. pipeTables rewrites such tables as TAB lines, which
// the table reader then takes like any other table, and drops the Markdown
// marks that would otherwise stick to the text (`**JUMLAH**`, `# BAB III`).
// A table is rewritten only when its structure is the Markdown one: a header
// line of pipe cells directly above a rule line with as many cells, and
// body lines of pipe cells below. Line numbers never change: the header
// takes the rule's line, and its own line is left blank.

// pipeTables rewrites the tables written in a markup: export tools' JSON,
// screen-reader and INI serializations (pipes_export.go), MediaWiki
// (pipes_wiki.go), Texinfo @multitable (pipes_texinfo.go), LaTeX (pipes_latex.go), AsciiDoc (pipes_asciidoc.go), YAML lists (pipes_yaml.go),
// reStructuredText simple tables (pipes_rst.go), lists of lists (reST list-table, pipes_list.go), then the Markdown pipe tables of a TAB-free text, then
// the HTML tables left in any text (pipes_html.go). It returns data itself
// when there is none.
func pipeTables(doc *facts.Document, data []byte, g *textMarks) []byte {
	return htmlTables(doc, markdownTables(listTables(doc, rstTables(doc, asciidocTables(latexTables(texinfoTables(wikiTables(confluenceTables(doc, yamlTables(dokuwikiTables(exportTables(data, g))))))))))))
}

// markdownTables rewrites the Markdown pipe tables of a TAB-free text.
func markdownTables(data []byte) []byte {
	if bytes.IndexByte(data, '\t') >= 0 || !bytes.Contains(data, []byte("|-")) && !bytes.Contains(data, []byte("| -")) && !bytes.Contains(data, []byte("|:-")) {
		return data
	}
	lines := strings.Split(string(data), "\n")
	changed := false
	for i := 1; i < len(lines); i++ {
		rule, ok := pipeCells(lines[i])
		if !ok || !ruleCells(rule) {
			continue
		}
		head, ok := pipeCells(lines[i-1])
		if !ok || len(head) != len(rule) || ruleCells(head) {
			continue
		}
		// the outer bars are optional ("a | b" over "---|---"): a body
		// line without them must then split into as many cells
		outer := strings.HasPrefix(strings.TrimSpace(lines[i-1]), "|")
		// the header moves onto the rule's line, next to the body: an
		// empty line between them would part a second header row (written
		// as the first body row) from the first
		lines[i-1] = ""
		lines[i] = strings.Join(head, "\t")
		k := i + 1
		for ; k < len(lines); k++ {
			cells, ok := pipeCells(lines[k])
			barred := strings.HasPrefix(strings.TrimSpace(lines[k]), "|")
			if !ok || outer && !barred || !outer && !barred && len(cells) != len(head) {
				break
			}
			lines[k] = strings.Join(cells, "\t")
		}
		changed = true
		i = k
	}
	if !changed {
		return data
	}
	// a Markdown document: its heading marks and bold lines are layout
	for i, l := range lines {
		if strings.IndexByte(l, '\t') >= 0 {
			continue
		}
		lines[i] = unmark(l)
	}
	return []byte(strings.Join(lines, "\n"))
}

// pipeCells splits a line written "| a | b |" (or "a | b") into its
// trimmed cells, bold marks and HTML line breaks dropped. A `\|` inside a
// cell is a literal bar.
func pipeCells(l string) ([]string, bool) {
	t := strings.TrimSpace(strings.TrimRight(l, "\r"))
	if strings.IndexByte(t, '|') < 0 || t == "|" {
		return nil, false
	}
	if t[0] == '|' {
		t = t[1:]
	}
	if strings.HasSuffix(t, "|") && !strings.HasSuffix(t, "\\|") {
		t = t[:len(t)-1]
	}
	cells := splitBars(t)
	for k, c := range cells {
		cells[k] = unbold(strings.TrimSpace(c))
	}
	return cells, true
}

// splitBars splits t at its bars; a `\|` is a literal bar.
func splitBars(t string) []string {
	var parts []string
	var cur strings.Builder
	for k := 0; k < len(t); k++ {
		switch {
		case t[k] == '\\' && k+1 < len(t) && t[k+1] == '|':
			cur.WriteByte('|')
			k++
		case t[k] == '|':
			parts = append(parts, cur.String())
			cur.Reset()
		default:
			cur.WriteByte(t[k])
		}
	}
	return append(parts, cur.String())
}

// fencedTables rewrites the tables of a text written between an opening
// line and a closing one (HTML, MediaWiki, AsciiDoc): for each line open
// accepts, the block up to the next line close accepts goes to rewrite
// (its first and last line indexes), which changes lines in place and
// says whether it did. It returns data itself when nothing changed, else
// the lines through done (marks outside the tables dropped) joined.
func fencedTables(data []byte, open, close func(string) bool, rewrite func(lines []string, i, end int) bool,
	done func(lines []string)) []byte {
	lines := strings.Split(string(data), "\n")
	changed := false
	for i := 0; i < len(lines); i++ {
		if !open(lines[i]) {
			continue
		}
		end := i + 1
		for end < len(lines) && !close(lines[end]) {
			end++
		}
		if end == len(lines) {
			break
		}
		if rewrite(lines, i, end) {
			changed = true
		}
		i = end
	}
	if !changed {
		return data
	}
	if done != nil {
		done(lines)
	}
	return []byte(strings.Join(lines, "\n"))
}

// ruleCells: every cell is a Markdown rule ("---", ":--", "--:").
func ruleCells(cells []string) bool {
	for _, c := range cells {
		c = strings.Trim(c, ":")
		if len(c) < 3 || strings.Trim(c, "-") != "" {
			return false
		}
	}
	return len(cells) > 0
}

// unbold drops the bold marks around a cell or inside it ("**JUMLAH**",
// "**Sasaran 1:** Terwujudnya ...") and the HTML line breaks of a wrapped
// cell ("Program Dukungan<br>Manajemen"); a single star is kept, it may be
// a footnote mark ("23,47*").
func unbold(c string) string {
	if strings.Contains(c, "<br") {
		for _, br := range []string{"<br/>", "<br />", "<br>"} {
			c = strings.ReplaceAll(c, br, " ")
		}
		c = strings.Join(strings.Fields(c), " ")
	}
	if !strings.Contains(c, "**") && !strings.Contains(c, "__") {
		return c
	}
	c = strings.ReplaceAll(c, "**", "")
	c = strings.ReplaceAll(c, "__", "")
	return strings.TrimSpace(c)
}

// unmark drops the Markdown marks of a text line: a heading's hashes, a
// bold or italic wrapping of the whole line.
func unmark(l string) string {
	t := strings.TrimSpace(l)
	if t == "" {
		return l
	}
	if h := strings.TrimLeft(t, "#"); len(h) < len(t) && len(t)-len(h) <= 6 && strings.HasPrefix(h, " ") {
		t = strings.TrimSpace(h)
	}
	for _, m := range []string{"**", "__", "*", "_"} {
		if len(t) > 2*len(m) && strings.HasPrefix(t, m) && strings.HasSuffix(t, m) {
			t = strings.TrimSpace(t[len(m) : len(t)-len(m)])
			break
		}
	}
	return t
}
