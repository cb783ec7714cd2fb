package pdftext

// withoutTypedRules leaves out of lines, the lines whose columns are to be
// found, a rule typed of dashes, equals signs or underscores ("-----" over
// a total, "=====" under it) in a table ruled by hairlines and set in a
// proportional face with its figures in a monospaced one: typed in one
// run or in runs that touch across the figure columns, it covers the
// rivers the rows share and would leave the table one column wide. It
// stays a line of the table. On a typed page (monoAdvance) the rules are
// typed column by column like every cell and keep their place.
func withoutTypedRules(lines []textLine) []textLine {
	rules := 0
	for k := range lines {
		if typedRuleLine(&lines[k]) {
			rules++
		}
	}
	if rules == 0 || rules == len(lines) {
		return lines
	}
	kept := make([]textLine, 0, len(lines)-rules)
	for k := range lines {
		if !typedRuleLine(&lines[k]) {
			kept = append(kept, lines[k])
		}
	}
	if monoAdvance(kept) > 0 {
		return lines
	}
	return kept
}

// typedRuleLine reports a line typed only of rule characters (typedRule),
// looking at its first character before building its text.
func typedRuleLine(l *textLine) bool {
	w := l.words
	return len(w) > 0 && w[0].text != "" && ruleRun(w[0].text[:1]) && typedRule(l.text())
}
