package parse

import (
	"regexp"
	"strings"
)

// The same join for a budget or DPT table whose amounts sit in its notes:
// `Kode | Program / Kegiatan | Catatan` with `1) Pagu 3.334.283.000;
// realisasi 3.216.929.603; sisa 117.353.397`, `No | Kecamatan | Ket.` with
// `[a] L 4.397; P 4.501; L+P 8.898`. enFigTable writes the table again with
// the notes' labelled amounts as columns under their usual titles (Pagu,
// Realisasi, Sisa, Serapan (%); L, P, L+P, TPS, Desa/Kel), so the budget
// and DPT table readers prove each row as in any table (pagu − realisasi =
// sisa, L + P = total, the sums of the total row). It trusts the join as
// the capaian's does and more: every marked row has a note, every note with
// amounts has a row, all notes carry the same labels (no family mixed) and
// each label once; anything else writes nothing.

// enAmount is a note's labelled amount: the label, then the figure.
var enAmount = regexp.MustCompile(`(?:\b(?i:(pagu|realisasi|sisa|serapan|laki-laki|perempuan|jumlah|total|tps|desa/kel|desa))\b|(?:^|[\s;,(])(L\+P|L|P)\b)\s*[:=]?\s*(?:(?i:rp)\.?\s*)?([-+]?\d+(?:[.,]\d+)*)\s*(%?)`)

// enAmountCols are the column titles of the labels.
var enAmountCols = map[string]string{"pagu": "Pagu", "realisasi": "Realisasi", "sisa": "Sisa", "serapan": "Serapan (%)",
	"laki-laki": "L", "l": "L", "perempuan": "P", "p": "P", "jumlah": "L+P", "total": "L+P", "l+p": "L+P",
	"tps": "TPS", "desa/kel": "Desa/Kel", "desa": "Desa/Kel"}

// enAmounts reads a note's labelled amounts as titles and values in their
// order; nil when a title is given twice or none.
func enAmounts(s string) (titles, vals []string) {
	seen := map[string]bool{}
	for _, m := range enAmount.FindAllStringSubmatch(s, -1) {
		label := strings.ToLower(m[1] + m[2])
		col := enAmountCols[label]
		if col == "" || seen[col] {
			return nil, nil
		}
		seen[col] = true
		titles, vals = append(titles, col), append(vals, m[3])
	}
	return titles, vals
}

// enFigTable writes the budget or DPT table under head (TAB rows from
// lines[h+1]) with its notes' amounts; the line after the table and true
// when it was written.
func enFigTable(lines []string, h int, head []string, noteCol int) (int, bool) {
	type row struct {
		cells []string
		key   string
	}
	var rows []row
	seen := map[string]bool{}
	to := h + 1
	for ; to < len(lines) && strings.Contains(lines[to], "\t"); to++ {
		cells := strings.Split(lines[to], "\t")
		if noteCol >= len(cells) || strings.TrimSpace(cells[noteCol]) == "" {
			return 0, false // every row marked: an unmarked row would lose its amounts
		}
		key := enCellMark(strings.TrimSpace(cells[noteCol]))
		if key == "" || seen[key] {
			return 0, false
		}
		seen[key] = true
		rows = append(rows, row{cells, key})
	}
	if len(rows) < 2 {
		return 0, false
	}
	var notes []*enNote
	for j := to; j < len(lines) && j < to+400 && notes == nil; j++ {
		if _, _, ok := enNoteStart(lines[j]); !ok {
			continue
		}
		run, end := enNotes(lines, j)
		for _, n := range run {
			if t, _ := enAmounts(n.text); len(t) >= 2 {
				notes = run
				break
			}
		}
		j = max(j, end-1)
	}
	var titles []string
	byKey := map[string][]string{}
	used := map[string]*enNote{}
	for _, n := range notes {
		t, v := enAmounts(n.text)
		if len(t) == 0 {
			continue // a note of words: a source
		}
		if titles == nil {
			titles = t
		}
		if strings.Join(t, "|") != strings.Join(titles, "|") || !seen[n.key] || byKey[n.key] != nil {
			return 0, false // other labels, a note for no row, two notes alike
		}
		byKey[n.key], used[n.key] = v, n
	}
	if len(titles) < 2 {
		return 0, false
	}
	out := make([][]string, 0, len(rows))
	for _, r := range rows {
		v := byKey[r.key]
		if v == nil {
			return 0, false
		}
		cells := append(append([]string{}, r.cells[:noteCol]...), r.cells[noteCol+1:]...)
		out = append(out, append(cells, v...))
	}
	header := append(append(append([]string{}, head[:noteCol]...), head[noteCol+1:]...), titles...)
	if !exportPlace(lines, h, to, h, "", header, out) {
		return 0, false
	}
	for _, n := range used {
		for _, l := range n.lines {
			lines[l] = ""
		}
	}
	return to, true
}
