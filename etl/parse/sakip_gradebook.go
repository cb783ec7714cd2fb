package parse

import (
	"math"
	"regexp"
	"slices"
	"strings"

	"github.com/kpu-ntt/lkj/etl/facts"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// The SAKIP evaluation's components printed as a learning platform's
// gradebook (a Moodle User report or Grader report, a Canvas or Classroom
// grade page, an e-rapor): the course is the evaluation, a grade item a
// component, the item's weight (a "Calculated weight" percentage or the top
// of its "Range") the bobot, its grade the nilai, the course total the score:
//
//	Dashboard / My courses / Evaluasi AKIP Satker 2023 / Grades / User report
//	User report - KPU Kabupaten Rote Ndao
//	Grade item	Calculated weight	Grade	Range	Percentage	Contribution to course total
//	▤ Evaluasi AKIP Satker 2023
//	✎ Perencanaan Kinerja	30,00 %	22,25	0,00 – 30,00	74,17 %	22,25 %
//	...
//	Σ Course total	-	72,69	0,00 – 100,00	72,69 %	-
//
// The Grader report turns it: the components are the columns, a "Range" row
// gives their tops and one learner's row (the satker) their grades.
//
// Nothing is trusted but the arithmetic, which the score card loader
// (sakip_score_card.go) checks: the weights sum to 100, each grade is at
// most its weight, the grades sum to the course total within 0,01 an item.
// Here, before that: every item must be a component komponenOf knows (a
// training's Quiz 1 or Final exam makes the gradebook no SAKIP one), a
// weight and a range top given both must agree, a percentage given must be
// grade ÷ weight, and a report with no grade column (a percentage only)
// gives nothing. The year is the course's or the caption's, as the other
// card readers decide it; the lines read are blanked.

// gradebookRange: a range cell, "0,00 – 30,00"; its top is the weight.
var gradebookRange = regexp.MustCompile(`^(\d{1,3}(?:[.,]\d{1,2})?)\s*[–—-]\s*(\d{1,3}(?:[.,]\d{1,2})?)$`)

// gradebookCells splits a line into its cells: by tab when it has one
// (empty cells kept in place), else by two spaces.
func gradebookCells(l string) []string {
	if !strings.Contains(l, "\t") {
		return golfFields(l)
	}
	fs := strings.Split(strings.TrimSpace(l), "\t")
	for i := range fs {
		fs[i] = strings.TrimSpace(fs[i])
	}
	return fs
}

// gradebookName strips a row's icons (✎ ▤ Σ 📁 …) before its name.
func gradebookName(s string) string {
	return strings.TrimSpace(strings.TrimLeftFunc(s, func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9')
	}))
}

// gradebookRole names a header cell's role: i item, w weight, g grade,
// r range, p percentage; 0 any other column (feedback, contribution).
func gradebookRole(c string) byte {
	switch normalize.Key(c) {
	case "grade item", "grade items", "item nilai", "item", "items", "komponen", "component", "assignment", "tugas":
		return 'i'
	case "calculated weight", "weight", "bobot", "bobot terhitung", "bobot dihitung":
		return 'w'
	case "grade", "nilai", "score", "skor", "points", "poin":
		return 'g'
	case "range", "rentang", "jangkauan":
		return 'r'
	case "percentage", "persentase", "persen":
		return 'p'
	}
	return 0
}

// gradebookNum reads a figure cell ("30,00 %", "22.25"); false for "-" or text.
func gradebookNum(c string) (float64, bool) {
	return formNum(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(c), "%")))
}

// gradebookTop reads a range cell's top.
func gradebookTop(c string) (float64, bool) {
	m := gradebookRange.FindStringSubmatch(strings.TrimSpace(c))
	if m == nil {
		return 0, false
	}
	if lo, ok := formNum(m[1]); !ok || lo != 0 {
		return 0, false
	}
	return formNum(m[2])
}

