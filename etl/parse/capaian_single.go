package parse

import (
	"regexp"
	"strings"

	"github.com/kpu-ntt/lkj/etl/extract"
	"github.com/kpu-ntt/lkj/etl/indicator"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// One small table per indicator. Some reports measure each indicator under
// its own heading and give it a table of one row with no indicator column:
//
//	Indikator 2: Persentase tersedianya sarana dan prasarana ...
//
//	Tabel 3.3
//	Target   Realisasi   Capaian
//	95%      91,30%      96,11%
//
// The heading names the row's indicator. The table is read as a capaian
// table whose indicator column holds the heading's statement, only when
// the heading is the paragraph right above the table's caption, its
// statement reads as an indicator, and the table has one row of target
// and realisation.

var reIndicatorHeading = regexp.MustCompile(`(?i)^(?:\d+(?:\.\d+)*\.?\s+)?(indikator(?:\s+kinerja)?(?:\s+(?:utama|sasaran(?:\s+strategis)?|kegiatan|program))?)\s*(?:\d{1,2}|[ivx]{1,4})?\s*[:.)\x{2013}\x{2014}-]\s+(\S.{8,250})$`)

// reEnumerator is the numbering of a heading: "a.", "2)", "3.1.2", "(b)".
var reEnumerator = regexp.MustCompile(`^(?:\(?[a-zA-Z0-9]{1,2}[.)]|\d+(?:\.\d+)+\.?)\s+`)

// indicatorOwnTable reads such a table; false when t is not one.
func (p *parser) indicatorOwnTable(t *tableInfo) bool {
	b := t.b
	if len(b.Rows) != 1 || len(b.Header) == 0 {
		return false
	}
	roles := capaianRoles(b)
	hasT, hasR := false, false
	for _, r := range roles {
		switch r {
		case roleTarget:
			hasT = true
		case roleRealisasi:
			hasR = true
		case roleCapaian, roleKeterangan, roleSatuan, roleNone:
		default:
			return false // an indicator, program or row-number column: not this layout
		}
	}
	if !hasT || !hasR || moneyTable(t) {
		return false
	}
	label, stmt := headingIndicator(strings.TrimSpace(reTabelNo.ReplaceAllString(b.Caption, "")), true)
	if stmt == "" {
		label, stmt = p.indicatorHeading()
	}
	if stmt == "" {
		return false
	}
	nb := *b
	nb.Width = b.Width + 1
	nb.Header = make([]extract.Row, len(b.Header))
	for i, h := range b.Header {
		cell := ""
		if i == len(b.Header)-1 {
			cell = label
		}
		nb.Header[i] = extract.Row{Start: h.Start, End: h.End, Cells: append([]string{cell}, h.Cells...)}
	}
	r := b.Rows[0]
	nb.Rows = []extract.Row{{Start: r.Start, End: r.End, Cells: append([]string{stmt}, r.Cells...)}}
	nt := *t
	nt.money = 0 // another block: moneyTable asks again
	nt.b, nt.fam, nt.hdr = &nb, famCapaian, headerText(&nb)
	p.capaianTable(&nt)
	return true
}

// indicatorHeading is the indicator the paragraph right above the current
// table's caption announces ("Indikator 2: Persentase ..."): the heading's
// label ("Indikator", "Indikator Kinerja Kegiatan") and the statement.
func (p *parser) indicatorHeading() (string, string) {
	for k := len(p.recent) - 1; k >= 0; k-- {
		rt := p.recent[k]
		if rt.caption {
			continue
		}
		return headingIndicator(strings.TrimSpace(rt.text), false)
	}
	return "", ""
}

// headingIndicator reads a heading that names one indicator: "Indikator
// 2: Persentase ..." (an indicator statement after the label), or, bare or
// behind an enumerator ("b. Opini BPK atas Laporan Keuangan"), a statement
// the catalogue knows. A caption must use the label: its words describe the
// table, not always one indicator.
func headingIndicator(t string, caption bool) (string, string) {
	if m := reIndicatorHeading.FindStringSubmatch(t); m != nil {
		stmt := strings.TrimRight(strings.TrimSpace(m[2]), ".")
		if _, _, ok := indicator.Match(stmt); ok || startsIndicator(stmt) && len(strings.Fields(stmt)) >= 3 {
			return m[1], stmt
		}
		return "", ""
	}
	if caption || len(t) > 250 {
		return "", ""
	}
	stmt := strings.TrimSpace(reEnumerator.ReplaceAllString(t, ""))
	if _, _, ok := indicator.Match(stmt); ok && startsIndicator(stmt) && !strings.HasSuffix(stmt, ".") {
		return "Indikator", stmt
	}
	return "", ""
}

// moneyTable: a table whose caption speaks of the budget or whose cells
// hold money. Its Target and Realisasi are a budget's (or revenue's), never
// an indicator's capaian.
func moneyTable(t *tableInfo) bool {
	// asked by several readers of one table: every cell is parsed once
	if t.money == 0 {
		t.money = 2
		if isMoneyTable(t) {
			t.money = 1
		}
	}
	return t.money == 1
}

func isMoneyTable(t *tableInfo) bool {
	if has(t.cap, "anggaran", "pagu", "rp", "belanja", "pendapatan", "pnbp") {
		return true
	}
	for _, r := range t.b.Rows {
		for _, c := range r.Cells {
			if !hasDigitStr(c) {
				continue
			}
			if v := normalize.ParseValue(c, normalize.Unknown); v.Unit == "rupiah" || v.Num != nil && *v.Num >= 1e6 {
				return true
			}
		}
	}
	return false
}
