package parse

import (
	"strings"

	"github.com/kpu-ntt/lkj/etl/extract"
)

// A capaian table that carries earlier years beside the report year.
//
// A measurement table may set the report year's Target | Realisasi |
// Capaian beside columns of earlier years: a "Kondisi Awal (Realisasi
// 2022)" column before "Target 2023 | Realisasi 2023 | Capaian (%)", or
// two-level year headers ("2021" over Target/Realisasi, "2022" over
// Target/Realisasi/Capaian). The Capaian column measures one year only:
// that year's target and realisation are the capaian of the report, the
// earlier years' columns are a series. A comparison table without a
// Capaian column stays a series as a whole.

// groupYears gives each target or realisation column that names no year
// of its own the year of the upper header cell it stands under ("2021"
// spanning Target and Realisasi): a group cell spans the columns up to the
// next filled cell of its row (colGroup's reading, header_groups.go). Only
// a group cell that is a year alone ("2021", "Tahun 2021") gives its year.
// It allocates nothing: most tables asked have no year groups.
func groupYears(b *extract.Block, n int, role []int, bare, label [][]int) {
	for j := 0; j < n; j++ {
		if role[j] != roleTarget && role[j] != roleRealisasi || len(bare[j]) > 0 || len(label[j]) > 0 {
			continue
		}
		if y := groupYearOver(b, j); y != 0 {
			bare[j] = yearSlice(y)
		}
	}
}

// groupYearOver is the year of the upper header cell that column j stands
// under: the nearest filled cell at or left of j in an upper row, when it
// is a year alone. 0 when there is none.
func groupYearOver(b *extract.Block, j int) int {
	if len(b.Header) < 2 {
		return 0
	}
	for _, h := range b.Header[:len(b.Header)-1] {
		for k := min(j, len(h.Cells)-1); k >= 0; k-- {
			if strings.TrimSpace(h.Cells[k]) == "" {
				continue
			}
			if y := yearAlone(h.Cells[k]); y != 0 {
				return y
			}
			break
		}
	}
	return 0
}

// capaianYear is the year a Capaian column names: its label's ("Capaian
// 2022"), else its group's, else 0.
func capaianYear(b *extract.Block, j int, label [][]int) int {
	if len(label[j]) > 0 {
		return label[j][len(label[j])-1]
	}
	return groupYearOver(b, j)
}

// years1900 holds the years 1900-2099, for yearSlice.
var years1900 = func() (ys [200]int) {
	for i := range ys {
		ys[i] = 1900 + i
	}
	return
}()

// yearSlice is the one-year list {y} of a year yearAlone read (1900-2099),
// shared and capped: a year list is only read, and most tables cost no
// allocation.
func yearSlice(y int) []int {
	i := y - 1900
	return years1900[i : i+1 : i+1]
}

// yearAlone is the year of a header cell that names a year alone ("2022",
// "Tahun 2022", "TA. 2022"), else 0.
func yearAlone(s string) int {
	s = strings.TrimSpace(s)
	if len(s) > 4 {
		i := strings.LastIndexByte(s, ' ')
		if i < 0 {
			return 0
		}
		if !yearLabel(strings.TrimSpace(s[:i])) {
			return 0
		}
		s = s[i+1:]
	}
	if len(s) != 4 || !(s[0] == '1' && s[1] == '9' || s[0] == '2' && s[1] == '0') || !isDigitByte(s[2]) || !isDigitByte(s[3]) {
		return 0
	}
	return int(s[0]-'0')*1000 + int(s[1]-'0')*100 + int(s[2]-'0')*10 + int(s[3]-'0')
}

// yearLabel: a word that announces a year ("Tahun", "TA.").
func yearLabel(w string) bool {
	for _, y := range []string{"tahun", "th.", "th", "ta.", "ta"} {
		if strings.EqualFold(w, y) {
			return true
		}
	}
	return false
}

// measuredYear is the year a table with a Capaian column measures, when
// the table sets that year's target and realisation beside earlier years'
// columns: one target and one realisation of the latest realised year Y,
// every other year's target or realisation before Y (or a later year's
// target, a plan), and one Capaian column of Y: the only one (naming Y or
// no year), or of several, each naming its year, the one naming Y. 0 when
// the table is no such table. capYear is the year each Capaian column names.
func measuredYear(role, years []int, jenis []string, capYear func(j int) int) int {
	y := 0
	for j, jn := range jenis {
		if jn == "realisasi" && years[j] > y {
			y = years[j]
		}
	}
	if y == 0 {
		return 0
	}
	nCap, ofY := 0, 0
	for j, r := range role {
		if r != roleCapaian {
			continue
		}
		nCap++
		switch cy := capYear(j); {
		case cy == y:
			ofY++
		case cy > y:
			return 0
		case cy == 0:
			ofY += 100 // no year: only as the one Capaian column
		}
	}
	if nCap == 0 || nCap == 1 && ofY != 1 && ofY != 100 || nCap > 1 && ofY != 1 {
		return 0
	}
	nT, nR, earlier := 0, 0, 0
	for j, jn := range jenis {
		switch {
		case jn == "" || jn == "target_nasional":
		case years[j] == y && jn == "target":
			nT++
		case years[j] == y && jn == "realisasi":
			nR++
		case years[j] < y:
			earlier++
		case jn == "target":
			// a later year's target: a plan (dropPlannedTargets), read by neither
		default:
			return 0
		}
	}
	if nT != 1 || nR != 1 || earlier == 0 {
		return 0
	}
	return y
}

// jenisOff marks a column beside a measured year that neither the capaian
// nor the series reads: a later year's target (a plan), an earlier year's
// Capaian column.
const jenisOff = "lain"

// splitMeasured makes t a capaian table of the report year whose earlier
// years' columns are a series: the report year's target and realisation
// leave the series (jenis ""), the other columns keep their jenis for
// seriTable. It reports whether t is such a table.
func (p *parser) splitMeasured(t *tableInfo, role, years []int, jenis []string, label [][]int) bool {
	capYear := func(j int) int { return capaianYear(t.b, j, label) }
	y := measuredYear(role, years, jenis, capYear)
	if y == 0 || y != p.doc.Meta.Tahun {
		return false
	}
	for j, jn := range jenis {
		switch {
		case years[j] == y && (jn == "target" || jn == "realisasi"):
			jenis[j] = ""
		case years[j] > y && jn == "target":
			jenis[j] = jenisOff
		case role[j] == roleCapaian:
			if cy := capYear(j); cy != 0 && cy != y {
				jenis[j] = jenisOff
			}
		}
	}
	t.years, t.jenis = years, jenis
	t.roles = capaianRoles(t.b)
	return true
}

// measuredColumns, for capaianTable: when t is a capaian table with an
// earlier years' series beside it (splitMeasured), the series columns
// leave roles and the measured year is returned; else 0.
func measuredColumns(t *tableInfo, roles []int) int {
	y := 0
	for j, jn := range t.jenis {
		if j >= len(roles) {
			break
		}
		if jn != "" {
			roles[j] = roleNone
		} else if t.years[j] > y {
			y = t.years[j]
		}
	}
	return y
}
