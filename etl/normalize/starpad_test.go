package normalize

import "testing"

// TestStripStarPadding: only a run of two or more stars that starts a word
// (or follows a bare "Rp") and runs into a digit is fill.
func TestStripStarPadding(t *testing.T) {
	for in, want := range map[string]string{
		"***4.210":          "4.210",
		"Rp*****77.500":     "Rp77.500",
		"rp ***12":          "rp 12",
		"12\t***7.001":      "12\t7.001",
		"2.981.442.000*)":   "2.981.442.000*)",
		"*":                 "*",
		"***":               "***",
		"*5":                "*5",
		"a***5":             "a***5",
		"***) catatan":      "***) catatan",
		"Rupiah***5":        "Rupiah***5",
		"biaya xRp***9.000": "biaya xRp***9.000",
	} {
		if got := stripStarPadding(in); got != want {
			t.Errorf("%q: got %q, want %q", in, got, want)
		}
	}
}
