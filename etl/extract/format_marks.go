package extract

import (
	"bytes"
	"strings"
)

// Formatting marks a word processor shows when "show ¶" is on, and what
// each stands for. A text copied from such a view carries them as
// characters: a figure's cell ends in '¤' instead of a TAB, a space is '·',
// so no table row reads as one and the cover's satker name is one word
// ("KPU·KABUPATEN·…"), which rejects the whole document.
const (
	markSpace     = "·" // U+00B7, a space
	markParagraph = "¶" // U+00B6, a paragraph's end
	markCell      = "¤" // U+00A4, a table cell's end; doubled, the row's end
	markTab       = "→" // U+2192, a TAB
	markBreak     = "↵" // U+21B5, a manual line break
)

// FormatMarks turns a text copied with its formatting marks shown back
// into the text the marks stand for: '·' a space, '¶' or '↵' closing a line
// nothing (the newline is there already), '→' a TAB, and in a table row
// (a line holding '¤') each cell end a TAB, the row's end dropped. Every
// line keeps its number: a mark becomes at most one character, never a
// line.
//
// Only a text proven to show its marks is touched (marksShown): most of
// its lines end in a paragraph or row mark and '·' stands where spaces
// would. A '·' in an ordinary text (a list bullet, a middle dot between
// words or figures) is left alone because such a text fails that proof.
// Text without a '¶' or '↵' at all comes back unchanged and uncopied.
func FormatMarks(data []byte) []byte {
	if !bytes.Contains(data, []byte(markParagraph)) && !bytes.Contains(data, []byte(markBreak)) {
		return data // the cheap gate: no line-closing mark at all
	}
	text := string(data)
	if !marksShown(text) {
		return data
	}
	var b strings.Builder
	b.Grow(len(text))
	for rest := text; rest != ""; {
		line, nl := rest, ""
		if i := strings.IndexByte(rest, '\n'); i >= 0 {
			line, nl, rest = rest[:i], "\n", rest[i+1:]
		} else {
			rest = ""
		}
		b.WriteString(unmarkLine(line))
		b.WriteString(nl)
	}
	return []byte(b.String())
}

// marksShown: of the non-blank lines, at least two thirds end in a
// paragraph, break or cell mark, there are at least three such lines, and
// the '·' outnumber the plain spaces (with marks shown there are almost
// none). A report quoting a '¶' or using '·' as a bullet fails both.
func marksShown(text string) bool {
	lines, marked := 0, 0
	for rest := text; rest != ""; {
		line := rest
		if i := strings.IndexByte(rest, '\n'); i >= 0 {
			line, rest = rest[:i], rest[i+1:]
		} else {
			rest = ""
		}
		line = strings.TrimRight(line, " \t\r\f")
		if line == "" {
			continue
		}
		lines++
		if strings.HasSuffix(line, markParagraph) || strings.HasSuffix(line, markCell) || strings.HasSuffix(line, markBreak) {
			marked++
		}
	}
	if marked < 3 || 3*marked < 2*lines {
		return false
	}
	return strings.Count(text, markSpace) > strings.Count(text, " ")
}

// UnmarkLine undoes the formatting marks of one line of a run so marked
// inside an otherwise plain text (parse's revealCodes), as FormatMarks does
// for a text marked whole.
func UnmarkLine(line string) string { return unmarkLine(line) }

// unmarkLine undoes the marks of one line (without its newline; a CR
// before it is kept).
func unmarkLine(line string) string {
	cr := ""
	if strings.HasSuffix(line, "\r") {
		line, cr = line[:len(line)-1], "\r"
	}
	end := strings.TrimRight(line, " \t")
	for _, m := range []string{markParagraph, markBreak} {
		if strings.HasSuffix(end, m) {
			line = end[:len(end)-len(m)]
			break
		}
	}
	if strings.Contains(line, markCell) {
		// c1¤c2¤…cn¤ and the row's own ¤: the row mark and the last cell's
		// end are no separators; a line with the row mark lost ends in one.
		t := strings.TrimRight(line, " \t")
		if strings.HasSuffix(t, markCell+markCell) {
			t = t[:len(t)-2*len(markCell)]
		} else if strings.HasSuffix(t, markCell) {
			t = t[:len(t)-len(markCell)]
		}
		line = strings.ReplaceAll(t, markCell, "\t")
	}
	line = strings.ReplaceAll(line, markTab, "\t")
	line = strings.ReplaceAll(line, markParagraph, " ")
	line = strings.ReplaceAll(line, markSpace, " ")
	return line + cr
}
