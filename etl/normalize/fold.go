// Package normalize turns the text of LKj documents into comparable values:
// it folds homoglyphs and whitespace, reads numbers in either the Indonesian
// or the English convention, recognises units, grades and words that stand
// for missing values, and resolves satker names to satker ids.
//
// Every function here is pure and safe for concurrent use; reference data is
// loaded once from the embedded schemas.
package normalize

import (
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// homoglyphs maps look-alike letters that PDF text extraction and OCR put in
// place of Latin ones (Cyrillic В for B, Greek Ρ for P, ...). Folding them
// first means a grade "ВВ" compares equal to "BB" and a header "Р" is "P".
var homoglyphs = map[rune]rune{
	// Cyrillic upper case
	'А': 'A', 'В': 'B', 'С': 'C', 'Е': 'E', 'Н': 'H', 'К': 'K', 'М': 'M',
	'О': 'O', 'Р': 'P', 'Т': 'T', 'Х': 'X', 'У': 'Y', 'І': 'I', 'Ј': 'J',
	'Ѕ': 'S', 'Ԁ': 'D', 'Ү': 'Y',
	// Cyrillic lower case (в is read as b: OCR writes "вв" for BB)
	'а': 'a', 'в': 'b', 'с': 'c', 'е': 'e', 'н': 'h', 'к': 'k', 'м': 'm',
	'о': 'o', 'р': 'p', 'т': 't', 'х': 'x', 'у': 'y', 'і': 'i', 'ј': 'j',
	'ѕ': 's', 'ԁ': 'd',
	// Greek
	'Α': 'A', 'Β': 'B', 'Ε': 'E', 'Ζ': 'Z', 'Η': 'H', 'Ι': 'I', 'Κ': 'K',
	'Μ': 'M', 'Ν': 'N', 'Ο': 'O', 'Ρ': 'P', 'Τ': 'T', 'Υ': 'Y', 'Χ': 'X',
	'ο': 'o',
	// Latin variants
	'ı': 'i', 'İ': 'I', 'ſ': 's',
	// punctuation look-alikes
	'–': '-', '—': '-', '−': '-', '‐': '-', '‑': '-', '‒': '-',
	'‘': '\'', '’': '\'', '‚': '\'', '“': '"', '”': '"', '„': '"',
	'٫': ',', '٬': ',', '％': '%', '﹪': '%',
}

// Fold replaces homoglyphs by their Latin letters, every kind of space by a
// plain space, fullwidth digits by ASCII digits, and drops zero-width and
// soft-hyphen characters. Case is kept. ASCII input is returned as is.
func Fold(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case r == utf8.RuneError:
			b.WriteByte('?')
		case r == '\u00a0' || r == '\u202f' || r == '\u205f' || r == '\u3000' || (r >= '\u2000' && r <= '\u200a'):
			b.WriteByte(' ')
		case r == '\u200b' || r == '\u200c' || r == '\u200d' || r == '\ufeff' || r == '\u00ad' || r == '\u2060':
			// invisible: drop
		case r >= '０' && r <= '９':
			b.WriteByte(byte('0' + r - '０'))
		default:
			if m, ok := homoglyphs[r]; ok {
				b.WriteRune(m)
			} else {
				b.WriteRune(r)
			}
		}
	}
	return b.String()
}

// Space collapses runs of white space (including tabs) to one space and
// trims both ends.
func Space(s string) string {
	if !needsSpace(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	pending := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if isSpaceByte(c) {
			pending = b.Len() > 0
			continue
		}
		if pending {
			b.WriteByte(' ')
			pending = false
		}
		b.WriteByte(c)
	}
	return b.String()
}

func isSpaceByte(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'
}

// needsSpace reports whether Space would change s: a space at either end,
// two spaces in a row, or a TAB, newline, CR, VT or FF anywhere. Eight
// bytes at a time: a word without a byte below 0x20 and without two
// adjacent spaces needs no look (indicator names, ~150 bytes, go through
// here for every fact).
func needsSpace(s string) bool {
	if s == "" {
		return false
	}
	if s[0] == ' ' || s[len(s)-1] == ' ' {
		return true
	}
	i := 0
	for ; i+8 <= len(s); i += 8 {
		x := uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
			uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
		// some byte below 0x20 (exact: a borrow only follows a true one)
		// may be a white-space control character
		if (x-0x20*lo8)&^x&hi8 != 0 {
			for j := i; j < i+8; j++ {
				if c := s[j]; c != ' ' && isSpaceByte(c) {
					return true
				}
			}
		}
		sp := zero8(x ^ (' ' * lo8))
		if sp&(sp>>8) != 0 || i > 0 && s[i] == ' ' && s[i-1] == ' ' {
			return true
		}
	}
	for ; i < len(s); i++ {
		c := s[i]
		if isSpaceByte(c) && (c != ' ' || i > 0 && s[i-1] == ' ') {
			return true
		}
	}
	return false
}

