package parse

import (
	"bytes"
	"regexp"
	"strings"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// The budget as a monitoring dashboard's treemap typed again: one large
// box a program (its code and name on the box's top border or on its
// first line, its amounts under it), the kegiatan as boxes nested inside,
// side by side (each as wide as its share), an odd one full width:
//
//	┌─ 076.01.WA  Program Dukungan Manajemen ──────────────────────┐
//	│ Pagu 4.003.012.000 · Realisasi 3.972.665.230 · 99,24%        │
//	│ ┌──────────────────────────────┐ ┌─────────────────────────┐ │
//	│ │ 3355                         │ │ 3360                    │ │
//	│ │ Pengelolaan Keuangan dan …   │ │ Operasional Perkantoran │ │
//	│ │ Pagu 2.804.612.000           │ │ Pagu 1.198.400.000      │ │
//	│ │ Real. 2.792.004.318 (99,55%) │ │ Real. 1.180.660.912 (…) │ │
//	│ └──────────────────────────────┘ └─────────────────────────┘ │
//	└──────────────────────────────────────────────────────────────┘
//	Keseluruhan (TOTAL): Pagu … · Realisasi … · Sisa … · 99,31%
//
// treemaps rewrites such a map as one TAB table (Kode, Uraian, Pagu,
// Realisasi, Sisa, Serapan), each box's row followed by the rows of the
// boxes it holds, the total last, so the budget table reader keys and
// proves the rows as any other. What it trusts:
//   - a box is a rectangle: `┌` and `┐` on one line, `└` and `┘` under
//     them, a side rule at both columns on every line between; a box's own
//     text is what lies inside it and outside the boxes it holds;
//   - only labelled amounts (`Pagu`, `Realisasi` / `Real.`, `Sisa`, a
//     percent) and a code (with a digit) opening the box's title;
//   - arithmetic: sisa = pagu − realisasi and the percent =
//     realisasi/pagu (hierProve), the boxes a box holds summing to its
//     pagu and realisasi, the programs to the total line's;
//   - a treemap nests: a run of boxes none of which holds another is no
//     treemap (control cards, a hierarchy chart's bands are read
//     elsewhere).
//
// Box sizes and the drawing are no facts. A map failing a proof is left
// as written, reported.

var (
	tmAmount = regexp.MustCompile(`(?i)\b(pagu|realisasi|real\.?|sisa)\s*:?\s*(?:rp\.?\s*)?(\d{1,3}(?:\.\d{3})+|\d+)`)
	tmPct    = regexp.MustCompile(`(\d{1,3}(?:,\d{1,2})?)\s*%`)
	tmTotal  = regexp.MustCompile(`(?i)^\s*((?:keseluruhan|total|jumlah|grand\s+total)\b(?:\s*\([^)]*\))?)\s*:?`)
)

// treemapGate: a box whose top border carries its title (`┌─ 076…`), or
// two boxes' tops on one line inside a third's sides (`│ ┌`).
func treemapGate(data []byte) bool {
	return bytes.Contains(data, []byte("┌─ ")) || bytes.Contains(data, []byte("│ ┌"))
}

type tmBox struct {
	top, bot, a, b int // lines and rune columns of the corners
	title          string
	own            []string
	kids           []*tmBox
	parent         *tmBox
	hb             hierBox
}

func treemaps(doc *facts.Document, data []byte) []byte {
	if !treemapGate(data) {
		return data
	}
	lines := strings.Split(string(data), "\n")
	changed := false
	for i := 0; i < len(lines); i++ {
		if !strings.Contains(lines[i], "┌") {
			continue
		}
		if end, ok := treemapAt(doc, lines, i); ok {
			changed = true
			i = end
		} else if end > i {
			i = end
		}
	}
	if !changed {
		return data
	}
	return []byte(strings.Join(lines, "\n"))
}

// tmBoxesAt reads the boxes whose tops are on line i (in runes r), nil
// when a `┌` opens no closed box.
func tmBoxesAt(rs [][]rune, i int) ([]*tmBox, bool) {
	r := rs[i]
	var out []*tmBox
	for a := 0; a < len(r); a++ {
		if r[a] != '┌' {
			continue
		}
		b := a + 1
		for b < len(r) && r[b] != '┐' && r[b] != '┌' {
			b++
		}
		if b >= len(r) || r[b] != '┐' || b-a < 4 || r[a+1] != '─' || r[b-1] != '─' {
			return nil, false
		}
		title := strings.TrimSpace(strings.Trim(string(r[a+1:b]), "─"))
		if strings.ContainsAny(title, "│┌┐└┘") {
			return nil, false
		}
		bx := &tmBox{top: i, a: a, b: b, title: title}
		closed := false
		for j := i + 1; j < len(rs) && j < i+80; j++ {
			l := rs[j]
			if b >= len(l) {
				return nil, false
			}
			if l[a] == '└' && l[b] == '┘' {
				bx.bot, closed = j, true
				break
			}
			if l[a] != '│' || l[b] != '│' {
				return nil, false
			}
		}
		if !closed {
			return nil, false
		}
		out = append(out, bx)
		a = b
	}
	return out, len(out) > 0
}

// treemapAt reads the map whose first box opens on line i: the map's last
// line and whether it was rewritten (end > i when lines were passed over).
func treemapAt(doc *facts.Document, lines []string, i int) (int, bool) {
	// the top-level boxes: boxes opening one under another, blank lines
	// between at most
	limit := min(len(lines), i+400)
	rs := make([][]rune, limit)
	for j := i; j < limit; j++ {
		rs[j] = []rune(lines[j])
	}
	var tops []*tmBox
	j := i
	for j < limit {
		bs, ok := tmBoxesAt(rs, j)
		if !ok {
			break
		}
		tops = append(tops, bs...)
		bot := 0
		for _, b := range bs {
			bot = max(bot, b.bot)
		}
		j = bot + 1
		for j < limit && j <= bot+2 && strings.TrimSpace(lines[j]) == "" {
			j++
		}
	}
	if len(tops) == 0 {
		return i, false
	}
	last := 0
	for _, t := range tops {
		last = max(last, t.bot)
	}
	nested := false
	for _, t := range tops {
		if !tmNest(rs, t) {
			return last, false
		}
		nested = nested || len(t.kids) > 0
	}
	if !nested {
		return last, false
	}
	fail := func(why string) (int, bool) {
		doc.Add(facts.Finding{Span: facts.Span{Start: i + 1, End: last + 1}, Aturan: "tabel.tidak_dikenali", Tingkat: facts.Warning,
			Pesan: "peta pohon anggaran: " + why + "; tidak dimuat"})
		return last, false
	}
	// a single top box holding the programs may be the total's
	var total *hierBox
	progs := tops
	var all []*tmBox
	var walk func(t *tmBox) string
	walk = func(t *tmBox) string {
		if why := tmFill(t); why != "" {
			return why
		}
		all = append(all, t)
		for _, k := range t.kids {
			if why := walk(k); why != "" {
				return why
			}
		}
		return ""
	}
	for _, t := range tops {
		if why := walk(t); why != "" {
			return fail(why)
		}
	}
	if len(tops) == 1 && tops[0].hb.total {
		total, progs = &tops[0].hb, tops[0].kids
	}
	for _, t := range all {
		if t.hb.total && t != tops[0] {
			return fail("kotak jumlah di dalam kotak lain")
		}
		if why := hierProve(&t.hb); why != "" {
			return fail(t.hb.code + " " + why)
		}
		if len(t.kids) > 0 && !tmSums(&t.hb, t.kids) {
			return fail("kotak di dalam " + t.hb.code + " tidak berjumlah pagu dan realisasinya")
		}
	}
	// the total line under the map
	to := last + 1
	if total == nil {
		for k := last + 1; k < len(lines) && k <= last+3; k++ {
			if strings.TrimSpace(lines[k]) == "" {
				continue
			}
			if m := tmTotal.FindStringSubmatch(lines[k]); m != nil {
				// the line's own label ("Keseluruhan (TOTAL)", "Jumlah"):
				// the sums below prove it the total, so the row is TOTAL
				hb := hierBox{total: true, name: "TOTAL"}
				if tmAmounts(&hb, lines[k][len(m[0]):]) {
					if why := hierProve(&hb); why != "" {
						return fail("jumlah " + why)
					}
					if !tmSums(&hb, progs) {
						return fail("program tidak berjumlah baris keseluruhan")
					}
					total, to = &hb, k+1
				}
			}
			break
		}
	}
	var rows [][]string
	var emit func(t *tmBox)
	emit = func(t *tmBox) {
		if !t.hb.total {
			h := t.hb
			rows = append(rows, []string{h.code, h.name, h.pagu, h.real, h.sisa, h.sera})
		}
		for _, k := range t.kids {
			emit(k)
		}
	}
	for _, t := range tops {
		emit(t)
	}
	if total != nil {
		rows = append(rows, []string{"", total.name, total.pagu, total.real, total.sisa, total.sera})
	}
	header := []string{"Kode", "Uraian", "Pagu", "Realisasi", "Sisa", "Serapan (%)"}
	allSisa := true
	for _, row := range rows {
		allSisa = allSisa && row[4] != ""
	}
	if !allSisa {
		// a sisa stated on some boxes only (proven = pagu − realisasi
		// above): the column goes, and the table reader takes every row's
		// sisa as pagu − realisasi, as a table without one
		header = append(header[:4], header[5])
		for r, row := range rows {
			rows[r] = append(row[:4], row[5])
		}
	}
	if !exportPlace(lines, i, to, i, "", header, rows) {
		return last, false
	}
	return to - 1, true
}

// tmNest finds the boxes inside t, recursively, and t's own text; false
// when something inside is no closed box.
func tmNest(rs [][]rune, t *tmBox) bool {
	for j := t.top + 1; j < t.bot; j++ {
		l := rs[j]
		own := make([]rune, 0, t.b-t.a)
		for c := t.a + 1; c < t.b; c++ {
			own = append(own, l[c])
		}
		// blank the kids' columns on their lines
		for _, k := range t.kids {
			if j >= k.top && j <= k.bot {
				for c := k.a; c <= k.b; c++ {
					own[c-t.a-1] = ' '
				}
			}
		}
		// new kids opening on this line, within t's sides
		if strings.ContainsRune(string(own), '┌') {
			sub := make([]rune, len(l))
			for c := range l {
				sub[c] = ' '
			}
			copy(sub[t.a+1:t.b], own)
			saved := rs[j]
			rs[j] = sub
			bs, ok := tmBoxesAt(rs, j)
			rs[j] = saved
			if !ok {
				return false
			}
			for _, k := range bs {
				if k.bot >= t.bot {
					return false
				}
				k.parent = t
				t.kids = append(t.kids, k)
				for c := k.a; c <= k.b; c++ {
					own[c-t.a-1] = ' '
				}
				if !tmNest(rs, k) {
					return false
				}
			}
		}
		if strings.ContainsAny(string(own), "┌┐└┘") {
			return false
		}
		if s := strings.TrimSpace(string(own)); s != "" {
			t.own = append(t.own, s)
		}
	}
	return true
}

// tmFill reads a box's code, name and amounts: "" when they are understood.
func tmFill(t *tmBox) string {
	text := t.own
	head := t.title
	if head == "" {
		if len(text) == 0 {
			return "kotak kosong"
		}
		head, text = text[0], text[1:]
	}
	f := strings.Fields(head)
	hb := &t.hb
	switch {
	case tmTotal.MatchString(head) && !strings.ContainsAny(f[0], "0123456789"):
		hb.total, hb.name = true, strings.TrimSpace(strings.TrimSuffix(head, ":"))
	case hierCode.MatchString(f[0]) && strings.ContainsAny(f[0], "0123456789"):
		hb.code, hb.name = f[0], strings.Join(f[1:], " ")
	default:
		return "kotak tanpa kode"
	}
	amounts := false
	for _, s := range text {
		if tmAmounts(hb, s) {
			amounts = true
			continue
		}
		if amounts || hb.total {
			return hb.code + ": tulisan setelah angka"
		}
		hb.name = strings.TrimSpace(hb.name + " " + s)
	}
	if hb.pagu == "" || hb.real == "" || !hb.total && hb.name == "" {
		return hb.code + ": pagu atau realisasi tidak ada"
	}
	return ""
}

// tmAmounts reads a line of labelled amounts into hb; false when the line
// holds none or holds other words (a name's line, then).
func tmAmounts(hb *hierBox, s string) bool {
	ms := tmAmount.FindAllStringSubmatchIndex(s, -1)
	if ms == nil {
		return false
	}
	rest := s
	for k := len(ms) - 1; k >= 0; k-- {
		m := ms[k]
		v := s[m[4]:m[5]]
		var slot *string
		switch strings.ToLower(s[m[2]:m[3]])[:2] {
		case "pa":
			slot = &hb.pagu
		case "re":
			slot = &hb.real
		default:
			slot = &hb.sisa
		}
		if *slot != "" {
			return false
		}
		*slot = v
		rest = rest[:m[0]] + rest[m[1]:]
	}
	if ps := tmPct.FindAllStringSubmatchIndex(rest, -1); len(ps) == 1 {
		if hb.sera != "" {
			return false
		}
		hb.sera = rest[ps[0][2]:ps[0][3]]
		rest = rest[:ps[0][0]] + rest[ps[0][1]:]
	} else if len(ps) > 1 {
		return false
	}
	rest = strings.TrimSpace(strings.NewReplacer("serapan", "", "Serapan", "", "SERAPAN", "").Replace(rest))
	return strings.Trim(rest, " ·•;,|/()-–—:") == ""
}

// tmSums: the kids' pagu and realisasi add up to the box's.
func tmSums(hb *hierBox, kids []*tmBox) bool {
	p, _ := hierRupiah(hb.pagu)
	r, _ := hierRupiah(hb.real)
	sp, sr := 0.0, 0.0
	for _, k := range kids {
		v, _ := hierRupiah(k.hb.pagu)
		w, _ := hierRupiah(k.hb.real)
		sp += v
		sr += w
	}
	return len(kids) > 0 && sp == p && sr == r
}
