package extract

import (
	"math"
	"strings"

	"github.com/kpu-ntt/lkj/etl/normalize"
)

// Flattened tables: text from a converter that lost the layout (pdftotext
// without -layout, web extractors) writes a table one cell per line: a run
// of short header lines ("Kode" / "Uraian" / "Pagu" / "Realisasi" / "%"),
// then the cells of each row. The rows are rebuilt only when the result is
// proven: every row fills every value column, and the values obey the
// table's own arithmetic (a column that is the sum of two others, as
// L + P = L+P or pagu = realisasi + sisa; a column that is the ratio of two
// others in percent, as serapan or capaian; or a total row equal to the
// sum of the rows above it). A table that cannot be proven becomes a block
// with Unproven set, for the parser to report; nothing is guessed.

// flat kinds of a rebuilt line
const (
	flatNone     uint8 = iota
	flatProven         // a rebuilt TAB line
	flatUnproven       // a line of a flattened table that could not be proven
)

type colKind uint8

const (
	colText colKind = iota
	colNo
	colKode
	colValue
)

// flatHeader: a short line made of header words ("Desa/Kel", "L+P", "%").
func flatHeader(t string) bool {
	if t == "" || len(t) > 40 || isTabelLabel(t) || normalize.HasLowerPrefix(t, "lampiran") || strings.HasSuffix(t, ":") {
		return false
	}
	switch t {
	case "%", "(%)", "L+P", "L + P":
		return true
	}
	if len(strings.Fields(t)) > 5 || flatValue(t) && !yearish(t) {
		return false
	}
	return isHeaderRow([]string{t})
}

// flatValue: a line that states one value.
func flatValue(t string) bool {
	if t == "-" || t == "–" {
		return true
	}
	if valueLike(t) {
		return true
	}
	v := normalize.ParseValue(t, normalize.Unknown)
	return v.Unit == "opini" || v.Word == "tercapai" || v.Word == "tidak_tercapai"
}

func kindOf(h string) colKind {
	k := " " + normalize.Key(h) + " "
	switch {
	case k == " no " || k == " nomor " || k == " no urut ":
		return colNo
	case strings.Contains(k, " kode "):
		return colKode
	case h == "%" || h == "(%)" || strings.Contains(h, "%"):
		return colValue
	}
	for _, w := range []string{"target", "realisasi", "capaian", "pagu", "anggaran", "sisa", "bobot", "nilai", "skor", "jumlah", "jml",
		"tps", "desa", "kel", "l", "p", "lp", "laki", "perempuan", "total", "pemilih", "persen", "persentase", "serapan", "dpt",
		"dptb", "dpk", "dps", "dpshp", "predikat"} {
		if strings.Contains(k, " "+w+" ") {
			if w == "jumlah" && (strings.Contains(k, " kecamatan ") || strings.Contains(k, " uraian ")) {
				continue
			}
			return colValue
		}
	}
	if isYear(strings.TrimSpace(k)) {
		return colValue
	}
	return colText
}

// codeLike: a budget code ("WA", "WA.3355", "3355", "6639.BDB.001").
func codeLike(t string) bool {
	if t == "" || len(t) > 16 || strings.IndexByte(t, ' ') >= 0 {
		return false
	}
	up := 0
	for i := 0; i < len(t); i++ {
		c := t[i]
		switch {
		case c >= 'A' && c <= 'Z':
			up++
		case c >= '0' && c <= '9', c == '.':
		default:
			return false
		}
	}
	return up > 0 || len(t) == 4
}

