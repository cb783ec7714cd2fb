package parse

// revisiLowerAll is reRevisiLower.FindAllSubmatchIndex(w, k) for ASCII w,
// written out: the pattern's backtracker spent about 1,800 instructions a
// byte on each window around a "dipa" (every start tries some twenty count
// words and clears a visited set of the pattern's 670 instructions), and
// nearly every such window holds a match.
//
// The three alternatives, each tried at every start in order, the first
// match at the leftmost start winning (a start can begin at most one of
// them: a count, "revisi" or "dipa"):
//
//	\b COUNT \s* (?:\([a-z ]+\)\s*)? kali \s+ revisi \s+ dipa
//	revisi \s+ dipa \s+ sebanyak \s+ COUNT \s* (?:\([a-z ]+\)\s*)? kali
//	\b dipa \b [^.]{0,100}? \b (?:direvisi|mengalami|dilakukan) \s+ (?:revisi\s+)? (?:sebanyak\s+)? COUNT \s* (?:\([a-z ]+\)\s*)? kali \b (\s+revisi\s+pok)?
//
// Groups 1 to 3 are the count of each alternative, group 4 the POK's
// words. Where the pattern could backtrack, the code tries the choices in
// the pattern's order of preference: the shortest gap first, an optional
// part taken before left out, the longer count ("dua belas") first.
func revisiLowerAll(w []byte, k int) [][]int {
	var out [][]int
	for pos := 0; pos < len(w) && (k < 0 || len(out) < k); {
		m := revisiFirst(w, pos)
		if m == nil {
			break
		}
		out = append(out, m)
		pos = m[1] // a match is never empty
	}
	return out
}

// revisiFirst is the leftmost match starting at pos or later, or nil.
func revisiFirst(w []byte, pos int) []int {
	for s := pos; s < len(w); s++ {
		switch c := w[s]; {
		case c >= '0' && c <= '9' || c == 's' || c == 'd' || c == 't' || c == 'e' || c == 'l':
			if m := revisiCountFirst(w, s); m != nil {
				return m
			}
			if c == 'd' {
				if m := revisiDipaFirst(w, s); m != nil {
					return m
				}
			}
		case c == 'r':
			if m := revisiSebanyak(w, s); m != nil {
				return m
			}
		}
	}
	return nil
}

// revisiCountFirst: \b COUNT ... kali \s+ revisi \s+ dipa at s.
func revisiCountFirst(w []byte, s int) []int {
	if !reBoundary(w, s) {
		return nil
	}
	var ends [2]int
	for _, e := range countEnds(w, s, ends[:0]) {
		j, ok := kaliAfterCount(w, e)
		if !ok {
			continue
		}
		if j = spaces1(w, j); j < 0 || !hasAtBytes(w, j, "revisi") {
			continue
		}
		if j = spaces1(w, j+6); j < 0 || !hasAtBytes(w, j, "dipa") {
			continue
		}
		return []int{s, j + 4, s, e, -1, -1, -1, -1, -1, -1}
	}
	return nil
}

// revisiSebanyak: revisi \s+ dipa \s+ sebanyak \s+ COUNT ... kali at s.
func revisiSebanyak(w []byte, s int) []int {
	if !hasAtBytes(w, s, "revisi") {
		return nil
	}
	j := spaces1(w, s+6)
	if j < 0 || !hasAtBytes(w, j, "dipa") {
		return nil
	}
	if j = spaces1(w, j+4); j < 0 || !hasAtBytes(w, j, "sebanyak") {
		return nil
	}
	c := spaces1(w, j+8)
	if c < 0 {
		return nil
	}
	var ends [2]int
	for _, e := range countEnds(w, c, ends[:0]) {
		if k, ok := kaliAfterCount(w, e); ok {
			return []int{s, k, -1, -1, c, e, -1, -1, -1, -1}
		}
	}
	return nil
}

// revisiDipaFirst: \b dipa \b, a lazy gap of up to 100 bytes without a
// '.', then a verb and its count, at s.
func revisiDipaFirst(w []byte, s int) []int {
	if !reBoundary(w, s) || !hasAtBytes(w, s, "dipa") || !reBoundary(w, s+4) {
		return nil
	}
	for q := s + 4; q <= s+4+100 && q < len(w); q++ {
		if q > s+4 && w[q-1] == '.' {
			return nil // every longer gap holds the '.' too
		}
		if !reBoundary(w, q) {
			continue
		}
		v := 0
		switch {
		case hasAtBytes(w, q, "direvisi"):
			v = q + 8
		case hasAtBytes(w, q, "mengalami"), hasAtBytes(w, q, "dilakukan"):
			v = q + 9
		default:
			continue
		}
		if m := revisiAfterVerb(w, s, v); m != nil {
			return m
		}
	}
	return nil
}

