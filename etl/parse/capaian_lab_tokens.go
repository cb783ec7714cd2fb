package parse

import (
	"strings"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// The laboratory result sheet (capaian_lab_sheet.go) as a PDF's text gives
// it: the fixed columns' runs of spaces come out as one space or a TAB, so
// no cell can be placed by its column, and a name's second line may come
// out on its row's line, after the HASIL figure:
//
//	PEMERIKSAAN HASIL	SATUAN NILAI RUJUKAN CAPAIAN KET
//	3. Persentase Partisipasi Pemilih 83,16 dalam Pemilu/Pemilihan	% >= 77,50 107,30 N
//
// lsTokenSheet reads such a sheet by the order of the header's words
// instead: every header word names a role (PEMERIKSAAN or INDIKATOR the
// name, HASIL, SATUAN, NILAI RUJUKAN, CAPAIAN, KET), the name first, and a
// row (opened by its number, "3.") is read from its right end, one word a
// column in the header's order, the reference after its optional sign
// (>=, <=, min.); a reference range ("12,0 - 16,0") is no row. The value
// of the column next to the name (HASIL, or the reference) is the fitting
// word nearest the next column (a figure when the other value is one);
// words between them are the name's run-on, as are the lines under the row
// up to the next number, a rule or a blank line. tkEmit proves every row by
// its arithmetic (R/T×100 = capaian, or the lower-is-better form; a grade
// pair as written) before it is loaded, so a misread row is reported, not
// loaded.

// lsTokenHeader reads line l as a sheet header by its words: the roles in
// order, nil when a word names no role or a role is missing or doubled.
func lsTokenHeader(l string) []string {
	ws := strings.Fields(strings.ToUpper(l))
	var roles []string
	seen := map[string]int{}
	for k := 0; k < len(ws); k++ {
		r := ""
		switch ws[k] {
		case "PEMERIKSAAN", "INDIKATOR":
			r = "name"
		case "HASIL":
			r = "r"
		case "SATUAN":
			r = "unit"
		case "CAPAIAN":
			r = "c"
		case "KET", "KET.", "KETERANGAN":
			r = "flag"
		case "RUJUKAN":
			r = "t"
		case "NILAI":
			if k+1 < len(ws) && ws[k+1] == "RUJUKAN" {
				r = "t"
				k++
			}
		}
		if r == "" {
			return nil
		}
		seen[r]++
		roles = append(roles, r)
	}
	if len(roles) == 0 || roles[0] != "name" {
		return nil
	}
	for _, r := range [...]string{"name", "r", "t", "c"} {
		if seen[r] != 1 {
			return nil
		}
	}
	if seen["unit"] > 1 || seen["flag"] > 1 {
		return nil
	}
	return roles
}

// lsTokenRow reads a row line by the header's roles from its right end:
// its record, or nil when the line is no row of the sheet.
func lsTokenRow(l string, roles []string) *frRecord {
	m := lsNo.FindStringSubmatch(strings.TrimSpace(l))
	if m == nil {
		return nil
	}
	ws := strings.Fields(m[2])
	rec := &frRecord{n: atoi(m[1])}
	k := len(ws) - 1
	for ri := len(roles) - 1; ri >= 1 && k >= 0; ri-- {
		at := k
		if ri == 1 && (roles[ri] == "r" || roles[ri] == "t") {
			// the column next to the name: its value is the fitting word
			// nearest the columns right of it; the words between are the
			// name's second line printed on the row's line
			other := rec.t
			if roles[ri] == "t" {
				other = rec.r
			}
			at = lsNearestValue(ws[:k+1], other)
			if at < 1 {
				return nil
			}
		}
		switch roles[ri] {
		case "unit":
			rec.unit = ws[at]
		case "c":
			rec.c, rec.hasC = strings.TrimSuffix(ws[at], "%"), true
		case "r":
			rec.r, rec.hasR = ws[at], true
		case "t":
			rec.t, rec.hasT = ws[at], true
		}
		from := at
		if roles[ri] == "t" && at > 0 && (ws[at-1] == "-" || ws[at-1] == "–" || strings.EqualFold(ws[at-1], "s.d.")) {
			return nil // a reference range: no target
		}
		if roles[ri] == "t" && at > 0 && lsSignWord(ws[at-1]) {
			from = at - 1 // the sign is no part of the target
		}
		if ri == 1 {
			rec.name = strings.Join(append(append([]string(nil), ws[:from]...), ws[at+1:k+1]...), " ")
		}
		k = from - 1
	}
	if !rec.hasR || !rec.hasT || !rec.hasC || rec.name == "" {
		return nil
	}
	return rec
}

// lsSignWord: w is a reference's sign alone (">=", "≤", "min.").
func lsSignWord(w string) bool {
	return lsSign.MatchString(w+" ") && strings.TrimSpace(lsSign.ReplaceAllString(w+" ", "")) == ""
}

// lsNearestValue is the index of the last word of ws that can be the
// value beside the name: a figure when the row's other value (the target
// or the result, read already) is a figure; a grade or opinion only as
// the last word. -1 when none within eight words.
func lsNearestValue(ws []string, other string) int {
	numeric := other != "" && other[0] >= '0' && other[0] <= '9'
	for j := len(ws) - 1; j >= 0 && len(ws)-1-j <= 8; j-- {
		w := ws[j]
		if !lsValue.MatchString(w) {
			continue
		}
		if w[0] >= '0' && w[0] <= '9' {
			if numeric || other == "" {
				return j
			}
			continue
		}
		if !numeric && j == len(ws)-1 && len(w) <= 3 && strings.ToUpper(w) == w {
			return j // a grade or opinion, right before the next column
		}
	}
	return -1
}

// lsTokenSheet reads the sheet whose header is lines[i]; the line after it
// and whether it wrote one.
func lsTokenSheet(doc *facts.Document, lines []string, i int) (int, bool) {
	roles := lsTokenHeader(lines[i])
	if roles == nil {
		return i, false
	}
	j := i + 1
	for j < len(lines) && lsRule(lines[j]) {
		j++
	}
	var recs []tkRead
	var cur *frRecord
	at := 0
	flush := func() {
		if cur == nil {
			return
		}
		rec, why := cur, ""
		if !lsValue.MatchString(rec.r) || !lsValue.MatchString(rec.t) || !lsValue.MatchString(rec.c) {
			rec, why = nil, "hasil, nilai rujukan atau capaian bukan satu nilai"
		}
		recs = append(recs, tkRead{rec, why, at + 1})
		cur = nil
	}
	for ; j < len(lines); j++ {
		l := strings.TrimSpace(lines[j])
		if l == "" || lsRule(l) {
			break
		}
		if rec := lsTokenRow(l, roles); rec != nil {
			flush()
			cur, at = rec, j
			continue
		}
		if cur == nil || lsNo.MatchString(l) || strings.IndexByte(l, '\t') >= 0 {
			break // a numbered line that is no row, or a line of cells: the sheet ends
		}
		cur.name += " " + l // the name's run-on
	}
	flush()
	if len(recs) == 0 || !tkEmit(doc, lines, i, j, recs, "lembar hasil pemeriksaan") {
		return j, false
	}
	return j, true
}
