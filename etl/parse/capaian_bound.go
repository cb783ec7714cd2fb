package parse

import (
	"strings"
	"unicode"

	"github.com/kpu-ntt/lkj/etl/normalize"
)

// boundSigns open a target written as a bound ("≥ 85,00": at least 85).
var boundSigns = []string{"≥", "≤", ">=", "<=", "=>", "=<", ">", "<"}

// boundValue: a cell that is a bound sign before one readable number. It
// fills a value column like any figure, so a row whose target is a bound
// is read by position and the bound never slides into the indicator's
// place. The figure is a threshold, not a measured value: neither rule
// book reads it as the target, so the text is kept and the number is NULL.
func boundValue(c string) bool {
	c = strings.TrimSpace(c)
	for _, s := range boundSigns {
		if rest, ok := strings.CutPrefix(c, s); ok {
			rest = strings.TrimSpace(rest)
			return rest != "" && normalize.ParseValue(rest, normalize.Unknown).Status == normalize.OK
		}
	}
	return false
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
