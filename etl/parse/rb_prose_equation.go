package parse

import (
	"strings"

	"github.com/kpu-ntt/lkj/etl/normalize"
)

// An RB result stated as its computation:
//
//	Penilaian mandiri pelaksanaan Reformasi Birokrasi (PMPRB) tahun 2023
//	dihitung sebagai berikut:
//	Capaian PMPRB = nilai : bobot x 100% = 22,90 : 36,30 x 100% = 63,09%.
//
// The equation names each figure by its place: the side "A : B x 100%"
// divides the score by the weight (the side before it may say so in words,
// "nilai : bobot", and then must name them in that order), and the last
// side is the percentage. The three must prove each other (rbWeightedYear);
// the sentence, or the one before it, must name Reformasi Birokrasi (or
// RB, PMPRB); the year is the one year those two sentences name, else the
// report's.

// proseRBEquation reads such results in paragraph text t.
func (p *parser) proseRBEquation(start, end int, t string) {
	if strings.Count(t, "=") < 2 {
		return // the gate: an equation has a side between two signs
	}
	prev := ""
	for _, s := range sentences(t) {
		before := prev
		prev = s
		if strings.Count(s, "=") < 2 {
			continue
		}
		k := " " + normalize.Key(before+" "+s) + " "
		if !rbNamed(k) || strings.Contains(k, "akip") || strings.Contains(k, "akuntabilitas") {
			continue
		}
		m, ok := rbEquation(s)
		if !ok {
			continue
		}
		year, ok := namedYear(before+" "+s, func() int { return p.doc.Meta.Tahun })
		if !ok {
			continue
		}
		p.rbWeightedYear(start, end, s, m, year)
	}
}

// rbEquation finds in s the sides "A : B x 100%" and, last, "P%": m as
// rbWeightedYear wants it (A the score, B the weight, P the percentage).
// A side of words before the figures' side must name the score before the
// weight ("nilai : bobot", "Nilai PMPRB / Bobot x 100%").
func rbEquation(s string) ([]int, bool) {
	sides := make([][2]int, 0, 4)
	from := 0
	for i := 0; i <= len(s); i++ {
		if i == len(s) || s[i] == '=' {
			sides = append(sides, [2]int{from, i})
			from = i + 1
		}
	}
	last := sides[len(sides)-1]
	res, ok := figureSpans(s[:last[1]], last[0], nil)
	if !ok || len(res) != 1 || !strings.HasPrefix(strings.TrimLeft(s[res[0][1]:last[1]], " "), "%") {
		return nil, false
	}
	for k := 1; k < len(sides)-1; k++ {
		sd := sides[k]
		figs, ok := figureSpans(s[:sd[1]], sd[0], nil)
		if !ok {
			return nil, false
		}
		figs = withoutHundred(s, figs)
		if len(figs) != 2 || !ratioBetween(s[figs[0][1]:figs[1][0]]) {
			continue
		}
		if words := strings.ToLower(s[sides[k-1][0]:sides[k-1][1]]); hasLetter(words) && strings.Contains(words, "bobot") {
			n, b := strings.Index(words, "nilai"), strings.Index(words, "bobot")
			if n < 0 || n > b || !wordsDivide(words[n+len("nilai"):b]) {
				return nil, false // the words name the ratio otherwise
			}
		}
		return []int{0, len(s), figs[0][0], figs[0][1], figs[1][0], figs[1][1], res[0][0], res[0][1]}, true
	}
	return nil, false
}

// withoutHundred drops from figs the multiplier "100%" of a percentage
// written as a computation ("x 100%", "× 100 %").
func withoutHundred(s string, figs [][2]int) [][2]int {
	out := figs[:0]
	for _, f := range figs {
		if s[f[0]:f[1]] == "100" && strings.HasPrefix(strings.TrimLeft(s[f[1]:], " "), "%") {
			continue
		}
		out = append(out, f)
	}
	return out
}

// ratioBetween reports whether the text between two terms divides the
// first by the second: a ':' or '/' (or '÷') with nothing but spaces and
// words of the ratio's own.
func ratioBetween(t string) bool {
	t = strings.TrimSpace(t)
	return t == ":" || t == "/" || t == "÷" || strings.EqualFold(t, "dibagi") || strings.EqualFold(t, "dibagi dengan")
}

// wordsDivide reports whether the words between a ratio's two named terms
// divide the first by the second: one operator, whatever words name the
// first term further ("Nilai PMPRB / Bobot", "nilai : bobot").
func wordsDivide(t string) bool {
	return strings.Count(t, ":")+strings.Count(t, "/")+strings.Count(t, "÷") == 1 || ratioBetween(t)
}
