package parse

import (
	"cmp"
	"regexp"
	"slices"
)

// Some patterns of the family parsers are costly to run over a whole
// paragraph, yet every match of them lies close to a cheap anchor (a word,
// a year). Their scanners find the anchors, bound around each one the part
// of the text any match using it can cover, and run the same pattern on
// those windows only; the pattern stays the definition of a match.

// findAllIn is re.FindAllStringSubmatchIndex(t, -1) for a pattern whose
// every match lies inside one of wins, each window having a non-word byte
// (or the text's edge) on both sides, so \b reads the same in the window as
// in t. Overlapping windows are merged; no match crosses a window's edge,
// so searching window after window finds t's matches, in order.
func findAllIn(re *regexp.Regexp, t string, wins [][2]int) [][]int {
	return findIn(re, t, wins, -1)
}

// findIn is findAllIn stopped after n matches (n < 0: all of them); n = 1
// is re.FindStringSubmatchIndex(t) as a one-element list, and searches no
// window after the one that holds the leftmost match.
func findIn(re *regexp.Regexp, t string, wins [][2]int, n int) [][]int {
	return findInBy(t, wins, n, re.FindAllStringSubmatchIndex)
}

// findInBy is findIn with the pattern's run on one window given: find(w,
// k) returns up to k matches in w (k < 0: all), indices relative to w.
func findInBy(t string, wins [][2]int, n int, find func(w string, k int) [][]int) [][]int {
	if len(wins) == 0 {
		return nil
	}
	// by start (windows starting together merge whatever their order);
	// slices.SortFunc, not sort.Slice, whose closure and swapper were
	// allocated per call (issue 13)
	slices.SortFunc(wins, func(a, b [2]int) int { return cmp.Compare(a[0], b[0]) })
	var out [][]int
	ws, we := wins[0][0], wins[0][1]
	for k := 1; k <= len(wins); k++ {
		if k < len(wins) && wins[k][0] <= we {
			we = max(we, wins[k][1])
			continue
		}
		ms := find(t[ws:we], n-len(out))
		for _, m := range ms {
			for x := range m {
				if m[x] >= 0 {
					m[x] += ws
				}
			}
		}
		if out == nil && len(ms) > 0 {
			out = ms // the first list found is ours to keep (find's lists are fresh)
		} else {
			out = append(out, ms...)
		}
		if n >= 0 && len(out) >= n {
			break
		}
		if k < len(wins) {
			ws, we = wins[k][0], wins[k][1]
		}
	}
	return out
}

// itemsBack is the start of the n words or bracketed groups before pos
// (spaces between them skipped), moved back to the start of the word it
// falls in: a byte after a non-word byte, or 0.
func itemsBack(t string, pos, n int) int {
	s := pos
	for items := 0; items < n; items++ {
		k := s
		for k > 0 && isSpaceASCII(t[k-1]) {
			k--
		}
		switch {
		case k > 0 && isTokenByte(t[k-1]):
			for k > 0 && isTokenByte(t[k-1]) {
				k--
			}
		case k > 0 && t[k-1] == ')':
			o := k - 2
			for o >= 0 && t[o] != '(' && t[o] != ')' && t[o] != '.' {
				o--
			}
			if o < 0 || t[o] != '(' {
				items = n
				continue
			}
			k = o
		default:
			items = n
			continue
		}
		s = k
	}
	for s > 0 && isTokenByte(t[s-1]) {
		s--
	}
	return s
}

// itemsForward is the end of the n words or bracketed groups after pos
// (spaces between them skipped), moved on to the end of the word it falls
// in: a byte before a non-word byte, or len(t).
func itemsForward(t string, pos, n int) int {
	e := pos
	for items := 0; items < n; items++ {
		k := e
		for k < len(t) && isSpaceASCII(t[k]) {
			k++
		}
		switch {
		case k < len(t) && isTokenByte(t[k]):
			k = wordEnd(t, k)
		case k < len(t) && t[k] == '(':
			c := k + 1
			for c < len(t) && t[c] != '(' && t[c] != ')' && t[c] != '.' {
				c++
			}
			if c >= len(t) || t[c] != ')' {
				items = n
				continue
			}
			k = c + 1
		default:
			items = n
			continue
		}
		e = k
	}
	return wordEnd(t, e)
}

