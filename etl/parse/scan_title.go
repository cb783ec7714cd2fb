package parse

import (
	"encoding/binary"
	"strings"
	"unsafe"
)

// titleWordIn is readTitle's gate in one pass: t holds one of KPU, KIP,
// omisi, OMISI, aporan, APORAN, LKj, LKJ, ekretari, EKRETARI or LAKIP
// (eleven strings.Contains calls per text before).
func titleWordIn(t string) bool {
	for i := 0; i < len(t); i++ {
		switch t[i] {
		case 'K':
			if hasAt(t, i, "KPU") || hasAt(t, i, "KIP") {
				return true
			}
		case 'o':
			if hasAt(t, i, "omisi") {
				return true
			}
		case 'O':
			if hasAt(t, i, "OMISI") {
				return true
			}
		case 'a':
			if hasAt(t, i, "aporan") {
				return true
			}
		case 'A':
			if hasAt(t, i, "APORAN") {
				return true
			}
		case 'L':
			if hasAt(t, i, "LKj") || hasAt(t, i, "LKJ") || hasAt(t, i, "LAKIP") {
				return true
			}
		case 'e':
			if hasAt(t, i, "ekretari") {
				return true
			}
		case 'E':
			if hasAt(t, i, "EKRETARI") {
				return true
			}
		}
	}
	return false
}

// titleWordInCells is titleWordIn(t) for t the cells joined by spaces and
// cut to readTitle's 400 bytes, without joining them: no title word holds
// a space, so one found in t lies within one cell's visible part.
func titleWordInCells(cells []string) bool {
	off := 0
	for i, c := range cells {
		if i > 0 {
			off++ // the space
		}
		if off >= 400 {
			return false
		}
		if titleWordIn(c[:min(len(c), 400-off)]) {
			return true
		}
		off += len(c)
	}
	return false
}

// hasAt: t holds w at byte i.
func hasAt(t string, i int, w string) bool {
	return len(t)-i >= len(w) && t[i:i+len(w)] == w
}

// upperASCII is strings.ToUpper(s), for ASCII text in one allocation and
// eight bytes at a time (readTitle upper-cases every candidate title
// line, up to 400 bytes each).
func upperASCII(s string) string { return upperASCIIIn(nil, s) }

// upperASCIIIn is upperASCII writing an ASCII text's capitals into *buf
// instead of a new array when buf is not nil: the string returned then
// lives only until the next call with buf (readTitle keeps nothing of
// it), and the parse allocates no copy per title line.
func upperASCIIIn(buf *[]byte, s string) string {
	const hi8 = 0x8080808080808080
	var high, lower uint64 // any byte >= 0x80; any lower-case letter
	i := 0
	for ; i+8 <= len(s); i += 8 {
		x := load8(s, i)
		high |= x & hi8
		lower |= lowerMask8(x &^ hi8) // (meaningless, and unused, for non-ASCII)
	}
	for ; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 {
			high = 1
		}
		if c >= 'a' && c <= 'z' {
			lower = 1
		}
	}
	if high != 0 {
		return strings.ToUpper(s)
	}
	if lower == 0 {
		return s
	}
	var b []byte
	if buf != nil {
		if cap(*buf) < len(s) {
			*buf = make([]byte, len(s))
		}
		b = (*buf)[:len(s)]
	} else {
		b = make([]byte, len(s))
	}
	i = 0
	for ; i+8 <= len(s); i += 8 {
		x := load8(s, i)
		binary.LittleEndian.PutUint64(b[i:], x^lowerMask8(x)>>2)
	}
	for ; i < len(s); i++ {
		c := s[i]
		if c >= 'a' && c <= 'z' {
			c -= 'a' - 'A'
		}
		b[i] = c
	}
	// b is not written again (with buf: until the next call), so the
	// string may share it
	return unsafe.String(unsafe.SliceData(b), len(b))
}

