package parse

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/kpu-ntt/lkj/etl/facts"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// A report may type one budget's measures in two tables keyed by the same
// codes: first the allocation ("Kode | Uraian | Pagu DIPA Revisi"), then,
// after a sentence, the realisation ("Kode | Uraian | Realisasi | Sisa |
// Serapan (%)", "sisa dihitung dari pagu pada tabel alokasi"), or the other
// way round, the second table maybe without its Uraian or with only some of
// the codes. Read alone, the pagu table loads its rows with a NULL
// realisasi and the realisasi table, having no pagu, is read by nobody.
//
// The two are one table when nothing but prose lies between them (another
// table between them, a capaian or a DPT, parts them), the second (its
// header and the prose before it) names no year the first (its header and
// the three lines above it, its caption) does not, nor the province, and
// the rows prove it: a row
// of the realisation table joins the allocation row of its code (the total
// row that of the total) only when pagu − realisasi = sisa to the rupiah,
// or realisasi/pagu the stated percent to its last printed digit, and
// every measure the row states fits. The joined measures are written as
// columns of the allocation table and the realisation table is blanked,
// so the ordinary budget reader reads one table and checks it again.
//
// A code in the allocation table only keeps its pagu alone, as before. A
// realisation row that fails the arithmetic, or whose code the allocation
// table lacks, joins nothing and is a finding. When fewer than half the
// shared codes prove, or the realisation table names more codes the
// allocation lacks than it shares, they are not one budget: nothing is
// joined, one finding.

// twoTabBlock is a run of TAB lines whose header names one of the two kinds.
type twoTabBlock struct {
	seq      int // its place among all the text's runs of TAB lines
	from, to int // line indices (0-based), to exclusive
	off, end int // byte offsets of its first line's start and its last line's end
	kind     int // twoTabPagu or twoTabReal
}

const (
	twoTabPagu = 1 + iota
	twoTabReal
)

// budgetTwoTables joins such pairs (see above); text itself when it holds
// none. One pass over the lines, nothing copied: only a TAB line opening a
// run is looked at, and only one naming a budget word is split.
func budgetTwoTables(doc *facts.Document, text []byte) []byte {
	if !docHasAny(doc, text, "ealisasi", "EALISASI", "ealization", "EALIZATION") || !someLine(text, twoTabRealGate) {
		return text
	}
	var blocks []twoTabBlock
	seq, in := 0, false
	for off, n := 0, 0; off < len(text); n++ {
		e := bytes.IndexByte(text[off:], '\n')
		if e < 0 {
			e = len(text) - off
		}
		l := text[off : off+e]
		switch tab := bytes.IndexByte(l, '\t') >= 0 && len(bytes.TrimSpace(l)) > 0; {
		case tab && !in:
			in, seq = true, seq+1
			if k := twoTabLikely(l); k != 0 {
				blocks = append(blocks, twoTabBlock{seq: seq, from: n, to: n + 1, off: off, end: off + e, kind: k})
			}
		case tab:
			if last := len(blocks) - 1; last >= 0 && blocks[last].seq == seq {
				blocks[last].to, blocks[last].end = n+1, off+e
			}
		default:
			in = false
		}
		off += e + 1
	}
	type edit struct {
		off, end int
		repl     string
	}
	var edits []edit
	for k := 0; k+1 < len(blocks); k++ {
		a, b := blocks[k], blocks[k+1]
		if b.seq != a.seq+1 || a.kind == b.kind || b.from-a.to > 12 {
			continue // another table between them, or far apart
		}
		if twoTabKind(twoTabLine(text, a.off)) != a.kind || twoTabKind(twoTabLine(text, b.off)) != b.kind {
			continue
		}
		if !twoTabSameBudget(twoTabAbove(text, a.off), twoTabLine(text, a.off), text[a.end:b.off], twoTabLine(text, b.off)) {
			continue
		}
		pg, re := a, b
		if a.kind == twoTabReal {
			pg, re = b, a
		}
		joined, finds := twoTabJoin(twoTabRows(text, pg), twoTabRows(text, re), pg.from, re.from)
		for _, f := range finds {
			doc.Add(f)
		}
		if joined == nil {
			continue
		}
		e1 := edit{pg.off, pg.end, strings.Join(joined, "\n")}
		e2 := edit{re.off, re.end, strings.Repeat("\n", re.to-re.from-1)} // blanked, the lines kept
		if re.off < pg.off {
			edits = append(edits, e2, e1)
		} else if c0, c1, ok := twoTabCaption(text, pg.end, re.off); ok {
			// the second table's own caption goes with its rows (else it
			// stays a sentence of figures no reader takes)
			edits = append(edits, e1, edit{c0, c1, ""}, e2)
		} else {
			edits = append(edits, e1, e2)
		}
		k++ // b is taken
	}
	if edits == nil {
		return text
	}
	var w bytes.Buffer
	w.Grow(len(text) + 256)
	at := 0
	for _, e := range edits {
		w.Write(text[at:e.off])
		w.WriteString(e.repl)
		at = e.end
	}
	w.Write(text[at:])
	return w.Bytes()
}

