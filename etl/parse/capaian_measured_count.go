package parse

import (
	"math"
	"regexp"
	"strings"

	"github.com/kpu-ntt/lkj/etl/normalize"
)

// A percent may be followed in its cell by the count it was measured
// from: "88,24 (15 dari 17 pegawai)". Split as values, the cell held three
// and the row was taken for several indicators and dropped. The bracket
// is the percent's working: the percent alone is the value, when the
// count makes it (15 / 17 × 100 = 88,24 to its decimals); otherwise the
// cell is left as written.

var reMeasuredCount = regexp.MustCompile(`^(\d{1,3}(?:[.,]\d+)?)\s*%?\s*\(\s*(\d{1,6})\s+dari\s+(\d{1,6})(?:\s+[A-Za-z][A-Za-z ]{0,30})?\s*\)$`)

// measuredPercent is the percent of a cell "N (a dari b …)" whose count
// proves it, else ok is false.
func measuredPercent(v string) (string, bool) {
	if strings.IndexByte(v, '(') < 0 || !strings.Contains(v, " dari ") {
		return "", false
	}
	m := reMeasuredCount.FindStringSubmatch(strings.TrimSpace(v))
	if m == nil {
		return "", false
	}
	n := normalize.ParseNumber(m[1], normalize.Indonesian)
	a, b := float64(atoi(m[2])), float64(atoi(m[3]))
	if n.Status != normalize.OK || b == 0 || a > b {
		return "", false
	}
	if math.Abs(a/b*100-n.Value) > 0.5*math.Pow(10, -float64(n.Decimals))+1e-9 {
		return "", false
	}
	return m[1], true
}
