package parse

import (
	"regexp"
	"strings"
)

// reFormula: a spreadsheet formula printed in place of its result
// ("=E4/D4*100", "= SUM(D4:D9)", "=IF(D5=C5;100;0)"): an equals sign before
// a cell reference or a function name.
var reFormula = regexp.MustCompile(`^=\s*[-+(]*\s*(?:\$?[A-Za-z]{1,3}\$?\d{1,6}\b|[A-Za-z][A-Za-z0-9.]*\s*\()`)

// formulaCell: the cell shows a formula, not a value. Its figures are cell
// addresses and operands, so no piece of it is ever read as a value.
func formulaCell(c string) bool {
	c = strings.TrimSpace(c)
	return len(c) > 1 && c[0] == '=' && reFormula.MatchString(c)
}
