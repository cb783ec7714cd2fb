package parse

import (
	"bytes"
	"unicode/utf8"
)

// Styled letters. A social-media post has no bold or italic, so its author
// writes headings and names in the Mathematical Alphanumeric Symbols
// (U+1D400..U+1D7FF: bold, italic, script, sans-serif, monospace, …
// letters and digits), which look like styled ASCII but are other
// characters: a kecamatan written so matches no name and a year so is no
// figure. foldStyledLetters writes each such letter or digit as its plain
// ASCII one (what NFKC does for this block), like the mojibake repair a
// general normalization of the text; the lines stay where they are.
// Greek and the few letters the block leaves to Letterlike Symbols
// (U+210E ℎ, U+212C ℬ, …) are left as written: no name or figure uses them.

const (
	styledLetterFirst = 0x1D400 // MATHEMATICAL BOLD CAPITAL A
	styledLetterEnd   = 0x1D6A4 // the letters end here (dotless i, j, then Greek)
	styledDigitFirst  = 0x1D7CE // MATHEMATICAL BOLD DIGIT ZERO
	styledDigitEnd    = 0x1D800
)

// foldStyledLetters folds the styled letters and digits of data; data itself
// when it holds none.
func foldStyledLetters(data []byte) []byte {
	// every character of the block is encoded F0 9D 90..9F ..: a cheap gate
	if !bytes.Contains(data, []byte{0xF0, 0x9D}) {
		return data
	}
	var out []byte
	last := 0
	for i := 0; i < len(data); {
		k := bytes.Index(data[i:], []byte{0xF0, 0x9D})
		if k < 0 {
			break
		}
		i += k
		r, n := utf8.DecodeRune(data[i:])
		c, ok := styledASCII(r)
		if !ok {
			i += n
			continue
		}
		if out == nil {
			out = make([]byte, 0, len(data))
		}
		out = append(append(out, data[last:i]...), c)
		i += n
		last = i
	}
	if out == nil {
		return data
	}
	return append(out, data[last:]...)
}

// styledASCII is the plain letter or digit a styled one stands for.
func styledASCII(r rune) (byte, bool) {
	switch {
	case r >= styledLetterFirst && r < styledLetterEnd: // 13 alphabets of 52 letters
		off := (r - styledLetterFirst) % 52
		if off < 26 {
			return byte('A' + off), true
		}
		return byte('a' + off - 26), true
	case r >= styledDigitFirst && r < styledDigitEnd: // 5 sets of 10 digits
		return byte('0' + (r-styledDigitFirst)%10), true
	}
	return 0, false
}
