package extract

import "regexp"

// A budget code in a table's first column marks where a row starts, as a
// row number does: "WA | Program Dukungan" over " | Manajemen dan
// Pelaksanaan | 2.013.200 | ..." is one wrapped row whose amounts sit on
// its second line.
var reRowCode = regexp.MustCompile(`^(?:[A-Z]{2,3}|\d{4}|\d{3}\.\d{2}\.[A-Z]{2,3}|[A-Z]{2,3}\.\d{4}|\d{4}\.[A-Z]{3}\.\d{3})$`)

// codedText: a row that starts with a budget code and carries text only.
func codedText(cells []string) bool {
	if len(cells) < 2 || !reRowCode.MatchString(cells[0]) {
		return false
	}
	text := false
	for _, c := range cells[1:] {
		if c == "" {
			continue
		}
		if hasDigit(c) && !hasLetter(c) || valueLike(c) {
			return false
		}
		text = true
	}
	return text
}
