package pdftext

import (
	"strings"
	"unicode"
)

// dropContinuedTitles removes the title a slide deck (or a page) sets
// over a table it runs on to ("D. Data Pemilih (lanjutan)"): the page's
// first lines stand before a header row that repeats, cell for cell, the
// header of the table the page before ended with, and each of them says
// it continues. Without them the page break and the repeated header read
// as the same table going on; with a heading between, the rows after it
// read as a new table without a caption. A line that does not say it
// continues (a new caption over a table of the same columns) keeps the
// tables apart.
func dropContinuedTitles(pages []pageLines) {
	for i := 1; i < len(pages); i++ {
		head := endingHeader(pages[i-1].lines)
		if head == "" {
			continue
		}
		lines := pages[i].lines
		j := 0
		for j < len(lines) && !strings.Contains(lines[j].text, "\t") {
			if !saysContinued(lines[j].text) {
				break
			}
			j++
		}
		if j == 0 || j == len(lines) || lines[j].text != head {
			continue
		}
		pages[i].lines = lines[j:]
	}
}

// endingHeader is the first row of the run of table rows a page ends
// with, or "" when the page ends with something else.
func endingHeader(lines []outLine) string {
	n := len(lines)
	if n == 0 || !strings.Contains(lines[n-1].text, "\t") {
		return ""
	}
	k := n - 1
	for k > 0 && strings.Contains(lines[k-1].text, "\t") {
		k--
	}
	if k == n-1 {
		return "" // a lone row proves no header
	}
	return lines[k].text
}

// saysContinued reports a line holding a word that marks a continuation
// ("lanjutan", "lanj.", "sambungan", "continued"); "berkelanjutan" (the
// continuous voters' roll) is another word.
func saysContinued(s string) bool {
	if len(s) > 160 {
		return false // prose, not a title
	}
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) }) {
		switch w {
		case "lanjutan", "lanj", "sambungan", "continued":
			return true
		}
	}
	return false
}
