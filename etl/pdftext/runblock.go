package pdftext

import (
	"sort"
	"strings"
	"unicode"
)

// runBlockZone caps how far from its edge a running block reaches: an
// office's letterhead (the commission's name, the satker, its address,
// its telephone and web address) printed at the head of every page runs
// past the running zone by a line or two, but never into the middle of
// the page.
const runBlockZone = 0.2

// runningKeys gives the running key of each line of a page (runningKey),
// extended to the lines of a block that starts in the running zone and
// runs on past it at its own line pitch: under the letterhead's first
// lines, inside the zone, its address line set a little lower is a line
// of the same letterhead; over a footer's last line, the lines of the
// same footer block. Such a line is dropped, as the rest of its block,
// only when it comes again on most pages (dropRunning); a cover's title
// or a page's first heading under a running header is no block line
// unless set at the block's pitch, and even then stays unless repeated.
// Rows cut into cells never join a block.
func runningKeys(p pageLines) []string {
	keys := make([]string, len(p.lines))
	found := false
	for j, l := range p.lines {
		keys[j] = runningKey(l, p.h)
		found = found || keys[j] != ""
	}
	if !found || len(p.lines) < 2 {
		return keys
	}
	idx := make([]int, len(p.lines))
	for j := range idx {
		idx[j] = j
	}
	sort.SliceStable(idx, func(a, b int) bool { return p.lines[idx[a]].top < p.lines[idx[b]].top })
	// down from the head of the page
	for k := 1; k < len(idx); k++ {
		a, b := idx[k-1], idx[k]
		if strings.HasPrefix(keys[b], "top:") {
			continue // still inside the zone
		}
		if !strings.HasPrefix(keys[a], "top") || keys[b] != "" || p.lines[b].top > runBlockZone*p.h || !sameBlock(p.lines[a], p.lines[b]) {
			break
		}
		keys[b] = "top+:" + blockKey(p.lines[b])
	}
	// up from the foot of the page
	for k := len(idx) - 2; k >= 0; k-- {
		a, b := idx[k], idx[k+1]
		if strings.HasPrefix(keys[a], "bottom:") {
			continue
		}
		if !strings.HasPrefix(keys[b], "bottom") || keys[a] != "" || p.lines[a].top < (1-runBlockZone)*p.h || !sameBlock(p.lines[a], p.lines[b]) {
			break
		}
		keys[a] = "bottom+:" + blockKey(p.lines[a])
	}
	return keys
}

// sameBlock reports whether plain line b follows plain line a at a block's
// pitch (no wider step than 1.6 times the larger of their sizes) and reads
// like a letterhead's or a footer's line: three letters or more. A line of
// figures alone (a table set one cell a line, running up to the page
// number) is never part of a block.
func sameBlock(a, b outLine) bool {
	if a.size <= 0 || b.size <= 0 || strings.Contains(b.text, "\t") {
		return false
	}
	letters := 0
	for _, r := range b.text {
		if unicode.IsLetter(r) {
			letters++
		}
	}
	step := b.top - a.top
	return letters >= 3 && step > 0 && step <= 1.6*max(a.size, b.size)
}

// blockKey is a block line's text as it stands: its digits are not masked,
// so only the same address or notice matches on other pages (a page
// number's mask "#" must never take a line of figures with it).
func blockKey(l outLine) string {
	return strings.TrimSpace(l.text)
}
