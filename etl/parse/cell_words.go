package parse

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// Table cells that write every figure twice, in digits and in words
// (terbilang), the way an office's letters guard amounts against being
// altered: "77,50 (tujuh puluh tujuh koma lima nol)", "2.423.420.000 (dua
// miliar …)", "Rp 1.250.000,- terbilang: satu juta …". Left as printed, a
// reader that wants one value per cell sees a figure and a run of words
// and skips the row (or takes the first figure unproven). The words repeat
// the figure, so the cell is the figure alone, once the words agree with
// it; words that say another number prove neither form, and the cell
// becomes "-", the empty cell (its fact NULL), with a finding. A
// parenthesis that is not a number in words stays as it is. The prose
// route (prose_words.go) owns the word lists and the integer reading.

// cellWordsGate: the cheap test that a text may hold a TAB row with a
// figure spelled out beside it; without one the text is returned untouched,
// unread line by line.
func cellWordsGate(doc *facts.Document, text []byte) bool {
	if bytes.IndexByte(text, '\t') < 0 {
		return false
	}
	x := triIndexOf(doc, text) // a word absent from the text costs no scan (scan_index.go)
	for _, w := range [...]string{"puluh", "belas", "ratus", "ribu", "juta", "koma", "erbilang", "ERBILANG",
		"satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh", "sebelas", "PULUH", "RATUS"} {
		if (x == nil || x.mayHold(w)) && bytes.Contains(text, []byte(w)) {
			return true
		}
	}
	return false
}

// spelledLine: the TAB row ln may hold a figure followed by words: a
// parenthesis right after a digit, or (when the text holds the word at
// all: terbilang) the word "terbilang". It allocates nothing and hops from
// one parenthesis to the next, since nearly every row holds none.
func spelledLine(ln []byte, terbilang bool) bool {
	if figureParen(ln, '-') { // worked_cells.go
		return true
	}
	return terbilang && (bytes.Contains(ln, []byte("erbilang")) || bytes.Contains(ln, []byte("ERBILANG")))
}

// cellWords returns text with every TAB cell's spelled-out figures left
// out; text itself when no row holds one. Lines keep their numbers.
func cellWords(doc *facts.Document, text []byte, g *textMarks) []byte {
	if !cellWordsGate(doc, text) {
		return text
	}
	terbilang := g.has(text, mkErbilang|mkERBILANG) // "erbilang", "ERBILANG"
	// no TAB line a row could be read from (scan_spelled.go)
	if !spelledLineIn(text, terbilang) {
		return text
	}
	return editLines(text, func(ln []byte, _, n int) []byte { // worked_cells.go
		if bytes.IndexByte(ln, '\t') >= 0 && spelledLine(ln, terbilang) {
			return spelledRow(doc, ln, n)
		}
		return ln
	})
}

// spelledRow returns the TAB row ln with each figure cell's words left
// out; ln itself when no cell changed (a cell only loses bytes, so a
// change shows in the length). Only a cell that opens with its figure is
// read: words after a figure inside a name ("paling lambat 1 (satu) hari
// kerja") are the name's.
func spelledRow(doc *facts.Document, ln []byte, n int) []byte {
	var out []byte
	for start := 0; start <= len(ln); {
		end := bytes.IndexByte(ln[start:], '\t')
		if end < 0 {
			end = len(ln)
		} else {
			end += start
		}
		cell := ln[start:end]
		fixed := cell
		if figureOpensCell(cell) {
			c := string(cell)
			o, clash := unspellCell(c)
			if clash != "" {
				// digits and words disagree: nothing proves which one the author meant
				doc.Add(facts.Finding{Span: facts.Span{Start: n, End: n}, Aturan: "nilai.terbilang_berbeda", Tingkat: facts.Warning,
					Nilai: strings.TrimSpace(c), Pesan: fmt.Sprintf("angka dan terbilangnya berbeda: %s; sel dimuat NULL", clash)})
				o = "-"
			}
			if o != c {
				fixed = []byte(o)
			}
		}
		if out == nil && len(fixed) != len(cell) {
			out = append(make([]byte, 0, len(ln)), ln[:start]...)
		}
		if out != nil {
			out = append(out, fixed...)
			if end < len(ln) {
				out = append(out, '\t')
			}
		}
		start = end + 1
	}
	if out == nil {
		return ln
	}
	return out
}

