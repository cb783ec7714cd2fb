package pdftext

import "strings"

// numberedParagraphs reports a run of paragraphs numbered in a hanging
// column, as legal and civil-service documents number them: "3.2.2" at
// the margin and the paragraph indented beside it, every line of it. The
// gap after the number lines up down the page like a table's river, and
// the run read as a two-column table: a paragraph right under a table
// went on as one more of its rows ("3.2.2<TAB>Evaluasi atas kinerja tahun
// 2018 … 57,74 (predikat CC)." under a SAKIP component table). It is
// prose: two columns, the first holding nothing but outline numbers of two
// levels or more, the second sentences — each numbered paragraph ends in a
// full stop (or a colon or semicolon opening a list) and runs eight words
// or more. A numbered list of names (indicators "1.1 Persentase …") ends
// no item in a stop.
func numberedParagraphs(body []textLine, cols []column) bool {
	if len(cols) != 2 {
		return false
	}
	nums, words := 0, 0
	last := "" // the last word of the paragraph being read
	for _, l := range body {
		for _, w := range l.words {
			if colOf(cols, (w.x0+w.x1)/2) != 0 {
				if hasLetter(w.text) {
					words++
				}
				last = w.text
				continue
			}
			if !outlineNumber(w.text) || nums > 0 && !endsSentence(last) {
				return false
			}
			nums++
			last = ""
		}
	}
	return nums > 0 && endsSentence(last) && words >= 5*nums
}

// outlineNumber: "3.2", "3.2.2" or "1.3.2." (two to five levels of one or
// two digits).
func outlineNumber(s string) bool {
	s = strings.TrimSuffix(s, ".")
	parts := strings.Split(s, ".")
	if len(parts) < 2 || len(parts) > 5 {
		return false
	}
	for _, p := range parts {
		if len(p) == 0 || len(p) > 2 {
			return false
		}
		for i := 0; i < len(p); i++ {
			if p[i] < '0' || p[i] > '9' {
				return false
			}
		}
	}
	return true
}

func endsSentence(w string) bool {
	w = strings.TrimRight(w, ")”’\"'")
	return strings.HasSuffix(w, ".") || strings.HasSuffix(w, ":") || strings.HasSuffix(w, ";")
}
