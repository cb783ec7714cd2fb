package parse

import (
	"strings"

	"github.com/kpu-ntt/lkj/etl/extract"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// codeColumns marks the columns of a budget table that hold only codes:
// a spreadsheet export writes the program code ("WA"), the kegiatan code
// ("3355") and the output code each in its own column ("Program |
// Kegiatan | Uraian"), the names in a column of their own. A column is a
// code column when its header names a level or a code (or nothing: a
// merged header cell) and every non-empty body cell is a budget code; it
// is marked only when a text column (the names) remains beside it. A
// table with a Kode column already is left alone. roles is changed in
// place. logical: the roles are of logical columns (amounts joined from
// two cells), so a column without a header is not told apart.
func codeColumns(roles []int, b *extract.Block, logical bool, rows [][]string) []int {
	if k := indexOf(roles, roleKode); k >= 0 {
		return programColumn(roles, k, rows)
	}
	var hdr [][]string // built only when a column without a role asks
	var codes []int
	for j, r := range roles {
		if r == roleNone && !logical && hdr == nil {
			hdr = columnTexts(b)
		}
		if r != roleUraian && !(r == roleNone && !logical && j < len(hdr) && len(hdr[j]) == 0) {
			continue
		}
		if filledAll(rows, j, isCode) > 0 {
			codes = append(codes, j)
		}
	}
	if len(codes) == 0 {
		return roles
	}
	names := 0
	for j, r := range roles {
		if r == roleUraian && indexOf(codes, j) < 0 {
			names++
		}
	}
	if names == 0 {
		return roles
	}
	for _, j := range codes {
		roles[j] = roleKode
	}
	return roles
}

// programColumn marks a column of program codes left of the Kode column
// ("Program | Kode | Kegiatan" with "CQ | 6872 | …") as a code column too,
// so each kegiatan row carries its own program. Rows sorted by amount mix
// the programs: without this column, the program above a row is not its
// parent. It is marked only when every Kode cell is a bare kegiatan code
// (no program of its own to clash with) and a names column remains.
func programColumn(roles []int, k int, rows [][]string) []int {
	if filledAll(rows, k, func(c string) bool { return len(c) == 4 && normalize.AllDigits(c) }) < 0 {
		return roles
	}
	names := 0
	for _, r := range roles {
		if r == roleUraian {
			names++
		}
	}
	for j := 0; j < k && names > 1; j++ {
		if roles[j] != roleUraian {
			continue
		}
		if filledAll(rows, j, func(c string) bool { _, ok := programCode(c); return ok }) > 0 {
			roles[j] = roleKode
			return roles
		}
	}
	return roles
}

// filledAll is the number of non-empty cells of column j, or -1 when one
// of them is not ok.
func filledAll(rows [][]string, j int, ok func(string) bool) int {
	n := 0
	for _, cells := range rows {
		if j >= len(cells) {
			continue
		}
		if c := strings.TrimSpace(cells[j]); c != "" {
			if !ok(c) {
				return -1
			}
			n++
		}
	}
	return n
}

// rowCode is a row's written code: the cells of its code columns joined
// into one path ("WA" + "3355" → "WA.3355"; a kegiatan row that leaves the
// program column empty is "3355", read under the program above it). A
// column repeating the whole code (printed at both ends of the row, so a
// wide sheet's right half still shows it) adds nothing.
func rowCode(roles []int, cells []string) string {
	code := ""
	for j, r := range roles {
		if r != roleKode || j >= len(cells) {
			continue
		}
		c := strings.TrimSpace(cells[j])
		if c == "" || c == code {
			continue // a code printed again at the row's other end ("3355 | … | 3355")
		}
		if code != "" {
			code += "."
		}
		code += c
	}
	return code
}

// firstOfRole is the first non-empty cell of the columns of one role: a
// name written in the "Kegiatan" column of a "Program | Kegiatan" pair is
// the row's name, not an empty "Program" cell (which would make the row a
// total without a label).
func firstOfRole(roles []int, cells []string, role int) string {
	for j, r := range roles {
		if r == role && j < len(cells) && strings.TrimSpace(cells[j]) != "" {
			return cells[j]
		}
	}
	return ""
}
