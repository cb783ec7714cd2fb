package parse

import (
	"strings"

	"github.com/kpu-ntt/lkj/etl/extract"
)

// A components table may list each component's sub-components from the
// evaluation sheet under it, as rows of names only, the figures standing on
// the component's own row:
//
//	No  Komponen / Sub Komponen                      Bobot  Nilai
//	1   Perencanaan Kinerja                          30,00  21,25
//	    a. Keberadaan dokumen perencanaan kinerja
//	    b. Kualitas dokumen perencanaan kinerja
//	2   Pengukuran Kinerja                           30,00  18,90
//
// Rows without figures are read as the wrapped lines of the row above, so
// the component's name came with its sub-components' words ("… c.
// Pemanfaatan hasil evaluasi …"), which can hide the component or name
// another. The head line alone names the component when every line joined
// under it is a list item of its own (rows with figures of their own stay
// rows, and the table's sum check judges them). A PDF's converter
// may have joined the lines into the one cell already ("Perencanaan Kinerja
// a. Keberadaan … b. Kualitas …"): the items then stand in the cell, lettered
// in order from a.

// subItemHead is the component a row's head line names when the row's
// other lines, in the name cell, are all list items ("a. …", "2) …", "-
// …"); "" otherwise.
func subItemHead(r *extract.Row, name string) string {
	lines := r.Lines()
	if len(lines) < 2 {
		return komponenOf(inlineItemsHead(name))
	}
	col := -1
	for j, c := range r.Cells {
		if c == name {
			col = j
			break
		}
	}
	frags := r.Fragments(col)
	if col < 0 || len(frags) < 2 || col >= len(lines[0]) || lines[0][col] != frags[0] {
		return "" // the head line holds no name of its own
	}
	for _, f := range frags[1:] {
		if _, rest, ok := listMarker(f); !ok || !hasLetter(rest) {
			return ""
		}
	}
	return komponenOf(frags[0])
}

// inlineItemsHead is the text before a run of at least two list items
// lettered in order from a ("… a. x b. y c. z"), each with words; "" when
// the text holds no such run.
func inlineItemsHead(s string) string {
	at := strings.Index(s, " a. ")
	if at < 0 {
		at = strings.Index(s, " a) ")
	}
	if at <= 0 {
		return ""
	}
	sep := s[at+2]
	rest := s[at+1:]
	for n := byte('a'); ; n++ {
		// rest opens with the marker of item n
		body := rest[3:]
		next := strings.Index(body, " "+string(n+1)+string(sep)+" ")
		item := body
		if next >= 0 {
			item = body[:next]
		}
		if !hasLetter(item) {
			return ""
		}
		if next < 0 {
			if n == 'a' {
				return "" // one item: nothing shows the words are items
			}
			return strings.TrimRight(s[:at], " ")
		}
		rest = body[next+1:]
	}
}
