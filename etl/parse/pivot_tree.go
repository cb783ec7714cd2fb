package parse

import (
	"math"
	"slices"
	"strings"

	"github.com/kpu-ntt/lkj/etl/normalize"
)

// tree nests the pivot's rows under their groups. Levels come from the
// label column a label stands in (tabular form), else from indentation,
// else (a budget) from the codes' levels; without any, a label alone on
// its line opens a group its `Total` row closes. False when the rows do
// not nest: a Total row closing no open group, a group left open whose
// end nothing shows, a level skipped.
func (pv *pivot) tree() (*pivotNode, bool) {
	root := &pivotNode{home: -1, close: -1, level: -1}
	body := pv.rows
	if pv.grand >= 0 {
		body = body[:pv.grand]
		root.vals = pv.rows[pv.grand].vals
	}
	levels := pv.levels(body)
	stack := []*pivotNode{root}
	for i, r := range body {
		lab := r.label()
		if pv.nl > 1 {
			lab = r.labels[levels[i]] // the row's own label, right of its groups'
		}
		if g := pivotCloses(stack, lab); g == 0 {
			return nil, false // a Total row of no open group
		} else if g > 0 {
			n := stack[g]
			if n.close >= 0 || n.vals != nil && !sameCells(n.vals, r.vals) {
				return nil, false // figures of its own row and of its Total disagree
			}
			n.close, n.vals = r.line, r.vals
			stack = stack[:g]
			continue
		}
		if levels == nil {
			// brackets: a label alone opens a group, a row with figures is a leaf of the open one
			n := &pivotNode{label: lab, home: r.line, close: -1, level: len(stack) - 1}
			top := stack[len(stack)-1]
			top.kids = append(top.kids, n)
			if r.valued() {
				n.vals = r.vals
			} else {
				stack = append(stack, n)
			}
			continue
		}
		d := levels[i]
		if pv.nl > 1 {
			// tabular: the labels left of the row's own open (or repeat) its groups
			for j := 0; j < d; j++ {
				c := r.labels[j]
				if c == "" {
					continue
				}
				if len(stack) > j+1 && stack[j+1].label == c {
					continue
				}
				if len(stack) < j+1 {
					return nil, false
				}
				stack = stack[:j+1]
				g := &pivotNode{label: c, home: -1, close: -1, level: j}
				stack[j].kids = append(stack[j].kids, g)
				stack = append(stack, g)
			}
		}
		if len(stack) < d+1 {
			return nil, false // a level skipped
		}
		stack = stack[:d+1]
		n := &pivotNode{label: lab, home: r.line, close: -1, level: d}
		if r.valued() {
			n.vals = r.vals
		}
		stack[d].kids = append(stack[d].kids, n)
		stack = append(stack, n)
	}
	if levels == nil && len(stack) > 1 {
		return nil, false // a group never closed: where it ends is unknown
	}
	return root, true
}

// levels is each body row's level, or nil when nothing but brackets
// tells them.
func (pv *pivot) levels(body []pivotRow) []int {
	out := make([]int, len(body))
	if pv.nl > 1 {
		for i, r := range body {
			out[i] = 0
			for j := len(r.labels) - 1; j >= 0; j-- {
				if r.labels[j] != "" {
					out[i] = j
					break
				}
			}
		}
		return out
	}
	// indentation: each distinct indent a level, shallowest first
	var ind []int
	for _, r := range body {
		if !slices.Contains(ind, r.indent) {
			ind = append(ind, r.indent)
		}
	}
	if len(ind) > 1 {
		for i, r := range body {
			for _, x := range ind {
				if x < r.indent {
					out[i]++
				}
			}
		}
		return out
	}
	if pv.fam != "anggaran" {
		return nil
	}
	for i, r := range body {
		if pivotTotalOf(r.label()) != "" {
			out[i] = 0 // a Total row: matched by its label, not by level
			continue
		}
		l := codeLevel(r.label())
		if lb := strings.TrimSpace(r.label()); l < 0 || len(lb) == 4 && hasYearDigits(lb) {
			return nil // no code, or a fiscal year, not a kegiatan
		}
		out[i] = l
	}
	return out
}

// codeLevel is the budget level a label's leading code names: 0 program,
// 1 kegiatan, 2 output; -1 when it opens with no code.
func codeLevel(label string) int {
	f := strings.Fields(label)
	if len(f) == 0 {
		return -1
	}
	c := strings.TrimRight(f[0], "-–:.")
	if _, ok := programCode(c); ok {
		return 0
	}
	if _, ok := kegiatanCode(c); ok {
		return 1
	}
	if _, ok := outputCode(c); ok {
		return 2
	}
	if bp, ok := parseBudgetPath(c); ok {
		if bp.output != "" {
			return 2
		}
		return 1
	}
	if len(c) == 7 && c[3] == '.' && normalize.AllUpper(c[:3]) && normalize.AllDigits(c[4:]) {
		return 2 // "EBA.956"
	}
	return -1
}