// StripMarkup removes Markdown emphasis (**bold**, *italic*) and LaTeX
// display formulas ($$...$$) that PDF-to-text converters leave in the
// text, and turns a footnote marker ^{*} into a plain *. A lone trailing *
// (a footnote flag such as "BB*" or "89,25*") is kept.
func StripMarkup(s string) string {
	if strings.IndexByte(s, '*') < 0 && strings.IndexByte(s, '$') < 0 && strings.IndexByte(s, '^') < 0 {
		return s
	}
	if strings.Contains(s, "$$") {
		s = stripFormulas(s)
	}
	if strings.Contains(s, "^{") {
		s = strings.NewReplacer("^{*:}", "*", "^{*}", "*", "^{*) }", "*").Replace(s)
	}
	if strings.Contains(s, "**") {
		s = stripStarPadding(s)
		s = strings.ReplaceAll(s, "**", "")
	}
	if strings.Count(s, "*") >= 2 {
		s = stripEmphasis(s)
	}
	return s
}

// stripFormulas drops $$...$$ spans (an unterminated one runs to the end).
func stripFormulas(s string) string {
	var b strings.Builder
	for {
		i := strings.Index(s, "$$")
		if i < 0 {
			b.WriteString(s)
			break
		}
		b.WriteString(s[:i])
		rest := s[i+2:]
		j := strings.Index(rest, "$$")
		if j < 0 {
			break
		}
		b.WriteByte(' ')
		s = rest[j+2:]
	}
	return b.String()
}

// stripEmphasis removes pairs of single asterisks used as *italic* markers:
// an opener follows a space, start or opening bracket and precedes a
// non-space; its closer precedes a space, end or punctuation.
func stripEmphasis(s string) string {
	bs := []byte(s)
	out := make([]byte, 0, len(bs))
	i := 0
	for i < len(bs) {
		c := bs[i]
		if c == '*' && (i == 0 || bs[i-1] == ' ' || bs[i-1] == '(' || bs[i-1] == '"') && i+1 < len(bs) && bs[i+1] != ' ' && bs[i+1] != '*' {
			// look for a closer
			closer := -1
			for j := i + 2; j < len(bs); j++ {
				if bs[j] == '*' {
					if bs[j-1] != ' ' && (j+1 == len(bs) || isCloserFollow(bs[j+1])) {
						closer = j
					}
					break
				}
			}
			if closer > 0 {
				out = append(out, bs[i+1:closer]...)
				i = closer + 1
				continue
			}
		}
		out = append(out, c)
		i++
	}
	return string(out)
}

func isCloserFollow(c byte) bool {
	switch c {
	case ' ', ',', '.', ';', ':', ')', '"', '\'', '-', '!', '?':
		return true
	}
	return false
}

// Clean is the usual text normalisation for a cell or a paragraph:
// homoglyphs folded, markup stripped, white space collapsed.
func Clean(s string) string {
	if isClean(s) {
		return s
	}
	return Space(StripMarkup(Fold(s)))
}

const (
	lo8 = 0x0101010101010101
	hi8 = 0x8080808080808080
)

// zero8 has the high bit of each byte of x that is zero (exactly).
func zero8(x uint64) uint64 {
	return ^(((x & ^uint64(hi8)) + ^uint64(hi8)) | x) & hi8
}

// notClean marks the bytes a clean string does not hold: non-ASCII,
// control characters and markup.
var notClean = func() (t [256]bool) {
	for c := 0; c < 256; c++ {
		t[c] = c >= utf8.RuneSelf || c < ' ' || c == '*' || c == '$' || c == '^'
	}
	return t
}()

// Key folds text for matching: homoglyphs folded, lower case, every run of
// characters that is not a letter or digit turned into one space.
func Key(s string) string {
	if k, ok := asciiKey(s); ok {
		return k
	}
	s = Fold(s)
	var b strings.Builder
	b.Grow(len(s))
	pending := false
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if pending && b.Len() > 0 {
				b.WriteByte(' ')
			}
			pending = false
			b.WriteRune(unicode.ToLower(r))
			continue
		}
		pending = true
	}
	return b.String()
}

// Upper is Clean followed by upper-casing, the form used for area names
// (kecamatan, kabupaten) as the contract stores them.
func Upper(s string) string { return strings.ToUpper(Clean(s)) }

// asciiKey is Key for ASCII text, without per-rune work. A text that is
// already a key (lower-case words of letters and digits, one space
// between them) is returned as is; any other is built in one allocation.
func asciiKey(s string) (string, bool) {
	if isASCIIKey(s) {
		return s, true
	}
	buf := make([]byte, len(s))
	n, ok := keyInto(buf, 0, s)
	if !ok {
		return "", false
	}
	if n == 0 {
		return "", true
	}
	// buf is never written again: the string may share it
	return unsafe.String(unsafe.SliceData(buf), n), true
}

