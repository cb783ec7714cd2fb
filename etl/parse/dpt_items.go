package parse

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/kpu-ntt/lkj/etl/extract"
	"github.com/kpu-ntt/lkj/etl/facts"
)

// DPT records written as short items in running text. An office that
// publishes its roll outside a table writes one item an area, the area's
// name and its counts named by label words, many items in one line parted
// by a mark (a web site's running text, a broadcast message),
//
//	★ DPT PEMILU 2019 KABUPATEN X ★ Kec. A: 19 TPS, L 2.049 / P 2.207 = 4.256 pemilih ★ … ★ TOTAL KABUPATEN X: … ★
//	Kecamatan A: 12 desa | 40 TPS | L 5.120 | P 5.388 | total 10.508 | Kecamatan B: …
//
// or one item a line behind a timestamp (a video's chapter list):
//
//	0:12:40 PPK A: 25 desa/kel, 79 TPS, L 10.645, P 11.024, total 21.669
//	1:51:53 Penetapan DPT tingkat kabupaten: 175 desa/kel, 914 TPS, …
//
// What the reader trusts: the label words for the roles (kv_inline.go's
// inlinePair: desa/kel, TPS, L or laki-laki, P or perempuan, total, jumlah,
// pemilih; M and F for L and P in an English item), and for every item L +
// P = total: an item without that proof gives no row (one whose sum differs
// is reported). Items without named counts (a heading, a greeting, a
// chapter of the meeting) are no rows. The kabupaten's item is the one its
// label names as the whole (total, jumlah, kabupaten, penetapan), or,
// unnamed, the one whose L, P and total are the sums of all the others;
// the other items are kecamatan, their place word (Kec., Kecamatan, PPK,
// Distrik) no part of the name. The proven items go the labelled rows' way
// (inlineTable), every row on the line its item is on, so the DPT reader
// reads them by their header, the election from the heading item or the
// caption above, as for any table.

// dptItemMarks part the items of one line: none of them is in a count or a
// name.
var dptItemMarks = [...]string{"★", "☆", "•", "·", " | ", "; "}

// reItemTime is a chapter's or a message's time before its item
// ("0:12:40 ", "00:05 ", "[00:05] ").
var reItemTime = regexp.MustCompile(`^\[?(?:\d{1,2}:)?\d{1,2}:\d\d\]?\s+(?:[-–—]\s+)?`)

// reItemCount is a whole count as written: thousands parted by dots or
// commas, or none.
var reItemCount = regexp.MustCompile(`^(?:\d{1,3}(?:\.\d{3})+|\d{1,3}(?:,\d{3})+|\d+)$`)

// dptItemMin is how many proven items make a roll.
const dptItemMin = 2

type dptItem struct {
	line       int
	label      string
	keys, vals []string
	l, p, sum  int64
	total      bool
}

// dptItemsSkip reads paragraph b when it holds a roll of short items; it
// reports whether b was taken.
func (p *parser) dptItemsSkip(b *extract.Block) bool {
	if b.Start <= p.readTo {
		return false
	}
	// cheap shapes first: this runs for every paragraph
	t := b.Text
	if inlineBullet(t) > 0 && len(t) >= 30 && strings.Contains(t, ": ") && dptItemWords(t) {
		// one list item a paragraph (dpt_press.go)
		if pieces, lineOf, end := p.dptItemList(b); len(pieces) >= dptItemMin {
			return p.dptItemsRead(pieces, lineOf, end)
		}
	}
	if len(t) < 60 || countSep(t, ": ") < dptItemMin || !dptItemWords(t) {
		return false
	}
	lines := p.lines(b.Start, b.End)
	pieces, lineOf := dptItemPieces(lines, b.Start)
	if len(pieces) < dptItemMin {
		pieces, lineOf = dptItemLines(lines, b.Start) // one item a line (dpt_press.go)
	}
	if len(pieces) < dptItemMin {
		return false
	}
	return p.dptItemsRead(pieces, lineOf, b.End)
}

