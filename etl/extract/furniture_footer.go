package extract

import (
	"regexp"
	"strings"
)

// A page's running footer names the report ("Laporan Kinerja KPU Kabupaten
// Sikka 2023 | 17", "LKj KPU Kab. TTS TA. 2023 - 24") and the page. Glued
// under a table's last row, with the page number pushed into a column by
// TABs ("\tLKj KPU Kabupaten Ende 2021\t\t\t27"), it read as one more row:
// a region or an indicator named after the report, its figure the page
// number. Such a line, the table's last or the last before a page break,
// is page furniture and goes to the block's notes.

// reReportFooter: the report's own name, then its office, as a footer
// writes them (a page number may come first).
var reReportFooter = regexp.MustCompile(`(?i)^(?:(?:hal(?:aman|\.)?\s*)?\d{1,3}\s*[|\-–]?\s*)?(?:laporan\s+kinerja|lkj(?:ip)?|lakip|laporan\s+akuntabilitas(?:\s+kinerja)?)\b.*\b(?:kpu|komisi\s+pemilihan\s+umum|sekretariat)\b`)

// reFooterPage is a page number written after the footer's text.
var reFooterPage = regexp.MustCompile(`(?i)\s(?:[|\-–·•]\s*|hal(?:aman|\.)?\s*)\d{1,3}\s*-?\s*$`)

// reLeadPage is a page number written before the footer's text.
var reLeadPage = regexp.MustCompile(`(?i)^(?:hal(?:aman|\.)?\s*\d{1,3}\b|\d{1,3}\s*[|\-–·•])`)

// reFigure is a figure with a thousands group or decimals: no footer has one.
var reFigure = regexp.MustCompile(`\d[.,]\d`)

// reportFooterLine: the cells of l are a running footer: text naming the
// report and its office, and at most a page number beside it.
func reportFooterLine(cells []string) bool {
	var buf [2]string // a footer's text is one or two cells: kept off the heap (issue 13)
	text := buf[:0]
	pages := 0
	for _, c := range cells {
		c = strings.TrimSpace(c)
		switch {
		case c == "":
		case len(strings.Trim(c, "- ")) <= 3 && isPageNumber(strings.Trim(c, "- ")):
			pages++ // never four digits: a year beside the report's name is no page
		default:
			if len(text) == len(buf) {
				return false // a third text cell: no footer (the test below, decided early)
			}
			text = append(text, c)
		}
	}
	if len(text) == 0 || pages > 1 {
		return false
	}
	t := strings.Join(text, " ")
	return len(t) <= 120 && !reFigure.MatchString(t) && reReportFooter.MatchString(t) &&
		(pages == 1 || reFooterPage.MatchString(t) || reLeadPage.MatchString(t))
}

// dropReportFooters moves a running footer that ends the table or comes
// right before a page break inside it to the block's notes.
func (b *Block) dropReportFooters(lines []rawLine) []rawLine {
	kept := lines[:0]
	for i, l := range lines {
		if (i == len(lines)-1 || lines[i+1].gap) && i > 0 && reportFooterLine(l.cells) {
			b.Notes = append(b.Notes, Note{Line: l.n, Why: "halaman", Text: strings.Join(l.cells, " ")})
			continue
		}
		kept = append(kept, l)
	}
	return kept
}