// load8 is the eight bytes of s at i, little-endian.
func load8(s string, i int) uint64 {
	return uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
		uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
}

// lowerMask8 has the high bit of each byte of x (ASCII: every byte below
// 0x80) that is a lower-case letter: adding 0x80-'a' sets the high bit of
// the bytes >= 'a', adding 0x80-'z'-1 that of the bytes > 'z', and no sum
// carries into the next byte. Shifted right by two it is the 0x20 bit
// that turns those letters into capitals.
func lowerMask8(x uint64) uint64 {
	const lo8, hi8 = 0x0101010101010101, 0x8080808080808080
	return (x + (0x80-'a')*lo8) &^ (x + (0x80-'z'-1)*lo8) & hi8
}

// titleMarkerAt is the first index in up of any of titleMarkers, or -1:
// every marker starts with 'L', so one pass over the L's finds the
// earliest (one strings.Index per marker before).
func titleMarkerAt(up string) int {
	for i := 0; ; i++ {
		j := strings.IndexByte(up[i:], 'L')
		if j < 0 {
			return -1
		}
		i += j
		for _, m := range titleMarkers {
			if strings.HasPrefix(up[i:], m) {
				return i
			}
		}
	}
}

// leadFields writes the first len(dst) fields of strings.Fields(s) into
// dst and returns how many it wrote: satkersNamed reads five words after
// every "KPU" of the title pages, and building all of them was most of
// its allocations.
func leadFields(s string, dst []string) int {
	if !isASCII(s) {
		return copy(dst, strings.Fields(s))
	}
	n := 0
	for n < len(dst) {
		i := 0
		for i < len(s) && isFieldSpace(s[i]) {
			i++
		}
		if s = s[i:]; s == "" {
			break
		}
		j := 1
		for j < len(s) && !isFieldSpace(s[j]) {
			j++
		}
		dst[n], s = s[:j], s[j:]
		n++
	}
	return n
}

// isFieldSpace is the ASCII white space of strings.Fields.
func isFieldSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'
}

// satkerKinds are the words satkersNamed takes for the kind of a satker,
// upper-cased; notNameWords, those isNameWord refuses after the kind
// ("KPU Kabupaten Alor Tahun 2024").
var (
	satkerKinds  = []string{"KABUPATEN", "KAB", "KOTA", "PROVINSI", "PROV"}
	notNameWords = []string{"TAHUN", "NOMOR", "DALAM", "YANG", "PADA", "SESUAI", "TELAH", "RI", "SEBAGAI", "SE", "PERIODE", "ANGGARAN"}
)

// upperIn is strings.ToUpper(w) when that is one of the upper-case words
// of list, else "", without building the upper-cased word for ASCII text.
func upperIn(w string, list []string) string {
	if !isASCII(w) {
		w = strings.ToUpper(w)
	}
	for _, k := range list {
		if len(w) == len(k) && hasFoldUpper(w, k) {
			return k
		}
	}
	return ""
}

// hasFoldUpper: ASCII w is the upper-case word k in any ASCII case.
func hasFoldUpper(w, k string) bool {
	for i := 0; i < len(k); i++ {
		c := w[i]
		if c >= 'a' && c <= 'z' {
			c -= 'a' - 'A'
		}
		if c != k[i] {
			return false
		}
	}
	return true
}

// joinCellsIn is strings.Join(cells, " ") written in *buf after its end
// (issue 13: readTitle joined every title row of the cover into a string
// of its own). The text is valid while nothing rewrites that part of
// *buf: readTitle keeps a block's texts until it reads the next block,
// and only then starts *buf again.
func joinCellsIn(buf *[]byte, cells []string) string {
	start := len(*buf)
	for k, c := range cells {
		if k > 0 {
			*buf = append(*buf, ' ')
		}
		*buf = append(*buf, c...)
	}
	b := (*buf)[start:]
	if len(b) == 0 {
		return ""
	}
	return unsafe.String(&b[0], len(b))
}
