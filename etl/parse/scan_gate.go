package parse

import "strings"

// Cheap gates for the family parsers' patterns: a gate answers false only
// when its pattern cannot match, so the pattern runs on the few texts that
// may hold a match and stays the definition of one. Under (?i) "k" and "s"
// also match U+212A and U+017F, so a text with any non-ASCII byte always
// passes.

// mayOtherRoll is false when reOtherRoll cannot match normalize.Fold(t):
// every alternative holds "dp", "tambahan", "khusus" or "sementara".
func mayOtherRoll(t string) bool {
	return !isASCII(t) || containsFoldASCII(t, "dp") || containsFoldASCII(t, "tambahan") ||
		containsFoldASCII(t, "khusus") || containsFoldASCII(t, "sementara")
}

// mayPageFoot is false when rePageFoot cannot match t: its first
// alternative names "hal" (letters without a non-ASCII case fold), the
// others end the text with one to three digits after a space, bar or
// dash, then white space and at most one dash. Stripping every trailing
// space and dash byte (of "–" too) leaves those digits last: a text ending
// in a longer number (a year, most often) cannot match. pageFurniture asks
// it of every short paragraph near a page break, most of them neither.
func mayPageFoot(t string) bool {
	if containsFoldASCII(t, "hal") {
		return true
	}
	i := len(t)
	for i > 0 && strings.IndexByte("\t\n\f\r -\xe2\x80\x93", t[i-1]) >= 0 {
		i--
	}
	j := i
	for j > 0 && isDigitByte(t[j-1]) {
		j--
	}
	return i-j >= 1 && i-j <= 3
}

// twoYearDigits: s holds a year's digits (19xx, 20xx) at two places, as
// every match of reYearRange does (hasYearDigits asked for one).
func twoYearDigits(s string) bool {
	n := 0
	for i := 0; i+3 < len(s); i++ {
		if (s[i] == '1' && s[i+1] == '9' || s[i] == '2' && s[i+1] == '0') && isDigitByte(s[i+2]) && isDigitByte(s[i+3]) {
			if n++; n == 2 {
				return true
			}
		}
	}
	return false
}

// sentenceEnded is reSentenceEnd.MatchString(t): t ends with one of
// . ! ? : ; and perhaps one closing quote or bracket after it. The
// pattern, anchored only at its end, was tried at every byte of every
// paragraph that pageJoined looks at. All the marks are ASCII, so the
// last bytes are whole characters when they match.
func sentenceEnded(t string) bool {
	const marks, closers = ".!?:;", "\"')]"
	n := len(t)
	switch {
	case n >= 1 && strings.IndexByte(marks, t[n-1]) >= 0:
		return true
	case n >= 2 && strings.IndexByte(closers, t[n-1]) >= 0 && strings.IndexByte(marks, t[n-2]) >= 0:
		return true
	}
	return false
}

// mayKomponen is false when none of kompPatterns can match t: each starts
// with perencanaan, pengukuran, pelaporan or "evaluasi … internal". Only
// the "k" of pengukuran has a non-ASCII case fold (U+212A), so "pengu"
// stands for that word. The patterns ran (four of them, twice for a list's
// last item) on every paragraph naming a bobot, RB results among them.
func mayKomponen(t string) bool {
	return containsFoldASCII(t, "perencanaan") || containsFoldASCII(t, "pengu") ||
		containsFoldASCII(t, "pelaporan") || containsFoldASCII(t, "internal")
}

// mayRataRata is false when reRataRata cannot match s: the text opens,
// after ASCII white space (\s), with "rata" in any ASCII case (no other
// letter folds to r, a or t under (?i)). Row and indicator cells of every
// table are asked.
func mayRataRata(s string) bool {
	return asciiPrefixFold(strings.TrimLeft(s, "\t\n\f\r "), "rata")
}

// rataRata is reRataRata.MatchString(s), behind its gate.
func rataRata(s string) bool { return mayRataRata(s) && reRataRata.MatchString(s) }

// mayTotal is false when reTotal cannot match s: the text opens with
// grand, total or jumlah in any ASCII case (no other letter folds to
// theirs under (?i)).
func mayTotal(s string) bool {
	return asciiPrefixFold(s, "total") || asciiPrefixFold(s, "jumlah") || asciiPrefixFold(s, "jml") || asciiPrefixFold(s, "grand")
}

// totalText is reTotal.MatchString(s), behind its gate, or a sum sign (anggaran_sen.go).
func totalText(s string) bool { return mayTotal(s) && reTotal.MatchString(s) || sumSign(s) }
