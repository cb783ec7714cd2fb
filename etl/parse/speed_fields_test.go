package parse

import (
	"slices"
	"strconv"
	"strings"
	"testing"
)

// fieldInputs are made-up header and year cells, joined by every kind of
// space.
func fieldInputs() []string {
	words := []string{"", "2023", "2024", "1999", "20245", "Target", "realisasi", "jenis", "nilai", "ukuran", "kinerja",
		"uraian", "data", "TW", "ab", "abcde", "2o24", "ǅ", "indikator", "besaran", "kelamin", "item"}
	spaces := []string{" ", "  ", "\t", "\u00a0", "\u2003", "\u0085", "\n", "\v"}
	out := []string{"", " ", "\u00a0\u2003"}
	for i, a := range words {
		for j, b := range words {
			s := spaces[(i+j)%len(spaces)]
			out = append(out, a+s+b, s+a+s+b+s, a+s+b+s+words[(i*j)%len(words)], a+b)
		}
	}
	return out
}

// TestFirstFields: firstFields is strings.Fields cut at len(f)+1.
func TestFirstFields(t *testing.T) {
	for _, s := range fieldInputs() {
		all := strings.Fields(s)
		for k := 0; k <= 3; k++ {
			f := make([]string, k)
			n := firstFields(s, f)
			if want := min(len(all), k+1); n != want || !slices.Equal(f[:min(n, k)], all[:min(n, k)]) {
				t.Fatalf("firstFields(%q, %d) = %d %q, want %d %q", s, k, n, f, want, all)
			}
		}
	}
}

// TestYearCellAndMeasureColFields: yearCell and longMeasureCol answer as
// they did with strings.Fields.
func TestYearCellAndMeasureColFields(t *testing.T) {
	oldYear := func(c string) (int, string) {
		f := strings.Fields(c)
		if len(f) == 0 || len(f) > 2 {
			return 0, ""
		}
		y, rest := 0, ""
		for _, w := range f {
			if len(w) == 4 && (strings.HasPrefix(w, "19") || strings.HasPrefix(w, "20")) {
				if v, err := strconv.Atoi(w); err == nil && y == 0 {
					y = v
					continue
				}
			}
			rest = w
		}
		if y == 0 || len(rest) > 4 || rest != "" && !isLetters(rest) {
			return 0, ""
		}
		return y, strings.ToLower(rest)
	}
	oldMeasure := func(k string) bool {
		if longMeasureCols[k] {
			return true
		}
		w := strings.Fields(k)
		switch {
		case len(w) == 2 && w[0] == "jenis":
			return longMeasureCols[w[1]] || w[1] == "nilai" || w[1] == "besaran" || w[1] == "kelamin"
		case len(w) == 2 && w[1] != "" && longMeasureCols[w[0]] && w[0] != "uraian" && w[0] != "item":
			return w[1] == "kinerja" || w[1] == "nilai" || w[1] == "data"
		}
		return false
	}
	measures := 0
	for _, s := range fieldInputs() {
		y, r := yearCell(s)
		if oy, or := oldYear(s); y != oy || r != or {
			t.Fatalf("yearCell(%q) = %d %q, want %d %q", s, y, r, oy, or)
		}
		if got := longMeasureCol(s); got != oldMeasure(s) {
			t.Fatalf("longMeasureCol(%q) = %v", s, got)
		} else if got {
			measures++
		}
	}
	if measures == 0 {
		t.Fatal("no input names a measure column: the test tests nothing")
	}
}
