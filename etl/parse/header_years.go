package parse

import (
	"regexp"
	"strings"

	"github.com/kpu-ntt/lkj/etl/extract"
)

// A header of two levels gives each column a year and a role: "TA 2020"
// over "Pagu | Realisasi", "TA 2021" over "Pagu | Realisasi | Serapan (%)"
// (the year cell merged over its columns, the cells to its right left
// empty, or repeated over each); the year alone ("2020"); the year row
// under the role row ("Pagu" over "2020 | 2021"); or the year inside the
// column's own title ("Realisasi 2021").

// reYearLabel is a cell that is only a year label: "2020", "Tahun 2020",
// "TA. 2020", "Tahun Anggaran 2020", "FY 2020".
var reYearLabel = regexp.MustCompile(`(?i)^(?:(?:tahun(?:\s+anggaran)?|t\.?\s?a\.?|fy|fiscal\s+year|year)\s*)?((?:19|20)\d\d)$`)

// reYearIn is a year inside a title ("Realisasi TA 2021", "Pagu 2020"),
// with the words that introduce it.
var reYearIn = regexp.MustCompile(`(?i)(?:\b(?:tahun(?:\s+anggaran)?|t\.?\s?a\.?|fy)\s*)?\b((?:19|20)\d\d)\b`)

// headerYears is what the header says of each column: its year (0 for
// none) and its title without the year.
type headerYears struct {
	years  []int
	titles []string
}

// columnYears reads the year and the title of each column of b's header.
// ok is false when a cell names two years (a range, "2020-2024"): which
// one a column belongs to is then not said.
func columnYears(b *extract.Block, width int) (headerYears, bool) {
	h := headerYears{years: make([]int, width), titles: make([]string, width)}
	n := len(b.Header)
	for i := n - 1; i >= 0; i-- {
		cells := b.Header[i].Cells
		lowest := i == n-1
		for j := 0; j < width; j++ {
			c, own := "", true
			if j < len(cells) {
				c = strings.TrimSpace(cells[j])
			}
			if c == "" && !lowest {
				// a merged cell: the nearest non-empty cell to the left
				// spans over it
				for k := j - 1; k >= 0; k-- {
					if k < len(cells) && strings.TrimSpace(cells[k]) != "" {
						c, own = strings.TrimSpace(cells[k]), false
						break
					}
				}
			}
			if c == "" {
				continue
			}
			y, title, ok := yearOf(c)
			if !ok {
				return h, false
			}
			switch {
			case y > 0 && h.years[j] == 0:
				h.years[j] = y
			case y > 0 && h.years[j] != y:
				return h, false // the column's title and its group name two years
			}
			// the title: the lowest cell that is more than a year; a group
			// cell spanned over the column only when the column has none
			if title != "" && h.titles[j] == "" && (own || !lowest) {
				h.titles[j] = title
			}
		}
	}
	return h, true
}

// yearOf reads a header cell: its one year (0 for none) and its text
// without the year.
func yearOf(c string) (int, string, bool) {
	if !hasYearDigits(c) {
		return 0, c, true
	}
	if m := reYearLabel.FindStringSubmatch(strings.Join(strings.Fields(strings.ReplaceAll(c, ".", ". ")), " ")); m != nil {
		return atoi(m[1]), "", true
	}
	ms := reYearIn.FindAllStringSubmatchIndex(c, -1)
	if len(ms) == 0 {
		return 0, c, true
	}
	y := atoi(c[ms[0][2]:ms[0][3]])
	for _, m := range ms[1:] {
		if atoi(c[m[2]:m[3]]) != y {
			return 0, "", false
		}
	}
	title := c
	for k := len(ms) - 1; k >= 0; k-- {
		title = title[:ms[k][0]] + " " + title[ms[k][1]:]
	}
	return y, strings.Join(strings.Fields(title), " "), true
}

// yearParts cuts a table whose columns fall into groups of two or more
// years into one table per year: the columns without a year (number,
// code, name), then that year's columns, under one header row of the
// columns' titles without the year. moneyRole tells a column that must
// carry a year (a pagu without one leaves the cut unproven). nil when the
// header names fewer than two years, or a column of a value role has
// none.
func yearParts(b *extract.Block, valueRole func(title string) bool) ([]int, []*extract.Block) {
	if len(b.Header) == 0 {
		return nil, nil
	}
	width := b.Width
	for _, h := range b.Header {
		width = max(width, len(h.Cells))
	}
	h, ok := columnYears(b, width)
	if !ok {
		return nil, nil
	}
	var years []int
	var shared []int
	for j, y := range h.years {
		switch {
		case y == 0 && valueRole(h.titles[j]):
			return nil, nil // a value column of no year: which year is unproven
		case y == 0:
			shared = append(shared, j)
		case indexOf(years, y) < 0:
			years = append(years, y)
		}
	}
	if len(years) < 2 {
		return nil, nil
	}
	var parts []*extract.Block
	for _, y := range years {
		cols := append([]int(nil), shared...)
		for j, yy := range h.years {
			if yy == y {
				cols = append(cols, j)
			}
		}
		sortInts(cols)
		nb := &extract.Block{Kind: extract.Table, Start: b.Start, End: b.End, Caption: b.Caption,
			CaptionParts: b.CaptionParts, CaptionStart: b.CaptionStart, CaptionEnd: b.CaptionEnd, Width: len(cols)}
		hdr := extract.Row{Start: b.Header[0].Start, End: b.Header[len(b.Header)-1].End, Cells: make([]string, len(cols))}
		for k, j := range cols {
			hdr.Cells[k] = h.titles[j]
		}
		nb.Header = []extract.Row{hdr}
		for _, r := range b.Rows {
			cells := make([]string, len(cols))
			for k, j := range cols {
				cells[k] = r.Cell(j)
			}
			nb.Rows = append(nb.Rows, extract.Row{Start: r.Start, End: r.End, Cells: cells})
		}
		parts = append(parts, nb)
	}
	return years, parts
}

// headerHasYear: some header cell holds a year (no allocation: it runs
// on every budget table).
func headerHasYear(b *extract.Block) bool {
	for _, h := range b.Header {
		for _, c := range h.Cells {
			if hasYearDigits(c) {
				return true
			}
		}
	}
	return false
}

// sortInts sorts a few column indexes in place.
func sortInts(s []int) {
	for i := 1; i < len(s); i++ {
		for k := i; k > 0 && s[k] < s[k-1]; k-- {
			s[k], s[k-1] = s[k-1], s[k]
		}
	}
}

// budgetYearParts reads a budget table whose header groups its amounts by
// fiscal year ("TA 2020" over "Pagu | Realisasi", "TA 2021" over "Pagu |
// Realisasi | Serapan (%)") as one table per year, each year's rows facts
// of that year. It reports whether it did.
func (p *parser) budgetYearParts(t *tableInfo) bool {
	if t.year > 0 || !headerHasYear(t.b) {
		return false
	}
	money := func(title string) bool {
		switch anggaranRole(title) {
		case rolePagu, roleRealisasi, roleSisa, rolePersen:
			return true
		}
		return false
	}
	years, parts := yearParts(t.b, money)
	if parts == nil {
		return false
	}
	for k, nb := range parts {
		nt := &tableInfo{b: nb, fam: t.fam, label: t.label, hdr: headerText(nb), cap: t.cap, section: t.section,
			width: nb.Width, unit: t.unit, year: years[k]}
		nt.roles = anggaranRoles(nb)
		p.anggaranTable(nt)
	}
	return true
}
