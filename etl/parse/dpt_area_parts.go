package parse

import (
	"strings"

	"github.com/kpu-ntt/lkj/etl/extract"
	"github.com/kpu-ntt/lkj/etl/facts"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// A kabupaten's kecamatan roll split by rows into one table per area (an
// island, a dapil, a region): one caption ("Tabel 3.4 Rekapitulasi DPT
// Pemilu 2024") over the first table, each table under its own short
// sub-caption ("a. Pulau Sabu", "b. Pulau Raijua"; "Wilayah Timur",
// "Wilayah Barat"), the same header each, each with or without its own
// subtotal, and the kabupaten row under the last. Without this the later
// parts were tables of their own captioned only by their area: no year,
// no election, not loaded; and a part's subtotal could pass for the
// kabupaten.
//
// How it is read: a table whose caption is only such a sub-caption, with
// the same header and width as the table just above it (nothing but
// captions between), whose sub-caption is its sibling (the next letter or
// number of the same enumeration, or the same area word), is a part of
// the first table's roll: it takes that caption (year, election, owner)
// and its label. A total row of any part is the kabupaten only when the
// kecamatan rows of all parts sum to it (L+P, L, P, TPS, villages where
// printed); one that sums its own part is that part's subtotal (no fact);
// any other total is refused with a finding (dpt.total_tidak_terbukti).
// A row named like its part ("RAIJUA" in "Pulau Raijua") is a kecamatan
// when it is numbered like the part's other rows; unnumbered and equal to
// the rows above it, it is the part's subtotal.

// areaWords open a sub-caption naming a part of a kabupaten.
var areaWords = [...]string{"pulau", "kepulauan", "dapil", "daerah pemilihan", "wilayah", "zona", "region", "daratan", "kawasan"}

// subCaption splits a part's sub-caption into its enumerator ("b", with
// its punctuation) and its text. ok false when s cannot be one: too long,
// or neither enumerated nor opened by an area word.
func subCaption(s string) (mark, punct byte, text string, ok bool) {
	s = strings.TrimSpace(s)
	if len(s) < 4 || len(s) > 60 {
		return 0, 0, "", false // cheap gate: most captions are longer
	}
	text = s
	if (s[1] == '.' || s[1] == ')') && s[2] == ' ' && (s[0] >= 'a' && s[0] <= 'z' || s[0] >= 'A' && s[0] <= 'Z' || s[0] >= '1' && s[0] <= '9') {
		mark, punct, text = s[0], s[1], strings.TrimSpace(s[3:])
	}
	if normalize.CountFields(text) > 5 || strings.ContainsAny(text, "0123456789") && !areaWord(text) {
		return 0, 0, "", false
	}
	if mark == 0 && !areaWord(text) {
		return 0, 0, "", false
	}
	y, several := electionYearOf(text)
	if y != 0 || several || captionYear(text) != 0 || pemilihanOf(text) != "" || has(normalize.SpacedKey(text), "lanjutan", "sambungan", "continued", "tabel", "jumlah", "total") {
		return 0, 0, "", false // a caption of its own: another election, a year, a continuation
	}
	return mark, punct, text, true
}

// areaWord: text opens with a word naming a part of a kabupaten.
func areaWord(text string) bool {
	k := normalize.Key(text)
	for _, w := range areaWords {
		if strings.HasPrefix(k, w+" ") {
			return true
		}
	}
	return false
}

// siblingCaptions: b's sub-caption follows a's in one enumeration ("a."
// then "b."), or both open with the same area word; never the same text.
func siblingCaptions(a, b string) bool {
	ma, pa, ta, ok1 := subCaption(a)
	mb, pb, tb, ok2 := subCaption(b)
	if !ok1 || !ok2 || normalize.Key(ta) == normalize.Key(tb) {
		return false
	}
	if ma != 0 || mb != 0 {
		return ma != 0 && mb == ma+1 && pa == pb
	}
	ka, kb := normalize.Key(ta), normalize.Key(tb)
	for _, w := range areaWords {
		if strings.HasPrefix(ka, w+" ") {
			return strings.HasPrefix(kb, w+" ")
		}
	}
	return false
}

// lastPart is a block's nearest caption paragraph: its sub-caption when
// it is a part.
func lastPart(b *extract.Block) string {
	if len(b.CaptionParts) == 0 {
		return ""
	}
	return b.CaptionParts[len(b.CaptionParts)-1]
}

// partBefore is the index of the table just above block i when it is the
// part before i's: same width and header, only captions between, sibling
// sub-captions. -1 otherwise.
func (p *parser) partBefore(i int) int {
	b := &p.blocks[i]
	for k := i - 1; k >= 0; k-- {
		prev := &p.blocks[k]
		if prev.Kind != extract.Table {
			if prev.Kind == extract.Paragraph && (prev.IsCaption || len(prev.Text) < 80) && b.Start-prev.End <= 6 {
				continue
			}
			return -1
		}
		if prev.Width != b.Width || b.Start-prev.End > 10 || !sameHeader(prev.Header, b.Header) || !siblingCaptions(lastPart(prev), lastPart(b)) {
			return -1
		}
		return k
	}
	return -1
}

// areaParts are the indexes of the tables of the roll block i belongs to
// when it is split into parts by area, first to last; nil otherwise. The
// first part's caption states the table (more than its sub-caption); each
// later part's is its sub-caption alone.
func (p *parser) areaParts(i int) []int {
	if i < 0 || i >= len(p.blocks) {
		return nil
	}
	b := &p.blocks[i]
	if b.Kind != extract.Table || len(b.Header) == 0 {
		return nil
	}
	if _, _, _, ok := subCaption(lastPart(b)); !ok {
		return p.rollOfFoot(i) // most tables: no sub-caption, no split
	}
	first := i
	for len(p.blocks[first].CaptionParts) == 1 {
		k := p.partBefore(first)
		if k < 0 {
			return nil // a lone sub-captioned table: no first part stating the roll
		}
		first = k
	}
	if len(p.blocks[first].CaptionParts) < 2 {
		return nil
	}
	parts := []int{first}
	for k := first + 1; k < len(p.blocks) && len(parts) < 40; k++ {
		nb := &p.blocks[k]
		if nb.Kind != extract.Table {
			continue
		}
		if len(nb.CaptionParts) != 1 || p.partBefore(k) != parts[len(parts)-1] {
			break
		}
		parts = append(parts, k)
	}
	if len(parts) < 2 {
		return nil
	}
	for k := parts[len(parts)-1] + 1; k < len(p.blocks) && k <= parts[len(parts)-1]+4; k++ {
		if p.blocks[k].Kind == extract.Table {
			if p.footPart(k, parts[len(parts)-1]) {
				parts = append(parts, k)
			}
			break
		}
	}
	return parts
}

// rollOfFoot is the roll block i closes when it is the kabupaten's row in
// a one-row table of its own under the last part (footPart); nil
// otherwise.
func (p *parser) rollOfFoot(i int) []int {
	b := &p.blocks[i]
	if len(b.Rows) == 0 || len(b.Rows) > 2 || len(b.CaptionParts) > 1 {
		return nil // cheap gate: a foot is one or two rows
	}
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if p.blocks[k].Kind != extract.Table {
			continue
		}
		if !p.footPart(i, k) {
			return nil
		}
		if parts := p.areaParts(k); len(parts) > 0 && parts[len(parts)-1] == i {
			return parts
		}
		return nil
	}
	return nil
}

