package parse

import (
	"bytes"
	"strings"
)

// A paper form's figures copied with their digit boxes: one digit a box,
// the blank boxes before the figure left empty, the decimal comma (or a
// point) between two boxes ("[ ][7][7],[5][0]", "[ ][ ][4][9][1][9]").
// The boxes spell the figure exactly: each run of boxes becomes the figure
// it spells ("77,50", "4919"), line for line, so every reader sees a plain
// number. A run is only one when it stands alone in its cell (a TAB, a
// blank or the line's ends around it), holds two boxes at least, each box
// one digit or blank, and no blank after its first digit (a "%" may
// follow); anything else (a citation "[3]", a link "[a][b]", "[1][ ][5]")
// stays as written.

// digitBoxes closes up the digit boxes of a text; the text itself when it
// holds none (a byte check first: boxes closing into boxes are rare).
func digitBoxes(text []byte) []byte {
	if !bytes.Contains(text, []byte("][")) {
		return text
	}
	var out []byte
	rest := text
	done := 0 // text[:done] is in out (once out is begun)
	for len(rest) > 0 {
		n := bytes.IndexByte(rest, '\n')
		if n < 0 {
			n = len(rest)
		}
		l := rest[:n]
		if bytes.Contains(l, []byte("][")) {
			if u, ok := closeDigitBoxes(string(l)); ok {
				start := len(text) - len(rest)
				if out == nil {
					out = make([]byte, 0, len(text))
				}
				out = append(out, text[done:start]...)
				out = append(out, u...)
				done = start + n
			}
		}
		if n == len(rest) {
			break
		}
		rest = rest[n+1:]
	}
	if out == nil {
		return text
	}
	return append(out, text[done:]...)
}

// closeDigitBoxes rewrites the runs of digit boxes in l; whether any was.
func closeDigitBoxes(l string) (string, bool) {
	var b strings.Builder
	found := false
	k := 0 // l[:k] is written
	for i := 0; i < len(l); i++ {
		if l[i] != '[' || i > 0 && l[i-1] != '\t' && l[i-1] != ' ' {
			continue
		}
		fig, end, ok := digitBoxRun(l, i)
		if !ok {
			continue
		}
		b.WriteString(l[k:i])
		b.WriteString(fig)
		k, i, found = end, end-1, true
	}
	if !found {
		return l, false
	}
	b.WriteString(l[k:])
	return b.String(), true
}

// digitBoxRun reads the run of boxes opening at l[i]: the figure it
// spells and where it ends.
func digitBoxRun(l string, i int) (string, int, bool) {
	var fig []byte
	boxes := 0
	j := i
	for j+2 < len(l) && l[j] == '[' && l[j+2] == ']' {
		c := l[j+1]
		switch {
		case c >= '0' && c <= '9':
			fig = append(fig, c)
		case c == ' ' && len(fig) == 0:
		default:
			return "", 0, false // a blank after a digit, a letter: no figure
		}
		boxes++
		j += 3
		if j+1 < len(l) && (l[j] == ',' || l[j] == '.') && l[j+1] == '[' {
			if len(fig) == 0 {
				return "", 0, false // a separator before any digit
			}
			fig = append(fig, l[j])
			j++
		}
	}
	if boxes < 2 || j < len(l) && l[j] != '\t' && l[j] != ' ' && l[j] != '\r' && l[j] != '%' {
		return "", 0, false
	}
	if n := len(fig); n > 0 && (fig[n-1] == ',' || fig[n-1] == '.') {
		return "", 0, false
	}
	return string(fig), j, true
}
