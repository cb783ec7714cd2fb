package extract

import (
	"regexp"
	"strings"
)

// The voter counts of a DPT row may carry the sexes inside their cells
// rather than in the titles:
//
//	No | Kecamatan | … | L + P         | Jumlah      each cell "5.074 + 5.107"
//	No | Kecamatan | … | Jumlah Pemilih              each row "Lk 4.726 | Pr 4.949 | Jml 9.675"
//
// Read as they stand, the first has no L and P columns and the second has
// rows wider than their titles; no voter figure was loaded. The column is
// split as the cells say: "L + P" into L and P, one title over labelled
// cells into a title per label. Every row must write the same shape (an
// empty cell aside), else the table is left as it is.

var (
	reSexSum   = regexp.MustCompile(`^(\d{1,3}(?:[.,]\d{3})*|\d+)\s*\+\s*(\d{1,3}(?:[.,]\d{3})*|\d+)$`)
	reSexTitle = regexp.MustCompile(`(?i)^(?:L\s*\+\s*P|laki-laki\s*\+\s*perempuan|lk\s*\+\s*pr)$`)
	reSexCell  = regexp.MustCompile(`^(Lk|L|Pr|P|Jml|L\+P|Jumlah)\.?:?\s+(\d{1,3}(?:[.,]\d{3})*|\d+)$`)
)

// splitSexCells applies both readings to b.
func splitSexCells(b *Block) {
	if b.Kind != Table || len(b.Header) != 1 || len(b.Rows) == 0 {
		return
	}
	splitSexSum(b)
	splitSexLabels(b)
}

// splitSexSum splits a column titled "L + P" whose cells add two counts.
func splitSexSum(b *Block) {
	hdr := b.Header[0].Cells
	j := -1
	for k, c := range hdr {
		if reSexTitle.MatchString(strings.TrimSpace(c)) {
			if j >= 0 {
				return
			}
			j = k
		}
	}
	if j < 0 {
		return
	}
	n := 0
	for _, r := range b.Rows {
		if j >= len(r.Cells) || r.Cells[j] == "" {
			continue
		}
		if !reSexSum.MatchString(strings.TrimSpace(r.Cells[j])) {
			return
		}
		n++
	}
	if n < 2 {
		return
	}
	b.Header[0].Cells = insertSplit(hdr, j, "L", "P")
	for i := range b.Rows {
		r := &b.Rows[i]
		l, p := "", ""
		if j < len(r.Cells) {
			if m := reSexSum.FindStringSubmatch(strings.TrimSpace(r.Cells[j])); m != nil {
				l, p = m[1], m[2]
			}
		}
		if j < len(r.Cells) {
			r.Cells = insertSplit(r.Cells, j, l, p)
		}
	}
	b.Width++
}

// splitSexLabels gives the cells labelled Lk, Pr and Jml past the header's
// last title a title each.
func splitSexLabels(b *Block) {
	hdr := b.Header[0].Cells
	w := len(hdr)
	if w < 2 {
		return // no title for the labelled cells to stand under
	}
	var labels []string
	for _, r := range b.Rows {
		if len(r.Cells) <= w {
			if len(r.Cells) == w && labels == nil {
				continue
			}
			return
		}
		var ls []string
		for _, c := range r.Cells[w-1:] {
			m := reSexCell.FindStringSubmatch(strings.TrimSpace(c))
			if m == nil {
				return
			}
			ls = append(ls, sexLabelTitle(m[1]))
		}
		if labels == nil {
			labels = ls
		} else if strings.Join(labels, "|") != strings.Join(ls, "|") {
			return // another order of labels on another row
		}
	}
	if len(labels) < 2 {
		return
	}
	b.Header[0].Cells = append(append([]string{}, hdr[:w-1]...), labels...)
	for i := range b.Rows {
		r := &b.Rows[i]
		if len(r.Cells) <= w {
			continue
		}
		cells := append([]string{}, r.Cells...)
		for k := w - 1; k < len(cells); k++ {
			cells[k] = reSexCell.FindStringSubmatch(strings.TrimSpace(cells[k]))[2]
		}
		r.Cells = cells
	}
	b.Width = max(b.Width, len(b.Header[0].Cells))
}

func sexLabelTitle(label string) string {
	switch label {
	case "Lk", "L":
		return "L"
	case "Pr", "P":
		return "P"
	}
	return "L+P"
}

// insertSplit replaces cells[j] by a and b.
func insertSplit(cells []string, j int, a, b string) []string {
	out := make([]string, 0, len(cells)+1)
	out = append(out, cells[:j]...)
	out = append(out, a, b)
	return append(out, cells[j+1:]...)
}
