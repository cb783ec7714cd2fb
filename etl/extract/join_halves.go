package extract

import (
	"strings"

	"github.com/kpu-ntt/lkj/etl/normalize"
)

// A landscape table printed on portrait pages is cut in two: the left half
// (the row number, the names, the first columns) on one page, the right
// half (the row number again and the remaining columns) on the next. Each
// half alone is unreadable: the names have no values, the values no names.
// joinHalves puts such halves back together, and only when nothing else
// can be meant:
//   - both halves have a row-number column ("No", "Nomor") and their rows
//     pair one to one by it, in the same order (rows without a number pair
//     by position: a total row under both halves);
//   - the left half has a name column (text under "Sasaran", "Indikator",
//     "Kecamatan", "Program", ...) and the right half none of its own; a
//     name column the right half repeats with the very same names is
//     dropped as a repeat;
//   - the right half's caption, if any, is the left half's table number or
//     says it goes on ("lanjutan", "sambungan", "bagian kanan"), and only
//     short lines (a "bersambung ..." note, its caption) stand between.
//
// Anything else stays apart: two tables that merely follow each other are
// never glued. A cut into three or more parts joins part by part. What the
// joined cells mean, and whether the arithmetic of each row holds, is for
// package parse to prove as for any table.
func joinHalves(blocks []Block) []Block {
	for i := 0; i < len(blocks); i++ {
		if blocks[i].Kind != Table || blocks[i].Flat || len(blocks[i].Header) == 0 {
			continue
		}
		if b, ok := stackedHalves(&blocks[i]); ok {
			blocks[i] = b // the right half printed under the left one, no line between
		}
		for {
			j, ok := nextHalf(blocks, i)
			if !ok {
				break
			}
			joined, ok := joinPair(&blocks[i], &blocks[j])
			if !ok {
				break
			}
			blocks[i] = joined
			// the paragraphs between stay (a "bersambung" note is text),
			// except the right half's own caption, now the joined table's
			kept := i + 1
			for k := i + 1; k < j; k++ {
				if !blocks[k].IsCaption {
					blocks[kept] = blocks[k]
					kept++
				}
			}
			blocks = append(blocks[:kept], blocks[j+1:]...)
		}
	}
	return blocks
}

// stackedHalves joins a right half printed right under the left one, its
// header ("No | Target | Realisasi") read as a row of the left, or as the
// last line of the left's last row: the rows after it are the right half.
func stackedHalves(b *Block) (Block, bool) {
	lk := keyColumn(b)
	if lk < 0 {
		return Block{}, false
	}
	isHead := func(cells []string) bool {
		return keyCell(cellAt(cells, lk)) && isHeaderRow(cells) && !anyValue(cells)
	}
	for k := 0; k < len(b.Rows)-1; k++ {
		r := &b.Rows[k]
		var head Row
		var rows []Row
		switch lines := r.lines; { // nil for a row of one line
		case k > 0 && lines == nil && isHead(r.Cells):
			head, rows = *r, b.Rows[:k]
		case len(lines) > 1 && isHead(lines[len(lines)-1]):
			head = Row{Start: r.End, End: r.End, Cells: lines[len(lines)-1]}
			rows = append(append([]Row(nil), b.Rows[:k]...), rowOfLines(lines[:len(lines)-1], r.Start, r.End-1))
		default:
			continue
		}
		return joinStacked(b, head, rows, b.Rows[k+1:])
	}
	return Block{}, false
}

// joinStacked joins the rows above a header row found inside b (the left
// half) with the rows under it (the right half).
func joinStacked(b *Block, head Row, above, under []Row) (Block, bool) {
	left := *b
	left.Rows, left.End = above, above[len(above)-1].End
	right := Block{Kind: Table, Start: head.Start, End: b.End, Width: len(head.Cells), Header: []Row{head}, Rows: under}
	return joinPair(&left, &right)
}

// rowOfLines is the row merged from lines.
func rowOfLines(lines [][]string, start, end int) Row {
	r := Row{Start: start, End: start, Cells: lines[0]}
	for _, l := range lines[1:] {
		r.merge(rawLine{n: r.End + 1, cells: l})
	}
	r.End = end
	return r
}