// dptItemsRead reads the items pieces (opening on lines lineOf, the last
// ending on line end) as one roll when enough of them are proven; it
// reports whether they were taken.
func (p *parser) dptItemsRead(pieces []string, lineOf []int, end int) bool {
	var items []dptItem
	var wrong []int // the pieces naming L, P and a total that do not add up
	heading := ""
	for k, s := range pieces {
		it, ok, named := dptItemOf(s)
		switch {
		case ok:
			it.line = lineOf[k]
			items = append(items, it)
		case named:
			wrong = append(wrong, k)
		case heading == "" && len(items) == 0 && !strings.Contains(s, ": ") && pemilihanOf(s) != "":
			heading = strings.TrimSpace(s) // "DPT PEMILU 2019 KABUPATEN X": the roll's own heading
		}
	}
	if len(items)+len(wrong) >= dptItemMin {
		// a roll in this shape: its wrong items are reported, read or not
		for _, k := range wrong {
			p.find("dpt.lp_tidak_sama_total", facts.Warning, lineOf[k], lineOf[k], strings.TrimSpace(pieces[k]),
				"butir DPT baris %d: L + P tidak sama dengan jumlahnya; butir tidak dimuat", lineOf[k])
		}
	}
	if len(items) < dptItemMin {
		return false
	}
	if !dptItemsOneRoll(items) {
		return false
	}
	dptItemTotal(items)
	rows := dptItemRows(items)
	p.inlineTable(rows, p.dptItemCaption(heading))
	p.readTo = end
	return true
}

// dptItemWords: t names a sex's count the way an item does, "L 2.049",
// "P: 2.207", "laki-laki", "M 2.049" (a cheap look before the items are
// parted): the letter alone, a figure after it.
func dptItemWords(t string) bool {
	if containsFold(t, "laki") || containsFold(t, "male") {
		return true
	}
	for i := 0; i+2 < len(t); i++ {
		switch t[i] {
		case 'L', 'P', 'M', 'F':
		default:
			continue
		}
		if i > 0 && isWordByte(t[i-1]) {
			continue
		}
		j := i + 1
		if t[j] == ':' {
			j++
		}
		if j+1 < len(t) && t[j] == ' ' && isDigitByte(t[j+1]) {
			return true
		}
	}
	return false
}

// dptItemPieces parts the lines of a paragraph (the first on line start)
// into its items: one a line when two lines or more open with a time, else
// the text between the marks of the mark that parts it into the most
// pieces holding a label. lineOf is the line each piece opens on.
func dptItemPieces(lines []string, start int) (pieces []string, lineOf []int) {
	timed := 0
	for _, l := range lines {
		if reItemTime.MatchString(strings.TrimSpace(l)) {
			timed++
		}
	}
	if timed >= dptItemMin {
		for k, l := range lines {
			l = strings.TrimSpace(l)
			if m := reItemTime.FindString(l); m != "" {
				pieces = append(pieces, l[len(m):])
				lineOf = append(lineOf, start+k)
			}
		}
		return pieces, lineOf
	}
	// the lines joined: a running text may wrap anywhere
	var joined strings.Builder
	offs := make([]int, len(lines))
	for k, l := range lines {
		offs[k] = joined.Len()
		joined.WriteString(strings.TrimSpace(l))
		joined.WriteByte(' ')
	}
	text := joined.String()
	best := ""
	bestN := 0
	for _, m := range dptItemMarks {
		if strings.Count(text, m) < dptItemMin-1 {
			continue
		}
		n := 0
		for _, s := range strings.Split(text, m) {
			if strings.Contains(s, ": ") {
				n++
			}
		}
		if n > bestN {
			best, bestN = m, n
		}
	}
	if bestN < dptItemMin || !dptMarkInside(lines, best) {
		return nil, nil
	}
	at := 0
	for _, s := range strings.Split(text, best) {
		k := 0
		for k+1 < len(offs) && offs[k+1] <= at {
			k++
		}
		if strings.TrimSpace(s) != "" {
			pieces = append(pieces, s)
			lineOf = append(lineOf, start+k)
		}
		at += len(s) + len(best)
	}
	return pieces, lineOf
}

// dptMarkInside: some line holds mark after its first item, so items run on
// in a line (a list of one item a line, the mark opening each, is the
// labelled rows' own: kv_inline.go).
func dptMarkInside(lines []string, mark string) bool {
	for _, l := range lines {
		l = strings.TrimSpace(l)
		if k := strings.Index(l, mark); k >= 0 && strings.Contains(l[k+len(mark):], mark) || k > 0 {
			return true
		}
	}
	return false
}

