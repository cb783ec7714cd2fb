package parse

import (
	"slices"
	"strings"
	"testing"
)

// TestFieldAt: walking fieldAt lists strings.Fields, for every kind of
// space and for invalid UTF-8.
func TestFieldAt(t *testing.T) {
	for _, s := range append(fieldInputs(), "a\xffb \xff", "\xe2\x80", "Nilai (Rp)\u3000Ribu") {
		var got []string
		for w, i := fieldAt(s, 0); w != ""; w, i = fieldAt(s, i) {
			got = append(got, w)
		}
		if want := strings.Fields(s); !slices.Equal(got, want) {
			t.Fatalf("fieldAt over %q = %q, want %q", s, got, want)
		}
	}
}

// TestLongColsFields: the long layout's column tests walk the fields as
// they did with strings.Fields' slice.
func TestLongColsFields(t *testing.T) {
	oldValue := func(k string) bool {
		w := strings.Fields(k)
		if len(w) == 0 {
			return false
		}
		if longValueCols[k] {
			return true
		}
		if !longValueCols[w[0]] {
			return false
		}
		for _, u := range w[1:] {
			switch u {
			case "rp", "rupiah", "idr", "ribu", "ribuan", "juta", "jutaan", "miliar", "dalam", "persen", "orang", "jiwa", "pemilih", "000", "x", "1":
			default:
				return false
			}
		}
		return true
	}
	oldYear := func(k string) string {
		y := ""
		for _, w := range strings.Fields(k) {
			switch {
			case len(w) == 4 && (strings.HasPrefix(w, "19") || strings.HasPrefix(w, "20")) && y == "" && allDigits(w):
				y = w
			case w == "tahun" || w == "ta" || w == "nilai" || w == "value" || w == "angka" || w == "jumlah" || w == "year":
			default:
				return ""
			}
		}
		return y
	}
	values, years := 0, 0
	ins := append(fieldInputs(), "nilai rp ribu", "nilai  (rp)", "jumlah", "tahun 2023", "nilai 2023 2024", "value idr 000")
	for _, s := range ins {
		if got := longValueCol(s); got != oldValue(s) {
			t.Fatalf("longValueCol(%q) = %v", s, got)
		} else if got {
			values++
		}
		if got := longYearCol(s); got != oldYear(s) {
			t.Fatalf("longYearCol(%q) = %q, want %q", s, got, oldYear(s))
		} else if got != "" {
			years++
		}
	}
	if values == 0 || years == 0 {
		t.Fatalf("%d value and %d year columns: the test tests too little", values, years)
	}
}
