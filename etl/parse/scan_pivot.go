package parse

import (
	"bytes"
	"strings"
)

// A pivot's header holds an aggregated field's title, a cell pivotAggRe
// reads: an aggregate word, white space, "of" or "dari", white space.
// readPivot and columnHeader read no pivot from a line without one, so
// pivotTables asks pivotLineMay first, and splits no text where no line
// may be a header (" dari " is common Indonesian: every line holding it
// was cut in cells and its cells matched against the pattern). The scan
// finds the rare letters f and d by IndexByte and looks around them.

// pivotAggEnds: how every aggregate word of pivotAggRe ends (maksimum and
// minimum in "mum", rerata and rata-rata in "rata").
var pivotAggEnds = [...]string{"sum", "count", "average", "avg", "max", "min", "product", "jumlah", "hitung", "rata", "maks", "mum"}

// pivotLineMay: l may hold a cell pivotAggRe matches.
func pivotLineMay(l string) bool {
	for _, c := range [...]byte{'f', 'F', 'd', 'D'} {
		for off := 0; ; {
			i := strings.IndexByte(l[off:], c)
			if i < 0 {
				break
			}
			if pivotJointAt(l, off+i) {
				return true
			}
			off += i + 1
		}
	}
	return false
}

// pivotTextMay: some line of data is pivotLineMay.
func pivotTextMay(data []byte) bool {
	for _, c := range [...]byte{'f', 'F', 'd', 'D'} {
		for off := 0; ; {
			i := bytes.IndexByte(data[off:], c)
			if i < 0 {
				break
			}
			if pivotJointAt(data, off+i) {
				return true
			}
			off += i + 1
		}
	}
	return false
}

// pivotJointAt: the f of "of" or the d of "dari" at s[p], in any case,
// white space after the word and an aggregate word and white space before
// it. Near a byte outside ASCII it says yes: a case fold (the Kelvin sign,
// the long s) may spell the aggregate word.
func pivotJointAt[T string | []byte](s T, p int) bool {
	w, end := p-1, p+1 // the joint word's start and end
	if s[p]|0x20 == 'd' {
		if p+3 >= len(s) || s[p+1]|0x20 != 'a' || s[p+2]|0x20 != 'r' || s[p+3]|0x20 != 'i' {
			return false
		}
		w, end = p, p+4
	} else if p < 1 || s[p-1]|0x20 != 'o' {
		return false
	}
	if end >= len(s) || !regexpSpace(s[end]) || w < 1 || !regexpSpace(s[w-1]) {
		return false
	}
	j := w - 1
	for j >= 0 && regexpSpace(s[j]) {
		j--
	}
	for k := j; k >= 0 && k > j-24; k-- {
		if s[k] >= 0x80 {
			return true
		}
	}
	for _, a := range pivotAggEnds {
		if j+1 >= len(a) && foldEndsAt(s, j, a) {
			return true
		}
	}
	return false
}

// foldEndsAt: s[..j] ends with a (lower-case ASCII letters) in any case.
func foldEndsAt[T string | []byte](s T, j int, a string) bool {
	for k := 0; k < len(a); k++ {
		if s[j-k]|0x20 != a[len(a)-1-k] {
			return false
		}
	}
	return true
}

// regexpSpace: c is in regexp's \s ([\t\n\f\r ]).
func regexpSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}
