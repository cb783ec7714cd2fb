package parse

import (
	"bytes"
	"fmt"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// OCR'd scans. A report printed, scanned and run through a poor OCR keeps
// its digits but confuses letters with digits that look like them: "l"
// read as "1" (di1akukan, Pemi1u), a capital "O" as "0" (K0MISI). The
// numbers are clean, but the words that say what a table or a sentence is
// about are not: a DPT table under "Daftar Pemi1ih Tetap Pemi1u 2019"
// names no election and is left unread.
//
// The confusion table is small and never touches a number: a "1" (or a
// capital "I", PemiIihan) between two lower-case letters is an "l", a "0"
// between two capitals an "O" (no figure, code or year is written with a
// letter on both sides of a digit), and "rn" read as "m" only in the few
// family words it breaks (Gubemur, Intemal). It is applied only to a document whose first pages
// show the damage in several words, so a clean report is read byte for
// byte as before; every fact is then still proven by its own clean
// numbers (L + P, the table's totals, the stated percentage) by the
// ordinary readers.

// ocrSample is how much of the text the damage is looked for in: a scan
// is damaged from its cover on.
const ocrSample = 16 << 10

// ocrLeast is how many damaged words the sample must hold.
const ocrLeast = 5

// ocrWords are the family words a scan's "rn" read as "m" breaks.
var ocrWords = [][2]string{{"Gubemur", "Gubernur"}, {"gubemur", "gubernur"}, {"GUBEMUR", "GUBERNUR"},
	{"Intemal", "Internal"}, {"intemal", "internal"}, {"INTEMAL", "INTERNAL"}}

// ocrRepair returns text with the confusions undone when its first pages
// show them, with a finding saying how many words were mended; else text
// itself.
func ocrRepair(doc *facts.Document, text []byte) []byte {
	if !ocrDamaged(text[:min(len(text), ocrSample)]) { // ocrDamage(…, nil) < ocrLeast, fast (scan_ocr.go)
		return text
	}
	out := append([]byte(nil), text...)
	n := ocrDamage(out, out)
	for _, w := range ocrWords {
		if c := bytes.Count(out, []byte(w[0])); c > 0 {
			out = bytes.ReplaceAll(out, []byte(w[0]), []byte(w[1]))
			n += c
		}
	}
	doc.Add(facts.Finding{Span: facts.Span{Start: 1, End: 1}, Aturan: "dokumen.ocr", Tingkat: facts.Info,
		Pesan: fmt.Sprintf("teks hasil OCR: %d kata dengan huruf terbaca angka diperbaiki (1→l, 0→O); angka tidak diubah", n),
		Nilai: fmt.Sprint(n)})
	return out
}

// ocrDamage counts the characters of t that stand between two letters as
// a misread letter would ("1" or "I" between lower-case letters, "0"
// between capitals); when fix is not nil (t itself) it mends them in place.
func ocrDamage(t, fix []byte) int {
	n := 0
	for i := 1; i+1 < len(t); i++ {
		c := t[i]
		if c != '1' && c != '0' && c != 'I' {
			continue
		}
		a, b := t[i-1], t[i+1]
		switch {
		case (c == '1' || c == 'I') && 'a' <= a && a <= 'z' && 'a' <= b && b <= 'z':
			if fix != nil {
				fix[i] = 'l'
			}
			n++
		case c == '0' && 'A' <= a && a <= 'Z' && 'A' <= b && b <= 'Z':
			if fix != nil {
				fix[i] = 'O'
			}
			n++
		}
	}
	return n
}
