package normalize

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Value is the reading of one table cell that states a target, a
// realisation or an achievement.
type Value struct {
	Text     string   // the cell after folding: kept as *_teks
	Num      *float64 // nil unless Status is OK
	Decimals int
	Grade    string // AA, A, BB, B, CC, C, D when the value is a grade
	Unit     string // persen, predikat, opini, laporan, kali, kecamatan, dokumen, rupiah, ...
	Word     string // tercapai, tidak_tercapai, belum_dinilai, or an opinion (WTP)
	Footnote bool
	Status   Status
}

// Grades in rank order, best first (PermenPAN-RB 88/2021).
var gradeRank = map[string]int{"AA": 7, "A": 6, "BB": 5, "B": 4, "CC": 3, "C": 2, "D": 1}

// GradeRank is the rank of a SAKIP grade (AA = 7 ... D = 1), 0 if s is not one.
func GradeRank(s string) int { return gradeRank[s] }

// GradeOf is the grade a SAKIP score falls in: AA > 90, A > 80, BB > 70,
// B > 60, CC > 50, C > 30, D otherwise.
func GradeOf(score float64) string {
	switch {
	case score > 90:
		return "AA"
	case score > 80:
		return "A"
	case score > 70:
		return "BB"
	case score > 60:
		return "B"
	case score > 50:
		return "CC"
	case score > 30:
		return "C"
	}
	return "D"
}

// Grade returns the grade written in t ("BB", "ВВ", "bb", "BB*"), or "".
func Grade(t string) string {
	if plainWord3(t) {
		return "" // Fold and the trims keep it: three bytes or more
	}
	t = strings.TrimRight(strings.TrimSpace(Fold(t)), "*")
	if len(t) == 0 || len(t) > 2 {
		return ""
	}
	if _, ok := gradeRank[t]; ok {
		return t
	}
	switch t {
	case "aa", "bb", "cc":
		return strings.ToUpper(t)
	}
	return ""
}

