package parse

import (
	"strconv"
	"strings"

	"github.com/kpu-ntt/lkj/etl/extract"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// A voter-roll table may give each area's sexes as sub-rows rather than
// columns: a column ("Jenis Kelamin", or no header at all) holds `L`, `P`
// and `L+P` (`Laki-laki`, `Perempuan`, `Jumlah`) on the rows of one area,
// in any order, and a single DPT column holds each sub-row's count. The
// area's name, village and TPS counts sit on one of its sub-rows or on all
// of them. sexSubRows folds each area's sub-rows into one row with L, P and
// L+P columns, so dptRows reads it as any other table; L + P = L+P is then
// checked like a table's own columns (dpt.lp_tidak_sama_total).

// sexLabel is the role a sub-row label names: roleL, roleP, roleLP, or
// roleNone for anything else (a name, a number). Asked of the cells of
// every DPT table: folded on the stack, no allocation.
func sexLabel(c string) int {
	var buf [16]byte
	n := 0
	for i := 0; i < len(c); i++ {
		b := c[i]
		switch {
		case b == ' ' || b == '-' || b == '.':
			continue // "Laki-laki", "L + P", "Jml."
		case b >= 'A' && b <= 'Z':
			b += 'a' - 'A'
		case b >= 'a' && b <= 'z' || b == '+':
		default:
			return roleNone
		}
		if n == len(buf) {
			return roleNone
		}
		buf[n] = b
		n++
	}
	return sexLabels[string(buf[:n])]
}

var sexLabels = map[string]int{
	"l": roleL, "lk": roleL, "laki": roleL, "lakilaki": roleL, "pria": roleL, "male": roleL, "men": roleL,
	"p": roleP, "pr": roleP, "perempuan": roleP, "wanita": roleP, "female": roleP, "women": roleP,
	"l+p": roleLP, "lp": roleLP, "jumlah": roleLP, "jml": roleLP, "total": roleLP, "jumlahl+p": roleLP, "jmll+p": roleLP,
}

// sexColumn is the column of a DPT table that holds at least two `L` and
// two `P` labels, and whether it holds nothing else (a column of its own)
// or also the areas' names (the labels written under each name in the
// name column); -1 when none. A column of labels only comes first.
func sexColumn(b *extract.Block) (int, bool) {
	w := b.Width
	for _, r := range b.Rows {
		w = max(w, len(r.Cells))
	}
	mixed := -1
	for j := 0; j < w; j++ {
		nl, np, other := 0, 0, false
		for _, r := range b.Rows {
			c := r.Cell(j)
			if c == "" {
				continue
			}
			switch sexLabel(c) {
			case roleL:
				nl++
			case roleP:
				np++
			case roleLP:
			default:
				other = true
			}
		}
		switch {
		case nl < 2 || np < 2:
		case !other:
			return j, true
		case mixed < 0:
			mixed = j
		}
	}
	return mixed, false
}

// labelsUnderNames: in a name column that also holds the labels, a row
// with a DPT count is labelled and a named row without one heads the
// labelled rows under it (also "Jumlah", the total's name); a named row
// with a count of its own is no such table.
func labelsUnderNames(rows []extract.Row, nama, dpt int) bool {
	for _, r := range rows {
		if c := r.Cell(nama); c != "" && r.Cell(dpt) != "" && sexLabel(c) == roleNone {
			return false
		}
	}
	return true
}

// sexSubRows rebuilds a DPT table whose sexes are sub-rows (see above), or
// returns nil when it is not one: no sex column, or not exactly one count
// column (the DPT's) beside it, or a table that already has L or P columns.
// The areas whose L + P is not their total sub-row are returned too, their
// figures blanked in the rebuilt table (dpt.lp_tidak_sama_total).
func sexSubRows(b *extract.Block) (*extract.Block, []extract.Row) {
	if len(b.Header) == 0 || len(b.Rows) < 6 {
		return nil, nil
	}
	sx, own := sexColumn(b)
	if sx < 0 {
		return nil, nil
	}
	cols := columnTexts(b)
	for len(cols) <= sx {
		cols = append(cols, nil)
	}
	dpt, nama, voters, nvoters := -1, -1, -1, 0
	for j, cs := range cols {
		if j == sx && own || otherRollColumn(cs) {
			continue
		}
		if sexRowsVoterHeader(cs) {
			voters, nvoters = j, nvoters+1
		}
		for _, c := range cs {
			r := dptRole(c)
			if r == roleNone {
				continue
			}
			switch r {
			case roleL, roleP:
				return nil, nil // the sexes as columns already
			case roleLP:
				if dpt >= 0 {
					return nil, nil // two counts (two elections, two rolls): not folded
				}
				dpt = j
			case roleNama:
				nama = j
			}
			break
		}
	}
	if dpt < 0 && nvoters == 1 {
		dpt = voters // "Pemilih" beside "Jenis Kelamin": the one count of voters
	}
	if dpt < 0 || nama < 0 || !own && (sx != nama || !labelsUnderNames(b.Rows, nama, dpt)) {
		return nil, nil
	}
	// the rebuilt header: one row, the sex column dropped, the DPT column
	// become L | P | L+P
	var hdr []string
	for j, cs := range cols {
		switch {
		case j == sx && own:
		case j == dpt:
			hdr = append(hdr, "L", "P", "L+P")
		default:
			parts := make([]string, len(cs))
			for i, c := range cs {
				parts[len(cs)-1-i] = c // columnTexts lists the lowest header first
			}
			hdr = append(hdr, strings.Join(parts, " "))
		}
	}
	nb := *b
	nb.Header = []extract.Row{{Start: b.Header[0].Start, End: b.Header[len(b.Header)-1].End, Cells: hdr}}
	nb.Width = len(hdr)
	nb.Rows = make([]extract.Row, 0, len(b.Rows)/3+1)
	// group the sub-rows: a label already in the group, or another name,
	// opens the next area
	var grp []int // row indexes of the open group
	labels := map[int]int{}
	head := -1       // the named row over the group's labelled rows (labels under names)
	var folded []int // the rows of nb made of groups
	flush := func() {
		if len(grp) > 0 {
			folded = append(folded, len(nb.Rows))
			nb.Rows = append(nb.Rows, foldSexRows(b.Rows, grp, labels, cols, sx, dpt, own, head))
		}
		grp = grp[:0]
		clear(labels)
		head = -1
	}
	for i, r := range b.Rows {
		lab := sexLabel(r.Cell(sx))
		if !own && r.Cell(sx) != "" && r.Cell(dpt) == "" {
			flush()
			head = i
			grp = append(grp, i)
			continue
		}
		if lab == roleNone {
			flush()
			// a row without a label (a note, a running footer) keeps its
			// text; no count of it is read as any sex's
			cells := make([]string, 0, len(hdr))
			for j := range cols {
				switch c := r.Cell(j); {
				case j == sx && own:
				case j == dpt:
					cells = append(cells, "", "", "")
				case hasDigitStr(c):
					cells = append(cells, "")
				default:
					cells = append(cells, c)
				}
			}
			nb.Rows = append(nb.Rows, extract.Row{Start: r.Start, End: r.End, Cells: cells})
			continue
		}
		name := strings.TrimSpace(r.Cell(nama))
		if !own {
			name = "" // the name column holds the label
		}
		if len(grp) > 0 {
			_, seen := labels[lab]
			if first := groupName(b.Rows, grp, nama); seen || name != "" && first != "" && !strings.EqualFold(name, first) {
				flush()
			}
		}
		labels[lab] = i
		grp = append(grp, i)
	}
	flush()
	at := dpt // the L column of nb
	if own && sx < dpt {
		at--
	}
	conv := rowsConvention(b.Rows, dpt)
	odd := sexRowsOdd(nb.Rows, folded, at, conv, nama-boolInt(own && sx < nama)+2*boolInt(nama > dpt))
	if !sexRowsTotals(nb.Rows, folded, at, conv) {
		return nil, nil
	}
	return &nb, odd
}

// sexRowsTotals fills the L+P of areas that give no total sub-row, when
// the last area (the kabupaten's) has L and P that are the sums of the
// others': only then is each L + P proven a whole area's roll and not a
// part of it. False when some area lacks its total and nothing proves it
// (the table is then not read). at is the L column; P and L+P follow.
func sexRowsTotals(rows []extract.Row, folded []int, at int, conv normalize.Convention) bool {
	missing := false
	for _, i := range folded {
		missing = missing || rows[i].Cells[at+2] == ""
	}
	if !missing {
		return true
	}
	if len(folded) < 3 {
		return false
	}
	count := func(i, k int) (int64, bool) {
		n := normalize.ParseNumber(rows[i].Cells[at+k], conv)
		if n.Status != normalize.OK || n.Value < 0 || n.Value != float64(int64(n.Value)) {
			return 0, false
		}
		return int64(n.Value), true
	}
	var sum [2]int64
	for g, i := range folded {
		for k := range sum {
			v, ok := count(i, k)
			switch {
			case !ok:
				return false
			case g < len(folded)-1:
				sum[k] += v
			case v != sum[k]:
				return false // the last area is not the others' sum
			}
		}
	}
	for _, i := range folded {
		if c := rows[i].Cells; c[at+2] == "" {
			l, _ := count(i, 0)
			p, _ := count(i, 1)
			c[at+2] = strconv.FormatInt(l+p, 10)
		}
	}
	return true
}

// groupName is the first name written on a group's rows.
func groupName(rows []extract.Row, grp []int, nama int) string {
	for _, i := range grp {
		if n := strings.TrimSpace(rows[i].Cell(nama)); n != "" {
			return n
		}
	}
	return ""
}

// foldSexRows makes one row of an area's sub-rows: the DPT column's count
// of each label under L, P and L+P; every other column the L+P sub-row's
// cell, else the first written on the group (the name, villages and TPS
// stand on one sub-row, or repeated on each).
func foldSexRows(rows []extract.Row, grp []int, labels map[int]int, cols [][]string, sx, dpt int, own bool, head int) extract.Row {
	out := extract.Row{Start: rows[grp[0]].Start, End: rows[grp[len(grp)-1]].End}
	for j := range cols {
		switch {
		case j == sx && own:
		case j == sx:
			c := "" // the name of the row heading the labels
			if head >= 0 {
				c = rows[head].Cell(j)
			}
			out.Cells = append(out.Cells, normalize.Space(c))
		case j == dpt:
			for _, role := range [...]int{roleL, roleP, roleLP} {
				c := ""
				if i, ok := labels[role]; ok {
					c = rows[i].Cell(dpt)
				}
				out.Cells = append(out.Cells, c)
			}
		default:
			c := ""
			if i, ok := labels[roleLP]; ok {
				c = rows[i].Cell(j)
			}
			for _, i := range grp {
				if c != "" {
					break
				}
				c = rows[i].Cell(j)
			}
			out.Cells = append(out.Cells, normalize.Space(c))
		}
	}
	return out
}

// sexRowsVoterHeader: a header that names the voters and no measure of
// them ("Pemilih", "Pemilih Terdaftar", "Registered voters"). Beside a
// column of sex labels it is the count each sub-row gives; alone no
// vocabulary reads it as the roll ("Pemilih" may head a share, a turnout).
func sexRowsVoterHeader(cs []string) bool {
	for _, c := range cs {
		if strings.Contains(c, "%") {
			return false
		}
		k := normalize.SpacedKey(c)
		if has(k, "partisipasi", "persen", "persentase", "hadir", "pengguna", "menggunakan", "turnout", "rata rata", "rerata", "per tps") {
			return false
		}
	}
	for _, c := range cs {
		if k := normalize.SpacedKey(c); has(k, "pemilih", "voters", "voter", "registered voters", "pemilih terdaftar") {
			return true
		}
	}
	return false
}

// sexRowsOdd blanks the figures (all but the name, column nama of rows)
// of each area whose L + P is not its total sub-row: the sub-rows were
// grouped wrong, or a figure is mistyped, and no count of it is proven.
// It returns those areas' rows as they were.
func sexRowsOdd(rows []extract.Row, folded []int, at int, conv normalize.Convention, nama int) []extract.Row {
	var odd []extract.Row
	for _, i := range folded {
		c := rows[i].Cells
		var v [3]int64
		ok := true
		for k := range v {
			n := normalize.ParseNumber(c[at+k], conv)
			ok = ok && n.Status == normalize.OK
			v[k] = int64(n.Value)
		}
		if !ok || v[0]+v[1] == v[2] {
			continue
		}
		odd = append(odd, extract.Row{Start: rows[i].Start, End: rows[i].End, Cells: append([]string(nil), c...)})
		for j := range c {
			if j != nama && hasDigitStr(c[j]) {
				c[j] = ""
			}
		}
	}
	return odd
}
