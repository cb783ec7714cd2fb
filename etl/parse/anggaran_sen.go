package parse

import (
	"strings"

	"github.com/kpu-ntt/lkj/etl/extract"
	"github.com/kpu-ntt/lkj/etl/facts"
)

// senColumns reads a budget table that writes the sen of each amount in a
// column of its own, right of the rupiah ("Pagu (Rp) | Sen"). The sen
// column has no role, so its cell is never read as a figure; but a sen
// other than zero means the amount is not a whole rupiah, and the rupiah
// alone would load a number that looks right and is not. Money is whole
// rupiah in the warehouse, so such an amount is blanked (NULL) with a
// finding.
func (p *parser) senColumns(t *tableInfo, b *extract.Block, roles []int, rows [][]string) {
	sen := senIndices(b, roles)
	if len(sen) == 0 {
		return
	}
	for i, cells := range rows {
		for _, j := range sen {
			if j >= len(cells) || wholeSen(cells[j]) || strings.TrimSpace(cells[j-1]) == "" {
				continue
			}
			r := b.Rows[i]
			p.find("anggaran.sen", facts.Warning, r.Start, r.End, cells[j-1]+" "+cells[j],
				"%s: %s rupiah %s sen bukan rupiah bulat; jumlah dimuat NULL", t.label, cells[j-1], strings.TrimSpace(cells[j]))
			cells[j-1] = ""
		}
	}
}

// senIndices lists the columns headed "Sen" alone that stand right of an
// amount column. The header is read cell by cell, so a table whose rows
// were rebuilt from a merged layout (cells not under their header) has none.
func senIndices(b *extract.Block, roles []int) []int {
	var out []int
	for _, h := range b.Header {
		for j, c := range h.Cells {
			if j == 0 || j >= len(roles) || !strings.EqualFold(strings.TrimSpace(c), "sen") {
				continue
			}
			switch roles[j-1] {
			case rolePagu, rolePaguAwal, roleRealisasi, roleSisa:
				out = append(out, j)
			}
		}
	}
	return out
}

// wholeSen: an empty sen cell, a dash or zeros leave the rupiah whole.
func wholeSen(c string) bool {
	c = strings.TrimSpace(c)
	if c == "-" {
		return true
	}
	for i := 0; i < len(c); i++ {
		if c[i] != '0' {
			return false
		}
	}
	return true
}

// sumSign: a total row labelled with the summation sign alone ("∑", or the
// Greek capital sigma typed in its place) in the label column.
func sumSign(s string) bool {
	if len(s) < 2 || len(s) > 8 {
		return false // a sign is two or three bytes: most labels stop here
	}
	s = strings.TrimSpace(s)
	return s == "∑" || s == "Σ"
}
