package parse

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The template of a run of merged letters and the fields it leaves
// (mail_merge.go). A word is fixed when every letter holds it in the same
// order; a capitalized one only after a figure in every letter ("55 TPS"),
// since names share capitalized words by chance ("KOTA BARU", "KOTA
// LAMA") and a name cut there would key its row wrongly. A fixed word the
// letters could place in two ways (a name holding "target" before the
// "target" of the template) leaves the run as written.

// mergeSeps end a word that closes a field.
const mergeSeps = ",;:"

// mergeCore is a word as the template compares it: without the separator
// that closes it.
func mergeCore(w string) string { return strings.TrimRight(w, mergeSeps) }

func mergeClosed(w string) bool { return w != "" && strings.ContainsRune(mergeSeps, rune(w[len(w)-1])) }

// mergeTable cuts the letters' sentences at their template; the table of
// the fields, lines [from, to).
func mergeTable(letters []mergeLetter, from, to int) (vertTable, bool) {
	if len(letters) < 3 {
		return vertTable{}, false
	}
	words := make([][]string, len(letters))
	for r, l := range letters {
		ws := strings.Fields(l.body)
		if n := len(ws); n > 0 {
			ws[n-1] = strings.TrimSuffix(ws[n-1], ".")
		}
		words[r] = ws
	}
	tmpl := mergeCommon(words)
	var pos [][]int
	for pass := 0; ; pass++ {
		if len(tmpl) == 0 || pass > 8 {
			return vertTable{}, false
		}
		pos = make([][]int, len(words))
		for r, ws := range words {
			p, ok := mergeAlign(tmpl, ws)
			if !ok {
				return vertTable{}, false
			}
			pos[r] = p
		}
		keep := tmpl[:0:0]
		for j, w := range tmpl {
			if j == 0 || !unicode.IsUpper(mergeFirst(w)) || mergeAfterFigure(words, pos, j) {
				keep = append(keep, w)
			}
		}
		if len(keep) == len(tmpl) {
			break
		}
		tmpl = keep
	}
	return mergeFields(words, pos, tmpl, letters, from, to)
}

func mergeFirst(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// mergeAfterFigure: in every letter the word before fixed word j is a
// field's word ending in a digit.
func mergeAfterFigure(words [][]string, pos [][]int, j int) bool {
	for r, p := range pos {
		k := p[j] - 1
		if k < 0 || (j > 0 && p[j-1] == k) {
			return false
		}
		c := mergeCore(words[r][k])
		if c == "" || !unicode.IsDigit(rune(c[len(c)-1])) {
			return false
		}
	}
	return true
}

// mergeCommon is the longest run of words, in order, that every letter
// holds (compared without their closing separators).
func mergeCommon(words [][]string) []string {
	common := make([]string, len(words[0]))
	for i, w := range words[0] {
		common[i] = mergeCore(w)
	}
	for _, ws := range words[1:] {
		b := make([]string, len(ws))
		for i, w := range ws {
			b[i] = mergeCore(w)
		}
		common = lcsWords(common, b)
	}
	return common
}

// lcsWords is a longest common subsequence of a and b.
func lcsWords(a, b []string) []string {
	n, m := len(a), len(b)
	dp := make([]int, (n+1)*(m+1))
	at := func(i, j int) int { return i*(m+1) + j }
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			switch {
			case a[i] == b[j]:
				dp[at(i, j)] = dp[at(i+1, j+1)] + 1
			case dp[at(i+1, j)] >= dp[at(i, j+1)]:
				dp[at(i, j)] = dp[at(i+1, j)]
			default:
				dp[at(i, j)] = dp[at(i, j+1)]
			}
		}
	}
	var out []string
	for i, j := 0, 0; i < n && j < m; {
		switch {
		case a[i] == b[j]:
			out = append(out, a[i])
			i, j = i+1, j+1
		case dp[at(i+1, j)] >= dp[at(i, j+1)]:
			i++
		default:
			j++
		}
	}
	return out
}

// mergeAlign places the template's words in a letter: the earliest and the
// latest placing must agree, or which words are fixed is not proven.
func mergeAlign(tmpl, ws []string) ([]int, bool) {
	left := make([]int, len(tmpl))
	k := 0
	for j, t := range tmpl {
		for k < len(ws) && mergeCore(ws[k]) != t {
			k++
		}
		if k == len(ws) {
			return nil, false
		}
		left[j] = k
		k++
	}
	k = len(ws) - 1
	for j := len(tmpl) - 1; j >= 0; j-- {
		for k >= 0 && mergeCore(ws[k]) != tmpl[j] {
			k--
		}
		if k < 0 || k != left[j] {
			return nil, false
		}
		k--
	}
	return left, true
}

// mergeStop are words that lead a field's name without naming it.
var mergeStop = map[string]bool{"dengan": true, "sebesar": true, "yaitu": true, "adalah": true,
	"dan": true, "serta": true, "yang": true, "with": true, "and": true}

