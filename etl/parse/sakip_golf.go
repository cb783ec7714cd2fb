package parse

import (
	"bytes"
	"regexp"
	"slices"
	"strings"

	"github.com/kpu-ntt/lkj/etl/facts"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// The SAKIP evaluation drawn as a golf scorecard (kartu skor golf) and
// typed again: a ruled card whose title names the course and the year, the
// player (the satker), then one hole a component under a header naming the
// hole, the component, the par (the weight) and the score (the value), a
// TOTAL line (100 and the final score), a PREDIKAT line, and often a key
// under the card saying what PAR and SKOR mean:
//
//	┏━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┓
//	┃        KARTU SKOR  ·  PADANG KINERJA  ·  2019        ┃
//	┃ Pemain: Sekretariat KPU Kabupaten ...                ┃
//	┣━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┫
//	┃ HOLE  KOMPONEN                           PAR    SKOR ┃
//	┃ 1     Perencanaan Kinerja              30,00   17,40 ┃
//	┃ ...                                                  ┃
//	┃       TOTAL                           100,00   61,21 ┃
//	┃       PREDIKAT                                     B ┃
//	┗━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┛
//	PAR = bobot komponen (jumlah 100); SKOR = nilai yang diperoleh; ...
//
// golfCards reads each such card as a score card (sakip_score_card.go), so
// the card's proofs decide it: the weights sum to 100, each value is at
// most its weight, the values sum to the TOTAL line's and to any stated
// score, the predikat is the score's band, one year between the card's
// title and its caption. What it trusts of the drawing: the header line
// (a hole word first, then a weight word and a value word, in either
// order, which the sums must confirm); a component line is a hole number,
// a name komponenOf knows and two figures; every hole is numbered once.
// Any other line with figures under the header (a real golf card's holes
// with par 3-5 and strokes, named or not) makes the card no SAKIP card.
// The card must state a TOTAL line or a score, since the value column is
// proven by summing to it. The lines read (and the key under the card)
// are blanked, so no other reader takes the figures again.

var (
	// "1   Perencanaan Kinerja   30,00   17,40": a hole, a name, two figures
	golfRow = regexp.MustCompile(`^(\d{1,2})[.)]?\s+(.*?[A-Za-z].*?)\s+(\d{1,3}(?:[.,]\d{1,3})?)\s*%?\s+(\d{1,3}(?:[.,]\d{1,3})?)\s*%?$`)
	// a year alone on a card's title line ("KARTU SKOR · PADANG KINERJA · 2019")
	golfYear = regexp.MustCompile(`\b(19|20)\d\d\b`)
)

// golfGate: the header's hole word in capitals or capitalised; a report
// without one pays two byte searches.
func golfGate(doc *facts.Document, data []byte) bool {
	return docHasAny(doc, data, "HOLE", "Hole")
}

// golfFields splits a card line into its cells: a tab or two spaces part them.
func golfFields(t string) []string {
	var fs []string
	for _, f := range strings.Split(strings.ReplaceAll(t, "\t", "  "), "  ") {
		if f = strings.TrimSpace(f); f != "" {
			fs = append(fs, f)
		}
	}
	return fs
}

// golfHeader reads the card's header: the hole word, an optional name
// column's label, then the weight (par) and the value (score) words in
// either order. weightFirst says the order.
func golfHeader(t string) (weightFirst, ok bool) {
	if t == "" || len(t) > maxCardLine || strings.ContainsAny(t, "0123456789") {
		return false, false
	}
	fs := golfFields(t)
	if len(fs) < 3 || len(fs) > 4 {
		return false, false
	}
	switch normalize.Key(fs[0]) {
	case "hole", "no hole", "hole no", "lubang", "hole lubang":
	default:
		return false, false
	}
	role := func(f string) byte {
		switch normalize.Key(f) {
		case "par", "bobot", "par bobot", "bobot par":
			return 'w'
		case "skor", "score", "nilai", "skor nilai", "nilai skor", "score nilai":
			return 'n'
		}
		return 0
	}
	if len(fs) == 4 && role(fs[1]) != 0 {
		return false, false
	}
	a, b := role(fs[len(fs)-2]), role(fs[len(fs)-1])
	if a == 0 || b == 0 || a == b {
		return false, false
	}
	return a == 'w', true
}

// golfCards finds the cards of data, appends them to cards and returns
// data with the lines read blanked (line numbers kept).
func golfCards(doc *facts.Document, data []byte, cards *[]scoreCard) []byte {
	if !golfGate(doc, data) {
		return data
	}
	var lines []string
	changed := false
	next := 0 // the first line not yet read into a card
	for _, w := range [][]byte{[]byte("HOLE"), []byte("Hole")} {
		for at := 0; ; {
			k := bytes.Index(data[at:], w)
			if k < 0 {
				break
			}
			k += at
			ls, le := lineSpan(data, k)
			at = le
			if le-ls > maxCardLine {
				continue
			}
			t, _ := giziInner(string(data[ls:le]))
			wFirst, ok := golfHeader(t)
			if !ok {
				continue
			}
			if lines == nil {
				lines = strings.Split(string(data), "\n")
			}
			h := bytes.Count(data[:ls], []byte("\n"))
			if h < next {
				continue
			}
			c, ok := golfCardAt(lines, h, wFirst)
			if !ok {
				continue
			}
			for j := c.from; j <= c.to; j++ {
				lines[j] = ""
			}
			*cards = append(*cards, c)
			changed = true
			next = c.to + 1
		}
	}
	if !changed {
		return data
	}
	return []byte(strings.Join(lines, "\n"))
}

// golfCardAt reads the card whose header is lines[h].
func golfCardAt(lines []string, h int, weightFirst bool) (scoreCard, bool) {
	var c scoreCard
	top, bottom := boxAround(lines, h)
	var unit []string
	var years []int
	addYear := func(y int) {
		if !slices.Contains(years, y) {
			years = append(years, y)
		}
	}
	// above the header: the title, the player, a score or predikat stated
	for k := top; k < h; k++ {
		if len(lines[k]) > maxCardLine {
			return c, false
		}
		t, _ := giziInner(lines[k])
		if t == "" || giziRule(lines[k]) {
			continue
		}
		if ok, bad := cardScoreLine(&c, t, k); bad {
			return c, false
		} else if ok {
			continue
		}
		switch {
		case captionYear(t) != 0:
			addYear(captionYear(t))
		case sakipYear(t) != 0:
			addYear(sakipYear(t))
		default:
			// the title's year alone: its only digits are one year
			if m := golfYear.FindAllString(t, -1); len(m) == 1 && len(m[0]) == digitCount(t) {
				addYear(atoi(m[0]))
			}
		}
		unit = append(unit, t)
	}
	seen := map[string]bool{}
	holes := map[string]bool{}
	for k := h + 1; k <= bottom; k++ {
		if len(lines[k]) > maxCardLine {
			return c, false
		}
		t, _ := giziInner(lines[k])
		if t == "" || giziRule(lines[k]) {
			continue
		}
		if m := golfRow.FindStringSubmatch(t); m != nil {
			name := strings.Join(strings.Fields(m[2]), " ")
			a := normalize.ParseNumber(m[3], normalize.Indonesian)
			b := normalize.ParseNumber(m[4], normalize.Indonesian)
			id := komponenOf(name)
			if a.Status != normalize.OK || b.Status != normalize.OK || id == "" || cardTotalName(normalize.Key(name)) ||
				seen[id] || holes[m[1]] || c.total != nil {
				return c, false // a hole of no component (a real golf card), twice, or after the total
			}
			seen[id], holes[m[1]] = true, true
			c.comps = append(c.comps, cardPair{name: name, id: id, a: a.Value, b: b.Value, line: k})
			continue
		}
		if m := giziPair.FindStringSubmatch(t); m != nil {
			// the TOTAL line, with no hole
			a := normalize.ParseNumber(m[2], normalize.Indonesian)
			b := normalize.ParseNumber(m[3], normalize.Indonesian)
			if !cardTotalName(normalize.Key(m[1])) || c.total != nil || len(c.comps) == 0 ||
				a.Status != normalize.OK || b.Status != normalize.OK {
				return c, false
			}
			c.total = &cardPair{name: strings.TrimSpace(m[1]), a: a.Value, b: b.Value, line: k}
			continue
		}
		if ok, bad := cardScoreLine(&c, t, k); bad || !ok {
			return c, false // text of no hole, total or score: not this class's card
		}
	}
	if len(c.comps) < 2 || (c.total == nil && c.score == nil) {
		return c, false
	}
	c.from, c.to = top, bottom
	// the key under the card explains its columns ("PAR = bobot ...;
	// SKOR = nilai ..."): read as part of the card, nothing taken from it
	if k := bottom + 1; k < len(lines) && len(lines[k]) <= maxCardLine && golfKey(lines[k]) {
		c.to = k
	}
	// the caption's year must agree with the card's own; a year line above
	// that is no caption only when the card names none
	c.finishCard(lines, top, years, unit, weightFirst, "kolom par (bobot) dan skor (nilai) pada kartu skor tidak sesuai jumlahnya")
	return c, true
}

// golfKey: the key under a card, "PAR = bobot ...; SKOR = nilai ...": it
// opens with a column's word and an "=" or ":" and explains a weight or
// value.
func golfKey(l string) bool {
	t := strings.TrimSpace(l)
	i := strings.IndexAny(t, "=:")
	if i <= 0 {
		return false
	}
	switch normalize.Key(t[:i]) {
	case "par", "skor", "score", "hole":
	default:
		return false
	}
	k := " " + normalize.Key(t[i:]) + " "
	return has(k, "bobot", "nilai", "weight", "komponen", "component")
}

// digitCount is the number of ASCII digits in s.
func digitCount(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			n++
		}
	}
	return n
}