// reflow finds flattened tables among the text lines and rebuilds the
// proven ones as TAB lines.
func reflow(lines []line) {
	for i := 0; i < len(lines); i++ {
		if lines[i].tab || lines[i].blank || !flatHeader(lines[i].text) {
			continue
		}
		j := i
		for j < len(lines) && !lines[j].tab && !lines[j].blank && flatHeader(lines[j].text) && j-i < 12 {
			j++
		}
		if j-i < 3 || j >= len(lines) || lines[j].blank || lines[j].tab {
			i = j
			continue
		}
		k := j
		numeric := 0
		for k < len(lines) && !lines[k].tab && !lines[k].blank && len(lines[k].text) <= 200 {
			if flatValue(lines[k].text) {
				numeric++
			}
			k++
		}
		if numeric < 2 {
			i = k
			continue
		}
		// the header may have swallowed the first row's label ("Perencanaan
		// Kinerja" reads like a header): try shorter headers too
		var heads []string
		var rows [][]string
		var starts []int
		ok := false
		for h := j; h >= i+3 && !ok; h-- {
			heads = heads[:0]
			for _, l := range lines[i:h] {
				heads = append(heads, l.text)
			}
			rows, starts, ok = flatRows(heads, lines[h:k])
			ok = ok && proven(heads, rows)
			j = h
		}
		if ok {
			lines[i].tab, lines[i].cells, lines[i].flat = true, heads, flatProven
			for m := i + 1; m < k; m++ {
				lines[m].skip = true
			}
			for r, row := range rows {
				l := &lines[j+starts[r]]
				l.skip, l.tab, l.cells, l.flat = false, true, row, flatProven
			}
		} else {
			for m := i; m < k; m++ {
				lines[m].tab, lines[m].cells, lines[m].flat = true, []string{lines[m].text}, flatUnproven
			}
		}
		i = k
	}
}

// flatRows cuts the cell lines into rows by the header's column kinds:
// a row number and a code are optional, text columns take one line (or
// more, when a description wraps before the values), value columns take
// one value each. starts are the row's first line (index into data).
func flatRows(heads []string, data []line) ([][]string, []int, bool) {
	kinds := make([]colKind, len(heads))
	values := 0
	for c, h := range heads {
		kinds[c] = kindOf(h)
		if kinds[c] == colValue {
			values++
		}
	}
	if values == 0 {
		return nil, nil, false
	}
	var rows [][]string
	var starts []int
	pos := 0
	for pos < len(data) {
		row := make([]string, len(heads))
		start := pos
		for c, kind := range kinds {
			if pos >= len(data) {
				return nil, nil, false
			}
			t := data[pos].text
			switch kind {
			case colNo:
				if isRowNo(t) {
					row[c] = t
					pos++
				}
			case colKode:
				if codeLike(t) {
					row[c] = t
					pos++
				}
			case colText:
				if flatValue(t) && !(len(t) > 0 && t[0] >= 'A' && t[0] <= 'Z' && normalize.Grade(t) == "") {
					return nil, nil, false
				}
				row[c] = t
				pos++
				// a description wrapped over lines before the values
				for c+1 < len(kinds) && kinds[c+1] == colValue && pos+1 < len(data) && !flatValue(data[pos].text) {
					row[c] += " " + data[pos].text
					pos++
				}
			case colValue:
				if !flatValue(t) {
					return nil, nil, false
				}
				row[c] = t
				pos++
			}
		}
		rows = append(rows, row)
		starts = append(starts, start)
	}
	return rows, starts, len(rows) >= 2
}

