package parse

import (
	"strings"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// The rows of keyed records (glossed_records.go): capaian through the drawn
// readers' prover, budget lines through the whiteboard's.

// glossName: the record's name field (its first unroled field with
// letters in its value) split into a leading code and the name.
func glossName(g *glossKey, r *glossRec) (code, name string) {
	pick := ""
	for _, f := range r.fields {
		if g.fieldRole(f.label) == "name" {
			pick = f.value // a field named as the name (`Nama`, `Uraian`, `Indikator`)
			break
		}
	}
	for _, f := range r.fields {
		if pick != "" {
			break
		}
		// else the first unnamed field of words (a lone token, `IKU-01` or
		// a ticket number, is a code, no name)
		if g.fieldRole(f.label) != "" || len(strings.Fields(f.value)) < 2 ||
			!strings.ContainsFunc(f.value, func(c rune) bool { return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' }) {
			continue
		}
		pick = f.value
	}
	v := strings.Fields(pick)
	if len(v) > 1 && hierCode.MatchString(v[0]) && strings.ContainsAny(v[0], "0123456789") {
		return v[0], strings.Join(v[1:], " ")
	}
	return "", strings.Join(v, " ")
}

// glossCapaian writes a run of indicator records as a capaian table.
func glossCapaian(doc *facts.Document, g *glossKey, lines []string, recs []*glossRec) bool {
	var reads []tkRead
	for n, r := range recs {
		e := &frRecord{n: n + 1, line: r.top + 1}
		why := ""
		_, e.name = glossName(g, r)
		for _, f := range r.fields {
			v := f.value
			switch g.fieldRole(f.label) {
			case "target":
				why = cmpBad(why, glossOnce(e.hasT, f.label))
				e.t, e.hasT = v, true
			case "real":
				why = cmpBad(why, glossOnce(e.hasR, f.label))
				e.r, e.hasR = v, true
			case "pct", "capaian":
				why = cmpBad(why, glossOnce(e.hasC, f.label))
				e.c, e.hasC = strings.TrimSpace(strings.TrimSuffix(v, "%")), true
			case "unit":
				e.unit = v
			case "?", "pagu", "sisa", "serapan":
				why = cmpBad(why, f.label+": peran tidak jelas")
			}
		}
		if e.name == "" || !e.hasT || !e.hasR {
			why = cmpBad(why, "tanpa nama, target atau realisasi")
		}
		reads = append(reads, tkRead{rec: e, why: why, at: r.top + 1})
	}
	return tkEmit(doc, lines, recs[0].top, recs[len(recs)-1].bottom+1, reads, "catatan berkunci")
}

// glossOnce: why a role given twice in one record fails it.
func glossOnce(had bool, label string) string {
	if had {
		return label + ": peran terulang"
	}
	return ""
}

// glossBudget writes a run of budget records through the whiteboard's
// prover.
func glossBudget(doc *facts.Document, g *glossKey, lines []string, recs []*glossRec) bool {
	var wrs []*wbRec
	program := ""
	codes := map[string]bool{}
	for _, r := range recs {
		w := &wbRec{top: r.top, line: r.bottom}
		hb := &w.hb
		code, name := glossName(g, r)
		switch {
		case code == "" && glossTotal.MatchString(name):
			hb.total, hb.name = true, "TOTAL"
		case code != "":
			hb.code, hb.name = code, name
		default:
			w.bad = "kode tidak terbaca"
		}
		parent := ""
		for _, f := range r.fields {
			role := g.fieldRole(f.label)
			v := strings.TrimSpace(strings.TrimSuffix(f.value, "%"))
			var slot *string
			switch role {
			case "pagu":
				slot = &hb.pagu
			case "real":
				slot = &hb.real
			case "sisa":
				slot = &hb.sisa
			case "pct", "serapan":
				slot = &hb.sera
			case "?", "target", "capaian":
				w.bad = cmpBad(w.bad, f.label+": peran tidak jelas")
				continue
			default:
				// a field naming a program read above: the record's parent
				if fv := strings.Fields(f.value); len(fv) > 0 && fv[len(fv)-1] != code && codes[fv[len(fv)-1]] {
					parent = fv[len(fv)-1]
				}
				continue
			}
			if *slot != "" {
				w.bad = cmpBad(w.bad, f.label+": peran terulang")
				continue
			}
			if slot != &hb.sera {
				m := glossAmount.FindStringSubmatch(strings.Join(strings.Fields(v), " "))
				if m == nil || !hierThousands.MatchString(m[1]) {
					w.bad = cmpBad(w.bad, f.label+": bukan rupiah utuh")
					continue
				}
				v = m[1]
			}
			*slot = v
		}
		if parent != "" {
			w.indent = 4
			if parent != program {
				w.bad = cmpBad(w.bad, "kegiatan program "+parent+" di bawah program "+program)
			}
		} else if hb.code != "" {
			program = hb.code
			codes[hb.code] = true
		}
		w.bad = hierSettle(hb, w.bad)
		wrs = append(wrs, w)
	}
	_, ok := wbBoard(doc, lines, wrs, "catatan anggaran berkunci")
	return ok
}
