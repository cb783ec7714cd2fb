package extract

// formulaLike: a cell showing a spreadsheet formula instead of its result
// ("=SUM(D4:D7)", "=C5-D5", "= E4/D4*100"). It prints no value, but it
// stands where one would: a line of formula cells is a row of the sheet
// (a total whose figures were not printed), never the wrapped rest of the
// row above, whose values it would otherwise be read with.
func formulaLike(c string) bool {
	if len(c) < 3 || c[0] != '=' {
		return false
	}
	i := 1
	for i < len(c) && (c[i] == ' ' || c[i] == '(' || c[i] == '-' || c[i] == '+' || c[i] == '$') {
		i++
	}
	letters := 0
	for i < len(c) && (c[i]|0x20 >= 'a' && c[i]|0x20 <= 'z') {
		i, letters = i+1, letters+1
	}
	// a cell address (E4, $C$13) or a function call (SUM(, ROUND()
	return letters > 0 && i < len(c) && (c[i] >= '0' && c[i] <= '9' && letters <= 3 || c[i] == '$' || c[i] == '(')
}
