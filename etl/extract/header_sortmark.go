package extract

// A web table printed from the browser (DataTables, an admin panel) shows
// a sort control beside each column title: "Pagu ⇅", "Kecamatan ▲▼",
// "Realisasi ↕". The glyph is a widget, not a word: counted as an unknown
// word it halves the share of header words, and a budget header of short
// titles ("Kode ⇅ | Pagu ⇅ | Sisa ⇅") is then taken for a row.

// trimSortMark drops sort-control glyphs (arrows, small triangles) from
// both ends of a word as nextWord returns it; a word that is only such
// glyphs comes back empty. Words without a non-ASCII byte at an end are
// returned at once.
func trimSortMark(w []byte) []byte {
	for len(w) >= 3 && w[len(w)-1] >= 0x80 && sortMarkAt(w[len(w)-3:]) {
		w = w[:len(w)-3]
	}
	for len(w) >= 3 && w[0] == 0xE2 && sortMarkAt(w[:3]) {
		w = w[3:]
	}
	return w
}

// sortMarkAt: the three bytes encode an arrow (U+2190-U+21FF), a small
// triangle pointing up, down, left or right (U+25B2-U+25C5), or a heavy
// arrow up/down (U+2B06, U+2B07, U+2B0D).
func sortMarkAt(r []byte) bool {
	if r[0] != 0xE2 {
		return false
	}
	switch r[1] {
	case 0x86:
		return r[2] >= 0x90
	case 0x87:
		return true
	case 0x96:
		return r[2] >= 0xB2
	case 0x97:
		return r[2] <= 0x85
	case 0xAC:
		return r[2] == 0x86 || r[2] == 0x87 || r[2] == 0x8D
	}
	return false
}
