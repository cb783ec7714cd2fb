package parse

import (
	"regexp"
	"strings"

	"github.com/kpu-ntt/lkj/etl/extract"
)

// A table of several years' budget totals writes the year of each row in
// many ways: `2021`, `TA 2021`, `T.A. 2021`, `TA. 2021`, `Tahun 2021`,
// `Tahun Anggaran 2021`, `FY 2021`, `Fiscal Year 2021`, with a footnote
// mark (`2024*`). Each is that fiscal year's row, also in a first column
// titled `Uraian` or `Keterangan` rather than `Tahun`, when every row of
// the table names a year so.

var reBudgetYearRow = regexp.MustCompile(`(?i)^(?:t\.?\s*a\.?|tahun(?:\s+anggaran)?|fy\.?|fiscal\s+year|tahun\s+buku)?\s*((?:19|20)\d\d)\s*(?:\*+\)?|\(\w\))?$`)

// fiscalYearLabel is the year a row label names, 0 when it names none.
func fiscalYearLabel(s string) int {
	m := reBudgetYearRow.FindStringSubmatch(strings.Join(strings.Fields(s), " "))
	if m == nil {
		return 0
	}
	return atoi(m[1])
}

// yearLabelColumn gives the first column the year role when it is titled
// as a label (or not at all) and every body row's cell there names a
// different fiscal year, two rows at least.
func yearLabelColumn(b *extract.Block, roles []int) {
	if len(roles) < 2 || roles[0] != roleUraian && roles[0] != roleNone || len(b.Rows) < 2 && roles[0] != roleNone {
		return
	}
	seen := map[int]bool{}
	for _, r := range b.Rows {
		if len(r.Cells) == 0 {
			return
		}
		y := fiscalYearLabel(r.Cells[0])
		if y == 0 && yearSummaryLabel(r.Cells[0]) {
			continue // "Jumlah", "Rata-rata" under the years: no year's (anggaran_yearlabel.go)
		}
		if y == 0 || seen[y] {
			return
		}
		seen[y] = true
	}
	if len(seen) == 0 || len(seen) < 2 && len(b.Rows) > 1 && roles[0] != roleNone {
		return
	}
	roles[0] = roleTahun
}
