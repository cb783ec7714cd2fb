package parse

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// A table printed behind a tool's line numbers. The report types again
// what a screen showed: an MS-DOS EDLIN session listing the treasurer's
// file (`*1,9L`, then `      1:*KODE  URAIAN …`), `grep -n` over a
// finance export (`12:3355 | Pengelolaan … | 900.816.000 | …`, context
// lines `13-…`, a file name before the number when several files were
// searched), `cat -n` / `nl` (the number, then a TAB), `less -N`. With
// the numbers on, no reader sees a table: the first cell is "12:3355".
//
// lineNumbered strips the numbers only where the run proves it is such a
// listing: a tool's command on the line above (EDLIN, `grep -n`,
// `findstr /n`, `cat -n`, `nl`, `less -N`), three numbered lines or more
// in one shape, one column (a right-aligned number ends in the same
// place on every line), the numbers strictly increasing. An EDLIN session
// is replayed: a listing fills the buffer, an edit (`*3`, the old line
// `3:*…`, the new line `3:*…`) replaces line 3, and the buffer as it
// stands at `E` (or at the session's end) is what the file holds; a
// session that deletes, inserts, moves or copies lines (renumbering), or
// that edits and then quits without saving, is left as written. The
// lines go back in place (the text keeps its line count), a space-aligned
// run becomes TAB rows by its blank gutters, a `;`/`|` run in a text with
// TAB tables too (diffDelimited); what they are is then the ordinary
// readers' to prove (pagu − realisasi = sisa, the sums equal to the
// total row). Numbered lines of Go source or of AUTOEXEC.BAT give rows no
// reader takes; numbered prose without a tool's command is not touched.
func lineNumbered(doc *facts.Document, data []byte) []byte {
	if !docHasAny(doc, data, "EDLIN", "edlin", "Edlin", "grep", "findstr", "cat -", "nl ", "less -") {
		return data
	}
	lines := strings.Split(string(data), "\n")
	tabs := strings.Contains(string(data), "\t")
	changed := false
	for i := 0; i < len(lines); i++ {
		kind := linenoCommand(lines[i])
		if kind == 0 {
			continue
		}
		var keep []string
		var end int
		ok := false
		if kind == 'e' {
			keep, end, ok = linenoEdlin(lines, i+1)
		} else {
			keep, end, ok = linenoRun(lines, i+1, kind)
		}
		if !ok {
			continue
		}
		linenoAligned(keep)
		if tabs {
			diffDelimited(keep)
		}
		clear(lines[i+1 : end])
		copy(lines[i+1:end], keep)
		changed = true
		i = end - 1
	}
	if !changed {
		return data
	}
	return []byte(strings.Join(lines, "\n"))
}

// reLinenoPrompt: where a command starts, at the line's start or after a
// shell's prompt (`$ `, `C:\KEU>`) or a pipe; never inside prose.
const reLinenoPrompt = `(?:^\s*|^\S{0,60}[>$#%]\s*|\|\s*)`

var (
	reLinenoEdlin = regexp.MustCompile(`(?i)` + reLinenoPrompt + `edlin(?:\.com|\.exe)?\s+\S+\s*$`)
	reLinenoGrep  = regexp.MustCompile(reLinenoPrompt + `(?:(?:grep|egrep|fgrep|rg)\b.*(?:\s-[A-Za-z]*n[A-Za-z]*\b|--line-number)|(?i:findstr)\b.*\s/[nN]\b)`)
	reLinenoTab   = regexp.MustCompile(reLinenoPrompt + `(?:cat\s+-[A-Za-z]*n[A-Za-z]*|nl(?:\s+-\S+)*)\s+\S+\s*$`)
	reLinenoLess  = regexp.MustCompile(reLinenoPrompt + `less\s+-[A-Za-z]*N[A-Za-z]*\s+\S+\s*$`)
)

