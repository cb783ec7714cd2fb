package parse

import (
	"fmt"
	"strings"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// A budget table whose groups are written only after their members, as
// the subtotal that closes them:
//
//	|   |3355      |Pengelolaan Keuangan ...   |   645.642.000 |   625.892.961 | ...
//	|   |3360      |Operasional Perkantoran ...|   752.561.000 |   723.961.528 | ...
//	|*  |076.01.WA |Program Dukungan Manajemen | 2.168.979.000 | 2.100.545.601 | ...
//	|** |          |JUMLAH                     | 3.871.930.000 | 3.727.101.924 | ...
//
// An SAP ALV list marks its subtotals with '*' ('**' the level above), an
// Excel Data > Subtotal outline and a pivot table label them ("Total
// 076.01.WA", "076.01.CQ Total", "Jumlah 076.01.WA", "Grand Total"), an
// accountant lists the accounts, then the group's total. The ordinary
// budget reader wants the program row first: kegiatan read before any
// program have no parent, and the program row would become the parent of
// the next group's kegiatan. The pipe reader does not take an ALV list at
// all (its rules are dashes, no '|---|' row). This reader reads the rows,
// proves every group by addition (its members sum to its subtotal in pagu,
// realisasi and sisa, the groups to the grand total, sisa = pagu -
// realisasi on every row) and writes the table again, each group's row
// before its members. A table whose sums fail is blanked with
// anggaran.subtotal_setelah: a subtotal that is no sum is no fact, and
// its members' parents are unproven.

// staRow is one row of such a table.
type staRow struct {
	line  int
	level int  // 0 a member; k a subtotal closing level k-1 rows
	label bool // a subtotal by its label: its level is the rows it closes
	grand bool // the table's grand total
	code  string
	name  string
	figs  []int64 // hundredths, in the header's figure order; staNone when empty
	kids  []*staRow
}

const staNone = int64(-1) << 62

// subtotalAfter rewrites such tables in data; data itself when it holds none.
func subtotalAfter(doc *facts.Document, data []byte) []byte {
	if !docMay(doc, data, "ealisasi") && !docMay(doc, data, "EALISASI") ||
		!docHasAny(doc, data, "|*", "| *", "\t*", "Total 0", "TOTAL 0", "Jumlah 0", "JUMLAH 0", " Total\t", " TOTAL\t", "Subtotal", "SUBTOTAL", "Sub Total", "SUB TOTAL") {
		return data
	}
	lines := strings.Split(string(data), "\n")
	changed := false
	for i := 0; i+2 < len(lines); i++ {
		sep := staSep(lines[i])
		if sep == 0 {
			continue
		}
		roles := staHeader(staCells(lines[i], sep))
		if roles == nil {
			continue
		}
		if end, ok := staTable(doc, lines, i, sep, roles); ok {
			changed = true
			i = end
		}
	}
	if !changed {
		return data
	}
	return []byte(strings.Join(lines, "\n"))
}

// staSep: the cell separator of a table line, '|' for a line framed by
// pipes, TAB for a line of three cells or more; 0 for another line.
func staSep(l string) byte {
	t := strings.TrimSpace(l)
	switch {
	case strings.HasPrefix(t, "|") && strings.Count(t, "|") >= 5:
		return '|'
	case strings.Count(l, "\t") >= 3:
		return '\t'
	}
	return 0
}

// staCells splits a table line into its trimmed cells (a framed line's
// outer pipes dropped).
func staCells(l string, sep byte) []string {
	if sep == '|' {
		l = strings.TrimSpace(l)
		l = strings.TrimSuffix(strings.TrimPrefix(l, "|"), "|")
	}
	cells := strings.Split(l, string(sep))
	for k := range cells {
		cells[k] = strings.TrimSpace(cells[k])
	}
	return cells
}

// staRule: a rule line between rows (dashes, equals, pluses, pipes).
func staRule(l string) bool {
	t := strings.TrimSpace(l)
	return len(t) >= 5 && strings.Trim(t, "-=+|: \t") == "" && strings.Count(t, "-")+strings.Count(t, "=") >= 5
}

// staHeader: the roles of a header row with one pagu and one realisasi
// column, at most one sisa and one percent, a code or name column; nil
// for another row.
func staHeader(cells []string) []int {
	if len(cells) < 4 || len(cells) > 12 {
		return nil
	}
	roles := make([]int, len(cells))
	n := map[int]int{}
	for k, c := range cells {
		roles[k] = anggaranRoleOf(c)
		n[roles[k]]++
	}
	if n[rolePagu] != 1 || n[roleRealisasi] != 1 || n[roleSisa] > 1 || n[rolePersen] > 1 || n[roleTahun] > 0 {
		return nil
	}
	if n[roleKode]+n[roleUraian] == 0 && (cells[0] == "" || !isLetterByte(cells[0][0])) {
		return nil // no code or name column, nor a pivot's "Label Baris" first
	}
	return roles
}

// staFigRoles: the figure roles in the header's order.
func staFigRoles(roles []int) (cols, figs []int) {
	for k, r := range roles {
		if r == rolePagu || r == roleRealisasi || r == roleSisa || r == rolePersen {
			cols, figs = append(cols, k), append(figs, r)
		}
	}
	return cols, figs
}

// staTable reads the table whose header is lines[h]; the last line it
// covers and whether it rewrote it.
func staTable(doc *facts.Document, lines []string, h int, sep byte, roles []int) (int, bool) {
	cols, figRoles := staFigRoles(roles)
	var raw [][]string
	var at []int
	end := h
	for k := h + 1; k < len(lines) && k <= h+300; k++ {
		switch {
		case staRule(lines[k]):
			end = k
			continue
		case staSep(lines[k]) != sep:
			// a page break: the page's foot and the next one's head, then
			// the header again
			j := k
			if len(raw) > 0 && staClosed(raw[len(raw)-1]) {
				j = len(lines) // the grand total read: the next table is another's
			}
			for j < len(lines) && j < k+8 && strings.TrimSpace(lines[j]) != strings.TrimSpace(lines[h]) {
				j++
			}
			if j == len(lines) || j == k+8 {
				j = len(lines)
			}
			k = j
			continue
		}
		cells := staCells(lines[k], sep)
		if len(cells) > len(roles) {
			return h, false
		}
		for len(cells) < len(roles) {
			cells = append(cells, "")
		}
		raw, at, end = append(raw, cells), append(at, k), k
	}
	rows, ok := staRows(raw, at, roles, cols, figRoles)
	if !ok {
		return h, false
	}
	top, why, sums := staProve(rows, figRoles)
	if top == nil && !sums {
		return h, false // not nested as this class nests: another reader's
	}
	from, to := h, end+1
	if from > 0 && staRule(lines[from-1]) {
		from--
	}
	if top == nil {
		doc.Add(facts.Finding{Span: facts.Span{Start: h + 1, End: end + 1}, Aturan: "anggaran.subtotal_setelah", Tingkat: facts.Warning,
			Pesan: "tabel anggaran dengan subtotal sesudah rinciannya: " + why + "; tidak dimuat"})
		for k := from; k < to; k++ {
			lines[k] = ""
		}
		return end, true
	}
	header := []string{"Kode", "Uraian"}
	for _, c := range cols {
		header = append(header, staCells(lines[h], sep)[c])
	}
	var out [][]string
	var walk func(r *staRow)
	walk = func(r *staRow) {
		row := []string{r.code, r.name}
		if r.grand {
			row = []string{"", "TOTAL"}
		}
		for f, v := range r.figs {
			row = append(row, staFormat(v, figRoles[f] == rolePersen))
		}
		out = append(out, row)
		for _, kid := range r.kids {
			walk(kid)
		}
	}
	walk(top)
	// the grand total last, as the ordinary reader expects it
	out = append(out[1:], out[0])
	if !exportPlace(lines, from, to, from, "", header, out) {
		return h, false
	}
	return to - 1, true
}

// staProve nests the rows (a level-k subtotal takes the level k-1 rows
// since the last one) and proves every group by its members' sums; the
// grand total holding the tree, or why the table is unproven and whether
// that is its sums (false: the rows do not nest so).
func staProve(rows []*staRow, figRoles []int) (*staRow, string, bool) {
	pend := map[int][]*staRow{}
	for _, r := range rows {
		if err := staSisa(r, figRoles); err != "" {
			return nil, err, true
		}
		if r.level == 0 && !r.grand {
			pend[0] = append(pend[0], r)
			continue
		}
		lvl := r.level
		switch {
		case r.grand && lvl == 0:
			// a labelled grand total closes the highest open level
			for l := range pend {
				if len(pend[l]) > 0 && l+1 > lvl {
					lvl = l + 1
				}
			}
		case r.label:
			// "3357 Total" then "076.01.WA Total": an outline nested by
			// labels closes the lowest open level
			for l := 0; l < 8; l++ {
				if len(pend[l]) > 0 {
					lvl = l + 1
					break
				}
			}
		}
		for l := range pend {
			if l != lvl-1 && len(pend[l]) > 0 && l < lvl {
				return nil, "", false
			}
		}
		kids := pend[lvl-1]
		if len(kids) == 0 {
			return nil, "", false
		}
		for _, k := range kids {
			if k.code == r.code && !r.grand {
				return nil, "", false // the group's row came first too: a plain table's "Jumlah Program"
			}
		}
		for f, role := range figRoles {
			if role == rolePersen {
				continue
			}
			var s int64
			for _, k := range kids {
				if k.figs[f] == staNone || r.figs[f] == staNone {
					return nil, "", false
				}
				s += k.figs[f]
			}
			if s != r.figs[f] {
				return nil, fmt.Sprintf("%s %s bukan jumlah rinciannya (%s)", staRoleName(role), staName(r), staFormat(s, false)), true
			}
		}
		r.kids, pend[lvl-1] = kids, nil
		if r.grand {
			for l := range pend {
				if len(pend[l]) > 0 {
					return nil, "", false
				}
			}
			return r, "", true
		}
		pend[lvl] = append(pend[lvl], r)
	}
	return nil, "", false
}

// staSisa: a row's sisa is its pagu less its realisasi.
func staSisa(r *staRow, figRoles []int) string {
	p, re, s := staNone, staNone, staNone
	for f, role := range figRoles {
		switch role {
		case rolePagu:
			p = r.figs[f]
		case roleRealisasi:
			re = r.figs[f]
		case roleSisa:
			s = r.figs[f]
		}
	}
	if p != staNone && re != staNone && s != staNone && p-re != s {
		return "sisa " + staName(r) + " bukan pagu dikurangi realisasi"
	}
	return ""
}

func staName(r *staRow) string {
	if r.grand {
		return "jumlah seluruhnya"
	}
	return r.code
}

func staRoleName(role int) string {
	switch role {
	case rolePagu:
		return "pagu"
	case roleRealisasi:
		return "realisasi"
	}
	return "sisa"
}

// staFormat writes hundredths as the budget table reads them: dot
// thousands, a decimal comma when there are cents (always for a percent).
func staFormat(v int64, pct bool) string {
	if v == staNone {
		return ""
	}
	neg := v < 0
	if neg {
		v = -v
	}
	s := tapeFigure(v)
	if c := v % 100; c != 0 || pct {
		s += fmt.Sprintf(",%02d", c)
	}
	if neg {
		s = "-" + s
	}
	return s
}
