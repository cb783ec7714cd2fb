package pdftext

import "strings"

// A line-printer listing (a report printed on fanfold paper in one
// monospaced face) draws its table rules in type: a line of dashes or
// equals signs under the header and above a total, in one run or column
// by column. Such a line holds no text; kept, it stands between a header
// and its rows as a line of prose (the reader then takes the header for
// a paragraph) or as a row of dashes. The layout reads it where it
// stands (a line of a borderless block or a row of a table ruled by the
// paper's bands), so it parts no rows, and drops it afterwards.

// dropTypedRules removes the lines typed only of rule characters from a
// laid-out page whose face is monospaced (monoAdvance); on a page set in
// a proportional face a row of dashes is text someone typed on purpose.
func dropTypedRules(out []outLine, p *pageData) []outLine {
	first := -1
	for k := range out {
		if typedRule(out[k].text) {
			first = k
			break
		}
	}
	if first < 0 || monoAdvance(groupLines(p.glyphs)) == 0 {
		return out
	}
	kept := out[:first]
	for _, l := range out[first:] {
		if !typedRule(l.text) {
			kept = append(kept, l)
		}
	}
	return kept
}

// typedRule reports a line whose words and cells are each one rule
// character ('-', '=' or '_') repeated, ten characters or more in all: a
// shorter run is a dash for an empty cell or a bullet.
func typedRule(text string) bool {
	if text == "" || !ruleRun(text[:1]) {
		return false // cheap: most lines start with a letter or a digit
	}
	n := 0
	for _, f := range strings.FieldsFunc(text, func(r rune) bool { return r == ' ' || r == '\t' }) {
		if !ruleRun(f) {
			return false
		}
		n += len(f)
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
