package pdftext

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// monoLine: a line of a monospaced face (advance adv, size sz) typed at
// column 0 = left: each word of the text at its column.
func monoLine(text string, left, adv, sz, top float64) textLine {
	l := textLine{top: top, bottom: top + sz, size: sz}
	col := 0
	for _, f := range strings.SplitAfter(text, " ") {
		w := strings.TrimRight(f, " ")
		if w != "" {
			x0 := left + float64(col)*adv
			l.words = append(l.words, word{text: w, x0: x0, x1: x0 + float64(utf8.RuneCountInString(w))*adv, top: top, size: sz})
		}
		col += utf8.RuneCountInString(f)
	}
	l.x0, l.x1 = l.words[0].x0, l.words[len(l.words)-1].x1
	return l
}

// TestMonoCarry: a shape typed in a monospaced face whose last lines fall
// on the next page keeps its columns there, past a running head; lines in
// another size, off the grid, or after a page whose run did not end it,
// are left to the other routes.
func TestMonoCarry(t *testing.T) {
	const left, adv, sz = 90.0, 4.2, 7.0
	// the page before: the grid run ends the page
	endRun := []outLine{
		{text: "      _____________", top: 600, size: sz, x0: left + 6*adv, x1: left + 19*adv, grid: true},
		{text: "     /  KAB. ALOR  \\", top: 610, size: sz, x0: left + 5*adv, x1: left + 20*adv, grid: true},
		{text: "     \\  L+P 98.765 /", top: 620, size: sz, x0: left + 5*adv, x1: left + 20*adv, grid: true},
	}
	rest := func() []textLine {
		return []textLine{
			monoLine("Halaman 9", 480, 3.9, 8, 20), // a running head, proportional
			monoLine("      \\           /", left, adv, sz, 60),
			monoLine("       \\_________/", left, adv, sz, 70),
			{top: 100, size: 10, words: []word{{text: "Keterangan:", x0: 90, x1: 140}}},
		}
	}
	tests := []struct {
		name  string
		prev  []outLine
		below bool // a prose line under the run on the page before
		next  func() []textLine
		want  []string
	}{
		{"the lower edge after a page break", endRun, false, rest,
			[]string{"      \\           /", "       \\_________/"}},
		{"prose under the run: nothing carried", endRun, true, rest, nil},
		{"the next page in another size", endRun, false, func() []textLine {
			r := rest()
			r[1] = monoLine("      \\           /", left, adv*8.5/7, 8.5, 60)
			r[2] = monoLine("       \\_________/", left, adv*8.5/7, 8.5, 72)
			return r
		}, nil},
		{"the next page's lines off the grid", endRun, false, func() []textLine {
			r := rest()
			r[1] = monoLine("      \\           /", left+adv/2, adv, sz, 60)
			r[2] = monoLine("       \\_________/", left+adv/2, adv, sz, 70)
			return r
		}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			cc := &carry{}
			var before []textLine
			if tc.below {
				before = append(before, textLine{top: 700, size: 10})
			}
			cc.monoEnd(before, tc.prev)
			cc.endPage()
			lines := tc.next()
			left, out := cc.monoTop(lines, 800)
			var got []string
			for _, o := range out {
				got = append(got, o.text)
			}
			if strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("got %q, want %q", got, tc.want)
			}
			if len(left)+len(out) != len(lines) {
				t.Errorf("lines lost: %d left + %d out of %d", len(left), len(out), len(lines))
			}
		})
	}
}
