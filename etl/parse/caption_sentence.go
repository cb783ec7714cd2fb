package parse

import "strings"

// shortFactSentence: a short paragraph swept into a table's caption chain
// that is a sentence stating a figure ("Skor RB 2023: 22,81 dari bobot
// 36,30 (62,84%)."), not a title. It sits between a caption written under
// its own table and the next table, so extract takes it as part of the
// next table's caption; a title does not end with a period after stating
// a decimal figure. Byte checks only: it runs on every caption paragraph.
func shortFactSentence(t string) bool {
	t = strings.TrimSpace(t)
	if !strings.HasSuffix(t, ".") || strings.Count(t, " ") < 4 {
		return false
	}
	for i := 1; i+1 < len(t); i++ {
		if (t[i] == ',' || t[i] == '.') && isDigitByte(t[i-1]) && isDigitByte(t[i+1]) {
			return true
		}
	}
	return false
}
