package extract

import (
	"regexp"
)

// A page closed by a footer block of long lines: an electronically signed
// PDF repeats its signature notice on every page ("[QR] Dokumen ini telah
// ditandatangani secara elektronik …", a verification address, the
// document's code, "Halaman 6 dari 11"), and a table running over the page
// goes on under it without its header. isFurniture takes only short lines
// that close no sentence, so such a block ended the table and the rows
// after it had no header and no family. A block is page furniture inside a
// table when it is all the table's page break holds: it counts the pages
// ("Halaman 6 dari 11", "Page 6 of 11"), each of its lines that is no
// short furniture (long, or closing a sentence) either is that count's
// line or stands word for word elsewhere in the document
// (the notice repeated on every page), and the row after it goes on with
// the table as isFurniture requires (as wide; numbered, shaped or headed
// like it).

// rePageCount: a page numbered out of the document's pages.
var rePageCount = regexp.MustCompile(`(?i)\b(?:halaman|hal\.?|page)\s*\d{1,4}\s*(?:dari|of|/)\s*\d{1,4}\b`)

// reNotFooter: a long line that opens a source, a note or a caption is the
// table's own text, never the page's.
var reNotFooter = regexp.MustCompile(`(?i)^(?:sumber|keterangan|ket\.|catatan|\*)`)

// maxFooterLine: a footer block's line is a notice, not a paragraph.
const maxFooterLine = 300

// footerBlock: line i is one of the lines of a page's footer block between
// two rows of the same table.
func footerBlock(lines []line, i int) bool {
	if lines[i].tab || lines[i].blank {
		return false
	}
	from, to := i, i // the block's first and last line
	for from > 0 && i-from < pageBreakLines && !lines[from-1].tab {
		from--
	}
	for to+1 < len(lines) && to-i < pageBreakLines && !lines[to+1].tab {
		to++
	}
	if from == 0 || to+1 >= len(lines) || !lines[from-1].tab || !lines[to+1].tab {
		return false // no table row on one side within a page break
	}
	if !sameTableRow(lines[to+1].cells, lines[from-1].cells, lines[from:to+1]) {
		return false
	}
	counted := false
	for j := from; j <= to; j++ {
		t := lines[j].text
		if lines[j].blank || len(t) <= 80 && furnitureText(t) {
			counted = counted || !lines[j].blank && rePageCount.MatchString(t)
			continue
		}
		if len(t) > maxFooterLine || reNotFurniture.MatchString(t) || reNotFooter.MatchString(t) {
			return false
		}
		if rePageCount.MatchString(t) {
			counted = true
		}
	}
	if !counted {
		return false
	}
	for j := from; j <= to; j++ { // the lines no short furniture: the count's, or repeated
		t := lines[j].text
		if !lines[j].blank && !(len(t) <= 80 && furnitureText(t)) && !rePageCount.MatchString(t) && !standsElsewhere(lines, t, from, to) {
			return false
		}
	}
	return true
}

// standsElsewhere: text t is the text of a line outside from..to.
func standsElsewhere(lines []line, t string, from, to int) bool {
	for j := range lines {
		if (j < from || j > to) && len(lines[j].text) == len(t) && lines[j].text == t {
			return true
		}
	}
	return false
}
