package extract

import (
	"strings"

	"github.com/kpu-ntt/lkj/etl/normalize"
)

// A report may give one table in two tables of its own: the plan first
// (indicators and targets, pagu per code, villages and TPS per kecamatan),
// its results later under another caption, after prose (realisasi per
// indicator number, realisasi per code, voters per kecamatan name). The
// second table repeats the first one's key column (No, Kode, the names)
// and adds measures the first lacks; either alone misses half of each
// fact. joinKeyed joins such a pair into the first table, row by row by
// the key, never by position, and only when nothing else can be meant:
//   - the second table has one key column (a code or name column, else a
//     row-number column) and no other column naming rows; a row-number
//     column beside a code or name key is dropped;
//   - every key row of the second matches exactly one row of an earlier
//     table's column and every key row of that table one of the second
//     (a total row pairs with the total row; a label row without values
//     may stand alone), at least three of them;
//   - row numbers pair by chance too easily: a table keyed by them joins
//     only the table right before it, when its caption or the text
//     between names that table's number ("menurut nomor pada Tabel 3.1");
//   - no value column of the second repeats one of the first, and their
//     captions name no other year or election.
//
// A joined row keeps the line span of its first-table row: a fact's lines
// must not stretch over the prose between the two tables.
func joinKeyed(blocks []Block) []Block {
	for j := 1; j < len(blocks); j++ {
		right := &blocks[j]
		if right.Kind != Table || right.Flat || len(right.Header) == 0 || len(right.Rows) < 3 {
			continue
		}
		rk, kind, drop := keyedColumn(right)
		if kind == keyNone {
			continue
		}
		tables := 0
		for i := j - 1; i >= 0 && tables < 3; i-- {
			left := &blocks[i]
			if left.Kind != Table {
				continue
			}
			tables++
			if kind == keyNumber && (tables > 1 || !refersTo(blocks[i+1:j], right, left)) {
				break
			}
			by := kind
			if kind == keyCodeNamed {
				// codes and names of its own: only the second block of
				// the table right above, without a caption between
				if i != j-1 || right.Caption != "" || right.Start > left.End+2 {
					break
				}
				by = keyCode
			}
			joined, ok := joinByKey(left, right, rk, drop, by)
			if !ok {
				continue
			}
			blocks[i] = joined
			k := j
			for k > i+1 && blocks[k-1].IsCaption && right.Caption != "" && blocks[k-1].Start >= right.CaptionStart {
				k-- // the second table's caption goes with it
			}
			blocks = append(blocks[:k], blocks[j+1:]...)
			j = k - 1
			break
		}
	}
	return blocks
}

const (
	keyNone = iota
	keyNumber
	keyCode
	keyName
	// a code beside a name column: the second block of one table stacked
	// under its own titles, joined only to the table right above it, its
	// names the same as that table's (sameColumn)
	keyCodeNamed
)

// keyedColumn finds the key column of a table that may be the second of
// a pair: its kind, and a row-number column to drop beside a code or
// name key (-1 for none). It runs on every table: the header alone
// decides, unless several columns are titled by a name word ("Desa/Kel"
// over counts); a lone name column's text is proven after its keys pair.
func keyedColumn(b *Block) (key, kind, drop int) {
	num, code, names := -1, -1, 0
	var name [4]int
	for _, r := range b.Header {
		for c, t := range r.Cells {
			switch {
			case t == "":
			case keyCell(t):
				if num >= 0 && num != c {
					return -1, keyNone, -1
				}
				num = c
			case codeLabel(t):
				if code >= 0 && code != c {
					return -1, keyNone, -1
				}
				code = c
			case nameLabel(t):
				known := false
				for _, n := range name[:names] {
					known = known || n == c
				}
				if !known {
					if names == len(name) {
						return -1, keyNone, -1
					}
					name[names] = c
					names++
				}
			}
		}
	}
	texts := 0
	if code < 0 && names > 1 {
		for k, c := range name[:names] {
			if wordsColumn(b.Rows, c) {
				name[texts] = name[k]
				texts++
			}
		}
	}
	switch {
	case code >= 0 && names == 0:
		return code, keyCode, num
	case code >= 0 && names == 1 && num < 0:
		return code, keyCodeNamed, -1
	case code >= 0:
		return -1, keyNone, -1 // codes and names: a table of its own
	case names == 1:
		return name[0], keyName, num
	case texts == 1:
		return name[0], keyName, num
	case names > 1:
		return -1, keyNone, -1 // two columns naming rows: a table of its own
	case num >= 0:
		return num, keyNumber, -1
	}
	return -1, keyNone, -1
}

