package parse

import (
	"strings"

	"github.com/kpu-ntt/lkj/etl/extract"
)

// The groups of a long table (long_format.go): which lines belong to one
// row of the wide table. Identifier cells repeated on every line, or left
// empty after the group's first line, keep the group; a new code or
// number opens the next one; a name may wrap over the group's lines.

// longGroups walks the lines of b's rows and collects the groups; bad
// says why the lines prove no wide table.
func longGroups(b *extract.Block, lay *longLayout) ([]*longGroup, string) {
	var out []*longGroup
	var cur *longGroup
	var pending []string // identifier text on a line without a measure: a wrap or a heading
	pendStart := 0
	bad := ""
	fail := func(why string) {
		if bad == "" {
			bad = why
		}
	}
	rows := lay.rows
	for ri := range rows {
		r := &rows[ri]
		if isFootnoteRow(r) {
			continue
		}
		for li, ln := range r.Lines() {
			at := r.Start + li
			if at > r.End {
				at = r.End
			}
			ids := make([]string, len(lay.ids))
			anyID := false
			for i, j := range lay.ids {
				ids[i] = strings.TrimSpace(cellOf(ln, j))
				anyID = anyID || ids[i] != ""
			}
			m, vs := strings.TrimSpace(cellOf(ln, lay.measure)), lay.lineValues(ln)
			v := strings.TrimSpace(strings.Join(vs, " "))
			switch {
			case m == "" && v == "":
				if anyID {
					if pending == nil {
						pending, pendStart = make([]string, len(ids)), at
					}
					for i, c := range ids {
						pending[i] = joinText(pending[i], c)
					}
				}
				continue
			case m == "" && cur == nil:
				fail("nilai tanpa nama ukuran")
				continue
			case m == "":
				cur.end = max(cur.end, at)
				cur.bad = joinText(cur.bad, "nilai "+v+" tanpa nama ukuran;")
				continue
			}
			label := longLabel(m, ids, cur, *lay)
			title := false
			if pending != nil && !anyID && (cur == nil || longTitle(cur, pending, label, *lay)) {
				// the group's identifiers on a line of their own above its measures
				ids, at, pending, title = pending, pendStart, nil, true
				label = longLabel(m, ids, cur, *lay)
			}
			opens, byKey := longOpens(cur, ids, label, *lay)
			if title {
				opens, byKey = true, longKeyed(ids, *lay)
			}
			if opens {
				if pending != nil && cur != nil && longWrapsAll(cur, pending, *lay) {
					cur.wrap(pending, *lay) // the name ran on below its measures
					pending = nil
				}
				if pending != nil {
					out = append(out, &longGroup{start: pendStart, end: pendStart, ids: pending, first: pending})
					pending = nil
				}
				first := append([]string(nil), ids...)
				cur = &longGroup{start: at, ids: ids, first: first, vals: map[string]string{}, byKey: byKey}
				out = append(out, cur)
			} else {
				if pending != nil {
					cur.wrap(pending, *lay)
					pending = nil
				}
				cur.wrap(ids, *lay) // the name wraps onto the group's next line
			}
			cur.end = max(cur.end, at)
			if lay.year >= 0 && ids[lay.year] != "" {
				cur.year = ids[lay.year]
			}
			if !cur.add(label, m, vs, *lay) {
				continue
			}
			if cur.extra == nil && len(lay.extra) > 0 {
				cur.extra = make([][]string, len(lay.extra))
			}
			for i, j := range lay.extra {
				if c := strings.TrimSpace(cellOf(ln, j)); c != "" && !(percentLabel(label) && roleOf(lay.names[j]) == roleSatuan) {
					// a capaian's "%" is no unit of the row's target and realisation
					cur.extra[i] = append(cur.extra[i], c)
				}
			}
		}
	}
	if pending != nil {
		out = append(out, &longGroup{start: pendStart, end: pendStart, ids: pending, first: pending})
	}
	return out, bad
}

