package extract

import "bytes"

// Unquote reads a document quoted with a line prefix, as an e-mail reply
// quotes the draft it answers: every line of the quote opens with "> "
// (">" alone on a blank line, ">>" or "> >" when nested, TAB rows too, so
// the first cell of each row would start with "> "), or in a FidoNet reply
// with the quoted writer's initials before the mark (" BN> "). A run of
// lines sharing the kind of mark (the same initials) is returned with the
// prefix removed; the unquoted lines in between (the reviewer's notes) stay
// as they are, separate prose. Only a run of at least three lines that
// holds a line of prose is a quote: lines of bands ("> 90 – 100 AA") are no
// quote. "| " and ": " are left as written: pipes and colons draw tables,
// cards and frames (mailTables takes a table it proves behind them). Lines
// keep their numbers; data without a quoted run comes back unchanged (and
// uncopied).
func Unquote(data []byte) []byte {
	if !quotedLine(data, ">") {
		return data // the cheap gate: no line opens with '>' marks
	}
	lines := bytes.SplitAfter(data, []byte{'\n'})
	cut := make([]int, len(lines)) // the prefix length of each line of an accepted run
	changed := false
	for i := 0; i < len(lines); {
		if quotePrefix(lines[i]) == 0 || quoteBar(lines[i]) {
			i++
			continue
		}
		j, prose, tag := i, false, QuoteMarks(lines[i]).Tag
		for ; j < len(lines); j++ {
			q := QuoteMarks(lines[j])
			if q.Depth == 0 || q.Tag != tag {
				break // another writer's initials: another quote
			}
			prose = prose || proseLine(lines[j][q.N:])
		}
		if j-i >= 3 && prose {
			for k := i; k < j; k++ {
				cut[k] = quotePrefix(lines[k])
			}
			changed = true
		}
		i = j
	}
	if !changed {
		return data
	}
	out := make([]byte, 0, len(data))
	for k, ln := range lines {
		lead := margin(ln)
		out = append(out, ln[:lead]...)
		out = append(out, ln[lead+cut[k]:]...)
	}
	return out
}

// maxMargin is the indent a quoted line may keep before its marks: a
// rendering that pads tables (pdftotext -layout) sets them in by a few
// spaces; the margin stays, the marks go.
const maxMargin = 8

// Quote is the quote prefix a line opens with (the zero Quote: none).
type Quote struct {
	Margin int    // the spaces before the marks (at most maxMargin)
	N      int    // margin and marks together, the space after each mark included
	Depth  int    // the number of marks
	Tag    string // the quoted writer's initials before '>' (FidoNet), "|" or ":" for those marks, "" for bare '>'
}

// QuoteMarks reads the quote prefix a line opens with: at most 8 spaces,
// then each '>' with the one space after it ("> ", ">> ", "> > "). A
// FidoNet editor (GoldED, timEd) quotes with the quoted writer's initials
// before the mark (" BN> ", "AB>> " nested): one to three letters, the
// first a capital, the mark followed by a space or the line's end. Prompts
// are no initials: "SQL> " (SQL*Plus); "mysql> ", "PS C:\> ", "irb> " do not
// fit the shape, nor "C>dir". Old mailers and newsreaders quote with "| "
// or ": " too: the mark followed by a space or the line's end, and no
// other such mark on the line (a pipe table's row has several, a box framed
// in ':' too). Boards' cards and frames draw with them as well, so Unquote
// leaves these to the readers that prove a table behind them (mailTables).
func QuoteMarks[T string | []byte](ln T) Quote {
	m := 0
	for m < len(ln) && m < maxMargin && ln[m] == ' ' {
		m++
	}
	if m < len(ln) && (ln[m] == '|' || ln[m] == ':') {
		return quoteBars(ln, m)
	}
	i := m
	for i < len(ln) && i-m < 3 && (ln[i]|0x20 >= 'a' && ln[i]|0x20 <= 'z') {
		i++
	}
	tag := ""
	if i > m {
		if i >= len(ln) || ln[i] != '>' || ln[m] < 'A' || ln[m] > 'Z' {
			return Quote{}
		}
		tag = string(ln[m:i])
		if tag == "SQL" {
			return Quote{}
		}
	}
	d := 0
	for i < len(ln) && ln[i] == '>' {
		i++
		d++
		if i < len(ln) && ln[i] == ' ' {
			i++
		}
	}
	if d == 0 {
		return Quote{}
	}
	if tag != "" && ln[i-1] != ' ' && !lineEnd(ln, i) {
		return Quote{} // "C>dir": a DOS prompt, no initials
	}
	return Quote{Margin: m, N: i, Depth: d, Tag: tag}
}

// quoteBars reads "| " or ": " marks from m (QuoteMarks).
func quoteBars[T string | []byte](ln T, m int) Quote {
	c := ln[m]
	i, d := m, 0
	for i < len(ln) && ln[i] == c {
		i++
		d++
		if i < len(ln) && ln[i] == ' ' {
			i++
		} else if !lineEnd(ln, i) {
			return Quote{} // "|--", ":)", "::=": no mark
		}
	}
	for k := i; k < len(ln); k++ {
		if ln[k] == c {
			return Quote{} // a pipe table's row, a box framed in ':'
		}
	}
	return Quote{Margin: m, N: i, Depth: d, Tag: string(c)}
}

// lineEnd: i is the end of the line ln (its length, or a line break).
func lineEnd[T string | []byte](ln T, i int) bool {
	return i >= len(ln) || ln[i] == '\n' || ln[i] == '\r'
}

// quoteBar: the line's marks are "| " or ": ", which Unquote leaves alone.
func quoteBar(ln []byte) bool {
	t := QuoteMarks(ln).Tag
	return t == "|" || t == ":"
}

// margin is the number of spaces a line opens with, when its quote marks
// follow them (0 otherwise).
func margin(ln []byte) int { return QuoteMarks(ln).Margin }

// quotePrefix is the length of a line's quote marks after its margin; 0
// when the line opens otherwise.
func quotePrefix(ln []byte) int {
	q := QuoteMarks(ln)
	return q.N - q.Margin
}

// QuotedLine: some line opens with quote marks (QuoteMarks) after its
// margin (at most 8 spaces): '>', the initials before it in FidoNet, '|'
// or ':'. It looks only at the mark bytes, without splitting the document.
func QuotedLine(data []byte) bool { return quotedLine(data, ">|:") }

// quotedLine: QuotedLine for the marks named.
func quotedLine(data []byte, marks string) bool {
	for _, c := range []byte(marks) {
		for off := 0; ; {
			k := bytes.IndexByte(data[off:], c)
			if k < 0 {
				break
			}
			k += off
			off = k + 1
			j := k
			for c == '>' && j > 0 && k-j < 3 && data[j-1]|0x20 >= 'a' && data[j-1]|0x20 <= 'z' {
				j-- // a FidoNet writer's initials
			}
			for i := j; j > 0 && i-j < maxMargin && data[j-1] == ' '; {
				j--
			}
			if j > 0 && data[j-1] != '\n' {
				continue
			}
			end := bytes.IndexByte(data[k:], '\n')
			if end < 0 {
				end = len(data) - k
			}
			if QuoteMarks(data[j:k+end]).Depth > 0 {
				return true
			}
		}
	}
	return false
}

// proseLine: text of four words or more opening with a letter.
func proseLine(s []byte) bool {
	s = bytes.TrimSpace(s)
	if len(s) == 0 || !(s[0]|0x20 >= 'a' && s[0]|0x20 <= 'z') {
		return false
	}
	return len(bytes.Fields(s)) >= 4
}
