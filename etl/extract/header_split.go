package extract

import "strings"

// A PDF converter that places cells by the gaps between words may cut one
// column title into several header cells ("Tahun | yang | Dinilai",
// "Perencanaan | (30)", "Pilkada | 2018") while each row's value stays in
// one cell: the header then has columns no row fills. mendSplitHeader
// joins each such cell to the title on its left, and drops the empty
// columns from the rows, when every unfilled header cell is a fragment of
// a title (a word that is no column title alone, a unit or weight in
// parentheses, a year) that follows a filled column. A column titled on
// its own ("Keterangan", "Target") that no row fills stays as it is, and
// so does the whole table.
func mendSplitHeader(b *Block) {
	if b.Kind != Table || b.Flat || len(b.Header) != 1 || len(b.Rows) == 0 {
		return
	}
	hdr := b.Header[0].Cells
	var empty []int
	for j, c := range hdr {
		if c != "" && !filledCol(b.Rows, j) {
			empty = append(empty, j)
		}
	}
	if len(empty) == 0 {
		return
	}
	for _, r := range b.Rows {
		for j := len(hdr); j < len(r.Cells); j++ {
			if r.Cells[j] != "" {
				return // a value beyond the header: its columns are not the header's
			}
		}
	}
	isEmpty := make([]bool, len(hdr))
	for _, j := range empty {
		isEmpty[j] = true
	}
	// every unfilled cell follows a filled column (possibly through other
	// unfilled cells) and is a fragment
	for _, j := range empty {
		k := j - 1
		for k >= 0 && isEmpty[k] {
			k--
		}
		if k < 0 || hdr[k] == "" || !titleFragment(hdr[j]) {
			return
		}
	}
	var cells []string
	var keep []int
	for j, c := range hdr {
		if isEmpty[j] {
			cells[len(cells)-1] += " " + c
			continue
		}
		cells = append(cells, c)
		keep = append(keep, j)
	}
	b.Header[0].Cells = cells
	b.Width = len(cells)
	for i := range b.Rows {
		r := &b.Rows[i]
		r.Cells = keepCells(r.Cells, keep)
		for l := range r.lines {
			r.lines[l] = keepCells(r.lines[l], keep)
		}
	}
	b.Notes = append(b.Notes, Note{Line: b.Header[0].Start, Why: "kepala_terpotong", Text: strings.Join(cells, " | ")})
}

// filledCol: some row has a cell in column j (most columns answer on the
// first row).
func filledCol(rows []Row, j int) bool {
	for i := range rows {
		if rows[i].Cell(j) != "" {
			return true
		}
	}
	return false
}

// keepCells is a new slice of the cells at the indexes keep (the cells
// may share a pooled array: never written in place).
func keepCells(cells []string, keep []int) []string {
	out := make([]string, 0, len(keep))
	for _, j := range keep {
		if j < len(cells) {
			out = append(out, cells[j])
		}
	}
	for len(out) > 0 && out[len(out)-1] == "" {
		out = out[:len(out)-1]
	}
	return out
}

// wholeTitles are words that title a column alone: a cell starting with
// one is a column of its own, never a fragment of the title on its left.
var wholeTitles = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`no nomor kode uraian indikator sasaran program kegiatan satuan target
	realisasi capaian keterangan ket pagu sisa anggaran serapan nilai predikat bobot skor kategori jumlah
	total tahun ta kecamatan desa kelurahan tps l p lp dpt dptb dpk dps komponen persentase status rata
	indicator unit actual achievement remarks code ceiling balance weight score grade year male female
	budget realization realisation absorption district village villages`) {
		wholeTitles[w] = true
	}
}

// titleFragment: a header cell that cannot be a column's whole title: a
// unit or weight in parentheses, a year, or text whose first word titles
// no column alone.
func titleFragment(c string) bool {
	if c[0] == '(' {
		return true
	}
	var buf [32]byte
	w, _ := nextWord(c, 0, buf[:0])
	if w == nil {
		return false // signs alone ("%", "L+P")
	}
	return !wholeTitles[string(w)]
}

// mendSplitHeaders mends the split header of every table of blocks: a
// title cut into cells, or roles over a row of years.
func mendSplitHeaders(blocks []Block) {
	for i := range blocks {
		mendSplitHeader(&blocks[i])
		mendOffsetColumns(&blocks[i]) // a title flush left over figures flush right (header_offset.go)
		flattenRoleYears(&blocks[i])
		splitSexCells(&blocks[i]) // "5.074 + 5.107" under "L + P"; "Lk 4.726 | Pr 4.949" (header_sexcells.go)
	}
}

// flattenRoleYears turns a header of roles over a row of years ("Target"
// over "2020 | 2021", "Realisasi" over "2020 | 2021") into one row of
// titles with their year ("Target 2020 | Target 2021 | Realisasi 2020
// ..."), the form every family reads. It acts only when the lower row
// holds years alone (two or more), each under a title or the merged cell
// of one, the years under each title run strictly upwards, and some year
// stands under two titles (the cross of roles and years): one run of
// years, or years under titles that do not line up with it (fewer cells),
// is left to the readers of year rows.
func flattenRoleYears(b *Block) {
	if b.Kind != Table || b.Flat || len(b.Header) != 2 {
		return
	}
	up, low := b.Header[0].Cells, b.Header[1].Cells
	years := 0
	for _, c := range low {
		if c == "" {
			continue
		}
		if !bareYear(c) {
			return
		}
		years++
	}
	if years < 2 || len(up) == 0 || !repeatedYear(low) {
		return // one run of years under its titles: the year-row readers read it as it is
	}
	cells := make([]string, max(len(up), len(low)))
	title, prev := "", ""
	for j := range cells {
		u, l := "", ""
		if j < len(up) {
			u = up[j]
		}
		if j < len(low) {
			l = low[j]
		}
		if u != "" {
			if bareYear(u) {
				return
			}
			title, prev = u, ""
		}
		switch {
		case l == "" && u == "":
			return // a column of no title
		case l == "":
			cells[j], title = u, "" // a title of its own column, no group
		case title == "":
			return // a year under no title
		default:
			if prev != "" && l <= prev {
				return // the years under one title do not run upwards
			}
			cells[j], prev = title+" "+l, l
		}
	}
	b.Header = []Row{{Start: b.Header[0].Start, End: b.Header[1].End, Cells: cells}}
	b.Width = max(b.Width, len(cells))
}

// repeatedYear: some year stands twice in the row (under two titles).
func repeatedYear(row []string) bool {
	for i, c := range row {
		if c == "" {
			continue
		}
		for _, d := range row[i+1:] {
			if d == c {
				return true
			}
		}
	}
	return false
}

// bareYear: a cell that is a year alone, 1900-2099.
func bareYear(c string) bool {
	return len(c) == 4 && (c[:2] == "19" || c[:2] == "20") && c[2] >= '0' && c[2] <= '9' && c[3] >= '0' && c[3] <= '9'
}