// footPart: table k, just under the roll's last part last, is the roll's
// foot: the same header and width, a caption stating nothing (none, or no
// number, year or election), and only total rows (JUMLAH, TOTAL, the
// kabupaten's name), one or two.
func (p *parser) footPart(k, last int) bool {
	b, lb := &p.blocks[k], &p.blocks[last]
	if b.Kind != extract.Table || len(b.Rows) == 0 || len(b.Rows) > 2 || b.Width != lb.Width || b.Start-lb.End > 10 || len(b.CaptionParts) > 1 {
		return false
	}
	for j := last + 1; j < k; j++ {
		if q := &p.blocks[j]; q.Kind != extract.Paragraph || !q.IsCaption && len(q.Text) >= 80 {
			return false
		}
	}
	if !sameHeader(b.Header, lb.Header) {
		return false
	}
	if len(b.CaptionParts) == 1 {
		c := b.CaptionParts[0]
		y, several := electionYearOf(c)
		if _, ok := tabelNo(c); ok || y != 0 || several || captionYear(c) != 0 || pemilihanOf(c) != "" {
			return false // a table of its own
		}
	}
	for _, r := range b.Rows {
		c := ""
		for _, x := range r.Cells {
			if x != "" {
				c = x
				break
			}
		}
		if !(totalText(c) || namesKabupaten(c) || namesOwner(c, p.doc.Meta.SatkerID, p.prov)) {
			return false
		}
	}
	return true
}

