package parse

import (
	"math"
	"strconv"
	"strings"

	"github.com/kpu-ntt/lkj/etl/extract"
	"github.com/kpu-ntt/lkj/etl/facts"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// The year's value of a table of periods and its proof (capaian_periods.go).

// yearValue is a row's value of the year for measure m: proven says the
// header or the text proves the column. An unproven last period comes with
// the periods' sum (when every period holds a number): for periods that do
// not add up to date the year may be either, and only the stated capaian
// can tell them apart.
func (l *periodLayout) yearValue(r *extract.Row, m byte) (val string, proven bool, sum string) {
	if a, ok := l.annual[m]; ok {
		return strings.TrimSpace(r.Cell(a)), true, ""
	}
	cs := l.cols[m]
	if len(cs) == 0 {
		return "", false, ""
	}
	last := cs[len(cs)-1]
	if !l.per[last].yearEnd() {
		return "", false, "" // the year's end is not among the columns
	}
	v := strings.TrimSpace(r.Cell(last))
	if blankValue(v) {
		return "", true, ""
	}
	if l.cumul || l.per[last].upTo {
		return v, true, ""
	}
	total, dec, filled := 0.0, 0, 0
	for _, j := range cs {
		c := r.Cell(j)
		if blankValue(c) {
			continue
		}
		n := normalize.ParseNumber(c, normalize.Unknown)
		if n.Status != normalize.OK {
			return v, false, ""
		}
		total += n.Value
		dec = max(dec, n.Decimals)
		filled++
	}
	if filled == 1 {
		return v, true, "" // the only period holding a value: the year's
	}
	return v, false, strings.Replace(strconv.FormatFloat(total, 'f', dec, 64), ".", ",", 1)
}

// provePair checks a row's year values against the stated capaian c. An
// unproven value (and its sum alternative) loads only when exactly one
// candidate pair gives c; a pair c contradicts, or two candidate pairs that
// both give it, load NULL with capaian.periode_tidak_terbukti.
func (p *parser) provePair(t *tableInfo, r *extract.Row, ind, c string, tc, rc [2]string, tok, rok bool) (tv, rv string, tOK, rOK bool) {
	tv, rv = tc[0], rc[0]
	num := func(s string) bool { return normalize.ParseNumber(s, normalize.Unknown).Status == normalize.OK }
	if !blankValue(c) && num(c) && num(tv) && num(rv) {
		tset, rset := []string{tv}, []string{rv}
		if !tok && tc[1] != "" {
			tset = append(tset, tc[1])
		}
		if !rok && rc[1] != "" {
			rset = append(rset, rc[1])
		}
		var ok [][2]string
		for _, a := range tset {
			for _, b := range rset {
				if pairProven(a, b, c) {
					ok = append(ok, [2]string{a, b})
				}
			}
		}
		if len(ok) == 1 {
			return ok[0][0], ok[0][1], true, true // the stated capaian proves the pair
		}
		tok, rok = false, false // contradicted, or proving two pairs alike
	}
	if !tok && tv != "" || !rok && rv != "" {
		p.find("capaian.periode_tidak_terbukti", facts.Warning, r.Start, r.End, tv+" / "+rv,
			"%s: %s: nilai tahunan dari kolom periode (%s / %s) tidak terbukti (tidak kumulatif, tanpa kolom tahunan, capaian tidak cocok atau cocok dengan jumlah periode juga); tidak dimuat",
			t.label, ind, tv, rv)
	}
	return tv, rv, tok, rok
}

// pairProven: the stated capaian is what target and realisasi give, by
// either formula, to the capaian's own rounding.
func pairProven(tv, rv, cv string) bool {
	t := normalize.ParseNumber(tv, normalize.Unknown)
	r := normalize.ParseNumber(rv, normalize.Unknown)
	c := normalize.ParseNumber(cv, normalize.Unknown)
	if t.Status != normalize.OK || r.Status != normalize.OK || c.Status != normalize.OK || t.Value == 0 {
		return false
	}
	tol := 0.5*math.Pow(10, -float64(c.Decimals)) + 1e-9
	hi := r.Value / t.Value * 100
	lo := (2*t.Value - r.Value) / t.Value * 100
	return math.Abs(hi-c.Value) <= tol || math.Abs(lo-c.Value) <= tol
}
