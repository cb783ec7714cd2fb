package pdftext

import (
	"math"
	"strings"
)

// headsAbove counts the lines right above a borderless block (the last
// of above first) that are upper lines of its header's titles. A Word
// table with narrow fixed columns wraps each title one word a line, and
// with the title cells aligned to their bottom the titles end on one line
// (the block's first, a seed with wide gaps) while their upper words
// stand alone over their columns on the lines above ("Pemilih Pemilih
// Jumlah" over "L  P  Pemilih"), single-spaced, so no seed: they were
// left as a plain line and the columns lost the words that name them
// ("Pemilih L", "Jumlah Pemilih"). A line is one of them when it sits one
// line's pitch over the next in the same size, every word inside one
// column and clear of the others, each such column titled on the line
// below too (a stack grows up from the title's last line), and it is no
// caption, no page's foot ("Halaman 12 dari 34"), no quote mark (">")
// nor the end of a sentence.
func headsAbove(above []textLine, first *textLine, cols []column) int {
	if len(cols) < 3 || figures(first) > 1 {
		return 0 // the block opens with a row of figures, not with titles
	}
	n := 0
	below := first
	for k := len(above) - 1; k >= 0 && n < 3; k-- {
		l := &above[k]
		if len(l.words) == 0 || math.Abs(l.size-below.size) > 0.05*below.size ||
			below.base-l.base > 1.5*below.size || below.base-l.base <= 0.5*below.size {
			break
		}
		if !stackedTitles(l, below, cols) {
			break
		}
		n++
		below = l
	}
	return n
}

// stackedTitles: every word of l is centred inside one column of cols,
// clear of its neighbours, over a column the line below titles as well; l is no
// caption ("Tabel 3.4 …") nor a sentence's end.
func stackedTitles(l, below *textLine, cols []column) bool {
	first := strings.ToLower(l.words[0].text)
	if strings.HasPrefix(first, "tabel") || strings.HasPrefix(first, "table") || strings.HasPrefix(first, "gambar") {
		return false
	}
	for i := range l.words {
		if t := l.words[i].text; strings.ContainsAny(t, "0123456789") || !hasLetter(t) {
			return false // a title's upper words are words: a folio, a row or a quote's ">" is not
		}
	}
	last := l.words[len(l.words)-1].text
	if strings.HasSuffix(last, ".") || strings.HasSuffix(last, ":") || strings.HasSuffix(last, ",") {
		return false
	}
	titled := map[int]bool{}
	for i := range below.words {
		w := &below.words[i]
		titled[colOf(cols, (w.x0+w.x1)/2)] = true
	}
	for i := range l.words {
		w := &l.words[i]
		mid := (w.x0 + w.x1) / 2
		c := colOf(cols, mid)
		if c < 0 || !titled[c] || mid < cols[c].x0 || mid > cols[c].x1 || c > 0 && w.x0 <= cols[c-1].x1 || c+1 < len(cols) && w.x1 >= cols[c+1].x0 {
			return false
		}
	}
	return true
}

// figures counts the words of l that are amounts.
func figures(l *textLine) int {
	n := 0
	for i := range l.words {
		if isAmount(l.words[i].text) {
			n++
		}
	}
	return n
}