// areaPart gives a later part of a roll split by area the first part's
// caption (its year, election and owner) and label; the part keeps its
// own sub-caption as the caption's last paragraph.
func (p *parser) areaPart(t *tableInfo) {
	if p.cur < 0 || p.cur >= len(p.blocks) || len(p.blocks[p.cur].CaptionParts) > 1 {
		return // the first part, or a table with a caption of its own
	}
	b := &p.blocks[p.cur]
	if t.partOf == nil && b != t.b {
		return // a table rebuilt by the parser, not one of the document's
	}
	if t.partOf != nil && (len(b.Rows) > 2 || len(b.CaptionParts) == 1) {
		return // a continuation or next page (dpt_continued.go); a foot may be one under no caption
	}
	parts := p.areaParts(p.cur)
	if len(parts) < 2 || parts[0] == p.cur {
		return
	}
	first := &p.blocks[parts[0]]
	nb := *t.b
	nb.CaptionParts = append([]string(nil), first.CaptionParts[:len(first.CaptionParts)-1]...)
	if len(b.CaptionParts) == 1 {
		nb.CaptionParts = append(nb.CaptionParts, lastPart(b))
	}
	nb.Caption = strings.Join(nb.CaptionParts, " ")
	t.b, t.cap, t.partOf = &nb, " "+normalize.Key(nb.Caption)+" ", first
	t.label = p.label(first)
}

// dptAreaTotals judges the total rows of one part of a roll split by area
// (kinds from dptRowNames): the kabupaten's when all parts' kecamatan
// rows sum to it, a subtotal when its own part's do (dropped silently),
// else refused with a finding. A row named like its part, unnumbered
// among numbered rows and equal to the rows above it, is the part's
// subtotal. Nothing happens outside such a roll.
func (p *parser) dptAreaTotals(t *tableInfo, rows []extract.Row, kinds []dptRowKind, roles []int, level string) {
	if level != "kecamatan" || p.cur < 0 || p.cur >= len(p.blocks) {
		return
	}
	parts := p.areaParts(p.cur)
	if parts == nil {
		return
	}
	nama := indexOf(roles, roleNama)
	figs := [...]int{roleLP, roleL, roleP, roleTPS, roleDesa}
	partKinds(&p.blocks[p.cur], rows, kinds, roles, figs[:], nama)
	// sums over every part's kecamatan rows, per figure; ok false when a
	// part cannot be read alike (another width after a rebuild)
	var all [len(figs)]int64
	allOK := true
	for _, k := range parts {
		b := &p.blocks[k]
		prow, pkinds := rows, kinds
		if k != p.cur {
			if b.Width != t.b.Width {
				allOK = false // read alike only when as wide as this part
				break
			}
			prow, pkinds = b.Rows, kindsFor(p, k, roles, level)
		}
		s, ok := partSums(prow, roles, figs[:], pkinds)
		if !ok {
			allOK = false
			break
		}
		for f := range all {
			all[f] += s[f]
		}
	}
	own, ownOK := partSums(rows, roles, figs[:], kinds)
	for i := range rows {
		k := &kinds[i]
		if !k.total {
			continue
		}
		switch {
		case allOK && sameSumsIn(&rows[i], roles, figs[:], all, rows):
			// the kabupaten: every part's rows sum to it
		case ownOK && sameSumsIn(&rows[i], roles, figs[:], own, rows):
			k.total, k.name = false, "" // the part's subtotal: no fact
		default:
			p.find("dpt.total_tidak_terbukti", facts.Warning, rows[i].Start, rows[i].End, strings.Join(rows[i].Cells, " | "),
				"%s: tabel DPT dibagi per wilayah; baris jumlah ini bukan jumlah baris kecamatan semua bagian maupun bagiannya; tidak dimuat", t.label)
			k.total, k.name = false, ""
		}
	}
}

