package parse

import "strings"

// The rows of a budget table whose groups come after their members
// (anggaran_subtotal_after.go): what a row is (a member, a subtotal, the
// grand total) and its figures.

// staClosed: a row is a grand total's (a total's label, or a subtotal
// mark and no code).
func staClosed(cells []string) bool {
	star, code := false, false
	for _, c := range cells {
		if g, _ := staLabel(c); g {
			return true
		}
		star = star || c != "" && strings.Trim(c, "*") == ""
		code = code || isCode(c)
	}
	return star && !code
}

// staRows classifies the body's rows; false when a row is none of a
// member, a subtotal and the grand total, or no subtotal names its group.
func staRows(raw [][]string, at []int, roles, cols, figRoles []int) ([]*staRow, bool) {
	if len(raw) < 4 {
		return nil, false
	}
	conv := [2][2]byte{{',', '.'}, {'.', ','}}
	var rows []*staRow
	for _, cv := range conv {
		rows = rows[:0]
		ok := true
		for i, cells := range raw {
			r, good := staRowOf(cells, roles, cols, cv[0], cv[1])
			if !good {
				ok = false
				break
			}
			r.line = at[i]
			rows = append(rows, r)
		}
		if ok {
			break
		}
		rows = nil
	}
	if rows == nil {
		return nil, false
	}
	subs := 0
	for i, r := range rows {
		if r.grand && i != len(rows)-1 {
			return nil, false
		}
		if r.level > 0 && !r.grand && r.code != "" {
			subs++
		}
	}
	if subs == 0 || !rows[len(rows)-1].grand {
		return nil, false
	}
	return rows, true
}

// staRowOf reads one body row with the decimal and grouping marks given.
func staRowOf(cells []string, roles, cols []int, dec, grp byte) (*staRow, bool) {
	r := &staRow{}
	isFig := map[int]bool{}
	for _, c := range cols {
		isFig[c] = true
		v := strings.TrimSpace(strings.TrimSuffix(cells[c], "%"))
		v = strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(v, "Rp."), "Rp"))
		if v == "" {
			r.figs = append(r.figs, staNone)
			continue
		}
		x, ok := spoolValue(v, dec, grp)
		if !ok {
			return nil, false
		}
		r.figs = append(r.figs, x)
	}
	stars, label := 0, ""
	var texts []string
	for k, c := range cells {
		switch {
		case isFig[k] || c == "":
		case strings.Trim(c, "*") == "" && len(c) <= 4:
			stars = len(c)
		case roles[k] == roleKode && isCode(c) && r.code == "":
			r.code = c
		default:
			texts = append(texts, c)
		}
	}
	for _, t := range texts {
		if g, code := staLabel(t); g || code != "" {
			r.grand, label = g, code
			if code != "" && r.code == "" {
				r.code = code
			}
			continue
		}
		if c, d := budgetCode(t); c != "" {
			if r.code == "" {
				r.code = c
			}
			t = d // a group's code repeated on its members' rows is no name
		}
		if len(t) > len(r.name) {
			r.name = t // the longest text: the name, not a group column's label
		}
	}
	switch {
	case stars > 0 && r.code == "":
		r.grand = true
	case stars > 0:
		r.level = stars
	case label != "":
		r.level, r.label = 1, true
	}
	if r.grand {
		r.level = stars
	}
	if !r.grand && r.code == "" {
		return nil, false // a row naming nothing: a wrapped name, a page head
	}
	return r, true
}

// staLabel reads a total's label: the grand total's, or a subtotal's
// naming its group's code ("Total 076.01.WA", "076.01.WA Total",
// "Jumlah Program 076.01.CQ").
func staLabel(t string) (grand bool, code string) {
	l := strings.ToLower(strings.Join(strings.Fields(strings.TrimRight(t, ":")), " "))
	switch l {
	case "total", "jumlah", "grand total", "total keseluruhan", "jumlah keseluruhan", "jumlah total", "total jumlah",
		"jumlah seluruhnya", "total seluruhnya", "total satker", "jumlah satker", "total umum", "jumlah umum", "sum total":
		return true, ""
	}
	f := strings.Fields(t)
	if len(f) < 2 {
		return false, ""
	}
	word := func(w string) bool {
		switch strings.ToLower(strings.TrimRight(w, ":")) {
		case "total", "jumlah", "subtotal", "sub", "program", "kegiatan":
			return true
		}
		return false
	}
	if last := f[len(f)-1]; isCode(f[0]) && len(f) == 2 && word(last) {
		return false, f[0] // Excel's "076.01.WA Total"
	}
	k := 0
	for k < len(f)-1 && word(f[k]) {
		k++
	}
	if k > 0 && isCode(strings.TrimRight(f[k], ":")) {
		return false, strings.TrimRight(f[k], ":")
	}
	return false, ""
}
