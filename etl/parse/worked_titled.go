package parse

import (
	"bytes"
	"strings"
)

// A column may be titled by the addition its cells work out, each cell
// the sum of parts that stand nowhere else in the table: "Nilai
// (Keberadaan + Kualitas + Pemanfaatan)" over "3,69 + 5,53 + 9,23 =
// 18,45". The title states what the operands are, so they need not be
// figures of the table: the arithmetic alone proves the result, when the
// cell adds as many parts as the title names and does nothing else.

// titledSum: expression e in column i adds only, as many parts as the
// title of column i (on the table's first line, in above) names with '+'.
func titledSum(e string, i int, above []byte) bool {
	if strings.ContainsAny(e, "-−×x*/:") || strings.Count(e, "+") < 1 {
		return false
	}
	first := above
	if k := bytes.IndexByte(first, '\n'); k >= 0 {
		first = first[:k]
	}
	titles := strings.Split(string(first), "\t")
	if i >= len(titles) {
		return false
	}
	t := titles[i]
	if strings.ContainsAny(t, "0123456789") {
		return false // a row, not the titles
	}
	return strings.Count(t, "+") == strings.Count(e, "+")
}
