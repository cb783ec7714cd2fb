package parse

import (
	"math"
	"sort"
	"strconv"
	"strings"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// A scanned page pasted as an OCR engine's word-level output: one record a
// word with its box, the page's lines only in the boxes' positions.
//
//	level page_num block_num par_num line_num word_num left top width height conf text
//	5     1        3         2       1        1        214  529 231   34     88.75 Perencanaan
//	5     1        3         2       1        3        1180 528 105   34     89.25 30,00
//
// The same words come as Tesseract's TSV (above; levels 1-4 and conf -1
// rows are the page's structure, only level 5 rows carry words), as any
// table of words whose header names the text and its box (`word x y w h`,
// `text left top width height`), as hOCR (`<span class='ocrx_word'
// title='bbox x0 y0 x1 y1; x_wconf 89'>30,00</span>`) and as ALTO XML
// (`<String CONTENT="30,00" HPOS=.. VPOS=.. WIDTH=.. HEIGHT=../>` in a
// `<TextLine>`). Read as written, a row's figures are one a line among box
// coordinates and confidences, and no reader sees a row.
//
// ocrWordPages rebuilds the page's text lines: the words of one engine line
// (same block/par/line ids, the same ocr_line or TextLine), then the lines
// whose boxes stand at the same height (a table's cells the engine put in
// blocks of their own), the words in left order, a TAB where the gap is
// clearly wider than a word space (a column), the cells of a table's short
// rows (a total without its number) under the columns they stand in. The
// rebuilt lines replace the run, so every family's ordinary readers take
// the table and prove its rows as usual (bobot sum 100 and nilai ≤ bobot,
// L + P = total, pagu − realisasi = sisa): nothing is loaded here, and a
// word is kept as the engine read it, low confidence or not — a misread
// figure fails its row's proof. A receipt or a letter read by OCR becomes
// a receipt or a letter, which no reader loads.

// ocrWord is one word the engine read: its page, the engine's line key
// (empty when the format has none), its box and its text.
type ocrWord struct {
	page       int
	key        string
	x, y, w, h float64
	text       string
}

// ocrWordPages rewrites the OCR word runs of a text; text itself when it
// holds none.
func ocrWordPages(doc *facts.Document, data []byte) []byte {
	tsv := docHasAny(doc, data, "word_num", "height", "HEIGHT", " w h", "\tw\th")
	hocr := docHas(doc, data, "ocrx_word")
	alto := docHas(doc, data, "CONTENT=")
	if !tsv && !hocr && !alto {
		return data
	}
	lines := strings.Split(string(data), "\n")
	changed := false
	for i := 0; i < len(lines); i++ {
		var words []ocrWord
		end := i
		if tsv {
			words, end = ocrTSVRun(lines, i)
		}
		if end <= i && (hocr || alto) {
			words, end = ocrMarkupRun(lines, i)
		}
		if end <= i {
			continue
		}
		if len(words) < 4 {
			i = end - 1
			continue
		}
		out := ocrRebuild(words)
		for j := i; j < end; j++ {
			lines[j] = ""
		}
		if len(out) > end-i { // a page written on fewer lines than it has (hOCR on one line)
			grown := make([]string, 0, len(lines)+len(out))
			grown = append(append(append(grown, lines[:i]...), out...), lines[end:]...)
			lines, end = grown, i+len(out)
		} else {
			copy(lines[i:], out)
		}
		changed = true
		i = end - 1
	}
	if !changed {
		return data
	}
	return []byte(strings.Join(lines, "\n"))
}

// ocrTSVRun reads a word table from line i: a header naming the text column
// and the box (left/x, top/y, width/w, height/h; level, page_num, block_num,
// par_num, line_num, conf optional), then one word a line, TAB or space
// separated (the text column first or last takes the spare fields). It
// returns the words and the line after the run, i when line i is no such
// header.
func ocrTSVRun(lines []string, i int) ([]ocrWord, int) {
	if l := lines[i]; len(l) > 160 || !(strings.Contains(l, "eight") || strings.Contains(l, "EIGHT") ||
		strings.HasSuffix(strings.TrimSpace(l), " h") || strings.HasSuffix(strings.TrimSpace(l), "\th")) {
		return nil, i // no header naming a box's height: the cheap test before the fields
	}
	head := strings.Fields(strings.ToLower(lines[i]))
	if len(head) < 5 || len(head) > 14 {
		return nil, i
	}
	col := map[string]int{}
	for k, h := range head {
		name := map[string]string{"x": "left", "y": "top", "w": "width", "h": "height", "word": "text",
			"page": "page_num", "block": "block_num", "par": "par_num", "line": "line_num", "confidence": "conf"}[h]
		if name == "" {
			name = h
		}
		if _, dup := col[name]; dup {
			return nil, i
		}
		col[name] = k
	}
	t, okT := col["text"]
	for _, need := range []string{"left", "top", "width", "height"} {
		if _, ok := col[need]; !ok || !okT {
			return nil, i
		}
	}
	if t != 0 && t != len(head)-1 {
		return nil, i
	}
	var words []ocrWord
	end := i + 1
	for j := i + 1; j < len(lines); j++ {
		f := strings.Fields(lines[j])
		if len(f) == 0 {
			if j+1 < len(lines) && len(strings.Fields(lines[j+1])) >= len(head)-1 {
				continue
			}
			break
		}
		if len(f) < len(head)-1 {
			break
		}
		var word string
		nums := f
		switch {
		case t == 0 && len(f) >= len(head):
			n := len(f) - (len(head) - 1)
			word, nums = strings.Join(f[:n], " "), append([]string{""}, f[n:]...)
		case t == len(head)-1:
			word, nums = strings.Join(f[len(head)-1:], " "), f[:len(head)-1]
		default: // the text column first and empty: no word
			nums = append([]string{""}, f...)
		}
		num := func(name string) (float64, bool) {
			k, ok := col[name]
			if !ok {
				return 0, true
			}
			v, err := strconv.ParseFloat(nums[k], 64)
			return v, err == nil
		}
		w := ocrWord{text: word}
		ok := true
		var lv, pg, bl, pa, ln float64
		for _, p := range []struct {
			name string
			v    *float64
		}{{"left", &w.x}, {"top", &w.y}, {"width", &w.w}, {"height", &w.h}, {"level", &lv},
			{"page_num", &pg}, {"block_num", &bl}, {"par_num", &pa}, {"line_num", &ln}, {"conf", new(float64)}} {
			v, good := num(p.name)
			ok = ok && good
			*p.v = v
		}
		if !ok {
			break
		}
		end = j + 1
		if _, has := col["level"]; (has && lv != 5) || strings.TrimSpace(word) == "" || w.h <= 0 {
			continue // the page's structure, not a word
		}
		w.page = int(pg)
		if _, has := col["line_num"]; has {
			w.key = strconv.Itoa(int(bl)) + "." + strconv.Itoa(int(pa)) + "." + strconv.Itoa(int(ln))
		}
		words = append(words, w)
	}
	if end == i+1 {
		return nil, i
	}
	return words, end
}

// ocrLine is a rebuilt line: its page, the vertical centre and height of
// its first engine line, its words.
type ocrLine struct {
	page  int
	c, h  float64
	words []ocrWord
}

// ocrCell is a rebuilt line's cell: its text and horizontal extent.
type ocrCell struct {
	text        string
	left, right float64
}

// ocrRebuild turns a page's words into its text lines: engine lines (by
// key; a word without one its own), merged with the lines standing at the
// same height on the same page, in reading order; a line's cells parted at
// the gaps wider than one and a half times its words' height.
func ocrRebuild(words []ocrWord) []string {
	var groups []ocrLine
	at := map[string]int{}
	for _, w := range words {
		k := strconv.Itoa(w.page) + "|" + w.key
		if g, ok := at[k]; ok && w.key != "" {
			groups[g].words = append(groups[g].words, w)
			continue
		}
		at[k] = len(groups)
		groups = append(groups, ocrLine{page: w.page, words: []ocrWord{w}})
	}
	for g := range groups {
		top, bottom := groups[g].words[0].y, 0.0
		for _, w := range groups[g].words {
			top, bottom = min(top, w.y), max(bottom, w.y+w.h)
		}
		groups[g].c, groups[g].h = (top+bottom)/2, ocrMedianHeight(groups[g].words)
	}
	sort.SliceStable(groups, func(a, b int) bool {
		if groups[a].page != groups[b].page {
			return groups[a].page < groups[b].page
		}
		return groups[a].c < groups[b].c
	})
	var merged []ocrLine
	for _, g := range groups {
		if n := len(merged) - 1; n >= 0 && merged[n].page == g.page && g.c-merged[n].c <= min(g.h, merged[n].h)/2 {
			merged[n].words = append(merged[n].words, g.words...)
			continue
		}
		merged = append(merged, g)
	}
	rows := make([][]ocrCell, len(merged))
	for r, l := range merged {
		sort.SliceStable(l.words, func(a, b int) bool { return l.words[a].x < l.words[b].x })
		gap := ocrMedianHeight(l.words)
		for k, w := range l.words {
			if n := len(rows[r]) - 1; k > 0 && w.x-rows[r][n].right <= gap {
				rows[r][n].text += " " + w.text
				rows[r][n].right = max(rows[r][n].right, w.x+w.w)
				continue
			}
			rows[r] = append(rows[r], ocrCell{w.text, w.x, w.x + w.w})
		}
	}
	return ocrAlign(rows)
}

// ocrAlign writes the rows, a table's short rows (fewer cells than its
// widest row, in a run of rows of two cells or more) with their cells under
// the widest row's columns they overlap most, empty cells between; a row
// whose cells would not keep their order is written as it stands. A lone
// cell between a table's rows (a wrapped indicator name, a header's second
// line) is put under its column only when it overlaps that column alone: a
// heading reaching over two columns stays a line of its own.
func ocrAlign(rows [][]ocrCell) []string {
	out := make([]string, len(rows))
	for a := 0; a < len(rows); {
		if len(rows[a]) < 2 {
			out[a] = rows[a][0].text
			a++
			continue
		}
		b, ref := a, a
		for b < len(rows) {
			if len(rows[b]) < 2 { // lone cells join when a row of cells follows within three lines
				c := b
				for c < len(rows) && c < b+3 && len(rows[c]) < 2 {
					c++
				}
				if c == len(rows) || len(rows[c]) < 2 {
					break
				}
				b = c
			}
			if len(rows[b]) > len(rows[ref]) {
				ref = b
			}
			b++
		}
		for r := a; r < b; r++ {
			cells := make([]string, len(rows[r]))
			for k, c := range rows[r] {
				cells[k] = c.text
			}
			lone := len(rows[r]) == 1 && ocrOverlaps(rows[r][0], rows[ref]) == 1
			if len(rows[r]) < len(rows[ref]) && (len(rows[r]) >= 2 || lone) {
				if placed, ok := ocrPlace(rows[r], rows[ref]); ok {
					cells = placed
				}
			}
			out[r] = strings.Join(cells, "\t")
		}
		a = b
	}
	return out
}

// ocrOverlaps counts the cells of ref that c overlaps horizontally.
func ocrOverlaps(c ocrCell, ref []ocrCell) int {
	n := 0
	for _, h := range ref {
		if min(c.right, h.right) > max(c.left, h.left) {
			n++
		}
	}
	return n
}

// ocrPlace puts each cell under the column of ref it overlaps most (the
// nearest by centre when it overlaps none); false when two cells share a
// column or the order would change.
func ocrPlace(row, ref []ocrCell) ([]string, bool) {
	out := make([]string, 0, len(ref))
	last := -1
	for _, c := range row {
		best, score := -1, -1e18
		for k, h := range ref {
			s := min(c.right, h.right) - max(c.left, h.left)
			if s <= 0 {
				s = -math.Abs((c.left+c.right)/2-(h.left+h.right)/2) - 1e9
			}
			if s > score {
				best, score = k, s
			}
		}
		if best <= last {
			return nil, false
		}
		for len(out) < best {
			out = append(out, "")
		}
		out = append(out, c.text)
		last = best
	}
	return out, true
}

// ocrMedianHeight is the median of the words' box heights.
func ocrMedianHeight(words []ocrWord) float64 {
	hs := make([]float64, len(words))
	for k, w := range words {
		hs[k] = w.h
	}
	sort.Float64s(hs)
	return hs[len(hs)/2]
}
