package parse

import (
	"bytes"
	"strings"
)

// LaTeX tables: a report kept as its LaTeX source:
//
//	\begin{table}[h]
//	\caption{Pengukuran Kinerja Tahun 2020}
//	\begin{tabular}{|c|p{7cm}|r|}
//	\hline
//	\textbf{No} & \textbf{Indikator Kinerja} & \textbf{Target (\%)} \\
//	\hline
//	1 & Persentase ... & 75,00 \\
//	\end{tabular}
//	\end{table}
//
// The markup delimits every cell ("&" between cells, "\\" at a row's end,
// whatever the line breaks), so nothing is guessed: each row becomes one
// TAB line on the line where it starts, the rules (\hline, \toprule …) and
// the environment's own lines blank, a \caption a text line above the
// table (moved there when it stands under it). A label spanning columns
// (\multicolumn) stands in the last of them, a value in the first, as in
// an HTML table. A longtable's header repeated on each page (the rows
// between \endfirsthead and \endhead) and its running foot (before
// \endfoot or \endlastfoot) are no rows. A \footnote is dropped from a
// cell and from text: its figures are no table's and no sentence's (one
// that states only a unit, "dalam ribuan rupiah", stays in parentheses:
// the unit is the table's). Once a table is rewritten, or in a whole
// LaTeX source (\begin{document}) with no table, the commands of the
// text outside tables are dropped and their text kept (\section{Judul} is
// "Judul"). Line numbers never change.

// latexEnvs are the table environments read.
var latexEnvs = []string{"tabular", "tabular*", "tabularx", "tabulary", "longtable", "longtable*", "xltabular", "supertabular"}

// latexTables rewrites the LaTeX tables of a text; data itself when it
// holds none.
func latexTables(data []byte) []byte {
	if !bytes.Contains(data, []byte(`\begin{`)) {
		return data
	}
	// a LaTeX source whole, tables or none: its commands are dropped from
	// the text
	source := bytes.Contains(data, []byte(`\begin{document}`))
	if !source && !bytes.Contains(data, []byte(`tab`)) {
		return data
	}
	lines := strings.Split(string(data), "\n")
	changed := false
	float := -1 // the line of the open \begin{table}
	for i := 0; i < len(lines); i++ {
		t := strings.TrimSpace(lines[i])
		if strings.HasPrefix(t, `\begin{table`) && latexEnvAt(t) == "" {
			float = i
			continue
		}
		if strings.HasPrefix(t, `\end{table`) {
			float = -1
			continue
		}
		env := latexEnvAt(t)
		if env == "" {
			continue
		}
		end := i
		if !strings.Contains(lines[i][strings.Index(lines[i], `\begin{`):], `\end{`+env+`}`) {
			end++
		}
		for end < len(lines) && !strings.Contains(lines[end], `\end{`+env+`}`) {
			end++
		}
		if end == len(lines) {
			break
		}
		if latexRewrite(lines[i:end+1], env) {
			changed = true
			if float >= 0 {
				latexCaptionUp(lines, float, i, end)
			}
		}
		i = end
	}
	if !changed && !source {
		return data
	}
	lines = strings.Split(latexDropFootnotes(strings.Join(lines, "\n")), "\n")
	for i, l := range lines {
		if strings.IndexByte(l, '\t') < 0 {
			lines[i] = latexUnmark(l)
		}
	}
	return []byte(strings.Join(lines, "\n"))
}

// latexDropFootnotes drops every \footnote{…} of a text, over several
// lines when it runs on; the line breaks inside stay, so that line numbers
// do not change.
func latexDropFootnotes(s string) string {
	if !strings.Contains(s, `\footnote`) {
		return s
	}
	var b strings.Builder
	for {
		i := strings.Index(s, `\footnote`)
		if i < 0 {
			b.WriteString(s)
			return b.String()
		}
		b.WriteString(s[:i])
		rest := s[i+len(`\footnote`):]
		if strings.HasPrefix(rest, "text") {
			rest = rest[len("text"):]
		}
		if strings.HasPrefix(rest, "[") {
			if e := strings.IndexByte(rest, ']'); e >= 0 {
				rest = rest[e+1:]
			}
		}
		if !strings.HasPrefix(rest, "{") {
			s = rest
			continue
		}
		depth, k := 0, 0
		for ; k < len(rest); k++ {
			switch rest[k] {
			case '\\':
				if k+1 < len(rest) && rest[k+1] != '\n' {
					k++
				}
			case '{':
				depth++
			case '}':
				depth--
			}
			if depth == 0 {
				break
			}
		}
		note := rest[1:min(k, len(rest))]
		if unitNote(note) {
			b.WriteString(" (" + latexText(strings.ReplaceAll(note, "\n", " ")) + ")")
		}
		b.WriteString(strings.Repeat("\n", strings.Count(note, "\n")))
		if k >= len(rest) {
			s = ""
			continue
		}
		s = rest[k+1:]
	}
}

