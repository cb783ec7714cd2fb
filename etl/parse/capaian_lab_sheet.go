package parse

import (
	"regexp"
	"strconv"
	"strings"
	"unicode"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// The capaian as a laboratory's result sheet (lembar hasil pemeriksaan)
// of the office's performance "check-up", typed again: one examination an
// indicator in fixed space-aligned columns under a header naming them by
// role, a long name running on indented under its own column:
//
//	PEMERIKSAAN                     HASIL  SATUAN   NILAI RUJUKAN   CAPAIAN  KET
//	-------------------------------------------------------------------------
//	1. Persentase Penyelenggara      6,25  %        <= 5,00           75,00  *
//	   Pemilu yang terbukti ...
//	2. Nilai Evaluasi SAKIP             B  Predikat min. B           100,00  N
//
// labSheets rewrites each sheet's rows as one TAB table (No, indicator,
// unit, target, realisasi, capaian) through tkEmit, so the capaian table
// reader proves and keys them as any other drawn record. What it trusts:
//   - the header: one line whose cells (parted by two spaces) name an
//     examination (PEMERIKSAAN / INDIKATOR), a result (HASIL), a reference
//     (… RUJUKAN) and a capaian (CAPAIAN), in any order; SATUAN the unit,
//     KET (N or *, a flag) and any other column no fact;
//   - the columns: each word of a row belongs to the header cell its
//     columns overlap (a figure right-aligned under its head, a unit
//     longer than its head), or else to the cell standing left of it
//     (a name running past its head); a word over two heads is no row;
//   - the reference: one figure or grade, after an optional sign (>=, <=,
//     ≥, ≤, >, <, min., maks.) that is no part of the target; a range
//     (a blood test's "12,0 - 16,0") is no target;
//   - arithmetic: tkEmit proves the capaian from HASIL and the target
//     (capaianQuotient: R/T×100, or a lower-is-better form), a grade or
//     opinion pair as written; a row failing is reported, not loaded.
// A line under a row holding words only in the name's column is the
// name's run-on; the sheet ends at a rule, a blank line or other text.

var (
	lsSign  = regexp.MustCompile(`^(?i:>=|<=|=>|=<|≥|≤|>|<|min\.?|maks\.?|max\.?)\s*`)
	lsNo    = regexp.MustCompile(`^(\d{1,2})[.)]\s+(.*)$`)
	lsValue = regexp.MustCompile(`^[\pL\d][\pL\d.,+]*%?$`)
)

// lsGate: a reference-value column head; only texts naming one are read
// line by line.
func lsGate(doc *facts.Document, data []byte) bool {
	return docHas(doc, data, "RUJUKAN") || docHas(doc, data, "Rujukan")
}

// lsCol is one header cell: its role and rune columns [s, e).
type lsCol struct {
	role string
	s, e int
}

// lsWord is one space-free run of a line and its rune columns [s, e).
type lsWord struct {
	w    string
	s, e int
}

func lsWords(l string) []lsWord {
	var out []lsWord
	r := []rune(strings.TrimRight(l, "\r"))
	for k := 0; k < len(r); {
		if unicode.IsSpace(r[k]) {
			k++
			continue
		}
		s := k
		for k < len(r) && !unicode.IsSpace(r[k]) {
			k++
		}
		out = append(out, lsWord{string(r[s:k]), s, k})
	}
	return out
}

// lsRole names a header cell's role by its words.
func lsRole(cell string) string {
	u := strings.ToUpper(cell)
	switch {
	case strings.Contains(u, "RUJUKAN"):
		return "t"
	case strings.Contains(u, "PEMERIKSAAN") || strings.HasPrefix(u, "INDIKATOR"):
		return "name"
	case u == "HASIL" || strings.HasPrefix(u, "HASIL "):
		return "r"
	case strings.HasPrefix(u, "SATUAN"):
		return "unit"
	case strings.HasPrefix(u, "CAPAIAN"):
		return "c"
	}
	return "other"
}

// lsHeader reads line l as a sheet's header: its cells with roles, nil
// when it names no examination, result, reference and capaian once each.
func lsHeader(l string) []lsCol {
	ws := lsWords(l)
	var cols []lsCol
	seen := map[string]int{}
	for k := 0; k < len(ws); {
		s, e, text := ws[k].s, ws[k].e, ws[k].w
		k++
		for k < len(ws) && ws[k].s-e == 1 { // one space: the same cell
			text += " " + ws[k].w
			e = ws[k].e
			k++
		}
		role := lsRole(text)
		seen[role]++
		cols = append(cols, lsCol{role, s, e})
	}
	for _, r := range [...]string{"name", "r", "t", "c"} {
		if seen[r] != 1 {
			return nil
		}
	}
	if seen["unit"] > 1 {
		return nil
	}
	return cols
}

// lsCells parts a row line by the header's columns: the words of each
// column joined, false when a word stands over two heads or left of all.
func lsCells(l string, cols []lsCol) ([]string, bool) {
	out := make([]string, len(cols))
	for _, w := range lsWords(l) {
		at := -1
		for c, h := range cols {
			if w.s < h.e && h.s < w.e {
				if at >= 0 {
					return nil, false
				}
				at = c
			}
		}
		if at < 0 {
			for c, h := range cols {
				if h.s <= w.s && (at < 0 || h.s > cols[at].s) {
					at = c
				}
			}
		}
		if at < 0 {
			return nil, false
		}
		if out[at] != "" {
			out[at] += " "
		}
		out[at] += w.w
	}
	return out, true
}

// lsRule: a line of rule characters only.
func lsRule(l string) bool {
	t := strings.TrimSpace(l)
	return t != "" && strings.Trim(t, "-=_─━═") == ""
}

// lsRecord reads one row's cells (the name's run-on lines added by the
// caller) as a record, or why not.
func lsRecord(cells []string, cols []lsCol, n int) (*frRecord, string) {
	rec := &frRecord{n: n}
	for c, h := range cols {
		v := strings.TrimSpace(cells[c])
		switch h.role {
		case "name":
			rec.name = v
		case "unit":
			rec.unit = v
		case "r":
			rec.r, rec.hasR = v, v != ""
		case "c":
			rec.c, rec.hasC = strings.TrimSpace(strings.TrimSuffix(v, "%")), v != ""
		case "t":
			v = strings.TrimSpace(lsSign.ReplaceAllString(v, ""))
			rec.t, rec.hasT = v, v != ""
		}
	}
	if m := lsNo.FindStringSubmatch(rec.name); m != nil {
		rec.n, _ = strconv.Atoi(m[1])
		rec.name = m[2]
	}
	if !rec.hasR || !rec.hasT || !rec.hasC || !strings.ContainsFunc(rec.name, unicode.IsLetter) {
		return nil, "tanpa hasil, nilai rujukan atau capaian"
	}
	if !lsValue.MatchString(rec.r) || !lsValue.MatchString(rec.t) || !lsValue.MatchString(rec.c) {
		return nil, "hasil, nilai rujukan atau capaian bukan satu nilai"
	}
	return rec, ""
}

// labSheets rewrites the laboratory result sheets of a text; data itself
// when it holds none. Findings go to doc.
func labSheets(doc *facts.Document, data []byte) []byte {
	if !lsGate(doc, data) {
		return data
	}
	lines := strings.Split(string(data), "\n")
	changed := false
	for i := 0; i < len(lines); i++ {
		if !strings.Contains(strings.ToUpper(lines[i]), "RUJUKAN") {
			continue
		}
		cols := lsHeader(lines[i])
		if cols == nil {
			// the columns lost (a PDF's text): read by the header's word order (capaian_lab_tokens.go)
			if j, ok := lsTokenSheet(doc, lines, i); ok {
				changed, i = true, j
			}
			continue
		}
		name := 0
		for c, h := range cols {
			if h.role == "name" {
				name = c
			}
		}
		from := i
		j := i + 1
		for j < len(lines) && lsRule(lines[j]) {
			j++
		}
		var recs []tkRead
		var cur []string // the open row's cells
		at := 0
		flush := func() {
			if cur == nil {
				return
			}
			rec, why := lsRecord(cur, cols, len(recs)+1)
			recs = append(recs, tkRead{rec, why, at + 1})
			cur = nil
		}
		for ; j < len(lines); j++ {
			l := lines[j]
			if strings.TrimSpace(l) == "" || lsRule(l) {
				break
			}
			cells, ok := lsCells(l, cols)
			if !ok {
				break
			}
			only := true // words in the name's column only: a run-on
			for c, v := range cells {
				if c != name && v != "" {
					only = false
				}
			}
			if only && cur != nil && !lsNo.MatchString(strings.TrimSpace(cells[name])) {
				cur[name] += " " + cells[name]
				continue
			}
			if only {
				break
			}
			flush()
			cur, at = cells, j
		}
		flush()
		if len(recs) > 0 && tkEmit(doc, lines, from, j, recs, "lembar hasil pemeriksaan") {
			changed = true
		}
		i = j
	}
	if !changed {
		return data
	}
	return []byte(strings.Join(lines, "\n"))
}
