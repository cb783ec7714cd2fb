package parse

import (
	"strings"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// A budget printed by a finance application's report engine (SAKTI, SPAN,
// OM-SPAN or any banded report writer) and pasted as text:
//
//	======================================================================
//	KODE      URAIAN                         PAGU     REALISASI  SISA PAGU      %
//	======================================================================
//	PROGRAM : 076.01.WA  PROGRAM DUKUNGAN MANAJEMEN
//	  3355    Pengelolaan Keuangan dan   2.288.400.000  2.240.915.600  47.484.400  97,92
//	          Barang Milik Negara
//	  3359    Pengelolaan Hukum …          118.700.000    110.842.000   7.858.000  93,38
//	          ------------------------------------------------------------
//	          SUB TOTAL PROGRAM 076.01.WA 2.407.100.000 2.351.757.600 55.342.400  97,70
//	======================================================================
//	          TOTAL SATKER               …
//
// The report is bands, not a grid: a group header line (the program's
// code, maybe its name, no figures), the detail lines under it (a code at
// the line's start, the name, the figures on the first line, a long name
// wrapped on the lines below), a group footer with the group's figures,
// and the report total. Columns are not trusted (a photographed print's
// extraction glues lines and mixes TABs into them); the reader reads the
// report as words instead: the header line between rules gives the
// figures' roles in their order (pagu, realisasi, sisa, %), a detail's
// figures are the last run of that many figures before the next band,
// and every band is proven by addition: a footer must equal the sum of its
// details (every summed role), the total the sum of the footers. The
// report then becomes the TAB table it stands for: each program's row (its
// footer's figures) above its kegiatan, the total last, for the budget
// table reader. When a sum fails nothing is rewritten and a finding says
// so; a report of other figures (no pagu and realisasi in the header) is
// not read.

// bandRole is a figure column's meaning, in the header's order.
type bandRole struct {
	head string // the header cell written for it
	sum  bool   // a footer adds it up (a percent is not added)
}

// bandItem is one band of the report.
type bandItem struct {
	kind byte // 'g' group header, 'd' detail, 'f' group footer, 't' total
	code string
	name []string
	figs []string // the figures as written
	vals []int64  // the same, hundredths
}

// bandedReports rewrites the banded budget reports in data; data itself
// when it holds none.
func bandedReports(doc *facts.Document, data []byte) []byte {
	if !bandGate(doc, data) {
		return data
	}
	lines := strings.Split(string(data), "\n")
	changed := false
	for i := 1; i+1 < len(lines); i++ {
		roles := bandHeader(lines[i])
		if roles == nil || !bandRule(lines[i-1]) && !bandRule(lines[i+1]) {
			continue
		}
		if end, ok := bandReport(doc, lines, i, roles); ok {
			changed = true
			i = end
		}
	}
	if !changed {
		return data
	}
	return []byte(strings.Join(lines, "\n"))
}

// bandGate: a group footer's words and a rule line occur in data.
func bandGate(doc *facts.Document, data []byte) bool {
	foot := false
	for _, w := range []string{"SUB TOTAL", "Sub Total", "SUBTOTAL", "Subtotal", "JUMLAH PROGRAM", "Jumlah Program", "Sub Jumlah", "SUB JUMLAH"} {
		if docHas(doc, data, w) {
			foot = true
			break
		}
	}
	return foot && (docHas(doc, data, "==========") || docHas(doc, data, "----------"))
}

// bandRule: a line of '=' or '-' only (ten at least).
func bandRule(l string) bool {
	t := strings.TrimSpace(strings.TrimPrefix(l, "\f"))
	return len(t) >= 10 && (strings.Trim(t, "=") == "" || strings.Trim(t, "-") == "")
}

// bandHeader reads the figure roles of a header line naming a code or
// description column, PAGU and REALISASI; nil for another line.
func bandHeader(l string) []bandRole {
	u := strings.ToUpper(strings.ReplaceAll(l, "\t", " "))
	if len(u) > 400 || !strings.Contains(u, "REALISASI") || !strings.Contains(u, "PAGU") ||
		!strings.Contains(u, "KODE") && !strings.Contains(u, "URAIAN") {
		return nil
	}
	type at struct {
		p int
		r bandRole
	}
	var found []at
	f := strings.Fields(u)
	for k := 0; k < len(f); k++ {
		switch w := strings.Trim(f[k], "():"); w {
		case "PAGU":
			found = append(found, at{k, bandRole{"Pagu", true}})
		case "REALISASI":
			found = append(found, at{k, bandRole{"Realisasi", true}})
		case "SISA":
			found = append(found, at{k, bandRole{"Sisa", true}})
			if k+1 < len(f) && strings.Trim(f[k+1], "():") == "PAGU" {
				k++ // "SISA PAGU" is one column
			}
		case "%", "PERSEN", "SERAPAN":
			found = append(found, at{k, bandRole{"Serapan (%)", false}})
		}
	}
	var roles []bandRole
	pagu, real := 0, 0
	for _, a := range found {
		if a.r.head == "Pagu" {
			pagu++
		}
		if a.r.head == "Realisasi" {
			real++
		}
		roles = append(roles, a.r)
	}
	if pagu != 1 || real != 1 || len(roles) > 5 {
		return nil
	}
	return roles
}

// bandTok is a word of the report; first: the first on its line.
type bandTok struct {
	w     string
	first bool
	rule  bool // a rule ran here
}

// bandReport reads the report whose header is lines[h]; the last line it
// covers and whether it rewrote it.
func bandReport(doc *facts.Document, lines []string, h int, roles []bandRole) (int, bool) {
	head := strings.TrimSpace(lines[h])
	var toks []bandTok
	end := -1
	for k := h + 1; k < len(lines) && k <= h+400 && end < 0; k++ {
		l := strings.TrimPrefix(lines[k], "\f")
		if strings.TrimSpace(l) == head {
			continue // the header printed again on the next page
		}
		first := true
		for _, w := range strings.Fields(l) {
			for w != "" {
				// a rule glued to a word ("------SUB") parts it
				i := strings.Index(w, "---")
				if j := strings.Index(w, "==="); j >= 0 && (i < 0 || j < i) {
					i = j
				}
				if i < 0 {
					toks = append(toks, bandTok{w: w, first: first})
					first = false
					break
				}
				if i > 0 {
					toks = append(toks, bandTok{w: w[:i], first: first})
				}
				j := i
				for j < len(w) && (w[j] == '-' || w[j] == '=') {
					j++
				}
				toks = append(toks, bandTok{rule: true})
				first, w = false, w[j:]
			}
		}
		if n := len(toks); n > 0 && bandTotalAt(toks, bandStart(toks, n)) {
			// the total's own line: read to its end
			end = k
		}
	}
	if end < 0 {
		return h, false
	}
	items, ok := bandItems(toks, len(roles))
	if !ok {
		return h, false
	}
	rows, msg := bandProve(items, roles)
	if rows == nil {
		if msg != "" {
			doc.Add(facts.Finding{Span: facts.Span{Start: h + 1, End: end + 1}, Aturan: "anggaran.banded", Tingkat: facts.Warning, Pesan: msg})
		}
		return end, false
	}
	header := []string{"Kode", "Uraian"}
	for _, r := range roles {
		header = append(header, r.head)
	}
	from, to := h, end+1
	if from > 0 && bandRule(lines[from-1]) {
		from--
	}
	for to < len(lines) && bandRule(lines[to]) {
		to++
	}
	if !exportPlace(lines, from, to, from, "", header, rows) {
		return h, false
	}
	return to - 1, true
}

// bandStart is the index of the first token of the band holding token
// n-1: after the last rule or at the last line start.
func bandStart(toks []bandTok, n int) int {
	for k := n - 1; k >= 0; k-- {
		if toks[k].rule {
			return k + 1
		}
		if toks[k].first {
			return k
		}
	}
	return 0
}

// bandTotalAt: the report total's label starts at toks[k].
func bandTotalAt(toks []bandTok, k int) bool {
	if k >= len(toks) || toks[k].rule {
		return false
	}
	w := strings.ToUpper(toks[k].w)
	next := ""
	if k+1 < len(toks) && !toks[k+1].rule {
		next = strings.ToUpper(toks[k+1].w)
	}
	switch w {
	case "TOTAL", "GRAND":
		return next != "PROGRAM" && (next == "" || !bandCode(next)) && !bandFigure(next) || bandFigure(next)
	case "JUMLAH":
		return next == "SELURUHNYA" || next == "TOTAL" || next == "KESELURUHAN" || next == "SATKER"
	}
	return false
}

// bandFooterAt: a group footer's label starts at toks[k]; the number of
// its label words.
func bandFooterAt(toks []bandTok, k int) int {
	word := func(i int) string {
		if i < len(toks) && !toks[i].rule {
			return strings.ToUpper(toks[i].w)
		}
		return ""
	}
	switch a, b := word(k), word(k+1); {
	case a == "SUBTOTAL":
		return 1
	case a == "SUB" && (b == "TOTAL" || b == "JUMLAH"):
		return 2
	case a == "JUMLAH" && b == "PROGRAM", a == "TOTAL" && b == "PROGRAM":
		return 1 // "PROGRAM" is read with the code
	}
	return 0
}

// bandCode: a code word (a digit in it, letters, digits and dots only,
// no figure's grouping).
func bandCode(w string) bool {
	digit := false
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c >= '0' && c <= '9':
			digit = true
		case c >= 'A' && c <= 'Z', c >= 'a' && c <= 'z', c == '.':
		default:
			return false
		}
	}
	return digit && !strings.HasSuffix(w, ".") && !strings.HasPrefix(w, ".")
}

