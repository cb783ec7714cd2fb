package normalize

import "strings"

// ConventionTally is ColumnConvention a cell at a time: a column's
// convention is read without gathering its cells into a slice (the
// parsers did so for every value column of every table).
type ConventionTally struct{ strongID, strongEN, weakID, weakEN, spaced, pairs int }

// Add counts the evidence of one cell.
func (t *ConventionTally) Add(c string) {
	core := numericCore(c)
	if core == "" {
		return
	}
	dots, commas := strings.Count(core, "."), strings.Count(core, ",")
	switch {
	case dots >= 2 && commas == 0:
		t.strongID++
	case commas >= 2 && dots == 0:
		t.strongEN++
	case dots > 0 && commas > 0:
		if strings.LastIndexByte(core, ',') > strings.LastIndexByte(core, '.') {
			t.strongID++
		} else {
			t.strongEN++
		}
	case spacedPair(strings.TrimSpace(c)):
		// "13 70": two figures one space apart, the second too short for a
		// thousands group: two cells run together (a PDF's crowded columns),
		// so the column's spaces part figures, and its "81 595" is no
		// 81.595 either
		t.pairs++
	case spacedLen(strings.TrimSpace(c)) > 0 && strings.Count(core, ".") == 0:
		t.spaced++
	case dots == 1:
		if k := strings.IndexByte(core, '.'); len(core)-k-1 != 3 {
			t.weakEN++
		}
	case commas == 1:
		if k := strings.IndexByte(core, ','); len(core)-k-1 != 3 {
			t.weakID++
		}
	}
}

// Convention is the convention of the cells added so far.
func (t *ConventionTally) Convention() Convention {
	if t.spaced > 0 && t.strongID == 0 && t.strongEN == 0 && t.pairs == 0 {
		return Spaced
	}
	if c := evidence(t.strongID, t.strongEN); c != Unknown {
		return c
	}
	return evidence(t.weakID, t.weakEN)
}

// evidence is the convention that counts of Indonesian and English cells of
// one strength point to: Mixed when both, Unknown when neither.
func evidence(id, en int) Convention {
	switch {
	case id > 0 && en > 0:
		return Mixed
	case id > 0:
		return Indonesian
	case en > 0:
		return English
	}
	return Unknown
}

// spacedPair: s is two runs of digits parted by one space, the second
// shorter than a thousands group ("13 70", "7 62"), and nothing else.
func spacedPair(s string) bool {
	sp := strings.IndexByte(s, ' ')
	if sp < 1 || sp > 3 || len(s)-sp-1 < 1 || len(s)-sp-1 > 2 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if i != sp && !isDigit(s[i]) {
			return false
		}
	}
	return true
}
