package parse

import (
	"strings"
	"unicode"

	"github.com/kpu-ntt/lkj/etl/normalize"
)

// boundValue: a cell that is a bound before one readable number ("≥ 85,00",
// "maks. 2 %"). It fills a value column like any figure, so a row whose
// target is a bound is read by position and the bound never slides into
// the indicator's place. The figure is the target (readValue); the sign
// is kept in the text and gives the row's direction (validate).
func boundValue(c string) bool {
	_, _, ok := normalize.Bound(c, normalize.Unknown)
	return ok
}

// boundTarget: a target written as a bound is its figure (the lead's
// convention: "≥ 85,00" targets 85); the text stays the whole cell, sign
// included, so the direction it marks reaches validate. Other columns keep
// a bound NULL: a realisation "< 1" is no measured 1.
func boundTarget(v normalize.Value, cell string, conv normalize.Convention) normalize.Value {
	if _, figure, ok := normalize.Bound(cell, conv); ok {
		figure.Text = v.Text
		return figure
	}
	return v
}

// figureKey: a key made only of figures (digits, separators, spaces, bound
// or trend signs, a percent): a value cell read in the name's place, which
// is never an indicator's name.
func figureKey(s string) bool {
	digit := false
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			digit = true
		case unicode.IsSpace(r) || strings.ContainsRune(".,%+-−–()/≥≤<>=▲▼△▽↑↓", r):
		default:
			return false
		}
	}
	return digit
}
