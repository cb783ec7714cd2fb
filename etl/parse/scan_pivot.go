package parse

import (
	"bytes"
	"slices"
)

// A pivot's header holds an aggregated field's title, a cell pivotAggRe
// reads: an aggregate word, white space, "of" or "dari", white space.
// readPivot and columnHeader read no pivot from a line without one, so
// pivotTables reads only the lines pivotLines finds, and splits no text
// where there is none (" dari " is common Indonesian: every line holding it
// was cut in cells and its cells matched against the pattern). The scan
// finds the rare letters f and d by IndexByte and looks around them.

// pivotAggEnds: how every aggregate word of pivotAggRe ends (maksimum and
// minimum in "mum", rerata and rata-rata in "rata").
var pivotAggEnds = [...]string{"sum", "count", "average", "avg", "max", "min", "product", "jumlah", "hitung", "rata", "maks", "mum"}

// pivotLines are the lines of data (0-based, ascending) that may hold a
// cell pivotAggRe matches: those holding a joint. The pivot readers write
// only lines before the one pivotTables reads next, so the lines of data
// are the lines it asks about.
func pivotLines(data []byte) []int {
	var at []int
	for _, c := range [...]byte{'f', 'F', 'd', 'D'} {
		for off := 0; ; {
			i := bytes.IndexByte(data[off:], c)
			if i < 0 {
				break
			}
			p := off + i
			off = p + 1
			if c|0x20 == 'd' && (p+1 >= len(data) || data[p+1]|0x20 != 'a') {
				continue // "dan", "di", "dengan": no "dari"
			}
			if pivotJointAt(data, p) {
				at = append(at, p)
			}
		}
	}
	if len(at) == 0 {
		return nil
	}
	slices.Sort(at)
	lines, line, from := make([]int, 0, len(at)), 0, 0
	for _, p := range at {
		line += bytes.Count(data[from:p], []byte{'\n'})
		from = p
		if len(lines) == 0 || lines[len(lines)-1] != line {
			lines = append(lines, line)
		}
	}
	return lines
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
