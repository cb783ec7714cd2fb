package extract

import (
	"strings"

	"github.com/kpu-ntt/lkj/etl/normalize"
)

// snakeKnown: w is a header word of a column name written as an
// identifier: a part of a snake_case name ("jml_desa", "thn_dinilai") that
// abbreviates a header word, or a camelCase name ("paguAnggaran", one word
// here) made of header words and abbreviations alone. Only such cells are
// asked: the abbreviations ("real", "ind", "th") are words of rows too.
func snakeKnown(cell string, w []byte) bool {
	if strings.IndexByte(cell, '_') >= 0 {
		_, ok := normalize.SnakeWord(string(w))
		return ok
	}
	if len(cell) != len(w) || cell[0] < 'a' || cell[0] > 'z' {
		return false
	}
	from, humps := 0, 0
	for i := 1; i <= len(cell); i++ {
		if i < len(cell) && !(cell[i] >= 'A' && cell[i] <= 'Z' && cell[i-1] >= 'a' && cell[i-1] <= 'z') {
			continue
		}
		part := strings.ToLower(cell[from:i])
		if _, ok := normalize.SnakeWord(part); !ok && !headerVocab[part] {
			return false
		}
		from = i
		humps++
	}
	return humps >= 2
}

// identifierWords is a lower-case column name with '_' ("pemilih_l",
// "thn_dinilai"), as a database or a script names columns, in header
// words (normalize.SnakeHeader); false for any other cell (upper-case
// ones, "DESA_KEL", are a spreadsheet's titles).
func identifierWords(c string) (string, bool) {
	for i := 0; i < len(c); i++ {
		if ch := c[i]; !(ch >= 'a' && ch <= 'z' || ch >= '0' && ch <= '9' || ch == '_') {
			return "", false
		}
	}
	if c == "" || c[0] < 'a' || c[0] > 'z' || strings.IndexByte(c, '_') < 0 {
		return "", false
	}
	return normalize.SnakeHeader(c), true
}
