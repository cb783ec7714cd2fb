package parse

// A table followed through the year (a column per semester or triwulan)
// may label its one target column with the year itself: "Target 2020"
// beside "Realisasi s.d. Semester I | Realisasi s.d. Semester II" under a
// caption "… Tahun 2020". A year-labelled column is otherwise no annual
// column (a "Target 2021" beside a 2020 table is another year's), so it is
// the year's own only when every year it names is the caption's.

// ownYearLabel: the header text s names a year and only the year the
// caption names (capYear, 0 when the caption names none).
func ownYearLabel(s string, capYear int) bool {
	if capYear == 0 {
		return false
	}
	found := false
	for i := 0; i+3 < len(s); i++ {
		if i > 0 && isDigitByte(s[i-1]) || !isDigitByte(s[i]) || !isDigitByte(s[i+1]) || !isDigitByte(s[i+2]) || !isDigitByte(s[i+3]) ||
			i+4 < len(s) && isDigitByte(s[i+4]) {
			continue
		}
		y := int(s[i]-'0')*1000 + int(s[i+1]-'0')*100 + int(s[i+2]-'0')*10 + int(s[i+3]-'0')
		if y != capYear {
			return false
		}
		found = true
	}
	return found
}