// revisiAfterVerb: \s+ (?:revisi\s+)? (?:sebanyak\s+)? COUNT ... kali \b
// (\s+revisi\s+pok)? after the verb ending at v, for the match from s.
func revisiAfterVerb(w []byte, s, v int) []int {
	j := spaces1(w, v)
	if j < 0 {
		return nil
	}
	var withRev [2]int
	for _, r := range optionalWord(w, j, "revisi", withRev[:0]) {
		var withSeb [2]int
		for _, c := range optionalWord(w, r, "sebanyak", withSeb[:0]) {
			var ends [2]int
			for _, e := range countEnds(w, c, ends[:0]) {
				k, ok := kaliAfterCount(w, e)
				if !ok || !reBoundary(w, k) {
					continue
				}
				// the POK's words, taken when they are there
				if p := spaces1(w, k); p >= 0 && hasAtBytes(w, p, "revisi") {
					if p = spaces1(w, p+6); p >= 0 && hasAtBytes(w, p, "pok") {
						return []int{s, p + 3, -1, -1, -1, -1, c, e, k, p + 3}
					}
				}
				return []int{s, k, -1, -1, -1, -1, c, e, -1, -1}
			}
		}
	}
	return nil
}

// optionalWord appends the starts the pattern tries after (?:word\s+)? at
// j: after the word and its spaces when they are there, then j itself.
func optionalWord(w []byte, j int, word string, dst []int) []int {
	if hasAtBytes(w, j, word) {
		if k := spaces1(w, j+len(word)); k >= 0 {
			dst = append(dst, k)
		}
	}
	return append(dst, j)
}

// revisiCountWords are reCount's words, in its order; the first four may
// take "\s+belas".
var revisiCountWords = [...]string{"satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh", "sebelas"}

// countEnds appends the ends of reCount's matches at i, in the order the
// pattern tries them. \d{1,3} gives the longest run of digits up to three
// only: a shorter one is followed by a digit, which neither \s*, '(' nor
// "kali" takes. No count word is a prefix of another, so one word at most
// matches, "dua belas" before "dua".
func countEnds(w []byte, i int, dst []int) []int {
	if i >= len(w) {
		return dst
	}
	if isDigitByte(w[i]) {
		n := 1
		for n < 3 && i+n < len(w) && isDigitByte(w[i+n]) {
			n++
		}
		return append(dst, i+n)
	}
	for x, word := range revisiCountWords {
		if !hasAtBytes(w, i, word) {
			continue
		}
		e := i + len(word)
		if x >= 1 && x <= 4 { // dua, tiga, empat, lima
			if b := spaces1(w, e); b >= 0 && hasAtBytes(w, b, "belas") {
				dst = append(dst, b+5)
			}
		}
		return append(dst, e)
	}
	return dst
}

// kaliAfterCount: \s* (?:\([a-z ]+\)\s*)? kali after a count ending at e;
// it returns the end of "kali". Each part is decided by the byte after
// the greediest choice (a shorter run of spaces leaves a space where '('
// or "kali" must be), so there is nothing to try twice.
func kaliAfterCount(w []byte, e int) (int, bool) {
	j := spaces0(w, e)
	if j < len(w) && w[j] == '(' {
		c := j + 1
		for c < len(w) && (w[c] >= 'a' && w[c] <= 'z' || w[c] == ' ') {
			c++
		}
		if c == j+1 || c >= len(w) || w[c] != ')' {
			return 0, false
		}
		j = spaces0(w, c+1)
	}
	if !hasAtBytes(w, j, "kali") {
		return 0, false
	}
	return j + 4, true
}

// spaces0 is i moved past a run of \s ([\t\n\f\r ]).
func spaces0(w []byte, i int) int {
	for i < len(w) && isReSpace(w[i]) {
		i++
	}
	return i
}

// spaces1 is spaces0 for \s+: -1 when no space is at i.
func spaces1(w []byte, i int) int {
	if i >= len(w) || !isReSpace(w[i]) {
		return -1
	}
	return spaces0(w, i)
}

// reBoundary is regexp's \b at i on ASCII text.
func reBoundary(w []byte, i int) bool {
	return (i > 0 && isWordByte(w[i-1])) != (i < len(w) && isWordByte(w[i]))
}

// hasAtBytes: w holds s at byte i.
func hasAtBytes(w []byte, i int, s string) bool {
	return i >= 0 && len(w)-i >= len(s) && string(w[i:i+len(s)]) == s
}
