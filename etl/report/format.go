package report

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"
)

// Null is how a missing value is shown to people.
const Null = "-"

// FormatNumber writes v the Indonesian way: '.' between thousands, ',' before
// decimals: 1234567.891 with 2 decimals is "1.234.567,89".
func FormatNumber(v float64, decimals int, signed bool) string {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return Null
	}
	s := strconv.FormatFloat(math.Abs(v), 'f', decimals, 64)
	whole, frac, _ := strings.Cut(s, ".")
	out := groupThousands(whole)
	if frac != "" {
		out += "," + frac
	}
	return sign(v, out, signed) + out
}

// FormatRupiah writes an amount of rupiah: "Rp 44.980.284.000", negative
// amounts "-Rp 1.000".
func FormatRupiah(v float64, signed bool) string {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return Null
	}
	body := "Rp " + groupThousands(strconv.FormatFloat(math.Abs(math.Round(v)), 'f', 0, 64))
	return sign(math.Round(v), body, signed) + body
}

// FormatPercent writes a value already in percent units: 99.554 is
// "99,55 %".
func FormatPercent(v float64, decimals int, signed bool) string {
	n := FormatNumber(v, decimals, signed)
	if n == Null {
		return n
	}
	return n + " %"
}

// sign is "-" for a negative value that does not print as zero, "+" for a
// positive one when signed is set.
func sign(v float64, printed string, signed bool) string {
	zero := strings.Trim(printed, "Rp 0.,") == ""
	switch {
	case v < 0 && !zero:
		return "-"
	case v > 0 && signed && !zero:
		return "+"
	}
	return ""
}

func groupThousands(digits string) string {
	if len(digits) <= 3 {
		return digits
	}
	var b strings.Builder
	lead := len(digits) % 3
	if lead > 0 {
		b.WriteString(digits[:lead])
	}
	for i := lead; i < len(digits); i += 3 {
		if b.Len() > 0 {
			b.WriteByte('.')
		}
		b.WriteString(digits[i : i+3])
	}
	return b.String()
}

// Format shows one value of column c for people.
func (c Column) Format(v any) string {
	if v == nil {
		return Null
	}
	if f, ok := toFloat(v); ok {
		switch c.Kind {
		case KindRupiah:
			return FormatRupiah(f, c.Signed)
		case KindPercent:
			return FormatPercent(f, c.decimals(2), c.Signed)
		case KindNumber:
			d := 0
			if _, isInt := v.(int64); !isInt {
				d = 2
			}
			return FormatNumber(f, c.decimals(d), c.Signed)
		case KindYear:
			return strconv.FormatFloat(f, 'f', -1, 64)
		}
	}
	switch x := v.(type) {
	case string:
		return x
	case bool:
		if x {
			return "Ya"
		}
		return "Tidak"
	case time.Time:
		return x.Format("02-01-2006 15:04")
	case float64:
		return FormatNumber(x, 2, false)
	case int64:
		return strconv.FormatInt(x, 10)
	}
	return fmt.Sprint(v)
}

func (c Column) decimals(def int) int {
	if c.Decimals != nil {
		return *c.Decimals
	}
	return def
}

// numeric reports whether the column holds measures (aligned right).
func (c Column) numeric() bool {
	return c.Kind == KindRupiah || c.Kind == KindPercent || c.Kind == KindNumber || c.Kind == KindYear
}

func toFloat(v any) (float64, bool) {
	switch x := v.(type) {
	case int64:
		return float64(x), true
	case float64:
		return x, true
	}
	return 0, false
}
