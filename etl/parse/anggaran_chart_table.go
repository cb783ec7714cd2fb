package parse

import (
	"fmt"
	"math"

	"github.com/kpu-ntt/lkj/etl/facts"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// chartProve checks a record's own arithmetic; "" when it holds.
func chartProve(r *chartRec) string {
	for k := 0; k < 3; k++ {
		if !r.has[k] {
			continue
		}
		v, n := normalize.Money(r.amt[k], normalize.Unknown)
		if n.Status != normalize.OK {
			return fmt.Sprintf("angka %q tidak terbaca", r.amt[k])
		}
		r.val[k] = v
	}
	proofs := 0
	if r.has[2] {
		if r.val[0]-r.val[1] != r.val[2] {
			return fmt.Sprintf("sisa %s ≠ pagu %s − realisasi %s", r.amt[2], r.amt[0], r.amt[1])
		}
		proofs++
	}
	if r.pct != "" {
		p := normalize.ParseNumber(r.pct, normalize.Indonesian)
		if p.Status != normalize.OK || r.val[0] == 0 {
			return fmt.Sprintf("serapan %q tidak terbukti", r.pct)
		}
		calc := float64(r.val[1]) / float64(r.val[0]) * 100
		if math.Abs(calc-p.Value) > 0.6*math.Pow10(-p.Decimals)+1e-9 {
			return fmt.Sprintf("serapan %s%% ≠ realisasi/pagu %.2f%%", r.pct, calc)
		}
		proofs++
	}
	if proofs == 0 {
		return "tanpa sisa atau serapan yang membuktikan pagu dan realisasi"
	}
	return ""
}

// chartLevel: 0 program, 1 kegiatan, 2 output, -1 none.
func chartLevel(code string) int {
	switch {
	case reProgram.MatchString(code):
		return 0
	case reKegiatan.MatchString(code):
		return 1
	case reOutput.MatchString(code):
		return 2
	}
	return -1
}

// chartRecordTable proves a run's records, decides their parents and
// writes the table in their place; false when nothing is written.
func chartRecordTable(doc *facts.Document, lines []string, recs []chartRec) bool {
	var kept []*chartRec
	byCode := map[string]*chartRec{}
	totals := 0
	for i := range recs {
		r := &recs[i]
		why := chartProve(r)
		if why == "" && r.code != "" && (byCode[r.code] != nil || chartLevel(r.code) < 0) {
			why = "kode " + r.code + " dua kali atau tidak dikenal"
		}
		if why == "" && r.code == "" {
			if totals++; totals > 1 {
				why = "dua baris jumlah"
			}
		}
		if why != "" {
			label := r.code
			if label == "" {
				label = r.name
			}
			doc.Add(facts.Finding{Span: facts.Span{Start: r.first + 1, End: r.last + 1}, Aturan: "anggaran.rekaman_tidak_terbukti", Tingkat: facts.Warning,
				Nilai: label, Pesan: fmt.Sprintf("baris anggaran %s pada diagram: %s; tidak dimuat", label, why)})
			continue
		}
		kept = append(kept, r)
		if r.code != "" {
			byCode[r.code] = r
		}
	}
	coded := 0
	stated := false
	for _, r := range kept {
		if r.code != "" {
			coded++
		}
		stated = stated || r.induk != ""
	}
	if coded < 2 {
		return false
	}
	if stated {
		// the parent each record names, when it stands in the chart one level up
		for _, r := range kept {
			if p := byCode[r.induk]; p != nil && chartLevel(p.code) == chartLevel(r.code)-1 {
				r.parent = p.code
			}
		}
	} else {
		// the record above one level up, proven by the sums of every parent's children
		var above [3]*chartRec
		sums := map[string]int64{}
		for _, r := range kept {
			lv := chartLevel(r.code)
			if lv < 0 {
				continue
			}
			above[lv] = r
			for k := lv + 1; k < 3; k++ {
				above[k] = nil
			}
			if lv > 0 && above[lv-1] != nil {
				r.parent = above[lv-1].code
				sums[r.parent] += r.val[0]
			}
		}
		for code, s := range sums {
			if byCode[code].val[0] != s {
				for _, r := range kept {
					r.parent = ""
				}
				break
			}
		}
	}
	// rows: records without a parent one level up first (so that no
	// program above adopts them), then each program with its tree, the
	// total last
	var rows [][]string
	cols := [3]bool{true, true, false}
	pct := false
	for _, r := range kept {
		cols[2] = cols[2] || r.has[2]
		pct = pct || r.pct != ""
	}
	cells := func(r *chartRec) []string {
		out := []string{r.code, r.name}
		for k := 0; k < 3; k++ {
			if cols[k] {
				out = append(out, r.amt[k])
			}
		}
		if pct {
			out = append(out, r.pct)
		}
		return out
	}
	var tree func(code string)
	tree = func(code string) {
		for _, c := range kept {
			if c.code != "" && c.parent == code {
				rows = append(rows, cells(c))
				tree(c.code)
			}
		}
	}
	for _, r := range kept {
		if r.code != "" && r.parent == "" && chartLevel(r.code) > 0 {
			rows = append(rows, cells(r))
			tree(r.code)
		}
	}
	for _, r := range kept {
		if r.code != "" && r.parent == "" && chartLevel(r.code) == 0 {
			rows = append(rows, cells(r))
			tree(r.code)
		}
	}
	for _, r := range kept {
		if r.code == "" {
			rows = append(rows, cells(r))
		}
	}
	header := []string{"Kode", "Uraian", "Pagu", "Realisasi"}
	if cols[2] {
		header = append(header, "Sisa")
	}
	if pct {
		header = append(header, "Serapan (%)")
	}
	from, to := recs[0].first, recs[len(recs)-1].last+1
	return exportPlace(lines, from, to, from, "", header, rows)
}
