package extract

// decimalFigure: a cell that is a number with decimals ("25,00", "9,5",
// "15.58"), a measured value. yearish takes any cell of short digit runs
// for a column number, so "25,00" passed as one, and a first row whose
// label is made of header words ("Evaluasi Akuntabilitas Kinerja Internal
// | 25,00 | 15,58") outvoted its figures and joined the header. A column
// number or a year is never written with a decimal part; a dotted row
// number ("1.2") keeps one digit after its dot, so a dot needs two.
func decimalFigure(c string) bool {
	sep := -1
	for i := 0; i < len(c); i++ {
		switch b := c[i]; {
		case b >= '0' && b <= '9':
		case (b == ',' || b == '.') && sep < 0:
			sep = i
		default:
			return false
		}
	}
	if sep <= 0 {
		return false
	}
	frac := len(c) - sep - 1
	if c[sep] == ',' {
		return frac >= 1 && frac <= 3
	}
	return frac == 2
}
