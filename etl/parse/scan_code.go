package parse

import "github.com/kpu-ntt/lkj/etl/normalize"

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
		return normalize.AllUpper(t)
	case 9:
		return normalize.AllDigits(t[:3]) && t[3] == '.' && normalize.AllDigits(t[4:6]) && t[6] == '.' && normalize.AllUpper(t[7:])
	case 4:
		return normalize.AllDigits(t)
	case 6, 7:
		k := len(t) - 5 // letters before the dot
		return normalize.AllUpper(t[:k]) && t[k] == '.' && normalize.AllDigits(t[k+1:])
	case 12:
		return normalize.AllDigits(t[:4]) && t[4] == '.' && normalize.AllUpper(t[5:8]) && t[8] == '.' && normalize.AllDigits(t[9:])
	}
	return false
}

// The submatches of each budget code pattern, as FindStringSubmatch gives
// them (an unmatched optional group is ""), and whether it matched:
// budgetLevel reads one for every line of a budget table.

// programCode is reProgram.FindStringSubmatch(t).
func programCode(t string) ([4]string, bool) {
	switch {
	case len(t) == 2 && normalize.AllUpper(t):
		return [4]string{t, "", "", t}, true
	case len(t) == 9 && budgetCodeShape(t):
		return [4]string{t, t[:3], t[4:6], t[7:]}, true
	}
	return [4]string{}, false
}

// kegiatanCode is reKegiatan.FindStringSubmatch(t).
func kegiatanCode(t string) ([3]string, bool) {
	switch {
	case len(t) == 4 && normalize.AllDigits(t):
		return [3]string{t, "", t}, true
	case (len(t) == 6 || len(t) == 7) && budgetCodeShape(t):
		k := len(t) - 5
		return [3]string{t, t[:k], t[k+1:]}, true
	}
	return [3]string{}, false
}

// outputCode is reOutput.FindStringSubmatch(t).
func outputCode(t string) ([4]string, bool) {
	if len(t) == 12 && budgetCodeShape(t) {
		return [4]string{t, t[:4], t[5:8], t[9:]}, true
	}
	return [4]string{}, false
}

// tabelNo is reTabelNo.FindStringSubmatch(c)[1], the number of a caption
// "Tabel 3.28 ...", and whether the pattern matched: label asks it of
// every table. The pattern, (?i)^tabel\s*[:.]?\s*(\d+(?:\.\d+)*), has no
// part that could give back what it took (each optional part is followed
// by a part that cannot start with what it holds), so the greedy reading
// below is its match. None of "tabel"'s letters folds to a non-ASCII one.
func tabelNo(c string) (string, bool) {
	if !asciiPrefixFold(c, "tabel") {
		return "", false
	}
	i := len("tabel")
	for i < len(c) && isReSpace(c[i]) {
		i++
	}
	if i < len(c) && (c[i] == ':' || c[i] == '.') {
		i++
	}
	for i < len(c) && isReSpace(c[i]) {
		i++
	}
	start := i
	for i < len(c) && isDigitByte(c[i]) {
		i++
	}
	if i == start {
		return "", false
	}
	for i+1 < len(c) && c[i] == '.' && isDigitByte(c[i+1]) {
		for i += 2; i < len(c) && isDigitByte(c[i]); i++ {
		}
	}
	return c[start:i], true
}