// KeyTo is Key(s) written in buf, for a key the caller drops (or copies)
// before it writes buf again: false, and no key, when s is not ASCII or is
// longer than buf (then ask Key). A text that is already a key is returned
// as is, like Key does.
func KeyTo(buf []byte, s string) (string, bool) {
	if isASCIIKey(s) {
		return s, true
	}
	if len(s) > len(buf) {
		return "", false
	}
	n, ok := keyInto(buf, 0, s)
	if !ok || n == 0 {
		return "", ok
	}
	return unsafe.String(unsafe.SliceData(buf), n), true
}

// keyInto writes the key of ASCII text s into buf from n on (buf has room
// for len(s) more bytes) and returns the new length; false when s is not
// ASCII. Words are joined by one space, none before the first.
func keyInto(buf []byte, n int, s string) (int, bool) {
	start := n
	pending := false
	for i := 0; i < len(s); i++ {
		k := keyByte[s[i]]
		switch k {
		case 0: // not a letter or digit
			pending = true
			continue
		case 0xff: // not ASCII
			return 0, false
		}
		if pending && n > start {
			buf[n] = ' '
			n++
		}
		pending = false
		buf[n] = k
		n++
	}
	return n, true
}

// keyByte is, per byte, its lower-case letter or digit, 0 for the other
// ASCII bytes (separators in a key) and 0xff for bytes of non-ASCII text.
var keyByte = func() (t [256]byte) {
	for c := 0; c < 256; c++ {
		switch {
		case c >= utf8.RuneSelf:
			t[c] = 0xff
		case c >= 'a' && c <= 'z' || c >= '0' && c <= '9':
			t[c] = byte(c)
		case c >= 'A' && c <= 'Z':
			t[c] = byte(c + 'a' - 'A')
		}
	}
	return t
}()

// isASCIIKey: s is its own key, words of [a-z0-9] joined by single spaces.
func isASCIIKey(s string) bool {
	if s == "" || s[0] == ' ' || s[len(s)-1] == ' ' {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z' || c >= '0' && c <= '9':
		case c == ' ' && s[i-1] != ' ':
		default:
			return false
		}
	}
	return true
}

// HasLowerPrefix is strings.HasPrefix(strings.ToLower(s), prefix) for an
// ASCII lower-case prefix, without building the lower-cased string when
// the bytes it compares are ASCII.
func HasLowerPrefix(s, prefix string) bool {
	if len(s) < len(prefix) {
		for i := 0; i < len(s); i++ {
			if s[i] >= 0x80 {
				return strings.HasPrefix(strings.ToLower(s), prefix)
			}
		}
		return false
	}
	for i := 0; i < len(prefix); i++ {
		c := s[i]
		if c >= 0x80 {
			return strings.HasPrefix(strings.ToLower(s), prefix)
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != prefix[i] {
			// a later non-ASCII byte cannot change the bytes compared so far
			return false
		}
	}
	return true
}

// IndikatorKunci is the natural-key part that identifies an indicator: its
// canonical id, or its folded text (Key) when it matched none. The parser's
// resolver, the template reader and the warehouse all key indicators with
// this one function, so rows judged duplicates in a document are the same
// key in the contract views.
func IndikatorKunci(id, text string) string {
	if id != "" {
		return id
	}
	return "teks:" + Key(text)
}

// KeyWords calls f with each word of Key(s) in order, as
// strings.Fields(Key(s)) lists them, until f returns false. For ASCII
// text it builds neither the key nor the list (the parsers ask the first
// or last word of an indicator name for every fact). w is valid only
// during the call: f must not keep it.
func KeyWords(s string, f func(w string) bool) {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			for _, w := range strings.Fields(Key(s)) {
				if !f(w) {
					return
				}
			}
			return
		}
	}
	// the lower-cased words are written in buf, allocated at the first
	// word that needs it: f may keep what it is given as far as the
	// compiler knows, so an array on the stack escaped on every call
	var buf []byte
	for i := 0; i < len(s); {
		if keyByte[s[i]] == 0 {
			i++
			continue
		}
		j, lower := i, true
		for ; j < len(s) && keyByte[s[j]] != 0; j++ {
			lower = lower && keyByte[s[j]] == s[j]
		}
		w := s[i:j]
		if !lower {
			if len(buf) < len(w) {
				buf = make([]byte, max(len(w), 32))
			}
			b := buf[:len(w)]
			for k := 0; k < len(w); k++ {
				b[k] = keyByte[w[k]]
			}
			w = unsafe.String(unsafe.SliceData(b), len(b))
		}
		if !f(w) {
			return
		}
		i = j
	}
}
