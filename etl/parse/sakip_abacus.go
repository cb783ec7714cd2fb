package parse

import (
	"bytes"
	"regexp"
	"strings"
	"unicode"

	"github.com/kpu-ntt/lkj/etl/normalize"
)

// The SAKIP evaluation as an abacus (sempoa) typed again: a frame, one rod
// a component, the component's name left of the frame, the rod's beads
// inside it (black for the value earned, white for the rest of the
// weight), the weight and the value named at the rod's right end; the
// final score and predikat under the frame:
//
//	                     ╔════════════════════════════╗
//	 Perencanaan Kinerja ║ ●●●●●●●●──────────────○○○○ ║  bobot 30,00 | nilai 21,25
//	                     ║                            ║
//	  Pengukuran Kinerja ║ ●●●●●●●●●─────────────○○○ ║  bobot 30,00 | nilai 22,85
//	                     ╚════════════════════════════╝
//	                      JUMLAH NILAI 71,94  (bobot 100,00)  -  predikat BB
//
// abacuses reads each such frame as a score card (sakip_score_card.go), so
// the card's proofs decide it: the weights sum to 100, each value is at
// most its weight, the values sum to the stated total, the predikat is the
// score's band, the year the one the title and caption name. What it
// trusts of the drawing: a rod line is a name (a component komponenOf
// knows), a frame mark, a rod of beads and wire only (no letter or digit),
// a frame mark, and both `bobot n` and `nilai n` named by their words in
// either order; nothing is read from a column position (a PDF's -layout
// text moves the frame), and the beads are never counted (they are drawn
// rounded). Empty frame lines and the frame's borders may stand between
// rods. The lines read are blanked.

var (
	// "NAME ║ rod ║ fields"
	abacusRod = regexp.MustCompile(`^\s*(.*?[A-Za-z].*?)\s*[║|│┃]([^║|│┃]*)[║|│┃]\s*(.*?)\s*$`)
	// "bobot 30,00", "nilai: 21,25"
	abacusField = regexp.MustCompile(`(?i)\b(bobot|nilai)\s*[:=]?\s*(\d{1,3}(?:[.,]\d{1,3})?)\s*%?`)
	// "JUMLAH NILAI 71,94 (bobot 100,00) - predikat BB", "Nilai akhir: 71,94 dari 100 (BB)"
	abacusTotal = regexp.MustCompile(`(?i)^\s*(jumlah\s+nilai|nilai\s+akhir|total\s+nilai|jumlah|total|nilai\s+akip|nilai\s+sakip)\s*[:=]?\s*(\d{1,3}(?:[.,]\d{1,3})?)\s*` +
		`(?:\(\s*(?:bobot\s*:?\s*)?(100(?:[.,]0{1,3})?)\s*\)|(?:dari|/)\s*(?:bobot\s*:?\s*)?(100(?:[.,]0{1,3})?))?\s*` +
		`(?:[—–\-,;:·|]+\s*)?(?:\(?\s*(?:predikat\s*:?\s*)?["“]?(AA|[A-D][A-D]?)["”]?\s*\)?)?\s*\.?\s*$`)
)

// abacusMarks drops a drawn frame's side marks (the typed '|' stays: it
// separates the two figures).
var abacusMarks = strings.NewReplacer("║", " ", "│", " ", "┃", " ")

// abacusGate: some line names both a weight and a value and draws a frame
// mark (a rod's line); found by the weight's word without splitting the
// text, so a report without one pays a few byte searches.
func abacusGate(data []byte) bool {
	for _, w := range [][]byte{[]byte("obot"), []byte("OBOT")} {
		for i := 0; ; {
			k := bytes.Index(data[i:], w)
			if k < 0 {
				break
			}
			k += i
			lo := bytes.LastIndexByte(data[:k], '\n') + 1
			hi := bytes.IndexByte(data[k:], '\n')
			if hi < 0 {
				hi = len(data)
			} else {
				hi += k
			}
			l := data[lo:hi]
			if (bytes.Contains(l, []byte("ilai")) || bytes.Contains(l, []byte("ILAI"))) && bytes.ContainsAny(l, "║|│┃") {
				return true
			}
			i = hi
			if i >= len(data) {
				break
			}
		}
	}
	return false
}

