package extract

import "strings"

// Leaders in TAB cells. A report typed in Word may fill a row's name cell
// with a leader up to the first figure's tab stop ("ALAK ........" TAB
// "12"), in every table alike. The leader is filler, no part of the name:
// kept, it would make a key nobody has ("ALAK ......" for ALAK). A cell
// loses the leader at its end (or at its start: "...... Jumlah") when the
// leader is a run of one filler kind ("." and "…", "·", "_", "-"), single
// spaces allowed between them, of at least leaderFill marks and set
// apart from the name by a space, or of twice that many. Three dots or
// one "…" right after a word are a cut mark, no leader: a fixed-width
// grid cut the name there, and the capaian reader resolves the cut
// (etl/parse/capaian_cut.go). A cell of leaders only, or a figure, is
// left as it is.

// leaderFill is the number of marks a leader in a cell has at least ("…"
// counts three, so "……" is a leader and a lone "…" a cut mark).
const leaderFill = 4

// trimCellLeaders strips the leaders of the cells in place.
func trimCellLeaders(cells []string) {
	for j, c := range cells {
		e := len(c)
		for e > 0 && c[e-1] == ' ' {
			e--
		}
		if e == 0 || !fillerByte(c[e-1]) && !fillerByte(c[0]) {
			continue // the cheap gate: nearly every cell ends in a letter or digit
		}
		cells[j] = trimLeaders(c)
	}
}

// fillerByte: b may end (or open) a leader: '.', '_', '-', or the last
// byte of "…" (E2 80 A6) or "·" (C2 B7), the first of either.
func fillerByte(b byte) bool {
	switch b {
	case '.', '_', '-', 0xA6, 0xB7, 0xE2, 0xC2:
		return true
	}
	return false
}

// trimLeaders strips a leader at the end, then one at the start, of c.
func trimLeaders(c string) string {
	if rest, ok := trailingLeader(c); ok {
		c = rest
	}
	if rest, ok := leadingLeader(c); ok {
		c = rest
	}
	return c
}

// fillerAt is the filler kind of the mark ending at t[:e] and its width
// in bytes and in marks; kind 0 when none.
func fillerAt(t string, e int) (kind byte, size, marks int) {
	switch {
	case e >= 1 && t[e-1] == '.':
		return '.', 1, 1
	case e >= 3 && t[e-3:e] == "…":
		return '.', 3, 3
	case e >= 1 && (t[e-1] == '_' || t[e-1] == '-'):
		return t[e-1], 1, 1
	case e >= 2 && t[e-2:e] == "·":
		return 0xB7, 2, 1
	}
	return 0, 0, 0
}

// fillerFrom is fillerAt for the mark starting at t[k:].
func fillerFrom(t string, k int) (kind byte, size, marks int) {
	switch {
	case k < len(t) && t[k] == '.':
		return '.', 1, 1
	case strings.HasPrefix(t[k:], "…"):
		return '.', 3, 3
	case k < len(t) && (t[k] == '_' || t[k] == '-'):
		return t[k], 1, 1
	case strings.HasPrefix(t[k:], "·"):
		return 0xB7, 2, 1
	}
	return 0, 0, 0
}

// trailingLeader returns c without the leader at its end.
func trailingLeader(c string) (string, bool) {
	t := strings.TrimRight(c, " ")
	var kind byte
	e, marks := len(t), 0
	for e > 0 {
		k, size, m := fillerAt(t, e)
		if k == 0 && marks > 0 && t[e-1] == ' ' && e >= 2 {
			if k2, _, _ := fillerAt(t, e-1); k2 == kind {
				e-- // one space between two marks of the leader
				continue
			}
		}
		if k == 0 || kind != 0 && k != kind {
			break
		}
		kind, e, marks = k, e-size, marks+m
	}
	name := t[:e]
	if !leaderCut(marks, strings.HasSuffix(name, " "), name) {
		return c, false
	}
	return strings.TrimRight(name, " "), true
}

// leadingLeader returns c without the leader at its start.
func leadingLeader(c string) (string, bool) {
	t := strings.TrimLeft(c, " ")
	var kind byte
	k, marks := 0, 0
	for k < len(t) {
		f, size, m := fillerFrom(t, k)
		if f == 0 && marks > 0 && t[k] == ' ' {
			if f2, _, _ := fillerFrom(t, k+1); f2 == kind {
				k++
				continue
			}
		}
		if f == 0 || kind != 0 && f != kind {
			break
		}
		kind, k, marks = f, k+size, marks+m
	}
	name := t[k:]
	if !leaderCut(marks, strings.HasPrefix(name, " "), name) {
		return c, false
	}
	return strings.TrimLeft(name, " "), true
}

