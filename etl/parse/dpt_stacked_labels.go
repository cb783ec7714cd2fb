package parse

import (
	"strings"
	"unicode/utf8"

	"github.com/kpu-ntt/lkj/etl/extract"
)

// DPT per area as labels stacked beside a picture, one paragraph an area
// (a waffle chart of a hundred squares, the area's figures at its right):
//
//	■■■■■■■■■■■■■■■■■■■■    1. WULANGGITANG
//	■■■■■■■■■■■■■■■■■■■■    desa/kel 23 · TPS 61
//	■■■■■■■■■□□□□□□□□□□□    ■ L        4.011
//	□□□□□□□□□□□□□□□□□□□□    □ P        4.192
//	□□□□□□□□□□□□□□□□□□□□    Σ L+P      8.203
//
// the kabupaten's figures in a paragraph of the same shape, its label
// naming the whole. Every line of the paragraph opens with the picture (a
// run of picture runes), the text beside it is the label: the first line
// the area, the others its counts, each named by its label word. The
// label is rewritten as one item of dpt_items.go ("WULANGGITANG: desa/kel
// 23, TPS 61, L 4.011, P 4.192, L+P 8.203") and read the items' way: the
// label words name the roles (the key's marks before them, ■ □ Σ, are
// none), every item is proven by L + P = total, the whole one is the one
// its label names. The picture is drawing, never a figure.

// dptPictureRunes draw a chart's picture beside its labels.
const dptPictureRunes = dptChartBars + "□▢◻◼▪▫●○◯◉♂♀"

// dptStackGate: paragraph t may hold a picture's stacked labels (a cheap
// look, run for every paragraph).
func dptStackGate(t string) bool {
	return strings.Contains(t, "■■■") || strings.Contains(t, "□□□") || strings.Contains(t, "███")
}

// dptStackedItems reads the run of stacked-label paragraphs opening at b.
// A label a page break cut (its head and first counts at the foot of one
// page, the rest at the top of the next, the page's running head or foot
// between) is joined again: the part before the break has the area's name
// but not enough counts to be an item, the part after it the picture but
// no name of its own; at most two paragraphs without the picture (the page
// furniture) stand between.
func (p *parser) dptStackedItems(b *extract.Block, i int) (pieces []string, lineOf []int, end int) {
	end = b.End
	var pending []string
	pendingAt, skipped := 0, 0
	for k := i; k < len(p.blocks); k++ {
		nb := &p.blocks[k]
		lines := p.lines(nb.Start, nb.End)
		// the part after a break may come as a short table: two lines of
		// picture and label read as columns
		if nb.Kind != extract.Paragraph && (pending == nil || nb.Kind != extract.Table) || !pictureLines(lines) {
			if pending != nil && skipped < 2 {
				skipped++
				continue
			}
			break
		}
		at := nb.Start
		if pending != nil {
			lines, at = append(pending, lines...), pendingAt
		}
		piece, ok := dptStackItem(lines)
		if pending == nil && stackHeadLine(lines) && !(ok && itemStated(piece)) {
			// a head without L, P and a total: its rest may follow a page break
			pending, pendingAt, skipped = append([]string(nil), lines...), nb.Start, 0
			continue
		}
		if !ok {
			break
		}
		pending, skipped = nil, 0
		pieces = append(pieces, piece)
		lineOf = append(lineOf, at)
		end = nb.End
	}
	return pieces, lineOf, end
}

// itemStated: piece names L, P and a total (proven or not).
func itemStated(piece string) bool {
	_, ok, named := dptItemOf(piece)
	return ok || named
}

// pictureLines: every line of a paragraph opens with a picture and has
// text beside it.
func pictureLines(lines []string) bool {
	n := 0
	for _, ln := range lines {
		if ln = strings.TrimSpace(ln); ln == "" {
			continue
		}
		if _, ok := besidePicture(ln); !ok {
			return false
		}
		n++
	}
	return n > 0
}

// stackHeadLine: the paragraph's first label line names an area (words,
// no figure), as a stacked label's head does.
func stackHeadLine(lines []string) bool {
	for _, ln := range lines {
		if ln = strings.TrimSpace(ln); ln == "" {
			continue
		}
		t, _ := besidePicture(ln)
		head := strings.TrimSpace(t[inlineBullet(t):])
		return head != "" && !strings.ContainsAny(head, "0123456789:") && hasLetter(head)
	}
	return false
}

// dptStackItem reads one paragraph of stacked labels: at least three
// lines, each opening with the picture; the first label line the area, the
// others its named counts.
func dptStackItem(lines []string) (string, bool) {
	var texts []string
	for _, ln := range lines {
		ln = strings.TrimSpace(ln)
		if ln == "" {
			continue
		}
		rest, ok := besidePicture(ln)
		if !ok {
			return "", false
		}
		texts = append(texts, rest)
	}
	if len(texts) < 3 {
		return "", false
	}
	head := strings.TrimSpace(texts[0][inlineBullet(texts[0]):])
	if head == "" || strings.ContainsAny(head, "0123456789:") {
		return "", false
	}
	var cells []string
	for _, t := range texts[1:] {
		t = strings.TrimLeft(t, " "+dptPictureRunes+"Σ∑")
		for _, c := range strings.FieldsFunc(strings.NewReplacer(" · ", "\x00", " | ", "\x00", "; ", "\x00", ", ", "\x00").Replace(t), func(r rune) bool { return r == 0 }) {
			if c = strings.Join(strings.Fields(c), " "); c != "" {
				cells = append(cells, c)
			}
		}
	}
	if len(cells) < 3 {
		return "", false
	}
	return dptCountNoun(head + ": " + strings.Join(cells, ", ")), true
}

// besidePicture returns the text right of a line's picture: a run of at
// least three picture runes (spaces between them allowed) at the line's
// start, then at least two spaces or a TAB.
func besidePicture(ln string) (string, bool) {
	n, i := 0, 0
	for i < len(ln) {
		r, w := utf8.DecodeRuneInString(ln[i:])
		if r == '\t' {
			break // the picture a column of its own
		}
		if r == ' ' {
			if strings.HasPrefix(ln[i:], "  ") {
				break
			}
		} else if !strings.ContainsRune(dptPictureRunes, r) {
			return "", false
		} else {
			n++
		}
		i += w
	}
	if n < 3 || i == len(ln) {
		return "", false
	}
	return strings.TrimSpace(ln[i:]), true
}
