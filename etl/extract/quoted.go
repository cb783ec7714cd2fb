package extract

import "bytes"

// Unquote reads a document quoted with a line prefix, as an e-mail reply
// quotes the draft it answers: every line of the quote opens with "> "
// (">" alone on a blank line, ">>" or "> >" when nested, TAB rows too, so
// the first cell of each row would start with "> "). A run of lines sharing
// the prefix is returned with the prefix removed; the unquoted lines in
// between (the reviewer's notes) stay as they are, separate prose. Only a
// run of at least three lines that holds a line of prose is a quote: lines
// of bands ("> 90 – 100 AA") are no quote. "| " is no quote mark: pipes
// draw tables. Lines keep their numbers; data without a quoted run comes
// back unchanged (and uncopied).
func Unquote(data []byte) []byte {
	if !QuotedLine(data) {
		return data // the cheap gate: no line opens with '>'
	}
	lines := bytes.SplitAfter(data, []byte{'\n'})
	cut := make([]int, len(lines)) // the prefix length of each line of an accepted run
	changed := false
	for i := 0; i < len(lines); {
		if quotePrefix(lines[i]) == 0 {
			i++
			continue
		}
		j, prose := i, false
		for ; j < len(lines); j++ {
			n := quotePrefix(lines[j])
			if n == 0 {
				break
			}
			prose = prose || proseLine(lines[j][n:])
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

// margin is the number of spaces a line opens with, when its quote marks
// follow them (0 otherwise).
func margin(ln []byte) int {
	i := 0
	for i < len(ln) && i < maxMargin && ln[i] == ' ' {
		i++
	}
	if i < len(ln) && ln[i] == '>' {
		return i
	}
	return 0
}

// quotePrefix is the length of a line's quote marks after its margin: each
// '>' with the one space after it ("> ", ">> ", "> > "); 0 when the line
// opens otherwise.
func quotePrefix(ln []byte) int {
	lead := margin(ln)
	i := lead
	for i < len(ln) && ln[i] == '>' {
		i++
		if i < len(ln) && ln[i] == ' ' {
			i++
		}
	}
	return i - lead
}

// QuotedLine: some line opens with '>' after its margin (at most 8 spaces).
// It looks only at the '>' bytes, without splitting the document.
func QuotedLine(data []byte) bool {
	for off := 0; ; {
		k := bytes.IndexByte(data[off:], '>')
		if k < 0 {
			return false
		}
		k += off
		j := k
		for j > 0 && k-j < maxMargin && data[j-1] == ' ' {
			j--
		}
		if j == 0 || data[j-1] == '\n' {
			return true
		}
		off = k + 1
	}
}

// proseLine: text of four words or more opening with a letter.
func proseLine(s []byte) bool {
	s = bytes.TrimSpace(s)
	if len(s) == 0 || !(s[0]|0x20 >= 'a' && s[0]|0x20 <= 'z') {
		return false
	}
	return len(bytes.Fields(s)) >= 4
}