// wordEnd is pos moved forward to the end of the word it falls in.
func wordEnd(t string, pos int) int {
	for pos < len(t) && isTokenByte(t[pos]) {
		pos++
	}
	return pos
}

// isTokenByte: an ASCII word byte ([0-9A-Za-z_], what \b looks at) or any
// byte of a non-ASCII rune (under (?i) "k" and "s" match U+212A and U+017F).
func isTokenByte(c byte) bool {
	return c >= 0x80 || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_'
}

func isSpaceASCII(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'
}

// yearWordMatches is reYearWord.FindAllStringSubmatchIndex(s, -1). A
// match ends with a year (19dd or 20dd) and starts at most three words
// before it ("tahun anggaran 2024", "tahun anggaran sebelumnya (2022)").
func yearWordMatches(s string) [][]int {
	var wins [][2]int
	for i := 0; i+3 < len(s); i++ {
		if (s[i] == '1' && s[i+1] == '9' || s[i] == '2' && s[i+1] == '0') &&
			s[i+2] >= '0' && s[i+2] <= '9' && s[i+3] >= '0' && s[i+3] <= '9' {
			at := i
			if at > 0 && s[at-1] == '(' {
				at-- // itemsBack stops at an opening bracket
			}
			wins = append(wins, [2]int{itemsBack(s, at, 3), wordEnd(s, i+4)})
		}
	}
	return findAllIn(reYearWord, s, wins)
}

// sakipMentionMatches is reSakipMention.FindAllStringSubmatchIndex(s, -1).
// Every match holds its score, \d{2}[.,]\d, and lies close to it: before
// it at most the grade and "(" with spaces between ("BB ( 70,25"), after
// it the decimals and a few words, spaces, commas, quotes and brackets
// (") ", "(BB)", ", dengan predikat “BB"). The window of a score runs
// from the word before those brackets to the end of the sixth item after
// the separator; both edges have a non-word byte (or the text's edge)
// beside them.
func sakipMentionMatches(s string) [][]int {
	var wins [][2]int
	for i := 0; i+3 < len(s); i++ {
		if !isDigitByte(s[i]) || !isDigitByte(s[i+1]) || s[i+2] != ',' && s[i+2] != '.' || !isDigitByte(s[i+3]) {
			continue
		}
		st := i
		for st > 0 && (isSpaceASCII(s[st-1]) || s[st-1] == '(') {
			st--
		}
		for st > 0 && isTokenByte(s[st-1]) {
			st--
		}
		e := i + 3
		for items := 0; items < 6; items++ {
			for e < len(s) && (isSpaceASCII(s[e]) || s[e] == ',' || s[e] == '(' || s[e] == ')' || s[e] == '"') {
				e++
			}
			if e >= len(s) || !isTokenByte(s[e]) {
				break
			}
			e = wordEnd(s, e)
		}
		wins = append(wins, [2]int{st, e})
	}
	return findAllIn(reSakipMention, s, wins)
}

// yearMatches is re.FindAllStringSubmatchIndex(s, -1) for a pattern whose
// every match ends with a year, (?:19|20)\d\d (a \b may follow), and
// starts at most n items before it, an item being a run of bytes between
// ASCII white space and ')' ("(AKIP) Tahun 2023" is two items, "Kab."
// one). The SAKIP year patterns name the year scored or the year of the
// evaluation with a few words before it, and run on every sentence that
// states a score. The window of a year runs from the start of the n-th
// item before it to the end of its word.
func yearMatches(re *regexp.Regexp, s string, n int, need ...string) [][]int {
	var buf [winStack][2]int // the windows stay on the stack (findInBy keeps none): issue 13
	return findAllIn(re, s, yearWindowsTo(buf[:0], s, n, need...))
}

// winStack: the windows of a text most texts fit in.
const winStack = 8

// yearWindows are the windows of yearMatches. Every SAKIP year pattern
// names "tahun" before its year, so a window without it before the year
// holds no match and is left out (no other letter folds to those of
// "tahun" under (?i); a window with other bytes is kept all the same), and
// so is one holding none of the words need names when there are some.
func yearWindows(s string, n int, need ...string) [][2]int {
	return yearWindowsTo(nil, s, n, need...)
}

