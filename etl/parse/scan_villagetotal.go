package parse

// villageTotalMay: reVillageTotal can match lab. The pattern opens, after
// white space, with grand, sub, total, jumlah or jml: a label whose first
// other byte is none of g, s, t, j in either case (or a byte outside ASCII,
// where the long s folds to s) is no total, and most row labels are
// village names, asked of every label cell of a voter table.
func villageTotalMay(lab string) bool {
	i := 0
	for i < len(lab) && regexpSpace(lab[i]) {
		i++
	}
	if i == len(lab) {
		return false
	}
	switch c := lab[i]; {
	case c >= 0x80:
		return true
	default:
		c |= 0x20
		return c == 'g' || c == 's' || c == 't' || c == 'j'
	}
}
