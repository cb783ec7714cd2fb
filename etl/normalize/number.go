package normalize

import (
	"math"
	"strconv"
	"strings"
	"unsafe"
)

// Convention is a way of grouping digits.
type Convention uint8

const (
	// Unknown: nothing decides the convention.
	Unknown Convention = iota
	// Indonesian groups thousands with dots and writes decimals with a
	// comma: 44.980.284.000 and 104,17.
	Indonesian
	// English groups thousands with commas and writes decimals with a dot:
	// 215,464,527,000 and 99.61.
	English
	// Mixed: a column where both conventions occur.
	Mixed
	// Spaced groups thousands with spaces: 4 193 487 000 (decimals with a
	// comma, as in Indonesian).
	Spaced
)

func (c Convention) String() string {
	switch c {
	case Indonesian:
		return "indonesia"
	case English:
		return "inggris"
	case Mixed:
		return "campuran"
	case Spaced:
		return "spasi"
	}
	return "?"
}

// Status says how far a text could be read as a number.
type Status uint8

const (
	// OK: a number.
	OK Status = iota
	// Empty: blank, a dash or a word that means "no value" (Belum Penilaian).
	Empty
	// Word: text that is not a number (Tercapai, WTP, a name).
	Word
	// Ambiguous: a number whose thousands/decimal reading cannot be decided.
	Ambiguous
	// Unreadable: digits that are not a well-formed number (OCR shards such
	// as "1000/", ". 0", "1.2.2.4").
	Unreadable
	// CutOff: a money amount cut by a narrow PDF column ("190.465.28");
	// Number.Digits holds the digits that were written.
	CutOff
	// Several: more than one value in one cell ("B 80", "200% 93,69%").
	Several
)

func (s Status) String() string {
	return [...]string{"ok", "kosong", "kata", "ambigu", "tidak_terbaca", "terpotong", "ganda"}[s]
}

// Number is the reading of one numeric text.
type Number struct {
	Value    float64
	Decimals int // digits after the decimal separator as written
	Status   Status
	Percent  bool
	Money    bool       // written with Rp
	Footnote bool       // a trailing * flag
	core     string     // the digits and separators read (Digits)
	Rest     string     // text after the number and its % / * marks
	Conv     Convention // the convention the shape proves (Unknown when none)
}

// ParseNumber reads one number written in either convention. col is the
// convention of the column the value stands in (Unknown outside tables);
// it only decides the lone-separator case: "1.347" is one thousand three
// hundred forty-seven unless the column writes decimals with a dot.
func ParseNumber(s string, col Convention) Number {
	t := Clean(s)
	var n Number
	if isDash(t) {
		n.Status = Empty
		return n
	}
	t, n.Money = stripCurrency(t)
	t = strings.TrimSuffix(strings.TrimSuffix(t, ",--"), ",-")
	t = strings.TrimSuffix(t, ".-")
	t = strings.TrimSpace(t)
	neg := false
	if len(t) > 1 && t[0] == '-' && isDigit(t[1]) {
		neg = true
		t = t[1:]
	}
	if g := spacedLen(t); g > 0 && (col == Spaced || n.Money || spacedGroups(t[:g]) >= 2) {
		// "4 193 487 000": thousands grouped by spaces
		t = strings.ReplaceAll(t[:g], " ", ".") + t[g:]
		if col == Spaced || col == Unknown {
			col = Indonesian
		}
	}
	i := 0
	for i < len(t) && (isDigit(t[i]) || t[i] == '.' || t[i] == ',') {
		i++
	}
	core, rest := t[:i], t[i:]
	if core == "" || !hasDigit(core) {
		if hasDigitStr(t) && !startsWithLetter(t) {
			n.Status = Unreadable
		} else if t == "" {
			n.Status = Empty
		} else {
			n.Status = Word
		}
		return n
	}
	// a separator glued to the end is punctuation ("100." "2,-" handled)
	for len(core) > 0 && (core[len(core)-1] == '.' || core[len(core)-1] == ',') {
		core = core[:len(core)-1]
	}
	rest = strings.TrimLeft(rest, " ")
	for len(rest) > 0 && (rest[0] == '%' || rest[0] == '*' || rest[0] == ' ') {
		if rest[0] == '%' {
			n.Percent = true
		} else if rest[0] == '*' {
			n.Footnote = true
		}
		rest = rest[1:]
	}
	rest = strings.TrimSpace(strings.TrimSuffix(strings.TrimSuffix(rest, ",-"), ",--"))
	n.Rest = rest
	if rest != "" && (isDigit(rest[0]) || rest[0] == '/' || rest[0] == '.' || rest[0] == ',') {
		n.Status = Unreadable
		return n
	}
	v, dec, st, conv := readCore(core, col, n.Percent)
	n.Value, n.Decimals, n.Status, n.Conv, n.core = v, dec, st, conv, core
	if neg {
		n.Value = -n.Value
	}
	return n
}

