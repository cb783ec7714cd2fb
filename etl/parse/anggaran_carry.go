package parse

// Budget lines written one small table (or one key:value record) each, one
// after the other ("Kode : 076.01.WA ...", then "Kode : 3355 ..."): a
// kegiatan's program is the last program above it, as inside one table.
// The program and kegiatan carry from a budget table to the next only when
// nothing but blank lines parts them and both are of the same fiscal year;
// any text between them ends the carry.

// budgetCarry is the program and kegiatan a budget table ended under.
type budgetCarry struct {
	program, kegiatan string
	end, year         int
	first             int   // the first line of the table's first part (anggaran_continued.go)
	roles             []int // the table's column roles as read
}

// carriedBudget is the program and kegiatan a budget table starting at
// line start of year takes from the table just before it ("" when none).
func (p *parser) carriedBudget(start, year int) (string, string) {
	c := p.angCarry
	if c.end == 0 || c.year != year || start <= c.end || start-c.end > 3 {
		return "", ""
	}
	for k := len(p.recent) - 1; k >= 0; k-- {
		if l := p.recent[k].line; l > c.end && l < start {
			return "", "" // a paragraph between the two: not one list
		}
	}
	return c.program, c.kegiatan
}
