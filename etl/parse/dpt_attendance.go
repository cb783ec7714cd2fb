package parse

import (
	"strings"

	"github.com/kpu-ntt/lkj/etl/extract"
	"github.com/kpu-ntt/lkj/etl/facts"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// A DPT handed in at a meeting and written on the meeting's own list: the
// plenary's attendance list (Daftar Hadir), a receipt list of the copies
// sent out (Tanda Terima), a signature sheet. Its rows are people (or
// offices, letters, boxes) and its header names them ("No | Nama | Jabatan
// / Unsur | Desa/Kel | TPS | L | P | L+P | Tanda Tangan"); the area a row
// stands for is named only inside another cell, by its office or its place
// word ("Ketua PPK Kecamatan Aesesa", "PPK Kec. Boawae"):
//
//	1   Kristoforus Nua  Ketua KPU Kabupaten Nagekeo                                          1. ......
//	6   Paulus Ndona     Ketua PPK Kecamatan Aesesa   19  69  5.540  5.587  11.127        6. ......
//	    Jumlah                                        113 458 58.853 60.824 119.677
//
// The header has no name column, so the DPT reader finds no region and
// gives up. dptAttendance reads such a table as the kecamatan table it
// holds, trusting only its structure:
//
//   - the figure columns by the header's roles (one L, one P, one L+P;
//     desa and TPS when their cells are counts: a "Desa/Kel" column of
//     addresses is no count);
//   - a row without figures (the commissioners, Bawaslu, guests) is no
//     area; a row with figures names exactly one area by a place word
//     ("PPK", "Kecamatan", "Kec.", "Distrik" before a capitalised name),
//     or is the sum row ("Jumlah", "Total"); a figure row naming no area,
//     or two, leaves the list unproven: nothing is loaded, a finding says so;
//   - every area row's L + P is its total (a row that does not add up is
//     dropped with dpt.lp_tidak_sama_total) and at least two rows prove it;
//   - the sum row is the kabupaten's only when each of its figures is the
//     sum of the area rows' (else dpt.total_tidak_pasti, no kabupaten row).
//
// The list is read only when a paragraph just above names the DPT and an
// election (rollNamedAbove): a list of the PPK's own members by sex looks
// the same. The rows are then written as a plain kecamatan table (name, desa, TPS,
// L, P, total) and read by the DPT reader (dptTable), which dates the roll
// by the caption and text above and names the owner, as for any table.

// dptAttendance reads such a table; false when it is none (the table is
// left to the readers after it).
func (p *parser) dptAttendance(t *tableInfo) bool {
	b := t.b
	if len(b.Header) == 0 || len(b.Rows) < 2 || !has(t.hdr, "l", "lp") && !hasPrefix(t.hdr, "laki") {
		return false // cheap gate: no sex column in the header
	}
	if !placeWordInRows(b) {
		return false // no cell names an office's or an area's place word: no area to read
	}
	roles := dptColumnRoles(b)
	if indexOf(roles, roleNama) >= 0 || !oneEach(roles, roleL, roleP, roleLP) {
		return false // a name column: an ordinary table; the sexes and their sum unproven
	}
	convs := make([]normalize.Convention, len(roles))
	for j := range roles {
		convs[j] = rowsConvention(b.Rows, j)
	}
	figs := []int{roleDesa, roleTPS, roleL, roleP, roleLP}
	at := [5]int{}
	for k, r := range figs {
		at[k] = -1
		if n := countRole(roles, r); n == 1 {
			at[k] = indexOf(roles, r)
		} else if n > 1 && r != roleDesa && r != roleTPS {
			return false
		}
	}
	// desa and TPS only when every cell under them is a count: a list of
	// people may give each one's village or polling station by name
	for k := 0; k < 2; k++ {
		if j := at[k]; j >= 0 {
			for i := range b.Rows {
				if c := b.Rows[i].Cell(j); c != "" {
					if _, ok := countIn(c, convs[j]); !ok {
						at[k] = -1
						break
					}
				}
			}
		}
	}
	text := func(j int) bool { // a cell that may name the row's area or the sum
		for _, k := range at {
			if k == j {
				return false
			}
		}
		return roles[j] != roleNo
	}
	rows := make([]attendRow, 0, len(b.Rows))
	proven, sums := 0, 0
	for i := range b.Rows {
		if ar, ok := attendRowOf(&b.Rows[i], at, convs, text); ok {
			rows = append(rows, ar)
			switch {
			case ar.kind == attendArea && ar.adds():
				proven++
			case ar.kind == attendSum:
				sums++
			}
		}
	}
	if proven < 2 || sums > 1 || !p.rollNamedAbove(b.Start) {
		// too few areas to prove the columns and the class; several sums:
		// not this list; no text above names the DPT: the figures may
		// count something else by sex (the PPK's own members)
		return false
	}
	// the list is one: a row it cannot read leaves it unproven
	kept := rows[:0]
	for _, ar := range rows {
		r := ar.r
		switch {
		case ar.kind == attendBadNumber:
			p.find("nilai.tidak_terbaca", facts.Warning, r.Start, r.End, ar.bad, "%s: %q bukan bilangan bulat; daftar tidak dimuat", t.label, ar.bad)
			return true
		case ar.kind == attendUnnamed:
			p.find("dpt.wilayah_tidak_dikenal", facts.Warning, r.Start, r.End, strings.Join(r.Cells, " "),
				"%s: baris berangka tanpa satu wilayah yang jelas (PPK/Kecamatan …); daftar tidak dimuat", t.label)
			return true
		case ar.kind == attendArea && !ar.adds():
			p.find("dpt.lp_tidak_sama_total", facts.Warning, r.Start, r.End, ar.name,
				"%s: %s: L + P bukan jumlahnya; baris tidak dimuat", t.label, ar.name)
			continue
		}
		kept = append(kept, ar)
	}
	rows = kept
	seen := map[string]bool{}
	for _, ar := range rows {
		if ar.kind != attendArea {
			continue
		}
		k := strings.ToUpper(ar.name)
		if seen[k] {
			p.find("dpt.wilayah_tidak_dikenal", facts.Warning, b.Start, b.End, ar.name,
				"%s: wilayah %s tercatat dua kali; daftar tidak dimuat", t.label, ar.name)
			return true
		}
		seen[k] = true
	}
	// the sum row: the kabupaten's when it is the sum of the areas' rows
	var all [5]int64
	var whole [5]bool
	for k := range whole {
		whole[k] = at[k] >= 0
	}
	for _, ar := range rows {
		if ar.kind != attendArea {
			continue
		}
		for k := range all {
			all[k] += ar.v[k]
			whole[k] = whole[k] && ar.has[k]
		}
	}
	hdr := []string{"Kecamatan", "Jumlah Desa/Kelurahan", "Jumlah TPS", "Laki-laki", "Perempuan", "Jumlah"}
	nb := extract.Block{Kind: extract.Table, Start: b.Start, End: b.End, Caption: b.Caption, CaptionParts: b.CaptionParts,
		CaptionStart: b.CaptionStart, CaptionEnd: b.CaptionEnd, Width: len(hdr)}
	nb.Header = []extract.Row{{Start: b.Header[0].Start, End: b.Header[len(b.Header)-1].End, Cells: hdr}}
	for _, ar := range rows {
		name := ar.name
		if ar.kind == attendSum {
			ok := true
			for k := range all {
				if ar.has[k] && (!whole[k] || ar.v[k] != all[k]) {
					ok = false
				}
			}
			if !ok {
				p.find("dpt.total_tidak_pasti", facts.Warning, ar.r.Start, ar.r.End, t.label,
					"%s: baris jumlah bukan jumlah baris wilayahnya; baris kabupaten tidak dimuat", t.label)
				continue
			}
			name = "Jumlah"
		}
		cells := make([]string, len(hdr))
		cells[0] = name
		for k, j := range at {
			if j >= 0 {
				cells[k+1] = ar.r.Cell(j)
			}
		}
		nb.Rows = append(nb.Rows, extract.Row{Start: ar.r.Start, End: ar.r.End, Cells: cells})
	}
	nt := &tableInfo{b: &nb, label: t.label, hdr: headerText(&nb), cap: t.cap, section: t.section, width: nb.Width, fam: famDPT}
	t.fam = famDPT
	p.dptTable(nt)
	return true
}

// placeWordInRows: some cell of b's rows holds a place word captionArea
// reads an area after ("PPK", "Kec", "Distrik"), compared without
// allocating; most tables with a sex column name their areas in a column
// of their own, or none.
func placeWordInRows(b *extract.Block) bool {
	for i := range b.Rows {
		for _, c := range b.Rows[i].Cells {
			if containsFoldASCII(c, "ppk") || containsFoldASCII(c, "kec") || containsFoldASCII(c, "distrik") {
				return true
			}
		}
	}
	return false
}

// countIn is a cell's whole, non-negative count under the column's
// number convention.
func countIn(c string, conv normalize.Convention) (int64, bool) {
	n := normalize.ParseNumber(strings.TrimSpace(c), conv)
	if n.Status != normalize.OK || n.Value < 0 || n.Value != float64(int64(n.Value)) {
		return 0, false
	}
	return int64(n.Value), true
}

// attendRow is a row of a list of people that carries figures.
type attendRow struct {
	kind int
	name string   // the area it names
	bad  string   // the cell that is no count
	v    [5]int64 // desa, TPS, L, P, total
	has  [5]bool
	r    *extract.Row
}

// the kinds of a figure row
const (
	attendArea      = iota // names one area
	attendSum              // the sum row ("Jumlah")
	attendUnnamed          // names no area, or two, and is no sum
	attendBadNumber        // a figure that is no whole count
)

// adds: the row has L, P and total, and L + P is its total.
func (a *attendRow) adds() bool {
	return a.has[2] && a.has[3] && a.has[4] && a.v[2]+a.v[3] == a.v[4]
}

// attendRowOf reads row r by the figure columns at (desa, TPS, L, P,
// total; -1 when absent); ok false when it carries no figure (a person or
// a guest, no area). Its area is the one a text cell names by a place word.
func attendRowOf(r *extract.Row, at [5]int, convs []normalize.Convention, text func(int) bool) (attendRow, bool) {
	ar := attendRow{r: r}
	any := false
	for k, j := range at {
		if j < 0 || r.Cell(j) == "" {
			continue
		}
		any = true
		v, ok := countIn(r.Cell(j), convs[j])
		if !ok {
			ar.kind, ar.bad = attendBadNumber, r.Cell(j)
			continue
		}
		ar.v[k], ar.has[k] = v, true
	}
	if !any {
		return ar, false
	}
	if ar.kind == attendBadNumber {
		return ar, true
	}
	twice, total := false, false
	for j, c := range r.Cells {
		if c == "" || !text(j) {
			continue
		}
		if a := captionArea(c); a != "" {
			twice = twice || ar.name != "" && !strings.EqualFold(ar.name, a)
			ar.name = a
		} else if totalText(c) {
			total = true
		}
	}
	switch {
	case twice || ar.name != "" && total || ar.name == "" && !total:
		ar.kind = attendUnnamed
	case total:
		ar.kind = attendSum
	default:
		ar.kind = attendArea
	}
	return ar, true
}