// pivotTotalOf is X of a group's Total row ("X Total", "Total X"), or "".
func pivotTotalOf(label string) string {
	l := strings.TrimSpace(label)
	if len(l) > 6 && strings.EqualFold(l[len(l)-6:], " total") {
		return strings.TrimSpace(l[:len(l)-6])
	}
	if len(l) > 6 && strings.EqualFold(l[:6], "total ") {
		return strings.TrimSpace(l[6:])
	}
	return ""
}

// pivotCloses is the index in stack of the open group a Total row labelled
// label closes, 0 when it closes none, -1 for a row that is no Total row.
func pivotCloses(stack []*pivotNode, label string) int {
	x := pivotTotalOf(label)
	if x == "" {
		return -1
	}
	for g := len(stack) - 1; g > 0; g-- {
		if strings.EqualFold(strings.Join(strings.Fields(stack[g].label), " "), strings.Join(strings.Fields(x), " ")) {
			return g
		}
	}
	return 0
}

// sameCells: a and b hold the same cells, a missing one empty.
func sameCells(a, b []string) bool {
	for j := 0; j < max(len(a), len(b)); j++ {
		if cellAt(a, j) != cellAt(b, j) {
			return false
		}
	}
	return true
}

// proven: every group's (and the grand total's) summed figures are the
// sums of its rows'.
func (pv *pivot) proven(n *pivotNode) bool {
	if len(n.kids) > 0 && n.vals != nil {
		for j, f := range pv.fields {
			if !f.summed {
				continue
			}
			want, wd, ok := pivotNum(cellAt(n.vals, j))
			if !ok {
				return false
			}
			sum, dec := 0.0, wd
			for _, k := range n.kids {
				if k.vals == nil {
					return false // a group without figures: nothing to add
				}
				v, d, ok := pivotNum(cellAt(k.vals, j))
				if !ok && !wordCell(cellAt(k.vals, j)) {
					return false
				}
				sum += v // a word (WTP, BB) adds nothing, as in Excel's sum
				dec = max(dec, d)
			}
			tol := 1e-6
			if dec > 0 {
				tol = 0.5 * math.Pow(10, -float64(dec)) * float64(len(n.kids))
			}
			if math.Abs(sum-want) > tol {
				return false
			}
		}
	}
	for _, k := range n.kids {
		if !pv.proven(k) {
			return false
		}
	}
	return true
}

func cellAt(vals []string, j int) string {
	if j < len(vals) {
		return vals[j]
	}
	return ""
}

// pivotNum reads a pivot's figure; an empty cell is nothing (0). False for
// a cell that is no figure.
func pivotNum(c string) (float64, int, bool) {
	if strings.TrimSpace(c) == "" {
		return 0, 0, true
	}
	n := normalize.ParseNumber(c, normalize.Unknown)
	if n.Status == normalize.Empty {
		return 0, 0, true
	}
	if n.Status != normalize.OK {
		return 0, 0, false
	}
	return n.Value, n.Decimals, true
}

// wordCell: a cell of words, no figure (a grade, an audit opinion).
func wordCell(c string) bool {
	return normalize.ParseNumber(c, normalize.Unknown).Status == normalize.Word
}

// topGroups regroups a flat pivot whose groups carry their subtotals at
// their top and show no level (no indentation, no code, no Total row):
// each group's row is followed by the rows whose summed figures make its
// own, the fewest that do, and the groups' rows must make the Grand
// Total. False (root untouched) when the rows do not part so.
func (pv *pivot) topGroups(root *pivotNode) bool {
	if root.vals == nil || len(root.kids) < 3 {
		return false
	}
	for _, k := range root.kids {
		if len(k.kids) > 0 || k.vals == nil || k.close >= 0 {
			return false
		}
	}
	var heads []*pivotNode
	rows := root.kids
	for i := 0; i < len(rows); {
		h := &pivotNode{label: rows[i].label, home: rows[i].home, close: -1, vals: rows[i].vals}
		found := false
		for k := i + 1; k < len(rows); k++ {
			h.kids = rows[i+1 : k+1]
			if pv.proven(h) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
		heads = append(heads, h)
		i += len(h.kids) + 1
	}
	for _, h := range heads {
		for _, k := range h.kids {
			k.level = 1
		}
	}
	top := &pivotNode{vals: root.vals, kids: heads}
	if !pv.proven(top) {
		return false
	}
	root.kids = heads
	return true
}
