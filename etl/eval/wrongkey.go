package eval

import "strings"

// A row loaded under a wrong key (a wrong year, a row number fused into a
// kecamatan's name) is a wrong value, not a harmless miss plus an
// invention: the analyst who asks for the true key gets nothing, and the
// one who asks for the wrong key gets a number that belongs elsewhere.
// pairWrongKeys finds such rows among a family's missing and extra ones.
//
// An extra row and a missing row pair when both name the same satker and
//   - every compared column of the extra row equals the missing row's
//     truth, with at least one of them a value (not NULL), or
//   - their keys differ in exactly one part and, for that satker, they are
//     the only missing and the only extra row left (the only candidate).
//
// Pairs are taken in key order, the equal-measure ones first, each row at
// most once. A row without a satker never pairs: nothing ties it to one.
func pairWrongKeys(exp map[string]*expRow, found map[string]*foundRow, missing, extra []string) map[string]string {
	pairs := map[string]string{} // missing key → extra key
	used := map[string]bool{}
	satkerOf := func(v map[string]any) string { return str(v["satker_id"]) }
	for _, m := range missing {
		e := exp[m]
		sat := satkerOf(e.vals)
		if sat == "" || !hasValue(e) {
			continue
		}
		for _, x := range extra {
			f := found[x]
			if used[x] || satkerOf(f.vals) != sat || !rowEqual(e, f) {
				continue
			}
			pairs[m], used[x] = x, true
			break
		}
	}
	// the only candidate: one missing and one extra row left for a satker
	left := func(keys []string, paired func(string) bool, vals func(string) map[string]any) map[string][]string {
		out := map[string][]string{}
		for _, k := range keys {
			if !paired(k) {
				if sat := satkerOf(vals(k)); sat != "" {
					out[sat] = append(out[sat], k)
				}
			}
		}
		return out
	}
	ms := left(missing, func(k string) bool { _, ok := pairs[k]; return ok }, func(k string) map[string]any { return exp[k].vals })
	xs := left(extra, func(k string) bool { return used[k] }, func(k string) map[string]any { return found[k].vals })
	for sat, m := range ms {
		if x := xs[sat]; len(m) == 1 && len(x) == 1 && partsDiffer(m[0], x[0]) == 1 {
			pairs[m[0]] = x[0]
		}
	}
	return pairs
}

// hasValue: some compared column of the truth row holds a value, so an
// equal found row is evidence, not two empty rows alike.
func hasValue(e *expRow) bool {
	for _, c := range e.cols {
		if e.vals[c] != nil && e.vals[c] != "" {
			return true
		}
	}
	return false
}

// partsDiffer counts the key parts two keys of one family differ in (-1
// when they have different numbers of parts).
func partsDiffer(a, b string) int {
	pa, pb := strings.Split(a, "|"), strings.Split(b, "|")
	if len(pa) != len(pb) {
		return -1
	}
	n := 0
	for i := range pa {
		if pa[i] != pb[i] {
			n++
		}
	}
	return n
}