// proven: the rows obey an arithmetic relation of their own.
func proven(heads []string, rows [][]string) bool {
	var vcols []int
	for c, h := range heads {
		if kindOf(h) == colValue {
			vcols = append(vcols, c)
		}
	}
	conv := make([]normalize.Convention, len(heads))
	for _, c := range vcols {
		var col []string
		for _, r := range rows {
			col = append(col, r[c])
		}
		conv[c] = normalize.ColumnConvention(col)
	}
	num := func(r []string, c int) (float64, bool) {
		n := normalize.ParseNumber(r[c], conv[c])
		return n.Value, n.Status == normalize.OK
	}
	near := func(a, b, tol float64) bool { return math.Abs(a-b) <= tol }
	holds := func(f func(r []string) (bool, bool)) bool {
		n := 0
		for _, r := range rows {
			ok, applies := f(r)
			if !applies {
				continue
			}
			if !ok {
				return false
			}
			n++
		}
		return n >= 2
	}
	for _, i := range vcols {
		for _, j := range vcols {
			for _, k := range vcols {
				if i == j || j == k || i == k {
					continue
				}
				// v_k = v_i + v_j
				if i < j && holds(func(r []string) (bool, bool) {
					a, ok1 := num(r, i)
					b, ok2 := num(r, j)
					c, ok3 := num(r, k)
					if !ok1 || !ok2 || !ok3 {
						return false, false
					}
					return near(a+b, c, 0.011), true
				}) {
					return true
				}
				// v_k = v_j / v_i × 100
				if holds(func(r []string) (bool, bool) {
					a, ok1 := num(r, i)
					b, ok2 := num(r, j)
					c, ok3 := num(r, k)
					if !ok1 || !ok2 || !ok3 || a == 0 {
						return false, false
					}
					return near(b/a*100, c, 0.051), true
				}) {
					return true
				}
			}
		}
	}
	// a total row (its label says so) equal to the sum of the rows above
	last := rows[len(rows)-1]
	label := strings.ToLower(strings.Join(last, " "))
	if len(rows) >= 3 && (strings.Contains(label, "jumlah") || strings.Contains(label, "total")) {
		for _, c := range vcols {
			tot, ok := num(last, c)
			if !ok {
				continue
			}
			sum := 0.0
			all := true
			for _, r := range rows[:len(rows)-1] {
				v, ok := num(r, c)
				if !ok {
					all = false
					break
				}
				sum += v
			}
			if all && near(sum, tot, 0.011) {
				return true
			}
		}
	}
	return false
}

// reflowSpaced rebuilds tables whose cells a converter separated by single
// spaces: a header line of header words ("Kode Uraian Pagu Realisasi Sisa
// %"), then rows that end in the same number of values. The header's last
// words name the value columns; before them at most one text column, or a
// row number / code column and one text column. The rows must be proven as
// for one-cell-per-line tables.
func reflowSpaced(lines []line) {
	for i := 0; i+2 < len(lines); i++ {
		h := &lines[i]
		if h.tab || h.blank || h.skip || len(h.text) > 120 {
			continue
		}
		words := strings.Fields(h.text)
		if len(words) < 3 || len(words) > 10 || !isHeaderRow(words) {
			continue
		}
		values := 0
		for k := len(words) - 1; k >= 0 && kindOf(words[k]) == colValue; k-- {
			values++
		}
		texts := words[:len(words)-values]
		if values < 2 || len(texts) == 0 {
			continue
		}
		// the text columns: an optional row number or code column, then one
		// text column whose title may be several words ("Indikator Kinerja")
		if len(texts) > 1 && (kindOf(texts[0]) == colNo || kindOf(texts[0]) == colKode) {
			texts = []string{texts[0], strings.Join(texts[1:], " ")}
		} else {
			texts = []string{strings.Join(texts, " ")}
		}
		words = append(append([]string{}, texts...), words[len(words)-values:]...)
		var rows [][]string
		var at []int
		j := i + 1
		for ; j < len(lines) && !lines[j].tab && !lines[j].blank; j++ {
			f := strings.Fields(lines[j].text)
			if len(f) <= values {
				break
			}
			row := make([]string, len(words))
			ok := true
			for k := 0; k < values; k++ {
				v := f[len(f)-values+k]
				if !flatValue(v) {
					ok = false
					break
				}
				row[len(texts)+k] = v
			}
			if !ok {
				break
			}
			lead := f[:len(f)-values]
			if len(texts) == 2 && len(lead) > 1 && (kindOf(texts[0]) == colNo && isRowNo(lead[0]) || kindOf(texts[0]) == colKode && codeLike(lead[0])) {
				row[0], lead = lead[0], lead[1:]
			} else if len(texts) == 1 && len(lead) > 1 && isRowNo(lead[0]) {
				lead = lead[1:] // a row number before the only text column
			}
			row[len(texts)-1] = strings.Join(lead, " ")
			rows = append(rows, row)
			at = append(at, j)
		}
		if len(rows) < 2 || !proven(words, rows) {
			continue
		}
		h.tab, h.cells, h.flat = true, words, flatProven
		for r, row := range rows {
			l := &lines[at[r]]
			l.tab, l.cells, l.flat = true, row, flatProven
		}
		i = j
	}
}
