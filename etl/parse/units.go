package parse

import "strings"

// moneyUnit is the unit a budget table states its amounts in, from its
// caption or header: "(dalam ribuan rupiah)", "(Rp 000)", "Pagu (Rp juta)",
// "dalam miliar rupiah". It returns the word Money multiplies by ("ribu",
// "juta", "miliar") or "" for whole rupiah. k is a folded text with a
// space at both ends.
func moneyUnit(k string) string {
	switch {
	case has(k, "ribuan rupiah", "dalam ribuan", "ribu rupiah", "rp 000", "rp ribu", "dalam ribu", "ribuan rp", "000 rupiah", "x rp 1 000", "rp 1 000"):
		return "ribu"
	case has(k, "jutaan rupiah", "juta rupiah", "dalam juta", "dalam jutaan", "rp juta", "jutaan rp", "juta rp"):
		return "juta"
	case has(k, "miliar rupiah", "milyar rupiah", "dalam miliar", "dalam milyar", "rp miliar", "rp milyar"):
		return "miliar"
	}
	return ""
}

// scaled is an amount cell with the table's unit word appended, for
// normalize.Money to multiply; a cell that names its own unit or is not a
// number stays as written.
func scaled(cell, unit string) string {
	if unit == "" || cell == "" || !hasDigitStr(cell) {
		return cell
	}
	low := strings.ToLower(cell)
	if strings.Contains(low, "ribu") || strings.Contains(low, "juta") || strings.Contains(low, "miliar") || strings.Contains(low, "milyar") {
		return cell
	}
	return strings.TrimSpace(strings.TrimSuffix(strings.TrimSuffix(strings.TrimSpace(cell), ",-"), ",--")) + " " + unit
}
