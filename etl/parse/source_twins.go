package parse

import (
	"strings"

	"github.com/kpu-ntt/lkj/etl/extract"
	"github.com/kpu-ntt/lkj/etl/facts"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// Reconciliation sheets print one figure twice, once per source that
// reports it ("Realisasi (SAKTI)" beside "Realisasi (OM-SPAN)", "Pagu
// (DIPA)" beside "Pagu (RKA-K/L)"), often followed by a bare "Selisih"
// column. Either column alone is unproven: a row whose sources agree (and
// whose difference, when printed, is nil) proves its figure; a row whose
// sources differ loads it NULL with a finding naming both. Taking the
// first column, or refusing both as parts of a whole, is wrong.

// roleTwinBase + r is the role of a column repeating role r from another
// source; only sourceTwinCols gives it, only the row checks read it.
const roleTwinBase = roleNilai + 200

// twinOf is the role a twin column repeats, or roleNone.
func twinOf(role int) int { return unshifted(role, roleTwinBase) }

// unshifted is the role r that base + r stands for, or roleNone: the
// column roles a reader gives above the ordinary ones (a twin, a
// qualified variant) carry the role they repeat.
func unshifted(role, base int) int {
	if role > base && role < base+100 {
		return role - base
	}
	return roleNone
}

// sourceTwinCols settles role r when its columns (two or more) share one
// header once the parenthesised source is dropped and each names a
// different source: the first keeps r, the others become its twins.
func sourceTwinCols(cols [][]string, out []int, r int) bool {
	var idx []int
	base := ""
	seen := map[string]bool{}
	for j, rr := range out {
		if rr != r {
			continue
		}
		if j >= len(cols) {
			return false
		}
		b, src, ok := sourceQualified(strings.Join(cols[j], " "))
		if !ok || seen[src] || len(idx) > 0 && b != base {
			return false
		}
		base, seen[src] = b, true
		idx = append(idx, j)
	}
	if len(idx) < 2 {
		return false
	}
	for _, j := range idx[1:] {
		out[j] = roleTwinBase + r
	}
	return true
}

// sourceQualified splits a header "Realisasi (OM-SPAN)" into its folded
// name and source. A parenthesis naming a unit, a year, a period or a
// part of the whole ("(Rp)", "(2022)", "(TW I)", "(s.d. Juni)", "(Belanja
// Barang)") is no source: those columns hold different figures.
func sourceQualified(h string) (string, string, bool) {
	open := strings.LastIndexByte(h, '(')
	end := strings.LastIndexByte(h, ')')
	if open < 0 || end < open {
		return "", "", false
	}
	src := normalize.Key(h[open+1 : end])
	name := normalize.Key(h[:open] + " " + h[end+1:])
	if src == "" || name == "" || strings.ContainsAny(src, "0123456789") {
		return "", "", false
	}
	k := " " + src + " "
	if has(k, "rp", "rupiah", "ribu", "juta", "miliar", "persen", "idr", "awal", "akhir", "semula", "revisi", "perubahan",
		"bruto", "neto", "gross", "net", "bersih", "kotor") ||
		reWholeCol.MatchString(k) || rePartCol.MatchString(k) || reInitialCol.MatchString(k) {
		return "", "", false
	}
	if _, ok := budgetPeriod([]string{src}); ok {
		return "", "", false
	}
	return name, src, true
}

// budgetTwins checks a budget row's figures printed once per source: a
// figure whose sources differ, or whose printed difference is not nil, is
// unproven and loads NULL.
func (p *parser) budgetTwins(a *facts.Anggaran, roles []int, cells []string, convs []normalize.Convention, r *extract.Row, t *tableInfo) {
	for j, role := range roles {
		base := twinOf(role)
		if base == roleNone || j >= len(cells) {
			continue
		}
		i := indexOf(roles, base)
		if i < 0 || i >= len(cells) {
			continue
		}
		if twinCellsAgree(cells, convs, i, j) && nilDifference(t.b, cells, convs, j) {
			continue
		}
		switch base {
		case rolePagu:
			a.Pagu = nil
		case roleRealisasi:
			a.Realisasi = nil
		case roleSisa:
			a.Sisa, a.SisaTeks = nil, ""
		case rolePersen:
			a.SerapanLapor = nil
		}
		p.find("anggaran.sumber_berbeda", facts.Warning, r.Start, r.End, t.label,
			"%s: %s tercantum menurut dua sumber yang tidak sama (%q dan %q) atau selisihnya tidak nol; nilainya tidak terbukti, dimuat NULL",
			t.label, roleName(base), cells[i], cells[j])
	}
}

// capaianTwinCols marks the columns of a capaian table repeating a target,
// realisasi or capaian from another source; whether any were found.
func capaianTwinCols(b *extract.Block, roles []int) bool {
	var cols [][]string
	found := false
	for _, r := range [...]int{roleTarget, roleRealisasi, roleCapaian} {
		n := 0
		for _, rr := range roles {
			if rr == r {
				n++
			}
		}
		if n < 2 {
			continue
		}
		if cols == nil {
			cols = columnTexts(b)
		}
		if sourceTwinCols(cols, roles, r) {
			found = true
		}
	}
	return found
}

func hasTwin(roles []int) bool {
	for _, r := range roles {
		if twinOf(r) != roleNone {
			return true
		}
	}
	return false
}

// capaianTwins checks one capaian row of a table with twin columns: a
// value whose sources differ, or whose printed difference is not nil, is
// dropped with a finding. Values read by their order cannot tell a twin
// from the column after it, so such a row keeps none.
func (p *parser) capaianTwins(t *tableInfo, r *extract.Row, roles []int, rc *rowCells) {
	if rc == nil || !hasTwin(roles) {
		return
	}
	if rc.byContent || rc.inline {
		p.dropValues(rc, r, "baris tidak sejajar dengan kolomnya; kolom yang sama menurut dua sumber tidak dapat dipisahkan")
		rc.vals = roleVals{}
		return
	}
	for j, role := range roles {
		base := twinOf(role)
		i := indexOf(roles, base)
		if base == roleNone || i < 0 || i >= len(r.Cells) || j >= len(r.Cells) {
			continue
		}
		if twinCellsAgree(r.Cells, nil, i, j) && nilDifference(t.b, r.Cells, nil, j) {
			continue
		}
		rc.vals.set(base, "")
		p.find("capaian.sumber_berbeda", facts.Warning, r.Start, r.End, t.label,
			"%s: %s tercantum menurut dua sumber yang tidak sama (%q dan %q) atau selisihnya tidak nol; nilainya tidak terbukti, dimuat NULL",
			t.label, capaianRoleName(base), r.Cells[i], r.Cells[j])
	}
}

// twinCellsAgree: both cells empty, the same number, or the same words.
func twinCellsAgree(cells []string, convs []normalize.Convention, i, j int) bool {
	x, y := strings.TrimSpace(cells[i]), strings.TrimSpace(cells[j])
	if x == y {
		return true
	}
	nx := normalize.ParseNumber(x, convAt(convs, i))
	ny := normalize.ParseNumber(y, convAt(convs, j))
	return nx.Status == normalize.OK && ny.Status == normalize.OK && nx.Value == ny.Value
}

func convAt(convs []normalize.Convention, j int) normalize.Convention {
	if j < len(convs) {
		return convs[j]
	}
	return normalize.Unknown
}

// nilDifference: the column right after twin column j, when headed by a
// bare "Selisih", holds nothing, a dash or zero on this row.
func nilDifference(b *extract.Block, cells []string, convs []normalize.Convention, j int) bool {
	cols := columnTexts(b)
	k := j + 1
	if k >= len(cols) || k >= len(cells) || !bareSelisih(cols[k]) {
		return true
	}
	c := strings.TrimSpace(cells[k])
	if c == "" || strings.Trim(c, "-–—") == "" {
		return true
	}
	n := normalize.ParseNumber(c, convAt(convs, k))
	return n.Status == normalize.OK && n.Value == 0
}

// bareSelisih: a header "Selisih" (or "Selisih (Rp)"), naming no other
// pair of figures.
func bareSelisih(cs []string) bool {
	k := normalize.Key(strings.Join(cs, " "))
	return k == "selisih" || k == "selisih rp" || k == "beda" || k == "perbedaan"
}
