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
// It returns the year of the Capaian column: its own label's ("Capaian
// 2022"), else its group's, else 0. It allocates nothing: most tables
// asked have no year groups.
func groupYears(b *extract.Block, n int, role []int, bare, label [][]int) int {
	capYear := 0
	for j := 0; j < n; j++ {
		if role[j] == roleCapaian && len(label[j]) > 0 {
			capYear = label[j][len(label[j])-1]
		}
	}
	if len(b.Header) < 2 {
		return capYear
	}
	for _, h := range b.Header[:len(b.Header)-1] {
		for j := 0; j < len(h.Cells) && j < n; j++ {
			y := yearAlone(h.Cells[j])
			if y == 0 {
				continue
			}
			to := j + 1
			for to < n && (to >= len(h.Cells) || strings.TrimSpace(h.Cells[to]) == "") {
				to++
			}
			for k := j; k < to; k++ {
				switch {
				case role[k] == roleCapaian && capYear == 0:
					capYear = y
				case (role[k] == roleTarget || role[k] == roleRealisasi) && len(bare[k]) == 0 && len(label[k]) == 0:
					bare[k] = yearSlice(y)
				}
			}
		}
	}
	return capYear
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
// columns: exactly one Capaian column (of that year when it names one),
// one target and one realisation of the latest realised year Y, and every
// other year's target or realisation before Y (or a later year's target, a
// plan). 0 when the table is no such table.
func measuredYear(role, years []int, jenis []string, capYear int) int {
	nCap := 0
	for _, r := range role {
		if r == roleCapaian {
			nCap++
		}
	}
	if nCap != 1 {
		return 0
	}
	y := 0
	for j, jn := range jenis {
		if jn == "realisasi" && years[j] > y {
			y = years[j]
		}
	}
	if y == 0 || capYear != 0 && capYear != y {
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

// jenisPlan marks a later year's target column beside a measured year: it
// leaves the capaian columns and is no series value either.
const jenisPlan = "rencana"

// splitMeasured makes t a capaian table of the report year whose earlier
// years' columns are a series: the report year's target and realisation
// leave the series (jenis ""), the other columns keep their jenis for
// seriTable. It reports whether t is such a table.
func (p *parser) splitMeasured(t *tableInfo, role, years []int, jenis []string, capYear int) bool {
	y := measuredYear(role, years, jenis, capYear)
	if y == 0 || y != p.doc.Meta.Tahun {
		return false
	}
	for j, jn := range jenis {
		switch {
		case years[j] == y && (jn == "target" || jn == "realisasi"):
			jenis[j] = ""
		case years[j] > y && jn == "target":
			jenis[j] = jenisPlan
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
