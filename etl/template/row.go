package template

import (
	"fmt"
	"strings"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// cells reads one data row of a bound table. Every getter that rejects a
// cell records a problem naming the row and column, and the row is then
// dropped (the document is rejected anyway; dropping keeps later checks,
// such as duplicate keys, from piling up noise).
type cells struct {
	b   *bound
	row tableRow
	bad int
}

func (b *bound) rows() []*cells {
	out := make([]*cells, len(b.t.rows))
	for i, row := range b.t.rows {
		out[i] = &cells{b: b, row: row}
	}
	return out
}

func (c *cells) span() facts.Span { return c.row.span }

// raw is the trimmed cell text; "" when the column is absent or the cell
// is beyond the row's end.
func (c *cells) raw(col string) string {
	i, ok := c.b.idx[col]
	if !ok || i >= len(c.row.cells) {
		return ""
	}
	return c.row.cells[i]
}

// get is raw with the "nothing stated" forms ("", "-") folded to "".
func (c *cells) get(col string) string {
	s := c.raw(col)
	if isEmpty(s) {
		return ""
	}
	return s
}

func (c *cells) fail(col, aturan, msg string) {
	c.bad++
	c.b.r.fail(problem{where: c.b.t.where, row: c.row.span.Start, col: col, msg: msg}, aturan, c.raw(col))
}

func (c *cells) warn(col, aturan, msg string) {
	c.b.r.warn(problem{where: c.b.t.where, row: c.row.span.Start, col: col, msg: msg}, aturan, c.raw(col))
}

func (c *cells) invalid(col, format string, args ...any) {
	c.fail(col, "template.nilai_tidak_valid", fmt.Sprintf(format, args...))
}

// text is a free-text cell, whitespace folded.
func (c *cells) text(col string) string { return fold(c.get(col)) }

// need is a free-text cell that must not be empty.
func (c *cells) need(col string) string {
	s := c.text(col)
	if s == "" {
		c.fail(col, "template.wajib_diisi", "is empty; a value is required")
	}
	return s
}

// number reads a decimal; pct allows a trailing % (percent units).
func (c *cells) number(col string, pct bool) *float64 {
	s := c.get(col)
	if s == "" {
		return nil
	}
	v, ok := parseNumber(s, pct)
	if !ok {
		if pct {
			c.invalid(col, "%q is not a percentage (a number in percent units, '.' for decimals: 99.55 or 99.55%%)", s)
		} else {
			c.invalid(col, "%q is not a number (write digits with '.' for decimals and no thousands separators, e.g. 73.15)", s)
		}
		return nil
	}
	return &v
}

// numberIn is number with a closed range check (scores out of 100).
func (c *cells) numberIn(col string, pct bool, lo, hi float64) *float64 {
	v := c.number(col, pct)
	if v != nil && (*v < lo || *v > hi) {
		c.invalid(col, "%s is outside %s–%s", formatFloat(*v), formatFloat(lo), formatFloat(hi))
		return nil
	}
	return v
}

// rupiah reads a money cell: a whole number of rupiah. Negative amounts are
// only meaningful for sisa (overspending).
func (c *cells) rupiah(col string, negative bool) *int64 {
	s := c.get(col)
	if s == "" {
		return nil
	}
	v, ok := parseWhole(s)
	switch {
	case !ok:
		c.invalid(col, "%q is not a whole number of rupiah (write digits only, e.g. 2586252000)", s)
		return nil
	case v < 0 && !negative:
		c.invalid(col, "%q is negative; expected rupiah ≥ 0", s)
		return nil
	}
	return &v
}

// count reads a non-negative whole number (TPS, voters, revisions).
func (c *cells) count(col string) *int64 {
	s := c.get(col)
	if s == "" {
		return nil
	}
	v, ok := parseWhole(s)
	if !ok || v < 0 {
		c.invalid(col, "%q is not a whole number ≥ 0 (write digits only, e.g. 156880)", s)
		return nil
	}
	return &v
}

// Years outside this range are typing errors (2204, 24, a date serial).
const minYear, maxYear = 2000, 2100

// year reads a year; an empty cell takes def, and is a problem when def is 0.
func (c *cells) year(col string, def int) int {
	s := c.get(col)
	if s == "" {
		if def == 0 {
			c.fail(col, "template.wajib_diisi", "is empty; a year is required")
		}
		return def
	}
	v, ok := parseWhole(s)
	if !ok || v < minYear || v > maxYear {
		c.invalid(col, "%q is not a year (%d–%d)", s, minYear, maxYear)
		return def
	}
	return int(v)
}

// satker reads a satker id (5305 or 53.05); empty means the identitas satker.
func (c *cells) satker(col string) string {
	s := c.get(col)
	if s == "" {
		return c.b.r.satker
	}
	id, ok := satkerID(s)
	if !ok {
		c.fail(col, "template.satker_tidak_dikenal", fmt.Sprintf("%q is not a satker id (the area code, e.g. 5305 or 53.05)", s))
		return ""
	}
	if _, ok := c.b.r.refs[id]; !ok {
		c.fail(col, "template.satker_tidak_dikenal", fmt.Sprintf("%q is not a satker id in wilayah.csv", s))
		return ""
	}
	return id
}

// choice reads an accepted-value cell through its alias table (folded
// keys → canonical value); required says an empty cell is a problem.
func (c *cells) choice(col string, opts map[string]string, what string, required bool) string {
	s := c.get(col)
	if s == "" {
		if required {
			c.fail(col, "template.wajib_diisi", "is empty; expected "+what+": "+strings.Join(sortedKeys(opts), ", "))
		}
		return ""
	}
	v, ok := opts[choiceKey(s)]
	if !ok {
		c.invalid(col, "%q is not a %s (%s)", s, what, strings.Join(sortedKeys(opts), ", "))
	}
	return v
}

// unique claims a natural key for this row; a second row with the same key
// is a problem naming both rows.
func (c *cells) unique(seen map[string]int, key, col, what string) bool {
	if prev, dup := seen[key]; dup {
		c.fail(col, "template.duplikat",
			fmt.Sprintf("repeats row %d (same %s); a template states each fact once", prev, what))
		return false
	}
	seen[key] = c.row.span.Start
	return true
}

// natural is a fact's natural key as its row states it, with the column a
// repeat is reported on and the columns the key is made of (for the message).
type natural struct{ key, col, what string }

// readFacts is what every family's reader does with its table: read fills
// one fact from a row's cells; the fact is appended to out when the row has
// no error and its natural key is new (a repeat is reported on the row).
func readFacts[F any](r *reader, t *table, out *[]F, read func(c *cells) (F, natural)) {
	b := r.bind(t)
	if b == nil {
		return
	}
	seen := map[string]int{}
	for _, c := range b.rows() {
		f, k := read(c)
		if c.bad > 0 || !c.unique(seen, k.key, k.col, k.what) {
			continue
		}
		*out = append(*out, f)
	}
}