// figureOpensCell: the cell opens with a figure, "Rp" before it at most, and
// holds a parenthesis or the word "terbilang" after it.
func figureOpensCell(c []byte) bool {
	c = bytes.TrimLeft(c, " ")
	if len(c) > 2 && (c[0] == 'R' || c[0] == 'r') && (c[1] == 'p' || c[1] == 'P') {
		c = bytes.TrimLeft(c[2:], ". ")
	}
	if len(c) == 0 || !isDigitByte(c[0]) {
		return false
	}
	return bytes.IndexByte(c, '(') >= 0 || bytes.Contains(c, []byte("erbilang")) || bytes.Contains(c, []byte("ERBILANG"))
}

// unspellCell returns the cell c without the words spelled after its
// figures, or clash, the figure and the words, when they say two numbers.
// Words in parentheses may follow any figure of the cell; words without
// them ("terbilang: satu juta …") only its last, and run to the cell's end.
func unspellCell(c string) (out, clash string) {
	var b strings.Builder
	last := 0
	for i := 0; i < len(c); i++ {
		if c[i] != '(' {
			continue
		}
		j := i
		if j > 0 && c[j-1] == ' ' {
			j--
		}
		k := strings.IndexByte(c[i:], ')')
		if k < 0 {
			break
		}
		fig, ok := figureBefore(c[:j])
		words := c[i+1 : i+k]
		if !ok || !spelledNumber(words) {
			continue
		}
		if !figureMatchesWords(fig, words) {
			return c, fig + " (" + strings.TrimSpace(words) + ")"
		}
		b.WriteString(c[last:j])
		last = i + k + 1
		i += k
	}
	rest := c[last:]
	if fig, words, cut, ok := trailingWords(rest); ok {
		if !figureMatchesWords(fig, words) {
			return c, fig + " " + strings.TrimSpace(words)
		}
		rest = rest[:cut]
	}
	if last == 0 && len(rest) == len(c) {
		return c, ""
	}
	b.WriteString(rest)
	return strings.TrimRight(b.String(), " "), ""
}

// trailingWords finds words without parentheses after a cell's last figure
// ("1.250.000,- terbilang: satu juta …", "24 dua puluh empat"): everything
// after the figure is a number in words; cut is where the figure ends.
func trailingWords(c string) (fig, words string, cut int, ok bool) {
	i := len(c)
	for i > 0 && !isDigitByte(c[i-1]) {
		i--
	}
	if i == 0 {
		return "", "", 0, false
	}
	cut = i
	if strings.HasPrefix(c[i:], ",-") {
		cut = i + 2
	}
	words = strings.TrimSpace(c[cut:])
	if words == "" || c[cut] != ' ' || !spelledNumber(words) {
		return "", "", 0, false
	}
	fig, ok = figureBefore(c[:i])
	return fig, words, cut, ok
}

// figureBefore is the figure s ends with ("Rp 2.500.000,-" gives
// "2.500.000"), digits with their dots and commas; ok is false when s
// does not end in one or the figure is grouped by spaces.
func figureBefore(s string) (string, bool) {
	s = strings.TrimSuffix(s, ",-")
	i := len(s)
	for i > 0 && (isDigitByte(s[i-1]) || s[i-1] == '.' || s[i-1] == ',') {
		i--
	}
	fig := strings.Trim(s[i:], ".,")
	if fig == "" || !isDigitByte(fig[0]) || i >= 2 && s[i-1] == ' ' && isDigitByte(s[i-2]) {
		return "", false
	}
	// a figure of its own, not the tail of a decree number or a code
	// ("21/PL.01-Kpt/2024"): words after it are no one's
	lead := strings.ToLower(s[:i])
	if i > 0 && s[i-1] != ' ' && s[i-1] != '(' && !strings.HasSuffix(lead, "rp") && !strings.HasSuffix(lead, "rp.") {
		return "", false
	}
	return fig, true
}

