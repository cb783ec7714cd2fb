package extract

import "strings"

// unitWords are the units a header writes under a column word, in
// parentheses: "(%)", "(Rp)", "(Rp 000)".
var unitWords = map[string]bool{"%": true, "rp": true, "rp.": true, "rupiah": true, "rp 000": true, "rp000": true,
	"ribu": true, "rp ribu": true, "juta": true, "rp juta": true, "persen": true, "nilai": true, "predikat": true}

// unitCellRow: a row under the header whose one filled cell is a unit in
// parentheses. A data row never states a unit alone; as a body row it
// would be merged into the first data row ("(%) 200").
func unitCellRow(cells []string) bool {
	n := 0
	for _, c := range cells {
		if c == "" {
			continue
		}
		n++
		if n > 1 || len(c) < 3 || c[0] != '(' || c[len(c)-1] != ')' || !unitWords[strings.ToLower(strings.TrimSpace(c[1:len(c)-1]))] {
			return false
		}
	}
	return n == 1
}

// trimUnitTail drops a unit in parentheses after a column name ("Pagu
// (Rp 000)" is "Pagu"): the scale words are no column words, yet a header
// cell may carry them.
func trimUnitTail(t string) string {
	k := strings.LastIndexByte(t, '(')
	if k <= 0 || t[len(t)-1] != ')' || !unitWords[strings.ToLower(strings.TrimSpace(t[k+1:len(t)-1]))] {
		return t
	}
	return strings.TrimSpace(t[:k])
}
