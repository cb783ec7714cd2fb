package parse

import (
	"math"
	"strings"

	"github.com/kpu-ntt/lkj/etl/facts"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// A SAKIP score stated as its change from the year before:
//
//	… nilai AKIP Tahun 2022 naik 10,40 poin, dari 64,22 pada Tahun 2021
//	menjadi 74,62 (predikat BB).
//
// The clause reader leaves a sentence of change alone (its figures are a
// change and another year's score), and the pair reader, giving each score
// the year nearest before it, read 64,22 as 2022's and 74,62 as 2021's.
// Here each score is read from the words that place it: the figure after
// "dari" is the score of the one year named between it and "menjadi", the
// figure after "menjadi" the score of the one year named before the
// change word, and the change stated after "naik" or "turun" must be their
// difference. A grade written after the new score must fit its band.

// sakipChangeWords are the words that state a score's change, and whether
// the score rose.
var sakipChangeWords = map[string]bool{"naik": true, "meningkat": true, "bertambah": true,
	"turun": false, "menurun": false, "berkurang": false}

// proseSakipChange reads such earlier scores in paragraph text t.
func (p *parser) proseSakipChange(start, end int, t string) {
	if !strings.Contains(t, "menjadi") {
		return
	}
	for _, s := range sentences(t) {
		low := strings.ToLower(s)
		if !strings.Contains(low, " dari ") || !strings.Contains(low, "menjadi") || !sakipContext(" "+normalize.Key(s)+" ") {
			continue
		}
		c, ok := sakipChange(low)
		if !ok {
			continue
		}
		satker, one := p.clauseSatker(s)
		if !one {
			continue
		}
		for _, y := range [...]struct {
			year  int
			score float64
			grade string
		}{{c.fromYear, c.from, ""}, {c.toYear, c.to, c.toGrade}} {
			if y.year == 0 || p.hasProseSakip(satker, y.year) {
				continue
			}
			v := y.score
			p.addSakip(facts.Sakip{Span: facts.Span{Start: start, End: end}, SatkerID: satker, TahunDinilai: y.year,
				Nilai: &v, Predikat: y.grade, Keyakinan: "tinggi", Sumber: "teks"}, false)
		}
	}
}

// sakipChanged is a sentence's change of score: from the earlier year's
// score to the later one's (toYear 0 when no one year names it).
type sakipChanged struct {
	fromYear, toYear int
	from, to         float64
	toGrade          string
}

// changeSentence reports a sentence of a score's change from one year to
// another ("naik …, dari … menjadi …"): the pair reader leaves it to
// sakipChange.
func changeSentence(low string) bool {
	if !strings.Contains(low, "menjadi") || !strings.Contains(low, " dari ") {
		return false
	}
	for _, f := range strings.Fields(low) {
		if _, ok := sakipChangeWords[strings.Trim(f, ",.;:")]; ok {
			return true
		}
	}
	return false
}

// sakipChange finds in lower-cased sentence s "Y2 … naik D …, dari X …
// Y1 … menjadi Z (G)" and gives the two scores when Z − X is D (or X − Z
// for a fall).
func sakipChange(s string) (sakipChanged, bool) {
	var c sakipChanged
	fields := strings.Fields(s)
	rise, at := false, -1
	for i, f := range fields {
		if r, ok := sakipChangeWords[strings.Trim(f, ",.;:")]; ok {
			if at >= 0 {
				return c, false // two changes: which is which is unproven
			}
			rise, at = r, i
		}
	}
	if at < 0 {
		return c, false
	}
	rest := strings.Join(fields[at+1:], " ")
	dari := strings.Index(rest, " dari ")
	jadi := strings.Index(rest, "menjadi")
	if dari < 0 || jadi < dari {
		return c, false
	}
	d, ok := firstScore(rest[:dari])
	if !ok {
		return c, false
	}
	if c.from, ok = firstScore(rest[dari:jadi]); !ok {
		return c, false
	}
	if c.to, ok = firstScore(rest[jadi:]); !ok {
		return c, false
	}
	ys := distinctYears(rest[dari:jadi])
	if len(ys) != 1 {
		return c, false
	}
	c.fromYear = ys[0]
	change := c.to - c.from
	if !rise {
		change = c.from - c.to
	}
	if math.Abs(change-d) > 0.005 || c.from <= 0 || c.from > 100 || c.to <= 0 || c.to > 100 {
		return c, false
	}
	if ys := distinctYears(strings.Join(fields[:at], " ")); len(ys) == 1 && ys[0] > c.fromYear {
		c.toYear = ys[0]
		if g := gradeAfter(rest[jadi:]); g != "" {
			if normalize.GradeOf(c.to) != normalize.Grade(g) {
				c.toYear = 0 // a grade that is not the score's: which is meant is unproven
			} else {
				c.toGrade = g
			}
		}
	}
	return c, true
}

// gradeAfter is the grade written in the parentheses after the first
// score of s ("menjadi 74,62 (predikat bb)"), upper-cased; "" for none.
func gradeAfter(s string) string {
	o := strings.IndexByte(s, '(')
	e := strings.IndexByte(s, ')')
	if o < 0 || e < o {
		return ""
	}
	f := strings.Fields(strings.TrimPrefix(strings.TrimSpace(s[o+1:e]), "predikat"))
	if len(f) != 1 {
		return ""
	}
	switch g := strings.ToUpper(f[0]); g {
	case "AA", "A", "BB", "B", "CC", "C", "D":
		return g
	}
	return ""
}

// firstScore is the first figure of s with two decimals ("64,22"), years
// aside.
func firstScore(s string) (float64, bool) {
	spans, ok := figureSpans(s, 0, nil)
	if !ok {
		return 0, false
	}
	for _, f := range spans {
		if v := numOf(s[f[0]:f[1]]); v != nil && strings.ContainsAny(s[f[0]:f[1]], ",.") {
			return *v, true
		}
	}
	return 0, false
}
