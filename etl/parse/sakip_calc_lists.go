package parse

import (
	"fmt"
	"math"
	"regexp"
	"slices"
	"sort"
	"strings"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// The SAKIP evaluation's components as unlabelled lists of a calculator or
// a statistics tool, the rows named by a key: a graphing calculator's list
// editor typed again (TI `L1 L2`, Casio `List 1 List 2`), R or Octave
// vectors, spreadsheet columns `A | B`, a stats package's column output:
//
//	│ L1     L2     L3       1 │        bobot <- c(30, 30, 15, 25)
//	│ 30     22     ------     │        nilai <- c(22, 21.25, 11.15, 17.88)
//	│ 30     21.25  ------     │        > sum(nilai)
//	…                                   [1] 72.28
//	│ 1-Var Stats L2 │ Σx=72.28 │ sum(L1) │ 100 │
//	(kunci: baris 1 = komponen Perencanaan Kinerja … L1 = bobot, L2 = nilai)
//
// The pieces within a few lines of each other make one group: the lists
// (a run of rows of figures only, a column a list, named by the header
// above them by position; or a literal `name <- c(…)`, `name = […]`,
// `{…}→L1`), the stated sums (`Σx=` after `1-Var Stats NAME`,
// `sum(NAME)` / `=SUM(B2:B5)` with its result on the line or the next),
// and the key: one line a row (`baris 1 = Perencanaan`, `row 2: …`) or
// one line naming the components in order after an order word (`urutan`,
// `order`). Which list is the bobot and which the nilai is the
// arithmetic's, and the key's when it says (`L1 = bobot`): the weights sum
// to 100, each nilai is at most its weight, and a stated sum equals the
// nilai's sum; exactly one pair of lists may pass. A group whose pair
// holds but whose stated sum does not is handed to the score card loader
// with that sum, which reports it and loads nothing. Lists no key names
// as SAKIP components (DPT growth, budget figures) are never read.

var (
	calcSigmaRe  = regexp.MustCompile(`Σ\s?x\s*=\s*(\d{1,3}(?:[.,]\d{1,2})?)\b`)
	calcStatsRe  = regexp.MustCompile(`(?i)\b1[- ]?Var(?:iable)?(?:\s+Stats)?\s+([A-Za-z][\w.]{0,11})`)
	calcSumRe    = regexp.MustCompile(`(?i)\b(?:sum|jumlah)\s*\(\s*([A-Za-z][\w.:]{0,15})\s*\)`)
	calcCellAddr = regexp.MustCompile(`(?:\s+[A-Za-z]{1,3}\d{1,5})?\s*[:=]?\s*$`)
	calcSumTail  = regexp.MustCompile(`^\s*(?:=|→|->|:)?\s*(?:\[1\]|ans\s*=)?\s*(\d{1,3}(?:[.,]\d{1,2})?)\s*$`)
	calcLitRe    = regexp.MustCompile(`\b([A-Za-z][\w.]{0,15})\s*(?:<-|:=|=)\s*(?:c\(|\[|\{)([0-9.,\s]{3,80})[)\]}]`)
	calcStoRe    = regexp.MustCompile(`\{([0-9.,\s]{3,80})\}\s*(?:→|->|STO▶?|STO>?)\s*(L\s?\d|List\s?\d)`)
	calcKeyRow   = regexp.MustCompile(`(?i)^[\s(\-•*#%;/]*(?:baris|row|elemen|element|item|urutan|indeks|index|no\.?)?\s*(?:ke-?)?\s*\[?(\d{1,2})\]?\s*[:=.)–-]\s*(.+)$`)
	calcOrderRe  = regexp.MustCompile(`(?i)\b(?:urutan|berurutan|order|ordered|baris|rows?|kunci|key|elemen)\b`)
	calcRoleRe   = regexp.MustCompile(`(?i)(?:^|[\s,;(:])(?:kolom\s+|column\s+)?(L\s?\d|List\s?\d|[A-Za-z][\w.]{0,15})\s*(?:=|:|adalah|is)\s*(?:daftar\s+|list\s+|kolom\s+)?(bobot|weights?|nilai|skor|scores?|values?)\b`)
	calcNumRe    = regexp.MustCompile(`^\d{1,3}(?:\.\d{1,2})?$`)
	calcHeadRe   = regexp.MustCompile(`(?i)^(?:L\d|List\d|[A-Z]|[a-z_][\w.]{1,15})$`)
)

// A list read (its name, "" when none, and figures), a stated sum (the
// list it names and its value) and a key's row.
type (
	calcList struct {
		name string
		vals []float64
		line int
	}
	calcSum struct {
		name string
		v    float64
		line int
	}
	calcKey struct {
		idx        int
		comp, name string
		line       int
	}
)

// calcName folds a list's name: "List 1" and "list1" alike.
func calcName(s string) string {
	return strings.ToLower(strings.ReplaceAll(strings.TrimSpace(s), " ", ""))
}

// calcCell strips a screen's frame from a line: box drawing and pipes.
func calcCell(l string) string {
	return strings.Map(func(r rune) rune {
		if r == '|' || r == '¦' || r >= 0x2500 && r <= 0x257F {
			return ' '
		}
		return r
	}, l)
}

// calcFields: a line's frame-stripped words with each one's centre in runes.
func calcFields(l string) (toks []string, centres []float64) {
	rs := []rune(calcCell(l))
	for i := 0; i < len(rs); {
		if rs[i] == ' ' || rs[i] == '\t' {
			i++
			continue
		}
		j := i
		for j < len(rs) && rs[j] != ' ' && rs[j] != '\t' {
			j++
		}
		toks, centres = append(toks, string(rs[i:j])), append(centres, float64(i+j-1)/2)
		i = j
	}
	return toks, centres
}

// calcRowTokens: a line of figures and empty cells ("------", "") only;
// ok false for a line holding anything else.
func calcRowTokens(l string) (toks []string, centres []float64, ok bool) {
	toks, centres = calcFields(l)
	nums := 0
	for k, t := range toks {
		switch {
		case strings.Trim(t, "-—–.") == "":
			toks[k] = ""
		case calcNumRe.MatchString(strings.Replace(t, ",", ".", 1)):
			nums++
		default:
			return nil, nil, false
		}
	}
	return toks, centres, nums > 0
}

// calcHeader: the names over a run of rows with their centres; a TI
// editor's row counter is no name.
func calcHeader(l string) (names []string, centres []float64) {
	toks, cen := calcFields(strings.ReplaceAll(strings.ReplaceAll(l, "List ", "List"), "LIST ", "LIST"))
	for k, t := range toks {
		if calcHeadRe.MatchString(t) {
			names, centres = append(names, calcName(t)), append(centres, cen[k])
		}
	}
	return names, centres
}

// calcColumns reads the run of rows opening at line i as lists.
func calcColumns(lines []string, i int) (lists []calcList, next int) {
	var rows [][]string
	var cen [][]float64
	j := i
	for ; j < len(lines); j++ {
		toks, c, ok := calcRowTokens(lines[j])
		if !ok || len(rows) > 0 && len(toks) != len(rows[0]) {
			break
		}
		rows, cen = append(rows, toks), append(cen, c)
	}
	if len(rows) < 2 {
		return nil, i + 1
	}
	var hn []string
	var hc []float64
	for h := i - 1; h >= 0 && h >= i-2; h-- {
		if t := strings.TrimSpace(calcCell(lines[h])); t != "" && strings.Trim(t, "-─━=_ ") != "" {
			hn, hc = calcHeader(lines[h])
			break
		}
	}
	for k := range rows[0] {
		l := calcList{line: i}
		pos := 0.0
		for r := range rows {
			v, ok := formulaNum(rows[r][k])
			if !ok {
				l.vals = nil
				break
			}
			l.vals, pos = append(l.vals, v), pos+cen[r][k]
		}
		if l.vals == nil {
			continue
		}
		pos /= float64(len(rows))
		best := 7.0
		for h := range hn {
			if d := math.Abs(hc[h] - pos); d < best {
				best, l.name = d, hn[h]
			}
		}
		lists = append(lists, l)
	}
	return lists, j
}

// calcLiteral reads a vector literal's figures, commas and spaces apart.
func calcLiteral(s string) []float64 {
	var out []float64
	for _, f := range strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ' ' || r == '\t' }) {
		if !calcNumRe.MatchString(f) {
			return nil
		}
		v, _ := formulaNum(f)
		out = append(out, v)
	}
	return out
}