// bandFigure: an amount or percent in the Indonesian notation.
func bandFigure(w string) bool {
	_, ok := spoolValue(w, ',', '.')
	return ok
}

// bandItems cuts the tokens into bands; n figures a detail or footer.
func bandItems(toks []bandTok, n int) ([]bandItem, bool) {
	var items []bandItem
	var cur *bandItem
	var run []string // the figures read since the last word
	// closeRun gives the band a run of n figures or more (its last n: a
	// name's own number may stand before them); a shorter run is a page
	// number or a date's year, no band's; a second long run is unproven
	closeRun := func() bool {
		if len(run) >= n && cur != nil {
			if len(cur.figs) > 0 {
				return false
			}
			cur.figs = append([]string(nil), run[len(run)-n:]...)
		}
		run = run[:0]
		return true
	}
	push := func(it bandItem) bool {
		if !closeRun() {
			return false
		}
		items = append(items, it)
		cur = &items[len(items)-1]
		return true
	}
	for k := 0; k < len(toks); k++ {
		t := toks[k]
		if t.rule {
			continue
		}
		bandStartHere := t.first || k > 0 && toks[k-1].rule
		if bandStartHere {
			u := strings.ToUpper(strings.TrimSuffix(t.w, ":"))
			if m := bandFooterAt(toks, k); m > 0 {
				if !push(bandItem{kind: 'f'}) {
					return nil, false
				}
				k += m - 1
				// "PROGRAM" and the code, when given
				if k+1 < len(toks) && strings.EqualFold(toks[k+1].w, "PROGRAM") {
					k++
				}
				if k+1 < len(toks) && !toks[k+1].rule && bandCode(toks[k+1].w) && !bandFigure(toks[k+1].w) {
					cur.code = toks[k+1].w
					k++
				}
				continue
			}
			if bandTotalAt(toks, k) {
				if !push(bandItem{kind: 't', name: []string{t.w}}) {
					return nil, false
				}
				continue
			}
			if u == "PROGRAM" {
				j := k + 1
				for j < len(toks) && !toks[j].rule && strings.Trim(toks[j].w, ":") == "" {
					j++
				}
				if j < len(toks) && !toks[j].rule && bandCode(toks[j].w) && !bandFigure(toks[j].w) {
					if !push(bandItem{kind: 'g', code: toks[j].w}) {
						return nil, false
					}
					k = j
					continue
				}
			}
			if bandCode(t.w) && k+1 < len(toks) && !toks[k+1].rule && !toks[k+1].first && !bandFigure(toks[k+1].w) {
				if !push(bandItem{kind: 'd', code: t.w}) {
					return nil, false
				}
				continue
			}
		}
		if cur == nil {
			continue // the page head's words above the first band
		}
		if bandFigure(t.w) {
			run = append(run, t.w)
			continue
		}
		if !closeRun() {
			return nil, false
		}
		cur.name = append(cur.name, t.w)
	}
	if !closeRun() {
		return nil, false
	}
	// each band's figures: the last run of n (a name's own number before them)
	for i := range items {
		it := &items[i]
		for _, f := range it.figs {
			v, _ := spoolValue(f, ',', '.')
			it.vals = append(it.vals, v)
		}
	}
	return items, true
}

