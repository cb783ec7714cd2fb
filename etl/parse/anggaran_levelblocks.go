package parse

import (
	"strings"

	"github.com/kpu-ntt/lkj/etl/extract"
	"github.com/kpu-ntt/lkj/etl/facts"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// A budget printed as two blocks of the same columns side by side, one
// level each: the parent on the left, its children on the right, the
// parent's cells on its first child's row only and the total in the left
// block of a last row:
//
//	Kode | Program | Pagu | Realisasi | Sisa | % | Kode | Kegiatan | Pagu | Realisasi | Sisa | %
//	WA   | Dukungan… | 2.688… | …              | 3355 | Keuangan … | 924… | …
//	     |           |        |                | 3358 | SDM …      | 443… | …
//	     | JUMLAH    | 3.702… | …
//
// Read as one table the right block's columns repeat the left's roles and
// every figure is lost. Read as the ordinary hierarchy, each left-block row
// is a parent line and each right-block row a child of the parent last
// filled on the left: levelBlocks rewrites the table as the ordinary
// budget table it stands for (parent line, then its children, the total
// last), so the ordinary reader loads it and makes its own checks (a
// row's pagu − realisasi = sisa and its serapan, anggaran.go).
//
// What it trusts: the two halves' columns have the same roles
// (anggaranRoleOf) but their name columns, which name two budget levels,
// parent over child (Program | Kegiatan, Kegiatan | Output); a child row
// comes under a parent; the left block alone only on a parent without a
// child or on the last row, the total. And the arithmetic: at least one
// parent's children must sum to it (the pairing of the blocks proven; the
// parents' sum to the total proves only the left block) before the table
// is read so; a parent whose children do not sum (or a total its parents
// do not make) loads as written, with a finding, each row still held to
// its own arithmetic by the ordinary reader. Two years side by side (no
// level names its name columns), a DPT or capaian in two groups (no
// budget roles) and two unrelated tables side by side (no parent's
// children sum to it) are left as they were.

// budgetLevelWord is the budget level a name column's header names
// (1 program, 2 kegiatan, 3 output or sub kegiatan), 0 for none.
func budgetLevelWord(cell string) int {
	k := normalize.Key(cell)
	k = strings.TrimPrefix(k, "nama ")
	k = strings.TrimPrefix(k, "uraian ")
	switch k {
	case "program":
		return 1
	case "kegiatan":
		return 2
	case "output", "sub kegiatan", "subkegiatan", "rincian output", "ro", "kro", "klasifikasi rincian output":
		return 3
	}
	return 0
}

// levelBlocks returns b rewritten as one budget table of parent and child
// lines, or false, reading nothing, when b is not the class.
func (p *parser) levelBlocks(b *extract.Block) (*extract.Block, bool) {
	if len(b.Header) == 0 || len(b.Rows) < 2 {
		return nil, false
	}
	w := 0
	for _, h := range b.Header {
		w = max(w, len(h.Cells))
	}
	if w < 6 || w%2 != 0 {
		return nil, false // the cheap gate: an even header of at least two blocks of three
	}
	half := w / 2
	if !levelHeaderPair(b.Header, half) {
		return nil, false // no column names a budget level in both blocks: nothing built
	}
	names := make([]string, w)
	for j := range names {
		var sb strings.Builder
		for _, h := range b.Header {
			if c := strings.TrimSpace(h.Cell(j)); c != "" {
				if sb.Len() > 0 {
					sb.WriteByte(' ')
				}
				sb.WriteString(c)
			}
		}
		names[j] = sb.String()
	}
	nameJ, kodeJ, persJ := -1, -1, -1
	money := [3]int{-1, -1, -1} // pagu, realisasi, sisa
	for j := 0; j < half; j++ {
		lr, rr := anggaranRoleOf(names[j]), anggaranRoleOf(names[j+half])
		if lr != rr {
			return nil, false
		}
		ll, rl := budgetLevelWord(names[j]), budgetLevelWord(names[j+half])
		switch {
		case ll != 0 || rl != 0:
			if nameJ >= 0 || ll == 0 || rl != ll+1 {
				return nil, false // one name column, naming parent over child
			}
			nameJ = j
		case !strings.EqualFold(names[j], names[j+half]):
			return nil, false
		case lr == rolePagu && money[0] < 0:
			money[0] = j
		case lr == roleRealisasi && money[1] < 0:
			money[1] = j
		case lr == roleSisa && money[2] < 0:
			money[2] = j
		case lr == rolePersen && persJ < 0:
			persJ = j
		case lr == roleKode && kodeJ < 0:
			kodeJ = j
		}
	}
	if nameJ < 0 || money[0] < 0 || money[1] < 0 && money[2] < 0 {
		return nil, false
	}
	for _, r := range b.Rows {
		if len(r.Cells) > w {
			return nil, false
		}
	}
	// the rows: a parent (left), its children (right), the total (left, last)
	var lines []levelLine
	haveParent, total := false, -1
	for i, r := range b.Rows {
		left, right := splitRow(r, half)
		lf, rf := left.NonEmpty() > 0, right.NonEmpty() > 0
		if lf && i == len(b.Rows)-1 && !rf && totalText(strings.TrimSpace(left.Cell(nameJ))+" "+strings.TrimSpace(left.Cell(kodeJ))) {
			total = len(lines)
			lines = append(lines, levelLine{row: left})
			continue
		}
		if lf {
			if strings.TrimSpace(left.Cell(nameJ)) == "" && strings.TrimSpace(left.Cell(kodeJ)) == "" {
				return nil, false // figures with no name: not a parent line
			}
			haveParent = true
			lines = append(lines, levelLine{row: left, parent: true})
		}
		if rf {
			if !haveParent {
				return nil, false // a child under no parent
			}
			lines = append(lines, levelLine{row: right})
		}
	}
	if !haveParent {
		return nil, false
	}
	proven, failed := levelBlockSums(lines, money, total)
	if proven == 0 {
		return nil, false // no sum proves the two blocks one hierarchy: left as it was
	}
	for _, i := range failed {
		f := lines[i].row
		p.find("anggaran.blok_tidak_berjumlah", facts.Warning, f.Start, f.End, f.Cell(nameJ),
			"%s: rincian pada blok kanan tidak berjumlah sama dengan baris induknya pada blok kiri; dimuat sebagaimana tertulis bila aritmetika barisnya sendiri berlaku", strings.TrimSpace(f.Cell(nameJ)))
		// the block's own lines (the parent and its children, or the
		// total alone) load only where their own arithmetic holds
		for j := i; j < len(lines) && (j == i || !lines[j].parent && j != total); j++ {
			lines[j].row = p.levelRowOwn(lines[j].row, money, persJ, nameJ)
		}
	}
	out := *b
	out.Width = half
	out.Header = make([]extract.Row, len(b.Header))
	for i, h := range b.Header {
		l, _ := splitRow(h, half)
		cells := append([]string(nil), l.Cells...)
		if nameJ < len(cells) && cells[nameJ] != "" {
			cells[nameJ] = cells[nameJ] + " / " + strings.TrimSpace(h.Cell(nameJ+half))
		}
		out.Header[i] = extract.Row{Start: h.Start, End: h.End, Cells: cells}
	}
	out.Rows = make([]extract.Row, len(lines))
	for i, l := range lines {
		out.Rows[i] = l.row
	}
	return &out, true
}

// levelLine is one line of the rewritten table: a parent's (left block)
// or a child's (right block) cells.
type levelLine struct {
	row    extract.Row
	parent bool
}

// levelBlockSums proves the hierarchy: each parent's children sum to the
// parent in every amount column where all are given, and the parents to
// the total (index total, -1 without one). It counts the parents whose
// children prove the pairing of the blocks (the total proves only the
// left block, so it is not counted) and returns the lines that do not
// sum (their indices): a parent, or the total when its parents do not
// sum to it.
func levelBlockSums(lines []levelLine, money [3]int, total int) (proven int, failed []int) {
	var convs [3]normalize.Convention
	for k, j := range money {
		if j < 0 {
			continue
		}
		var t normalize.ConventionTally
		for _, l := range lines {
			t.Add(l.row.Cell(j))
		}
		convs[k] = t.Convention()
	}
	amount := func(r extract.Row, k int) (int64, bool) {
		if money[k] < 0 {
			return 0, false
		}
		v, n := normalize.Money(r.Cell(money[k]), convs[k])
		return v, n.Status == normalize.OK
	}
	// sums compares head's amounts with the sum of parts' in each column
	// where all are given: 1 proven, -1 refuted, 0 nothing to compare.
	sums := func(head extract.Row, parts []extract.Row) int {
		if len(parts) == 0 {
			return 0
		}
		res := 0
	cols:
		for k := range money {
			want, ok := amount(head, k)
			if !ok {
				continue
			}
			var got int64
			for _, r := range parts {
				v, ok := amount(r, k)
				if !ok {
					continue cols
				}
				got += v
			}
			if got != want {
				return -1
			}
			res = 1
		}
		return res
	}
	var parents []extract.Row
	for i := 0; i < len(lines); i++ {
		if !lines[i].parent {
			continue
		}
		head := lines[i].row
		parents = append(parents, head)
		var kids []extract.Row
		for j := i + 1; j < len(lines) && !lines[j].parent && j != total; j++ {
			kids = append(kids, lines[j].row)
		}
		switch sums(head, kids) {
		case 1:
			proven++
		case -1:
			failed = append(failed, i)
		}
	}
	if proven > 0 && total >= 0 && sums(lines[total].row, parents) == -1 {
		failed = append(failed, total)
	}
	return proven, failed
}

// levelHeaderPair: some header row names a budget level in the same
// column of both blocks, checked by bytes (no key built), so that an
// ordinary table pays nothing.
func levelHeaderPair(hs []extract.Row, half int) bool {
	for _, h := range hs {
		for j := 0; j < half && j+half < len(h.Cells); j++ {
			if levelWordBytes(h.Cells[j]) && levelWordBytes(h.Cells[j+half]) {
				return true
			}
		}
	}
	return false
}

// levelWordBytes: s may name a budget level (program, kegiatan, output,
// RO/KRO), in any case.
func levelWordBytes(s string) bool {
	if len(s) < 2 || len(s) > 40 {
		return false
	}
	return containsFoldASCII(s, "program") || containsFoldASCII(s, "kegiatan") || containsFoldASCII(s, "output") ||
		containsFoldASCII(s, "ro")
}

// levelRowOwn holds a line of a block that does not sum to its own
// arithmetic (hierProve, budget_hierarchy.go: sisa = pagu − realisasi, the
// printed serapan = realisasi / pagu): a line that fails loses its
// figures (loaded NULL) with a finding. It returns r, or a copy cleared.
func (p *parser) levelRowOwn(r extract.Row, money [3]int, persJ, nameJ int) extract.Row {
	cell := func(j int) string {
		if j < 0 {
			return ""
		}
		return strings.TrimSpace(r.Cell(j))
	}
	bx := hierBox{pagu: cell(money[0]), real: cell(money[1]), sisa: cell(money[2]), sera: strings.TrimSpace(strings.TrimSuffix(cell(persJ), "%"))}
	bad := "pagu atau realisasi tidak tertulis"
	if bx.pagu != "" && bx.real != "" {
		bad = hierProve(&bx)
	}
	if bad == "" {
		return r
	}
	p.find("anggaran.blok_baris_tidak_terbukti", facts.Warning, r.Start, r.End, cell(nameJ),
		"%s: %s pada blok yang tidak berjumlah; angkanya tidak dimuat", cell(nameJ), bad)
	cells := append([]string(nil), r.Cells...)
	for _, j := range [...]int{money[0], money[1], money[2], persJ} {
		if j >= 0 && j < len(cells) {
			cells[j] = ""
		}
	}
	return extract.Row{Start: r.Start, End: r.End, Cells: cells}
}
