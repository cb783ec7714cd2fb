package parse

import (
	"bytes"
	"strings"
)

// A printed sheet read back as plain text (pdftotext -layout of a sheet
// printed with its headings): the column letters are words on a line of
// their own, the row numbers words at the left of each row, and spaces
// alone part the cells:
//
//	      A    B                          C
//	 3    No   Indikator Kinerja          Target
//	 4    1    Persentase …               90
//
// The cells' edges are the space-aligned table readers' to prove, so the
// grid labels are blanked in place, the columns kept: the letters line
// becomes blank and each row number spaces, and what is left is the
// table as the sheet shows it.

// sheetSpacedNear: the text may hold a line that opens, after blanks,
// with a letter then the next (A B, C D) parted by spaces only; a cheap
// look before the text is cut into lines. Only a line that opens with a
// space is looked at, found by its line break.
func sheetSpacedNear(data []byte) bool {
	for ls := 0; ls < len(data); {
		if i := sheetSkip(data, ls, 1); i > ls && i < len(data) {
			c := data[i]
			if q := sheetSkip(data, i+1, 1); c >= 'A' && c < 'Z' && q > i+1 && q < len(data) && data[q] == c+1 {
				if r := q + 1; r >= len(data) || data[r] == ' ' || data[r] == '\n' || data[r] == '\r' {
					return true
				}
			}
		}
		k := bytes.Index(data[ls:], []byte("\n "))
		if k < 0 {
			return false
		}
		ls += k + 1
	}
	return false
}

// sheetSpacedLetters: l is a line of column letters parted by spaces, the
// corner left of them blank.
func sheetSpacedLetters(l string) bool {
	if !strings.HasPrefix(l, " ") || strings.ContainsAny(l, "|\t") {
		return false
	}
	f := strings.Fields(l)
	if len(f) < 2 {
		return false
	}
	for j, c := range f {
		if !sheetColumnName(c) || j > 0 && c != sheetNextColumn(f[j-1]) {
			return false
		}
	}
	return true
}

// sheetSpacedNumber is the sheet row number opening l and where it ends:
// digits after blanks, then the line's end or two spaces at least.
func sheetSpacedNumber(l string) (n, end int, ok bool) {
	t := strings.TrimRight(l, " \r")
	s := len(t) - len(strings.TrimLeft(t, " "))
	e := s
	for e < len(t) && t[e] >= '0' && t[e] <= '9' {
		e++
	}
	if e == s || e < len(t) && !strings.HasPrefix(t[e:], "  ") {
		return 0, 0, false
	}
	return atoi(t[s:e]), e, true
}

// sheetSpaced blanks the grid labels of the space-parted sheets among
// lines, in place; whether it found one.
func sheetSpaced(lines []string) bool {
	changed := false
	for i := 0; i < len(lines); i++ {
		if !sheetSpacedLetters(lines[i]) {
			continue
		}
		k, last := i+1, 0
		for ; k < len(lines); k++ {
			n, _, ok := sheetSpacedNumber(lines[k])
			if !ok || n <= last {
				break
			}
			last = n
		}
		if k-i-1 < 2 {
			continue
		}
		lines[i] = ""
		for n := i + 1; n < k; n++ {
			_, e, _ := sheetSpacedNumber(lines[n])
			lines[n] = strings.Repeat(" ", e) + lines[n][e:]
		}
		changed = true
		i = k - 1
	}
	return changed
}
