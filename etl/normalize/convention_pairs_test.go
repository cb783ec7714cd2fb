package normalize

import "testing"

// TestConventionTallyPairs: a column holding two figures run together
// ("13 70": the second shorter than a thousands group) parts its figures
// by spaces, so it is not read as thousands grouped by spaces, and its
// "81 595" stays unread instead of becoming 81.595. Columns of true
// spaced thousands, or a lone two-group cell, keep the spaced reading.
func TestConventionTallyPairs(t *testing.T) {
	for _, tc := range []struct {
		name   string
		cells  []string
		spaced bool
	}{
		{"pairs beside a three-digit group", []string{"13 70", "7 62", "81 595"}, false},
		{"one pair is enough", []string{"4 193", "12 345", "5 6"}, false},
		{"spaced thousands", []string{"4 193", "12 345", "81 595"}, true},
		{"spaced thousands with a cut-off number", []string{"4 193 487 000", "98 656 69"}, true},
		{"a pair with a letter is no pair", []string{"81 595", "7 a"}, true},
	} {
		var ta ConventionTally
		for _, c := range tc.cells {
			ta.Add(c)
		}
		if got := ta.Convention() == Spaced; got != tc.spaced {
			t.Errorf("%s: spaced = %v, want %v", tc.name, got, tc.spaced)
		}
		if !tc.spaced {
			if n := ParseNumber("81 595", ta.Convention()); n.Status == OK {
				t.Errorf("%s: \"81 595\" read as %v in a column of pairs", tc.name, n.Value)
			}
		}
	}
}
