package sample

import (
	"math"
	"strconv"

	"github.com/kpu-ntt/lkj/etl/validate"
)

// conv is a number convention. The real reports mix both, sometimes in one
// document (DESIGN.md §5.1), so every renderer chooses per table.
type conv int

const (
	convID conv = iota // 44.980.284.000 and 104,17
	convEN             // 215,464,527,000 and 99.61
	convSP             // 44 980 284 000 and 99,55: spaces are stripped (EXTRACTION.md)
)

func (c conv) thousands() byte {
	switch c {
	case convEN:
		return ','
	case convSP:
		return ' '
	}
	return '.'
}

func (c conv) decimal() byte {
	if c == convEN {
		return '.'
	}
	return ','
}

// fmtInt writes v with thousands separators.
func fmtInt(v int64, c conv) string {
	neg := v < 0
	if neg {
		v = -v
	}
	s := strconv.FormatInt(v, 10)
	if len(s) > 3 {
		b := make([]byte, 0, len(s)+len(s)/3)
		pre := len(s) % 3
		if pre > 0 {
			b = append(b, s[:pre]...)
		}
		for i := pre; i < len(s); i += 3 {
			if len(b) > 0 {
				b = append(b, c.thousands())
			}
			b = append(b, s[i:i+3]...)
		}
		s = string(b)
	}
	if neg {
		return "-" + s
	}
	return s
}

// fmtFixed writes v with exactly dec decimals.
func fmtFixed(v float64, dec int, c conv) string {
	scale := math.Pow10(dec)
	n := int64(math.Round(math.Abs(v) * scale))
	ip, fp := n/int64(scale), n%int64(scale)
	s := fmtInt(ip, c)
	if dec > 0 {
		f := strconv.FormatInt(fp, 10)
		for len(f) < dec {
			f = "0" + f
		}
		s += string(c.decimal()) + f
	}
	if v < 0 && n != 0 {
		s = "-" + s
	}
	return s
}

// fmtNum writes v with up to two decimals and no trailing zeros, the way the
// reports write targets and achievements (96, 87,5, 104,17). Integers get no
// thousands separator below 10000 so a value never looks like "1.347" by
// accident; values in this family stay well below that.
func fmtNum(v float64, c conv) string {
	s := fmtFixed(v, 2, c)
	d := c.decimal()
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == d {
			t := s
			for len(t) > i+1 && t[len(t)-1] == '0' {
				t = t[:len(t)-1]
			}
			if t[len(t)-1] == d {
				t = t[:len(t)-1]
			}
			return t
		}
	}
	return s
}

// round2 rounds to two decimals, as the contract stores recomputed values:
// the validator's own rounding, so truth and pipeline agree on halves.
func round2(v float64) float64 { return validate.Round2(v) }

// cents converts a two-decimal value to integer hundredths, so sums of
// scores stay exact.
func cents(v float64) int64 { return int64(math.Round(v * 100)) }

func fromCents(c int64) float64 { return float64(c) / 100 }
