package parse

import (
	"strings"

	"github.com/kpu-ntt/lkj/etl/extract"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// Two targets of one year: the strategic plan's and the agreement's.
//
// A measurement table may set the Renstra's target for the year beside the
// Perjanjian Kinerja's ("Target Renstra 2023 | Target PK 2023 | Realisasi
// 2023 | Capaian (%)"). The Perjanjian Kinerja fixes the year's target and
// the Capaian is measured against it; the Renstra column is the plan the
// agreement was drawn from, no fact of the year. Read as two targets, the
// row has two candidates and neither capaian nor series can take one. So
// when the header names one target column after the plan (Renstra, RPJMN,
// Rencana Strategis, Jangka Menengah) and another after the agreement (PK,
// Perjanjian Kinerja, RKT, Penetapan Kinerja), the plan's column is read by
// no family. Two target columns that the header does not tell apart that
// way are left as they are.

// planTargets gives the role off to every plan target column of a table
// whose header sets an agreed target beside it, after giving the target
// role to the sub-columns of a "Target" group cell that name their source
// ("Target" over "Renstra | PK"). cols are the header texts of each column
// (columnTexts), role each column's role, changed in place.
func planTargets(b *extract.Block, cols [][]string, role []int, off int) {
	if !sourceWords(cols) {
		return // cheap: most headers name no source of a target
	}
	for j, r := range role {
		if r == roleNone && j < len(cols) && targetSource(cols[j]) != sourceNone && groupOver(b, j) == roleTarget {
			role[j] = roleTarget
		}
	}
	for j, plan := range planTargetColumns(cols, role) {
		if plan {
			role[j] = off
		}
	}
}

// sourceWords: some header cell may name a target's source.
func sourceWords(cols [][]string) bool {
	for _, cs := range cols {
		for _, c := range cs {
			if mayNameSource(c) {
				return true
			}
		}
	}
	return false
}

// mayNameSource scans a header cell's words, folded in a stack buffer,
// for a word targetSource knows, without allocating.
func mayNameSource(c string) bool {
	var buf [24]byte
	for i := 0; i < len(c); {
		for i < len(c) && !asciiLetter(c[i]) {
			i++
		}
		j := i
		for j < len(c) && asciiLetter(c[j]) {
			j++
		}
		if n := j - i; n >= 2 && n <= len(buf) {
			w := buf[:n]
			for k := range w {
				w[k] = c[i+k] | 0x20
			}
			switch string(w) {
			case "renstra", "rpjmn", "rpjm", "strategis", "menengah", "pk", "rkt", "ptk", "perjanjian", "penetapan":
				return true
			}
		}
		i = j
	}
	return false
}

func asciiLetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// groupOver is the role of the upper header cell column j stands under:
// the nearest filled cell at or left of j in an upper row, else roleNone.
func groupOver(b *extract.Block, j int) int {
	for _, h := range b.Header[:max(len(b.Header)-1, 0)] {
		for k := min(j, len(h.Cells)-1); k >= 0; k-- {
			if strings.TrimSpace(h.Cells[k]) != "" {
				return roleOf(h.Cells[k])
			}
		}
	}
	return roleNone
}

// planTargetColumns reports, per column, the target columns that are the
// plan's beside an agreed target column; nil when there is none. cols are
// the header texts of each column (columnTexts), role each column's role.
func planTargetColumns(cols [][]string, role []int) []bool {
	agreed, plan := 0, 0
	for j, r := range role {
		if r != roleTarget || j >= len(cols) {
			continue
		}
		switch targetSource(cols[j]) {
		case sourceAgreed:
			agreed++
		case sourcePlan:
			plan++
		}
	}
	if agreed != 1 || plan == 0 {
		return nil
	}
	out := make([]bool, len(role))
	for j, r := range role {
		if r == roleTarget && j < len(cols) && targetSource(cols[j]) == sourcePlan {
			out[j] = true
		}
	}
	return out
}

const (
	sourceNone = iota
	sourcePlan
	sourceAgreed
)

// targetSource tells, from a target column's header cells, whose target
// it is: the strategic plan's or the year's agreement's.
func targetSource(cells []string) int {
	for _, c := range cells {
		k := " " + normalize.Key(c) + " "
		switch {
		case has(k, "renstra", "rpjmn", "rpjm") || strings.Contains(k, " rencana strategis ") || strings.Contains(k, " jangka menengah "):
			return sourcePlan
		case has(k, "pk", "rkt", "ptk") || strings.Contains(k, " perjanjian kinerja ") || strings.Contains(k, " penetapan kinerja "):
			return sourceAgreed
		}
	}
	return sourceNone
}
