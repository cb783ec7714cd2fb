package parse

import (
	"strings"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// A SAKIP components table whose rows name their component by a letter
// (or a short code) that a key under or over the table explains:
//
//	Komponen  Bobot  Nilai
//	A         30,00  22,30
//	…
//	D         25,00  18,56
//	Nilai Akhir 100,00 71,76
//
//	Keterangan: A = Perencanaan Kinerja; B = Pengukuran Kinerja; …
//
// The letters are no component's name, so every row was one of "other
// scores" and the table loaded nothing. The key is read as a capaian
// table's legend is (capaian_columns.go legendOf: a code followed by ':'
// or '=', in the paragraphs or a two-cell table next to the table); the
// codes are replaced by their names only when every code is explained, by
// a component's name, and no two codes name the same component. A key
// that leaves one unexplained changes nothing, and the table's own
// finding stands.

// komponenLegend writes into column nama of b the component names the
// key near the table gives its row codes; false when it gives none.
func (p *parser) komponenLegend(t *tableInfo, nama int) bool {
	b := t.b
	if nama < 0 {
		return false
	}
	var codes []string
	rows := make([]int, 0, 6)
	for i := range b.Rows {
		c := strings.TrimSpace(b.Rows[i].Cell(nama))
		if !komponenCode(c) {
			continue
		}
		codes = append(codes, strings.TrimRight(c, ".)"))
		rows = append(rows, i)
	}
	if len(codes) < 2 {
		return false
	}
	key := p.legendOf(codes, func(stmt string) bool { return komponenOf(stmt) != "" })
	seen := map[string]bool{}
	for _, c := range codes {
		id := komponenOf(key[c])
		if id == "" || seen[id] {
			return false
		}
		seen[id] = true
	}
	for k, i := range rows {
		b.Rows[i].Cells[nama] = key[codes[k]]
	}
	p.find("sakip.komponen_dari_keterangan", facts.Info, b.Start, b.End, t.label,
		"%s: komponen ditulis dengan kode (%s); namanya dibaca dari keterangan di dekat tabel", t.label, strings.Join(codes, ", "))
	return true
}

// komponenCode reports a name cell that is a short code, not a name: one
// to three letters or digits ("A", "II", "K1"), a trailing '.' or ')'
// aside.
func komponenCode(c string) bool {
	c = strings.TrimRight(c, ".)")
	if c == "" || len(c) > 3 {
		return false
	}
	for i := 0; i < len(c); i++ {
		if !isWordByte(c[i]) || c[i] == '_' {
			return false
		}
	}
	return true
}
