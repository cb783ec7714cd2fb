package pdftext

import (
	"math"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// paragraphGap is how much wider than the page's usual line pitch a
// vertical gap must be to count as a blank line. sizeGap is the same for
// two lines of one font size whose own pitch the document shows: that
// pitch is exact (prose lines step by their leading to a hundredth of a
// point), so a smaller excess already marks a paragraph — a Word body
// with 6 pt after paragraphs at 13.5 pt leading steps 1.44 lines.
// growGap is sizeGap for a line in a larger font: heading styles put a few
// points before such a line ("TPS" set as a heading in a list of column
// names steps 1.33 lines), which alone is no break in the text form; a
// caption after a paragraph's own spacing steps 1.44 lines or more.
const (
	paragraphGap = 1.45
	sizeGap      = 1.25
	growGap      = 1.4
)

// sizePitches maps a font size (rounded to a quarter point) to the line
// pitch of plain lines of that size over the whole document.
type sizePitches map[float64]float64

func sizeKey(size float64) float64 { return math.Round(size*4) / 4 }

// docPitches measures the pitch of each font size of plain lines on all
// pages. A page's own pitch is the smallest recurring step among all its
// lines, which a page with a few smaller lines (a note, a list in a
// smaller font) sets below its prose's leading, so that its prose lines
// would read as paragraphs; the pitch of the size itself does not. Steps
// wider than three times the size are no line pitch (a lone line, a
// page number under a short page) and are left out.
func docPitches(pages []pageLines) sizePitches {
	steps := map[float64][]float64{}
	for _, pl := range pages {
		for i := 1; i < len(pl.lines); i++ {
			prev, cur := pl.lines[i-1], pl.lines[i]
			if !sameSize(prev, cur) {
				continue
			}
			if d := step(prev, cur); d > 0.5 && d <= 3*cur.size {
				k := sizeKey(cur.size)
				steps[k] = append(steps[k], d)
			}
		}
	}
	sp := sizePitches{}
	for k, st := range steps {
		if len(st) < 3 {
			continue
		}
		if p, ok := recurringStep(st); ok {
			sp[k] = p
		}
	}
	return sp
}

// notSmaller reports whether b, after plain line a, is a plain line of
// the same or a larger font: a larger font's taller ascent only shortens
// the step between tops, so a's own pitch still bounds a line break (a
// caption in 11 pt under a 10 pt paragraph ended by 6 pt of space is a
// break, not a continuation). After a larger line the page's pitch rules.
func notSmaller(a, b outLine) bool {
	return a.size > 0 && b.size > 0 && !isRow(a) && !isRow(b) && sizeKey(b.size) >= sizeKey(a.size)
}

// sameSize reports whether two plain (non-row) lines share a font size.
func sameSize(a, b outLine) bool {
	return a.size > 0 && !isRow(a) && !isRow(b) && sizeKey(a.size) == sizeKey(b.size)
}

// withGaps puts an empty line where the page leaves a visibly wider gap
// than its line pitch, as the text form of a report has blank lines
// between paragraphs, headings and tables. The parser reads a heading
// run into the next sentence as one sentence without them. Two table
// rows, or two lines of one ruled table (a heading row merged across
// it), are never split: a tall wrapped row is not a paragraph break.
//
// A plain line followed by one of its size or larger is measured against
// its size's pitch in the document (sp) instead.
func withGaps(lines []outLine, sp sizePitches) []outLine {
	if len(lines) < 2 {
		return lines
	}
	// The line pitch is that of prose when the page has some (padded
	// table rows are taller, and a page of them must not hide the gap
	// after a paragraph), else that of the rows: the smaller of the two.
	var all, prose []float64
	for i := 1; i < len(lines); i++ {
		if d := step(lines[i-1], lines[i]); d > 0.5 {
			all = append(all, d)
			if !isRow(lines[i]) && !isRow(lines[i-1]) {
				prose = append(prose, d)
			}
		}
	}
	// A page of a line or two (the last sentences of a chapter carried
	// over) shows no pitch of its own: only the document's pitch of a
	// line's size, and the ends of paragraphs, part its lines then.
	pitch := math.Inf(1)
	if len(all) >= 3 {
		pitch = linePitch(all)
	}
	if len(prose) >= 3 {
		pitch = math.Min(pitch, linePitch(prose))
	}
	if debugf != nil {
		debugf("withGaps: pitch %.2f first %q", pitch, lines[0].text)
	}
	out := make([]outLine, 0, len(lines)+len(lines)/4)
	out = append(out, lines[0])
	for i := 1; i < len(lines); i++ {
		prev, cur := lines[i-1], lines[i]
		limit := paragraphGap * pitch
		if p, ok := sp[sizeKey(prev.size)]; ok && sameSize(prev, cur) {
			limit = sizeGap * p
		} else if ok && notSmaller(prev, cur) {
			limit = growGap * p
		} else if q, known := sp[sizeKey(cur.size)]; !ok && known && q <= 1.05*pitch && notSmaller(prev, cur) {
			// a line of a size the document shows no pitch of (a caption
			// in 10.5 pt under its table) over a larger line of the
			// page's prose: a step wider than the prose's own pitch parts
			// them as it parts two prose lines, the smaller line's lower
			// height only shortening the step (a heading's lines, of a
			// pitch of their own, are left to the page's)
			limit = math.Min(limit, sizeGap*q)
		}
		if (step(prev, cur) > limit || paragraphEnd(prev, cur, lines) || headingEnd(lines, i)) && !(isRow(prev) && isRow(cur) && !twoTables(prev, cur)) && !(prev.table != 0 && prev.table == cur.table) {
			out = append(out, outLine{top: (prev.top + cur.top) / 2, ocr: prev.ocr && cur.ocr})
		}
		out = append(out, cur)
	}
	return out
}

// twoTables reports two rows of different borderless tables (a table
// ended where the pitch grew too wide for a row of it): the space between
// them is a paragraph break as between any two lines; two rows of one
// table never are.
func twoTables(a, b outLine) bool {
	return a.block > 0 && b.block > 0 && a.block != b.block && a.table == 0 && b.table == 0
}

// linePitch is the smallest gap that recurs: a page of one-line paragraphs
// has few plain line steps, and a lone small step (a superscript, two
// lines drawn close) is not the pitch.
func linePitch(gaps []float64) float64 {
	if p, ok := recurringStep(gaps); ok {
		return p
	}
	return gaps[len(gaps)/10]
}

// recurringStep is the smallest gap another is within 10 % of; it sorts
// gaps.
func recurringStep(gaps []float64) (float64, bool) {
	sort.Float64s(gaps)
	for i := 0; i+1 < len(gaps); i++ {
		if gaps[i+1] <= 1.1*gaps[i] {
			return gaps[i], true
		}
	}
	return 0, false
}

// step is the vertical step from line a to line b: from the last visual
// line joined into a (see joinCutRows), else from a's top.
func step(a, b outLine) float64 {
	return b.top - math.Max(a.top, a.end)
}

func isRow(l outLine) bool {
	for i := 0; i < len(l.text); i++ {
		if l.text[i] == '\t' {
			return true
		}
	}
	return false
}

// headingEnd reports a heading set without space under it, before a
// paragraph: plain line a = page[i-1] is in a larger font than plain
// line b = page[i] (a bold 9.8 pt "B. Akuntabilitas Kinerja ..." over
// 9.2 pt prose), b does not carry on a line a cut at its column's right
// edge, and b is prose: it runs on into the line under it, or it is a
// lead-in ("... dengan rincian:" over a table), and does
// not open with a small letter (the rest of a sentence a line set like a
// heading began: "Tabel pengukuran ... kolom angka" over "ditempatkan
// ..."). A list of
// short "Target : B" lines under "Sasaran Strategis 1" stays with its
// heading, as the text form of a report sets it; so do the "Uraian
// : ..." lines of a form, whose wide gap prose lacks. The text form leaves
// a blank line under such a heading; without one the parser reads the
// heading into the paragraph's first sentence.
func headingEnd(page []outLine, i int) bool {
	a, b := page[i-1], page[i]
	if isRow(a) || isRow(b) || a.x1 <= 0 || b.w0 <= 0 || a.table != 0 || b.table != 0 || b.seed || a.size < 1.05*b.size ||
		wrapped(a, b, rightEdge(a, page)) {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(b.text); unicode.IsLower(r) {
		return false // the rest of a sentence the larger line began
	}
	if t := strings.TrimSpace(b.text); strings.Contains(t, " ") && strings.HasSuffix(t, ":") {
		return true
	}
	if i+1 >= len(page) {
		return false
	}
	c := page[i+1]
	return !isRow(c) && c.w0 > 0 && c.table == 0 && sameSize(b, c) && wrapped(b, c, rightEdge(b, page))
}

// rightEdge is the right edge of a's column: the farthest end of the
// page's plain lines that start left of a's end (a page set in two
// columns has two).
func rightEdge(a outLine, page []outLine) float64 {
	right := 0.0
	for _, l := range page {
		if !isRow(l) && l.x1 > 0 && l.x0 < a.x1 {
			right = math.Max(right, l.x1)
		}
	}
	return right
}

// paragraphEnd reports a paragraph ended without space after it: plain
// line a, of two words or more, ends a sentence or a clause (".", ";",
// ":") short of its column's right edge (rightEdge), and b, a plain line starting with a capital, does not carry on a
// line a cut there (b's first word would have fitted after a). A one-line paragraph set without spacing before
// the next one ("Keterangan: ..." under a table, the last item of a list,
// a lead-in line over a caption) reads as its own paragraph, as it does
// in the text form of a report; a label alone ("Tabel:") stays with the
// line under it.
func paragraphEnd(a, b outLine, page []outLine) bool {
	if isRow(a) || isRow(b) || a.x1 <= 0 || b.w0 <= 0 || a.table != 0 || b.table != 0 {
		return false
	}
	t := strings.TrimSpace(a.text)
	if !strings.Contains(t, " ") || !strings.ContainsRune(".;:", rune(t[len(t)-1])) {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(b.text); !unicode.IsUpper(r) {
		return false
	}
	return !wrapped(a, b, rightEdge(a, page))
}
