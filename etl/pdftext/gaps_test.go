package pdftext

import (
	"strings"
	"testing"
)

// TestWithGaps: a gap wider than the line pitch becomes a blank line,
// except between two table rows (a tall wrapped row is no paragraph).
// Plain lines of one font size are measured against that size's own pitch
// in the document.
func TestWithGaps(t *testing.T) {
	l := func(text string, top float64) outLine { return outLine{text: text, top: top} }
	// s is a plain line of font size 10
	s := func(text string, top float64) outLine { return outLine{text: text, top: top, size: 10} }
	// c is a caption in a larger font
	c := func(text string, top float64) outLine { return outLine{text: text, top: top, size: 11} }
	// n is a note in a smaller font
	n := func(text string, top float64) outLine { return outLine{text: text, top: top, size: 7} }
	tests := []struct {
		name string
		in   []outLine
		want string
	}{
		{"paragraphs", []outLine{l("a", 10), l("b", 20), l("c", 30), l("d", 50), l("e", 60), l("f", 70)}, "a|b|c||d|e|f"},
		{"tall row stays", []outLine{l("h\t1", 10), l("x\t2", 20), l("y\t3", 60), l("z", 70), l("w", 80)}, "h\t1|x\t2|y\t3|z|w"},
		{"prose to table", []outLine{l("a", 10), l("b", 20), l("c", 30), l("x\t1", 50), l("y\t2", 60)}, "a|b|c||x\t1|y\t2"},
		{"too few lines", []outLine{l("a", 10), l("b", 90)}, "a|b"},
		// Word's 6 pt after a paragraph at 13.5 pt leading: 1.44 lines
		{"paragraph at own pitch", []outLine{s("a", 100), s("b", 113.5), s("c", 127), s("d", 146.5), s("e", 160), s("f", 173.5)}, "a|b|c||d|e|f"},
		// notes at 9 pt steps set the page's pitch below the prose's
		{"prose under small notes", []outLine{n("x", 10), n("y", 19), n("z", 28), s("a", 100), s("b", 113.5), s("c", 127), s("d", 140.5)}, "x|y|z||a|b|c|d"},
		{"smaller next line: page pitch", []outLine{s("a", 100), s("b", 113.5), s("c", 127), s("d", 140.5), n("e", 159)}, "a|b|c|d|e"},
		// a caption in a larger font under a paragraph ended by 6 pt
		{"larger next line: own pitch", []outLine{s("a", 100), s("b", 113.5), s("c", 127), s("d", 140.5), c("Tabel 3.5", 160), s("x", 181)}, "a|b|c|d||Tabel 3.5||x"},
		// a row joined from two visual lines steps from its second
		{"joined line", []outLine{s("a", 100), s("b", 113.5), {text: "j", top: 127, size: 10, end: 140.5}, s("d", 154), s("e", 167.5)}, "a|b|j|d|e"},
		// a heading style's 4 pt before a larger line is no break
		{"larger next line, heading space", []outLine{s("a", 100), s("b", 113.5), s("c", 127), s("d", 140.5), c("TPS", 158), s("x", 171)}, "a|b|c|d|TPS|x"},
	}
	for _, tc := range tests {
		var got []string
		for _, o := range withGaps(tc.in, docPitches([]pageLines{{lines: tc.in}})) {
			got = append(got, o.text)
		}
		if g := strings.Join(got, "|"); g != tc.want {
			t.Errorf("%s: %q, want %q", tc.name, g, tc.want)
		}
	}
}
