package extract

import (
	"strings"

	"github.com/kpu-ntt/lkj/etl/normalize"
)

// A capaian table without a Satuan column may group its rows by unit under
// figureless heading rows: "Satuan: persen (%)" over the percent
// indicators, "Unit: predikat" over the grade rows. Such a row states the
// unit of the rows below it; it is never a header line (the header's last
// words are column titles, not a colon's value), a data row or the wrapped
// end of the indicator above.

// UnitHeading reads a unit group heading: "Satuan: X", "Satuan X",
// "Unit: X", "Unit X" or "(dalam X)", whose X opens with a unit word. unit
// is the contract's unit. "Satuan Kerja: ..." names an office, no unit:
// kerja is no unit word, so it is refused like any other word.
func UnitHeading(s string) (unit string, ok bool) {
	s = strings.TrimSpace(s)
	if len(s) < 6 || len(s) > 60 {
		return "", false // cheap: a heading is short and opens with S, U or (
	}
	var rest string
	switch s[0] {
	case 'S', 's', 'U', 'u':
		r, ok1 := headWord(s, "satuan")
		if !ok1 {
			if r, ok1 = headWord(s, "unit"); !ok1 {
				return "", false
			}
		}
		rest = r
	case '(':
		if s[len(s)-1] != ')' {
			return "", false
		}
		r, ok1 := headWord(s[1:len(s)-1], "dalam")
		if !ok1 {
			return "", false
		}
		rest = r
	default:
		return "", false
	}
	rest = strings.TrimLeft(rest, " \t")
	if strings.HasPrefix(rest, ":") {
		rest = strings.TrimLeft(rest[1:], " \t")
	}
	f := strings.Fields(rest)
	if len(f) == 0 || len(f) > 4 {
		return "", false // a sentence, not a unit
	}
	return headingUnitWord(f[0])
}

// headWord: s opens with the word w (any case) and no letter follows it.
func headWord(s, w string) (string, bool) {
	if len(s) < len(w) || !strings.EqualFold(s[:len(w)], w) {
		return "", false
	}
	r := s[len(w):]
	if r != "" && (r[0]|0x20 >= 'a' && r[0]|0x20 <= 'z') {
		return "", false
	}
	return r, true
}

// headingUnitWord maps a heading's first word to the contract's unit.
func headingUnitWord(w string) (string, bool) {
	w = strings.ToLower(strings.Trim(w, ".,;:()"))
	switch w {
	case "%", "persen", "persentase":
		return "persen", true
	case "predikat":
		return "predikat", true
	case "opini":
		return "opini", true
	}
	if u := normalize.UnitOf(w); u != "" {
		return u, true
	}
	return "", false
}

// unitHeadingRow: a line whose one filled cell is a unit group heading.
func unitHeadingRow(cells []string) bool {
	n, h := 0, ""
	for _, c := range cells {
		if c != "" {
			n++
			h = c
		}
	}
	if n != 1 {
		return false
	}
	_, ok := UnitHeading(h)
	return ok
}
