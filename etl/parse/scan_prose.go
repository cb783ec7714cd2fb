package parse

import "encoding/binary"

// The family words prose() looks for in a lower-cased paragraph, found in
// one pass instead of up to twenty-three bytes.Contains calls.
const (
	pwRp uint32 = 1 << iota
	pwPagu
	pwRealisasi
	pwAlokasi
	pwRevisi
	pwDipa
	pwAkuntabilitas
	pwAkip
	pwBobot
	pwReformasi
	pwPemilih
	pwDPT
	pwPemilihTetap
	pwKecamatan
	pwAnggaran
	pwRB // " rb "
	pwSeharusnya
	pwMenyerap
	pwPelaporan
	pwEvaluasi
	pwNilai
	pwBureaucratic // "bureaucratic reform"
)

// pwLate are the words prose() tests after a paragraph's spelled-out
// figures are dropped: on the text without them.
const pwLate = pwMenyerap | pwPelaporan | pwEvaluasi | pwNilai | pwBureaucratic

// proseWords is the set of family words low holds, as bytes.Contains
// would answer for each. Every word is two bytes or more and the words
// sharing a first byte differ in their second (or, for "ak", their
// third), so the second byte picks the one word to compare.
//
// Most bytes start none of the words: a table of the pairs of bytes the
// words start with sends only those on to the comparisons, one predictable
// test per byte instead of a jump on every letter.
func proseWords(low []byte) uint32 {
	var w uint32
	if len(low) > 2 && low[0] == 'r' && low[1] == 'b' && !isWordByte(low[2]) {
		w |= pwRB // "RB tahun 2024 dinilai …": the paragraph opens with it, no space before (dev38 TTU)
	}
	for i := 0; i+1 < len(low); i++ {
		if p := uint16(low[i])<<8 | uint16(low[i+1]); proseStarts[p>>6]&(1<<(p&63)) == 0 {
			continue
		}
		switch low[i] {
		case 'r':
			switch low[i+1] {
			case 'p':
				w |= pwRp
			case 'e':
				switch {
				case hasAtB(low, i, "realisasi"):
					w |= pwRealisasi
				case hasAtB(low, i, "revisi"):
					w |= pwRevisi
				case hasAtB(low, i, "reformasi"):
					w |= pwReformasi
				}
			}
		case 'p':
			switch low[i+1] {
			case 'a':
				if hasAtB(low, i, "pagu") {
					w |= pwPagu
				}
			case 'e':
				if hasAtB(low, i, "pemilih") {
					w |= pwPemilih
					if hasAtB(low, i, "pemilih tetap") {
						w |= pwPemilihTetap
					}
				} else if hasAtB(low, i, "pelaporan") {
					w |= pwPelaporan
				}
			}
		case 'a':
			switch low[i+1] {
			case 'l':
				if hasAtB(low, i, "alokasi") {
					w |= pwAlokasi
				}
			case 'k':
				switch {
				case hasAtB(low, i, "akuntabilitas"):
					w |= pwAkuntabilitas
				case hasAtB(low, i, "akip"):
					w |= pwAkip
				}
			case 'n':
				if hasAtB(low, i, "anggaran") {
					w |= pwAnggaran
				}
			}
		case 'd':
			switch low[i+1] {
			case 'i':
				if hasAtB(low, i, "dipa") {
					w |= pwDipa
				}
			case 'p':
				if hasAtB(low, i, "dpt") {
					w |= pwDPT
				}
			}
		case 'b':
			switch low[i+1] {
			case 'o':
				if hasAtB(low, i, "bobot") {
					w |= pwBobot
				}
			case 'u':
				if hasAtB(low, i, "bureaucratic reform") {
					w |= pwBureaucratic
				}
			}
		case 'k':
			if low[i+1] == 'e' && hasAtB(low, i, "kecamatan") {
				w |= pwKecamatan
			}
		case 's':
			if low[i+1] == 'e' && hasAtB(low, i, "seharusnya") {
				w |= pwSeharusnya
			}
		case 'm':
			if low[i+1] == 'e' && hasAtB(low, i, "menyerap") {
				w |= pwMenyerap
			}
		case 'e':
			if low[i+1] == 'v' && hasAtB(low, i, "evaluasi") {
				w |= pwEvaluasi
			}
		case 'n':
			if low[i+1] == 'i' && hasAtB(low, i, "nilai") {
				w |= pwNilai
			}
		case ' ':
			if low[i+1] == 'r' && hasAtB(low, i, " rb ") {
				w |= pwRB
			}
		}
	}
	return w
}

// proseStarts has a bit for each pair of bytes a family word starts with
// (the cases of proseWords' switch).
var proseStarts = func() (t [1 << 10]uint64) {
	for _, p := range []string{"rp", "re", "pa", "pe", "al", "ak", "an", "di", "dp", "bo", "bu", "ke", "se", "me", "ev", "ni", " r"} {
		v := uint16(p[0])<<8 | uint16(p[1])
		t[v>>6] |= 1 << (v & 63)
	}
	return t
}()

// hasAtB: b holds w at byte i.
func hasAtB(b []byte, i int, w string) bool {
	return len(b)-i >= len(w) && string(b[i:i+len(w)]) == w
}

// appendLowerASCII appends s to dst with its ASCII capitals made small,
// every other byte as it is, eight bytes at a time: prose lower-cases
// every paragraph before it looks for the family words, and a test per
// byte on mixed-case text is a branch taken at random.
func appendLowerASCII(dst []byte, s string) []byte {
	n := len(dst)
	dst = append(dst, s...)
	b := dst[n:]
	i := 0
	for ; i+8 <= len(b); i += 8 {
		x := binary.LittleEndian.Uint64(b[i:])
		binary.LittleEndian.PutUint64(b[i:], x|upperMask8(x)>>2)
	}
	for ; i < len(b); i++ {
		if c := b[i]; c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return dst
}

// upperMask8 has the high bit of each byte of x that is an ASCII capital:
// with the high bits cleared no sum below carries into the next byte, and
// the bytes that had one (non-ASCII) are dropped at the end.
func upperMask8(x uint64) uint64 {
	const lo8, hi8 = 0x0101010101010101, 0x8080808080808080
	y := x &^ hi8
	return (y + (0x80-'A')*lo8) &^ (y + (0x80-'Z'-1)*lo8) & hi8 &^ x
}
