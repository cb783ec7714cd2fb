package parse

import (
	"regexp"
	"strings"
)

// A page printed from a spreadsheet or a report tool carries its footer
// right under the last row, no blank line between: the sheet's name and
// the page ("Capaian IKU  -  Halaman 1", "Realisasi 2024 - Page 2"). As
// -layout text its parts are parted by spaces like cells, so it reads as
// one more row and the table it closes cannot be proven. A line whose
// last part names a page and nothing after it is the page's, never a row:
// it ends the table block (the TAB text has it as a plain line already).

// reSheetPageFoot: the page a footer names, as its last part ("Halaman 1",
// "Hal. 3 dari 9", "Page 2 of 4", "- 5 -" is left to the blank-line cut).
var reSheetPageFoot = regexp.MustCompile(`(?i)(?:^|\s)(?:halaman|hal\.?|page)\s*:?\s*\d{1,4}(?:\s*(?:dari|of|/)\s*\d{1,4})?$`)

// pageFootLine: the padded parts s of a line are a page footer: three
// parts at most, the last naming the page, none of them a value cell
// besides the page number.
func pageFootLine(s []aseg) bool {
	if len(s) == 0 || len(s) > 3 {
		return false
	}
	last := s[len(s)-1].text
	if !strings.ContainsAny(last, "0123456789") || !pageWordNear(last) || !reSheetPageFoot.MatchString(last) {
		return false
	}
	for _, c := range s[:len(s)-1] {
		// a dash between name and page is the footer's separator
		if t := strings.Trim(c.text, "-–—|·• "); t != "" && valueSeg(t) {
			return false // a figure beside it: a row whose last cell happens to read so
		}
	}
	return true
}

// pageWordNear: a cheap look for the letters of a page word before the
// pattern runs.
func pageWordNear(t string) bool {
	for i := 0; i < len(t); i++ {
		switch t[i] | 0x20 {
		case 'h', 'p':
			return true
		}
	}
	return false
}
