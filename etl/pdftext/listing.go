package pdftext

import "strings"

// A line-printer listing (a report printed on fanfold paper in one
// monospaced face) draws its table rules in type: a line of dashes or
// equals signs under the header and above a total, in one run or column
// by column. Such a line holds no text; kept, it stands between a header
// and its rows as a line of prose (the reader then takes the header for
// a paragraph) or as a row of dashes. It is dropped where it stands,
// inside a table's block, so it leaves no gap that would part the rows.

// typedRule reports a line on a typed page (adv > 0, monoAdvance) whose
// words are each one rule character ('-', '=' or '_') repeated, ten
// characters or more in all: a shorter run is a dash for an empty cell
// or a bullet, and on a page set in a proportional face a row of dashes
// is text someone typed on purpose.
func typedRule(l *textLine, adv float64) bool {
	if adv == 0 {
		return false
	}
	n := 0
	for _, w := range l.words {
		if !ruleRun(w.text) {
			return false
		}
		n += len(w.text)
	}
	return n >= 10
}

// ruleRow reports a table row cut from a rule typed column by column:
// every cell one rule character repeated, ten characters or more in all.
func ruleRow(text string, adv float64) bool {
	if adv == 0 || text == "" || !ruleRun(text[:1]) {
		return false // cheap: most rows start with a letter or digit
	}
	n := 0
	for _, c := range strings.Split(text, "\t") {
		if c == "" {
			continue
		}
		if !ruleRun(c) {
			return false
		}
		n += len(c)
	}
	return n >= 10
}

// ruleRun reports a word made of one rule character repeated.
func ruleRun(s string) bool {
	if s == "" || s[0] != '-' && s[0] != '=' && s[0] != '_' {
		return false
	}
	return strings.Count(s, s[:1]) == len(s)
}
