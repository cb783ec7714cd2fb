package parse

import (
	"strings"
)

// glossStray: a record of words only (`Status : TIDAK LAKU` pushed under
// its record by a break), passed over inside a run.
func glossStray(r *glossRec) bool {
	for _, f := range r.fields {
		if strings.ContainsAny(f.value, "0123456789") {
			return false
		}
	}
	return len(r.fields) <= 2
}

// glossUnfold reads a record a PDF's text folded onto one TAB line: the
// record's head cells, its labels joined in one cell and its values in
// the next, each after a colon:
//
//	LOT<TAB>1<TAB>Barang Satuan Harga Limit Harga Terbentuk Persentase thd Limit<TAB>: name : % : 5,00 : 2,86 : 142,80
//
// The labels are parted by anchors: the key's labels and the ordinary
// role words (`Satuan`, a percent label), each of their words in order;
// the words between two anchors must be one label (one value), and the
// words after the last anchor are the last anchor's and the unread
// labels' (at least a word each). Only the fields placed so are given.
func glossUnfold(g *glossKey, l string) (head string, fs []glossField, ok bool) {
	if strings.IndexByte(l, '\t') < 0 || !strings.Contains(l, "\t:") {
		return "", nil, false
	}
	cells := strings.Split(l, "\t")
	v := len(cells) - 1
	for v > 0 && !strings.HasPrefix(strings.TrimSpace(cells[v]), ":") {
		v--
	}
	if v < 1 || v != len(cells)-1 {
		return "", nil, false
	}
	vals := strings.Split(strings.TrimSpace(cells[v])[1:], " : ")
	for k := range vals {
		vals[k] = strings.TrimSpace(vals[k])
	}
	words := strings.Fields(cells[v-1])
	if len(words) < len(vals) || len(words) > 40 {
		return "", nil, false
	}
	head = strings.Join(strings.Fields(strings.Join(cells[:v-1], " ")), " ")
	// anchors: the longest known label starting at each word
	type seg struct{ from, to int }
	var segs []seg
	pend := -1 // the first word of an unknown run
	for w := 0; w < len(words); {
		best := 0
		for n := min(4, len(words)-w); n >= 1; n-- {
			lab := strings.Join(words[w:w+n], " ")
			if g.roleOf(lab) != "" && g.roleOf(lab) != "?" && g.fieldRole(lab) == g.roleOf(lab) ||
				n == 1 && g.fieldRole(lab) == "unit" {
				best = n
				break
			}
		}
		if best == 0 && glossPctLbl.MatchString(strings.ToLower(words[w])) {
			// a percent label: it runs to the end (the tail is unread)
			if pend >= 0 {
				segs = append(segs, seg{pend, w})
			}
			segs = append(segs, seg{w, -1})
			pend = -1
			break
		}
		if best == 0 {
			if pend < 0 {
				pend = w
			}
			w++
			continue
		}
		if pend >= 0 {
			segs = append(segs, seg{pend, w})
			pend = -1
		}
		segs = append(segs, seg{w, w + best})
		w += best
	}
	if len(segs) > len(vals) {
		return "", nil, false
	}
	for k, sg := range segs {
		to := sg.to
		if to < 0 {
			// the tail: at least one word for each value after this one
			if len(words)-sg.from < len(vals)-k {
				return "", nil, false
			}
			to = sg.from + 1
		}
		lab := strings.Join(words[sg.from:to], " ")
		if sg.to < 0 {
			lab = words[sg.from] // a percent label's first word names its role
		}
		fs = append(fs, glossField{label: lab, value: vals[k], vcol: 1 << 20}) // no line wraps onto a folded value
	}
	if pend >= 0 && len(segs) == len(vals)-1 {
		// the words after the last anchor are the last label
		fs = append(fs, glossField{label: strings.Join(words[pend:], " "), value: vals[len(vals)-1], vcol: 1 << 20})
	}
	return head, fs, len(fs) > 0
}
