package pdftext

import (
	"fmt"
	"strings"
	"testing"
)

// folioPages: n pages of a sheet 600 high whose printed page sits in the
// middle (text from 150 to 420), each page's last line at 430 given by
// foot(i) ("" for none), the first at 140 by head(i).
func folioPages(n int, head, foot func(i int) string) []pageLines {
	pages := make([]pageLines, n)
	for i := range pages {
		var ls []outLine
		if h := head(i); h != "" {
			ls = append(ls, outLine{text: h, top: 140})
		}
		ls = append(ls, outLine{text: fmt.Sprintf("realisasi: \"%d,00\"", 50+i), top: 300},
			outLine{text: "capaian lanjut", top: 410})
		if f := foot(i); f != "" {
			ls = append(ls, outLine{text: f, top: 430})
		}
		pages[i] = pageLines{h: 600, lines: ls}
	}
	return pages
}

func folioTexts(pages []pageLines) string {
	var out []string
	for _, p := range pages {
		var ls []string
		for _, l := range p.lines {
			ls = append(ls, l.text)
		}
		out = append(out, strings.Join(ls, "|"))
	}
	return strings.Join(out, " / ")
}

func none(int) string { return "" }

// TestDropFolios: a page number at the foot (or head) of a page drawn in
// the middle of its sheet, in step with its neighbours', goes; a lone
// figure out of step, or on too few pages, or in a table, stays.
func TestDropFolios(t *testing.T) {
	tests := []struct {
		name       string
		n          int
		head, foot func(i int) string
		gone, kept []string
	}{
		{"numbers from the cover on, at the foot", 5, none,
			func(i int) string { return fmt.Sprint(i + 1) }, []string{"|1 ", "|3 ", "|5"}, nil},
		{"numbers from page iii's end, dashed, some pages without", 7, none,
			func(i int) string {
				if i < 2 || i == 4 {
					return ""
				}
				return fmt.Sprintf("- %d -", i-1)
			}, []string{"- 1 -", "- 2 -", "- 5 -"}, nil},
		{"numbers at the head in brackets", 4,
			func(i int) string { return fmt.Sprintf("(%d)", i+10) }, none, []string{"(10)", "(13)"}, nil},
		// look-alikes
		{"a lone figure ending each page, out of step", 5, none,
			func(i int) string { return []string{"12", "7", "30", "7", "15"}[i] }, nil, []string{"|12 ", "|30 ", "|15"}},
		{"in step on two pages only", 5, none,
			func(i int) string { return []string{"", "2", "3", "", ""}[i] }, nil, []string{"|2 ", "|3 "}},
		{"a year and a code are no page numbers", 4, none,
			func(i int) string { return []string{"2021", "2022", "2023", "2024"}[i] }, nil, []string{"2021", "2024"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			pages := folioPages(tc.n, tc.head, tc.foot)
			dropFolios(pages)
			got := folioTexts(pages) + " "
			for _, g := range tc.gone {
				if strings.Contains(got, g) {
					t.Errorf("%q still in %q", g, got)
				}
			}
			for _, k := range tc.kept {
				if !strings.Contains(got, k) {
					t.Errorf("%q dropped from %q", k, got)
				}
			}
			if !strings.Contains(got, "realisasi: \"50,00\"") || !strings.Contains(got, "capaian lanjut") {
				t.Errorf("body lost: %q", got)
			}
		})
	}
}

// TestDropFoliosTable: a number alone in a table row or beside another
// line on its row is never a page number.
func TestDropFoliosTable(t *testing.T) {
	pages := folioPages(4, none, none)
	for i := range pages {
		pages[i].lines = append(pages[i].lines, outLine{text: fmt.Sprint(i + 1), top: 430, table: 1})
	}
	pages[3].lines = append(pages[3].lines, outLine{text: "Jumlah", top: 430})
	dropFolios(pages)
	n := 0
	for _, p := range pages {
		n += len(p.lines)
	}
	if got := folioTexts(pages); n != 4*3+1 {
		t.Errorf("a table cell was dropped: %q", got)
	}
}