// yearWindowsTo is yearWindows appended to wins.
func yearWindowsTo(wins [][2]int, s string, n int, need ...string) [][2]int {
	for i := 0; i+3 < len(s); i++ {
		if (s[i] == '1' && s[i+1] == '9' || s[i] == '2' && s[i+1] == '0') && isDigitByte(s[i+2]) && isDigitByte(s[i+3]) {
			if from := runsBack(s, i, n); !isASCII(s[from:i]) || containsFoldASCII(s[from:i], "tahun") && holdsAny(s[from:i], need) {
				wins = append(wins, [2]int{from, wordEnd(s, i+4)})
			}
		}
	}
	return wins
}

// runsBack is the start of the n-th run of bytes other than ASCII white
// space and ')' before pos, moved back to the start of the run pos falls
// in: a byte after white space or ')', or 0.
func runsBack(s string, pos, n int) int {
	sep := func(c byte) bool { return isSpaceASCII(c) || c == ')' }
	for pos > 0 && !sep(s[pos-1]) {
		pos--
	}
	for ; n > 0; n-- {
		k := pos
		for k > 0 && sep(s[k-1]) {
			k--
		}
		if k == 0 {
			return 0
		}
		for k > 0 && !sep(s[k-1]) {
			k--
		}
		pos = k
	}
	return pos
}

// submatchStrings is what FindAllStringSubmatch gives for the matches ms
// of FindAllStringSubmatchIndex on s: nil for none, "" for a group that
// took no part.
func submatchStrings(s string, ms [][]int) [][]string {
	if ms == nil {
		return nil
	}
	out := make([][]string, len(ms))
	for k, m := range ms {
		ss := make([]string, len(m)/2)
		for g := range ss {
			if m[2*g] >= 0 {
				ss[g] = s[m[2*g]:m[2*g+1]]
			}
		}
		out[k] = ss
	}
	return out
}

// holdsAny: ws is empty or t holds one of its words in any ASCII case.
func holdsAny(t string, ws []string) bool {
	for _, w := range ws {
		if containsFoldASCII(t, w) {
			return true
		}
	}
	return len(ws) == 0
}

// yearPattern is a SAKIP year pattern with the most items a match holds
// before its year (yearMatches), and the words one of which every match
// holds besides "tahun", if any.
type yearPattern struct {
	re   *regexp.Regexp
	n    int
	need []string
}

var (
	scoredYear    = yearPattern{reScoredYear, 3, nil}                                    // "tahun yang dievaluasi 2020"
	objectYear    = yearPattern{reSakipObjectYear, 6, []string{"akip", "akuntabilitas"}} // "akuntabilitas kinerja instansi pemerintah) tahun 2023"
	satkerYear    = yearPattern{reSakipSatkerYear, 8, []string{"akip"}}                  // "sakip) kpu + five words + tahun 2019"
	whenYear      = yearPattern{reWhenYear, 2, nil}                                      // "pada tahun 2024"
	evaluatedYear = yearPattern{reEvaluatedYear, 5, nil}                                 // "atas kinerja tahun yang dinilai 2019"
)

// allIndex is re.FindAllStringSubmatchIndex(s, -1).
func (y yearPattern) allIndex(s string) [][]int { return yearMatches(y.re, s, y.n, y.need...) }

// all is re.FindAllStringSubmatch(s, -1).
func (y yearPattern) all(s string) [][]string { return submatchStrings(s, y.allIndex(s)) }

// firstIndex is re.FindStringSubmatchIndex(s): the leftmost match is
// FindAll's first.
func (y yearPattern) firstIndex(s string) []int {
	var buf [winStack][2]int
	if ms := findIn(y.re, s, yearWindowsTo(buf[:0], s, y.n, y.need...), 1); len(ms) > 0 {
		return ms[0]
	}
	return nil
}

// first is re.FindStringSubmatch(s): the leftmost match is FindAll's first.
func (y yearPattern) first(s string) []string {
	if ms := findIn(y.re, s, yearWindows(s, y.n, y.need...), 1); len(ms) > 0 {
		return submatchStrings(s, ms[:1])[0]
	}
	return nil
}