// dptItemOf reads one item "label: cells". ok when its counts are named and
// L + P = total; named when it names L, P and a total that do not add up
// (a wrong item, never a row).
func dptItemOf(s string) (it dptItem, ok, named bool) {
	s = strings.TrimRight(strings.TrimSpace(s), ".,;")
	// the label ends at a colon; what a message puts before it ("[02/07
	// 19.05] Admin KPU: Kecamatan Alok: …", its time and sender) ends at an
	// earlier one, and the item read after it
	from := 0
	for k := 0; k < 3; k++ {
		n := strings.Index(s[from:], ": ")
		if n < 0 {
			break
		}
		c := from + n
		if it, ok, named = dptItemAt(s[from:c], s[c+2:]); ok || named {
			return it, ok, named
		}
		from = c + 2
	}
	return it, false, false
}

// dptItemAt reads the item of label and its cells rest, as dptItemOf.
func dptItemAt(label, rest string) (it dptItem, ok, named bool) {
	label = strings.Join(strings.Fields(stripPictographs(label)), " ")
	if label == "" || len(label) > 80 || !hasLetter(label) || strings.ContainsAny(label, "0123456789") {
		return it, false, false
	}
	// the sexes in parentheses after the total (dpt_press.go)
	rest = dptItemUnwrap(rest)
	// the sums written out: "L 2.049 / P 2.207 = 4.256 pemilih"
	rest = strings.NewReplacer(" / ", ", ", " = ", ", ", " + ", ", ", " — ", ", ", " – ", ", ").Replace(rest)
	cells := strings.Split(rest, ", ")
	for i, cell := range cells {
		cell = strings.TrimSpace(cell)
		// English items: "M 2.049", "F 2.207" (the male and female counts)
		if len(cell) > 2 && (cell[0] == 'M' || cell[0] == 'F') && cell[1] == ' ' {
			cell = map[byte]string{'M': "L", 'F': "P"}[cell[0]] + cell[1:]
		}
		cells[i] = cell
	}
	r, good := inlineItem("• "+label+": "+strings.Join(cells, ", "), 0, 0, true)
	if !good || len(r.keys) < 3 {
		return it, false, false
	}
	it.label = r.label
	l, pp, sum := -1, -1, -1
	for j, k := range r.keys {
		v := r.vals[j]
		if reItemCount.MatchString(v) {
			v = strings.NewReplacer(".", "", ",", "").Replace(v) // a proven whole count, written plain
			r.vals[j] = v
		}
		switch k {
		case "l", "laki-laki":
			l = j
		case "p", "perempuan":
			pp = j
		case "pemilih laki-laki", "pemilih perempuan":
			// "pemilih laki-laki 5.714, perempuan 6.036": the sex's count
			// named with its noun (a caption's sentence)
			if k == "pemilih laki-laki" {
				l, r.keys[j] = j, "laki-laki"
			} else {
				pp, r.keys[j] = j, "perempuan"
			}
		case "total", "jumlah", "pemilih", "l+p", "jumlah pemilih", "dpt":
			if sum >= 0 {
				return it, false, false // two totals: which is the roll's is not stated
			}
			sum = j
		}
	}
	if l < 0 || pp < 0 || sum < 0 {
		return it, false, false
	}
	var err [3]error
	it.l, err[0] = strconv.ParseInt(r.vals[l], 10, 64)
	it.p, err[1] = strconv.ParseInt(r.vals[pp], 10, 64)
	it.sum, err[2] = strconv.ParseInt(r.vals[sum], 10, 64)
	if err[0] != nil || err[1] != nil || err[2] != nil {
		return it, false, false
	}
	if it.l+it.p != it.sum {
		return it, false, true
	}
	it.keys, it.vals = r.keys, r.vals
	it.total = dptItemWhole(it.label)
	if !it.total {
		it.label = dptItemArea(it.label)
	}
	// a name is a few words; a longer label is a sentence's start
	// ("Hasil rekap yang dibacakan hari ini: …"), no area
	if n := len(strings.Fields(it.label)); n == 0 || n > 4 && !it.total || n > 7 {
		return it, false, false
	}
	return it, true, false
}

