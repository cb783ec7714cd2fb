package parse

import (
	"github.com/kpu-ntt/lkj/etl/extract"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// An office answering a request for the roll (a PPID's written answer, a
// data-service form) heads the table with its clerks' short words: "Kec."
// over the kecamatan, "Lk"/"Pr"/"Jml" over the sexes and their sum. "Kec."
// names no family, so classify leaves such a table unread. It is read as a
// voter roll only when both the table and the text prove it: every row
// with figures adds up (L + P = Jml, so the sex columns are what their
// letters say) and a paragraph just above names the DPT and an election.
//
// A SharePoint list keeps every item's name in its fixed "Title" column,
// whatever the list holds: it is the kecamatan's when the same is proven
// and the paragraph naming the roll also says "kecamatan" (the caption
// "Rekapitulasi DPT Pemilu 2019 per Kecamatan").

// dptShortReach is how many lines above the table the paragraph naming the
// roll may stand: a written answer puts its letterhead, the applicant's
// fields and its ticked boxes between the caption and the table.
const dptShortReach = 40

// dptShortHeads reads such a table as a DPT table; false when it is none.
func (p *parser) dptShortHeads(t *tableInfo) bool {
	b := t.b
	if len(b.Header) == 0 || !has(t.hdr, "kec", "title") {
		return false // cheap gate: no short kecamatan word in the header
	}
	cols := columnTexts(b)
	roles := make([]int, len(cols))
	name, titled := -1, false
	for j, cs := range cols {
		for _, c := range cs {
			if key := normalize.Key(c); key == "kec" || key == "title" {
				titled = titled || key == "title"
				if name >= 0 {
					return false // two columns could be the name: neither is proven
				}
				name, roles[j] = j, roleNama
				break
			}
			if r := dptRole(c); r != roleNone {
				roles[j] = r
				break
			}
		}
	}
	if name < 0 || !oneEach(roles, roleL, roleP, roleLP) || !shortSexesAdd(b, name, roles) || !p.rollNamedAbove(b.Start) ||
		titled && !p.rollNamedAboveWith(b.Start, "kecamatan") {
		return false
	}
	nb := *b // the header spelled out; the document's block is left as it was
	nb.Header = make([]extract.Row, len(b.Header))
	for i, h := range b.Header {
		nb.Header[i] = h
		nb.Header[i].Cells = append([]string(nil), h.Cells...)
		for j, c := range h.Cells {
			if key := normalize.Key(c); j == name && (key == "kec" || key == "title") {
				nb.Header[i].Cells[j] = "Kecamatan"
			}
		}
	}
	nt := &tableInfo{b: &nb, label: t.label, hdr: headerText(&nb), cap: t.cap, section: t.section, width: nb.Width, fam: famDPT}
	t.fam = famDPT
	p.dptTable(nt)
	return true
}

// oneEach: each of the roles heads exactly one column.
func oneEach(roles []int, want ...int) bool {
	for _, w := range want {
		n := 0
		for _, r := range roles {
			if r == w {
				n++
			}
		}
		if n != 1 {
			return false
		}
	}
	return true
}

// shortSexesAdd: at least two rows carry a name and figures, and every row
// with a figure under the sex columns has L + P = total. One row that does
// not add up leaves the letters unproven, so the table is not read.
func shortSexesAdd(b *extract.Block, name int, roles []int) bool {
	jl, jp, jt := indexOf(roles, roleL), indexOf(roles, roleP), indexOf(roles, roleLP)
	named := 0
	for i := range b.Rows {
		r := &b.Rows[i]
		cl, cp, ct := r.Cell(jl), r.Cell(jp), r.Cell(jt)
		if cl == "" && cp == "" && ct == "" {
			continue // a group heading or a blank line
		}
		l, okL := dptCount(cl)
		pp, okP := dptCount(cp)
		lp, okT := dptCount(ct)
		if !okL || !okP || !okT || l+pp != lp {
			return false
		}
		if hasLetter(r.Cell(name)) {
			named++
		}
	}
	return named >= 2
}

// rollNamedAbove: a paragraph starting at most dptShortReach lines above the
// table names the voter roll and one election ("Rekapitulasi DPT Pemilu
// 2024"): the caption far above, or the request's "information asked for".
func (p *parser) rollNamedAbove(start int) bool { return p.rollNamedAboveWith(start, "") }

// rollNamedAboveWith: rollNamedAbove, the paragraph also holding word.
func (p *parser) rollNamedAboveWith(start int, word string) bool {
	for k := len(p.recent) - 1; k >= 0; k-- {
		rt := p.recent[k]
		if rt.line < start-dptShortReach {
			break
		}
		if !containsFoldASCII(rt.text, "dpt") && !containsFoldASCII(rt.text, "daftar pemilih tetap") {
			continue
		}
		k := normalize.SpacedKey(rt.text)
		if word != "" && !containsFoldASCII(rt.text, word) {
			continue
		}
		if has(k, "dpt", "daftar pemilih tetap") && !otherRoll(rt.text) && pemilihanOf(withoutDistrict(rt.text)) != "" {
			return true
		}
	}
	return false
}
