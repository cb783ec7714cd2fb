package parse

import (
	"bytes"
	"math"
	"regexp"
	"slices"
	"strings"

	"github.com/kpu-ntt/lkj/etl/extract"
	"github.com/kpu-ntt/lkj/etl/facts"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// The SAKIP evaluation's score card typed again (a report's cover page of
// the evaluation): a title naming the year, often a predikat ruler (band
// letters D C CC B BB A AA over a 0-100 scale, the limits under it, a ▲
// pointer with the score beneath), the score stated
// ("Nilai Hasil Evaluasi : 61,10 (Predikat B)") and the components as
// pairs after dot leaders ("Perencanaan Kinerja ....  17,15 / 30,00",
// "17,15 dari 30", "17,15 (30)", or the weight first), closed by
// "Jumlah .... 61,10 / 100,00".
//
// Nothing here trusts a position: the pairs' order is decided by the
// arithmetic (the weights sum to 100, each score is at most its weight, the
// scores sum to the total), the score must be that sum, a stated predikat
// must be the score's band, and the ruler's limits and ticks are never read
// (a line is read only when it names a component or a total). A card that
// fails a proof loads nothing and says why. The card's lines read are
// blanked, so no other reader takes its figures again.

// scoreCard is one card read from the text, loaded after identify.
type scoreCard struct {
	comps        []cardPair // in the card's order
	total        *cardPair  // the Jumlah line, nil when the card has none
	score        *float64   // the score stated on its own line or under the pointer
	scoreLine    int
	grade        string // a predikat stated on the card
	gradeLine    int
	years        []int // distinct years the card's title and caption name
	unit         string
	caption      string
	from, to     int // 0-based lines of the card's figures
	nilaiFirst   bool
	proofs       string // why a card failed, "" when it holds
	pointerScore *float64
}

type cardPair struct {
	name string
	id   string
	a, b float64 // as written: first, second
	line int
}

// scoreCardGate: a card's pairs are closed by the total weight 100 next to
// a "/", "dari" or "(" (either order); a text without one has no card.
func scoreCardGate(data []byte) bool {
	for i := 0; ; {
		k := bytes.Index(data[i:], []byte("100"))
		if k < 0 {
			return false
		}
		k += i
		lo, hi := max(k-8, 0), min(k+12, len(data))
		w := data[lo:hi]
		if bytes.IndexByte(w, '/') >= 0 || bytes.Contains(w, []byte("dari")) || bytes.IndexByte(w, '(') >= 0 {
			return true
		}
		i = k + 3
	}
}

var (
	cardNum = `(\d{1,3}(?:[.,]\d{1,3})?)\s*%?`
	// name, leader, first, "/" or "dari" or "of", second
	cardSlash = regexp.MustCompile(`^\s*(.*?[A-Za-z].*?)[\s.…·_:=-]*\s` + cardNum + `\s*(?:/|dari|of)\s*` + cardNum + `\s*$`)
	// name, leader, first, "(second)" or "(bobot second)"
	cardParen = regexp.MustCompile(`(?i)^\s*(.*?[A-Za-z].*?)[\s.…·_:=-]*\s` + cardNum + `\s*\(\s*(?:bobot\s*:?\s*)?` + cardNum + `\s*\)\s*$`)
	// the score stated on its own line: "Nilai Hasil Evaluasi : 61,10 (Predikat B)"
	cardScore = regexp.MustCompile(`(?i)^\s*(?:nilai|skor)[^:=\d]{0,40}[:=]\s*` + cardNum + `\s*(?:\(\s*(?:predikat\s*:?\s*)?"?([A-D]{1,2})"?\s*\)|[,;]?\s*predikat\s*:?\s*"?([A-D]{1,2})"?)?\s*$`)
	cardGrade = regexp.MustCompile(`(?i)^\s*predikat\s*[:=]\s*"?([A-D]{1,2})"?\s*$`)
	cardLone  = regexp.MustCompile(`^\s*` + cardNum + `\s*$`)
)

// cardRuler: a line of the ruler or its pointer: band letters, digits,
// rules, ticks and arrows only.
func cardRuler(l string) bool {
	t := strings.TrimSpace(l)
	if t == "" {
		return false
	}
	for _, f := range strings.Fields(t) {
		ok := true
		for _, r := range f {
			switch {
			case r >= '0' && r <= '9', r == '|', r == '-', r == '+', r == '=', r == ',', r == '.', r == '_', r == '▲', r == '^', r == '△', r == '▼', r == '─', r == '┼', r == '├', r == '┤', r == '│':
			default:
				ok = false
			}
		}
		if !ok && normalize.Grade(f) == "" {
			return false
		}
	}
	return true
}

// cardBorder: a frame's top or bottom line ("+=====+", "======", "-----").
func cardBorder(l string) bool {
	t := strings.TrimSpace(l)
	if len(t) < 20 {
		return false
	}
	// the corners at the ends only: a ruler's ticks ("|----|----|") inside
	// are no frame
	in := strings.Trim(t, "+|╔╗╚╝")
	return len(in) >= 18 && strings.Trim(in, "=-*#─═") == ""
}

// cardTotalName: the closing line's label (k its normalize.Key).
func cardTotalName(k string) bool {
	sk := " " + k + " "
	return has(sk, "jumlah", "total") || strings.Contains(k, "nilai akhir") || strings.Contains(k, "nilai hasil") ||
		strings.HasPrefix(k, "nilai akip") || strings.HasPrefix(k, "nilai sakip") || k == "nilai"
}

// maxCardLine bounds a card's pair line: a name and two numbers fit in far
// less, and the pair patterns cost time in proportion to the line, which on a
// line of megabytes (a pasted blob) is seconds for nothing.
const maxCardLine = 400

// figureAfterName: the label holds a tabbed cell of figures after its
// name ("1\tPerencanaan Kinerja\t30,00" before "20,00 (66,67%)"): a
// table's row with a weight column, whose last cell carries a note in
// parentheses, not a card's pair; the table's reader takes it.
func figureAfterName(name string) bool {
	cells := strings.Split(name, "\t")
	for k := 1; k < len(cells); k++ {
		if c := strings.TrimSpace(cells[k]); c != "" && hasLetter(cells[k-1]) && normalize.ParseNumber(c, normalize.Indonesian).Status == normalize.OK {
			return true
		}
	}
	return false
}

// cardPairOf reads a line as a labelled pair, or false.
func cardPairOf(l string) (cardPair, bool) {
	if len(l) > maxCardLine {
		return cardPair{}, false
	}
	m := cardSlash.FindStringSubmatch(l)
	if m == nil {
		m = cardParen.FindStringSubmatch(l)
	}
	if m == nil {
		return cardPair{}, false
	}
	name := strings.TrimRight(strings.TrimSpace(m[1]), " .…·_:=-\t")
	if figureAfterName(name) {
		return cardPair{}, false
	}
	a := normalize.ParseNumber(m[2], normalize.Indonesian)
	b := normalize.ParseNumber(m[3], normalize.Indonesian)
	if name == "" || a.Status != normalize.OK || b.Status != normalize.OK {
		return cardPair{}, false
	}
	return cardPair{name: name, a: a.Value, b: b.Value}, true
}

// scoreCards finds the cards of data, returns data with the lines read
// blanked (line numbers kept) and the cards to load.
func scoreCards(data []byte) ([]byte, []scoreCard) {
	if !scoreCardGate(data) {
		return data, nil
	}
	// a component pair line must exist before the text is split
	if !bytes.Contains(data, []byte("erencanaan")) && !bytes.Contains(data, []byte("ERENCANAAN")) {
		return data, nil
	}
	// a pair line naming the planning component opens or holds every
	// card's run: the text is split into lines only once one is found
	var lines []string
	var out []scoreCard
	next := 0 // the first line not yet read into a card
	for _, w := range [][]byte{[]byte("erencanaan"), []byte("ERENCANAAN")} {
		for at := 0; ; {
			k := bytes.Index(data[at:], w)
			if k < 0 {
				break
			}
			k += at
			ls, le := lineSpan(data, k)
			at = le
			if l := data[ls:le]; bytes.IndexByte(l, '/') < 0 && bytes.IndexByte(l, '(') < 0 && !bytes.Contains(l, []byte("dari")) {
				continue // no pair's separator: prose or a table's row, not converted
			}
			if _, ok := cardPairOf(string(data[ls:le])); !ok {
				continue
			}
			if lines == nil {
				lines = strings.Split(string(data), "\n")
			}
			i := bytes.Count(data[:ls], []byte("\n"))
			for i > 0 && i-1 >= next {
				if _, ok := cardPairOf(lines[i-1]); !ok {
					break
				}
				i--
			}
			if i < next {
				continue
			}
			if c, ok := cardAt(lines, i); ok {
				out = append(out, c)
				next = c.to + 1
			}
		}
	}
	if len(out) == 0 {
		return data, nil
	}
	for _, c := range out {
		for j := c.from; j <= c.to; j++ {
			lines[j] = ""
		}
	}
	return []byte(strings.Join(lines, "\n")), out
}

// cardAt reads a run of component pairs opening at line i, closed by a
// total pair or by the components alone, with the card's lines around it.
func cardAt(lines []string, i int) (scoreCard, bool) {
	var c scoreCard
	seen := map[string]bool{}
	j := i
	for ; j < len(lines); j++ {
		pr, ok := cardPairOf(lines[j])
		if !ok {
			break
		}
		k := normalize.Key(pr.name)
		if id := komponenOf(pr.name); id != "" && !cardTotalName(k) {
			if seen[id] {
				return c, false
			}
			seen[id] = true
			pr.id, pr.line = id, j
			c.comps = append(c.comps, pr)
			continue
		}
		if cardTotalName(k) && len(c.comps) > 0 {
			pr.line = j
			c.total = &pr
			j++
		}
		break
	}
	if len(c.comps) < 2 {
		return c, false
	}
	c.from, c.to = i, j-1
	// the card around the pairs: up to a frame's border or a blank pair of
	// lines above, to the border or the first blank line below
	top := i
	for k := i - 1; k >= 0 && k >= i-16; k-- {
		t := strings.TrimSpace(lines[k])
		if cardBorder(lines[k]) {
			top = k
			break
		}
		if t == "" && k > 0 && strings.TrimSpace(lines[k-1]) == "" {
			break
		}
		if strings.HasPrefix(normalize.Key(t), "tabel ") || strings.HasPrefix(normalize.Key(t), "gambar ") {
			c.caption = t
			break
		}
		top = k
	}
	bottom := c.to
	for k := c.to + 1; k < len(lines) && k <= c.to+4; k++ {
		if cardBorder(lines[k]) {
			break
		}
		if strings.TrimSpace(lines[k]) == "" {
			break
		}
		bottom = k
	}
	if c.caption == "" {
		// the caption over the card's frame: a line or two above it
		for k := top - 1; k >= 0 && k >= top-3; k-- {
			t := strings.TrimSpace(lines[k])
			if kk := normalize.Key(t); strings.HasPrefix(kk, "tabel ") || strings.HasPrefix(kk, "gambar ") {
				c.caption = t
				break
			}
		}
	}
	var years []int
	addYear := func(y int) {
		if !slices.Contains(years, y) {
			years = append(years, y)
		}
	}
	if y := captionYear(c.caption); y != 0 {
		addYear(y)
	}
	var unit []string
	pf, pt := c.from, c.to // the pairs' lines
	for k := top; k <= bottom; k++ {
		if k >= pf && k <= pt {
			continue
		}
		l := lines[k]
		t := strings.TrimSpace(l)
		switch {
		case t == "" || cardBorder(l):
		case cardScore.MatchString(l):
			m := cardScore.FindStringSubmatch(l)
			n := normalize.ParseNumber(m[1], normalize.Indonesian)
			if n.Status != normalize.OK || c.score != nil {
				return c, false // two scores: which one the card gives is not proven
			}
			v := n.Value
			c.score, c.scoreLine = &v, k
			if g := m[2] + m[3]; g != "" {
				c.grade, c.gradeLine = strings.ToUpper(g), k
			}
			c.from, c.to = min(c.from, k), max(c.to, k)
		case cardGrade.MatchString(l):
			c.grade, c.gradeLine = strings.ToUpper(cardGrade.FindStringSubmatch(l)[1]), k
			c.from, c.to = min(c.from, k), max(c.to, k)
		case cardLone.MatchString(l) && k > 0 && strings.ContainsAny(lines[k-1], "▲^△"):
			n := normalize.ParseNumber(cardLone.FindStringSubmatch(l)[1], normalize.Indonesian)
			if n.Status == normalize.OK {
				v := n.Value
				c.pointerScore = &v
			}
			c.from, c.to = min(c.from, k), max(c.to, k)
		case cardRuler(l):
			c.from, c.to = min(c.from, k), max(c.to, k) // the ruler, its limits and its pointer: no facts
		default:
			if y := sakipYear(t); y != 0 {
				addYear(y)
			} else if y := captionYearOf(t); y != 0 && sakipContext(" "+normalize.Key(t)+" ") {
				addYear(y)
			}
			unit = append(unit, t)
		}
	}
	c.years = years
	c.unit = strings.Join(unit, " ")
	return c, true
}

// cardClose: a sum of n figures written to two decimals equals a stated one.
func cardClose(a, b float64, n int) bool {
	return math.Abs(a-b) <= 0.005*float64(max(n, 1))+1e-9
}

// cardOrder decides which figure of the pairs is the score: the weights
// (and a total's weight) sum to 100, each score is at most its weight and
// the scores sum to the total or to the stated score. ok false: neither
// order, or a score that is not the sum.
func (c *scoreCard) cardOrder() (nilaiFirst bool, why string) {
	try := func(first bool) bool {
		sumN, sumW := 0.0, 0.0
		for _, pr := range c.comps {
			n, w := pr.a, pr.b
			if !first {
				n, w = w, n
			}
			if n > w+1e-9 || w <= 0 {
				return false
			}
			sumN += n
			sumW += w
		}
		if !cardClose(sumW, 100, 0) {
			return false
		}
		if c.total != nil {
			n, w := c.total.a, c.total.b
			if !first {
				n, w = w, n
			}
			if !cardClose(w, 100, 0) || !cardClose(sumN, n, len(c.comps)) {
				return false
			}
		}
		return true
	}
	nf, wf := try(true), try(false)
	switch {
	case nf:
		return true, ""
	case wf:
		return false, ""
	}
	return false, "komponen tidak berjumlah bobot 100 dan nilai akhir (nilai ≤ bobot)"
}

// scoreCardFacts loads the cards read before identify, through the
// component reader, for the satker the card names (else the report's).
func (p *parser) scoreCardFacts(cards []scoreCard) {
	for _, c := range cards {
		start, end := c.from+1, c.to+1
		satker := p.doc.Meta.SatkerID
		if fs := distinctSatkers(normalize.FindSatkers(c.unit+" "+c.caption, p.prov, false)); len(fs) == 1 {
			satker = fs[0]
		} else if len(fs) > 1 {
			p.find("sakip.baris_tidak_pasti", facts.Warning, start, end, "", "kartu nilai SAKIP menyebut %d satker; tidak dimuat", len(fs))
			continue
		}
		year := p.doc.Meta.Tahun - 1
		switch len(c.years) {
		case 0:
		case 1:
			year = c.years[0]
		default:
			p.find("sakip.baris_tidak_pasti", facts.Warning, start, end, "", "kartu nilai SAKIP menyebut tahun %v; tahun yang dinilai tidak pasti, tidak dimuat", c.years)
			continue
		}
		nilaiFirst, why := c.cardOrder()
		if c.proofs != "" {
			why = c.proofs // a reader's own proof failed (sakip_gizi.go: the header's order)
		}
		if why != "" {
			p.find("sakip.komponen_tidak_cocok", facts.Warning, start, end, "", "kartu nilai SAKIP %d: %s; tidak dimuat", year, why)
			continue
		}
		nv := func(pr cardPair) (n, w float64) {
			if nilaiFirst {
				return pr.a, pr.b
			}
			return pr.b, pr.a
		}
		sum := 0.0
		for _, pr := range c.comps {
			n, _ := nv(pr)
			sum += n
		}
		// the score: the total line's, the stated one, the pointer's; each
		// stated must be the components' sum
		var score *float64
		line := 0
		if c.total != nil {
			n, _ := nv(*c.total)
			score, line = &n, c.total.line
		}
		bad := false
		for _, s := range []*float64{c.score, c.pointerScore} {
			if s == nil {
				continue
			}
			if !cardClose(sum, *s, len(c.comps)) {
				bad = true
				break
			}
			if score == nil {
				v := *s
				score, line = &v, c.scoreLine
			}
		}
		if bad {
			p.find("sakip.komponen_tidak_sama_total", facts.Warning, start, end, fmtNum(&sum),
				"kartu nilai SAKIP %d: nilai yang disebut bukan jumlah komponen %.2f; tidak dimuat", year, sum)
			continue
		}
		grade := c.grade
		if grade != "" && score != nil && normalize.GradeOf(*score) != grade {
			p.find("sakip.predikat_tidak_sesuai", facts.Warning, c.gradeLine+1, c.gradeLine+1, grade,
				"kartu nilai SAKIP %d: predikat %s tidak sesuai nilai %s; tidak dimuat", year, grade, fmtNum(score))
			continue
		}
		var rows []extract.Row
		for _, pr := range c.comps {
			n, w := nv(pr)
			rows = append(rows, extract.Row{Start: pr.line + 1, End: pr.line + 1,
				Cells: []string{lkeKomponenNames[pr.id], lkeNum(&w), lkeNum(&n)}})
		}
		if score != nil {
			cells := []string{"Nilai", "", lkeNum(score)}
			if grade != "" {
				cells[2] += " (" + grade + ")"
			}
			rows = append(rows, extract.Row{Start: line + 1, End: line + 1, Cells: cells})
		}
		blk := extract.Block{Kind: extract.Table, Start: start, End: end, Caption: c.caption, Rows: rows}
		label := p.label(&blk)
		if label == "" {
			label = "kartu nilai"
		}
		p.sakipKomponenColumn(&tableInfo{b: &blk, label: label}, satker, year, 0, 1, 2, false)
	}
}
