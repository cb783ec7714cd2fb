package parse

import (
	"strings"

	"github.com/kpu-ntt/lkj/etl/facts"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// A kegiatan code joined to its program's short code by a slash or a
// hyphen: "WA/3355", "CQ-6867" under the program rows "076.01.WA",
// "076.01.CQ" of the same table. The part before the separator is the last
// segment of a program code (two capitals), the part after it the
// kegiatan's own four digits. The prefix alone proves nothing: it must
// name a program row loaded from this table above the line, and the
// kegiatan's parent is that row's code, never one made up from the two
// letters ("076.01."+prefix) nor the row just above. A prefix that names
// no program row of the table (or two of them) loads nothing.
//
// Not this class: "3355/EBA" (a kegiatan with its KRO: digits first),
// "2019/2020" (a year pair), "12/2019" (a number and a year), "1.250/30"
// (two figures): none has two capitals before the separator.

// slashCodeShape: "WA/3355" or "WA-3355", exactly; byte checks only, as
// every code cell of a budget table asks.
func slashCodeShape(t string) bool {
	return len(t) == 7 && (t[2] == '/' || t[2] == '-') && normalize.AllUpper(t[:2]) && normalize.AllDigits(t[3:])
}

// slashLead splits a name cell that starts with a slash code ("WA/3355
// Pengelolaan Keuangan ..."): the code and the rest; "" and the cell when
// it does not.
func slashLead(s string) (code, desc string) {
	t := strings.TrimSpace(s)
	if len(t) < 7 || (t[2] != '/' && t[2] != '-') {
		return "", s
	}
	if !slashCodeShape(t[:7]) || len(t) > 7 && t[7] != ' ' && t[7] != '\t' {
		return "", s
	}
	return t[:7], strings.TrimSpace(t[7:])
}

// slashPath is the whole path ("076.01.WA.3355") of a slash code whose
// prefix names exactly one program row of this table above the line (a
// row loaded from after offset first, where the table's first part
// began, and before the line), for
// budgetLevel to read as written with its path; any other code comes back
// unchanged. A slash code naming no program row, or two, comes back ""
// (no line) with anggaran.kode_garis_miring.
func (p *parser) slashPath(code string, first int, a *facts.Anggaran, t *tableInfo) string {
	if !slashCodeShape(code) {
		return code
	}
	prefix := code[:2]
	prog, n := "", 0
	for i := range p.doc.Anggaran {
		r := &p.doc.Anggaran[i]
		if r.Tingkat != facts.LevelProgram || r.Start < first || r.Start >= a.Start || len(r.Kode) < 3 {
			continue
		}
		if k := r.Kode; k[len(k)-3] == '.' && k[len(k)-2:] == prefix && k != prog {
			prog = k
			n++
		}
	}
	if n != 1 {
		why := "tidak ada baris program berkode akhir ." + prefix + " di atasnya dalam tabel"
		if n > 1 {
			why = "lebih dari satu baris program berkode akhir ." + prefix
		}
		p.find("anggaran.kode_garis_miring", facts.Warning, a.Start, a.End, code,
			"%s: kode %s: %s; programnya tidak terbukti, baris tidak dimuat", t.label, code, why)
		return ""
	}
	return prog + "." + code[3:]
}
