package parse

import (
	"strings"

	"github.com/kpu-ntt/lkj/etl/extract"
	"github.com/kpu-ntt/lkj/etl/facts"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// A variance column of the notes to the financial statements (CaLK) and of
// a Laporan Realisasi Anggaran ("Realisasi di atas/(di bawah) Anggaran",
// "Lebih/(Kurang)", "Selisih Lebih/(Kurang)", "Over/(Under) Budget") states
// realisasi − anggaran in the accountants' sign convention: an amount in
// parentheses (or with a minus) is realisasi below the budget. It is the
// sisa with its sign turned, so the column takes the Sisa role and each
// cell is turned back only when the row's own pagu − realisasi proves it;
// otherwise NULL with a finding. A bare "Selisih" states no direction and
// is left as it was.

// varianceHeader: a folded header (" key ") naming both directions of a
// variance: "di atas" with "di bawah", "lebih" with "kurang", "kelebihan"
// with "kekurangan", "over" with "under".
func varianceHeader(k string) bool {
	return has(k, "di atas", "diatas") && has(k, "di bawah", "dibawah") ||
		has(k, "lebih") && has(k, "kurang") ||
		has(k, "kelebihan") && has(k, "kekurangan") ||
		has(k, "over") && has(k, "under")
}

// varianceColumn: a header anggaranRoleOf reads as a variance: no "Sisa
// Lebih/(Kurang)" (a sisa in its own sign) and no percentage.
func varianceColumn(h string) bool {
	k := normalize.SpacedKey(h)
	return varianceHeader(k) && !strings.Contains(k, " sisa") && !strings.Contains(h, "%") &&
		!has(k, "persentase", "persen", "serapan", "penyerapan")
}

// varianceTable: the budget table's header names a variance column (asked
// once per table; tableInfo.varcol 1 yes, 2 no).
func varianceTable(t *tableInfo) bool {
	if t.varcol == 0 {
		t.varcol = 2
		if !varianceWords(t.b) {
			return false
		}
		for _, cs := range columnTexts(t.b) {
			if len(cs) > 0 && varianceColumn(strings.Join(cs, " ")) {
				t.varcol = 1
				break
			}
		}
	}
	return t.varcol == 1
}

// varianceSisa reads a Sisa cell of a variance column: sisa = −(the signed
// amount), loaded only when pagu − realisasi of the row equals it. It
// reports whether the cell was a variance amount (read or rejected); a
// cell holding no amount is left to sisaCell.
func (p *parser) varianceSisa(a *facts.Anggaran, cell string, sc normalize.Convention, r *extract.Row, t *tableInfo) bool {
	if !varianceTable(t) {
		return false
	}
	s := strings.TrimSpace(cell)
	neg := false
	if inner, ok := parenthesized(s); ok {
		s, neg = inner, true
	} else if rest, ok := cutMinus(s); ok {
		s, neg = rest, true
	}
	v, n := normalize.Money(scaled(s, t.unit), sc)
	if n.Status != normalize.OK || v < 0 {
		return false
	}
	if neg {
		v = -v
	}
	// the variance is realisasi − pagu: the sisa is its negative
	if a.Pagu != nil && a.Realisasi != nil && *a.Pagu-*a.Realisasi == -v {
		sisa := -v
		a.Sisa = &sisa
		return true
	}
	a.SisaTeks = cell
	p.find("anggaran.selisih_tidak_terbukti", facts.Warning, r.Start, r.End, cell,
		"%s: selisih realisasi − anggaran %q tidak dibuktikan oleh pagu dan realisasi barisnya; sisa dimuat NULL", t.label, cell)
	return true
}

// cutMinus: "-1.275", "− 1.275" (U+2212) or "–1.275" gives "1.275".
func cutMinus(s string) (string, bool) {
	for _, m := range [...]string{"-", "\u2212", "\u2013"} {
		if rest, ok := strings.CutPrefix(s, m); ok {
			rest = strings.TrimSpace(rest)
			return rest, rest != "" && rest[0] >= '0' && rest[0] <= '9'
		}
	}
	return "", false
}

// varianceWords: a cheap byte check before the header is folded: one of its
// cells holds "kurang", "bawah" or "under" in any letter case.
func varianceWords(b *extract.Block) bool {
	for _, h := range b.Header {
		if varianceCells(h.Cells) {
			return true
		}
	}
	return false
}

func varianceCells(cs []string) bool {
	for _, c := range cs {
		if containsFoldASCII(c, "kurang") || containsFoldASCII(c, "bawah") || containsFoldASCII(c, "under") {
			return true
		}
	}
	return false
}

// varianceOverRole: a variance header wrapped over two lines ("Realisasi
// di atas/" over "(di bawah) Anggaran") names no pagu nor realisasi by
// either line: the lines together make it the variance column. Read line
// by line it was a second pagu, and the table lost both.
func varianceOverRole(cs []string, r int) int {
	if len(cs) < 2 || r != roleRealisasi && r != rolePagu || !varianceCells(cs) {
		return r
	}
	if varianceColumn(strings.Join(cs, " ")) {
		return roleSisa
	}
	return r
}
