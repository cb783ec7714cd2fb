package validate

import "github.com/kpu-ntt/lkj/etl/normalize"

// boundArah: a target printed as a bound states the row's direction itself
// ("≤ 2,00", "maks. 2": at most, lower is better; "≥ 85": at least), and
// the printed sign outranks the catalogue, which only guesses from the
// indicator's name. A grade target has no direction to change.
func boundArah(target, arah string, known bool) (string, bool) {
	if arah == "predikat" {
		return arah, known
	}
	if a, _, ok := normalize.Bound(target, normalize.Unknown); ok {
		return a, true
	}
	return arah, known
}