// twoTabCaption: the caption line ("Tabel 3.4 …") right above the line at
// off (blank lines between), after from; its start and end.
func twoTabCaption(text []byte, from, off int) (int, int, bool) {
	p := off
	for n := 0; n < 3 && p > from+1; n++ {
		q := bytes.LastIndexByte(text[:p-1], '\n') + 1
		if q <= from {
			return 0, 0, false
		}
		l := bytes.TrimSpace(text[q : p-1])
		if len(l) > 0 {
			if bytes.HasPrefix(bytes.ToLower(l[:min(len(l), 6)]), []byte("tabel ")) {
				return q, p - 1, true
			}
			return 0, 0, false
		}
		p = q
	}
	return 0, 0, false
}

// twoTabLine: the line of text starting at off.
func twoTabLine(text []byte, off int) []byte {
	l := text[off:]
	if i := bytes.IndexByte(l, '\n'); i >= 0 {
		l = l[:i]
	}
	return l
}

// twoTabAbove: up to three non-blank lines above the line at off, none
// across a TAB line (its caption and what introduces it).
func twoTabAbove(text []byte, off int) []byte {
	p := off
	for n := 0; n < 3 && p > 0; {
		q := bytes.LastIndexByte(text[:p-1], '\n') + 1
		l := text[q : p-1]
		if bytes.IndexByte(l, '\t') >= 0 {
			break
		}
		if len(bytes.TrimSpace(l)) > 0 {
			n++
		}
		p = q
	}
	return text[p:off]
}

// twoTabRows: a block's lines split into cells, the header first.
func twoTabRows(text []byte, bl twoTabBlock) [][]string {
	lines := strings.Split(string(text[bl.off:bl.end]), "\n")
	rows := make([][]string, len(lines))
	for i, l := range lines {
		rows[i] = strings.Split(strings.TrimRight(l, "\r"), "\t")
	}
	return rows
}

// twoTabRealGate: a TAB line naming a realisation, a sisa or a percent,
// and no pagu: the header of a realisation table, the gate that keeps the
// reader off reports without one. It runs on every line of a report that
// names a realisasi anywhere, and most TAB lines name none: one pass for
// "realis"/"realiz" under twoTabLikely's own fold (b|0x20), without a
// folded copy, answers those before twoTabLikely folds the line and looks
// for its dozen words (issue 13); twoTabLikely returns 0 for a line longer
// than 300 bytes or without those words, so the answer is unchanged.
func twoTabRealGate(l []byte) bool {
	return bytes.IndexByte(l, '\t') >= 0 && len(l) <= 300 && foldRealis(l) && twoTabLikely(l) == twoTabReal
}

// foldRealis: l holds "realis" or "realiz" with every byte folded b|0x20.
func foldRealis(l []byte) bool {
	for i := 0; i+6 <= len(l); i++ {
		if l[i]|0x20 == 'r' && l[i+1]|0x20 == 'e' && l[i+2]|0x20 == 'a' && l[i+3]|0x20 == 'l' && l[i+4]|0x20 == 'i' {
			if c := l[i+5] | 0x20; c == 's' || c == 'z' {
				return true
			}
		}
	}
	return false
}

// twoTabLikely: the kind a header's words allow, read from its bytes
// alone (nothing split, nothing copied); twoTabKind settles it by the
// columns' roles. A capaian table's header (Target, Indikator) is neither.
func twoTabLikely(h []byte) int {
	if len(h) > 300 {
		return 0
	}
	// every byte folded once (b|0x20, foldContains's own rule), then each
	// word found by bytes.Contains: the gate runs on every TAB line
	var buf [300]byte
	f := buf[:len(h)]
	for i, c := range h {
		f[i] = c | 0x20
	}
	has := func(w string) bool { return bytes.Contains(f, []byte(w)) }
	if has("target") || has("indikator") {
		return 0
	}
	real := has("realis") || has("realiz")
	measure := bytes.IndexByte(h, '%') >= 0 || has("sisa") || has("serap") || has("persen") ||
		has("sentase") || has("balance") || has("absorp")
	switch {
	case real && measure && !has("pagu"):
		return twoTabReal
	case !real && !measure && (has("pagu") || has("alokasi") || has("anggaran") ||
		has("dipa") || has("budget") || has("allocation") || has("ceiling")):
		return twoTabPagu
	}
	return 0
}