// add records the line's values under label (or, a value column per
// year, under m and each year); false when the group has one already.
func (g *longGroup) add(label, m string, vs []string, lay longLayout) bool {
	if lay.values == nil {
		if _, dup := g.vals[label]; dup {
			g.bad = joinText(g.bad, "ukuran "+label+" dua kali;")
			return false
		}
		g.vals[label] = vs[0]
		g.order = append(g.order, label)
		return true
	}
	if _, dup := g.vals[m]; dup {
		g.bad = joinText(g.bad, "ukuran "+m+" dua kali;")
		return false
	}
	g.vals[m] = "" // the measure's line, for the checks above; its values are by year
	for i, v := range vs {
		if v != "" {
			l := m + " " + lay.years[i]
			g.vals[l] = v
			g.order = append(g.order, l)
		}
	}
	return true
}

// longLabel is the measure m of a line, with the line's year (or the
// group's last) when the Tahun column is folded into the header.
func longLabel(m string, ids []string, cur *longGroup, lay longLayout) string {
	if lay.year < 0 {
		return m
	}
	y := ids[lay.year]
	if y == "" && cur != nil {
		y = cur.year
	}
	return strings.TrimSpace(m + " " + y)
}

// longTitle: an identifier-only line above a line of measure label
// without identifiers names the next group, not the group above: it holds
// another code or number, or the group above already has the measure.
func longTitle(cur *longGroup, pending []string, label string, lay longLayout) bool {
	for i, c := range pending {
		if c != "" && lay.key[i] && i != lay.year && c != cur.first[i] {
			return true
		}
	}
	_, has := cur.vals[label]
	return has
}

// wrap joins the text cells of ids that the group does not hold yet to
// its identifiers: a name continued on a later line. Codes and numbers
// never wrap.
func (g *longGroup) wrap(ids []string, lay longLayout) {
	for i, c := range ids {
		if c != "" && !lay.key[i] && c != g.first[i] && c != g.ids[i] {
			g.ids[i] = joinText(g.ids[i], c)
		}
	}
}

// longOpens: a line with these identifier cells and this measure opens
// a new group. A code, number or year that differs from the group's
// opens one; text that differs opens one unless it continues the group's
// name: the group lacks the measure and is numbered (a new group would be
// too), or the text reads as a wrap.
func longOpens(cur *longGroup, ids []string, label string, lay longLayout) (opens, byKey bool) {
	if cur == nil {
		return true, longKeyed(ids, lay)
	}
	wrap := true
	for i, c := range ids {
		if c == "" || i == lay.year || c == cur.first[i] || c == cur.ids[i] {
			continue
		}
		if lay.key[i] {
			return true, true
		}
		wrap = wrap && wraps(cur.ids[i], c)
	}
	_, has := cur.vals[label]
	if cur.byKey && !has {
		return false, false // groups numbered or coded: text without its number continues the name
	}
	if has || !wrap {
		return !wrap || has && longDiffers(cur, ids, lay), false
	}
	return false, false
}

// longDiffers: a text cell of the line differs from the group's.
func longDiffers(cur *longGroup, ids []string, lay longLayout) bool {
	for i, c := range ids {
		if c != "" && i != lay.year && c != cur.first[i] && c != cur.ids[i] {
			return true
		}
	}
	return false
}

// wraps: next reads as the continuation of prev, not as a name of its
// own: it opens in lower case or with a bracket, or prev stops on a word
// or mark that cannot end a name.
func wraps(prev, next string) bool {
	if prev == "" || next == "" {
		return false
	}
	if r := next[0]; r >= 'a' && r <= 'z' || r == '(' {
		return true
	}
	return dangling(prev) || strings.HasSuffix(prev, "/") || strings.HasSuffix(prev, "-") || strings.HasSuffix(prev, ",")
}

// longWrapsAll: every filled cell of an identifier-only line continues
// the group's text, none is a code or number.
func longWrapsAll(cur *longGroup, ids []string, lay longLayout) bool {
	n := 0
	for i, c := range ids {
		if c == "" {
			continue
		}
		if lay.key[i] || !wraps(cur.ids[i], c) {
			return false
		}
		n++
	}
	return n > 0
}

// longKeyed: a key column of the line holds a value.
func longKeyed(ids []string, lay longLayout) bool {
	for i, c := range ids {
		if c != "" && lay.key[i] && i != lay.year {
			return true
		}
	}
	return false
}

func joinText(a, b string) string {
	switch {
	case a == "":
		return b
	case b == "":
		return a
	}
	return a + " " + b
}
