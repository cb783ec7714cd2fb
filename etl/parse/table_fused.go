package parse

import (
	"strings"

	"github.com/kpu-ntt/lkj/etl/extract"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// Fused columns. A PDF table printed in a small font with narrow gaps may
// come out of the text layer with two neighbouring columns run into one:
//
//	Nilai Komponen              No Bobot
//	22,25 Perencanaan Kinerja   1 30,00
//
// A header cell made only of column words ("Nilai Komponen", "No Bobot")
// is such a fusion: it is split into its words, and each body cell under it
// into as many parts, a figure for each number column (taken from the left
// before the name column, from the right after it) and the words between
// for the name. A body cell that does not hold exactly those parts (a
// figure missing, a word where a figure stands) is left empty under the
// split columns rather than guessed: nothing shifts a value into another
// column.

// fusedWords are the column words a fused header cell is made of; true
// for a column of names, false for a column of figures.
var fusedWords = map[string]bool{"no": false, "nilai": false, "bobot": false, "skor": false, "persentase": false,
	"persen": false, "%": false, "komponen": true, "uraian": true, "aspek": true}

// unfuseColumns splits the fused columns of b in place; it reports whether
// it split any.
func unfuseColumns(b *extract.Block) bool {
	if len(b.Header) != 1 || len(b.Rows) == 0 {
		return false
	}
	hdr := b.Header[0].Cells
	var split [][]string // per header cell: its words when fused, else nil
	any := false
	for _, c := range hdr {
		ws := strings.Fields(strings.ToLower(c))
		names := 0
		fused := len(ws) >= 2
		for _, w := range ws {
			isName, ok := fusedWords[w]
			fused = fused && ok
			if isName {
				names++
			}
		}
		if !fused || names > 1 {
			split = append(split, nil)
			continue
		}
		split = append(split, strings.Fields(c))
		any = true
	}
	if !any {
		return false
	}
	fits, misfits := 0, 0
	rows := make([][]string, len(b.Rows))
	for i, r := range b.Rows {
		var out []string
		for j, w := range split {
			c := r.Cell(j)
			if w == nil {
				out = append(out, c)
				continue
			}
			parts, ok := fusedParts(c, w)
			switch {
			case ok && strings.TrimSpace(c) != "":
				fits++
			case !ok:
				misfits++
			}
			out = append(out, parts...)
		}
		rows[i] = out
	}
	if fits < 2 && (fits == 0 || misfits > 0) {
		return false // one row splits only when it is the table's only one
	}
	var cells []string
	for j, w := range split {
		if w == nil {
			cells = append(cells, hdr[j])
			continue
		}
		cells = append(cells, w...)
	}
	b.Header[0].Cells = cells
	b.Width = len(cells)
	for i := range b.Rows {
		b.Rows[i].Cells = rows[i]
	}
	return true
}

// fusedParts splits cell c under the fused header words ws: one figure
// per number column, the rest for the name column; all parts empty (ok
// false) when c does not hold exactly that.
func fusedParts(c string, ws []string) ([]string, bool) {
	parts := make([]string, len(ws))
	toks := strings.Fields(c)
	if len(toks) == 0 {
		return parts, true
	}
	name := -1
	for k, w := range ws {
		if fusedWords[strings.ToLower(w)] {
			name = k
		}
	}
	figure := func(t string) bool {
		return isDigitByte(t[0]) && normalize.ParseNumber(strings.TrimSuffix(t, "%"), normalize.Indonesian).Status == normalize.OK
	}
	if name < 0 {
		if len(toks) != len(ws) {
			return parts, false
		}
		for k, t := range toks {
			if !figure(t) {
				return make([]string, len(ws)), false
			}
			parts[k] = t
		}
		return parts, true
	}
	before, after := name, len(ws)-name-1
	if len(toks) <= before+after {
		return parts, false
	}
	for k := 0; k < before; k++ {
		if !figure(toks[k]) {
			return make([]string, len(ws)), false
		}
		parts[k] = toks[k]
	}
	for k := 0; k < after; k++ {
		t := toks[len(toks)-after+k]
		if !figure(t) {
			return make([]string, len(ws)), false
		}
		parts[name+1+k] = t
	}
	mid := toks[before : len(toks)-after]
	if figure(mid[0]) {
		return make([]string, len(ws)), false // a figure where the name starts: another column's, unproven
	}
	parts[name] = strings.Join(mid, " ")
	return parts, true
}
