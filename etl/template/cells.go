package template

import (
	"math"
	"regexp"
	"strconv"
	"strings"
)

// Pure cell parsers. They take the trimmed cell text and say whether it
// holds what its column promises; the row reader turns a "no" into a
// problem that names the cell.

var (
	numRe = regexp.MustCompile(`^[+-]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?$`)
	intRe = regexp.MustCompile(`^[+-]?[0-9]+$`)
)

// fold collapses runs of white space to one space and trims, so text cells
// compare equal however they were wrapped or indented in the spreadsheet.
func fold(s string) string { return strings.Join(strings.Fields(s), " ") }

// isEmpty reports whether a cell states nothing: blank, or a lone dash,
// which spreadsheet users type for "not applicable".
func isEmpty(s string) bool {
	s = strings.TrimSpace(s)
	return s == "" || s == "-"
}

// parseNumber reads a plain decimal with '.' as the decimal point, no
// thousands separators. With pct, a trailing '%' is allowed and dropped:
// the number is already in percent units (99.55 or 99.55%).
func parseNumber(s string, pct bool) (float64, bool) {
	s = strings.TrimSpace(s)
	if pct && strings.HasSuffix(s, "%") {
		s = strings.TrimSpace(strings.TrimSuffix(s, "%"))
	}
	if !numRe.MatchString(s) {
		return 0, false
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil || math.IsInf(v, 0) || math.IsNaN(v) {
		return 0, false
	}
	return v, true
}

// maxExact is the largest integer a float64 holds exactly; a whole number
// written in float form ("4.4980284E10", "12.0") is accepted up to it.
const maxExact = 1 << 53

// parseWhole reads a whole number: digits, or a decimal/exponent form whose
// value is integral (XLSX writers store 44980284000 as 4.4980284E10).
func parseWhole(s string) (int64, bool) {
	s = strings.TrimSpace(s)
	if intRe.MatchString(s) {
		v, err := strconv.ParseInt(s, 10, 64)
		return v, err == nil
	}
	v, ok := parseNumber(s, false)
	if !ok || v != math.Trunc(v) || math.Abs(v) > maxExact {
		return 0, false
	}
	return int64(v), true
}

// cleanFloat renders a spreadsheet's binary float as the decimal a person
// typed: 15 significant digits, no exponent (0.99550000000000005 → 0.9955).
func cleanFloat(v float64) string {
	r, err := strconv.ParseFloat(strconv.FormatFloat(v, 'g', 15, 64), 64)
	if err != nil {
		r = v
	}
	return strconv.FormatFloat(r, 'f', -1, 64)
}

// xlsxNumber normalises a raw XLSX cell value. pct says the cell is shown
// as a percentage, so the stored fraction (0.9955) is turned into percent
// units with a '%' (99.55%), which percent columns accept. Long or exponent
// forms of numbers are cleaned to what the user sees.
func xlsxNumber(raw string, pct bool) string {
	if !numRe.MatchString(raw) {
		return raw
	}
	v, err := strconv.ParseFloat(raw, 64)
	if err != nil {
		return raw
	}
	if pct {
		return cleanFloat(v*100) + "%"
	}
	if strings.ContainsAny(raw, "eE") || digits(raw) > 15 {
		return cleanFloat(v)
	}
	return raw
}

func digits(s string) int {
	n := 0
	for _, r := range s {
		if r >= '0' && r <= '9' {
			n++
		}
	}
	return n
}

// formatFloat is how the writers render a number: shortest exact decimal.
func formatFloat(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

// homoglyphs folds the Cyrillic letters that PDFs and copy-paste put in
// place of Latin grade letters (В for B, С for C, А for A).
var homoglyphs = strings.NewReplacer("А", "A", "В", "B", "С", "C", "а", "A", "в", "B", "с", "C")

var grades = map[string]bool{"AA": true, "A": true, "BB": true, "B": true, "CC": true, "C": true, "D": true}

// parseGrade reads a SAKIP predikat (AA, A, BB, B, CC, C, D), any case.
func parseGrade(s string) (string, bool) {
	g := strings.ToUpper(homoglyphs.Replace(strings.TrimSpace(s)))
	return g, grades[g]
}

var opini = map[string]bool{"WTP": true, "WDP": true, "TMP": true, "TW": true}

// parseOpini reads an audit opinion (WTP, WDP, TMP, TW).
func parseOpini(s string) (string, bool) {
	o := strings.ToUpper(strings.TrimSpace(s))
	return o, opini[o]
}

// choiceKey folds an accepted-value cell: case-insensitive, and spaces,
// hyphens and underscores are interchangeable ("Sasaran Strategis").
func choiceKey(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '-' || r == '_' }), "_")
}

// parseBool reads identitas.sintetis.
func parseBool(s string) (bool, bool) {
	switch choiceKey(s) {
	case "true", "ya", "1":
		return true, true
	case "false", "tidak", "0", "":
		return false, true
	}
	return false, false
}
