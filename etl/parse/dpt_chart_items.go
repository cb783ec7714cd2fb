package parse

import (
	"strings"

	"github.com/kpu-ntt/lkj/etl/extract"
)

// DPT per area as a chart's labels typed again: a voters' pyramid (a
// butterfly chart, the men's bar growing left and the women's right of the
// area's name) or a pictogram (a row of ♂ icons and a row of ♀ icons under
// each area, each row ending in its figure):
//
//	                 ◄ LAKI-LAKI          KECAMATAN          PEREMPUAN ►
//	   11.612  █████████████ │          BORONG          │ ██████████████ 12.296
//	                         │ 25 desa/kel · 93 TPS · Σ 23.908 │
//
//	 1. KOTA WAIKABUBAK  —  13 desa/kel, 98 TPS, jumlah 37.385 pemilih
//	    ♂♂♂♂♂♂♂♂♂♂♂♂♂♂♂♂♂♂♂  19.012
//	    ♀♀♀♀♀♀♀♀♀♀♀♀♀♀♀♀♀♀  18.373
//
// and the kabupaten's figures in the chart's note or closing line
// ("Kabupaten X: 176 desa/kelurahan, 749 TPS, laki-laki …, perempuan …,
// jumlah …"). Each area is rewritten as one item of dpt_items.go ("BORONG:
// L 11.612, P 12.296, 25 desa/kel, 93 TPS, jumlah 23.908") and read the
// items' way: the label words name the roles, every item is proven by L +
// P = total, the whole one is the one its label names. What the reader
// trusts of the chart: the sex of a pyramid's side only from the chart's
// own heads (the word for men and the word for women in that order across
// the line above the bars; no heads, no rows), and of an icon row only
// from the sex symbol it is drawn with. The bars' lengths are drawing,
// never a figure.

// dptChartBars are the runes a chart's bars are drawn with.
const dptChartBars = "█▓▒░■▇▆▅▄▃▂▁▌▐"

// dptChartGate: paragraph t may hold a chart's labels (a cheap look, run
// for every paragraph).
func dptChartGate(t string) bool {
	return strings.Contains(t, "♂") || strings.Contains(t, "│") && strings.Contains(t, "█")
}

// dptChartItems reads the chart whose labels open at paragraph b; it
// reports whether b was taken.
func (p *parser) dptChartItems(b *extract.Block) bool {
	if b.Start <= p.readTo || !dptChartGate(b.Text) && !dptStackGate(b.Text) {
		return false
	}
	var pieces []string
	var lineOf []int
	end := b.End
	i := p.blockIndex(b)
	if i < 0 {
		return false
	}
	if !dptChartGate(b.Text) {
		pieces, lineOf, end = p.dptStackedItems(b, i) // labels stacked beside a picture (dpt_stacked_labels.go)
	} else if strings.Contains(b.Text, "█") {
		pieces, lineOf = p.dptPyramid(b)
	} else if inlineBullet(strings.TrimSpace(b.Text)) > 0 {
		for k := i; k < len(p.blocks); k++ {
			nb := &p.blocks[k]
			if nb.Kind != extract.Paragraph || inlineBullet(strings.TrimSpace(nb.Text)) == 0 {
				break
			}
			piece, ok := dptIconItem(p.lines(nb.Start, nb.End))
			if !ok {
				break
			}
			pieces = append(pieces, piece)
			lineOf = append(lineOf, nb.Start)
			end = nb.End
		}
	}
	if len(pieces) < dptItemMin {
		return false
	}
	// the kabupaten's figures in the paragraph under the chart (its note or
	// closing line), a sentence of it whose label names the whole; a PDF's
	// text may set the closing line apart from a one-line note above it
	// (paragraph spacing), so a one-line paragraph without it is passed
	// once
	passed := false
	for k := i + 1; k < len(p.blocks) && k <= i+len(pieces)+2; k++ {
		nb := &p.blocks[k]
		if nb.Start <= end {
			continue
		}
		if nb.Kind != extract.Paragraph {
			break
		}
		found := false
		for _, s := range strings.Split(nb.Text, ". ") {
			s = dptCountNoun(dptIconSexes(dptLabelDash(strings.TrimSuffix(strings.TrimSpace(s), "."))))
			if c := strings.Index(s, ": "); c > 0 && dptItemWhole(strings.TrimSpace(s[:c])) {
				pieces = append(pieces, s)
				lineOf = append(lineOf, nb.Start)
				end = nb.End
				found = true
				break
			}
		}
		if found || passed || nb.End > nb.Start { // End is the paragraph's last line
			break
		}
		passed = true
	}
	return p.dptItemsRead(pieces, lineOf, end)
}