// wordsColumn: most non-empty cells of column c are words without a
// digit (names, not counts); textColumn without parsing values.
func wordsColumn(rows []Row, c int) bool {
	return mostCells(rows, c, func(t string) bool { return !hasDigit(t) && hasLetter(t) })
}

// mostCells: is holds for most non-empty cells of column c.
func mostCells(rows []Row, c int, is func(string) bool) bool {
	yes, n := 0, 0
	for i := range rows {
		t := rows[i].Cell(c)
		if t == "" {
			continue
		}
		n++
		if is(t) {
			yes++
		}
	}
	return 2*yes > n
}

// codeLabel: the header of a column of budget codes ("Kode", "Kode
// Akun"), in any case.
func codeLabel(t string) bool {
	t = strings.TrimRight(t, ".: ")
	return strings.EqualFold(t, "kode") || strings.EqualFold(t, "code") || len(t) > 5 && strings.EqualFold(t[:5], "kode ")
}

// refersTo: the right table's caption or the paragraphs before it name
// the left table's number ("Tabel 3.1"), or speak of the table above.
func refersTo(between []Block, right, left *Block) bool {
	num := tableNumber(left.Caption)
	says := func(s string) bool {
		if indexFold(s, "tabel di atas") >= 0 || indexFold(s, "tabel sebelumnya") >= 0 {
			return true
		}
		for i := 0; num != "" && i < len(s); {
			n := indexFold(s[i:], "tabel ")
			if n < 0 {
				break
			}
			rest := strings.TrimLeft(s[i+n+6:], " ")
			if strings.HasPrefix(rest, num) && (len(rest) == len(num) || !digitOrDot(rest[len(num)]) ||
				rest[len(num)] == '.' && (len(rest) == len(num)+1 || rest[len(num)+1] == ' ')) {
				return true
			}
			i += n + 6
		}
		return false
	}
	if says(right.Caption) {
		return true
	}
	for k := range between {
		if between[k].Kind == Paragraph && says(between[k].Text) {
			return true
		}
	}
	return false
}

// indexFold is strings.Index, ASCII case aside (no allocation).
func indexFold(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if strings.EqualFold(s[i:i+len(sub)], sub) {
			return i
		}
	}
	return -1
}

func digitOrDot(b byte) bool { return b >= '0' && b <= '9' || b == '.' }

// keyText is a key cell as compared: a closing dot or parenthesis and
// outer spaces aside; a total row's label is the one key "\x00".
func keyText(t string) string {
	if totalLabel(t) {
		return "\x00"
	}
	return strings.TrimSpace(strings.TrimRight(t, ".)"))
}

// sameKey compares two keyTexts, case and runs of spaces aside (no
// allocation: every candidate pair of tables is tried).
func sameKey(a, b string) bool {
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		if a[i] == ' ' && b[j] == ' ' {
			for i < len(a) && a[i] == ' ' {
				i++
			}
			for j < len(b) && b[j] == ' ' {
				j++
			}
			continue
		}
		x, y := a[i], b[j]
		if x >= 'A' && x <= 'Z' {
			x += 'a' - 'A'
		}
		if y >= 'A' && y <= 'Z' {
			y += 'a' - 'A'
		}
		if x != y {
			return false
		}
		i++
		j++
	}
	return i == len(a) && j == len(b)
}

// leftKey is the key of a row of the first table in column c; a row with
// no key that says it is the total pairs as the total.
func leftKey(r *Row, c int) string {
	if t := r.Cell(c); t != "" {
		return keyText(t)
	}
	for _, t := range r.Cells {
		if totalLabel(t) {
			return "\x00"
		}
	}
	return ""
}

