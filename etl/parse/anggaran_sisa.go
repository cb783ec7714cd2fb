package parse

import (
	"strings"

	"github.com/kpu-ntt/lkj/etl/extract"
	"github.com/kpu-ntt/lkj/etl/facts"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// sisaCell reads a budget line's Sisa cell into a.Sisa, or keeps its text
// in a.SisaTeks when it is no amount. An amount in parentheses, "(1.275)",
// is the accountants' negative: an overspent line. The parentheses could
// also be a note, so the negative is loaded only when the line's own pagu
// − realisasi proves it; otherwise NULL with a finding.
func (p *parser) sisaCell(a *facts.Anggaran, sisa string, sc normalize.Convention, r *extract.Row, t *tableInfo) {
	if p.formulaSisa(a, sisa, r, t) {
		return // "=C5-D5" (anggaran_formula.go)
	}
	if p.varianceSisa(a, sisa, sc, r, t) {
		return // "Realisasi di atas/(di bawah) Anggaran" (anggaran_variance.go)
	}
	if p.overflowSisa(a, sisa, r, t) {
		return // "#####" (overflow_cells.go)
	}
	if inner, ok := parenthesized(sisa); ok {
		v, n := normalize.Money(scaled(inner, t.unit), sc)
		if n.Status == normalize.OK && v > 0 && a.Pagu != nil && a.Realisasi != nil && *a.Pagu-*a.Realisasi == -v {
			neg := -v
			a.Sisa = &neg
			return
		}
		a.SisaTeks = sisa
		p.find("anggaran.sisa_tidak_terbukti", facts.Warning, r.Start, r.End, sisa,
			"%s: sisa %q dalam kurung tidak dibuktikan oleh pagu − realisasi; dimuat NULL", t.label, sisa)
		return
	}
	if cutAtSeparator(sisa) {
		a.SisaTeks = sisa // "121.826.": repaired by pagu − realisasi, or NULL (anggaran_sisa_cut.go)
		return
	}
	v, n := scaledMoney(sisa, t.unit, sc)
	switch n.Status {
	case normalize.OK:
		a.Sisa = &v
	case normalize.CutOff:
		a.SisaTeks = sisa
	default:
		a.SisaTeks = sisa
		p.moneyFinding(n, sisa, r, t, "sisa")
	}
}

// parenthesized: "(1.275)" or "Rp (1.275)" gives "1.275"; the inner text
// must hold digits only with their separators.
func parenthesized(s string) (string, bool) {
	t := strings.TrimSpace(s)
	if !strings.HasSuffix(t, ")") {
		return "", false
	}
	i := strings.IndexByte(t, '(')
	if pre := strings.TrimSpace(t[:max(i, 0)]); i < 0 || pre != "" && !isCurrencyOnly(pre) {
		return "", false
	}
	inner := strings.TrimSpace(t[i+1 : len(t)-1])
	if inner == "" {
		return "", false
	}
	for k := 0; k < len(inner); k++ {
		if c := inner[k]; !(c >= '0' && c <= '9' || c == '.' || c == ',' || c == ' ') {
			return "", false
		}
	}
	return inner, true
}