// mergeFields cuts every letter at its fixed words into the table's cells.
func mergeFields(words [][]string, pos [][]int, tmpl []string, letters []mergeLetter, from, to int) (vertTable, bool) {
	m := len(tmpl)
	gap := func(r, j int) []string { // the words of letter r between fixed words j-1 and j
		lo, hi := 0, len(words[r])
		if j > 0 {
			lo = pos[r][j-1] + 1
		}
		if j < m {
			hi = pos[r][j]
		}
		return words[r][lo:hi]
	}
	fixed := func(lo, hi int) []string { // the raw fixed words j in [lo, hi), as the first letter writes them
		out := make([]string, 0, hi-lo)
		for j := lo; j < hi; j++ {
			out = append(out, words[0][pos[0][j]])
		}
		return out
	}
	type field struct {
		gap, chunk, chunks int
		lead, trail        []string
	}
	var fields []field
	prevGap, prevEnd := -1, 0 // the last field gap and the fixed word after it
	var rows [][]string
	for j := 0; j <= m; j++ {
		cuts, any := -1, false
		for r := range words {
			g := gap(r, j)
			if len(g) == 0 {
				continue
			}
			any = true
			n := 0
			for _, w := range g[:len(g)-1] {
				if mergeClosed(w) {
					n++
				}
			}
			if cuts < 0 || n < cuts {
				cuts = n
			}
		}
		if !any {
			continue
		}
		run := fixed(prevEnd, j)
		split := 0 // run[:split] closes the field before, run[split:] leads this one
		for k, w := range run {
			if mergeClosed(w) && len(fields) > 0 {
				split = k + 1
			}
		}
		if split == 0 && len(fields) > 0 && mergeName(run) != "" && !mergeGapClosed(words, pos, prevGap, gap) {
			return vertTable{}, false // "15 desa 55 TPS": whose name the words are is not stated
		}
		if len(fields) > 0 {
			fields[len(fields)-1].trail = run[:split]
		}
		for c := 0; c <= cuts; c++ {
			f := field{gap: j, chunk: c, chunks: cuts + 1}
			if c == 0 {
				f.lead = run[split:]
			}
			fields = append(fields, f)
		}
		prevGap, prevEnd = j, j
	}
	if len(fields) > 0 && prevEnd < m {
		fields[len(fields)-1].trail = fixed(prevEnd, m)
	}
	if len(fields) < 2 {
		return vertTable{}, false
	}
	for r := range words {
		row := make([]string, len(fields))
		for i, f := range fields {
			row[i] = mergeChunk(gap(r, f.gap), f.chunk, f.chunks)
		}
		rows = append(rows, row)
	}
	header := make([]string, len(fields))
	noun := ""
	for i, f := range fields {
		name := mergeName(f.lead)
		if name == "" && f.chunk == f.chunks-1 {
			name = mergeName(f.trail)
		}
		if ws := strings.Fields(name); len(ws) > 1 && mergeNumberWord(ws[len(ws)-1]) {
			noun, name = strings.Join(ws[:len(ws)-1], " "), "No"
		}
		header[i] = name
	}
	for i := range header {
		if header[i] == "" {
			header[i] = "Uraian"
			if noun != "" {
				header[i], noun = noun, ""
			}
		}
	}
	for i := range header {
		vals := make([]string, len(rows))
		for r, row := range rows {
			vals[r] = row[i]
		}
		header[i] = mergeArea(header[i], letters, vals)
	}
	t := vertTable{from: from, to: to, header: header, rows: rows}
	for _, l := range letters {
		t.at = append(t.at, l.at)
	}
	return t, true
}

// mergeGapClosed: in every letter the field gap j ends on a separator.
func mergeGapClosed(words [][]string, pos [][]int, j int, gap func(r, j int) []string) bool {
	for r := range words {
		g := gap(r, j)
		if len(g) > 0 && !mergeClosed(g[len(g)-1]) {
			return false
		}
	}
	return true
}

// mergeChunk is field c of n in a gap's words: the gap cut at its first
// n-1 separators, the cut's separator dropped.
func mergeChunk(g []string, c, n int) string {
	start, at := 0, 0
	for k := 0; k < len(g) && at < n-1; k++ {
		if k < len(g)-1 && mergeClosed(g[k]) {
			if at == c {
				return mergeCell(g[start : k+1])
			}
			at++
			start = k + 1
		}
	}
	if at != c {
		return ""
	}
	return mergeCell(g[start:])
}

func mergeCell(ws []string) string {
	return strings.TrimRight(strings.Join(ws, " "), mergeSeps)
}

// mergeName is a field's name from the fixed words around it: the words
// without separators, a leading connective dropped.
func mergeName(ws []string) string {
	var out []string
	for _, w := range ws {
		w = mergeCore(w)
		if w == "" || (len(out) == 0 && mergeStop[strings.ToLower(w)]) {
			continue
		}
		out = append(out, w)
	}
	return strings.Join(out, " ")
}

// mergeNumberWord: a word naming the record's number ("nomor 3", "no. 3").
func mergeNumberWord(w string) bool {
	switch strings.ToLower(strings.TrimRight(w, ".")) {
	case "nomor", "no", "nomer", "urut", "number":
		return true
	}
	return false
}
