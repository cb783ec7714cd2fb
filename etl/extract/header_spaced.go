package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Letter-spaced headings and header cells: "T A R G E T", "N O",
// "B A B   I I I", "T A H U N   Y A N G   D I N I L A I". A typist's way of
// widening a title: every letter stands alone, one space apart, and words
// are two or more spaces apart. Read as written, no vocabulary knows them
// (a header of single letters is no header), and normalize.Clean would
// collapse the wide gaps that mark the words. So the letters are joined
// before the line is cleaned: "TARGET", "BAB III", "TAHUN YANG DINILAI".
//
// A run is letter-spaced only when every token is one character and at
// least three are letters; a cell of two ("N O") qualifies only beside a
// longer letter-spaced cell of the same line. Lists of single letters with
// punctuation ("a, b, c") or words of two letters never qualify.

// maybeSpaced is the cheap gate: a letter, a space, a non-space, a space,
// after any indent.
func maybeSpaced(s string) bool {
	i := 0
	for i < len(s) && s[i] == ' ' {
		i++
	}
	return i+3 < len(s) && spacedFirst(s[i]) && s[i+1] == ' ' && s[i+2] != ' ' && s[i+3] == ' '
}

func spacedFirst(c byte) bool {
	return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= 0x80
}

// unspace joins the letters of a letter-spaced text; ok is false (and s is
// to be kept) unless every token is one character and minLetters of them
// are letters.
func unspace(s string, minLetters int) (string, bool) {
	s = strings.Trim(s, " ")
	if len(s) < 3 {
		return s, false
	}
	var buf [128]byte // the joined text, on the stack until it proves letter-spaced
	b := buf[:0]
	letters := 0
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsLetter(r):
			letters++
		case unicode.IsDigit(r), strings.ContainsRune("%()+/.-&'", r):
		default:
			return s, false
		}
		b = append(b, s[i:i+n]...)
		i += n
		if i == len(s) {
			break
		}
		j := i
		for j < len(s) && s[j] == ' ' {
			j++
		}
		if j == i {
			return s, false // two characters side by side: a word, not letters
		}
		if j-i >= 2 {
			b = append(b, ' ')
		}
		i = j
	}
	if letters < minLetters {
		return s, false
	}
	return string(b), true
}

// unspaceRuns joins, in a line that also holds other words or numbers
// (a table row of pdftotext -layout: "J U M L A H   100,00   63,51"), each
// run of three or more upper-case letters one space apart; the line's
// other tokens are kept, one space apart. ok is false when no run was
// joined.
func unspaceRuns(s string) (string, bool) {
	var buf [256]byte
	b := buf[:0]
	joined := false
	for i := 0; i < len(s); {
		for i < len(s) && s[i] == ' ' {
			i++
		}
		if i == len(s) {
			break
		}
		if len(b) > 0 {
			b = append(b, ' ')
		}
		// a run: single upper-case letters, one space apart
		j, n := i, 0
		for j < len(s) && s[j] >= 'A' && s[j] <= 'Z' && (j+1 == len(s) || s[j+1] == ' ') {
			n++
			if j+2 < len(s) && s[j+1] == ' ' && s[j+2] != ' ' {
				j += 2
				continue
			}
			j++
			break
		}
		if n >= 3 {
			for k := i; k < j; k += 2 {
				b = append(b, s[k])
			}
			joined = true
			i = j
			continue
		}
		k := i
		for k < len(s) && s[k] != ' ' {
			k++
		}
		b = append(b, s[i:k]...)
		i = k
	}
	if !joined {
		return s, false
	}
	return string(b), true
}

// unspaceCells joins the letters of every letter-spaced cell of a raw TAB
// line (before cleaning), in place. A cell of two letters ("N O") is
// joined only when another cell of the line is letter-spaced at length.
func unspaceCells(parts []string) {
	long := false
	for j, p := range parts {
		if maybeSpaced(p) {
			if u, ok := unspace(p, 3); ok {
				parts[j], long = u, true
			}
		}
	}
	if !long {
		return
	}
	for j, p := range parts {
		if len(p) >= 3 && strings.IndexByte(p, ' ') > 0 {
			if u, ok := unspace(p, 2); ok {
				parts[j] = u
			}
		}
	}
}