// dptItemWhole: an item's label names the whole kabupaten or kota, not one
// of its areas ("TOTAL KABUPATEN ENDE", "Penetapan DPT tingkat
// kabupaten", "Jumlah"); a label opening with a place word never does
// ("Kec. Kota Baru").
func dptItemWhole(label string) bool {
	if dptItemArea(label) != label {
		return false
	}
	low := " " + strings.ToLower(label) + " "
	for _, w := range [...]string{" total ", " jumlah ", " kabupaten ", " kab. ", " penetapan ", " keseluruhan ", " se-kabupaten ", " se-kota ", " regency ", " municipality "} {
		if strings.Contains(low, w) {
			return true
		}
	}
	return false
}

// dptItemArea is an area item's name without its place word ("PPK Kodi",
// "Kecamatan Alok" → "Kodi", "Alok").
func dptItemArea(label string) string {
	for _, pre := range [...]string{"ppk kecamatan ", "ppk kec. ", "ppk ", "kecamatan ", "kec. ", "kec ", "distrik "} {
		if len(label) > len(pre) && strings.EqualFold(label[:len(pre)], pre) {
			return strings.TrimSpace(label[len(pre):])
		}
	}
	return label
}

// dptItemsOneRoll: the items are one kabupaten's roll: one item at most
// names the whole, and no area has two items. Several items naming a
// kabupaten ("Kab. Kupang: …", "Kabupaten Alor: …") are a province's
// roll, not read here; an area twice leaves which item counts unstated.
func dptItemsOneRoll(items []dptItem) bool {
	whole := 0
	seen := make(map[string]bool, len(items))
	for _, it := range items {
		if it.total {
			whole++
			continue
		}
		k := strings.ToUpper(it.label)
		if seen[k] {
			return false
		}
		seen[k] = true
	}
	return whole <= 1
}

// dptItemTotal marks, when no item names the whole, the item whose L, P
// and total are the sums of all the others'.
func dptItemTotal(items []dptItem) {
	var l, p, sum int64
	for _, it := range items {
		if it.total {
			return
		}
		l, p, sum = l+it.l, p+it.p, sum+it.sum
	}
	if len(items) < 3 {
		return // two items: each would be the other's sum only when one is zero
	}
	for i := range items {
		it := &items[i]
		if l-it.l == it.l && p-it.p == it.p && sum-it.sum == it.sum {
			it.total = true
			return
		}
	}
}

// dptAddWhole adds the roll's one named whole (a map's info box, a
// record naming no area) as the kabupaten's item when its areas' sums
// prove it, else reports it with format (its line the one argument); with
// no named whole, the whole is sought among the items (dptItemTotal).
func (p *parser) dptAddWhole(items, whole []dptItem, format string) []dptItem {
	if len(whole) != 1 {
		dptItemTotal(items)
		return items
	}
	w := whole[0]
	if !dptWholeProven(items, w) {
		p.find("dpt.jumlah_tidak_sama", facts.Warning, w.line, w.line, w.label, format, w.line)
		return items
	}
	w.total = true
	return append(items, w)
}

// dptWholeProven: w's L, P and total are the sums of items' (the roll's
// named whole proven by its areas).
func dptWholeProven(items []dptItem, w dptItem) bool {
	var l, p, sum int64
	for _, it := range items {
		l, p, sum = l+it.l, p+it.p, sum+it.sum
	}
	return w.l == l && w.p == p && w.sum == sum
}

// dptItemCaption is the roll's caption: its own heading item when it has
// one, else the nearest of the last paragraphs above that names an
// election (a table's caption, a video's title).
func (p *parser) dptItemCaption(heading string) string {
	if heading != "" {
		return heading
	}
	for k := len(p.recent) - 1; k >= 0 && k >= len(p.recent)-8; k-- {
		t := strings.TrimSpace(p.recent[k].text)
		if len(t) <= 200 && pemilihanOf(t) != "" {
			return t
		}
	}
	return ""
}

// dptItemRows are the proven items as the rows of the inline table they
// stand for, the whole one labelled as the table's total.
func dptItemRows(items []dptItem) []inlineRow {
	rows := make([]inlineRow, 0, len(items))
	for _, it := range items {
		label := it.label
		if it.total {
			label = "Jumlah"
		}
		rows = append(rows, inlineRow{start: it.line, end: it.line, label: label, keys: it.keys, vals: it.vals})
	}
	return rows
}
