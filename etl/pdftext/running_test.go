package pdftext

import (
	"fmt"
	"strings"
	"testing"
)

// TestDropRunning: a footer repeated on most pages goes whatever the
// length of its page number; a line in the body, or in the zone on too few
// pages, stays.
func TestDropRunning(t *testing.T) {
	tests := []struct {
		name   string
		pages  int
		footer func(page int) string // at the bottom of every page
		want   string                // the kept lines of the last page
	}{
		{"page numbers 1 to 12", 12, func(p int) string { return fmt.Sprintf("- %d -", p) }, "Isi halaman 12"},
		{"header with a year", 3, func(p int) string { return fmt.Sprintf("LKj KPU Tahun 2024 | %d", p) }, "Isi halaman 3"},
		{"one page only", 1, func(p int) string { return "- 1 -" }, "Isi halaman 1|- 1 -"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			pages := make([]pageLines, tc.pages)
			for i := range pages {
				pages[i] = pageLines{h: 800, lines: []outLine{
					{text: fmt.Sprintf("Isi halaman %d", i+1), top: 400},
					{text: tc.footer(i + 1), top: 780},
				}}
			}
			dropRunning(pages)
			var got []string
			for _, l := range pages[len(pages)-1].lines {
				got = append(got, l.text)
			}
			if g := strings.Join(got, "|"); g != tc.want {
				t.Errorf("got %q, want %q", g, tc.want)
			}
		})
	}
}
