package parse

// budgetCodeShape is reProgram, reKegiatan or reOutput .MatchString(t)
// (anchored, ASCII-only patterns) without the regexp machine: budget code
// tests run for every cell of a budget table.
//
//	program   WA, 076.01.WA      ^(?:(\d{3})\.(\d{2})\.)?([A-Z]{2})$
//	kegiatan  3360, WA.3360      ^(?:([A-Z]{1,2})\.)?(\d{4})$
//	output    3360.BKB.001       ^(\d{4})\.([A-Z]{3})\.(\d{3})$
func budgetCodeShape(t string) bool {
	switch len(t) {
	case 2:
		return upperRun(t)
	case 9:
		return digitRun(t[:3]) && t[3] == '.' && digitRun(t[4:6]) && t[6] == '.' && upperRun(t[7:])
	case 4:
		return digitRun(t)
	case 6, 7:
		k := len(t) - 5 // letters before the dot
		return upperRun(t[:k]) && t[k] == '.' && digitRun(t[k+1:])
	case 12:
		return digitRun(t[:4]) && t[4] == '.' && upperRun(t[5:8]) && t[8] == '.' && digitRun(t[9:])
	}
	return false
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
