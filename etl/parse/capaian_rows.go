package parse

import (
	"strings"

	"github.com/kpu-ntt/lkj/etl/extract"
	"github.com/kpu-ntt/lkj/etl/indicator"
)

// Capaian tables whose label column is not titled "Indikator". A report
// may head the column of indicator statements "Uraian", "Kinerja", "IKU"
// or "Sasaran Strategis" and still set Target and Realisasi beside it. The
// header alone does not prove such a table, its rows do: it is read as a
// capaian table when it has Target and Realisasi columns and most of the
// label cells are indicator statements (the catalogue knows them, or they
// open with an indicator's head word: Persentase, Nilai, Indeks ...).

// capaianByRows reads such a table; false when t is not one.
func (p *parser) capaianByRows(t *tableInfo) bool {
	if p.periodCapaian(t) {
		return true // targets per triwulan, semester or month with no Target title (capaian_periods.go)
	}
	b := t.b
	if len(b.Header) == 0 || len(b.Rows) < 2 || !strings.Contains(t.hdr, "realisa") && !has(t.hdr, "real") {
		return false
	}
	if len(distinctYears(t.hdr)) >= 2 {
		return false // years side by side: a series, not one year's capaian
	}
	roles := capaianRoles(b)
	first, nTarget, nReal := -1, 0, 0
	for j, r := range roles {
		switch r {
		case roleTarget:
			nTarget++
		case roleRealisasi:
			nReal++
		case roleCapaian:
		default:
			continue
		}
		if first < 0 {
			first = j
		}
	}
	if nTarget != 1 || nReal != 1 || first < 1 || moneyTable(t) {
		return false
	}
	label := indexOf(roles, roleIndikator)
	if label < 0 || label > first {
		label = -1
		for j := first - 1; j >= 0 && label < 0; j-- {
			if roles[j] == roleNone || roles[j] == roleProgram {
				label = j
			}
		}
	}
	if label < 0 || !indicatorColumn(b, label) {
		return false
	}
	nb := *b
	nb.Header = make([]extract.Row, len(b.Header))
	copy(nb.Header, b.Header)
	last := &nb.Header[len(nb.Header)-1]
	cells := make([]string, max(len(last.Cells), label+1))
	copy(cells, last.Cells)
	cells[label] = "Indikator " + cells[label]
	last.Cells = cells
	nt := *t
	nt.money = 0 // another block: moneyTable asks again
	nt.b, nt.fam, nt.hdr = &nb, famCapaian, headerText(&nb)
	p.capaianTable(&nt)
	return true
}

// indicatorColumn: most filled cells of column j are indicator statements.
func indicatorColumn(b *extract.Block, j int) bool {
	filled, stmts := 0, 0
	for _, r := range b.Rows {
		c := strings.TrimSpace(r.Cell(j))
		if c == "" || valueLike(c) {
			continue
		}
		filled++
		if _, _, ok := indicator.Match(c); ok || startsIndicator(c) && len(strings.Fields(c)) >= 3 {
			stmts++
		}
	}
	return stmts >= 2 && 2*stmts >= filled
}
