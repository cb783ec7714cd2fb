package parse

import (
	"strings"
	"unicode/utf8"

	"github.com/kpu-ntt/lkj/etl/normalize"
)

// isRange: s states a range of two numbers ("80-90", "80 – 90%", "80 s.d.
// 90", "80 sampai 90"), which is no one value: a target "80-90" is met by
// any realisation inside it, and reading it as 80 would compute a capaian
// the report never meant.
func isRange(s string) bool {
	if len(s) > 40 || !strings.ContainsAny(s, "-–—sS/") {
		return false
	}
	t := strings.TrimSpace(s)
	a := leadNumber(t)
	if a == "" || a == t {
		return false
	}
	rest := strings.TrimLeft(t[len(a):], " %")
	sep := ""
	for _, w := range []string{"-", "–", "—", "s.d.", "s.d", "s/d", "sd", "sampai"} {
		if len(rest) >= len(w) && strings.EqualFold(rest[:len(w)], w) {
			sep = w
			break
		}
	}
	if sep == "" {
		return false
	}
	rest = strings.TrimSpace(rest[len(sep):])
	b := leadNumber(rest)
	if b == "" {
		return false
	}
	tail := strings.TrimSpace(strings.TrimLeft(rest[len(b):], " %"))
	if tail != "" {
		return false
	}
	na, nb := normalize.ParseNumber(a, normalize.Unknown), normalize.ParseNumber(b, normalize.Unknown)
	return na.Status == normalize.OK && nb.Status == normalize.OK
}

// leadNumber is the run of digits and separators s opens with.
func leadNumber(s string) string {
	i := 0
	for i < len(s) && (isDigitByte(s[i]) || (s[i] == ',' || s[i] == '.') && i > 0 && i+1 < len(s) && isDigitByte(s[i+1])) {
		i++
	}
	return s[:i]
}

// textValue: a short written value in a value column ("Tepat Waktu",
// "Sesuai Jadwal", "Tersedia"): capitalised words without digits that open
// no indicator statement and do not stop on a word that continues one.
func textValue(c string) bool {
	c = strings.TrimSpace(c)
	if c == "" || len(c) > 40 || strings.ContainsAny(c, "0123456789") || !upperStart(c) || !utf8.ValidString(c) {
		return false
	}
	n := len(strings.Fields(c))
	return n <= 4 && !startsIndicator(c) && !dangling(c)
}
