package parse

import (
	"strings"

	"github.com/kpu-ntt/lkj/etl/normalize"
)

// Indicator columns named short, beside a text column, in a table of years
// as rows:
//
//	Tahun  Pemilu/Pemilihan      Partisipasi Pemilih (%)  Partisipasi Pemilih Perempuan (%)
//	2019   Pemilu Serentak       81,07                    83,40
//	2024   Pemilu dan Pemilihan  82,47                    85,12
//
// A column whose lines hold no value (the election of each year) describes
// its row and is no indicator. A label that is neither an indicator
// statement nor a code may name, in short, an indicator the document has
// already stated in full (its capaian table): every word of the label
// (its unit in parentheses aside) is a word of that statement, and of all
// the statements holding them the one that holds no word the others lack
// ("Partisipasi Pemilih" is the statement without "Perempuan"). A row of
// the capaian's year must then give the capaian's own realisation; a
// value that differs, or a label that fits no statement or two alike,
// leaves the table unread.

// shortIndicator is the document's indicator statement that label names in
// short, or "".
func (p *parser) shortIndicator(label string) string {
	if i := strings.IndexByte(label, '('); i > 0 {
		label = label[:i] // "(%)": the unit
	}
	lw := keyWords(label)
	if len(lw) < 2 {
		return ""
	}
	var cands []string
	var sets []map[string]bool
	seen := map[string]bool{}
	for i := range p.doc.Capaian {
		s := p.doc.Capaian[i].Indikator
		if seen[s] {
			continue
		}
		seen[s] = true
		ws := map[string]bool{}
		for _, w := range keyWords(s) {
			ws[w] = true
		}
		all := true
		for _, w := range lw {
			all = all && ws[w]
		}
		if all {
			cands, sets = append(cands, s), append(sets, ws)
		}
	}
	// the candidate whose words every other candidate holds too
	for i, a := range sets {
		least := true
		for k, b := range sets {
			if k == i {
				continue
			}
			for w := range a {
				if !b[w] {
					least = false
					break
				}
			}
		}
		if least {
			return cands[i]
		}
	}
	return ""
}

// keyWords are the folded words of s.
func keyWords(s string) []string {
	return strings.Fields(normalize.Key(s))
}

// yearRowsAgree checks each short-named indicator column against the
// capaian of the same indicator: in the line of the capaian's year, the
// column's cell must read as the capaian's realisation. It returns the
// first column that disagrees, or -1.
func (p *parser) yearRowsAgree(ct crossTable, inds []string, short []bool) int {
	for j, ind := range inds {
		if !short[j] {
			continue
		}
		for i := range p.doc.Capaian {
			c := &p.doc.Capaian[i]
			if c.Indikator != ind || c.RealisasiNilai == nil {
				continue
			}
			for _, l := range ct.lines {
				if lineYear(l.cells[0]) != c.Tahun {
					continue
				}
				v := normalize.ParseValue(strings.TrimSpace(cellOf(l.cells, j+1)), normalize.Unknown)
				if v.Num == nil || *v.Num != *c.RealisasiNilai {
					return j
				}
			}
		}
	}
	return -1
}

// valuedColumn: some line of ct holds a value in column j (j counts the
// label column as 0).
func valuedColumn(ct crossTable, j int) bool {
	for _, l := range ct.lines {
		if c := cellOf(l.cells, j); c != "" && valueLike(c) {
			return true
		}
	}
	return false
}