// dptPyramid reads a butterfly chart's bar lines in b: the sides' sexes
// from the heads in the paragraph above, each bar line's name between its
// two │ marks and its figures at the bars' outer ends, the line under it
// (between the same marks) the area's other counts.
func (p *parser) dptPyramid(b *extract.Block) (pieces []string, lineOf []int) {
	left, right := "", ""
	if n := len(p.recent); n > 0 {
		head := strings.ReplaceAll(strings.ToLower(p.recent[n-1].text), "laki-laki", "laki")
		l, w := strings.Index(head, "laki"), strings.Index(head, "perempuan")
		switch {
		case l < 0 || w < 0 || strings.Count(head, "laki") > 1 || strings.Count(head, "perempuan") > 1:
			return nil, nil
		case l < w:
			left, right = "L", "P"
		default:
			left, right = "P", "L"
		}
	}
	if left == "" {
		return nil, nil
	}
	lines := p.lines(b.Start, b.End)
	for k := 0; k < len(lines); k++ {
		parts := strings.Split(lines[k], "│")
		if len(parts) != 3 || !strings.ContainsAny(parts[0], dptChartBars) && !strings.ContainsAny(parts[2], dptChartBars) {
			continue
		}
		name := strings.TrimSpace(parts[1])
		lf, rf := strings.Trim(parts[0], " "+dptChartBars), strings.Trim(parts[2], " "+dptChartBars)
		if name == "" || !reItemCount.MatchString(lf) || !reItemCount.MatchString(rf) {
			continue
		}
		piece := name + ": " + left + " " + lf + ", " + right + " " + rf
		if k+1 < len(lines) {
			// the area's other counts under its name, between the same marks
			if q := strings.Split(lines[k+1], "│"); len(q) == 3 && strings.Trim(q[0], " ") == "" && strings.TrimSpace(q[1]) != "" {
				in := strings.NewReplacer(" · ", ", ", " | ", ", ", "; ", ", ", "Σ", "jumlah").Replace(strings.TrimSpace(q[1]))
				piece += ", " + in
				k++
			}
		}
		pieces = append(pieces, dptCountNoun(piece))
		lineOf = append(lineOf, b.Start+k)
	}
	return pieces, lineOf
}

// dptIconItem reads one pictogram item: its first line the area and its
// counts, then a row of ♂ icons and a row of ♀ icons, each ending in its
// figure.
func dptIconItem(lines []string) (string, bool) {
	var head string
	var l, w string
	for _, ln := range lines {
		ln = strings.TrimSpace(ln)
		if ln == "" {
			continue
		}
		if head == "" {
			head = dptLabelDash(strings.TrimSpace(ln[inlineBullet(ln):]))
			continue
		}
		sym, fig, ok := dptIconRow(ln)
		switch {
		case !ok:
			return "", false
		case sym == '♂' && l == "":
			l = fig
		case sym == '♀' && w == "":
			w = fig
		default:
			return "", false
		}
	}
	if head == "" || l == "" || w == "" || !strings.Contains(head, ": ") {
		return "", false
	}
	return dptCountNoun(head) + ", L " + l + ", P " + w, true
}

// dptCountNoun writes an item's cells the one way all the chart's items
// are read by: a named total without the noun after it ("jumlah 37.385
// pemilih" → "jumlah 37.385"), the villages as "desa/kel" however the
// label spells them, the sexes as L and P ("laki-laki 89.556" → "L
// 89.556"), so that the areas' items and the kabupaten's line give one
// column each.
func dptCountNoun(s string) string {
	label := ""
	if c := strings.Index(s, ": "); c > 0 {
		label, s = s[:c+2], s[c+2:]
	}
	cells := strings.Split(s, ", ")
	for i, c := range cells {
		f := strings.Fields(c)
		if len(f) == 2 && reItemCount.MatchString(f[0]) && (strings.EqualFold(f[1], "desa/kelurahan") || strings.EqualFold(f[1], "desa")) {
			cells[i] = f[0] + " desa/kel" // the chart's own label in full on the kabupaten's line
			continue
		}
		if len(f) == 2 && reItemCount.MatchString(f[1]) {
			switch strings.ToLower(f[0]) {
			case "laki-laki":
				cells[i] = "L " + f[1] // the roles as the areas' items name them
			case "perempuan":
				cells[i] = "P " + f[1]
			}
		}
		if len(f) == 3 && (strings.EqualFold(f[0], "jumlah") || strings.EqualFold(f[0], "total")) &&
			reItemCount.MatchString(f[1]) && strings.EqualFold(f[2], "pemilih") {
			cells[i] = f[0] + " " + f[1]
		}
	}
	return label + strings.Join(cells, ", ")
}

// dptIconRow: ln is a row of one sex symbol's icons ending in a figure.
func dptIconRow(ln string) (sym rune, fig string, ok bool) {
	cut := strings.LastIndexByte(ln, ' ')
	if cut < 0 {
		return 0, "", false
	}
	fig = ln[cut+1:]
	if !reItemCount.MatchString(fig) {
		return 0, "", false
	}
	for _, r := range strings.TrimSpace(ln[:cut]) {
		if r != '♂' && r != '♀' || sym != 0 && r != sym {
			return 0, "", false
		}
		sym = r
	}
	return sym, fig, sym != 0
}

// dptLabelDash writes the dash parting an item's label from its counts
// ("KOTA WAIKABUBAK — 13 desa/kel, …") as the items' colon, when the label
// has no colon and holds no figure.
func dptLabelDash(s string) string {
	if strings.Contains(s, ": ") {
		return s
	}
	for _, d := range [...]string{" — ", " – ", " - "} {
		if c := strings.Index(s, d); c > 0 && !strings.ContainsAny(s[:c], "0123456789") {
			return strings.TrimSpace(s[:c]) + ": " + strings.TrimSpace(s[c+len(d):])
		}
	}
	return s
}

// dptIconSexes names the counts a sex symbol stands before ("♂ 67.574" →
// "L 67.574").
func dptIconSexes(s string) string {
	if !strings.Contains(s, "♂") && !strings.Contains(s, "♀") {
		return s
	}
	return strings.NewReplacer("♂ ", "L ", "♀ ", "P ").Replace(s)
}