// joinByKey joins right to left by right's key column rk, finding the
// column of left that holds the same keys one to one.
func joinByKey(left, right *Block, rk, drop, kind int) (Block, bool) {
	// a left table has a row per key, and a few group labels more at most
	if left.Flat || len(left.Header) == 0 || len(left.Rows) < len(right.Rows) || len(left.Rows) > 2*len(right.Rows) {
		return Block{}, false
	}
	if !firstKeyIn(left, right, rk) {
		return Block{}, false
	}
	keys := make([]string, len(right.Rows))
	nkeys := 0
	for n := range right.Rows {
		keys[n] = leftKey(&right.Rows[n], rk) // a total labelled beside an empty key is the total's key, as on the left
		if keys[n] == "" {
			if anyValue(right.Rows[n].Cells) {
				return Block{}, false // values of no key: nothing to pair them by
			}
			continue
		}
		for m := 0; m < n; m++ {
			if sameKey(keys[m], keys[n]) {
				return Block{}, false
			}
		}
		nkeys++
	}
	lh, _ := readHalf(left)
	pairs, ok := [][2]int(nil), false
	number := kind == keyNumber
	if number {
		// row numbers pair with row numbers only
		if c := keyColumn(left); c >= 0 {
			pairs, ok = pairByKey(left.Rows, c, keys, nkeys, 2)
		}
	}
	for c := 0; c < lh.width && !ok && !number; c++ {
		pairs, ok = pairByKey(left.Rows, c, keys, nkeys, 3)
	}
	if !ok || yearsDiffer(left.Caption, right.Caption) || electionsDiffer(left.Caption, right.Caption) {
		return Block{}, false
	}
	if kind == keyName && !textColumn(right.Rows, rk) {
		return Block{}, false // counts under a name word, no names
	}
	rh, _ := readHalf(right)
	var cols []int
	for c := 0; c < rh.width; c++ {
		if c == rk || c == drop {
			continue
		}
		if c < len(rh.labels) && repeatsLabel(lh.labels, rh.labels[c]) {
			if sameColumn(left, right, pairs, lh.labels, rh.labels[c], c) {
				continue // the key's names written again beside it ("Kode | Program / Kegiatan")
			}
			return Block{}, false // a second table of the same measures, not the rest of the first
		}
		cols = append(cols, c)
	}
	if len(cols) == 0 {
		return Block{}, false
	}
	return joinedBlock(left, right, lh.width, cols, pairs, true), true
}

// joinedBlock is left with the kept columns cols of right beside it, row
// by the pairs. Two tables apart (apart) keep the left's span, and each
// row the lines of its left row: a fact's lines must not stretch over
// the prose between them.
func joinedBlock(left, right *Block, width int, cols []int, pairs [][2]int, apart bool) Block {
	out := Block{Kind: Table, Start: left.Start, End: right.End, ColNums: left.ColNums || right.ColNums,
		Caption: left.Caption, CaptionParts: left.CaptionParts, CaptionStart: left.CaptionStart, CaptionEnd: left.CaptionEnd,
		Width: width + len(cols)}
	if apart {
		out.End, out.ColNums = left.End, left.ColNums
	}
	out.Notes = append(append(append([]Note(nil), left.Notes...), right.Notes...),
		Note{Line: right.Start, Why: "sambungan", Text: right.Caption})
	// header rows aligned at the bottom: the row nearest the body holds
	// each column's own name in both halves
	nh := max(len(left.Header), len(right.Header))
	for r := 0; r < nh; r++ {
		var lr, rr *Row
		if k := r - (nh - len(left.Header)); k >= 0 {
			lr = &left.Header[k]
		}
		if k := r - (nh - len(right.Header)); k >= 0 {
			rr = &right.Header[k]
		}
		row := joinRow(lr, rr, width, cols)
		if apart && lr != nil {
			row.Start, row.End = lr.Start, lr.End
		}
		out.Header = append(out.Header, row)
	}
	for _, p := range pairs {
		var lr, rr *Row
		if p[0] >= 0 {
			lr = &left.Rows[p[0]]
		}
		if p[1] >= 0 {
			rr = &right.Rows[p[1]]
		}
		row := joinRow(lr, rr, width, cols)
		if apart && lr != nil {
			row.Start, row.End = lr.Start, lr.End
		}
		out.Rows = append(out.Rows, row)
	}
	return out
}

// firstKeyIn: the key of right's first keyed row is a cell of left, the
// test tried on every pair of tables before anything is built.
func firstKeyIn(left, right *Block, rk int) bool {
	for n := range right.Rows {
		k := keyText(right.Rows[n].Cell(rk))
		if k == "" || k == "\x00" {
			continue
		}
		for i := range left.Rows {
			for _, t := range left.Rows[i].Cells {
				if t != "" && sameKey(keyText(t), k) {
					return true
				}
			}
		}
		return false
	}
	return false
}

