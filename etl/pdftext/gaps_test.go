package pdftext

import (
	"strings"
	"testing"
)

// TestWithGaps: a gap wider than the line pitch becomes a blank line,
// except between two table rows (a tall wrapped row is no paragraph).
func TestWithGaps(t *testing.T) {
	l := func(text string, top float64) outLine { return outLine{text: text, top: top} }
	tests := []struct {
		name string
		in   []outLine
		want string
	}{
		{"paragraphs", []outLine{l("a", 10), l("b", 20), l("c", 30), l("d", 50), l("e", 60), l("f", 70)}, "a|b|c||d|e|f"},
		{"tall row stays", []outLine{l("h\t1", 10), l("x\t2", 20), l("y\t3", 60), l("z", 70), l("w", 80)}, "h\t1|x\t2|y\t3|z|w"},
		{"prose to table", []outLine{l("a", 10), l("b", 20), l("c", 30), l("x\t1", 50), l("y\t2", 60)}, "a|b|c||x\t1|y\t2"},
		{"too few lines", []outLine{l("a", 10), l("b", 90)}, "a|b"},
	}
	for _, tc := range tests {
		var got []string
		for _, o := range withGaps(tc.in) {
			got = append(got, o.text)
		}
		if g := strings.Join(got, "|"); g != tc.want {
			t.Errorf("%s: %q, want %q", tc.name, g, tc.want)
		}
	}
}