// linenoCommand is the kind of listing the command on line l prints:
// 'e' EDLIN, 'g' grep -n, 't' number-TAB (cat -n, nl), 's' number-space
// (less -N), 0 none.
func linenoCommand(l string) byte {
	if len(l) > 200 {
		return 0
	}
	switch {
	case reLinenoEdlin.MatchString(l):
		return 'e'
	case reLinenoGrep.MatchString(l):
		return 'g'
	case reLinenoTab.MatchString(l):
		return 't'
	case reLinenoLess.MatchString(l):
		return 's'
	}
	return 0
}

var (
	reLinenoGrepLine = regexp.MustCompile(`^(?:([^\s:]+?)[:-])?(\d{1,7})([:-])(.*)$`)
	reLinenoTabLine  = regexp.MustCompile(`^( *)(\d{1,7})\t(.*)$`)
	reLinenoLessLine = regexp.MustCompile(`^( *)(\d{1,7}) (.*)$`)
	reLinenoEdLine   = regexp.MustCompile(`^( *)(\d{1,7}):(\*?)(.*)$`)
)

// linenoRun reads the numbered lines from lines[i] on in kind's shape:
// the lines without their numbers, the line after the run, whether it
// holds (3 numbered lines or more, numbers rising, one column, one file).
func linenoRun(lines []string, i int, kind byte) ([]string, int, bool) {
	var keep []string
	last, col, n := 0, -1, 0
	file := ""
	end := i
	for j := i; j < len(lines); j++ {
		l := strings.TrimRight(lines[j], "\r")
		if kind == 'g' && l == "--" && n > 0 { // grep's separator between groups: dropped, a blank under the run
			continue
		}
		if kind == 't' && strings.TrimSpace(l) == "" && n > 0 { // nl leaves blank lines unnumbered
			keep = append(keep, "")
			continue
		}
		var num, text string
		at := 0
		switch kind {
		case 'g':
			m := reLinenoGrepLine.FindStringSubmatch(l)
			if m == nil {
				break
			}
			if n == 0 {
				file = m[1]
			} else if m[1] != file {
				break
			}
			num, text = m[2], m[4]
		case 't', 's':
			re := reLinenoTabLine
			if kind == 's' {
				re = reLinenoLessLine
			}
			m := re.FindStringSubmatch(l)
			if m == nil {
				break
			}
			num, text, at = m[2], m[3], len(m[1])+len(m[2])
		}
		if num == "" {
			break
		}
		v, _ := strconv.Atoi(num)
		if v <= last || col >= 0 && at != col {
			break
		}
		last, col = v, at
		keep = append(keep, text)
		n++
		end = j + 1
	}
	for len(keep) > 0 && keep[len(keep)-1] == "" { // nl's trailing blank lines are not the run's
		keep = keep[:len(keep)-1]
	}
	return keep, end, n >= 3
}