// pairByKey pairs each row of left to the right row of its key in column
// c (keys, nkeys of them not empty): every key of each side once, at
// least least of them besides a total; a row without a key only when it
// holds no value. The first row's key is tried before anything is built.
func pairByKey(rows []Row, c int, keys []string, nkeys, least int) ([][2]int, bool) {
	find := func(k string) int {
		for m, x := range keys {
			if x != "" && sameKey(x, k) {
				return m
			}
		}
		return -1
	}
	var pairs [][2]int
	used := 0
	for n := range rows {
		k := leftKey(&rows[n], c)
		if k == "" {
			if anyValue(rows[n].Cells) {
				return nil, false
			}
			pairs = append(pairs, [2]int{n, -1})
			continue
		}
		m := find(k)
		if m < 0 {
			return nil, false
		}
		if pairs == nil {
			pairs = make([][2]int, 0, len(rows))
			for k := 0; k < n; k++ {
				pairs = append(pairs, [2]int{k, -1})
			}
		}
		pairs = append(pairs, [2]int{n, m})
		used++
	}
	// the right keys are distinct: as many pairs as keys, and no left
	// key twice, pair them one to one
	if used != nkeys {
		return nil, false
	}
	keyed := 0
	for a := range pairs {
		if pairs[a][1] < 0 {
			continue
		}
		if keys[pairs[a][1]] != "\x00" {
			keyed++
		}
		for b := 0; b < a; b++ {
			if pairs[b][1] == pairs[a][1] {
				return nil, false
			}
		}
	}
	return pairs, keyed >= least
}

// repeatsLabel: a right column's header is one of the left's, or starts
// with the same word ("Realisasi TW I" beside "Realisasi"); "Jumlah" or
// "Total" open the names of any measure ("Jumlah TPS", "Jumlah" pemilih).
func repeatsLabel(left []string, l string) bool {
	if l == "" {
		return false
	}
	var buf [32]byte
	w, _ := nextWord(l, 0, buf[:0])
	generic := string(w) == "jumlah" || string(w) == "total"
	for _, x := range left {
		if x != "" && (x == l || !generic && sameFirstWord(x, l)) {
			return true
		}
	}
	return false
}

// yearsDiffer: both captions name years, and none in common.
func yearsDiffer(a, b string) bool {
	ya, yb := captionYears(a), captionYears(b)
	if len(ya) == 0 || len(yb) == 0 {
		return false
	}
	for _, y := range ya {
		for _, z := range yb {
			if y == z {
				return false
			}
		}
	}
	return true
}

func captionYears(s string) []string {
	var out []string
	for i := 0; i+4 <= len(s); i++ {
		if (i == 0 || s[i-1] < '0' || s[i-1] > '9') && (i+4 == len(s) || s[i+4] < '0' || s[i+4] > '9') && yearIn(s[i:i+4]) {
			out = append(out, s[i:i+4])
		}
	}
	return out
}

// electionsDiffer: one caption names a general election, the other a
// regional one.
func electionsDiffer(a, b string) bool {
	ea, eb := electionOf(a), electionOf(b)
	return ea != "" && eb != "" && ea != eb
}

func electionOf(s string) string {
	k := normalize.SpacedKey(s)
	switch {
	case strings.Contains(k, " pilkada ") || strings.Contains(k, " pemilukada ") || strings.Contains(k, " kepala daerah ") ||
		strings.Contains(k, " pemilihan bupati ") || strings.Contains(k, " pemilihan gubernur ") || strings.Contains(k, " pemilihan walikota "):
		return "pilkada"
	case strings.Contains(k, " pemilu ") || strings.Contains(k, " pemilihan umum "):
		return "pemilu"
	}
	return ""
}

// sameColumn: right's column c, titled l, writes on every paired row the
// same text as the left column titled l: the names beside the key written
// again by a block stacked under its own titles, no measure of its own.
func sameColumn(left, right *Block, pairs [][2]int, labels []string, l string, c int) bool {
	lc := -1
	for k, x := range labels {
		if x == l {
			if lc >= 0 {
				return false
			}
			lc = k
		}
	}
	if lc < 0 || len(pairs) < 3 {
		return false
	}
	for _, p := range pairs {
		if p[0] < 0 || p[1] < 0 {
			continue
		}
		a, b := strings.TrimSpace(left.Rows[p[0]].Cell(lc)), strings.TrimSpace(right.Rows[p[1]].Cell(c))
		if a != b || anyValue([]string{a}) {
			return false
		}
	}
	return true
}
