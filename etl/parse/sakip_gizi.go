package parse

import (
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/kpu-ntt/lkj/etl/facts"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// The SAKIP evaluation drawn as a food's nutrition facts label (label
// Informasi Nilai Gizi) and typed again: a heavy-ruled box whose title,
// serving size (Takaran, Sajian per kemasan) and "amount per serving" name
// the evaluation, the final score and predikat as the amount per serving,
// then one line a component as the nutrients, under a header naming the
// two figures' columns (% AKG* for the weight, Nilai for the value), a
// Jumlah line, and a footnote saying what % AKG means:
//
//	┏━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┓
//	┃ INFORMASI NILAI AKIP                                   ┃
//	┃ Takaran evaluasi  : LKE AKIP Tahun 2022                ┃
//	┣━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┫
//	┃ JUMLAH PER SAJIAN                                      ┃
//	┃ Nilai Akhir      74,31                     Predikat BB ┃
//	┣━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┫
//	┃                                       % AKG*     Nilai ┃
//	┃ Perencanaan Kinerja                    30,00     22,50 ┃
//	┃ ...                                                    ┃
//	┃ Jumlah                                100,00     74,31 ┃
//	┗━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┛
//	*% AKG = Angka Kecukupan Bobot: bobot komponen dari nilai 100 ...
//
// giziLabels reads each such label as a score card
// (sakip_score_card.go), so the card's proofs decide it: the weights sum
// to 100, each value is at most its weight, the values sum to the Jumlah
// line's and to the stated score, the predikat is the score's band, the
// year the one the label's own lines and its caption name. What it trusts
// of the drawing: the header line naming the two columns (a weight word
// and a value word, in either order) and the proof agreeing with it; a
// component line is a name komponenOf knows and two figures; a line
// indented deeper than the components is a sub-component and is not
// counted; any other line with figures under the header (a real food
// label's Energi, Lemak) makes the box no card. The label must be ruled
// and must state a score or a Jumlah line, since the value column is
// proven by summing to it. The lines read are blanked.

var (
	// "Perencanaan Kinerja   30,00   22,50": a name and two figures
	giziPair = regexp.MustCompile(`^(.*?[A-Za-z].*?)\s+(\d{1,3}(?:[.,]\d{1,3})?)\s*%?\s+(\d{1,3}(?:[.,]\d{1,3})?)\s*%?$`)
	// "Nilai Akhir 74,31", "Skor akhir: 74,31 / 100"
	giziScore = regexp.MustCompile(`(?i)^(?:nilai\s+akhir|nilai\s+akip|nilai\s+sakip|nilai\s+total|total\s+nilai|jumlah\s+nilai|skor\s+akhir|total\s+skor|skor|nilai)\s*[:=]?\s*(\d{1,3}(?:[.,]\d{1,3})?)(?:\s*(?:/|dari)\s*100(?:[.,]0{1,3})?)?$`)
	// "Predikat BB", "(predikat: A)"
	giziGrade = regexp.MustCompile(`(?i)[(\[]?\s*\bpredikat\s*[:=]?\s*["“]?(AA|A|BB|B|CC|C|D)["”]?\s*[)\]]?`)
	// the label's "amount per serving" before the score on its line
	giziServing = regexp.MustCompile(`(?i)^jumlah\s+per\s+sajian\s*[:=]?\s*`)
)

// giziGate: the label's own words, the serving or the % AKG column; a
// report without them pays a few byte searches.
func giziGate(doc *facts.Document, data []byte) bool {
	return docHasAny(doc, data, "AKG", "SAJIAN", "Sajian", "per sajian")
}

// giziSide: a frame's side mark.
func giziSide(r rune) bool { return r == '┃' || r == '║' || r == '│' || r == '|' }

// giziInner is a label line without its side marks, and its indent (the
// spaces between the left mark, or the line's start, and the text; a tab
// counts four).
func giziInner(l string) (string, int) {
	l = strings.TrimRight(l, " \t\r")
	s := strings.TrimLeft(l, " \t")
	if r, n := utf8.DecodeRuneInString(s); giziSide(r) {
		s = s[n:]
	}
	if r, n := utf8.DecodeLastRuneInString(s); n > 0 && giziSide(r) {
		s = strings.TrimRight(s[:len(s)-n], " \t")
	}
	ind := 0
	for _, r := range s {
		switch r {
		case ' ':
			ind++
		case '\t':
			ind += 4
		default:
			return strings.TrimSpace(s), ind
		}
	}
	return "", ind
}

// giziRule: a border, a separator or a rule inside the box: rule and box
// marks only, at least six of them.
func giziRule(l string) bool {
	n := 0
	for _, r := range strings.TrimSpace(l) {
		switch {
		case r == ' ':
		case r >= 0x2500 && r <= 0x257F, strings.ContainsRune("+-=_|*:", r):
			n++
		default:
			return false
		}
	}
	return n >= 6
}

// giziCorner: the first mark of a drawn box's top (up) or bottom line.
func giziCorner(l string, up bool) bool {
	r, _ := utf8.DecodeRuneInString(strings.TrimSpace(l))
	if up {
		return r == '┏' || r == '╔' || r == '┌' || r == '╭'
	}
	return r == '┗' || r == '╚' || r == '└' || r == '╰'
}

// giziHeader reads a header line naming the two figures' columns: an
// optional name column's label, then a weight word (AKG, Bobot) and a
// value word (Nilai, Skor) in either order. weightFirst says the order.
func giziHeader(t string) (weightFirst, ok bool) {
	if t == "" || strings.ContainsAny(t, "0123456789") {
		return false, false
	}
	var fs []string
	for _, f := range strings.Split(strings.ReplaceAll(t, "\t", "  "), "  ") {
		if f = strings.TrimSpace(f); f != "" {
			fs = append(fs, f)
		}
	}
	role := func(f string) byte {
		switch normalize.Key(f) {
		case "akg", "bobot", "bobot akg":
			return 'w'
		case "nilai", "skor":
			return 'n'
		}
		return 0
	}
	if len(fs) < 2 || len(fs) > 3 {
		return false, false
	}
	if len(fs) == 3 && role(fs[0]) != 0 {
		return false, false
	}
	a, b := role(fs[len(fs)-2]), role(fs[len(fs)-1])
	if a == 0 || b == 0 || a == b {
		return false, false
	}
	return a == 'w', true
}

// giziLabels finds the labels of data, appends their cards to cards
// and returns data with the lines read blanked (line numbers kept).
func giziLabels(doc *facts.Document, data []byte, cards *[]scoreCard) []byte {
	if !giziGate(doc, data) {
		return data
	}
	lines := strings.Split(string(data), "\n")
	changed := false
	for h := 0; h < len(lines); h++ {
		if len(lines[h]) > maxCardLine {
			continue
		}
		t, _ := giziInner(lines[h])
		wFirst, ok := giziHeader(t)
		if !ok {
			continue
		}
		c, ok := giziLabelAt(lines, h, wFirst)
		if !ok {
			continue
		}
		for j := c.from; j <= c.to; j++ {
			lines[j] = ""
		}
		*cards = append(*cards, c)
		changed = true
		h = c.to
	}
	if !changed {
		return data
	}
	return []byte(strings.Join(lines, "\n"))
}

// giziLabelAt reads the label whose column header is lines[h].
func giziLabelAt(lines []string, h int, weightFirst bool) (scoreCard, bool) {
	var c scoreCard
	top, bottom := boxAround(lines, h)
	ruled := false
	var unit []string
	var years []int
	addYear := func(y int) {
		if !slices.Contains(years, y) {
			years = append(years, y)
		}
	}
	score := func(t string, k int) (ok, bad bool) { return cardScoreLine(&c, t, k) }
	for k := top; k < h; k++ {
		if len(lines[k]) > maxCardLine {
			return c, false
		}
		t, _ := giziInner(lines[k])
		if giziRule(lines[k]) {
			ruled = true
			continue
		}
		if t == "" {
			continue
		}
		if ok, bad := score(t, k); bad {
			return c, false
		} else if ok {
			continue
		}
		if y := captionYear(t); y != 0 {
			addYear(y)
		} else if y := sakipYear(t); y != 0 {
			addYear(y)
		}
		unit = append(unit, t)
	}
	seen := map[string]bool{}
	base := -1 // the components' indent
	for k := h + 1; k <= bottom; k++ {
		if len(lines[k]) > maxCardLine {
			return c, false
		}
		t, ind := giziInner(lines[k])
		if giziRule(lines[k]) {
			ruled = true
			continue
		}
		if t == "" {
			continue
		}
		m := giziPair.FindStringSubmatch(t)
		if m == nil {
			if ok, bad := score(t, k); bad {
				return c, false
			} else if ok {
				continue
			}
			if base >= 0 && ind > base {
				continue // a sub-component's name wrapped under its component
			}
			return c, false // text of no component: not this class's box
		}
		name := strings.Join(strings.Fields(m[1]), " ")
		a := normalize.ParseNumber(m[2], normalize.Indonesian)
		b := normalize.ParseNumber(m[3], normalize.Indonesian)
		if a.Status != normalize.OK || b.Status != normalize.OK {
			return c, false
		}
		pr := cardPair{name: name, a: a.Value, b: b.Value, line: k}
		if cardTotalName(normalize.Key(name)) {
			if c.total != nil || len(c.comps) == 0 {
				return c, false
			}
			c.total = &pr
			continue
		}
		if base >= 0 && ind > base {
			continue // a sub-component indented under its component: counted in it
		}
		id := komponenOf(name)
		if id == "" || seen[id] || c.total != nil {
			return c, false // a nutrient of no component (a food's label), twice, or after the total
		}
		seen[id] = true
		if base < 0 {
			base = ind
		}
		pr.id = id
		c.comps = append(c.comps, pr)
	}
	if !ruled || len(c.comps) < 2 || (c.total == nil && c.score == nil) {
		return c, false
	}
	c.from, c.to = top, bottom
	// the footnote under the box explains the starred column: read as part
	// of the label, nothing taken from it
	if bottom+1 < len(lines) && strings.HasPrefix(strings.TrimSpace(lines[bottom+1]), "*") && strings.Contains(lines[h], "*") {
		c.to = bottom + 1
	}
	// the caption's year must agree with the label's own; a year line above
	// that is no caption (a heading, a sentence) only when the label names none
	c.finishCard(lines, top, years, unit, weightFirst, "kolom bobot dan nilai pada label tidak sesuai jumlahnya")
	return c, true
}

// giziEqualPairs: every pair's two figures are the same, so either order holds.
func giziEqualPairs(c scoreCard) bool {
	for _, pr := range c.comps {
		if !cardClose(pr.a, pr.b, 0) {
			return false
		}
	}
	return c.total == nil || cardClose(c.total.a, c.total.b, 0)
}

// cardScoreLine reads a drawn card's line stating the score, the predikat
// or both ("Nilai Akhir 74,31  Predikat BB", "PREDIKAT  B") into c; ok
// false: the line is neither; bad: a second score or another predikat, so
// which one the card gives is not proven. Shared by the drawn cards read
// line by line (sakip_gizi.go, sakip_golf.go).
func cardScoreLine(c *scoreCard, t string, k int) (ok, bad bool) {
	grade := ""
	rest := t
	if m := giziGrade.FindStringSubmatchIndex(t); m != nil {
		grade = strings.ToUpper(t[m[2]:m[3]])
		rest = strings.TrimSpace(t[:m[0]] + " " + t[m[1]:])
	}
	rest = strings.Trim(giziServing.ReplaceAllString(rest, ""), " ,;·-–—")
	switch m := giziScore.FindStringSubmatch(rest); {
	case m != nil:
		n := normalize.ParseNumber(m[1], normalize.Indonesian)
		if n.Status != normalize.OK || c.score != nil {
			return true, true
		}
		v := n.Value
		c.score, c.scoreLine = &v, k
	case rest != "" || grade == "":
		return false, false
	}
	if grade != "" {
		if c.grade != "" && c.grade != grade {
			return true, true
		}
		c.grade, c.gradeLine = grade, k
	}
	return true, false
}

// boxAround is the box that holds header line h: up to its top corner or
// a blank line (15 lines at most), down to its bottom corner or a blank
// line (40 at most).
func boxAround(lines []string, h int) (top, bottom int) {
	top = h
	for k := h - 1; k >= 0 && k >= h-15; k-- {
		if strings.TrimSpace(lines[k]) == "" {
			break
		}
		top = k
		if giziCorner(lines[k], true) {
			break
		}
	}
	bottom = h
	for k := h + 1; k < len(lines) && k <= h+40; k++ {
		if strings.TrimSpace(lines[k]) == "" {
			break
		}
		bottom = k
		if giziCorner(lines[k], false) {
			break
		}
	}
	return top, bottom
}

// finishCard sets what every boxed score card settles once its rows are
// read: its years with the caption's above top (a year line that is no
// caption counts only when the card names none), its unit, the column
// order its header names, and mismatch as its failed proof when the sums
// prove the other order (cardOrder prefers nilai first when both orders
// hold: figures equal pair by pair, where the order does not matter).
func (c *scoreCard) finishCard(lines []string, top int, years []int, unit []string, weightFirst bool, mismatch string) {
	ys, u, capt := cardYearsAbove(lines, top)
	if capt != "" || len(years) == 0 {
		for _, y := range ys {
			if !slices.Contains(years, y) {
				years = append(years, y)
			}
		}
	}
	c.years, c.caption = years, capt
	c.unit = strings.TrimSpace(strings.Join(unit, " ") + " " + u)
	c.nilaiFirst = !weightFirst
	if nf, why := c.cardOrder(); why == "" && nf != c.nilaiFirst && !giziEqualPairs(*c) {
		c.proofs = mismatch
	}
}
