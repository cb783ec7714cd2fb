package parse

import (
	"strings"

	"github.com/kpu-ntt/lkj/etl/extract"
)

// The labels of a sub-row table (capaian_subrows.go): which words are
// measure labels, and the layout whose labels stand at the tail of the
// indicator cell instead of in a column of their own.

// subRowKind is the measure a label cell names (measureKind), "Rencana"
// (the plan: the target) included; roleNone for any other text.
func subRowKind(s string) int {
	if k := measureKind(s); k != roleNone {
		return k
	}
	if isRencana(s) {
		return roleTarget
	}
	return roleNone
}

// isRencana: s is the word "Rencana" alone (any case, dots, colons or
// brackets around it).
func isRencana(s string) bool {
	s = strings.TrimSpace(s)
	return len(s) <= 24 && strings.EqualFold(strings.Trim(s, " .:()"), "rencana")
}

// subRowLabels is the label fragments of a row as setMeasure reads them:
// "Rencana" said "Target". It allocates only when a Rencana is among them.
func subRowLabels(kinds []string) []string {
	for i, k := range kinds {
		if measureKind(k) == roleNone && isRencana(k) {
			out := append([]string(nil), kinds...)
			for j := i; j < len(out); j++ {
				if measureKind(out[j]) == roleNone && isRencana(out[j]) {
					out[j] = "Target"
				}
			}
			return out
		}
	}
	return kinds
}

// pairRole is the role a label at the tail of an indicator cell states:
// "Target" or "Rencana" a target line, "Realisasi" a realisation line (any
// case, a year or "(%)" beside it); roleNone for any other text, Capaian,
// Satuan and Keterangan included (they never end an indicator's name).
func pairRole(s string) int {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 24 {
		return roleNone
	}
	switch k := subRowKind(s); k {
	case roleTarget, roleRealisasi:
		return k
	}
	return roleNone
}

// splitRoleTail takes a role word off the tail of a name cell:
// "Persentase Arsip (Target)", "Persentase Arsip - Realisasi", or the
// role word alone. ok false when the cell ends in no role word.
func splitRoleTail(s string) (name string, role int, ok bool) {
	s = strings.TrimSpace(s)
	if r := pairRole(s); r != roleNone {
		return "", r, true
	}
	t := strings.TrimRight(s, " )")
	i := strings.LastIndexAny(t, " (")
	if i < 0 {
		return s, roleNone, false
	}
	r := pairRole(t[i+1:])
	if r == roleNone {
		return s, roleNone, false
	}
	return strings.TrimRight(t[:i], " (-–:/"), r, true
}

// subRowTails finds a sub-row table whose labels stand at the tail of the
// indicator cell: the number, indicator, unit, capaian and remark columns
// by their headers, the one other filled column the values, and every
// line with a value ending its indicator cell in a role word, both roles
// among them. The rows are given back one per line, the role word taken
// off the indicator cell into a label column of its own past the last
// column, so they are read as any sub-row table. false when t is not so.
func subRowTails(b *extract.Block, roles []int) (subRowLayout, []extract.Row, bool) {
	lay := subRowLayout{kind: b.Width, val: -1, key: -1, no: -1, unit: -1, ket: -1, capc: -1, tail: true}
	for j, r := range roles {
		switch {
		case r == roleNo && lay.no < 0:
			lay.no = j
		case r == roleIndikator && lay.key < 0:
			lay.key = j
		case r == roleSatuan && lay.unit < 0:
			lay.unit = j
		case r == roleCapaian && lay.capc < 0:
			lay.capc = j
		case r == roleCapaian:
			return lay, nil, false // two capaian columns: periods side by side
		case r == roleKeterangan && lay.ket < 0:
			lay.ket = j
		}
	}
	if lay.key < 0 {
		return lay, nil, false
	}
	for j := 0; j < b.Width; j++ {
		if j == lay.no || j == lay.key || j == lay.unit || j == lay.capc || j == lay.ket || !filledColumn(b, j) {
			continue
		}
		if lay.val >= 0 {
			return lay, nil, false // two value columns: not this layout
		}
		lay.val = j
	}
	if lay.val < 0 {
		return lay, nil, false
	}
	var out []extract.Row
	target, real := 0, 0
	for ri := range b.Rows {
		r := &b.Rows[ri]
		if isFootnoteRow(r) {
			continue
		}
		ls := r.Lines()
		for i, l := range ls {
			n := r.Start
			if len(ls) == r.End-r.Start+1 {
				n += i
			}
			cells := make([]string, b.Width+1)
			copy(cells, l)
			if name, role, ok := splitRoleTail(cellOf(l, lay.key)); ok {
				cells[lay.key] = name
				if role == roleTarget {
					cells[lay.kind] = "Target"
					target++
				} else {
					cells[lay.kind] = "Realisasi"
					real++
				}
			} else if strings.TrimSpace(cellOf(l, lay.val)) != "" {
				return lay, nil, false // a value beside a name with no role word: not this layout
			}
			out = append(out, extract.Row{Start: n, End: n, Cells: cells})
		}
	}
	return lay, out, target > 0 && real > 0
}

// anyTargetWord: some data cell names a target ("target", "tgt",
// "rencana") and some a realisation ("real"), any case, by a byte scan
// that allocates nothing: the gate of the sub-row reader.
func anyTargetWord(b *extract.Block) bool {
	target, real := false, false
	for ri := range b.Rows {
		for _, c := range b.Rows[ri].Cells {
			for i := 0; i+3 <= len(c); i++ {
				switch c[i] | 0x20 {
				case 't':
					target = target || strings.EqualFold(c[i:i+3], "tgt") ||
						i+4 <= len(c) && strings.EqualFold(c[i:i+4], "trgt") ||
						i+6 <= len(c) && strings.EqualFold(c[i:i+6], "target")
				case 'r':
					target = target || i+7 <= len(c) && strings.EqualFold(c[i:i+7], "rencana")
					real = real || i+4 <= len(c) && strings.EqualFold(c[i:i+4], "real")
				}
			}
			if target && real {
				return true
			}
		}
	}
	return false
}