// calcSumAt reads the stated sums of line i (the result of sum(…) may sit
// on the next line, alone or after R's "[1]").
func calcSumAt(lines []string, i int, stats string) []calcSum {
	l := calcCell(lines[i])
	var out []calcSum
	if m := calcSigmaRe.FindStringSubmatch(l); m != nil {
		v, _ := formulaNum(m[1])
		out = append(out, calcSum{stats, v, i})
	}
	ms := calcSumRe.FindAllStringSubmatchIndex(l, -1)
	for k, m := range ms {
		name, rest := calcName(l[m[2]:m[3]]), l[m[1]:]
		if k+1 < len(ms) { // two cells' formulas on one line: up to the next cell's address
			rest = calcCellAddr.ReplaceAllString(l[m[1]:ms[k+1][0]], "")
		}
		tail := calcSumTail.FindStringSubmatch(rest)
		for j := i + 1; tail == nil && len(ms) == 1 && strings.TrimSpace(rest) == "" && j < len(lines) && j <= i+2; j++ {
			if t := strings.TrimSpace(calcCell(lines[j])); t != "" {
				tail = calcSumTail.FindStringSubmatch(t)
				break
			}
		}
		if tail != nil {
			v, _ := formulaNum(tail[1])
			out = append(out, calcSum{name, v, i})
		}
	}
	return out
}