func cellAt(cells []string, i int) string {
	if i >= 0 && i < len(cells) {
		return cells[i]
	}
	return ""
}

// nextHalf is the index of the table after blocks[i] when only a few short
// paragraphs stand between them.
func nextHalf(blocks []Block, i int) (int, bool) {
	for j := i + 1; j < len(blocks) && j <= i+5; j++ {
		b := &blocks[j]
		if b.Kind == Table {
			return j, !b.Flat && len(b.Header) > 0
		}
		if len(b.Text) > 200 {
			return 0, false
		}
	}
	return 0, false
}

// halfColumns describes one half: its width, key column and the label and
// name-ness of each column.
type halfColumns struct {
	width  int
	key    int
	labels []string // the header words of each column, lower case, joined
	names  []bool   // a name column: a name header over text cells
}

func readHalf(b *Block) (halfColumns, bool) {
	h := halfColumns{width: b.Width, key: -1}
	for _, r := range b.Header {
		h.width = max(h.width, len(r.Cells))
	}
	for _, r := range b.Rows {
		h.width = max(h.width, len(r.Cells))
	}
	h.labels = make([]string, h.width)
	for _, r := range b.Header {
		for c, t := range r.Cells {
			if t != "" {
				h.labels[c] = strings.TrimSpace(h.labels[c] + " " + strings.ToLower(t))
			}
		}
	}
	for c, l := range h.labels {
		if keyLabel(l) {
			if h.key >= 0 {
				return h, false // two number columns: which pairs is unclear
			}
			h.key = c
		}
	}
	if h.key < 0 {
		return h, false
	}
	h.names = make([]bool, h.width)
	for c, l := range h.labels {
		if c != h.key && nameLabel(l) && textColumn(b.Rows, c) {
			h.names[c] = true
		}
	}
	return h, true
}

// keyColumn is the column of b's one row-number header cell ("No"), or -1
// (none, or two).
func keyColumn(b *Block) int {
	key := -1
	for _, r := range b.Header {
		for c, t := range r.Cells {
			if t == "" || len(t) > 10 || !keyCell(t) {
				continue
			}
			if key >= 0 && key != c {
				return -1
			}
			key = c
		}
	}
	return key
}

// keyCell is keyLabel of a cell as written, in any case (no allocation).
func keyCell(t string) bool {
	t = strings.TrimRight(t, ".")
	for _, k := range []string{"no", "nomor", "no urut", "nomor urut", "#"} {
		if strings.EqualFold(t, k) {
			return true
		}
	}
	return false
}

// keyLabel: the header of a row-number column.
func keyLabel(l string) bool {
	switch strings.TrimRight(l, ".") {
	case "no", "nomor", "no urut", "nomor urut", "#":
		return true
	}
	return false
}

// nameWords are the header words of the columns that name a row.
var nameWords = map[string]bool{
	"sasaran": true, "indikator": true, "kecamatan": true, "kelurahan": true, "desa": true, "wilayah": true,
	"program": true, "kegiatan": true, "uraian": true, "nama": true, "komponen": true, "satker": true,
	"kabupaten": true, "kota": true, "tujuan": true, "output": true, "akun": true, "jenis": true,
	"indicator": true, "district": true, "subdistrict": true, "activity": true, "programme": true,
	"description": true, "component": true, "objective": true, "name": true,
}

func nameLabel(l string) bool {
	var buf [64]byte
	for i := 0; ; {
		var w []byte
		if w, i = nextWord(l, i, buf[:0]); w == nil {
			return false
		}
		if nameWords[string(w)] {
			return true
		}
	}
}

// textColumn: most non-empty cells of column c are text, not values.
func textColumn(rows []Row, c int) bool {
	return mostCells(rows, c, func(t string) bool { return hasLetter(t) && !valueLike(t) })
}

// rowKey is the row number a row is paired by ("1", "1." and "1)" alike).
func rowKey(r *Row, key int) string {
	return strings.TrimRight(r.Cell(key), ".)")
}

