package parse

import (
	"strings"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// The proof of a plan-vs-actual period table (anggaran_bowling.go): which
// figure is the year's, and what makes the records true.

// bowlYear gives a series' year figure: mode 'p' the total its periods
// sum to, 'c' its last period when it never falls (and equals the total
// when there is one).
func bowlYear(ser []string, tot string, hasTot bool, mode byte) (int64, bool) {
	var sum, prev int64
	for _, s := range ser {
		v, ok := periodAmount(s)
		if !ok || v < 0 {
			return 0, false
		}
		if mode == 'c' && v < prev {
			return 0, false
		}
		sum, prev = sum+v, v
	}
	last := strings.TrimSpace(ser[len(ser)-1])
	if mode == 'c' && (last == "" || last == "-" || last == "–") {
		return 0, false // the year not written yet
	}
	want := prev
	if mode == 'p' {
		if !hasTot {
			return 0, false
		}
		want = sum
	}
	if hasTot {
		t, ok := periodAmount(tot)
		if !ok || strings.TrimSpace(tot) == "" || t != want {
			return 0, false
		}
	}
	return want, true
}

// bowlKumulatif: the table's caption, the lines over it or its key say the
// figures are cumulative.
func bowlKumulatif(lines []string, h, last int) bool {
	has := func(l string) bool {
		l = strings.ToLower(l)
		return strings.Contains(l, "kumulatif") || strings.Contains(l, "cumulative") || strings.Contains(l, "s.d.")
	}
	for k := h - 1; k >= 0 && k >= h-8; k-- {
		if has(lines[k]) {
			return true
		}
		if strings.HasPrefix(strings.ToLower(strings.TrimSpace(lines[k])), "tabel") {
			break
		}
	}
	for k := last + 1; k < len(lines) && k <= last+4; k++ {
		if has(lines[k]) {
			return true
		}
	}
	return false
}

// bowlProve settles each item's year figures and the table's proof, then
// writes the records through blkExport.
func bowlProve(doc *facts.Document, lines []string, h, last int, c *bowlCols, items []*bowlItem, fail func(string) (int, bool)) (int, bool) {
	hasTot := c.tot >= 0 || c.planTot >= 0
	allSera := true
	for _, it := range items {
		allSera = allSera && it.sera != ""
	}
	modes := []byte{'c'}
	if hasTot {
		modes = []byte{'p', 'c'}
	} else if !c.cumul && !allSera && !bowlKumulatif(lines, h, last) {
		return fail("angka per periode tanpa kolom jumlah dan tidak dinyatakan kumulatif")
	}
	var years [][2]int64
	for _, mode := range modes {
		years = years[:0]
		for _, it := range items {
			p, ok1 := bowlYear(it.ser[0], it.tot[0], hasTot, mode)
			r, ok2 := bowlYear(it.ser[1], it.tot[1], hasTot, mode)
			if !ok1 || !ok2 {
				years = nil
				break
			}
			years = append(years, [2]int64{p, r})
		}
		if years != nil {
			break
		}
	}
	if years == nil {
		return fail("periode tidak kumulatif dan tidak berjumlah kolom jumlahnya")
	}
	recs := make([]*abreastRec, len(items))
	var tops [2]int64
	var total *[2]int64
	anyProg := false
	for _, it := range items {
		if _, ok := programCode(it.code); ok {
			anyProg = true
		}
	}
	for k, it := range items {
		y := years[k]
		if c.pagu >= 0 {
			if v, ok := periodAmount(it.pagu); !ok || it.pagu == "" || v != y[0] {
				return fail(it.code + it.name + ": rencana akhir tahun ≠ pagu")
			}
		}
		_, isProg := programCode(it.code)
		switch {
		case it.total:
			total = &years[k]
		case isProg || !anyProg:
			tops[0] += y[0]
			tops[1] += y[1]
		}
		recs[k] = &abreastRec{hierBox: hierBox{code: it.code, name: it.name, total: it.total,
			pagu: mt940Dots(y[0]), real: mt940Dots(y[1]), sera: it.sera}}
	}
	if !allSera && (total == nil || *total != tops) {
		return fail("tanpa serapan tiap baris dan pasangan JUMLAH tidak terbukti")
	}
	return blkExport(doc, lines, h, last+1, recs, "bagan rencana-realisasi anggaran per periode")
}