// Digits is the digits that were written, without separators ("" when no
// number was read). It is built on demand: ParseNumber runs for every
// numeric cell, and few callers ask for it.
func (n Number) Digits() string { return onlyDigits(n.core) }

// readCore reads the digits-and-separators part of a number. It cuts no
// strings: groups are checked in place and values are read from the
// digits in place, separators skipped (readCore runs for every numeric
// cell).
func readCore(core string, col Convention, percent bool) (float64, int, Status, Convention) {
	dots := strings.Count(core, ".")
	commas := strings.Count(core, ",")
	nd := len(core) - dots - commas // core holds digits and separators only
	if nd > 18 {
		return 0, 0, Unreadable, Unknown
	}
	switch {
	case dots == 0 && commas == 0:
		if len(core) > 1 && core[0] == '0' {
			return 0, 0, Unreadable, Unknown // "00", "05": not how numbers are written
		}
		return digitsValue(core, nd), 0, OK, Unknown
	case dots > 0 && commas > 0:
		lastDot, lastComma := strings.LastIndexByte(core, '.'), strings.LastIndexByte(core, ',')
		dec, grp, conv := byte(','), byte('.'), Indonesian
		if lastDot > lastComma {
			dec, grp, conv = '.', ',', English
		}
		if countByte(core, dec) != 1 {
			return 0, 0, Unreadable, Unknown
		}
		k := strings.LastIndexByte(core, dec)
		intPart, frac := core[:k], core[k+1:]
		if !validGroups(intPart, grp) || frac == "" {
			return 0, 0, Unreadable, Unknown
		}
		return decValue(intPart, frac, nd), len(frac), OK, conv
	}
	sep := byte('.')
	conv := Indonesian // dots as thousands
	if commas > 0 {
		sep, conv = ',', English
	}
	// an empty part ("1..2", ".5", "5."): not a number
	if core[0] == sep || core[len(core)-1] == sep || hasPair(core, sep) {
		return 0, 0, Unreadable, Unknown
	}
	if countByte(core, sep) > 1 {
		lastSep := strings.LastIndexByte(core, sep)
		if validGroups(core, sep) {
			return digitsValue(core, nd), 0, OK, conv
		}
		if len(core)-lastSep-1 < 3 && validGroups(core[:lastSep], sep) {
			return 0, 0, CutOff, conv
		}
		return 0, 0, Unreadable, Unknown
	}
	k := strings.IndexByte(core, sep)
	a, b := core[:k], core[k+1:]
	decConv := English // the convention in which sep is a decimal point
	if sep == ',' {
		decConv = Indonesian
	}
	if len(b) == 3 && len(a) <= 3 && a != "0" && a[0] != '0' {
		switch {
		case col == Mixed:
			return 0, 0, Ambiguous, Unknown
		case col == decConv:
			return atofDec(a, b), 3, OK, decConv
		case col == Unknown && percent:
			// 1.347% reads as a decimal in English and as thousands in
			// Indonesian; a percentage in the thousands is implausible but
			// so is guessing.
			return 0, 0, Ambiguous, Unknown
		}
		return digitsValue(core, nd), 0, OK, conv
	}
	if len(a) > 1 && a[0] == '0' {
		return 0, 0, Unreadable, Unknown
	}
	return atofDec(a, b), len(b), OK, decConv
}

// validGroups reports whether s, cut at sep, is thousands groups: the
// first of one to three digits (not starting with 0 unless alone), the
// others of three.
func validGroups(s string, sep byte) bool {
	first := strings.IndexByte(s, sep)
	if first < 0 {
		first = len(s)
	}
	if first == 0 || first > 3 {
		return false
	}
	if first < len(s) && s[0] == '0' {
		return false
	}
	for i := first; i < len(s); i += 4 {
		// s[i] is a separator; three non-separators follow, then another
		// separator or the end
		if i+4 > len(s) || strings.IndexByte(s[i+1:i+4], sep) >= 0 || i+4 < len(s) && s[i+4] != sep {
			return false
		}
	}
	return true
}

