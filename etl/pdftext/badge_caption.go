package pdftext

import (
	"regexp"
)

// badgeNumber is a table's number as a badge holds it: "3.1", "III.2",
// "4-2", "2.1a", "5" (a trailing dot or colon allowed).
var badgeNumber = regexp.MustCompile(`^([0-9]{1,2}|[IVX]{1,4})([.-][0-9]{1,2}){0,2}[a-z]?[.:]?$`)

// badgeCaption reports whether the block's first line is a table's
// caption led by its number on a badge (a filled box holding "3.3", the
// caption's words set beside it): the number is parted from the words
// by the badge's width, so the line is a seed and opened the borderless
// table under it, where its number and words fell into the rows'
// columns or ran over their rivers (the "No" column glued to the names,
// the codes and names to the pagu). It is such a caption when
//   - its first word is a table's number and the only wide gap of the
//     line is the one after it (the caption's words run on with single
//     spaces),
//   - it is set in a type at least a twentieth larger than the two lines
//     under it (a caption's type, not the rows'): a numbered row of the
//     table ("1   Persentase …") has the same shape in the rows' type,
//   - the lines under it part into three columns or more without it (a
//     table: a chapter's numbered heading "4.   PENUTUP" over paragraphs
//     numbered "4.1   …" in a hanging indent has two, and stays as the
//     rest of the block reads it).
//
// overTable reads the same for a line in a smaller type that closes the
// rows' rivers (a toolbar); a header row in the rows' type stays a row.
func badgeCaption(body []textLine) bool {
	if len(body) < 3 || len(body[0].words) < 2 {
		return false
	}
	l := &body[0]
	if l.size < 1.05*body[1].size || l.size < 1.05*body[2].size {
		return false
	}
	em := l.em()
	if l.words[1].gapBefore < 0.8*em {
		return false
	}
	for _, w := range l.words[2:] {
		if w.gapBefore >= 0.8*em {
			return false
		}
	}
	if !badgeNumber.MatchString(l.words[0].text) {
		return false
	}
	rest := body[1:]
	return len(mergeDisjoint(rest, rivers(rest))) >= 3
}
