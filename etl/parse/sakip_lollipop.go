package parse

import (
	"bytes"
	"regexp"
	"strings"

	"github.com/kpu-ntt/lkj/etl/normalize"
)

// The SAKIP evaluation's lollipop chart typed again: a scale over the
// chart ("0% … 100% dari bobot"), then one block a component, its name
// with its weight in brackets and under it a stick as long as the share of
// the weight earned, the value after the dot; the final score and predikat
// under the chart:
//
//	  PERENCANAAN KINERJA (bobot 30,00)
//	  ├───────────────────────────● 20,95
//
//	  NILAI AKHIR 67,57 dari 100,00  —  PREDIKAT B
//
// lollipops reads each chart as a score card (sakip_score_card.go), so
// the card's proofs decide it: the weights sum to 100, each value is at
// most its weight, the values sum to the final score, the predikat is the
// score's band, and the year is the one the caption and title name. Only a
// component the block names (komponenOf) with its weight is read: a
// lollipop of percentages without weights is no card. The stick's length
// and the scale are no facts. The lines read are blanked.

var (
	// "NAME (bobot 30,00)", "NAME (bobot: 30)"
	lolliName = regexp.MustCompile(`(?i)^\s*(.*?[A-Za-z].*?)\s*\(\s*bobot\s*:?\s*(\d{1,3}(?:[.,]\d{1,3})?)\s*%?\s*\)\s*$`)
	// "├────● 20,95"
	lolliStick = regexp.MustCompile(`^\s*[├┣|+]?[─━\-=]{1,}\s*[●◉•o]\s*(\d{1,3}(?:[.,]\d{1,3})?)\s*$`)
	// "NILAI AKHIR 67,57 dari 100,00 — PREDIKAT B"
	lolliTotal = regexp.MustCompile(`(?i)^\s*(nilai\s+akhir|nilai\s+akip|nilai\s+sakip|nilai|jumlah|total|skor\s+akhir)\s*:?\s*(\d{1,3}(?:[.,]\d{1,3})?)\s*(?:dari|/)\s*(100(?:[.,]0{1,3})?)\s*(?:[—–\-,;]+\s*|\(\s*)?(?:predikat\s*:?\s*["“]?([A-D]{1,2})["”]?\s*\)?)?\s*$`)
)

// lollipops finds the lollipop charts of data, appends their cards to
// cards and returns data with the lines read blanked (line numbers kept).
func lollipops(data []byte, cards *[]scoreCard) []byte {
	if !bytes.Contains(data, []byte("├─")) && !bytes.Contains(data, []byte("├━")) {
		return data
	}
	if !bytes.Contains(data, []byte("bobot")) && !bytes.Contains(data, []byte("BOBOT")) && !bytes.Contains(data, []byte("Bobot")) {
		return data
	}
	lines := strings.Split(string(data), "\n")
	var out []scoreCard
	var read [][2]int
	for i := 0; i < len(lines); i++ {
		if !lolliName.MatchString(lines[i]) {
			continue
		}
		c, ok := lollipopAt(lines, i)
		if !ok {
			continue
		}
		out = append(out, c)
		read = append(read, [2]int{c.from, c.to})
		i = c.to
	}
	if len(out) == 0 {
		return data
	}
	for _, r := range read {
		for j := r[0]; j <= r[1]; j++ {
			lines[j] = ""
		}
	}
	*cards = append(*cards, out...)
	return []byte(strings.Join(lines, "\n"))
}

// lollipopAt reads the chart whose first component name is lines[i].
func lollipopAt(lines []string, i int) (scoreCard, bool) {
	var c scoreCard
	seen := map[string]bool{}
	k := i
	last := i
	for k+1 < len(lines) {
		m := lolliName.FindStringSubmatch(lines[k])
		if m == nil {
			break
		}
		s := lolliStick.FindStringSubmatch(lines[k+1])
		id := komponenOf(m[1])
		if s == nil || id == "" || seen[id] || cardTotalName(normalize.Key(m[1])) {
			return c, false
		}
		seen[id] = true
		w := normalize.ParseNumber(m[2], normalize.Indonesian)
		n := normalize.ParseNumber(s[1], normalize.Indonesian)
		if w.Status != normalize.OK || n.Status != normalize.OK {
			return c, false
		}
		c.comps = append(c.comps, cardPair{name: strings.TrimSpace(m[1]), id: id, a: n.Value, b: w.Value, line: k + 1})
		last = k + 1
		k += 2
		for k < len(lines) && k-last <= 2 && strings.TrimSpace(lines[k]) == "" {
			k++
		}
	}
	if len(c.comps) < 2 {
		return c, false
	}
	c.from, c.to = i, last
	// the final score under the chart, past a blank line or two
	for j := last + 1; j < len(lines) && j <= last+3; j++ {
		if strings.TrimSpace(lines[j]) == "" {
			continue
		}
		if m := lolliTotal.FindStringSubmatch(lines[j]); m != nil {
			n := normalize.ParseNumber(m[2], normalize.Indonesian)
			w := normalize.ParseNumber(m[3], normalize.Indonesian)
			if n.Status != normalize.OK || w.Status != normalize.OK {
				return c, false
			}
			c.total = &cardPair{name: m[1], a: n.Value, b: w.Value, line: j}
			if m[4] != "" {
				c.grade, c.gradeLine = strings.ToUpper(m[4]), j
			}
			c.to = j
		}
		break
	}
	c.years, c.unit, c.caption = cardYearsAbove(lines, i)
	c.nilaiFirst = true
	return c, true
}

// cardYearsAbove reads a chart's year from the lines over its first line
// i: the nearest line above naming one (the title, the figure's label or
// the caption), and the caption a few lines over it, which must name no
// other year; the distinct years, the lines read (its unit words) and the
// caption.
func cardYearsAbove(lines []string, i int) (years []int, unitText, caption string) {
	var unit []string
	addYear := func(t string) bool {
		y := captionYear(t)
		if y == 0 {
			y = sakipYear(t)
		}
		if y == 0 {
			return false
		}
		for _, v := range years {
			if v == y {
				return true
			}
		}
		years = append(years, y)
		return true
	}
	stop := -1
	for j := i - 1; j >= 0 && j >= i-8; j-- {
		t := strings.TrimSpace(lines[j])
		if t == "" {
			continue
		}
		if !strings.Contains(t, "%") {
			unit = append(unit, t)
		}
		isCaption := strings.HasPrefix(normalize.Key(t), "tabel ")
		if isCaption {
			caption = t
		}
		if addYear(t) || isCaption {
			stop = j
			break
		}
	}
	for j := stop - 1; stop > 0 && caption == "" && j >= 0 && j >= stop-4; j-- {
		t := strings.TrimSpace(lines[j])
		if strings.HasPrefix(normalize.Key(t), "tabel ") {
			caption = t
			unit = append(unit, t)
			addYear(t)
			break
		}
	}
	return years, strings.Join(unit, " "), caption
}
