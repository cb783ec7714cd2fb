package parse

import (
	"strings"

	"github.com/kpu-ntt/lkj/etl/extract"
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

// Columns of another body. A table may set beside the satker's realisasi
// the average of every satker of the province ("Rata-rata Realisasi
// Kab/Kota se-NTT", "Rerata ... Provinsi"); read as a second realisasi it
// would stand in for the satker's own (a grade compared by nothing goes
// wrong silently). roleOf gives such a column roleBanding, which no family
// reads, like the national target of roleNasional is no capaian.

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

// sourceWords: some header cell names a target's source.
func sourceWords(cols [][]string) bool {
	for _, cs := range cols {
		if targetSource(cs) != sourceNone {
			return true
		}
	}
	return false
}

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
		if src := cellSource(c); src != sourceNone {
			return src
		}
	}
	return sourceNone
}

// cellSource reads one header cell's words, folded in a stack buffer
// (this runs on header cells of every capaian table): "Renstra", "RPJMN",
// "Rencana Strategis", "Jangka Menengah" name the plan; "PK", "RKT",
// "Perjanjian Kinerja", "Penetapan Kinerja" the agreement.
func cellSource(c string) int {
	var buf [24]byte
	prev := ""
	for i := 0; i < len(c); {
		for i < len(c) && !isLetterByte(c[i]) {
			i++
		}
		j := i
		for j < len(c) && isLetterByte(c[j]) {
			j++
		}
		n := j - i
		if n == 0 || n > len(buf) {
			prev, i = "", j
			continue
		}
		w := buf[:n]
		for k := range w {
			w[k] = c[i+k] | 0x20
		}
		switch string(w) {
		case "renstra", "rpjmn", "rpjm":
			return sourcePlan
		case "pk", "rkt", "ptk":
			return sourceAgreed
		case "strategis":
			if prev == "rencana" {
				return sourcePlan
			}
		case "menengah":
			if prev == "jangka" {
				return sourcePlan
			}
		case "kinerja":
			if prev == "perjanjian" || prev == "penetapan" {
				return sourceAgreed
			}
		}
		prev = "" // the word the next may complete, as a constant: no copy of w
		for _, p := range [...]string{"rencana", "jangka", "perjanjian", "penetapan"} {
			if string(w) == p {
				prev = p
			}
		}
		i = j
	}
	return sourceNone
}