// leaderCut: a run of marks next to name is a leader: long enough, set
// apart by a space (sep) unless twice as long, and name holds a letter
// (a figure or a cell of leaders only keeps its marks).
func leaderCut(marks int, sep bool, name string) bool {
	if marks < leaderFill || !sep && marks < 2*leaderFill {
		return false
	}
	for _, r := range name {
		if r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || r >= 0x80 && r != '…' && r != '·' {
			return true
		}
	}
	return false
}

// A leader may also stand inside a cell, between the name and the first
// figure, when the leader tab stop was typed as dots and a space ("ALAK
// ........ 12" TAB "130" ...): the leader is then the cell boundary the
// TAB would have been (no number is written with a leader inside it), and
// the cell is split there. Only a leader of the kind above followed by one
// figure and nothing else splits a cell; the table reader then checks the
// row against its header as any row.

// splitCellLeaders returns the cells with each "name leader figure" cell
// split in two; cells is returned as it is when none is.
func splitCellLeaders(s string, cells []string) []string {
	if !fillerPair(s) {
		return cells // the cheap gate: no two filler marks in a row on the line
	}
	var out []string
	for j, c := range cells {
		name, fig, ok := innerLeader(c)
		if !ok {
			if out != nil {
				out = append(out, c)
			}
			continue
		}
		if out == nil {
			out = append(make([]string, 0, len(cells)+1), cells[:j]...)
		}
		out = append(out, name, fig)
	}
	if out == nil {
		return cells
	}
	return out
}

// fillerPair: s holds two filler marks in a row (". ." counts). It runs
// for every TAB line, most of which hold none, so it skips eight bytes at a
// time while none of them can open a pair: no '.', '_' or '-' and no
// non-ASCII byte (the lead byte of "……" or "··"). A pair that straddles
// two words opens in the first, which fillerPairIn then reads byte by byte
// (looking past its end). Byte by byte over whole lines it was 0.8 % of
// the parser's CPU.
func fillerPair(s string) bool {
	i := 0
	for ; i+8 <= len(s); i += 8 {
		x := loadWord8(s[i:])
		if x&0x8080808080808080 == 0 &&
			zeroBytes7(x^('.'*0x0101010101010101))|zeroBytes7(x^('_'*0x0101010101010101))|zeroBytes7(x^('-'*0x0101010101010101)) == 0 {
			continue
		}
		if fillerPairIn(s, i, i+8) {
			return true
		}
	}
	return fillerPairIn(s, i, len(s))
}

// loadWord8 is the little-endian word of s's first eight bytes.
func loadWord8(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// zeroBytes7 has the high bit of each byte of x that is zero, for x whose
// bytes are all below 0x80 (b+0x7f carries into no neighbour).
func zeroBytes7(x uint64) uint64 {
	return ^((x + 0x7f*0x0101010101010101) | x) & 0x8080808080808080
}

// fillerPairIn: a pair of filler marks opens at a byte in [from, to) of s.
func fillerPairIn(s string, from, to int) bool {
	for i := from; i < to && i+1 < len(s); i++ {
		switch b := s[i]; b {
		case '.', '_', '-':
			if s[i+1] == b || b == '.' && s[i+1] == ' ' && i+2 < len(s) && s[i+2] == '.' {
				return true
			}
		case 0xE2:
			if strings.HasPrefix(s[i:], "……") {
				return true
			}
		case 0xC2:
			if strings.HasPrefix(s[i:], "··") {
				return true
			}
		}
	}
	return false
}

// innerLeader splits "name leader figure" at its leader.
func innerLeader(c string) (string, string, bool) {
	sp := strings.LastIndexByte(c, ' ')
	if sp <= 0 || !figure(c[sp+1:]) {
		return "", "", false
	}
	name, ok := trailingLeader(c[:sp])
	if !ok || name == strings.TrimRight(c[:sp], " ") {
		return "", "", false
	}
	return name, c[sp+1:], true
}

// figure: t is one number as a table writes it (digits with "." and ","
// grouping or decimals, an optional "%").
func figure(t string) bool {
	t = strings.TrimSuffix(t, "%")
	if t == "" || t[0] < '0' || t[0] > '9' {
		return false
	}
	for i := 0; i < len(t); i++ {
		if (t[i] < '0' || t[i] > '9') && t[i] != '.' && t[i] != ',' {
			return false
		}
	}
	return true
}