// unitNote: a footnote that states a unit ("dalam ribuan rupiah", "Rp
// 000", "dalam persen") and no figure: it is kept, in parentheses, where it
// stands (a header cell, a caption), for the unit is the table's; a
// footnote with figures is dropped.
func unitNote(s string) bool {
	low := strings.ToLower(s)
	if !containsAny(low, "ribu", "juta", "miliar", "milyar", "000", "rupiah", "persen") {
		return false
	}
	return !strings.ContainsAny(strings.ReplaceAll(low, "000", ""), "0123456789")
}

// latexEnvAt is the table environment a line opens, or "".
func latexEnvAt(t string) string {
	i := strings.Index(t, `\begin{`)
	if i < 0 {
		return ""
	}
	rest := t[i+len(`\begin{`):]
	j := strings.IndexByte(rest, '}')
	if j < 0 {
		return ""
	}
	for _, e := range latexEnvs {
		if rest[:j] == e {
			return e
		}
	}
	return ""
}

// latexCaptionUp moves a float's \caption written under its table (lines
// end+1 … up to \end{table}) onto the blank line the table's \begin left,
// so that it stands above the table as every caption does.
func latexCaptionUp(lines []string, float, begin, end int) {
	for k := end + 1; k < len(lines) && k < end+6; k++ {
		t := strings.TrimSpace(lines[k])
		if strings.HasPrefix(t, `\end{table`) {
			return
		}
		if strings.HasPrefix(t, `\caption`) {
			slot := begin
			if strings.TrimSpace(lines[slot]) != "" {
				return
			}
			lines[slot] = latexText(t)
			lines[k] = ""
			return
		}
	}
}

// latexRewrite rewrites one table's lines in place, from its \begin to its
// \end; false (nothing changed) when a table is nested in it.
func latexRewrite(ls []string, env string) bool {
	out := make([]string, len(ls))
	var cur strings.Builder // the row being read
	at := -1                // the line it started on
	var section []int       // the lines of the rows since the last longtable mark
	lastMark := ""
	rows := 0
	emit := func() {
		row := strings.TrimSpace(cur.String())
		cur.Reset()
		line := at
		at = -1
		if row == "" || line < 0 {
			return
		}
		if strings.HasPrefix(row, `\caption`) {
			out[line] = latexText(row)
			return
		}
		cells := latexCells(row)
		if len(cells) == 0 {
			return
		}
		out[line] = strings.Join(cells, "\t")
		if len(cells) == 1 {
			out[line] += "\t"
		}
		section = append(section, line)
		rows++
	}
	mark := func(m string) {
		emit()
		drop := m == `\endfoot` || m == `\endlastfoot` || m == `\endhead` && lastMark == `\endfirsthead`
		if drop {
			for _, l := range section {
				out[l] = ""
				rows--
			}
		}
		section, lastMark = section[:0], m
	}
	for k, l := range ls {
		t := latexUncomment(l)
		if k == 0 {
			b := strings.Index(t, `\begin{`+env+`}`)
			if b < 0 {
				return false // the \begin is commented out
			}
			t = latexSkipArgs(t[b+len(`\begin{`+env+`}`):])
		}
		if k == len(ls)-1 {
			e := strings.Index(t, `\end{`+env+`}`)
			if e < 0 {
				return false
			}
			t = t[:e]
		}
		if k > 0 && latexEnvAt(t) != "" {
			return false
		}
		for t != "" {
			t = latexDropRules(t)
			if m := latexMark(t); m != "" {
				if cur.Len() > 0 || at >= 0 {
					emit()
				}
				mark(m)
				t = strings.TrimSpace(t[len(m):])
				continue
			}
			end, next := latexRowEnd(t)
			if end < 0 {
				if s := strings.TrimSpace(t); s != "" {
					if at < 0 {
						at = k
					}
					cur.WriteString(s)
					cur.WriteByte(' ')
				}
				break
			}
			if s := strings.TrimSpace(t[:end]); s != "" || at >= 0 {
				if at < 0 {
					at = k
				}
				cur.WriteString(s)
			}
			emit()
			t = strings.TrimSpace(next)
		}
	}
	emit()
	if rows <= 0 {
		return false
	}
	copy(ls, out)
	return true
}
