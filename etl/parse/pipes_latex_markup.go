package parse

// LaTeX markup taken off a table's text: rules, commands and their
// arguments, comments, row ends and cells (pipes_latex.go finds the tables).

import (
	"strconv"
	"strings"
)

// latexRules are commands that draw lines and hold no cell.
var latexRules = []string{`\hline`, `\toprule`, `\midrule`, `\bottomrule`, `\cline`, `\cmidrule`, `\specialrule`, `\hhline`, `\noalign`, `\centering`, `\small`, `\footnotesize`, `\scriptsize`, `\label`}

// latexDropRules drops the rule commands (and their arguments) at the
// start of t.
func latexDropRules(t string) string {
	for {
		t = strings.TrimSpace(t)
		hit := false
		for _, r := range latexRules {
			if strings.HasPrefix(t, r) && !latexLetter(t, len(r)) {
				t = latexSkipArgs(t[len(r):])
				hit = true
			}
		}
		if !hit {
			return t
		}
	}
}

func latexLetter(t string, i int) bool {
	return i < len(t) && (t[i] >= 'a' && t[i] <= 'z' || t[i] >= 'A' && t[i] <= 'Z')
}

// latexSkipArgs drops the arguments written right after a command:
// "(lr)", "[2pt]", "{2-3}", "{|c|p{7cm}|r|}".
func latexSkipArgs(t string) string {
	for {
		t = strings.TrimLeft(t, " \t")
		if t == "" {
			return t
		}
		var open, close byte
		switch t[0] {
		case '{':
			open, close = '{', '}'
		case '[':
			open, close = '[', ']'
		case '(':
			open, close = '(', ')'
		default:
			return t
		}
		depth := 0
		k := 0
		for ; k < len(t); k++ {
			if t[k] == open {
				depth++
			} else if t[k] == close {
				depth--
				if depth == 0 {
					break
				}
			}
		}
		if k >= len(t) {
			return ""
		}
		t = t[k+1:]
	}
}

// latexMark is the longtable mark t starts with, or "".
func latexMark(t string) string {
	for _, m := range []string{`\endfirsthead`, `\endhead`, `\endlastfoot`, `\endfoot`} {
		if strings.HasPrefix(t, m) && !latexLetter(t, len(m)) {
			return m
		}
	}
	return ""
}

// latexRowEnd finds the "\\" ending a row outside braces: the index where
// it starts and the text after it (its "[2pt]" dropped); -1 when none.
func latexRowEnd(t string) (int, string) {
	depth := 0
	for k := 0; k < len(t); k++ {
		switch t[k] {
		case '{':
			depth++
		case '}':
			depth--
		case '\\':
			if strings.HasPrefix(t[k:], `\tabularnewline`) && !latexLetter(t, k+len(`\tabularnewline`)) && depth <= 0 {
				return k, t[k+len(`\tabularnewline`):]
			}
			if k+1 < len(t) && t[k+1] == '\\' && depth <= 0 {
				rest := strings.TrimPrefix(t[k+2:], "*") // "\\*": no page break here
				if strings.HasPrefix(strings.TrimLeft(rest, " "), "[") {
					rest = latexSkipArgs(rest)
				}
				return k, rest
			}
			k++ // an escaped character
		}
	}
	return -1, ""
}

// latexCells splits a row at its "&" outside braces and cleans each cell.
func latexCells(row string) []string {
	var cells []string
	depth, from := 0, 0
	add := func(c string) {
		c = strings.TrimSpace(c)
		if strings.HasPrefix(c, `\multicolumn`) {
			args := latexArgs(c[len(`\multicolumn`):], 3)
			if len(args) == 3 {
				n, err := strconv.Atoi(strings.TrimSpace(args[0]))
				text := latexText(args[2])
				if err == nil && n > 1 && n < 64 {
					pad := make([]string, n)
					if hasDigitStr(text) {
						pad[0] = text
					} else {
						pad[n-1] = text
					}
					cells = append(cells, pad...)
					return
				}
				cells = append(cells, text)
				return
			}
		}
		if strings.HasPrefix(c, `\multirow`) {
			if args := latexArgs(c[len(`\multirow`):], 3); len(args) == 3 {
				c = args[2]
			}
		}
		cells = append(cells, latexText(c))
	}
	for k := 0; k < len(row); k++ {
		switch row[k] {
		case '{':
			depth++
		case '}':
			depth--
		case '\\':
			k++
		case '&':
			if depth <= 0 {
				add(row[from:k])
				from = k + 1
			}
		}
	}
	add(row[from:])
	for len(cells) > 0 && cells[len(cells)-1] == "" {
		cells = cells[:len(cells)-1]
	}
	return cells
}

