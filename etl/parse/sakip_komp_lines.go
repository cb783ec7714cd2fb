package parse

import (
	"bytes"
	"math"
	"regexp"
	"strings"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// The SAKIP evaluation's components one a line inside a wrapper that is no
// table: the scanned sheets' file names in a folder listing, a quiz's
// items, log or chat lines. Each line names one component, its bobot and
// its nilai, by label or as the quiz's answer; a line names the final score:
//
//	-rw-r--r-- 1 tu tu 401311 Jan 15 09:11 'K1 Perencanaan Kinerja - bobot 30,00 - nilai 21,70.pdf'
//	-rw-r--r-- 1 tu tu 352911 Jan 15 09:30 'NILAI AKHIR AKIP 2022 - 74,00 - predikat BB.pdf'
//	::K2:: Berapa nilai komponen Pengukuran Kinerja (bobot 30,00)? {#21,25}
//	::NILAI AKHIR:: Nilai akhir evaluasi AKIP 2023 adalah {#72,28}, dengan predikat {=BB ~A ~B}
//	2024-01-15 09:12:03 INFO komponen=pelaporan_kinerja bobot=15 skor=11.45
//
// The wrapper's own figures (a file's size, a time, a date) are never read:
// a component's figures are the number right after its label (bobot,
// weight; nilai, skor, score) or a `{#…}` answer, one each, and the final
// score the one decimal figure of its line (or its answer). What proves the
// lines is the arithmetic, checked here to the cent before anything is
// handed on: the bobots sum to 100, each nilai is at most its bobot, the
// nilai sum to the final score the lines state. The lines then load as a
// score card (sakip_score_card.go: year from the caption above, the
// predikat's band). Lines a sentence reader takes (kompMatches,
// sakip_prose_komponen.go) are left to it.

var (
	// a component's name as the SAKIP readers know them ("_" read as a space)
	kompLineName   = regexp.MustCompile(`(?i)\b(perencanaan|pengukuran|pelaporan|evaluasi(?:\s+akuntabilitas)?(?:\s+kinerja)?\s+internal|performance\s+(?:planning|measurement|reporting)|internal\s+(?:performance\s+)?evaluation)\b`)
	kompLineBobot  = regexp.MustCompile(`(?i)\b(?:bobot|weight)\s*[:=]?\s*["'(]?\s*(\d{1,3}(?:[.,]\d{1,2})?)`)
	kompLineNilai  = regexp.MustCompile(`(?i)\b(?:nilai|skor|score)\s*[:=]?\s*["']?(\d{1,3}(?:[.,]\d{1,2})?)`)
	kompLineAnswer = regexp.MustCompile(`\{\s*[#=]\s*(\d{1,3}(?:[.,]\d{1,2})?)\s*(?::\s*[\d.,]+\s*)?\}`)
	kompLineScore  = regexp.MustCompile(`\d{1,3}[.,]\d{2}`)
	kompLineGrade  = regexp.MustCompile(`(?i:predikat)\s*[:=]?\s*(?:\{\s*=\s*)?["']?(AA|A|BB|B|CC|C|D)\b`)
	// a score out of its weight, "20,45 / 30,00" (a slide's Harvey balls, an evaluation summary)
	kompLineFrac = regexp.MustCompile(`(\d{1,3}[.,]\d{1,2})\s*/\s*(\d{1,3}(?:[.,]\d{1,2})?)`)
)

// kompFraction reads the one "nilai / bobot" pair of a line that labels
// neither: false for none, for two, or for a nilai over its bobot.
func kompFraction(s string) (n, w float64, ok bool) {
	ms := kompLineFrac.FindAllStringSubmatchIndex(s, -1)
	if len(ms) != 1 {
		return 0, 0, false
	}
	m := ms[0]
	n, okN := kompLineNum(s, []int{m[0], m[3], m[2], m[3]})
	w, okW := kompLineNum(s, []int{m[4], m[5], m[4], m[5]})
	if !okN || !okW || w <= 0 || n > w+1e-9 {
		return 0, 0, false
	}
	return n, w, true
}

// kompLineNum reads the figure m's group 1 holds in s when it ends there
// (not "30,005", "30.000.000" or a time "09:30").
func kompLineNum(s string, m []int) (float64, bool) {
	if m[2] > 0 && (isDigitByte(s[m[2]-1]) || s[m[2]-1] == ':') {
		return 0, false
	}
	if e := m[3]; e < len(s) {
		if isDigitByte(s[e]) || s[e] == ':' || (s[e] == '.' || s[e] == ',') && e+1 < len(s) && isDigitByte(s[e+1]) {
			return 0, false
		}
	}
	return formNum(s[m[2]:m[3]])
}

// kompLineOne: the one value the matches of re give in s; false for none,
// for two that differ or a figure cut from a longer one.
func kompLineOne(re *regexp.Regexp, s string, v *float64, found *bool) bool {
	for _, m := range re.FindAllStringSubmatchIndex(s, -1) {
		n, ok := kompLineNum(s, m)
		if re == kompLineAnswer {
			n, ok = formNum(s[m[2]:m[3]]) // closed by its brace ("{#20,50:0,01}": a tolerance after)
		}
		if !ok {
			if re == kompLineAnswer {
				return false
			}
			continue // "nilai komponen", a label over no figure
		}
		if *found && math.Abs(*v-n) > 1e-9 {
			return false
		}
		*v, *found = n, true
	}
	return true
}

// kompNameMay: l may hold a word kompLineName needs; the line of every
// slash in a report came to the regexp (a twelfth of the real reports'
// parse). A line past ASCII goes on: the regexp folds more than ASCII.
func kompNameMay(l string) bool {
	if !isASCII(l) {
		return true
	}
	for _, w := range [...]string{"perencanaan", "pengukuran", "pelaporan", "internal", "performance"} {
		if containsFoldASCII(l, w) {
			return true
		}
	}
	return false
}

// kompLineOf reads a line naming one component with its bobot and nilai.
func kompLineOf(l string) (cardPair, bool) {
	if len(l) > maxCardLine || !kompNameMay(l) {
		return cardPair{}, false
	}
	s := strings.ReplaceAll(l, "_", " ")
	id, name := "", ""
	for _, m := range kompLineName.FindAllStringIndex(s, -1) {
		c := komponenOf(s[m[0]:m[1]])
		if c == "" || id != "" && c != id {
			return cardPair{}, false // two components: a sentence of the evaluation
		}
		id, name = c, s[m[0]:m[1]]
	}
	if id == "" || kompTotalLine(s) {
		return cardPair{}, false
	}
	var w, n float64
	var okW, okN bool
	if !kompLineOne(kompLineBobot, s, &w, &okW) || !kompLineOne(kompLineNilai, s, &n, &okN) ||
		!kompLineOne(kompLineAnswer, s, &n, &okN) {
		return cardPair{}, false
	}
	if !okW && !okN {
		n, w, okN = kompFraction(s) // "20,45 / 30,00 Perencanaan Kinerja": no label, a score out of its weight
		okW = okN
	}
	if !okW || !okN {
		return cardPair{}, false
	}
	return cardPair{name: name, id: id, a: n, b: w}, true
}

// kompLineTotalName: the label of the final score.
var kompLineTotalName = regexp.MustCompile(`(?i)\b(?:nilai\s+akhir|skor\s+akhir|nilai\s+hasil\s+evaluasi|total\s+nilai|jumlah\s+nilai|nilai\s+total|final\s+score|total\s+score|nilai\s+evaluasi\s+s?akip)\b`)

// kompTotalLine: the line names the final score (s with "_" as spaces).
func kompTotalLine(s string) bool {
	return kompLineTotalName.MatchString(s)
}

// kompLineTotal reads the final score line: its answer, else its one
// decimal figure after the label (a chat's time "10.05" before it is
// none); the predikat beside it.
func kompLineTotal(l string) (v float64, grade string, ok bool) {
	if len(l) > maxCardLine {
		return 0, "", false
	}
	s := strings.ReplaceAll(l, "_", " ")
	lab := kompLineTotalName.FindStringIndex(s)
	if lab == nil || kompLineName.MatchString(s) {
		return 0, "", false
	}
	found := false
	if !kompLineOne(kompLineAnswer, s, &v, &found) {
		return 0, "", false
	}
	if !found {
		if n, w, ok := kompFraction(s); ok && w == 100 {
			v, found = n, true // "70,03 / 100,00 Nilai Akhir"
		}
	}
	if !found {
		for _, m := range kompLineScore.FindAllStringIndex(s[lab[1]:], -1) {
			m[0], m[1] = m[0]+lab[1], m[1]+lab[1]
			n, okN := kompLineNum(s, []int{m[0], m[1], m[0], m[1]})
			if !okN {
				continue
			}
			if found && math.Abs(n-v) > 1e-9 {
				return 0, "", false // two scores: which one is not proven
			}
			v, found = n, true
		}
	}
	if !found || v <= 0 || v > 100 {
		return 0, "", false
	}
	if m := kompLineGrade.FindStringSubmatch(s); m != nil {
		grade = m[1]
	}
	return v, grade, true
}

// kompLineCards finds the runs of component lines in data and appends
// their cards to cards; the text is left as written.
func kompLineCards(doc *facts.Document, data []byte, cards *[]scoreCard) []byte {
	if !docMay(doc, data, "obot") && !docMay(doc, data, "OBOT") && !docMay(doc, data, "eight") {
		return data
	}
	var lines []string
	next := 0 // the first line not yet in a run
	// lines of "nilai / bobot" carry no label: a slash is their anchor, in a
	// document that names a bobot somewhere (its key, its prose)
	frac := docHas(doc, data, "/")
	var lab kompLabels
	lab.init(frac)
	for at := 0; at < len(data); {
		k := lab.next(data, at)
		if k < 0 {
			break
		}
		ls, le := lineSpan(data, k)
		at = le + 1
		// kompLineOf's own gate first, on the bytes as they lie: a line
		// copied to a string for a no was the most of this reader's cost
		if ln := data[ls:le]; len(ln) > maxCardLine || !kompNameMay(bytesView(ln)) {
			continue
		}
		if _, ok := kompLineOf(string(data[ls:le])); !ok {
			continue
		}
		if lines == nil {
			lines = strings.Split(string(data), "\n")
		}
		i := bytes.Count(data[:ls], []byte("\n"))
		if i < next {
			continue
		}
		c, to, ok := kompLineRun(lines, i)
		if ok {
			*cards = append(*cards, c)
		}
		next = to + 1
	}
	return data
}

// kompLabels finds the next weight label (or, with frac, the next slash)
// at or after a position, remembering each needle's next place so a text
// is scanned once per needle, not once per line visited.
type kompLabels struct {
	needles [4][]byte
	at      [4]int // the needle's next index; -1 none left; -2 not looked for
}

func (k *kompLabels) init(frac bool) {
	k.needles = [4][]byte{[]byte("obot"), []byte("OBOT"), []byte("eight"), nil}
	if frac {
		k.needles[3] = []byte("/")
	}
	k.at = [4]int{-2, -2, -2, -2}
}

// next is the smallest index ≥ from of any needle in b, or -1.
func (k *kompLabels) next(b []byte, from int) int {
	best := -1
	for i, w := range k.needles {
		if w == nil {
			continue
		}
		if k.at[i] == -2 || k.at[i] >= 0 && k.at[i] < from {
			if j := bytes.Index(b[from:], w); j >= 0 {
				k.at[i] = from + j
			} else {
				k.at[i] = -1
			}
		}
		if k.at[i] >= 0 && (best < 0 || k.at[i] < best) {
			best = k.at[i]
		}
	}
	return best
}

// kompLineRun reads the run of component lines opening at line i: up to
// two other lines (a blank, a comment, a listing's header) between its
// lines, the total line within three lines before or after. to is the
// run's last line.
func kompLineRun(lines []string, i int) (scoreCard, int, bool) {
	var c scoreCard
	seen := map[string]bool{}
	to, gap := i, 0
	setTotal := func(j int) bool {
		v, g, ok := kompLineTotal(lines[j])
		if !ok {
			return false
		}
		if c.score != nil {
			c.score = nil // two totals: neither is proven
			return true
		}
		c.score, c.scoreLine, c.grade, c.gradeLine = &v, j, g, j
		return true
	}
	owned := false // a line a sentence reader takes
	for j := i; j < len(lines) && gap <= 2; j++ {
		if strings.TrimSpace(lines[j]) == "" {
			continue
		}
		if pr, ok := kompLineOf(lines[j]); ok {
			if seen[pr.id] {
				return c, j, false
			}
			seen[pr.id] = true
			owned = owned || kompMatches(lines[j], 1) != nil
			pr.line = j
			c.comps = append(c.comps, pr)
			to, gap = j, 0
			continue
		}
		if c.score == nil && setTotal(j) {
			to, gap = j, 0
			continue
		}
		gap++
	}
	from := i
	if c.score == nil {
		for j := i - 1; j >= 0 && j >= i-3; j-- {
			if setTotal(j) {
				from = j
				break
			}
		}
	}
	if owned || len(c.comps) < 2 || c.score == nil {
		return c, to, false
	}
	c.from, c.to = from, to
	c.nilaiFirst = true
	sumN, sumW := 0.0, 0.0
	for _, pr := range c.comps {
		sumN += pr.a
		sumW += pr.b
		if pr.a > pr.b+1e-9 {
			c.proofs = "nilai komponen melebihi bobotnya"
		}
	}
	switch {
	case math.Abs(sumW-100) > 0.005:
		c.proofs = "bobot komponen tidak berjumlah 100"
	case math.Abs(sumN-*c.score) >= 0.005:
		c.proofs = "nilai komponen tidak berjumlah nilai akhir yang disebut"
	}
	ys, _, capt := cardYearsAbove(lines, min(from, c.comps[0].line))
	c.years, c.caption = ys, capt
	return c, to, true
}