// hasPair: s holds c twice in a row.
func hasPair(s string, c byte) bool {
	for i := 1; i < len(s); i++ {
		if s[i] == c && s[i-1] == c {
			return true
		}
	}
	return false
}

func countByte(s string, c byte) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			n++
		}
	}
	return n
}

// pow10 are the powers of ten that float64 holds exactly.
var pow10 = [...]float64{1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
	1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22}

// atofDigits is strconv.ParseFloat of a run of ASCII digits. Up to 15
// digits the integer is exact in a float64, so converting it gives the
// same value without a string.
func atofDigits(d string) float64 {
	if len(d) > 15 {
		return atof(d, 0)
	}
	var m int64
	for i := 0; i < len(d); i++ {
		m = m*10 + int64(d[i]-'0')
	}
	return float64(m)
}

// digitsValue is atofDigits(onlyDigits(core)) for core of digits and
// separators holding nd digits, read in place.
func digitsValue(core string, nd int) float64 {
	if nd > 15 {
		return atofDigits(onlyDigits(core))
	}
	var m int64
	for i := 0; i < len(core); i++ {
		if c := core[i]; isDigit(c) {
			m = m*10 + int64(c-'0')
		}
	}
	return float64(m)
}

// decValue is atofDec(onlyDigits(intPart), frac) for frac of digits, nd
// the digits of both, read in place.
func decValue(intPart, frac string, nd int) float64 {
	if nd > 15 {
		return atofDec(onlyDigits(intPart), frac)
	}
	var m int64
	for i := 0; i < len(intPart); i++ {
		if c := intPart[i]; isDigit(c) {
			m = m*10 + int64(c-'0')
		}
	}
	for i := 0; i < len(frac); i++ {
		m = m*10 + int64(frac[i]-'0')
	}
	return float64(m) / pow10[len(frac)]
}

// atofDec is strconv.ParseFloat(intDigits + "." + frac) for runs of ASCII
// digits. Up to 15 digits in all, the mantissa and the power of ten are
// exact and IEEE division rounds their quotient correctly: the value
// ParseFloat returns (its own exact fast path).
func atofDec(intDigits, frac string) float64 {
	if len(intDigits)+len(frac) > 15 {
		return atof(intDigits+"."+frac, len(frac))
	}
	var m int64
	for i := 0; i < len(intDigits); i++ {
		m = m*10 + int64(intDigits[i]-'0')
	}
	for i := 0; i < len(frac); i++ {
		m = m*10 + int64(frac[i]-'0')
	}
	return float64(m) / pow10[len(frac)]
}

func atof(s string, _ int) float64 {
	v, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return math.NaN()
	}
	return v
}

// Money reads a rupiah amount ("Rp. 2.586.252.000,-", "215,464,527,000",
// "Rp 2,5 miliar"). An amount whose last digit group is short in a column
// that groups thousands ("Rp. 190.465.28", "Rp. 7.38") is CutOff: its
// written digits are in Number.Digits, and only arithmetic can repair it.
func Money(s string, col Convention) (int64, Number) {
	n := ParseNumber(s, col)
	n.Money = true
	if n.Status != OK {
		return 0, n
	}
	mult := 1.0
	if n.Rest != "" {
		w := strings.ToLower(strings.Fields(n.Rest)[0])
		w = strings.TrimRight(w, ".,;:")
		switch w {
		case "ribu", "rb":
			mult = 1e3
		case "juta", "jt":
			mult = 1e6
		case "miliar", "milyar", "m", "mlyr":
			mult = 1e9
		case "triliun", "t":
			mult = 1e12
		}
	}
	v := n.Value * mult
	if n.Percent || math.IsNaN(v) || math.Abs(v) > 9e18 {
		n.Status = Unreadable
		return 0, n
	}
	// Rupiah have no fraction: a lone separator with one or two digits
	// after it, where the column groups thousands with that separator
	// ("Rp. 7.38", "Rp. 7.00" among "1.973.500,-"), is an amount cut off by
	// the column. Only arithmetic can tell what the rest was. The same
	// holds in a table in thousands ("397.54" among "412.600" Rp 000).
	// (the core is read again only for the few amounts with decimals)
	if (mult == 1 || col != Unknown) && n.Decimals > 0 && n.Decimals < 3 {
		if lone := decimalOf(numericCore(s)); lone != Unknown && col != lone {
			n.Status = CutOff
			return 0, n
		}
	}
	if v != math.Trunc(v) {
		if mult == 1 {
			n.Status = Ambiguous
			return 0, n
		}
		v = math.Round(v)
	}
	n.Value = v
	return int64(v), n
}

