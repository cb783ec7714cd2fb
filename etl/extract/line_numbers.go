package extract

import "bytes"

// Unnumber removes the line-number margin of a draft printed for review:
// every line of a page (or every k-th line, k up to 10) opens with its line
// number, right-aligned or not, maybe followed by a '|'. The numbers are
// page furniture, and left in they would fuse with the first cell of every
// row ("8  076.01.WA") and hide the opening of every sentence.
//
// A page (the text between form feeds) loses its margin only when the
// numbers prove it: numbered lines that step with the physical line (the
// number minus the line's index the same on all of them), on at least
// four fifths of the page's lines that could carry one, from the page's
// first line or over numbered blank lines or at a step above one. A
// table's No column proves nothing: its numbers are followed by a TAB, and
// its caption and header lines carry none. Lines keep their numbers; data
// without a proven margin comes back unchanged (and uncopied).
func Unnumber(data []byte) []byte {
	if !numberedStart(data) {
		return data // the cheap gate: the text opens with no number
	}
	lines := bytes.SplitAfter(data, []byte{'\n'})
	cut := make([]int, len(lines))
	changed := false
	for start := 0; start < len(lines); {
		end := start + 1
		for end < len(lines) && !bytes.HasPrefix(lines[end], []byte{'\f'}) {
			end++
		}
		if pageMargin(lines[start:end], cut[start:end]) {
			changed = true
		}
		start = end
	}
	if !changed {
		return data
	}
	out := make([]byte, 0, len(data))
	for i, ln := range lines {
		if cut[i] > 0 {
			if ln[0] == '\f' {
				out = append(out, '\f')
			}
			ln = ln[cut[i]:]
		}
		out = append(out, ln...)
	}
	return out
}

// numberedStart: one of the first non-blank lines opens with a digit after
// at most a few spaces.
func numberedStart(data []byte) bool {
	for seen := 0; len(data) > 0 && seen < 40; seen++ {
		ln := data
		if i := bytes.IndexByte(data, '\n'); i >= 0 {
			ln, data = data[:i], data[i+1:]
		} else {
			data = nil
		}
		if _, _, ok := marginNumber(ln); ok {
			return true
		}
	}
	return false
}

// marginNumber reads a line's leading number: at most five spaces, one to
// four digits, then the end of the line, spaces or a '|'. It returns the
// number and where the line's content starts (its end when there is none).
func marginNumber(ln []byte) (num, content int, ok bool) {
	ln = bytes.TrimRight(ln, "\r\n")
	i := 0
	if i < len(ln) && ln[i] == '\f' {
		i++
	}
	sp := 0
	for i < len(ln) && ln[i] == ' ' {
		i++
		sp++
	}
	d := 0
	for i < len(ln) && ln[i] >= '0' && ln[i] <= '9' && d < 5 {
		num = num*10 + int(ln[i]-'0')
		i++
		d++
	}
	if sp > 5 || d == 0 || d > 4 {
		return 0, 0, false
	}
	j := i
	for j < len(ln) && ln[j] == ' ' {
		j++
	}
	if j < len(ln) && ln[j] == '|' {
		j++
		for j < len(ln) && ln[j] == ' ' {
			j++
		}
	} else if j == i && j < len(ln) {
		return 0, 0, false // "12,5" or "3\tA": a value or a No cell, no margin
	}
	return num, j, true
}

// pageMargin proves the margin of one page and fills cut with the bytes
// each of its lines loses. It reports whether the page had one.
func pageMargin(page [][]byte, cut []int) bool {
	type cand struct{ idx, num, content int }
	var cands []cand
	bases := map[int]int{}
	first, last := -1, -1
	for i, ln := range page {
		if len(bytes.TrimSpace(ln)) == 0 {
			continue
		}
		if first < 0 {
			first = i
		}
		last = i
		if n, c, ok := marginNumber(ln); ok {
			cands = append(cands, cand{i, n, c})
			bases[n-i]++
		}
	}
	base, most := 0, 0
	for b, n := range bases {
		if n > most || n == most && b < base {
			base, most = b, n
		}
	}
	if most < 3 {
		return false
	}
	var on []cand
	for _, c := range cands {
		if c.num-c.idx == base {
			on = append(on, c)
		}
	}
	step := 0
	for k := 1; k < len(on); k++ {
		step = gcd(step, on[k].idx-on[k-1].idx)
	}
	if step < 1 || step > 10 {
		return false
	}
	// the places a number could stand: the lines of the page on the step's
	// grid that are not empty (an unnumbered blank line is no miss)
	places, bare := 0, false
	for i := first; i <= last; i++ {
		if (i+base)%step == 0 && len(bytes.TrimSpace(page[i])) > 0 {
			places++
		}
	}
	width := -1
	for _, c := range on {
		if c.num%step != 0 {
			return false
		}
		ln := bytes.TrimRight(page[c.idx], "\r\n")
		if c.content >= len(ln) {
			bare = true // a numbered blank line: no row of a table
			continue
		}
		if width < 0 || c.content < width {
			width = c.content
		}
	}
	if places == 0 || 5*len(on) < 4*places || width <= 0 {
		return false
	}
	if !bare && step == 1 && on[0].idx != first {
		return false
	}
	for _, c := range on {
		cut[c.idx] = min(width, c.content)
	}
	if step > 1 {
		// the lines between the numbered ones are set in by the margin's width
		for i := first; i <= last; i++ {
			if cut[i] == 0 {
				cut[i] = leadSpaces(page[i], width)
			}
		}
	}
	return true
}

// leadSpaces is how many of a line's first n bytes are spaces before its
// text (a form feed first counts as one).
func leadSpaces(ln []byte, n int) int {
	i := 0
	if i < len(ln) && ln[i] == '\f' {
		i++
	}
	for i < len(ln) && i < n && ln[i] == ' ' {
		i++
	}
	if i == 1 && ln[0] == '\f' {
		return 0
	}
	return i
}

func gcd(a, b int) int {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}