// plainWord3: t is ASCII, at least three bytes long, and neither starts
// nor ends with white space nor ends with '*' (every word of a cell's
// text asks Grade).
func plainWord3(t string) bool {
	n := len(t)
	if n < 3 || asciiSpace[t[0]&0x7f] || asciiSpace[t[n-1]&0x7f] || t[n-1] == '*' {
		return false
	}
	for i := 0; i < n; i++ {
		if t[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

var opinions = map[string]bool{"WTP": true, "WDP": true, "TMP": true, "TW": true}

// units maps a word written after a count to the contract's unit.
var units = map[string]string{
	"lap": "laporan", "laporan": "laporan", "lapoan": "laporan",
	"kali": "kali", "x": "kali",
	"kecamatan": "kecamatan", "kec": "kecamatan",
	"dokumen": "dokumen", "dok": "dokumen",
	"orang": "orang", "org": "orang",
	"keputusan": "keputusan", "desa": "desa", "kelurahan": "desa",
	"tps": "tps", "hari": "hari", "bulan": "bulan", "kegiatan": "kegiatan",
	"satker": "satker", "persen": "persen", "paket": "paket", "unit": "unit",
	"buah": "unit", "sk": "keputusan", "nilai": "nilai", "indeks": "nilai",
}

// UnitOf maps a unit word ("Lap", "Kali", "Kecamatan") to the contract's
// unit, or "" when the word is not a unit.
func UnitOf(word string) string {
	w := strings.ToLower(strings.Trim(word, ".,;:()"))
	return units[w]
}

// emptyWords mean "no value yet".
var emptyWords = map[string]bool{
	"belum penilaian": true, "belum dilakukan penilaian": true, "belum dinilai": true,
	"belum ada penilaian": true, "belum ada": true, "belum": true, "n/a": true, "na": true,
	"tidak ada": true, "belum ada data": true, "belum diterbitkan": true, "nihil": true,
}

var achievedWords = map[string]string{
	"tercapai": "tercapai", "sudah tercapai": "tercapai", "terpenuhi": "tercapai",
	"berhasil": "tercapai", "melampaui target": "tercapai", "tercapai sesuai target": "tercapai",
	"tidak tercapai": "tidak_tercapai", "belum tercapai": "tidak_tercapai",
	"tidak terpenuhi": "tidak_tercapai", "belum berhasil": "tidak_tercapai",
}

// valueCache remembers recent readings: the same cells ("100%", "-")
// recur thousands of times in a corpus. It is dropped when it grows large.
// Its keys and texts are copies, so a cached cell never keeps the text of
// the document it was cut from alive.
var valueCache struct {
	sync.RWMutex
	m [8]map[string]Value // by convention (string keys hash fastest)
	n int                 // entries in all maps
}

const valueCacheMax = 1 << 16

// ParseValue reads one cell. col is the convention of its column. Only a
// reading from the cache has its number copied: a fresh reading's number
// is its own already, and copying it too cost an allocation per cell read
// for the first time.
func ParseValue(s string, col Convention) Value {
	v, shared := lookupValue(s, col)
	if shared && v.Num != nil {
		x := *v.Num // the cache's own is shared
		v.Num = &x
	}
	return v
}

// ValueStatus is the Status and Grade of ParseValue(s, col), without
// copying its number: extract asks it of every table cell to tell values
// from text. A plain number ("12", "98,5", "100%") is answered by
// plainStatus without the cache, whose locked map lookup cost more than
// the answer (ValueStatus was 1.3 % of the parser's CPU, mostly that
// lookup).
func ValueStatus(s string, col Convention) (Status, string) {
	if st, ok := plainStatus(s, col); ok {
		return st, ""
	}
	v, _ := lookupValue(s, col)
	return v.Status, v.Grade
}

// plainStatus is the Status parseValue gives a cell of ASCII digits with at
// most one '.' or ',' between digits and an optional '%' at the end, and
// false for any other cell. Such a cell is clean, no dash, word or grade,
// and ParseNumber hands it whole to readCore, whose verdict this repeats:
// more than 18 digits or a leading zero ("05", "01,5") is Unreadable, and
// "1.347" (three digits after a lone separator, one to three before, no
// leading zero) is Ambiguous in a Mixed column, or as a percentage when
// the column is Unknown; every other such cell is OK.
// TestValueStatusPlain checks it against parseValue, exhaustively over
// short cells, in every convention.
func plainStatus(s string, col Convention) (Status, bool) {
	percent := len(s) > 0 && s[len(s)-1] == '%'
	if percent {
		s = s[:len(s)-1]
	}
	sep := -1
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < '0' || c > '9' {
			if sep >= 0 || c != '.' && c != ',' {
				return 0, false
			}
			sep = i
		}
	}
	if sep < 0 {
		if s == "" {
			return 0, false
		}
		if len(s) > 18 || len(s) > 1 && s[0] == '0' {
			return Unreadable, true
		}
		return OK, true
	}
	if sep == 0 || sep == len(s)-1 {
		return 0, false // ".5", "5.": the long way
	}
	a, b := s[:sep], s[sep+1:]
	if len(a)+len(b) > 18 {
		return Unreadable, true
	}
	decConv := English // the convention in which the separator is a decimal point
	if s[sep] == ',' {
		decConv = Indonesian
	}
	if len(b) == 3 && len(a) <= 3 && a[0] != '0' {
		switch {
		case col == Mixed:
			return Ambiguous, true
		case col == decConv:
			return OK, true
		case col == Unknown && percent:
			return Ambiguous, true
		}
		return OK, true
	}
	if len(a) > 1 && a[0] == '0' {
		return Unreadable, true
	}
	return OK, true
}

// lookupValue is the reading of s, from the cache when there; shared says
// it came from the cache, whose Num callers must not hand out (a reading
// parsed here has a Num of its own).
func lookupValue(s string, col Convention) (v Value, shared bool) {
	if len(s) > 64 || int(col) >= len(valueCache.m) {
		return parseValue(s, col), false
	}
	valueCache.RLock()
	out, ok := valueCache.m[col][s]
	valueCache.RUnlock()
	if ok {
		return out, true
	}
	v = parseValue(s, col)
	stored := v
	if v.Num != nil {
		x := *v.Num
		stored.Num = &x
	}
	key := strings.Clone(s)
	if stored.Text == s {
		stored.Text = key
	} else {
		stored.Text = strings.Clone(stored.Text)
	}
	stored.Grade, stored.Unit, stored.Word = strings.Clone(stored.Grade), strings.Clone(stored.Unit), strings.Clone(stored.Word)
	valueCache.Lock()
	if valueCache.n >= valueCacheMax {
		valueCache.m, valueCache.n = [8]map[string]Value{}, 0
	}
	m := valueCache.m[col]
	if m == nil {
		m = make(map[string]Value, 256)
		valueCache.m[col] = m
	}
	if _, dup := m[key]; !dup {
		valueCache.n++
	}
	m[key] = stored
	valueCache.Unlock()
	return v, false
}

func parseValue(s string, col Convention) Value {
	t := Clean(s)
	v := Value{Text: t}
	if isDash(t) {
		v.Status = Empty
		return v
	}
	bare := strings.TrimSpace(strings.TrimRight(t, "*"))
	if bare != t {
		v.Footnote = true
	}
	if len(bare) > 32 && !hasDigit(bare) {
		v.Status = Word // running text: no value words are this long
		return v
	}
	var cased [64]byte
	low := lowerView(cased[:], bare) // for the two lookups below only: cased is written again after
	if emptyWords[low] {
		v.Status, v.Word = Empty, "belum_dinilai"
		return v
	}
	if w, ok := achievedWords[low]; ok {
		v.Status, v.Word = Word, w
		return v
	}
	if g := Grade(bare); g != "" {
		v.Grade, v.Unit, v.Status = g, "predikat", Word
		return v
	}
	if g, ok := gradeWithScore(bare); ok {
		v.Grade, v.Unit, v.Status = g, "predikat", Word
		return v
	}
	if opinions[upperView(cased[:], bare)] {
		v.Word, v.Unit, v.Status = strings.ToUpper(bare), "opini", Word
		return v
	}
	if strings.IndexByte(t, ' ') < 0 {
		// one token: no need to split
	} else if parts := SplitValues(t); len(parts) > 1 && allValues(parts, col) {
		v.Status = Several
		return v
	}
	n := ParseNumber(t, col)
	v.Footnote = v.Footnote || n.Footnote
	switch n.Status {
	case OK:
		x := n.Value
		v.Num, v.Decimals, v.Status = &x, n.Decimals, OK
		switch {
		case n.Percent:
			v.Unit = "persen"
		case n.Money:
			v.Unit = "rupiah"
		case n.Rest != "":
			w := firstField(n.Rest)
			if u := UnitOf(w); u != "" {
				v.Unit = u
			} else if isWord(w) {
				v.Unit = strings.ToLower(strings.Trim(w, ".,;:"))
			}
		}
	default:
		v.Status = n.Status
	}
	return v
}

// allValues reports whether every part reads as a value on its own.
func allValues(parts []string, col Convention) bool {
	for _, p := range parts {
		v := ParseValue(p, col)
		switch {
		case v.Status == OK, v.Grade != "", v.Word != "":
		default:
			return false
		}
	}
	return true
}

// gradeWithScore reads "BB (77,95)" or "72,32 (BB)": a grade with its
// score.
func gradeWithScore(t string) (string, bool) {
	i := strings.IndexByte(t, '(')
	if i <= 0 || !strings.HasSuffix(t, ")") {
		return "", false
	}
	head, inner := strings.TrimSpace(t[:i]), t[i+1:len(t)-1]
	if g := Grade(head); g != "" {
		return g, ParseNumber(inner, Unknown).Status == OK
	}
	if g := Grade(strings.TrimSpace(inner)); g != "" {
		return g, ParseNumber(head, Unknown).Status == OK
	}
	return "", false
}

// GradeScore returns the score written beside a grade ("BB (77,95)"),
// or false.
func GradeScore(t string) (float64, bool) {
	t = Clean(t)
	i := strings.IndexByte(t, '(')
	if i <= 0 || !strings.HasSuffix(t, ")") || Grade(strings.TrimSpace(t[:i])) == "" {
		return 0, false
	}
	n := ParseNumber(t[i+1:len(t)-1], Unknown)
	return n.Value, n.Status == OK
}

func isWord(w string) bool {
	w = strings.Trim(w, ".,;:()")
	if w == "" {
		return false
	}
	for _, r := range w {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z') {
			return false
		}
	}
	return true
}

// token kinds for SplitValues
const (
	tkNum = iota
	tkMark
	tkGrade
	tkWord
	tkParen
	tkCurrency
)

func tokenKind(w string) int {
	switch {
	case w == "%" || w == "*" || w == "%*" || w == ",-":
		return tkMark
	case strings.HasPrefix(w, "("):
		return tkParen
	case w[0]|0x20 == 'r' && strings.EqualFold(strings.TrimRight(w, "."), "rp"): // only r and R fold to r
		return tkCurrency
	case isDigit(w[0]) || (len(w) > 1 && (w[0] == '-' || w[0] == '.') && isDigit(w[1])):
		return tkNum
	case len(w) > 2 && (w[0] == 'R' || w[0] == 'r') && (w[1] == 'p' || w[1] == 'P') && (isDigit(w[2]) || w[2] == '.'):
		return tkNum
	case Grade(w) != "":
		return tkGrade
	}
	return tkWord
}

// SplitValues splits a cell that holds several values, as merged PDF rows
// write them ("B 80", "BB* 74,95%", "200% 93,69%"), into one text per
// value. Units and marks stay with their number ("2 Lap", "100 %",
// "1 Dokumen (dakam)"); consecutive words stay together ("Belum Penilaian").
func SplitValues(s string) []string {
	out, _ := splitValues(s, false)
	return out
}

// FirstOfSeveral is SplitValues for a caller that only asks whether a
// cell splits into several values and what the first one is: first is
// SplitValues(s)[0] and several is len(SplitValues(s)) > 1 (first is ""
// when several is false). It stops at the second value.
func FirstOfSeveral(s string) (first string, several bool) {
	out, several := splitValues(s, true)
	if !several {
		return "", false
	}
	return out[0], true
}

// splitValues splits as SplitValues documents. With firstOnly it returns
// as soon as the second piece starts, with the first piece and true;
// otherwise several reports len(out) > 1.
func splitValues(s string, firstOnly bool) (out []string, several bool) {
	t := Clean(s)
	if t == "" {
		return nil, false
	}
	var wbuf [24]span
	words := fieldSpans(t, wbuf[:0])
	cur, end := -1, -1 // cur: index of the first word of the piece; end: one past the last
	curKind := -1
	hasUnit := false
	for i, sp := range words {
		w := t[sp.start:sp.end]
		k := tokenKind(w)
		switch {
		case cur < 0:
		case k == tkMark || k == tkParen:
			end = i + 1
			continue
		case curKind == tkCurrency && k == tkNum:
			end = i + 1
			curKind = tkNum
			continue
		case curKind == tkNum && k == tkWord && !hasUnit && !strings.HasSuffix(t[words[end-1].start:words[end-1].end], "%") && achievedWords[strings.ToLower(w)] == "":
			end = i + 1
			hasUnit = true
			continue
		case curKind == tkWord && k == tkWord:
			end = i + 1
			continue
		}
		// otherwise a new piece starts ("Belum B": a grade after words too)
		if cur >= 0 {
			out = append(out, joinSpans(t, words[cur:end]))
			if firstOnly {
				return out, true
			}
		}
		cur, end, hasUnit = i, i+1, false
		curKind = k
	}
	if cur >= 0 {
		out = append(out, joinSpans(t, words[cur:end]))
	}
	return out, len(out) > 1
}

// spaceAt reports whether the rune at s[i] is white space as
// strings.Fields sees it, and its size in bytes.
func spaceAt(s string, i int) (bool, int) {
	if c := s[i]; c < utf8.RuneSelf {
		return asciiSpace[c], 1
	}
	r, size := utf8.DecodeRuneInString(s[i:])
	return unicode.IsSpace(r), size
}

// CountFields is len(strings.Fields(s)), without building the fields.
func CountFields(s string) int {
	n := 0
	in := false
	for i := 0; i < len(s); {
		sp, size := spaceAt(s, i)
		if sp {
			in = false
		} else if !in {
			in = true
			n++
		}
		i += size
	}
	return n
}

// span is the byte range of one word.
type span struct{ start, end int }

// fieldSpans appends the byte ranges of the words of t, split exactly as
// strings.Fields splits them.
func fieldSpans(t string, out []span) []span {
	start := -1
	for i := 0; i < len(t); {
		sp, size := spaceAt(t, i)
		if sp {
			if start >= 0 {
				out = append(out, span{start, i})
				start = -1
			}
		} else if start < 0 {
			start = i
		}
		i += size
	}
	if start >= 0 {
		out = append(out, span{start, len(t)})
	}
	return out
}

var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// joinSpans is strings.Join of the words with " ": a substring of t when
// the words are separated by single spaces.
func joinSpans(t string, ws []span) string {
	for i := 1; i < len(ws); i++ {
		if ws[i].start != ws[i-1].end+1 || t[ws[i-1].end] != ' ' {
			parts := make([]string, len(ws))
			for j, w := range ws {
				parts[j] = t[w.start:w.end]
			}
			return strings.Join(parts, " ")
		}
	}
	return t[ws[0].start:ws[len(ws)-1].end]
}

// SplitWords splits a cell of a merged row that states n words in a row
// ("Belum Penilaian Belum Penilaian", "Tercapai Tidak Tercapai", "- -")
// into those n words: each piece must be a dash, a "not yet" word or an
// achievement word. nil when the cell is not exactly n such words.
func SplitWords(s string, n int) []string {
	words := strings.Fields(Clean(s))
	if n < 2 || len(words) < n {
		return nil
	}
	phrase := func(ws []string) bool {
		t := strings.Join(ws, " ")
		low := strings.ToLower(strings.TrimRight(t, "*"))
		return isDash(t) && len(ws) == 1 || emptyWords[low] || achievedWords[low] != ""
	}
	// cut[i][m]: the words from i on split into m phrases (memoised)
	memo := map[[2]int][]string{}
	var cut func(i, m int) ([]string, bool)
	cut = func(i, m int) ([]string, bool) {
		if m == 0 {
			return nil, i == len(words)
		}
		if out, ok := memo[[2]int{i, m}]; ok {
			return out, out != nil
		}
		memo[[2]int{i, m}] = nil
		for j := len(words); j > i; j-- { // longest phrase first
			if !phrase(words[i:j]) {
				continue
			}
			if rest, ok := cut(j, m-1); ok {
				out := append([]string{strings.Join(words[i:j], " ")}, rest...)
				memo[[2]int{i, m}] = out
				return out, true
			}
		}
		return nil, false
	}
	out, ok := cut(0, n)
	if !ok {
		return nil
	}
	return out
}
