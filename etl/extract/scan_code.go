package extract

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
		return upperRun(c)
	case n == 4:
		return digitRun(c)
	case n == 7 || n == 8:
		k := n - 5
		return upperRun(c[:k]) && c[k] == '.' && digitRun(c[k+1:])
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
			if digitRun(p) || p[0] == '(' && p[3] == ')' && upperRun(p[1:3]) {
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
			if upperRun(p) {
				return true
			}
		case 7:
			if upperRun(p[:2]) && p[2] == '.' && digitRun(p[3:]) {
				return true
			}
		case 6:
			if p[0] == '(' && p[5] == ')' && digitRun(p[1:5]) {
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
	return (len(p) == 9 || len(p) == 10) && digitRun(p[:3]) && p[3] == '.' && digitRun(p[4:6]) && p[6] == '.' && upperRun(p[7:])
}

// outputCode: \d{4}\.[A-Z]{3}\.\d{3} ("3355.EBA.994").
func outputCode(p string) bool {
	return len(p) == 12 && digitRun(p[:4]) && p[4] == '.' && upperRun(p[5:8]) && p[8] == '.' && digitRun(p[9:])
}

// isSpaceS: what \s matches (and \S does not).
func isSpaceS(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}

func digitRun(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

func upperRun(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}