// decimalOf is the convention in which the lone separator of s is a
// decimal point; Unknown when s has none or several.
func decimalOf(s string) Convention {
	d, c := strings.Count(s, "."), strings.Count(s, ",")
	switch {
	case d == 1 && c == 0:
		return English
	case c == 1 && d == 0:
		return Indonesian
	}
	return Unknown
}

// ColumnConvention decides the convention of a column from its cells. Cells
// with two or more separators of one kind (44.980.284.000) are strong
// evidence; a lone separator with other than three digits after it (99.61,
// 104,17) is weak evidence. Strong evidence wins; Mixed when it conflicts.
func ColumnConvention(cells []string) Convention {
	var t ConventionTally
	for _, c := range cells {
		t.Add(c)
	}
	return t.Convention()
}

// numericCore is the digits-and-separators run of a cell after currency
// marks, or "" when the cell does not start with a number.
func numericCore(s string) string {
	t, _ := stripCurrency(Clean(s))
	t = strings.TrimSuffix(t, ",-")
	i := 0
	for i < len(t) && (isDigit(t[i]) || t[i] == '.' || t[i] == ',') {
		i++
	}
	core := strings.TrimRight(t[:i], ".,")
	if !hasDigit(core) {
		return ""
	}
	return core
}

// stripCurrency removes a leading Rp / Rp. / IDR.
func stripCurrency(t string) (string, bool) {
	if len(t) >= 2 && (t[0] == 'R' || t[0] == 'r') && (t[1] == 'p' || t[1] == 'P') {
		if len(t) == 2 || t[2] == '.' || t[2] == ' ' || isDigit(t[2]) {
			t = t[2:]
			t = strings.TrimPrefix(t, ".")
			return strings.TrimSpace(t), true
		}
	}
	if len(t) >= 3 && strings.EqualFold(t[:3], "IDR") {
		return strings.TrimSpace(t[3:]), true
	}
	return t, false
}

func isDash(t string) bool {
	if t == "" {
		return true
	}
	for i := 0; i < len(t); i++ {
		if t[i] != '-' && t[i] != ' ' {
			return false
		}
	}
	return true
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func hasDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if isDigit(s[i]) {
			return true
		}
	}
	return false
}

func hasDigitStr(s string) bool { return hasDigit(s) }

func startsWithLetter(s string) bool {
	return s != "" && (s[0] >= 'a' && s[0] <= 'z' || s[0] >= 'A' && s[0] <= 'Z' || s[0] >= 0x80)
}

func onlyDigits(s string) string {
	if !strings.ContainsAny(s, ".,") {
		return s
	}
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		if isDigit(s[i]) {
			b = append(b, s[i])
		}
	}
	if len(b) == 0 {
		return ""
	}
	// b is never written again: the string may share it
	return unsafe.String(unsafe.SliceData(b), len(b))
}

// spacedLen is the length of a leading run of digits grouped by single
// spaces ("4 193 487 000", "98 656 69"), or 0 when t does not start so.
// Groups after the first have three digits, except that the last may be
// shorter (a number cut off by its column).
func spacedLen(t string) int {
	i := 0
	for i < len(t) && isDigit(t[i]) {
		i++
	}
	if i == 0 || i > 3 {
		return 0
	}
	end := 0
	for i < len(t) && t[i] == ' ' {
		j := i + 1
		for j < len(t) && isDigit(t[j]) {
			j++
		}
		n := j - i - 1
		if n == 0 || n > 3 || j < len(t) && t[j] != ' ' && t[j] != ',' && t[j] != '.' && t[j] != '%' && t[j] != '*' {
			break
		}
		end = j
		if n < 3 {
			break
		}
		i = j
	}
	return end
}

func spacedGroups(s string) int { return strings.Count(s, " ") }