// spelledNumber: s is a figure in words, every word a number word or one
// that may stand beside them ("terbilang", "rupiah"), and one at least a
// number word proper, so "(orang)" or "(persen)" is none.
func spelledNumber(s string) bool {
	if !opensWithNumberWord(s) {
		return false // most parentheses after a figure: a note, a grade, a name
	}
	s = strings.NewReplacer("-", " ", ":", " ").Replace(s)
	if !spelledOut(s) {
		return false
	}
	for _, w := range strings.Fields(s) {
		if numberWord(w) || strings.EqualFold(w, "nol") {
			return true
		}
	}
	return false
}

// opensWithNumberWord: the first word of s, after a "terbilang", is a
// number word; it allocates nothing.
func opensWithNumberWord(s string) bool {
	for k := 0; k < 2; k++ {
		i := 0
		for i < len(s) && !isLetterByte(s[i]) {
			i++
		}
		j := i
		for j < len(s) && isLetterByte(s[j]) {
			j++
		}
		w := s[i:j]
		if !strings.EqualFold(w, "terbilang") {
			return numberWord(w) || strings.EqualFold(w, "nol") || strings.EqualFold(w, "koma")
		}
		s = s[j:]
	}
	return false
}

// figureMatchesWords: the figure and the number its words spell are one,
// or the words cannot be read as a number (no disagreement is proven).
// "77,50" matches "tujuh puluh tujuh koma lima nol" and "… koma lima";
// a figure with a dot and no comma may be written with a decimal point.
func figureMatchesWords(fig, words string) bool {
	wi, wf, ok := wordsDecimal(words)
	if !ok {
		return true
	}
	for _, dec := range [...]byte{',', '.'} {
		fi, ff, ok := figureDecimal(fig, dec)
		if ok && fi == wi && ff == wf {
			return true
		}
	}
	return false
}

// figureDecimal reads fig with dec as its decimal mark and the other as
// thousands separators; the fraction's digits lose their trailing zeros.
func figureDecimal(fig string, dec byte) (int64, string, bool) {
	whole, frac := fig, ""
	if k := strings.IndexByte(fig, dec); k >= 0 {
		whole, frac = fig[:k], fig[k+1:]
	}
	var digits strings.Builder
	for i := 0; i < len(whole); i++ {
		if isDigitByte(whole[i]) {
			digits.WriteByte(whole[i])
		} else if whole[i] == dec {
			return 0, "", false
		}
	}
	for i := 0; i < len(frac); i++ {
		if !isDigitByte(frac[i]) {
			return 0, "", false
		}
	}
	if digits.Len() == 0 {
		digits.WriteByte('0')
	}
	v, err := strconv.ParseInt(digits.String(), 10, 64)
	if err != nil {
		return 0, "", false
	}
	return v, strings.TrimRight(frac, "0"), true
}

// wordsDecimal evaluates Indonesian number words with a decimal part after
// "koma", spelled digit by digit ("koma lima nol") or as a number ("koma
// lima puluh"). An empty whole part ("koma enam empat") is nought.
func wordsDecimal(words string) (int64, string, bool) {
	low := strings.ToLower(strings.NewReplacer("-", " ", ":", " ").Replace(words))
	whole, frac, hasFrac := strings.Cut(" "+low+" ", " koma ")
	var wi int64
	if strings.TrimSpace(whole) != "" {
		v, ok := wordsValue(whole)
		if !ok {
			return 0, "", false
		}
		wi = v
	}
	if !hasFrac {
		return wi, "", true
	}
	var digits strings.Builder
	fs := strings.Fields(frac)
	for _, w := range fs {
		if w == "persen" || w == "rupiah" {
			continue
		}
		d, ok := digitWords[w]
		if !ok {
			digits.Reset()
			break
		}
		digits.WriteByte(d)
	}
	if digits.Len() == 0 { // "koma lima puluh": the fraction as a number
		v, ok := wordsValue(frac)
		if !ok {
			return 0, "", false
		}
		digits.WriteString(strconv.FormatInt(v, 10))
	}
	return wi, strings.TrimRight(digits.String(), "0"), true
}

var digitWords = map[string]byte{"nol": '0', "kosong": '0', "satu": '1', "dua": '2', "tiga": '3', "empat": '4', "lima": '5',
	"enam": '6', "tujuh": '7', "delapan": '8', "sembilan": '9'}
