package extract

// A Word table that keeps its figures flush types the unit in a narrow
// cell of its own: "Rp | 4.280.535.000" under a header cell "Pagu" that
// spans both, "104,41 | %" under "Capaian (%)". Read as columns, the unit
// cells take a header role (or shift the roles of every column after
// them), and a row read by its content takes "%" for its indicator. A
// column whose every filled body cell is the same unit, beside a column of
// figures, and whose header names at most one of the pair on each line,
// is part of its figures' cell: folded into it, the unit stays with the
// figure it qualifies.

// prefixUnits stand before the figure they qualify, suffixUnits after it.
var (
	prefixUnits = []string{"rp", "rp.", "idr"}
	suffixUnits = []string{"%", "persen", "orang", "jiwa", "tps", "desa"}
)

// unitCell returns the unit a cell holds alone (lower case) and the side
// of its figure: +1 for a prefix unit, -1 for a suffix unit, 0 for none.
func unitCell(c string) (string, int) {
	if c == "" || len(c) > 6 {
		return "", 0
	}
	// lower-cased in place: every short body cell passes here, and
	// strings.ToLower would copy each one with a capital
	var buf [6]byte
	n := 0
	for i := 0; i < len(c); i++ {
		b := c[i]
		if b == ' ' {
			continue
		}
		if b >= 'A' && b <= 'Z' {
			b += 'a' - 'A'
		}
		buf[n] = b
		n++
	}
	for _, u := range prefixUnits {
		if string(buf[:n]) == u {
			if u == "rp." {
				u = "rp" // one unit however written: a column mixes "Rp" and "Rp."
			}
			return u, 1
		}
	}
	for _, u := range suffixUnits {
		if string(buf[:n]) == u {
			return u, -1
		}
	}
	return "", 0
}

// unitFold is one unit column and the column of figures it joins.
type unitFold struct{ col, into int }

// foldUnitColumns joins, in lines (header lines first, hdr of them), every
// unit column to its figures' column. It returns lines unchanged when no
// column qualifies; changed lines get fresh cell slices (the originals may
// be pooled).
func foldUnitColumns(lines []rawLine, hdr int) []rawLine {
	if hdr == 0 || hdr >= len(lines) || !anyUnitCell(lines[hdr:]) {
		return lines
	}
	width := maxWidth(lines)
	var folds []unitFold
	for j := 0; j < width; j++ {
		f, ok := unitColumn(lines, hdr, j)
		if !ok && mostlyUnits(lines[hdr:], j) {
			// a unit column broken by one odd cell ("Rp 4" where a noisy
			// line split an amount): folding the table's other unit
			// columns alone would shift their figures against the header,
			// so none is folded
			return lines
		}
		if ok {
			if n := len(folds); n > 0 && (folds[n-1].into == j || folds[n-1].col == f.into || folds[n-1].into == f.into) {
				return lines // two unit columns around one figure: no certain pairing
			}
			folds = append(folds, f)
		}
	}
	if len(folds) == 0 {
		return lines
	}
	part := make([]int, width)
	for j := range part {
		part[j] = -1
	}
	for _, f := range folds {
		part[f.col], part[f.into] = -2, f.col
	}
	out := make([]rawLine, len(lines))
	for i, l := range lines {
		out[i] = l
		out[i].cells = foldCells(l.cells, part, i < hdr)
	}
	return out
}

// mostlyUnits: most filled body cells of column j, two at least, are a
// unit alone.
func mostlyUnits(body []rawLine, j int) bool {
	units, filled := 0, 0
	for _, l := range body {
		c := cellAt(l.cells, j)
		if c == "" {
			continue
		}
		filled++
		if _, side := unitCell(c); side != 0 {
			units++
		}
	}
	return units >= 2 && 2*units > filled
}

// anyUnitCell is the cheap gate: a body cell that is a unit alone.
func anyUnitCell(body []rawLine) bool {
	for _, l := range body {
		for _, c := range l.cells {
			if _, side := unitCell(c); side != 0 {
				return true
			}
		}
	}
	return false
}

// unitColumn reports whether column j of lines is a unit column and which
// column its figures stand in.
func unitColumn(lines []rawLine, hdr, j int) (unitFold, bool) {
	unit, side, n := "", 0, 0
	for _, l := range lines[hdr:] {
		c := cellAt(l.cells, j)
		if c == "" || isColNumbers(l.cells) {
			continue
		}
		u, s := unitCell(c)
		if s == 0 || unit != "" && u != unit {
			return unitFold{}, false
		}
		unit, side = u, s
		n++
	}
	into := j + side
	if n < 2 || into < 0 {
		return unitFold{}, false
	}
	for _, l := range lines[hdr:] {
		if cellAt(l.cells, j) == "" {
			continue
		}
		// the figure beside every unit: a number, a spreadsheet's "#####"
		// or a dash for none
		if f := cellAt(l.cells, into); !valueLike(f) && !hashOnly(f) && f != "-" {
			return unitFold{}, false
		}
	}
	for _, l := range lines[:hdr] {
		if cellAt(l.cells, j) != "" && cellAt(l.cells, into) != "" {
			return unitFold{}, false // both named: two columns of their own ("Satuan | Target")
		}
	}
	return unitFold{col: j, into: into}, true
}

// hashOnly: a cell of "#" alone, a spreadsheet figure too wide for its
// column.
func hashOnly(c string) bool {
	if c == "" {
		return false
	}
	for i := 0; i < len(c); i++ {
		if c[i] != '#' {
			return false
		}
	}
	return true
}

// foldCells drops each unit column from cells, joining its text to the
// figure beside it (a header line keeps the one name of the pair). part
// holds, per column, -2 for a unit column, the unit's column for a figures'
// column, -1 for any other.
func foldCells(cells []string, part []int, header bool) []string {
	out := make([]string, 0, len(cells))
	for j, c := range cells {
		switch p := part[j]; {
		case p == -2:
			continue // written into its figure's cell
		case p >= 0:
			c = joinUnit(c, cellAt(cells, p), p < j, header)
		}
		out = append(out, c)
	}
	// trailing empties stay trimmed, as every line's cells are
	for len(out) > 0 && out[len(out)-1] == "" {
		out = out[:len(out)-1]
	}
	return out
}

// joinUnit writes a figure with its unit: "Rp 4.280.535.000", "104,41%",
// "120 orang". A header line names the pair once: its one filled cell.
func joinUnit(fig, unit string, before, header bool) string {
	switch {
	case unit == "":
		return fig
	case fig == "":
		if header {
			return unit
		}
		return ""
	case header:
		return fig // never both (unitColumn)
	case before:
		return unit + " " + fig
	case unit == "%":
		return fig + unit
	}
	return fig + " " + unit
}