// calcListCards finds each group of lists, sums and key in data and
// appends its score card to cards; the text is left as written.
func calcListCards(doc *facts.Document, data []byte, cards *[]scoreCard) []byte {
	if !docHasAny(doc, data, "Σx", "Σ x", "sum(", "SUM(", "Sum(", "jumlah(") {
		return data
	}
	lines := strings.Split(string(data), "\n")
	var lists []calcList
	var sums []calcSum
	var keys []calcKey
	roles := map[string]string{}
	last, stats := -100, ""
	flush := func() {
		if c, ok := calcCard(lines, lists, sums, keys, roles); ok {
			*cards = append(*cards, c)
		}
		lists, sums, keys, roles, stats = nil, nil, nil, map[string]string{}, ""
	}
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		if strings.TrimSpace(l) == "" {
			continue
		}
		if i-last > 6 {
			flush()
		}
		found := false
		if ls, next := calcColumns(lines, i); ls != nil {
			lists, found, i = append(lists, ls...), true, next-1
			last = i
			continue
		}
		var lits [][]string
		if strings.ContainsAny(l, "([{") {
			lits = calcLitRe.FindAllStringSubmatch(l, -1) // name <- c(…), name = […]
			for _, m := range calcStoRe.FindAllStringSubmatch(l, -1) {
				lits = append(lits, []string{"", m[2], m[1]}) // {…}→L1
			}
		}
		for _, m := range lits {
			if v := calcLiteral(m[2]); len(v) >= 2 {
				lists, found = append(lists, calcList{calcName(m[1]), v, i}), true
			}
		}
		if strings.Contains(l, "Var") || strings.Contains(l, "VAR") { // 1-Var Stats L2
			if m := calcStatsRe.FindStringSubmatch(l); m != nil {
				stats, found = calcName(m[1]), true
			}
		}
		if strings.Contains(l, "Σ") || strings.Contains(l, "(") {
			if s := calcSumAt(lines, i, stats); s != nil {
				sums, found = append(sums, s...), true
			}
		}
		if kompNameMay(l) {
			if m := calcKeyRow.FindStringSubmatch(l); m != nil {
				if ns := kompLineName.FindAllString(m[2], -1); len(ns) == 1 && komponenOf(ns[0]) != "" {
					keys, found = append(keys, calcKey{atoi(m[1]), komponenOf(ns[0]), ns[0], i}), true
				}
			} else if calcOrderRe.MatchString(l) {
				for _, n := range kompLineName.FindAllString(l, -1) {
					keys, found = append(keys, calcKey{-1, komponenOf(n), n, i}), true
				}
			}
		}
		for _, m := range calcRoles(l) {
			r := "nilai"
			if w := strings.ToLower(m[2]); strings.HasPrefix(w, "bobot") || strings.HasPrefix(w, "weight") {
				r = "bobot"
			}
			if n := calcName(m[1]); roles[n] == "" || roles[n] == r {
				roles[n], found = r, true
			} else {
				roles[n] = "?"
			}
		}
		if found {
			last = i
		}
	}
	flush()
	return data
}

// calcRoles: the "L1 = bobot" roles a line gives.
func calcRoles(l string) [][]string {
	for _, w := range [...]string{"bobot", "weight", "nilai", "skor", "score", "value"} {
		if containsFoldASCII(l, w) {
			return calcRoleRe.FindAllStringSubmatch(l, -1)
		}
	}
	return nil
}

