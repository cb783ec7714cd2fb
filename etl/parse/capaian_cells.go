package parse

// One capaian row's cells by role: which cell is the number, program,
// sasaran, indicator and each value, values found in the wrong cell, and
// values run into the name cell by a PDF (capaianTable, capaian.go).

import (
	"strings"

	"github.com/kpu-ntt/lkj/etl/extract"
	"github.com/kpu-ntt/lkj/etl/facts"
	"github.com/kpu-ntt/lkj/etl/indicator"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// rowCells are the cells of one row by role.
type rowCells struct {
	no, prog, sas, ind string
	sasIdx             int
	vals               roleVals
	inline             bool
	byContent          bool   // values taken by their order, not their columns
	unit               string // the Satuan column
}

// assignCells maps a row's cells to roles: by position when the row lines
// up with the header, else by content (the run of values after the
// indicator text), which survives rows that lost their leading cells.
//
// The answer is rc itself, overwritten: capaianTable reads one row's cells
// at a time and keeps none of them past the row (issue 13: a rowCells per
// row was a tenth of the table's allocations).
func (p *parser) assignCells(r *extract.Row, roles []int, ind int, rc *rowCells) *rowCells {
	cells := r.Cells
	*rc = rowCells{sasIdx: indexOf(roles, roleSasaran)}
	positional := len(cells) <= len(roles) && ind < len(cells) && cells[ind] != "" && !valueLike(cells[ind]) && !bareUnit(cells[ind])
	if positional {
		exact := len(cells) == len(roles) && r.Start == r.End // one line filling every column
		for j, role := range roles {
			if j >= len(cells) {
				break
			}
			switch role {
			case roleTarget, roleRealisasi, roleCapaian:
				if cells[j] != "" && !valueLike(cells[j]) && !shardLike(cells[j]) && !wordValue(cells[j]) && !(exact && textValue(cells[j])) && !overflowCell(cells[j]) && !fieldErrorCell(cells[j]) {
					positional = false
				}
			case roleSatuan:
				// a short row whose unit cell holds a figure lost a cell
				// before it (an empty unit dropped): by position its
				// figures would land one column to the left of their own
				if len(cells) < len(roles) && cells[j] != "" && valueLike(cells[j]) && !bareUnit(cells[j]) {
					positional = false
					p.find("capaian.baris_bergeser", facts.Info, r.Start, r.End, strings.Join(cells, " | "),
						"baris %q kurang sel dan kolom Satuan berisi angka %q: angka dibaca berurutan dari angka pertama, bukan menurut posisi kolom", cells[ind], cells[j])
				}
			}
		}
	}
	if positional {
		for j, role := range roles {
			if j >= len(cells) {
				break
			}
			c := cells[j]
			switch role {
			case roleNo:
				rc.no = c
			case roleProgram, roleTujuan:
				if rc.prog == "" {
					rc.prog = c
				}
			case roleSasaran:
				rc.sas = c
			case roleIndikator:
				rc.ind = c
			case roleSatuan:
				rc.unit = c
			case roleTarget, roleRealisasi, roleCapaian, roleKeterangan:
				rc.vals.set(role, c)
			}
		}
		if j := indexOf(roles, roleNo); j < 0 && len(cells) > 0 && isRowNumber(cells[0]) {
			rc.no = cells[0]
		}
		p.misplaced(r, roles, ind, rc)
		return rc
	}
	// content: the first value-like cell after some text starts the values
	first := -1
	for j := 1; j < len(cells); j++ {
		if cells[j] != "" && (valueLike(cells[j]) || wordValue(cells[j]) && j > 1) {
			first = j
			break
		}
	}
	if first < 0 {
		if len(cells) == 1 || nonEmpty(cells) == 1 {
			return p.inlineRow(r, roles, rc)
		}
		// no values: text only, by position
		for j, role := range roles {
			if j >= len(cells) {
				break
			}
			switch role {
			case roleNo:
				rc.no = cells[j]
			case roleSasaran:
				rc.sas = cells[j]
			case roleIndikator:
				rc.ind = cells[j]
			case roleProgram:
				rc.prog = cells[j]
			}
		}
		return rc
	}
	var vroles []int
	for _, role := range roles {
		switch role {
		case roleTarget, roleRealisasi, roleCapaian, roleKeterangan:
			vroles = append(vroles, role)
		}
	}
	for k, role := range vroles {
		if first+k < len(cells) {
			rc.vals.set(role, cells[first+k])
		}
	}
	var texts []string
	for j, c := range cells[:first] {
		if c != "" && !shardLike(c) && !unitText(cells, roles, ind, j, rc) { // "%", "Opini": the row's unit (capaian_unitkey.go)
			texts = append(texts, c)
		}
	}
	if len(texts) > 0 && isRowNumber(texts[0]) {
		rc.no = texts[0]
		texts = texts[1:]
	}
	if n := len(texts); n > 0 {
		rc.ind = texts[n-1]
		if n > 1 && indexOf(roles, roleSasaran) >= 0 {
			rc.sas = texts[n-2]
			if n > 2 {
				rc.prog = texts[n-3]
			}
		} else if n > 1 {
			rc.prog = texts[n-2]
		}
	}
	rc.sasIdx = -1
	rc.byContent = true
	return rc
}

// misplaced moves continuation text that the PDF put in an empty column
// left of the indicator back to the indicator, when that makes the
// indicator a known one ("... untuk" + "Pemilih Disabilitas").
func (p *parser) misplaced(r *extract.Row, roles []int, ind int, rc *rowCells) {
	head := r.Head()
	if r.Start == r.End || ind >= len(head) || head[ind] == "" {
		return
	}
	for j := 0; j < ind && j < len(r.Cells); j++ {
		if r.Cells[j] == "" || (j < len(head) && head[j] != "") {
			continue
		}
		cand := rc.ind + " " + r.Cells[j]
		_, s0, ok0 := indicator.Match(rc.ind)
		if _, s1, ok1 := indicator.Match(cand); ok1 && (!ok0 || s1 > s0) {
			rc.ind = cand
			switch roles[j] {
			case roleSasaran:
				rc.sas = ""
			case roleProgram, roleTujuan:
				rc.prog = ""
			}
		}
	}
}

// inlineRow reads a row whose cells the PDF ran together into one:
// "1 Persentase ... 100% 100% 100% menyelenggarakan ...". It overwrites
// and returns rc (see assignCells).
func (p *parser) inlineRow(r *extract.Row, roles []int, rc *rowCells) *rowCells {
	text := strings.Join(nonEmptyCells(r.Cells), " ")
	words := strings.Fields(text)
	var vroles []int
	for _, role := range roles {
		switch role {
		case roleTarget, roleRealisasi, roleCapaian:
			vroles = append(vroles, role)
		}
	}
	*rc = rowCells{sasIdx: -1}
	if len(words) < 4 || !isRowNumber(words[0]) || len(vroles) < 2 {
		return rc
	}
	for i := 1; i+len(vroles) <= len(words); i++ {
		ok := true
		for k := range vroles {
			if !percentOrGrade(words[i+k]) {
				ok = false
				break
			}
		}
		if !ok {
			continue
		}
		*rc = rowCells{sasIdx: -1, no: words[0], inline: true}
		rc.ind = strings.Join(append(append([]string{}, words[1:i]...), words[i+len(vroles):]...), " ")
		for k, role := range vroles {
			rc.vals.set(role, words[i+k])
		}
		return rc
	}
	return rc
}

func percentOrGrade(w string) bool {
	if normalize.Grade(w) != "" {
		return true
	}
	n := normalize.ParseNumber(w, normalize.Unknown)
	return n.Status == normalize.OK && n.Percent
}

func (p *parser) dropValues(rc *rowCells, r *extract.Row, why string) {
	for _, role := range valueRoles {
		if v := rc.vals.get(role); v != "" && v != "-" {
			p.find("nilai.tidak_terbaca", facts.Warning, r.Start, r.End, v, "%q diabaikan: %s", v, why)
		}
	}
}