// continuesCaption: the right half's caption allows a join.
// said is true when the caption says so (not merely absent).
func continuesCaption(left, right *Block) (ok, said bool) {
	if right.Caption == "" {
		return true, false
	}
	l, r := tableNumber(left.Caption), tableNumber(right.Caption)
	if l != "" && l == r {
		return true, true
	}
	k := normalize.SpacedKey(right.Caption)
	for _, w := range []string{" lanjutan ", " sambungan ", " lanj ", " continued ", " bagian kanan ", " kanan ", " right "} {
		if strings.Contains(k, w) {
			return true, true
		}
	}
	return false, true
}

// tableNumber is the "3.1" of "Tabel 3.1 ...", or "".
func tableNumber(caption string) string {
	if !isTabelLabel(caption) {
		return ""
	}
	i := 5
	for i < len(caption) && (caption[i] == ' ' || caption[i] == ':' || caption[i] == '.') {
		i++
	}
	j := i
	for j < len(caption) && (caption[j] >= '0' && caption[j] <= '9' || caption[j] == '.') {
		j++
	}
	return strings.TrimRight(caption[i:j], ".")
}

// joinPair joins a left and a right half, or reports that they are not
// two halves of one table.
func joinPair(left, right *Block) (Block, bool) {
	// the cheap tests first: most tables that follow each other have no
	// number column, another table number, or other row numbers
	lk, rk := keyColumn(left), keyColumn(right)
	if lk < 0 || rk < 0 || notRightHalf(left, right, rk) || !pairable(left.Rows, right.Rows, lk, rk) {
		return Block{}, false
	}
	ok, said := continuesCaption(left, right)
	if !ok {
		return Block{}, false
	}
	lh, ok := readHalf(left)
	if !ok {
		return Block{}, false
	}
	rh, ok := readHalf(right)
	if !ok {
		return Block{}, false
	}
	hasName := false
	for _, n := range lh.names {
		hasName = hasName || n
	}
	if !hasName {
		return Block{}, false
	}
	// two numbered rows pair by chance less easily than one; one is
	// enough under a caption that says the table goes on
	minKeyed := 2
	if said {
		minKeyed = 1
	}
	pairs, ok := pairRows(left.Rows, right.Rows, lh.key, rh.key, minKeyed)
	if !ok {
		return Block{}, false
	}
	// the right half's columns: none of its own names; a repeated name
	// column is dropped when every name is the left half's
	var cols []int
	for c := 0; c < rh.width; c++ {
		if c == rh.key {
			continue
		}
		if rh.names[c] {
			if !repeatsColumn(left.Rows, right.Rows, pairs, lh, rh.labels[c], c) {
				return Block{}, false
			}
			continue
		}
		cols = append(cols, c)
	}
	if len(cols) == 0 {
		return Block{}, false
	}
	return joinedBlock(left, right, lh.width, cols, pairs, false), true
}

// pairRows pairs the rows of the halves: the same row numbers in the same
// order, each once, at least minKeyed of them; rows without a number pair by position. A left row
// without a number and without a value (a group label over its rows) may
// have no partner. The pairs are row indexes, -1 for no partner.
func pairRows(left, right []Row, lk, rk, minKeyed int) ([][2]int, bool) {
	var pairs [][2]int
	seen := map[string]bool{}
	keyed := 0
	i, j := 0, 0
	for i < len(left) || j < len(right) {
		switch {
		case i < len(left) && j < len(right) && rowKey(&left[i], lk) == rowKey(&right[j], rk):
			if k := rowKey(&left[i], lk); k != "" {
				if seen[k] {
					return nil, false
				}
				seen[k] = true
				keyed++
			}
			pairs = append(pairs, [2]int{i, j})
			i++
			j++
		case i < len(left) && rowKey(&left[i], lk) == "" && !anyValue(left[i].Cells):
			pairs = append(pairs, [2]int{i, -1})
			i++
		default:
			return nil, false
		}
	}
	return pairs, keyed >= minKeyed
}

