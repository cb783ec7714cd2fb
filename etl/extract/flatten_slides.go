package extract

import (
	"strings"

	"github.com/kpu-ntt/lkj/etl/normalize"
)

// Slide decks exported to text. Each slide is its number ("Slide 3",
// "Slide 3 / 12"), a title, one fact a bullet, and often the speaker's
// notes right under the last bullet ("Catatan pembicara: …"). The notes
// are no part of the bullet: read into it, they spoil the last row of the
// slide's list (its figures followed by the notes' own numbers). A notes
// line under a list item opens a paragraph of its own.

// slideNotes are the labels a notes line opens with, lower-case.
var slideNotes = []string{"catatan pembicara", "catatan penyaji", "catatan presenter", "speaker notes", "presenter notes", "notes:"}

// notesAfterItem: line t, right under a paragraph that opened with the
// list item first, is a slide's notes.
func notesAfterItem(first, t string) bool {
	if t == "" {
		return false
	}
	switch t[0] {
	case 'C', 'c', 'S', 's', 'P', 'p', 'N', 'n':
	default:
		return false
	}
	if !isListItem(first) && !slideBullet(first) {
		return false
	}
	for _, w := range slideNotes {
		if normalize.HasLowerPrefix(t, w) {
			return true
		}
	}
	return false
}

// slideBullet: t opens with a mark slides use for a bullet beyond those
// isListItem knows.
func slideBullet(t string) bool {
	for _, m := range [...]string{"▪", "◦", "–", "—", "►", "➢", "✓", "■", "○"} {
		if strings.HasPrefix(t, m) {
			return true
		}
	}
	return false
}