// twoTabKind: the header of an allocation table (one pagu column, no
// realisasi, sisa or percent) or of a realisation table (one realisasi,
// a sisa or a percent, no pagu), both with a code or a name column.
func twoTabKind(h []byte) int {
	var n [32]int
	for _, c := range strings.Split(string(h), "\t") {
		if r := anggaranRole(strings.TrimSpace(c)); r >= 0 && r < len(n) {
			n[r]++
		}
	}
	if n[roleKode]+n[roleUraian] == 0 || n[roleTahun] > 0 {
		return 0
	}
	switch {
	case n[rolePagu] == 1 && n[roleRealisasi]+n[roleSisa]+n[rolePersen] == 0:
		return twoTabPagu
	case n[rolePagu] == 0 && n[roleRealisasi] == 1 && n[roleSisa] <= 1 && n[rolePersen] <= 1 && n[roleSisa]+n[rolePersen] > 0:
		return twoTabReal
	}
	return 0
}

// twoTabSameBudget: the second table (its header, the prose before it)
// names no year and no province the first (its header, its caption
// above) does not; when only one of them names a year, the arithmetic
// decides (a realisasi and sisa fit only the pagu they were worked from).
func twoTabSameBudget(above, headA, gap, headB []byte) bool {
	if (foldContains(gap, "provinsi") || foldContains(headB, "provinsi")) && !foldContains(above, "provinsi") && !foldContains(headA, "provinsi") {
		return false
	}
	ya, yb := twoTabYears(twoTabYears(nil, above), headA), twoTabYears(twoTabYears(nil, gap), headB)
	if len(ya) == 0 || len(yb) == 0 {
		return true // nothing to disagree; the arithmetic decides
	}
	for y := range yb {
		if !ya[y] {
			return false
		}
	}
	return true
}

// twoTabYears adds to ys the years (1900-2099) of b written as four
// digits standing alone.
func twoTabYears(ys map[string]bool, b []byte) map[string]bool {
	for i := 0; i+4 <= len(b); i++ {
		if (b[i] == '1' && b[i+1] == '9' || b[i] == '2' && b[i+1] == '0') && isDigitByte(b[i+2]) && isDigitByte(b[i+3]) &&
			(i == 0 || !isDigitByte(b[i-1]) && b[i-1] != '.') && (i+4 == len(b) || !isDigitByte(b[i+4]) && b[i+4] != '.') {
			if ys == nil {
				ys = map[string]bool{}
			}
			ys[string(b[i:i+4])] = true
		}
	}
	return ys
}

// twoTabKey: a row's code, canonical (WA and 076.01.WA one program, WA.3355
// and 3355 one kegiatan), TOTAL for the total row, "" for none.
func twoTabKey(cells []string, kode, uraian int) string {
	cell := func(j int) string {
		if j < 0 || j >= len(cells) {
			return ""
		}
		return strings.TrimSpace(cells[j])
	}
	k, u := cell(kode), cell(uraian)
	if totalText(k) || k == "" && totalText(u) {
		return "TOTAL"
	}
	code := ""
	if k != "" {
		code, _ = budgetCode(k)
	} else {
		code, _ = budgetCode(u)
	}
	if m := reProgram.FindStringSubmatch(code); m != nil {
		return "P" + m[3]
	}
	if m := reKegiatan.FindStringSubmatch(code); m != nil {
		return m[2]
	}
	return code
}