// notRightHalf: a header cell of the right half names rows (a name word)
// and is no header cell of the left half (a table of its own), or repeats
// a value column of the left half, by its first word too ("Realisasi TW I"
// beside "Realisasi": a second table of values, not the rest of the first).
func notRightHalf(left, right *Block, rk int) bool {
	// under year groups ("Tahun 2021" over "Target | Realisasi") a role
	// repeats the left's under another year: only names are asked
	grouped := false
	for _, r := range right.Header[:len(right.Header)-1] {
		for _, t := range r.Cells {
			grouped = grouped || yearIn(t)
		}
	}
	for _, r := range right.Header {
		for c, t := range r.Cells {
			if c == rk || t == "" {
				continue
			}
			found := false
			for _, lr := range left.Header {
				for _, lt := range lr.Cells {
					found = found || strings.EqualFold(lt, t) || !yearIn(t) && sameFirstWord(lt, t)
				}
			}
			if name := nameLabel(t); !found && name || found && !name && !grouped {
				return true
			}
		}
	}
	return false
}

// sameFirstWord: a and b start with the same word, case aside (no
// allocation).
func sameFirstWord(a, b string) bool {
	var ba, bb [32]byte
	wa, _ := nextWord(a, 0, ba[:0])
	wb, _ := nextWord(b, 0, bb[:0])
	return wa != nil && string(wa) == string(wb)
}

// yearIn: s holds a year (a group of one year's columns: "Tahun 2021"
// beside "Tahun 2020" is no repeat).
func yearIn(s string) bool {
	for i := 0; i+4 <= len(s); i++ {
		if (s[i] == '1' && s[i+1] == '9' || s[i] == '2' && s[i+1] == '0') && s[i+2] >= '0' && s[i+2] <= '9' && s[i+3] >= '0' && s[i+3] <= '9' {
			return true
		}
	}
	return false
}

// pairable is pairRows' test without building the pairs: the row numbers
// of the halves run alike.
func pairable(left, right []Row, lk, rk int) bool {
	i, j := 0, 0
	for i < len(left) || j < len(right) {
		switch {
		case i < len(left) && j < len(right) && rowKey(&left[i], lk) == rowKey(&right[j], rk):
			i++
			j++
		case i < len(left) && rowKey(&left[i], lk) == "" && !anyValue(left[i].Cells):
			i++
		default:
			return false
		}
	}
	return true
}

// repeatsColumn: column c of the right half holds, row by row, the cells
// of the left half's column of the same header.
func repeatsColumn(left, right []Row, pairs [][2]int, lh halfColumns, label string, c int) bool {
	lc := -1
	for k, l := range lh.labels {
		if l == label {
			lc = k
			break
		}
	}
	if lc < 0 {
		return false
	}
	for _, p := range pairs {
		if p[0] < 0 || p[1] < 0 {
			continue
		}
		if !strings.EqualFold(left[p[0]].Cell(lc), right[p[1]].Cell(c)) {
			return false
		}
	}
	return true
}

// joinRow is a left row padded to the left half's width followed by the
// kept cells of the right row; a row merged from several lines keeps its
// lines, the i-th line of each half side by side.
func joinRow(l, r *Row, width int, cols []int) Row {
	var ll, rl [][]string
	out := Row{}
	if l != nil {
		ll = l.Lines()
		out.Start, out.End = l.Start, l.End
	}
	if r != nil {
		rl = r.Lines()
		if l == nil {
			out.Start = r.Start
		}
		out.End = max(out.End, r.End)
	}
	line := func(k int) []string {
		cells := make([]string, width+len(cols))
		if k < len(ll) {
			copy(cells, ll[k])
		}
		if k < len(rl) {
			for n, c := range cols {
				if c < len(rl[k]) {
					cells[width+n] = rl[k][c]
				}
			}
		}
		return cells
	}
	n := max(len(ll), len(rl))
	if n <= 1 {
		out.Cells = line(0)
		return out
	}
	out.lines = make([][]string, n)
	for k := range out.lines {
		out.lines[k] = line(k)
	}
	out.Cells = make([]string, width+len(cols))
	if l != nil {
		copy(out.Cells, l.Cells)
	}
	if r != nil {
		for n, c := range cols {
			out.Cells[width+n] = r.Cell(c)
		}
	}
	return out
}
