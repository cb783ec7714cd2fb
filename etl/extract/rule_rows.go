package extract

// ruleRow: a line of a table that only draws a rule, as an accountant's
// layout sets them under the header, over the total ("----------") and
// under it ("=========="): every cell it fills is a run of rule characters
// (at least two, one of at least three, so a "-" placeholder of an empty
// cell is no rule). It is no row and no break of the table: glued to the
// row above as its continuation it would turn "1.835.886" into
// "1.835.886 ----------", an amount whose stated unit no longer reads.
func ruleRow(cells []string) bool {
	long := false
	for _, c := range cells {
		if c == "" {
			continue
		}
		if len(c) < 2 || !ruleRun(c) {
			return false
		}
		long = long || len(c) >= 3
	}
	return long
}

// ruleRun: c is made of rule characters only: - = _ and the box-drawing
// horizontals ─ ━ ═.
func ruleRun(c string) bool {
	for _, r := range c {
		switch r {
		case '-', '=', '_', '─', '━', '═':
		default:
			return false
		}
	}
	return true
}

// dropRuleRows takes the rule lines out of a table's lines, each kept as a
// note "garis". Filtered in place (the builder is done with its lines);
// the first byte of a rule cell is checked before any cell is walked.
func dropRuleRows(lines []rawLine, notes *[]Note) []rawLine {
	kept := lines[:0]
	for _, l := range lines {
		if ruleOpens(l.cells) && ruleRow(l.cells) {
			*notes = append(*notes, Note{Line: l.n, Why: "garis"})
			continue
		}
		kept = append(kept, l)
	}
	return kept
}

// ruleOpens: the first filled cell opens with a rule character ('-', '=',
// '_', or the lead byte of the box-drawing block).
func ruleOpens(cells []string) bool {
	for _, c := range cells {
		if c == "" {
			continue
		}
		switch c[0] {
		case '-', '=', '_', 0xE2:
			return true
		}
		return false
	}
	return false
}
