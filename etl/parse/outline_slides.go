package parse

import (
	"bytes"
	"strings"
)

// A presentation's outline saved as text: one line a slide (its number, a
// TAB, its title), the slide's bullets under it indented by TABs, one TAB
// a level:
//
//	8⇥Program 076.01.WA – Program Dukungan Manajemen
//	⇥• Pagu Rp…; realisasi Rp… (96,45%)
//	⇥• Sisa Rp…
//	⇥• Rincian per kegiatan:
//	⇥⇥– Kegiatan 3355 …: realisasi Rp… dari pagu Rp… (96,95%), sisa Rp…
//
// Read as it stands, every line is a one-cell table row and the bullets
// lose the slide that names what their amounts are of. outlineSlides
// writes such a run as the prose it says: a slide's first-level bullets
// joined after its title into one sentence on the title's line ("Program
// 076.01.WA – …: Pagu Rp…; realisasi Rp… (96,45%); Sisa Rp…."), their
// own lines left blank so the slide is a paragraph of its own; deeper
// bullets stay items of a list, one a line, their TABs dropped. The prose
// readers then read the amounts as they read any budget sentence or list
// item, with the same proofs. Line numbers never change. Only a run of two
// or more slides numbered on by one, each line of it a slide or a bullet
// without a further TAB, is rewritten.

// outlineMarks open a bullet; a bullet may also be written without one.
var outlineMarks = [...]string{"• ", "– ", "— ", "- ", "▪ ", "◦ ", "■ ", "* "}

// outlineSlides rewrites a text's outline runs; data itself when it holds
// none.
func outlineSlides(data []byte) []byte {
	if !outlineLikely(data) {
		return data
	}
	lines := strings.Split(string(data), "\n")
	changed := false
	for i := 0; i < len(lines); i++ {
		n, _, ok := slideLine(lines[i])
		if !ok {
			continue
		}
		end, slides := i+1, 1
		for j := i + 1; j < len(lines); j++ {
			if m, _, ok := slideLine(lines[j]); ok && m == n+1 {
				n, slides, end = m, slides+1, j+1
				continue
			}
			if _, ok := outlineBullet(lines[j]); !ok {
				break
			}
			end = j + 1
		}
		if slides >= 2 && end > i+slides {
			outlineWrite(lines[i:end])
			changed = true
		}
		i = end - 1
	}
	if !changed {
		return data
	}
	return []byte(strings.Join(lines, "\n"))
}

// outlineLikely: a cheap look for a slide's first bullet: a line opening
// with one TAB, no TAB further on, under a line that is a slide's.
func outlineLikely(data []byte) bool {
	for i := 0; i < len(data); {
		k := bytes.Index(data[i:], []byte("\n\t"))
		if k < 0 {
			return false
		}
		k += i
		p := bytes.LastIndexByte(data[:k], '\n') + 1
		// bytes first: a bullet's first letter after one TAB, a slide's
		// number before a TAB on the line above; only then a line is copied
		if k+2 < len(data) && data[k+2] != '\t' && data[k+2] != '\n' && p < k && data[p] >= '0' && data[p] <= '9' {
			t := bytes.IndexByte(data[p:k], '\t')
			from, to := lineSpan(data, k+1)
			// one TAB on each line: a TAB table's rows hold more
			if t >= 1 && t <= 3 && bytes.IndexByte(data[p+t+1:k], '\t') < 0 && bytes.IndexByte(data[from+1:to], '\t') < 0 {
				if d, ok := outlineBullet(string(data[from:to])); ok && d == 1 {
					if _, _, ok := slideLine(string(data[p:k])); ok {
						return true
					}
				}
			}
		}
		i = k + 2
	}
	return false
}

// slideLine reads a slide's line "7⇥Title": its number and title.
func slideLine(l string) (int, string, bool) {
	k := strings.IndexByte(l, '\t')
	if k < 1 || k > 3 || !allDigits(l[:k]) {
		return 0, "", false
	}
	title := strings.TrimSpace(l[k+1:])
	if title == "" || strings.IndexByte(title, '\t') >= 0 || numLike(title) {
		return 0, "", false // a TAB table's row, not a slide
	}
	n := 0
	for _, c := range l[:k] {
		n = n*10 + int(c-'0')
	}
	return n, title, true
}

// outlineBullet reads a bullet line: its depth (its leading TABs) and
// its text without the mark.
func outlineBullet(l string) (int, bool) {
	d := 0
	for d < len(l) && l[d] == '\t' {
		d++
	}
	t := strings.TrimSpace(l[d:])
	if d == 0 || d > 4 || t == "" || strings.IndexByte(t, '\t') >= 0 {
		return 0, false
	}
	return d, true
}

// outlineText is a bullet's text without its mark.
func outlineText(l string) string {
	t := strings.TrimSpace(l)
	for _, mk := range outlineMarks {
		if strings.HasPrefix(t, mk) {
			return strings.TrimSpace(t[len(mk):])
		}
	}
	return t
}

// outlineWrite rewrites one run of slides in place.
func outlineWrite(run []string) {
	title, joined := -1, []string(nil)
	flush := func() {
		if title < 0 {
			return
		}
		_, t, _ := slideLine(run[title])
		if len(joined) > 0 {
			t = strings.TrimRight(t, ":;. ") + ": " + strings.Join(joined, "; ")
		}
		run[title] = outlineEnd(t)
	}
	for j, l := range run {
		if _, _, ok := slideLine(l); ok {
			flush()
			title, joined = j, nil
			continue
		}
		d, _ := outlineBullet(l)
		t := outlineText(l)
		run[j] = ""
		if d == 1 {
			next := 0
			if j+1 < len(run) {
				next, _ = outlineBullet(run[j+1])
			}
			if next > 1 && strings.HasSuffix(t, ":") {
				continue // "Rincian per kegiatan:": the list under it says it
			}
			joined = append(joined, strings.TrimRight(t, ";. "))
			continue
		}
		run[j] = "– " + outlineEnd(t)
	}
	flush()
}

// outlineEnd closes a sentence with a full stop unless it ends in one.
func outlineEnd(t string) string {
	t = strings.TrimSpace(t)
	if t == "" || strings.HasSuffix(t, ".") || strings.HasSuffix(t, "!") || strings.HasSuffix(t, "?") {
		return t
	}
	return t + "."
}

// shareOfPagu is the serapan of pc once its pagu is read: a percent
// closing "realisasi Rp A dari pagu Rp B (p%)" is A's share of B, the
// realisasi told first; otherwise pc's serapan as it was.
func shareOfPagu(pc *proseCoded, win string, pct *float64) *float64 {
	if pct == nil || pc.serapan != nil || len(pc.reals) == 0 {
		return pc.serapan
	}
	f := strings.Fields(strings.ToLower(win))
	if len(f) == 0 || f[0] != "dari" {
		return pc.serapan
	}
	for _, w := range f[1:] {
		switch w {
		case "pagu", "total", "anggaran", "sebesar", "dipa":
		default:
			return pc.serapan // "… dari pagu kegiatan lain Rp …": not this pair
		}
	}
	return pct
}
