package pdftext

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A sheet typed in a monospaced face and copied into a report set in a
// proportional one (a jury's score sheet, a study-result card, a slip):
// a head of fields typed as a label, padding and a colon at one column
// ("Nama Peserta   : Sekretariat ...", "Nomor Undian   : 02"), then a
// table between rules typed across the sheet's full width in one rule
// character ("~~~~", "----", "===="), its columns padded with spaces.
// The borderless route reads the head's long values as lines of the
// table: they cover every river but the last, so each row comes out cut
// at one gap only ("1. Perencanaan Kinerja 30,00<TAB>17,40") and its
// label and figures run together. Kept as its grid (drawnRun), a printed
// line a line with its spaces, the sheet reads as the report's own text
// form does.
//
// typedSheet reports such a run from its grid lines: two field lines or
// more with their colons at one column, one at least padded before its
// colon by two spaces or more (a typed alignment, not a sentence), and
// under the last of them two rules or more of one length that no line
// between them outruns, with a figure on a line between the first and
// the last. Only a run holding a colon pays more than that test.
func typedSheet(texts []string) bool {
	colon := false
	for _, t := range texts {
		if strings.IndexByte(t, ':') >= 0 {
			colon = true
			break
		}
	}
	if !colon {
		return false
	}
	// The fields: the colon's column, how many lines hold it there, and
	// whether one is padded.
	cols := map[int]int{}
	padded := map[int]bool{}
	lastField := map[int]int{}
	for k, t := range texts {
		c, pad, ok := fieldColon(t)
		if !ok {
			continue
		}
		cols[c]++
		padded[c] = padded[c] || pad
		lastField[c] = k
	}
	head := -1
	for c, n := range cols {
		if n >= 2 && padded[c] && (head < 0 || lastField[c] < head) {
			head = lastField[c]
		}
	}
	if head < 0 {
		return false
	}
	// The rules: one length, typed from the left edge, none of the
	// lines between the first and the last wider (they rule the table
	// across its full width).
	first, last, rules, width := -1, -1, 0, 0
	for k := head + 1; k < len(texts); k++ {
		if n := ruleLen(texts[k]); n >= 10 && (width == 0 || n == width) {
			if first < 0 {
				first, width = k, n
			}
			last = k
			rules++
		}
	}
	if rules < 2 {
		return false
	}
	figure := false
	for k := first + 1; k < last; k++ {
		t := strings.TrimRight(texts[k], " ")
		if utf8.RuneCountInString(t) > width {
			return false
		}
		figure = figure || ruleLen(t) == 0 && strings.IndexFunc(t, unicode.IsDigit) >= 0
	}
	return figure
}

// fieldColon finds a field line's colon: the line starts at the sheet's
// left edge with a label of letters (words parted by single spaces, no
// digit), then spaces, a colon, a space and a value. pad tells whether
// two spaces or more stand before the colon.
func fieldColon(t string) (col int, pad, ok bool) {
	i := strings.Index(t, " :")
	if i <= 0 || !strings.HasPrefix(t[i+2:], " ") || strings.TrimSpace(t[i+2:]) == "" {
		return 0, false, false
	}
	label := strings.TrimRight(t[:i], " ")
	if label == "" || label[0] == ' ' || strings.Contains(label, "  ") {
		return 0, false, false
	}
	for _, r := range label {
		if !unicode.IsLetter(r) && r != ' ' && r != '.' && r != '/' && r != '(' && r != ')' {
			return 0, false, false
		}
	}
	return utf8.RuneCountInString(t[:i]) + 1, len(t[:i])-len(label) >= 1, true
}

// ruleLen is the length of a line typed as one run of a single rule
// character (no letter, digit or space) from the left edge, else 0.
func ruleLen(t string) int {
	t = strings.TrimRight(t, " ")
	if t == "" || t[0] == ' ' {
		return 0
	}
	r, _ := utf8.DecodeRuneInString(t)
	if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsSpace(r) || strings.Trim(t, string(r)) != "" {
		return 0
	}
	return utf8.RuneCountInString(t)
}
