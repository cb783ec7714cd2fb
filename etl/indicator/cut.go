package indicator

import (
	"strings"

	"github.com/kpu-ntt/lkj/etl/normalize"
)

// Complete returns the catalogue name of the one indicator whose name (its
// text or an alias) begins with prefix, compared folded (normalize.Key). A
// grid printout cuts a long name at a fixed width, often inside a word, so
// the word matching of Match cannot prove which indicator it was; a plain
// beginning can, when it is one indicator's only. The name returned is the
// indicator's own text when that begins so, else the first alias that does.
// When several indicators begin so, the one of the row's level (tingkat,
// sasaran_strategis / sasaran_kegiatan / ...) is taken if it is the only one
// of that level: the level is part of the row's key, so an indicator of
// another level cannot be that row's. ok is false when no indicator, or
// more than one of the level, begins so.
func Complete(prefix, tingkat string) (id, name string, ok bool) {
	c, err := load()
	if err != nil || c == nil {
		return "", "", false
	}
	p := normalize.Key(prefix)
	if p == "" {
		return "", "", false
	}
	n, nLevel, lid, lname := 0, 0, "", ""
	for _, eid := range c.order {
		e := c.entries[eid]
		got := ""
		if strings.HasPrefix(normalize.Key(e.Teks), p) {
			got = e.Teks
		} else {
			for _, a := range e.Alias {
				if strings.HasPrefix(normalize.Key(a), p) {
					got = a
					break
				}
			}
		}
		if got == "" {
			continue
		}
		n++
		if e.Tingkat == tingkat {
			nLevel++
			lid, lname = eid, got
		}
		id, name = eid, got
	}
	switch {
	case n == 1:
		return id, name, true
	case n > 1 && nLevel == 1 && tingkat != "":
		return lid, lname, true
	}
	return "", "", false // none, or two of one level: the cut hides which
}