// linenoEdlin replays the EDLIN session from lines[i] on (the line after
// the EDLIN command): the file's lines as the session leaves them, put
// where the session's lines were, the line after the session, whether
// it holds.
func linenoEdlin(lines []string, i int) ([]string, int, bool) {
	buf := map[int]string{}
	edit, seen, edits, listed := 0, 0, 0, 0
	quit := false
	col := -1
	j := i
loop:
	for ; j < len(lines); j++ {
		l := strings.TrimRight(lines[j], "\r")
		t := strings.TrimSpace(l)
		if m := reLinenoEdLine.FindStringSubmatch(l); m != nil {
			v, _ := strconv.Atoi(m[2])
			if at := len(m[1]) + len(m[2]); col >= 0 && at != col {
				return nil, 0, false
			} else {
				col = at
			}
			text := m[4]
			if len(text) > 0 && text[0] == ' ' && m[3] == "" {
				text = text[1:] // "2: 076…": the space where the active line's * stands
			}
			switch {
			case edit > 0 && v == edit && seen == 0:
				seen = 1 // the old line, shown before the prompt
			case edit > 0 && v == edit && seen == 1:
				if strings.TrimSpace(text) != "" { // Enter alone keeps the line
					buf[v] = text
					edits++
				}
				edit, seen = 0, 0
			case edit == 0:
				buf[v] = text
				listed++
			default:
				return nil, 0, false
			}
			continue
		}
		edit, seen = 0, 0
		switch {
		case t == "" || strings.EqualFold(t, "End of input file") || strings.EqualFold(t, "New file") ||
			strings.HasPrefix(strings.ToLower(t), "abort edit"):
		case strings.HasPrefix(t, "*"):
			c := strings.TrimSpace(t[1:])
			switch {
			case reLinenoEdlinList.MatchString(c):
			case reLinenoEdlinEdit.MatchString(c):
				edit, _ = strconv.Atoi(c)
			case strings.EqualFold(c, "Q"):
				quit = true
			case strings.EqualFold(c, "E"):
				j++
				break loop
			default:
				return nil, 0, false // D, I, M, C, R, S, T, W: the numbers move
			}
		default:
			break loop
		}
	}
	if listed < 3 || quit && edits > 0 {
		return nil, 0, false
	}
	ns := make([]int, 0, len(buf))
	for n := range buf {
		ns = append(ns, n)
	}
	for a := 1; a < len(ns); a++ { // insertion sort: a listing is short
		for b := a; b > 0 && ns[b] < ns[b-1]; b-- {
			ns[b], ns[b-1] = ns[b-1], ns[b]
		}
	}
	if len(ns) > j-i {
		return nil, 0, false
	}
	keep := make([]string, 0, j-i)
	for _, n := range ns {
		keep = append(keep, buf[n])
	}
	for len(keep) < j-i {
		keep = append(keep, "")
	}
	return keep, j, true
}

var (
	reLinenoEdlinList = regexp.MustCompile(`^\d*(?:,\d*)?[LlPp]$`)
	reLinenoEdlinEdit = regexp.MustCompile(`^\d+$`)
)

// linenoAligned rebuilds, in place, a run of space-aligned lines (3 or
// more, no TAB, no delimiter) as TAB rows, the cells parted where every
// line of the run is blank for 2 columns or more.
func linenoAligned(keep []string) {
	for i := 0; i < len(keep); {
		if !linenoSpaced(keep[i]) {
			i++
			continue
		}
		j := i + 1
		for j < len(keep) && linenoSpaced(keep[j]) {
			j++
		}
		if j-i >= 3 {
			linenoGutters(keep[i:j])
		}
		i = j
	}
}

// linenoSpaced: a line that may be an aligned table's row (a gap of 2
// spaces or more, no TAB nor delimiter).
func linenoSpaced(l string) bool {
	t := strings.TrimSpace(l)
	return t != "" && strings.Contains(t, "  ") && !strings.ContainsAny(l, "\t;|")
}

func linenoGutters(run []string) {
	w := 0
	for _, l := range run {
		w = max(w, len(l))
	}
	blank := make([]bool, w)
	for c := range blank {
		blank[c] = true
	}
	for _, l := range run {
		for c := 0; c < len(l); c++ {
			if l[c] != ' ' {
				blank[c] = false
			}
		}
	}
	// the cells' spans: runs of columns between gutters of 2 or more
	var cuts [][2]int
	for c := 0; c < w; {
		if blank[c] {
			c++
			continue
		}
		s := c
		for c < w && !(blank[c] && c+1 < w && blank[c+1]) && !(blank[c] && c+1 == w) {
			c++
		}
		cuts = append(cuts, [2]int{s, c})
	}
	if len(cuts) < 3 {
		return
	}
	for k, l := range run {
		cells := make([]string, len(cuts))
		for x, cut := range cuts {
			if cut[0] < len(l) {
				cells[x] = strings.TrimSpace(l[cut[0]:min(cut[1], len(l))])
			}
		}
		run[k] = strings.Join(cells, "\t")
	}
}
