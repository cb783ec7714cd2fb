package parse

import (
	"strings"

	"github.com/kpu-ntt/lkj/etl/extract"
	"github.com/kpu-ntt/lkj/etl/facts"
)

// Series tables whose rows say what they hold. Under each indicator a
// "Target" row and a "Realisasi" row run across the year columns:
//
//	Indikator            Uraian     2019  2020  2021
//	Nilai Keterbukaan    Target     70    72    75
//	                     Realisasi  64,18 69,90 71,82
//
// The header names only years, so the columns cannot say whether a value
// is a target or a realisation: the row's own kind cell does, and the
// indicator carries down from the group's first row.

// rowKindColumn is the column, left of the value columns and other than
// the indicator's, whose every filled cell names a row kind (Target,
// Realisasi, Target Nasional, Capaian), with at least one target and one
// realisation row; -1 when there is none, or when the header already
// gives the columns different kinds (the two would have to agree, and
// nothing here proves which is right).
func rowKindColumn(t *tableInfo, ind int, cols []seriCol) int {
	first := -1
	for k, c := range cols {
		if k > 0 && c.jenis != cols[0].jenis {
			return -1
		}
		if first < 0 || c.idx < first {
			first = c.idx
		}
	}
	for j := 0; j < first; j++ {
		if j == ind {
			continue
		}
		target, real, other := 0, 0, false
		for ri := range t.b.Rows {
			cs := t.b.Rows[ri].Cells
			if j >= len(cs) || cs[j] == "" {
				continue
			}
			switch roleOf(cs[j]) {
			case roleTarget, roleNasional:
				target++
			case roleRealisasi:
				real++
			case roleCapaian:
			default:
				other = true
			}
		}
		if !other && target > 0 && real > 0 {
			return j
		}
	}
	return -1
}

// rowKind is the series kind a row's kind cell names, "" for a capaian row
// (a percentage of achievement is no series value).
func rowKind(cells []string, j int) string {
	if j >= len(cells) {
		return ""
	}
	switch roleOf(cells[j]) {
	case roleTarget:
		return "target"
	case roleNasional:
		return "target_nasional"
	case roleRealisasi:
		return "realisasi"
	}
	return ""
}

// splitKindRows undoes the merge of a kind row into the row above it: the
// table reader joins a row whose indicator cell is empty to the row above
// when it takes it for a wrapped line ("Target" over "Realisasi", "WTP"
// over "WDP"). When the kind cell holds one kind per line and every value
// cell as many lines, each line is its own row; a merged row whose value
// cells do not split the same way is dropped with a finding (which value
// is whose is then a guess).
func (p *parser) splitKindRows(t *tableInfo, kindCol, ind int, cols []seriCol) []extract.Row {
	var out []extract.Row
	for _, r := range t.b.Rows {
		if r.FragmentCount(kindCol) < 2 {
			out = append(out, r)
			continue
		}
		kinds := r.Fragments(kindCol)
		ok := true
		for _, k := range kinds {
			if rowKind([]string{k}, 0) == "" && roleOf(k) != roleCapaian {
				ok = false
			}
		}
		for _, c := range cols {
			if c.idx < len(r.Cells) && r.Cells[c.idx] != "" && r.FragmentCount(c.idx) != len(kinds) {
				ok = false
			}
		}
		if !ok {
			p.find("tabel.baris_tidak_dibaca", facts.Warning, r.Start, r.End, strings.Join(kinds, " "),
				"%s: baris %s menggabungkan beberapa jenis nilai yang tidak dapat dipisahkan; tidak dimuat", t.label, strings.Join(kinds, "/"))
			continue
		}
		for i := range kinds {
			sub := extract.Row{Start: r.Start, End: r.End, Cells: make([]string, len(r.Cells))}
			for j := range r.Cells {
				switch {
				case j == ind:
					if i == 0 {
						sub.Cells[j] = r.Cells[j] // the later kinds carry it
					}
				case j == kindCol || r.FragmentCount(j) == len(kinds):
					if f := r.Fragments(j); i < len(f) {
						sub.Cells[j] = f[i]
					}
				}
			}
			out = append(out, sub)
		}
	}
	joinWrappedIndicator(out, ind)
	return out
}

// joinWrappedIndicator: an indicator statement wrapped onto its group's next
// kind row ("Opini BPK atas" over "Laporan Keuangan") is one statement; the
// rest moves up to the group's first row. Only a statement cut on a word
// that cannot end it, continued by text that starts no indicator, is joined.
func joinWrappedIndicator(rows []extract.Row, ind int) {
	head := -1
	for k := range rows {
		c := rows[k].Cell(ind)
		if c == "" {
			continue
		}
		if head >= 0 && dangling(rows[head].Cell(ind)) && !startsIndicator(c) {
			hc := append([]string(nil), rows[head].Cells...)
			hc[ind] += " " + c
			rows[head].Cells = hc
			kc := append([]string(nil), rows[k].Cells...)
			kc[ind] = ""
			rows[k].Cells = kc
			continue
		}
		head = k
	}
}