// twoTabJoin joins the realisation rows re (header first, its first line
// at line reLine) onto the allocation rows pg (at pgLine): the allocation
// table's lines rewritten, or nil when they are not one budget, and the
// findings.
func twoTabJoin(pg, re [][]string, pgLine, reLine int) (joined []string, finds []facts.Finding) {
	role := func(h []string, r int) int {
		for j, c := range h {
			if anggaranRole(strings.TrimSpace(c)) == r {
				return j
			}
		}
		return -1
	}
	hp, hr := pg[0], re[0]
	pKode, pUr, pPagu := role(hp, roleKode), role(hp, roleUraian), role(hp, rolePagu)
	rKode, rUr := role(hr, roleKode), role(hr, roleUraian)
	rReal, rSisa, rPct := role(hr, roleRealisasi), role(hr, roleSisa), role(hr, rolePersen)
	if pKode < 0 && pUr < 0 || rKode < 0 && rUr < 0 {
		return nil, nil
	}
	if pKode < 0 && pUr > 0 || rKode < 0 && rUr > 0 {
		return nil, nil // a name column not first and no code column: which cell is the code is not known
	}
	width := len(hp)
	for _, r := range pg[1:] {
		if len(r) > width {
			return nil, nil // cells beyond the header: its columns are not plain
		}
	}
	byKey := map[string]int{} // allocation row by key
	for i, r := range pg[1:] {
		if k := twoTabKey(r, pKode, pUr); k != "" {
			if _, dup := byKey[k]; dup {
				return nil, nil
			}
			byKey[k] = i + 1
		}
	}
	convP := cellsConvention(pg[1:], pPagu)
	convR, convS, convC := cellsConvention(re[1:], rReal), normalize.Unknown, normalize.Unknown
	if rSisa >= 0 {
		convS = cellsConvention(re[1:], rSisa)
	}
	if rPct >= 0 {
		convC = cellsConvention(re[1:], rPct)
	}
	money := func(r []string, j int, conv normalize.Convention) (int64, bool) {
		if j < 0 || j >= len(r) {
			return 0, false
		}
		v, n := normalize.Money(r[j], conv)
		return v, n.Status == normalize.OK
	}
	join := map[int]int{} // allocation row → realisation row
	seen := map[string]bool{}
	shared, only := 0, 0
	var bad []facts.Finding
	for i, r := range re[1:] {
		k := twoTabKey(r, rKode, rUr)
		if k == "" {
			continue
		}
		if seen[k] {
			return nil, nil // a code twice: which row joins is not known
		}
		seen[k] = true
		line := reLine + i + 2 // 1-based, the header first
		pi, ok := byKey[k]
		if !ok {
			only++
			bad = append(bad, twoTabFinding(line, fmt.Sprintf("kode %s tidak ada pada tabel pagu; realisasinya tidak dimuat", strings.TrimSpace(r[max(rKode, 0)]))))
			continue
		}
		shared++
		p, okP := money(pg[pi], pPagu, convP)
		rv, okR := money(r, rReal, convR)
		s, okS := money(r, rSisa, convS)
		hasS := rSisa >= 0 && rSisa < len(r) && strings.TrimSpace(r[rSisa]) != ""
		hasC := rPct >= 0 && rPct < len(r) && strings.TrimSpace(r[rPct]) != ""
		fits := okP && okR && (hasS || hasC) &&
			(!hasS || okS && p-rv == s) &&
			(!hasC || p > 0 && percentFits(r, rPct, convC, float64(rv)/float64(p)*100))
		if !fits {
			bad = append(bad, twoTabFinding(line, "pagu − realisasi ≠ sisa atau persentase tidak cocok dengan pagu pada tabel pagu; realisasinya tidak dimuat"))
			continue
		}
		join[pi] = i + 1
	}
	if shared < 2 || len(join)*2 < shared || only > shared {
		if shared >= 2 {
			finds = append(finds, facts.Finding{Span: facts.Span{Start: reLine + 1, End: reLine + len(re)}, Aturan: "anggaran.dua_tabel", Tingkat: facts.Warning,
				Pesan: fmt.Sprintf("tabel realisasi tidak cocok dengan tabel pagu baris %d (%d dari %d kode terbukti); tidak digabung", pgLine+1, len(join), shared)})
		}
		return nil, finds
	}
	var cols []int // the realisation table's measure columns, in its order
	for j := range hr {
		if j == rReal || j == rSisa || j == rPct {
			cols = append(cols, j)
		}
	}
	joined = make([]string, len(pg))
	for i, r := range pg {
		cells := append(make([]string, 0, width+len(cols)), r...)
		for len(cells) < width {
			cells = append(cells, "")
		}
		src := hr
		if i > 0 {
			src = nil
			if ri, ok := join[i]; ok {
				src = re[ri]
			}
		}
		for _, j := range cols {
			c := ""
			if j < len(src) {
				c = src[j]
			}
			cells = append(cells, c)
		}
		joined[i] = strings.Join(cells, "\t")
	}
	return joined, bad
}

func twoTabFinding(line int, msg string) facts.Finding {
	return facts.Finding{Span: facts.Span{Start: line, End: line}, Aturan: "anggaran.dua_tabel", Tingkat: facts.Warning, Pesan: msg}
}
