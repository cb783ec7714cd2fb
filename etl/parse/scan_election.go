package parse

// pemilihanOf's four patterns, answered for ASCII text by walking its
// words (they ran over whole paragraphs: ~2.6% of the national sample's
// instructions). Non-ASCII text goes to the patterns, since (?i) folds
// some non-ASCII letters onto "k" and "s". A test holds each function to
// its pattern.

// noiseOut is reNoise.ReplaceAllString(t, " "): "Komisi Pemilihan Umum",
// "Pemilu/Pemilihan", "Pemilu dan (atau) Pemilihan" each become a space.
func noiseOut(t string) string {
	if !isASCII(t) {
		return reNoise.ReplaceAllString(t, " ")
	}
	var b []byte
	last := 0 // t[last:] not yet copied
	for i := 0; i < len(t); {
		n := noiseAt(t, i)
		if n == 0 {
			i++
			continue
		}
		if b == nil {
			b = make([]byte, 0, len(t))
		}
		b = append(b, t[last:i]...)
		b = append(b, ' ')
		i += n
		last = i
	}
	if b == nil {
		return t
	}
	return string(append(b, t[last:]...))
}

// noiseAt is the length of reNoise's match at i, or 0.
func noiseAt(t string, i int) int {
	switch {
	case hasFoldASCII(t[i:], "komisi") || hasFoldASCII(t[i:], "panitia"):
		// the commission's and the kecamatan committee's names (PPK:
		// "Panitia Pemilihan Kecamatan") name no election
		j := i + 6
		if t[i]|0x20 == 'p' {
			j = i + 7
		}
		if j = spaces(t, j, 1); j < 0 || !hasFoldASCII(t[j:], "pemilihan") {
			return 0
		}
		if j = spaces(t, j+9, 1); j < 0 {
			return 0
		}
		for _, w := range [...]string{"umum", "kecamatan"} {
			if hasFoldASCII(t[j:], w) {
				return j + len(w) - i
			}
		}
		return 0
	case hasFoldASCII(t[i:], "pemilu"):
		j := spaces(t, i+6, 0)
		if j < len(t) && t[j] == '/' {
			if j = spaces(t, j+1, 0); hasFoldASCII(t[j:], "pemilihan") {
				return j + 9 - i
			}
			return 0
		}
		if j == i+6 {
			return 0 // "dan", "atau" need a space before
		}
		for _, w := range [...]string{"dan", "atau"} {
			if hasFoldASCII(t[j:], w) {
				if k := spaces(t, j+len(w), 1); k >= 0 && hasFoldASCII(t[k:], "pemilihan") {
					return k + 9 - i
				}
			}
		}
	}
	return 0
}

// spaces is the index after the run of \s at i, -1 when it is shorter than
// min.
func spaces(t string, i, min int) int {
	j := i
	for j < len(t) && isSpaceS(t[j]) {
		j++
	}
	if j-i < min {
		return -1
	}
	return j
}

// isSpaceS: what \s matches.
func isSpaceS(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}

// wordAt: t holds the word w (ASCII, any case) at i, with \b on both
// sides when end is set, before it only otherwise.
func wordAt(t string, i int, w string, end bool) bool {
	if i > 0 && isWordByte(t[i-1]) || !hasFoldASCII(t[i:], w) {
		return false
	}
	return !end || i+len(w) == len(t) || !isWordByte(t[i+len(w)])
}

// namesPilkada is rePilkada.MatchString(t): "pilkada" or "pemilihan" as
// a word (what may follow "pemilihan" is optional).
func namesPilkada(t string) bool {
	if !isASCII(t) {
		return rePilkada.MatchString(t)
	}
	for i := 0; i < len(t); i++ {
		if c := t[i] | 0x20; c == 'p' && (wordAt(t, i, "pilkada", true) || wordAt(t, i, "pemilihan", true)) {
			return true
		}
	}
	return false
}

// namesPemilu is rePemilu.MatchString(t): pemilu, pemilihan umum,
// presiden, dpr, dprd or legislatif as words.
func namesPemilu(t string) bool {
	if !isASCII(t) {
		return rePemilu.MatchString(t)
	}
	for i := 0; i < len(t); i++ {
		switch t[i] | 0x20 {
		case 'p':
			if wordAt(t, i, "pemilu", true) || wordAt(t, i, "presiden", true) {
				return true
			}
			if wordAt(t, i, "pemilihan", false) {
				if j := spaces(t, i+9, 1); j >= 0 && wordAt(t, j, "umum", true) {
					return true
				}
			}
		case 'd':
			if wordAt(t, i, "dpr", true) || wordAt(t, i, "dprd", true) {
				return true
			}
		case 'l':
			if wordAt(t, i, "legislatif", true) {
				return true
			}
		}
	}
	return false
}

// namesLocal is reLocal.MatchString(t): "pilkada" as a word, or the word
// "pemilihan" before serentak, gubernur, bupati, walikota or kepala.
func namesLocal(t string) bool {
	if !isASCII(t) {
		return reLocal.MatchString(t)
	}
	for i := 0; i < len(t); i++ {
		if t[i]|0x20 != 'p' {
			continue
		}
		if wordAt(t, i, "pilkada", true) {
			return true
		}
		if wordAt(t, i, "pemilihan", false) {
			if j := spaces(t, i+9, 1); j >= 0 {
				for _, w := range [...]string{"serentak", "gubernur", "bupati", "walikota", "kepala"} {
					if hasFoldASCII(t[j:], w) {
						return true
					}
				}
			}
		}
	}
	return false
}
