package parse

import "strings"

// A budget line stated as one record led by its code, as a mail merge or
// a form letter writes it: "Kode 3355, Pengelolaan Keuangan …: pagu Rp …,
// realisasi Rp …". The amounts after it are that code's, like a code in
// parentheses (prose_coded.go), never the year's total.

// codeLabelled is the code the last "Kode" of s names when a comma or a
// colon closes it ("Kode 3355,", "kode 076.01.WA:"); "" otherwise, so a
// list ("kode 3355 dan 3358") or a placeholder ("Kode -,") names none.
func codeLabelled(s string) string {
	code := ""
	for k := 0; k < len(s); {
		i := indexFoldASCII(s[k:], "kode ")
		if i < 0 {
			break
		}
		i += k
		k = i + len("kode ")
		if i > 0 && isWordByte(s[i-1]) {
			continue
		}
		rest := strings.TrimLeft(s[k:], " ")
		e := strings.IndexAny(rest, ",: ")
		if e <= 0 || rest[e] == ' ' {
			code = ""
			continue
		}
		if c := rest[:e]; isCode(c) {
			code = c
		} else {
			code = ""
		}
	}
	return code
}

// serapanLater is the serapan a record states further on in the sentence
// of a code's realisation, past its sisa ("realisasi Rp …, sisa Rp …,
// serapan 94,92 persen."): nil when the sentence ends first or the word
// stands away from its figure.
func serapanLater(rest string) *float64 {
	if e := sentenceEnd(rest); e >= 0 {
		rest = rest[:e]
	}
	i := indexFoldASCII(rest, "serapan")
	if i < 0 {
		return nil
	}
	// pctAfter takes a figure within 12 bytes: a short window keeps the
	// regexp from walking the rest of the sentence
	w := rest[i+len("serapan"):]
	return pctAfter(w[:min(len(w), 40)])
}

// sentenceEnd is the index of the full stop that ends the sentence s
// begins (a point before a blank or the text's end, not one inside a
// figure), or -1.
func sentenceEnd(s string) int {
	for i := 0; i < len(s); i++ {
		if s[i] == '.' && (i+1 == len(s) || s[i+1] == ' ' || s[i+1] == '\n') {
			return i
		}
	}
	return -1
}
