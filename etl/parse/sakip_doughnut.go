package parse

import (
	"regexp"
	"strings"

	"github.com/kpu-ntt/lkj/etl/facts"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// The SAKIP evaluation's doughnut chart typed again: a ring drawn in
// characters, its hole holding the final score and predikat, the four
// components' labels at the chart's corners (name, `Bobot n`, `Nilai n`),
// the two upper labels on the same lines left and right of the ring, the
// two lower ones likewise, leader arrows to the ring:
//
//	  PERENCANAAN KINERJA           .-''''''-.            PENGUKURAN KINERJA
//	  Bobot 30,00                 .'          '.                 Bobot 30,00
//	  Nilai 19,80                /              \                Nilai 20,05
//	  ──────────────►           |  NILAI AKHIR   |           ◄──────────────
//	                            |     64,71      |
//	                            |   PREDIKAT B   |
//	  PELAPORAN KINERJA          \              /       EVALUASI INTERNAL
//	  …
//
// doughnuts reads each such chart as a score card (sakip_score_card.go),
// so the card's proofs decide it: the weights sum to 100, each value is at
// most its weight, the values sum to the hole's score (and to the summary
// line's under the chart), the predikat is the score's band, the year the
// one the title and caption name. What it trusts of the drawing: the hole
// is two or more lines with a side mark (`|`, `│`, `║`) at the same two
// columns; the ring is no wider than the hole, so a line's text left of
// the hole is the left labels' and the text right of it the right
// labels'; a label is read down its own side, a name (words without
// figures) opening it, `Bobot` and `Nilai` by their words. The ring, its
// fill and the arrows are drawing, never a figure. The lines read are
// blanked.

var (
	donutField = regexp.MustCompile(`(?i)\b(bobot|nilai)\s*:?\s*(\d{1,3}(?:[.,]\d{1,3})?)\s*%?`)
	donutScore = regexp.MustCompile(`\b\d{1,3}(?:[.,]\d{1,3})?\b`)
	donutGrade = regexp.MustCompile(`(?i)\bpredikat\s*:?\s*["“]?(AA|[A-D][A-D]?)["”]?(?:\s|$|\))`)
	// "Jumlah bobot 100,00; nilai akhir 64,71 (predikat B)."
	donutSum = regexp.MustCompile(`(?i)^\s*jumlah\s+bobot\s*:?\s*(100(?:[.,]0{1,3})?)\s*[;,·]\s*nilai(?:\s+akhir)?\s*:?\s*(\d{1,3}(?:[.,]\d{1,3})?)\s*(?:\(\s*predikat\s*:?\s*(AA|[A-D][A-D]?)\s*\))?\s*\.?\s*$`)
)

// donutGate: a component's weight named and a ring's top arc drawn.
func donutGate(doc *facts.Document, data []byte) bool {
	if !docHasAny(doc, data, "Bobot", "BOBOT", "bobot") {
		return false
	}
	// the ring's top arc: ".-'''-." typed, "╭──╮" drawn
	return docHasAny(doc, data, ".-'", "'-.", "╮")
}

// doughnuts finds the doughnut charts of data, appends their cards to
// cards and returns data with the lines read blanked (line numbers kept).
func doughnuts(doc *facts.Document, data []byte, cards *[]scoreCard) []byte {
	if !donutGate(doc, data) {
		return data
	}
	lines := strings.Split(string(data), "\n")
	changed := false
	for i := 0; i+1 < len(lines); i++ {
		a, b, ok := donutSides(lines[i])
		if !ok {
			continue
		}
		c, ok := donutAt(lines, i, a, b)
		if !ok {
			continue
		}
		for j := c.from; j <= c.to; j++ {
			lines[j] = ""
		}
		*cards = append(*cards, c)
		changed = true
		i = c.to
	}
	if !changed {
		return data
	}
	return []byte(strings.Join(lines, "\n"))
}

func donutMark(r rune) bool { return r == '|' || r == '│' || r == '║' }

// donutSides: the rune columns of a hole line's two side marks (exactly
// two on the line, at least six apart).
func donutSides(l string) (int, int, bool) {
	if !strings.ContainsAny(l, "|│║") {
		return 0, 0, false
	}
	var at []int
	for k, r := range []rune(l) {
		if donutMark(r) {
			at = append(at, k)
		}
	}
	if len(at) != 2 || at[1]-at[0] < 6 {
		return 0, 0, false
	}
	return at[0], at[1], true
}

// donutLabel is one corner's label as read down its side.
type donutLabel struct {
	name         []string
	bobot, nilai string
	line         int
}

// donutAt reads the chart whose hole opens on line i with its marks at
// columns a and b.
func donutAt(lines []string, i, a, b int) (scoreCard, bool) {
	var c scoreCard
	// the hole: the lines with the marks at a and b
	h := i
	var hole []string
	for ; h < len(lines); h++ {
		x, y, ok := donutSides(lines[h])
		if !ok || x != a || y != b {
			break
		}
		r := []rune(lines[h])
		hole = append(hole, strings.TrimSpace(string(r[a+1:b])))
	}
	if h-i < 2 {
		return c, false
	}
	// the score and predikat in the hole: one figure, words otherwise
	ht := strings.Join(hole, " ")
	nums := donutScore.FindAllString(ht, -1)
	if len(nums) != 1 {
		return c, false
	}
	sv := normalize.ParseNumber(nums[0], normalize.Indonesian)
	if sv.Status != normalize.OK || sv.Value <= 0 || sv.Value > 100 {
		return c, false
	}
	// the chart: the lines around the hole up to blank lines
	from, to := i, h-1
	for from > 0 && strings.TrimSpace(lines[from-1]) != "" {
		from--
	}
	for to+1 < len(lines) && strings.TrimSpace(lines[to+1]) != "" {
		to++
	}
	if to-from > 30 {
		return c, false
	}
	// each side read top to bottom
	var sides [2][]donutLabel
	for j := from; j <= to; j++ {
		r := []rune(lines[j])
		left := string(r[:min(a, len(r))])
		right := ""
		if b+1 < len(r) {
			right = string(r[b+1:])
		}
		for s, part := range []string{strings.TrimRight(left, " .-'/\\|│║()_`~"), strings.TrimLeft(right, " .-'/\\|│║()_`~")} {
			ls, ok := donutRead(sides[s], strings.TrimSpace(part), j)
			if !ok {
				return c, false
			}
			sides[s] = ls
		}
	}
	seen := map[string]bool{}
	for _, side := range sides {
		for _, l := range side {
			name := strings.Join(l.name, " ")
			id := komponenOf(name)
			if id == "" || seen[id] || l.bobot == "" || l.nilai == "" || cardTotalName(normalize.Key(name)) {
				return c, false
			}
			seen[id] = true
			w := normalize.ParseNumber(l.bobot, normalize.Indonesian)
			n := normalize.ParseNumber(l.nilai, normalize.Indonesian)
			if w.Status != normalize.OK || n.Status != normalize.OK {
				return c, false
			}
			c.comps = append(c.comps, cardPair{name: name, id: id, a: n.Value, b: w.Value, line: l.line})
		}
	}
	if len(c.comps) < 2 {
		return c, false
	}
	score := sv.Value
	c.score, c.scoreLine = &score, i
	if m := donutGrade.FindStringSubmatch(ht); m != nil {
		c.grade, c.gradeLine = strings.ToUpper(m[1]), i
	}
	c.from, c.to = from, to
	// the summary line under the chart, past a blank line or two
	for j := to + 1; j < len(lines) && j <= to+3; j++ {
		if strings.TrimSpace(lines[j]) == "" {
			continue
		}
		if m := donutSum.FindStringSubmatch(lines[j]); m != nil {
			w := normalize.ParseNumber(m[1], normalize.Indonesian)
			n := normalize.ParseNumber(m[2], normalize.Indonesian)
			if w.Status != normalize.OK || n.Status != normalize.OK {
				return c, false
			}
			if m[3] != "" && c.grade != "" && !strings.EqualFold(m[3], c.grade) {
				return c, false // two predikat for one score
			}
			c.total = &cardPair{name: "Jumlah", a: n.Value, b: w.Value, line: j}
			c.to = j
		}
		break
	}
	c.years, c.unit, c.caption = cardYearsAbove(lines, from)
	c.nilaiFirst = true
	return c, true
}

// donutRead adds one line's text on a side to the labels read so far: a
// field (`Bobot n`, `Nilai n`, both on one line maybe) to the open label,
// a name to the open label while it has no field yet, else a new label;
// an arrow is drawing. ok false for any other text.
func donutRead(ls []donutLabel, t string, line int) ([]donutLabel, bool) {
	if t == "" || strings.Trim(t, "─━-=►◄▶◀<>→← ") == "" {
		return ls, true
	}
	if ms := donutField.FindAllStringSubmatchIndex(t, -1); ms != nil {
		if len(ls) == 0 {
			return ls, false
		}
		l := &ls[len(ls)-1]
		rest := t
		for k := len(ms) - 1; k >= 0; k-- {
			m := ms[k]
			v := t[m[4]:m[5]]
			switch strings.ToLower(t[m[2]:m[3]]) {
			case "bobot":
				if l.bobot != "" {
					return ls, false
				}
				l.bobot = v
			default:
				if l.nilai != "" {
					return ls, false
				}
				l.nilai, l.line = v, line
			}
			rest = rest[:m[0]] + rest[m[1]:]
		}
		if strings.Trim(rest, " ·;,|/") != "" {
			return ls, false
		}
		return ls, true
	}
	if strings.ContainsAny(t, "0123456789") {
		return ls, false
	}
	if n := len(ls); n > 0 && ls[n-1].bobot == "" && ls[n-1].nilai == "" {
		ls[n-1].name = append(ls[n-1].name, t)
		return ls, true
	}
	return append(ls, donutLabel{name: []string{t}}), true
}