// gradebookCards finds the gradebooks of data, appends them to cards as
// score cards and returns data with the lines read blanked.
func gradebookCards(doc *facts.Document, data []byte, cards *[]scoreCard) []byte {
	if !docHasAny(doc, data, "ourse total", "otal kursus", "Grade item", "Item nilai", "Range", "Rentang") {
		return data
	}
	lines := strings.Split(string(data), "\n")
	changed := false
	for h := 0; h < len(lines); h++ {
		if len(lines[h]) > maxCardLine || !strings.ContainsAny(lines[h], "GgRrNnIi") {
			continue
		}
		c, ok := gradebookUser(lines, h)
		if !ok {
			c, ok = gradebookGrader(lines, h)
		}
		if !ok {
			continue
		}
		var years []int
		for k := c.from; k <= c.to; k++ {
			if y := sakipYear(lines[k]); y != 0 && !slices.Contains(years, y) {
				years = append(years, y) // the course or category named with its year
			} else if y := captionYear(lines[k]); y != 0 && !slices.Contains(years, y) {
				years = append(years, y)
			}
		}
		top, unit := gradebookAbove(lines, h, &years)
		if c.unit != "" {
			unit = append(unit, c.unit) // the Grader report's learner
		}
		// the columns are named: a card the sums read the other way round fails
		c.finishCard(lines, top, years, unit, false, "kolom nilai (grade) dan bobot (weight, range) gradebook tidak sesuai jumlahnya")
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

// gradebookAbove reads the report's head above the header (the breadcrumb,
// "User report - <satker>", a "View:" switch): its years and its text, up
// to a blank line; it returns the first line of the head.
func gradebookAbove(lines []string, h int, years *[]int) (int, []string) {
	top := h
	var unit []string
	for k := h - 1; k >= 0 && k >= h-6; k-- {
		t := strings.TrimSpace(lines[k])
		if t == "" {
			if k > 0 && strings.TrimSpace(lines[k-1]) == "" {
				break
			}
			continue
		}
		if kk := normalize.Key(t); strings.HasPrefix(kk, "tabel ") || strings.HasPrefix(kk, "gambar ") || len(t) > 200 {
			break
		}
		if y := sakipYear(t); y != 0 && !slices.Contains(*years, y) {
			*years = append(*years, y)
		}
		unit = append(unit, t)
		top = k
	}
	return top, unit
}

// gradebookUser reads a User report whose header is lines[h]: one row an
// item, a grade column and a weight or range column.
func gradebookUser(lines []string, h int) (scoreCard, bool) {
	var c scoreCard
	head := gradebookCells(lines[h])
	if len(head) < 3 || strings.ContainsAny(lines[h], "0123456789") {
		return c, false
	}
	col := map[byte]int{}
	for j, x := range head {
		if r := gradebookRole(x); r != 0 {
			if _, dup := col[r]; dup {
				return c, false
			}
			col[r] = j
		}
	}
	_, hasW := col['w']
	_, hasR := col['r']
	if i, ok := col['i']; !ok || i != 0 || !hasW && !hasR {
		return c, false
	}
	if _, ok := col['g']; !ok {
		return c, false // a percentage only: the grade is not written, nothing proven
	}
	cell := func(fs []string, r byte) (string, bool) {
		j, ok := col[r]
		if !ok || j >= len(fs) {
			return "", false
		}
		return fs[j], true
	}
	c.from, c.to = h, h
	seen := map[string]bool{}
	for k := h + 1; k < len(lines) && k <= h+30; k++ {
		t := strings.TrimSpace(lines[k])
		if t == "" || len(t) > maxCardLine {
			break
		}
		fs := gradebookCells(t)
		name := gradebookName(fs[0])
		if len(fs) == 1 || strings.Trim(strings.Join(fs[1:], ""), "-– ") == "" {
			if komponenOf(name) != "" && !strings.Contains(normalize.Key(name), "akip") {
				return c, false // a component with no figures
			}
			c.to = k // a category line, "▤ Evaluasi AKIP Satker 2023"
			continue
		}
		g, okG := gradebookNum(func() string { s, _ := cell(fs, 'g'); return s }())
		if !okG {
			return c, false
		}
		w, okW := 0.0, false
		if s, ok := cell(fs, 'w'); ok {
			w, okW = gradebookNum(s)
		}
		if s, ok := cell(fs, 'r'); ok {
			if top, okT := gradebookTop(s); okT {
				if okW && math.Abs(top-w) > 0.005 {
					return c, false // the weight and the range's top disagree
				}
				w, okW = top, true
			}
		}
		if s, ok := cell(fs, 'p'); ok && okW && w > 0 {
			if p, okP := gradebookNum(s); okP && math.Abs(w*p/100-g) > 0.01 {
				return c, false // the percentage is not grade ÷ weight
			}
		}
		key := normalize.Key(name)
		if cardTotalName(key) {
			if c.total != nil || len(c.comps) < 2 {
				return c, false
			}
			if !okW {
				w = 100 // "-": the course total carries no weight of its own
			}
			c.total = &cardPair{name: name, a: g, b: w, line: k}
			c.to = k
			break
		}
		id := komponenOf(name)
		if id == "" || seen[id] || !okW || c.total != nil {
			return c, false // an item of no component (Quiz 1, Final exam), twice, or no weight
		}
		seen[id] = true
		c.comps = append(c.comps, cardPair{name: name, id: id, a: g, b: w, line: k})
		c.to = k
	}
	if len(c.comps) < 2 || c.total == nil {
		return c, false
	}
	return c, true
}

// gradebookGrader reads a Grader report whose header is lines[h]: a
// learner's column, then one column a component and the course total; a
// "Range" row gives the weights, exactly one learner's row the grades.
func gradebookGrader(lines []string, h int) (scoreCard, bool) {
	var c scoreCard
	head := gradebookCells(lines[h])
	if len(head) < 4 || strings.ContainsAny(lines[h], "0123456789") {
		return c, false
	}
	ids := make([]string, len(head))
	total, n := -1, 0
	seen := map[string]bool{}
	for j, x := range head {
		name := gradebookName(x)
		switch id := komponenOf(name); {
		case cardTotalName(normalize.Key(name)):
			if total >= 0 {
				return c, false
			}
			total = j
		case id != "" && j > 0:
			if seen[id] || total >= 0 {
				return c, false
			}
			seen[id], ids[j] = true, id
			n++
		}
	}
	if n < 2 || total < 0 {
		return c, false
	}
	var tops, grades []string
	gradeLine := -1
	c.from, c.to = h, h
	for k := h + 1; k < len(lines) && k <= h+12; k++ {
		t := strings.TrimSpace(lines[k])
		if t == "" || len(t) > maxCardLine {
			break
		}
		fs := gradebookCells(t)
		if len(fs) != len(head) {
			return c, false
		}
		switch normalize.Key(gradebookName(fs[0])) {
		case "range", "rentang":
			if tops != nil {
				return c, false
			}
			tops = fs
		case "overall average", "rata rata keseluruhan", "rata rata":
			// an average over one learner is that learner's; never read
		default:
			if grades != nil {
				return c, false // two learners: whose evaluation is not proven
			}
			grades, gradeLine = fs, k
		}
		c.to = k
	}
	if tops == nil || grades == nil {
		return c, false
	}
	for j, id := range ids {
		if id == "" {
			continue
		}
		w, okW := gradebookTop(tops[j])
		g, okG := gradebookNum(grades[j])
		if !okW || !okG {
			return c, false
		}
		c.comps = append(c.comps, cardPair{name: gradebookName(head[j]), id: id, a: g, b: w, line: gradeLine})
	}
	w, okW := gradebookTop(tops[total])
	g, okG := gradebookNum(grades[total])
	if !okW || !okG {
		return c, false
	}
	c.total = &cardPair{name: head[total], a: g, b: w, line: gradeLine}
	c.unit = grades[0]
	return c, true
}
