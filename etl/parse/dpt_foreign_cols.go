package parse

import (
	"strings"
	"unicode"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// A kecamatan DPT table whose columns stand in an order, or whose rows are
// spelled, as no report's own table: a regional data portal built on the
// Dapodik template printed and typed again, or a command's output (an awk
// or cut one-liner over the DPT's CSV) copied from the terminal:
//
//	Beranda  >  Rekap Pemilih  >  Kab. X
//	Wilayah                 Total         L         P  Desa/Kel.    TPS
//	› Kec. Aimere           6.033     2.969     3.064         20     34
//	Total Kab. X          110.320    53.418    56.902        151    393
//
//	$ awk -F';' 'NR>1 {print $2, $5, $6, $7, $4, $3}' dpt_pemilu2024_kec.csv
//	KECAMATAN L P JUMLAH TPS DESA
//	NGGAHA_ORI_ANGU 4.754 4.708 9.462 37 8
//	TOTAL_SUMBA_TIMUR 94.550 92.493 187.043 672 156
//
// The aligned-column reader parts the portal's rows but the row marker
// (`›`) and Dapodik's order (Total before L and P, Desa after) leave no
// DPT table it knows; the awk output is parted by single spaces, which no
// table reader takes for columns, its names joined by `_` because the
// separator is a space. dptForeignCols rewrites such a table in place as
// the TAB DPT table it stands for, through dpt_scales.go's scaleWrite (as
// dpt_stock_card.go does), which the DPT reader then reads under the
// caption above with the election the caption or the text names.
//
// What the reader trusts: a header line whose every cell has a DPT role
// (the area: Wilayah, Kecamatan; the sexes L, P; their total Total or
// Jumlah; Desa and TPS counts), one name, one L, one P and one total at
// least, in any order; cells parted by TAB or two blanks, by `;` or `,`,
// or (a command's output) by single blanks; the lines above it within a
// short window must name voters (pemilih, DPT, voter). Each line under it
// holds the header's cells (a space-parted line may hold its name over
// several words before the figures); a row marker (›, >, », ▸, •) before
// the name and the word Kec. are no part of it; a name that is one token
// of letter runs joined by `_` is read with blanks (the space-parted
// output cannot hold a blank inside a cell). L + P = total proves a row;
// the run must end at the line naming the whole (Total, Jumlah, Kab.),
// which must be the rows' sum (scaleWrite); a line that is neither a row
// nor a rule before it leaves the table unread.

// foreignColsGate is the cheap look: a portal's breadcrumb or row marker,
// or a command line of a text tool over a file.
func foreignColsGate(doc *facts.Document, data []byte) bool {
	return docHasAny(doc, data, "›", "Beranda", "Home >", "awk ", "$ cut ", "csvcut ") || listingGate(doc, data)
}

// dptForeignCols rewrites every DPT table of foreign column order in data
// as a TAB table.
func dptForeignCols(doc *facts.Document, data []byte) []byte {
	if !foreignColsGate(doc, data) {
		return data
	}
	return scaleRuns(doc, data, foreignHeadLine, foreignColsAt)
}

// separators of a foreign table's cells.
const (
	fcGap   = iota // TAB or two blanks and more
	fcSemi         // ;
	fcComma        // ,
	fcSpace        // single blanks: a command's output
)

// foreignRole: the role of a header cell by its words (underscores read as
// blanks, the CSV column's way); ok false when a word has no DPT meaning.
func foreignRole(cell string) (int, bool) {
	c := strings.ToLower(strings.Join(strings.Fields(strings.ReplaceAll(cell, "_", " ")), " "))
	c = strings.Trim(c, ".:")
	switch c {
	case "wilayah", "nama wilayah", "kecamatan", "kec", "nama kecamatan", "ppk", "daerah", "area", "district":
		return flapName, true
	case "total", "jumlah", "jml", "jumlah pemilih", "jml pemilih", "total pemilih", "dpt", "total dpt", "jumlah dpt", "l+p", "l + p", "pemilih":
		return flapTotal, true
	case "desa", "desa/kel", "desa/kelurahan", "desa/kel.", "kel/desa", "desa kel", "kelurahan", "jml desa", "jumlah desa":
		return flapDesa, true
	case "tps", "jml tps", "jumlah tps":
		return flapTPS, true
	}
	w := c
	for _, pre := range []string{"pemilih ", "dpt ", "jml ", "jumlah "} {
		w = strings.TrimPrefix(w, pre)
	}
	switch sexWord(w) {
	case 'L':
		return flapL, true
	case 'P':
		return flapP, true
	}
	return 0, false
}

// foreignSplit parts a line by the separator kind.
func foreignSplit(l string, kind int) []string {
	var cells []string
	switch kind {
	case fcGap:
		cells = reScaleGap.Split(strings.TrimSpace(l), -1)
	case fcSemi:
		cells = strings.Split(l, ";")
	case fcComma:
		cells = strings.Split(l, ",")
	default:
		cells = strings.Fields(l)
	}
	for k := range cells {
		cells[k] = strings.TrimSpace(cells[k])
	}
	return cells
}

// foreignHead reads a header line: its separator kind and roles; ok false
// when the line is no DPT header.
func foreignHead(l string) (int, []int, bool) {
	t := strings.TrimSpace(l)
	if len(t) < 8 || len(t) > 160 || strings.ContainsAny(t, "0123456789") {
		return 0, nil, false
	}
	kinds := []int{fcGap, fcSpace}
	if strings.Count(t, ";") >= 3 {
		kinds = []int{fcSemi}
	} else if strings.Count(t, ",") >= 3 {
		kinds = []int{fcComma}
	}
	for _, kind := range kinds {
		cells := foreignSplit(t, kind)
		if len(cells) < 4 || len(cells) > 9 {
			continue
		}
		roles := make([]int, len(cells))
		count := map[int]int{}
		ok := true
		for k, c := range cells {
			if k == 0 && listingObsHead(c) {
				roles[k] = flapObs // a statistics listing's row numbers
				continue
			}
			r, good := foreignRole(c)
			if !good {
				ok = false
				break
			}
			roles[k] = r
			count[r]++
		}
		if ok && count[flapName] == 1 && count[flapL] == 1 && count[flapP] == 1 && count[flapTotal] == 1 &&
			count[flapDesa] <= 1 && count[flapTPS] <= 1 {
			return kind, roles, true
		}
	}
	return 0, nil, false
}

// foreignHeadLine: a line that is a foreign DPT table's header.
func foreignHeadLine(l string) bool {
	_, _, ok := foreignHead(l)
	return ok
}

// foreignVoters: the lines above the header within a short window name
// voters (a school portal's pupils or another count never do).
func foreignVoters(lines []string, h int) bool {
	for k := h - 1; k >= 0 && k >= h-8; k-- {
		low := strings.ToLower(lines[k])
		if strings.Contains(low, "pemilih") || strings.Contains(low, "dpt") || strings.Contains(low, "voter") {
			return true
		}
	}
	return false
}

// foreignColsAt reads the table whose header is lines[h].
func foreignColsAt(lines []string, h int) (int, int, []scaleRec, bool) {
	kind, roles, ok := foreignHead(lines[h])
	if !ok || !foreignVoters(lines, h) {
		return 0, 0, nil, false
	}
	var recs []scaleRec
	marked := false
	list := listingOf(lines, h, &roles)
	ruled := false
	for k := h + 1; k < len(lines) && k < h+300; k++ {
		l := lines[k]
		if strings.TrimSpace(l) == "" || flapRule(l) {
			if len(recs) > 0 && strings.TrimSpace(l) == "" && !list.on {
				return 0, 0, nil, false // the run ended before its whole
			}
			ruled = ruled || flapRule(l) && len(recs) > 0
			continue
		}
		if list.on && (listingHeading(l) || strings.Join(strings.Fields(l), " ") == strings.Join(strings.Fields(lines[h]), " ")) {
			continue // a page's heading or the header again
		}
		if list.on && ruled {
			// the unlabelled sums line under the rule (a SUM statement)
			if w, ok := listingSums(l, kind, roles, recs); ok {
				w.line = k
				return h, k + 1, append(recs, w), true
			}
			return 0, 0, nil, false
		}
		l, numbered, ok := list.unnumber(l, len(recs))
		if !ok {
			return 0, 0, nil, false // a row without the row number its header names
		}
		cells, mark, ok := foreignCells(l, kind, roles)
		marked = marked || mark || numbered
		if !ok {
			return 0, 0, nil, false
		}
		r, ok := flapFlightRec(cells, roles)
		if !ok {
			return 0, 0, nil, false
		}
		r.line = k
		recs = append(recs, r)
		if r.whole {
			if len(recs) < 3 || kind == fcGap && !marked && foreignUsual(roles) {
				return 0, 0, nil, false // the report's own table: the table readers own it
			}
			return h, k + 1, recs, true
		}
	}
	return 0, 0, nil, false
}

// foreignCells parts a row by the header's separator and cleans its name
// cell: the row marker, the word Kec., underscores for blanks.
func foreignCells(l string, kind int, roles []int) ([]string, bool, bool) {
	cells := foreignSplit(l, kind)
	name := -1
	for k, r := range roles {
		if r == flapName {
			name = k
		}
	}
	if kind == fcSpace && name == 0 && len(cells) > len(roles) {
		// the name over several words before the figures
		n := len(cells) - len(roles) + 1
		cells = append([]string{strings.Join(cells[:n], " ")}, cells[n:]...)
	}
	if len(cells) != len(roles) {
		return nil, false, false
	}
	c := cells[name]
	marked := false
	for _, m := range []string{"›", "»", "▸", "▶", "•", ">"} {
		if strings.HasPrefix(c, m+" ") {
			c, marked = strings.TrimSpace(c[len(m):]), true
			break
		}
	}
	if !strings.ContainsRune(c, ' ') && strings.Contains(c, "_") {
		// one token of letter runs joined by `_`: the blanks a
		// space-parted output could not hold
		for _, part := range strings.Split(c, "_") {
			if part == "" {
				return nil, false, false
			}
			for _, ch := range part {
				if !unicode.IsLetter(ch) && ch != '.' && ch != '-' {
					return nil, false, false
				}
			}
		}
		c, marked = strings.ReplaceAll(c, "_", " "), true
	}
	cells[name] = kecamatanName(c)
	return cells, marked, true
}

// foreignUsual: the columns stand in a report's own order (the name, the
// counts, L, P, their total): an aligned table the table readers own.
func foreignUsual(roles []int) bool {
	last := -1
	for _, r := range roles {
		switch r {
		case flapDesa, flapTPS:
			if last > flapTPS {
				return false
			}
		case flapL, flapP, flapTotal:
			if r < last {
				return false
			}
		}
		last = r
	}
	return true
}