// latexArgs reads n brace arguments ("{2}{c}{Jumlah}"), optional "[..]"
// ones skipped; fewer when they are not there.
func latexArgs(t string, n int) []string {
	var out []string
	for len(out) < n {
		t = strings.TrimLeft(t, " \t")
		if strings.HasPrefix(t, "[") {
			if e := strings.IndexByte(t, ']'); e > 0 {
				t = t[e+1:]
				continue
			}
			return out
		}
		if !strings.HasPrefix(t, "{") {
			return out
		}
		depth := 0
		k := 0
		for ; k < len(t); k++ {
			if t[k] == '{' {
				depth++
			} else if t[k] == '}' {
				depth--
				if depth == 0 {
					break
				}
			}
		}
		if k >= len(t) {
			return out
		}
		out = append(out, t[1:k])
		t = t[k+1:]
	}
	return out
}

// latexUncomment drops a comment: from an unescaped "%" to the line's end.
func latexUncomment(l string) string {
	for k := 0; k < len(l); k++ {
		switch l[k] {
		case '\\':
			k++
		case '%':
			return l[:k]
		}
	}
	return strings.TrimRight(l, "\r")
}

// latexDropped are commands whose arguments are no text.
var latexDropped = map[string]bool{"begin": true, "end": true, "documentclass": true, "usepackage": true,
	"label": true, "ref": true, "vspace": true, "hspace": true, "includegraphics": true, "setlength": true,
	"pagestyle": true, "thispagestyle": true, "input": true, "include": true, "newcommand": true,
	"renewcommand": true, "rowcolor": true, "cellcolor": true, "arrayrulecolor": true, "color": true,
	"rule": true, "footnote": true, "footnotetext": true, "cite": true, "pagebreak": true, "addcontentsline": true}

// latexFirstArgDropped are commands whose first argument is a colour,
// the second (if any) text: "\textcolor{red}{WTP}", "\colorbox{gray}{…}".
var latexFirstArgDropped = map[string]bool{"textcolor": true, "colorbox": true}

// latexSkipOptional drops one "[…]" argument at the start of t.
func latexSkipOptional(t string) string {
	if e := strings.IndexByte(t, ']'); e >= 0 {
		return t[e+1:]
	}
	return t
}

// latexText is the text of a cell or a line: escapes resolved, footnotes
// and the commands dropped, their text arguments kept, spaces folded.
func latexText(t string) string {
	if strings.IndexByte(t, '\\') < 0 && strings.IndexByte(t, '{') < 0 && strings.IndexByte(t, '~') < 0 && strings.IndexByte(t, '$') < 0 {
		return strings.Join(strings.Fields(t), " ")
	}
	var b strings.Builder
	for k := 0; k < len(t); k++ {
		c := t[k]
		switch {
		case c == '\\' && k+1 < len(t) && !latexLetter(t, k+1):
			switch t[k+1] {
			case '\\':
				b.WriteByte(' ')
				if rest := strings.TrimLeft(t[k+2:], " "); strings.HasPrefix(rest, "[") {
					rest = latexSkipArgs(rest)
					k = len(t) - len(rest) - 1
				} else {
					k++
				}
				continue
			case ',', ';', ' ', '!':
				b.WriteByte(' ')
			default:
				b.WriteByte(t[k+1])
			}
			k++
		case c == '\\':
			j := k + 1
			for j < len(t) && latexLetter(t, j) {
				j++
			}
			name := t[k+1 : j]
			if j < len(t) && t[j] == '*' {
				j++
			}
			if name == "footnote" {
				if args := latexArgs(t[j:], 1); len(args) == 1 && unitNote(args[0]) {
					b.WriteString(" (" + latexText(args[0]) + ")")
				}
			}
			if latexDropped[name] {
				rest := latexSkipArgs(t[j:])
				k = len(t) - len(rest) - 1
				b.WriteByte(' ')
				continue
			}
			if latexFirstArgDropped[name] {
				if a := strings.TrimLeft(t[j:], " "); strings.HasPrefix(a, "{") && len(latexArgs(a, 1)) == 1 {
					rest := a[len(latexArgs(a, 1)[0])+2:] // the colour's group; the text's stays
					k = len(t) - len(rest) - 1
					b.WriteByte(' ')
					continue
				}
			}
			if rest := strings.TrimLeft(t[j:], " "); strings.HasPrefix(rest, "[") {
				j = len(t) - len(latexSkipOptional(rest)) // "\caption[short]{long}": the option is no text
			}
			k = j - 1
			b.WriteByte(' ')
		case c == '~':
			b.WriteByte(' ')
		case c == '{' || c == '}' || c == '$':
		default:
			b.WriteByte(c)
		}
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

// latexUnmark is the text of a line outside the tables; a line that was
// only commands becomes blank.
func latexUnmark(l string) string {
	t := strings.TrimSpace(latexUncomment(l))
	if t == "" {
		return strings.TrimSpace(l)
	}
	if strings.IndexByte(t, '\\') < 0 && strings.IndexByte(t, '{') < 0 && strings.IndexByte(t, '~') < 0 && strings.IndexByte(t, '$') < 0 {
		return l
	}
	return latexText(t)
}
