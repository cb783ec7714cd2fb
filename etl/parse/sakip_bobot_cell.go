package parse

import (
	"math"
	"strconv"
	"strings"

	"github.com/kpu-ntt/lkj/etl/facts"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// A SAKIP component table with no Bobot column whose weights are written
// inside the components' name cells: "Perencanaan Kinerja (bobot 30%) |
// 18,30" … "Nilai Akhir (bobot 100%) | 63,70". A number in a name cell is
// read as the weight only when the cell says so in words: the weight word
// ("bobot", "bobotnya", "weight") right before the number, in brackets
// closing the cell ("(bobot 30%)", "[Bobot: 30]", "(weight = 30,00)") or as
// its tail ("Pelaporan Kinerja, bobot 15%", "Pelaporan Kinerja – bobot
// 15"). A bare percent or number ("Perencanaan (61%)", "[30%]") may as well
// be the score's share of the total, which passes every arithmetic check a
// weight does (shares sum to 100 and exceed each score), so it is no weight
// here; nor is "(B: 30)", B being a grade in this domain. The weights are
// the components' only when every component row states one, no component
// comes twice (a sub-component's "a. Perencanaan Strategis (bobot 6%)"
// under its component), they sum to 100 or to the weight the total row
// states, and no component scored above its weight; else NULL and a
// finding. A Bobot column, when the table has one, wins: a name cell that
// states another weight voids that component's bobot, as in
// sakip_bobot_note.go.

// cellWeightKind is what a name cell says about a weight.
type cellWeightKind int

const (
	cellNoWeight  cellWeightKind = iota // no weight word in the cell
	cellWeight                          // a weight, in an unambiguous wording
	cellWeightOdd                       // a weight word, but no clean weight after it
)

// nameCellWeight reads the weight a name cell states (see the head of this
// file), and the cell's name with the weight clause cut off (lower case).
func nameCellWeight(cell string) (name string, w float64, kind cellWeightKind) {
	if !hasWeightWord(cell) {
		return cell, 0, cellNoWeight
	}
	l := strings.ToLower(strings.TrimSpace(cell))
	at, word := -1, ""
	for _, ww := range []string{"bobotnya", "bobot", "weight"} {
		if i := strings.Index(l, ww); i >= 0 && (i == 0 || !isLetterByte(l[i-1])) {
			if strings.Contains(l[i+len(ww):], ww) {
				return cell, 0, cellWeightOdd // two weight words: which is it
			}
			at, word = i, ww
			break
		}
	}
	if at < 0 {
		return cell, 0, cellNoWeight // "Berbobot", "eighteen": no weight word of its own
	}
	rest := l[at+len(word):]
	if rest != "" && isLetterByte(rest[0]) {
		return cell, 0, cellWeightOdd // "bobotan", "weighted"
	}
	v, tail, ok := weightClauseNumber(rest)
	if !ok {
		return cell, 0, cellWeightOdd
	}
	head := strings.TrimRight(l[:at], " ")
	closer := byte(0)
	switch {
	case strings.HasSuffix(head, "("):
		closer = ')'
	case strings.HasSuffix(head, "["):
		closer = ']'
	}
	if closer != 0 {
		head = strings.TrimRight(head[:len(head)-1], " ")
		if tail != string(closer) {
			return cell, 0, cellWeightOdd // "(bobot 30% dari 100)", an unclosed bracket
		}
	} else {
		if tail != "" {
			return cell, 0, cellWeightOdd // "bobot 30 dan nilai 18,30"
		}
		head = strings.TrimRight(head, ",;:-–— ")
	}
	// the name before the clause: words only ("Perencanaan Kinerja"), no
	// score or other figure ("Perencanaan 18,30 dari bobot 30")
	for i := 0; i < len(head); i++ {
		if isDigitByte(head[i]) || head[i] == '%' || head[i] == '(' || head[i] == '[' {
			return cell, 0, cellWeightOdd
		}
	}
	if f := strings.Fields(head); len(f) > 0 {
		switch f[len(f)-1] {
		case "dari", "of", "nilai", "per", "terhadap", "dan", "and":
			return cell, 0, cellWeightOdd
		}
	}
	return head, v, cellWeight
}

// weightClauseNumber reads what follows the weight word: an optional ":",
// "=" or "sebesar", the number (at most two decimals, above 0 and at most
// 100), an optional "%" or "persen", and returns what is left.
func weightClauseNumber(s string) (v float64, tail string, ok bool) {
	s = strings.TrimLeft(s, " ")
	if s != "" && (s[0] == ':' || s[0] == '=') {
		s = strings.TrimLeft(s[1:], " ")
	}
	for _, w := range []string{"sebesar ", "adalah "} {
		s = strings.TrimLeft(strings.TrimPrefix(s, w), " ")
	}
	j := 0
	for j < len(s) && isDigitByte(s[j]) {
		j++
	}
	if j == 0 {
		return 0, "", false
	}
	if j+1 < len(s) && (s[j] == ',' || s[j] == '.') && isDigitByte(s[j+1]) {
		k := j + 1
		for k < len(s) && isDigitByte(s[k]) {
			k++
		}
		if k-j-1 > 2 {
			return 0, "", false // "1.000": no weight
		}
		j = k
	}
	v, err := strconv.ParseFloat(strings.Replace(s[:j], ",", ".", 1), 64)
	if err != nil || v <= 0 || v > 100 {
		return 0, "", false
	}
	rest := strings.TrimLeft(s[j:], " ")
	if strings.HasPrefix(rest, "%") {
		rest = rest[1:]
	} else if strings.HasPrefix(rest, "persen") {
		rest = rest[len("persen"):]
	}
	return v, strings.TrimSpace(rest), true
}

// komponenCellWeights sets or checks the components' bobot from the
// weights stated in their name cells (see the head of this file). hasCol:
// the table has a Bobot column, whose weights win.
func (p *parser) komponenCellWeights(t *tableInfo, comps []facts.SakipKomponen, hasCol bool) {
	if len(comps) < 2 {
		return
	}
	b := t.b
	if !hasCol {
		for _, c := range comps {
			if c.Bobot != nil {
				p.komponenBareWeights(t, comps)
				return
			}
		}
	}
	// cheap gate: a weight word in some cell of the table
	gate := false
rows:
	for _, r := range b.Rows {
		for _, c := range r.Cells {
			if hasWeightWord(c) {
				gate = true
				break rows
			}
		}
	}
	if !gate {
		return
	}
	type stated struct {
		w    float64
		kind cellWeightKind
		id   string // the component the cell names
	}
	byStart := map[int]stated{}
	var totalW *float64
	for _, r := range b.Rows {
		for _, c := range r.Cells {
			if !hasWeightWord(c) {
				continue
			}
			name, w, kind := nameCellWeight(c)
			if kind == cellNoWeight {
				continue
			}
			k := normalize.Key(name)
			if kind == cellWeight && komponenOf(name) == "" &&
				(strings.Contains(k, "nilai") || strings.Contains(k, "total") || strings.Contains(k, "jumlah")) {
				v := w
				totalW = &v // "Nilai Akhir (bobot 100%)"
			}
			byStart[r.Start] = stated{w, kind, komponenOf(name)}
			break
		}
	}
	var have, odd int
	for _, c := range comps {
		s := byStart[c.Start]
		switch {
		case s.kind == cellWeight && s.id == c.Komponen:
			have++
		case s.kind != cellNoWeight:
			odd++ // an unclear wording, or the weight in a cell naming another component
		}
	}
	if have == 0 && odd == 0 {
		return // no component row states a weight
	}
	refuse := func(why string) {
		p.find("sakip.bobot_nama", facts.Warning, b.Start, b.End, t.label,
			"%s: bobot di sel nama komponen %s; bobot dimuat NULL", t.label, why)
		if !hasCol {
			for i := range comps {
				comps[i].Bobot = nil
			}
		}
	}
	if hasCol {
		// the table's own weights win; a name cell that says otherwise
		// voids that one, since one of the two is wrong
		for i := range comps {
			c := &comps[i]
			s := byStart[c.Start]
			if c.Bobot == nil || s.kind != cellWeight || s.id != c.Komponen || math.Abs(s.w-*c.Bobot) <= 0.005 {
				continue
			}
			v := s.w
			p.find("sakip.bobot_nama", facts.Warning, c.Start, c.End, t.label,
				"%s: bobot %s di kolom Bobot %s, di sel nama %s; bobot dimuat NULL", t.label, c.Komponen, fmtNum(c.Bobot), fmtNum(&v))
			c.Bobot = nil
		}
		return
	}
	if odd > 0 || have != len(comps) {
		refuse("tidak tertulis jelas pada setiap komponen")
		return
	}
	seen := map[string]bool{}
	for _, c := range comps {
		if seen[c.Komponen] {
			refuse("menyebut komponen " + c.Komponen + " dua kali (subkomponen?)")
			return
		}
		seen[c.Komponen] = true
	}
	weightOf := func(i int) float64 { return byStart[comps[i].Start].w }
	if why := weightsHold(comps, weightOf, totalW); why != "" {
		refuse(why)
		return
	}
	for i := range comps {
		v := weightOf(i)
		comps[i].Bobot = &v
	}
}

// komponenBareWeights checks the weights read from a bare number in
// brackets closing the name cells ("Perencanaan Kinerja (30)", headerWeight)
// by the same arithmetic: they sum to 100 (or to the total row's bracketed
// figure) and no score exceeds its weight; and they are not each
// component's share of the scores' sum ("Perencanaan Kinerja (32,09%)"),
// which passes both. Else NULL and a finding.
func (p *parser) komponenBareWeights(t *tableInfo, comps []facts.SakipKomponen) {
	refuse := func(why string) {
		p.find("sakip.bobot_nama", facts.Warning, t.b.Start, t.b.End, t.label,
			"%s: angka dalam kurung di sel nama komponen %s, bukan bobot yang pasti; bobot dimuat NULL", t.label, why)
		for i := range comps {
			comps[i].Bobot = nil
		}
	}
	want := 100.0
	for _, r := range t.b.Rows {
		for _, c := range r.Cells {
			k := normalize.Key(c)
			if komponenOf(c) == "" && (strings.Contains(k, "nilai") || strings.Contains(k, "total") || strings.Contains(k, "jumlah")) {
				if w := headerWeight(c); w != nil {
					want = *w
				}
				break
			}
		}
	}
	sum := 0.0
	for _, c := range comps {
		if c.Bobot == nil {
			refuse("tidak tertulis pada setiap komponen")
			return
		}
		sum += *c.Bobot
		if c.Nilai != nil && *c.Nilai > *c.Bobot+1e-9 {
			refuse("lebih kecil dari nilai komponen " + c.Komponen)
			return
		}
	}
	if math.Abs(sum-want) > 0.01 {
		refuse("berjumlah " + fmtNum(&sum) + ", bukan " + fmtNum(&want))
		return
	}
	if scoreShares(comps, func(i int) float64 { return *comps[i].Bobot }) {
		refuse("sama dengan porsi setiap nilai komponen dari jumlahnya")
	}
}

// scoreShares: every weight is its component's share of the scores' sum
// ("Perencanaan Kinerja (32,31)" over 22,10 of 68,40), to two decimals: a
// set of shares passes every sum weights do, so it proves no weight.
func scoreShares(comps []facts.SakipKomponen, weightOf func(int) float64) bool {
	scores := 0.0
	for _, c := range comps {
		if c.Nilai == nil {
			return false
		}
		scores += *c.Nilai
	}
	if scores <= 0 {
		return false
	}
	for i, c := range comps {
		if math.Abs(*c.Nilai/scores*100-weightOf(i)) > 0.06 {
			return false
		}
	}
	return true
}
