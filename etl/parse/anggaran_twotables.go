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

// twoTabBlock is a run of TAB lines: its header line and its rows.
type twoTabBlock struct {
	from, to int // line indices, to exclusive
	kind     int // twoTabPagu, twoTabReal or 0
}

const (
	twoTabPagu = 1 + iota
	twoTabReal
)

// budgetTwoTables joins such pairs (see above); text itself when it holds none.
func budgetTwoTables(doc *facts.Document, text []byte) []byte {
	if !docHasAny(doc, text, "ealisasi", "EALISASI", "ealization", "EALIZATION") {
		return text
	}
	// line-first: a TAB header naming a realisasi and no pagu
	if !someLine(text, twoTabRealGate) {
		return text
	}
	var starts []int // offsets of the lines
	for off := 0; off <= len(text); {
		starts = append(starts, off)
		e := bytes.IndexByte(text[off:], '\n')
		if e < 0 {
			break
		}
		off += e + 1
	}
	line := func(i int) []byte {
		e := len(text)
		if i+1 < len(starts) {
			e = starts[i+1] - 1
		}
		return text[starts[i]:e]
	}
	var blocks []twoTabBlock
	for i := 0; i < len(starts); i++ {
		if bytes.IndexByte(line(i), '\t') < 0 || len(bytes.TrimSpace(line(i))) == 0 {
			continue
		}
		j := i + 1
		for j < len(starts) && bytes.IndexByte(line(j), '\t') >= 0 && len(bytes.TrimSpace(line(j))) > 0 {
			j++
		}
		blocks = append(blocks, twoTabBlock{from: i, to: j, kind: twoTabKind(line(i))})
		i = j - 1
	}
	var out [][]byte // lines rewritten, by index; nil when none
	for k := 0; k+1 < len(blocks); k++ {
		a, b := blocks[k], blocks[k+1]
		if a.kind == 0 || b.kind == 0 || a.kind == b.kind || b.from-a.to > 12 {
			continue
		}
		pg, re := a, b
		if a.kind == twoTabReal {
			pg, re = b, a
		}
		lines := func(bl twoTabBlock) [][]string {
			rows := make([][]string, 0, bl.to-bl.from)
			for i := bl.from; i < bl.to; i++ {
				rows = append(rows, strings.Split(string(line(i)), "\t"))
			}
			return rows
		}
		var gap []byte // the prose between them and the lines above the first
		for i := a.to; i < b.from; i++ {
			gap = append(append(gap, line(i)...), '\n')
		}
		var above []byte
		for i, n := a.from-1, 0; i >= 0 && n < 3; i-- {
			l := line(i)
			if bytes.IndexByte(l, '\t') >= 0 {
				break
			}
			if len(bytes.TrimSpace(l)) > 0 {
				above = append(append(above, l...), '\n')
				n++
			}
		}
		if !twoTabSameBudget(above, line(a.from), gap, line(b.from)) {
			continue
		}
		joined, finds := twoTabJoin(lines(pg), lines(re), pg.from, re.from)
		for _, f := range finds {
			doc.Add(f)
		}
		if joined == nil {
			continue
		}
		if out == nil {
			out = make([][]byte, len(starts))
		}
		for i, row := range joined {
			out[pg.from+i] = []byte(row)
		}
		for i := re.from; i < re.to; i++ {
			out[i] = []byte{}
		}
		k++ // b is taken
	}
	if out == nil {
		return text
	}
	var w bytes.Buffer
	w.Grow(len(text) + 256)
	for i := range starts {
		if i > 0 {
			w.WriteByte('\n')
		}
		if out[i] != nil {
			w.Write(out[i])
		} else {
			w.Write(line(i))
		}
	}
	return w.Bytes()
}

// twoTabRealGate: a TAB line naming a realisation and no pagu, the gate
// that keeps the reader off reports without such a table.
func twoTabRealGate(l []byte) bool {
	return bytes.IndexByte(l, '\t') >= 0 && len(l) < 300 && (foldContains(l, "realis") || foldContains(l, "realiz")) && !foldContains(l, "pagu")
}

// twoTabKind: the header of an allocation table (one pagu column, no
// realisasi, sisa or percent) or of a realisation table (one realisasi,
// a sisa or a percent, no pagu), both with a code or a name column.
func twoTabKind(h []byte) int {
	if len(h) > 300 || !foldContains(h, "realis") && !foldContains(h, "realiz") && !foldContains(h, "pagu") &&
		!foldContains(h, "alokasi") && !foldContains(h, "anggaran") && !foldContains(h, "dipa") && !foldContains(h, "budget") {
		return 0
	}
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
	ctxA := append(append(append([]byte(nil), above...), '\n'), headA...)
	ctxB := append(append(append([]byte(nil), gap...), '\n'), headB...)
	if foldContains(ctxB, "provinsi") && !foldContains(ctxA, "provinsi") {
		return false
	}
	ya, yb := twoTabYears(ctxA), twoTabYears(ctxB)
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

// twoTabYears: the years (1990-2099) written as four digits standing alone.
func twoTabYears(b []byte) map[string]bool {
	var ys map[string]bool
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