// calcRole: a list may play role r (bobot, nilai) by the key and its name.
func calcRole(roles map[string]string, name, r string) bool {
	if name == "" {
		return true
	}
	own := ""
	switch {
	case strings.HasPrefix(name, "bobot") || strings.HasPrefix(name, "weight"):
		own = "bobot"
	case strings.HasPrefix(name, "nilai") || strings.HasPrefix(name, "skor") || strings.HasPrefix(name, "score"):
		own = "nilai"
	}
	k := roles[name]
	return (k == "" || k == r) && (own == "" || own == r)
}

// calcCard builds a group's card: the key's rows in order, the one pair
// of lists the arithmetic (and the key's roles) admits, its stated sum.
func calcCard(lines []string, lists []calcList, sums []calcSum, keys []calcKey, roles map[string]string) (card scoreCard, ok bool) {
	if len(keys) < 2 || len(lists) < 2 || len(sums) == 0 {
		return card, false
	}
	indexed := keys[0].idx >= 0
	for _, k := range keys {
		if (k.idx >= 0) != indexed || !indexed && k.line != keys[0].line {
			return card, false // rows named twice, or two order lines
		}
	}
	if indexed {
		sort.SliceStable(keys, func(a, b int) bool { return keys[a].idx < keys[b].idx })
	}
	seen := map[string]bool{}
	for k, kk := range keys {
		if seen[kk.comp] || indexed && kk.idx != keys[0].idx+k {
			return card, false
		}
		seen[kk.comp] = true
	}
	n := len(keys)
	named := map[string]bool{}
	for _, l := range lists {
		named[l.name] = true
	}
	type pair struct {
		w, v  calcList
		score *calcSum
	}
	var structural, proven []pair
	seenPair := map[string]bool{}
	for _, w := range lists {
		sumW := 0.0
		for _, x := range w.vals {
			sumW += x
		}
		if len(w.vals) != n || slices.Min(w.vals) <= 0 || !cardClose(sumW, 100, 0) || !calcRole(roles, w.name, "bobot") {
			continue
		}
	next:
		for _, v := range lists {
			if fmt.Sprint(v.vals) == fmt.Sprint(w.vals) || len(v.vals) != n || !calcRole(roles, v.name, "nilai") {
				continue
			}
			sumV := 0.0
			for k, x := range v.vals {
				if x > w.vals[k]+1e-9 {
					continue next
				}
				sumV += x
			}
			shown := fmt.Sprint(w.vals, v.vals)
			if seenPair[shown] {
				continue next // the same lists shown twice (a literal, then the editor)
			}
			seenPair[shown] = true
			p := pair{w: w, v: v}
			good, bad := (*calcSum)(nil), (*calcSum)(nil)
			for s := range sums {
				sm := &sums[s]
				switch {
				case sm.name != "" && sm.name == w.name:
					if !cardClose(sumW, sm.v, n) {
						continue next // the weights' own sum fails: not this pair
					}
				case sm.name != "" && sm.name == v.name || !named[sm.name] || sm.name == "":
					if cardClose(sumV, sm.v, n) {
						good = sm
					} else if sm.name != "" && sm.name == v.name || !cardClose(sumW, sm.v, n) {
						bad = sm
					}
				}
			}
			if good != nil && bad == nil {
				p.score = good
				proven = append(proven, p)
			} else if bad != nil {
				p.score = bad
			}
			structural = append(structural, p)
		}
	}
	var pick pair
	switch {
	case len(proven) == 1:
		pick = proven[0]
	case len(proven) == 0 && len(structural) == 1 && structural[0].score != nil:
		pick = structural[0] // its stated sum fails: the loader reports it
	default:
		return card, false
	}
	from, to := math.MaxInt, 0
	for _, l := range lists {
		from, to = min(from, l.line), max(to, l.line)
	}
	for _, s := range sums {
		from, to = min(from, s.line), max(to, s.line)
	}
	for k, kk := range keys {
		card.comps = append(card.comps, cardPair{name: kk.name, id: kk.comp, a: pick.v.vals[k], b: pick.w.vals[k], line: kk.line})
		from, to = min(from, kk.line), max(to, kk.line)
	}
	score := pick.score.v
	card.score, card.scoreLine = &score, pick.score.line
	card.from, card.to, card.nilaiFirst = from, to, true
	card.years, _, card.caption = cardYearsAbove(lines, from)
	return card, true
}