// bandProve checks the bands' sums and writes the rows; nil and why when
// the report is not proven ("" when it is no banded budget at all).
func bandProve(items []bandItem, roles []bandRole) ([][]string, string) {
	// a figureless detail opening the report or following a footer is a
	// group header written with its code alone at the line's start
	open := false
	for i := range items {
		it := &items[i]
		switch it.kind {
		case 'g':
			open = true
		case 'd':
			if len(it.figs) == 0 && !open {
				it.kind, open = 'g', true
			}
		case 'f', 't':
			open = false
		}
	}
	n := len(roles)
	var rows [][]string
	var foots []int64 // summed roles of every footer, flat
	groups := 0
	var total *bandItem
	for i := 0; i < len(items); {
		it := items[i]
		switch {
		case it.kind == 't':
			if len(it.figs) != n || i != len(items)-1 {
				return nil, ""
			}
			total = &items[i]
			i++
			continue
		case it.kind != 'g':
			return nil, "" // a band outside a group
		}
		j := i + 1
		var det []bandItem
		for j < len(items) && items[j].kind == 'd' {
			if len(items[j].figs) != n {
				return nil, ""
			}
			det = append(det, items[j])
			j++
		}
		if j == len(items) || items[j].kind != 'f' || len(det) == 0 || len(items[j].figs) != n {
			return nil, ""
		}
		f := items[j]
		if f.code != "" && f.code != it.code {
			return nil, "laporan anggaran berpita: baris SUB TOTAL " + f.code + " menutup grup " + it.code + "; tidak dibaca"
		}
		for r, role := range roles {
			if !role.sum {
				continue
			}
			var s int64
			for _, d := range det {
				s += d.vals[r]
			}
			if s != f.vals[r] {
				return nil, "laporan anggaran berpita: " + role.head + " SUB TOTAL " + it.code + " bukan jumlah rinciannya; tidak dibaca"
			}
		}
		foots = append(foots, f.vals...)
		groups++
		rows = append(rows, append([]string{it.code, strings.Join(it.name, " ")}, f.figs...))
		for _, d := range det {
			rows = append(rows, append([]string{d.code, strings.Join(d.name, " ")}, d.figs...))
		}
		i = j + 1
	}
	if total == nil || groups == 0 {
		return nil, ""
	}
	for r, role := range roles {
		if !role.sum {
			continue
		}
		var s int64
		for g := 0; g < groups; g++ {
			s += foots[g*n+r]
		}
		if s != total.vals[r] {
			return nil, "laporan anggaran berpita: " + role.head + " total bukan jumlah SUB TOTAL; tidak dibaca"
		}
	}
	return append(rows, append([]string{"", "TOTAL"}, total.figs...)), ""
}