// kindsFor is the row kinds of another part k, read afresh.
func kindsFor(p *parser, k int, roles []int, level string) []dptRowKind {
	b := &p.blocks[k]
	kk := p.dptRowNames(nil, b.Rows, roles, level, p.doc.Meta.SatkerID)
	partKinds(&p.blocks[k], b.Rows, kk, roles, []int{roleLP, roleL, roleP, roleTPS, roleDesa}, indexOf(roles, roleNama))
	return kk
}

// partKinds drops from kinds a part's subtotal labelled with the part's
// name: an unnumbered row among numbered ones, named like the part
// ("Pulau Raijua", "RAIJUA"), whose figures are the sums of the rows above
// it. A numbered row of that name is a kecamatan.
func partKinds(pb *extract.Block, rows []extract.Row, kinds []dptRowKind, roles, figs []int, nama int) {
	if nama <= 0 || !numberedRows(rows, kinds) {
		return // no No column before the name: nothing tells the rows apart
	}
	subName := ""
	if _, _, tx, ok := subCaption(lastPart(pb)); ok {
		subName = normalize.Key(tx)
	}
	for i := range rows {
		k := &kinds[i]
		if k.total || k.name == "" || isRowNumber(rows[i].Cell(0)) || !partNamed(subName, k.name) {
			continue
		}
		if above, ok := partSums(rows[:i], roles, figs, kinds[:i]); ok && sameSumsIn(&rows[i], roles, figs, above, rows) {
			k.name = ""
		}
	}
}

// partSums sums each figure over the kecamatan rows (named, not totals).
// ok false when a figure present in a row cannot be read.
func partSums(rows []extract.Row, roles []int, figs []int, kinds []dptRowKind) (s [5]int64, ok bool) {
	for i := range rows {
		if i >= len(kinds) || kinds[i].total || kinds[i].name == "" {
			continue
		}
		for f, role := range figs {
			j := indexOf(roles, role)
			if j < 0 {
				continue
			}
			c := rows[i].Cell(j)
			if c == "" {
				continue
			}
			n := normalize.ParseNumber(c, rowsConvention(rows, j))
			if n.Status != normalize.OK || n.Value != float64(int64(n.Value)) {
				return s, false
			}
			s[f] += int64(n.Value)
		}
	}
	return s, true
}

// sameSumsIn: every figure the row prints equals the sum, and it prints
// its L+P; the numbers' convention is read from rows.
func sameSumsIn(r *extract.Row, roles []int, figs []int, sum [5]int64, rows []extract.Row) bool {
	seen := false
	for f, role := range figs {
		j := indexOf(roles, role)
		if j < 0 || r.Cell(j) == "" {
			continue
		}
		n := normalize.ParseNumber(r.Cell(j), rowsConvention(rows, j))
		if n.Status != normalize.OK || int64(n.Value) != sum[f] {
			return false
		}
		seen = seen || role == roleLP
	}
	return seen
}

// numberedRows: some kecamatan row of the part opens with its number.
func numberedRows(rows []extract.Row, kinds []dptRowKind) bool {
	for i := range rows {
		if i < len(kinds) && !kinds[i].total && kinds[i].name != "" && isRowNumber(rows[i].Cell(0)) {
			return true
		}
	}
	return false
}

// partNamed: a row's name is the part's ("Pulau Raijua", or "Raijua"
// without the area word).
func partNamed(part, name string) bool {
	k := normalize.Key(name)
	if k == "" || part == "" {
		return false
	}
	if k == part {
		return true
	}
	for _, w := range areaWords {
		if rest, ok := strings.CutPrefix(part, w+" "); ok && (k == rest || strings.TrimPrefix(k, w+" ") == rest) {
			return true
		}
	}
	return false
}
