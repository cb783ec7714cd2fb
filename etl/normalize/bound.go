package normalize

import "strings"

// boundSigns open a value written as a bound; the longer sign first so that
// ">=" is never read as ">" before "=".
var boundSigns = []struct{ sign, arah string }{
	{"≥", "naik"}, {"≤", "turun"}, {">=", "naik"}, {"<=", "turun"}, {"=>", "naik"}, {"=<", "turun"},
	{">", "naik"}, {"<", "turun"},
}

// boundWords are the word forms of a bound ("maks. 2 %", "paling sedikit
// 80"): a most-allowed marks a lower-is-better figure, a least-required a
// higher-is-better one.
var boundWords = []struct{ word, arah string }{
	{"maksimal", "turun"}, {"maksimum", "turun"}, {"maks.", "turun"}, {"maks", "turun"},
	{"paling banyak", "turun"}, {"setinggi-tingginya", "turun"}, {"sebanyak-banyaknya", "turun"},
	{"minimal", "naik"}, {"minimum", "naik"}, {"min.", "naik"},
	{"paling sedikit", "naik"}, {"sekurang-kurangnya", "naik"},
}

// Bound splits a cell written as a bound ("≥ 85,00", "≤ 2,00", "maks. 2%")
// into the direction it marks ("naik": at least, "turun": at most) and the
// figure after the sign. ok is false unless that rest is one readable
// number, so a sign before words or a range is no bound.
func Bound(c string, col Convention) (arah string, v Value, ok bool) {
	c = strings.TrimSpace(c)
	if c == "" {
		return "", Value{}, false
	}
	rest := ""
	for _, s := range boundSigns {
		if r, cut := strings.CutPrefix(c, s.sign); cut {
			arah, rest = s.arah, r
			break
		}
	}
	if arah == "" && c[0] < 0x80 && (c[0]|0x20 == 'm' || c[0]|0x20 == 'p' || c[0]|0x20 == 's') {
		for _, w := range boundWords {
			if len(c) >= len(w.word) && strings.EqualFold(c[:len(w.word)], w.word) {
				// the rest must read as one number, so "minimalis" is no bound
				arah, rest = w.arah, strings.TrimLeft(c[len(w.word):], ".: ")
				break
			}
		}
	}
	rest = strings.TrimSpace(rest)
	if arah == "" || rest == "" {
		return "", Value{}, false
	}
	v = ParseValue(rest, col)
	if v.Status != OK || v.Num == nil || v.Grade != "" {
		return "", Value{}, false
	}
	return arah, v, true
}