// abacuses finds the abacus charts of data, appends their cards to cards
// and returns data with the lines read blanked (line numbers kept).
func abacuses(data []byte, cards *[]scoreCard) []byte {
	if !abacusGate(data) {
		return data
	}
	lines := strings.Split(string(data), "\n")
	changed := false
	for i := 0; i < len(lines); i++ {
		if !strings.ContainsAny(lines[i], "║|│┃") {
			continue
		}
		if _, ok := abacusRodOf(lines[i]); !ok {
			continue
		}
		c, ok := abacusAt(lines, i)
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

// abacusWire: a rod's text holds beads and wire only, and at least one bead
// or rule (no letter but a bead drawn o/O, no digit).
func abacusWire(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" {
		return false
	}
	for _, r := range s {
		if unicode.IsDigit(r) || (unicode.IsLetter(r) && r != 'o' && r != 'O') {
			return false
		}
	}
	return true
}

// abacusRodOf reads one rod line: the name and its weight and value.
func abacusRodOf(l string) (cardPair, bool) {
	m := abacusRod.FindStringSubmatch(l)
	if m == nil || !abacusWire(m[2]) {
		return cardPair{}, false
	}
	// a PDF's text may fuse an empty frame line's marks into the rod line
	// after the rod ("… ○○ ║ ║ bobot ║ 30,00 | nilai 21,25"): marks, never
	// figures, so they are dropped from the figures' part
	m[3] = abacusMarks.Replace(m[3])
	ms := abacusField.FindAllStringSubmatchIndex(m[3], -1)
	if len(ms) != 2 {
		return cardPair{}, false
	}
	var bobot, nilai string
	rest := m[3]
	for k := len(ms) - 1; k >= 0; k-- {
		x := ms[k]
		v := m[3][x[4]:x[5]]
		if strings.EqualFold(m[3][x[2]:x[3]], "bobot") {
			bobot = v
		} else {
			nilai = v
		}
		rest = rest[:x[0]] + rest[x[1]:]
	}
	if bobot == "" || nilai == "" || strings.Trim(rest, " \t·;,|/") != "" {
		return cardPair{}, false
	}
	name := strings.Join(strings.Fields(m[1]), " ")
	id := komponenOf(name)
	if id == "" || cardTotalName(normalize.Key(name)) {
		return cardPair{}, false
	}
	w := normalize.ParseNumber(bobot, normalize.Indonesian)
	n := normalize.ParseNumber(nilai, normalize.Indonesian)
	if w.Status != normalize.OK || n.Status != normalize.OK {
		return cardPair{}, false
	}
	return cardPair{name: name, id: id, a: n.Value, b: w.Value}, true
}

// abacusEmpty: a frame line between rods or around them: its border, or
// empty between side marks.
func abacusEmpty(l string) bool {
	t := strings.TrimSpace(l)
	if t == "" {
		return false
	}
	if strings.Trim(t, "║|│┃ ") == "" || cardBorder(t) {
		return true
	}
	return strings.Trim(t, "╔╗╚╝┌┐└┘═─━+-=") == "" && len([]rune(t)) >= 6
}

// abacusAt reads the frame whose first rod is lines[i].
func abacusAt(lines []string, i int) (scoreCard, bool) {
	var c scoreCard
	seen := map[string]bool{}
	from := i
	if from > 0 && abacusEmpty(lines[from-1]) {
		from--
	}
	last := i
	blank := 0
	for k := i; k < len(lines); k++ {
		// a blank line or two inside the frame (a PDF's text drops its
		// empty rod lines' marks); more ends the chart
		if strings.TrimSpace(lines[k]) == "" {
			if blank++; blank > 2 {
				break
			}
			continue
		}
		blank = 0
		if abacusEmpty(lines[k]) {
			last = k
			continue
		}
		pr, ok := abacusRodOf(lines[k])
		if !ok {
			break
		}
		if seen[pr.id] {
			return c, false
		}
		seen[pr.id] = true
		pr.line = k
		c.comps = append(c.comps, pr)
		last = k
	}
	if len(c.comps) < 2 {
		return c, false
	}
	c.from, c.to = from, last
	// the final score under the frame, past a blank line or two
	for j := last + 1; j < len(lines) && j <= last+3; j++ {
		if strings.TrimSpace(lines[j]) == "" {
			continue
		}
		if m := abacusTotal.FindStringSubmatch(lines[j]); m != nil {
			w := m[3] + m[4]
			if w == "" {
				// a bare "Jumlah nilai n" states no weight: the score, not a pair
				n := normalize.ParseNumber(m[2], normalize.Indonesian)
				if n.Status != normalize.OK {
					return c, false
				}
				v := n.Value
				c.score, c.scoreLine = &v, j
			} else {
				n := normalize.ParseNumber(m[2], normalize.Indonesian)
				wv := normalize.ParseNumber(w, normalize.Indonesian)
				if n.Status != normalize.OK || wv.Status != normalize.OK {
					return c, false
				}
				c.total = &cardPair{name: m[1], a: n.Value, b: wv.Value, line: j}
			}
			if m[5] != "" {
				c.grade, c.gradeLine = strings.ToUpper(m[5]), j
			}
			c.to = j
		}
		break
	}
	c.years, c.unit, c.caption = cardYearsAbove(lines, from)
	c.nilaiFirst = true
	return c, true
}
