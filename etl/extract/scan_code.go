package extract

import "github.com/kpu-ntt/lkj/etl/normalize"

// codeCell and codeLead are reCodeCell.MatchString and
// reCodeLead.MatchString without the regexp machine: codedRows asks them
// of the first cell of every line of a table that opens with a code.
// Both patterns are anchored and ASCII; the shapes are written out here
// and a test holds them to the patterns.

// codeCell: the whole cell is a code.
//
//	^(?:[A-Z]{2,3}|\d{4}|\d{3}\.\d{2}\.[A-Z]{2,3}|[A-Z]{2,3}\.\d{4}|\d{4}\.[A-Z]{3}\.\d{3})$
func codeCell(c string) bool {
	switch n := len(c); {
	case n == 2 || n == 3:
		return normalize.AllUpper(c)
	case n == 4:
		return normalize.AllDigits(c)
	case n == 7 || n == 8:
		k := n - 5
		return normalize.AllUpper(c[:k]) && c[k] == '.' && normalize.AllDigits(c[k+1:])
	case n == 9 || n == 10:
		return programCode(c)
	case n == 12:
		return outputCode(c)
	}
	return false
}

// codeLead: the cell opens with a code, a space and a non-space.
//
//	^(?:\d{4}(?:\.[A-Z]{3}\.\d{3})?|\d{3}\.\d{2}\.[A-Z]{2,3}|[A-Z]{2}(?:\.\d{4})?|\((?:\d{4}|\d{3}\.\d{2}\.[A-Z]{2}|[A-Z]{2})\)) \S
func codeLead(c string) bool {
	// each length a code of the pattern can have, tried in turn
	for _, k := range [...]int{4, 12, 9, 10, 2, 7, 6, 11} {
		if len(c) < k+2 || c[k] != ' ' || isSpaceS(c[k+1]) {
			continue
		}
		p := c[:k]
		switch k {
		case 4:
			if normalize.AllDigits(p) || p[0] == '(' && p[3] == ')' && normalize.AllUpper(p[1:3]) {
				return true
			}
		case 12:
			if outputCode(p) {
				return true
			}
		case 9, 10:
			if programCode(p) {
				return true
			}
		case 2:
			if normalize.AllUpper(p) {
				return true
			}
		case 7:
			if normalize.AllUpper(p[:2]) && p[2] == '.' && normalize.AllDigits(p[3:]) {
				return true
			}
		case 6:
			if p[0] == '(' && p[5] == ')' && normalize.AllDigits(p[1:5]) {
				return true
			}
		case 11:
			if p[0] == '(' && p[10] == ')' && programCode(p[1:10]) && len(p[1:10]) == 9 {
				return true
			}
		}
	}
	return false
}

// programCode: \d{3}\.\d{2}\.[A-Z]{2,3} ("076.01.WA").
func programCode(p string) bool {
	return (len(p) == 9 || len(p) == 10) && normalize.AllDigits(p[:3]) && p[3] == '.' && normalize.AllDigits(p[4:6]) && p[6] == '.' && normalize.AllUpper(p[7:])
}

// outputCode: \d{4}\.[A-Z]{3}\.\d{3} ("3355.EBA.994").
func outputCode(p string) bool {
	return len(p) == 12 && normalize.AllDigits(p[:4]) && p[4] == '.' && normalize.AllUpper(p[5:8]) && p[8] == '.' && normalize.AllDigits(p[9:])
}

// isSpaceS: what \s matches (and \S does not).
func isSpaceS(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}
