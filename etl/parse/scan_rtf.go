package parse

import "bytes"

// rtfOnlyAtLeast: data holds n control words that only RTF writes, as
// rtfOnlyWords counts them. A run of lines is RTF only with three of them,
// so a text holding fewer has none and rtfRuns returns it without cutting
// it in lines (a report quoting a LaTeX formula holds a backslash, and
// every line of it was split out and scanned). It jumps from backslash to
// backslash instead of reading every byte.
func rtfOnlyAtLeast(data []byte, n int) bool {
	count := 0
	for i := 0; ; {
		k := bytes.IndexByte(data[i:], '\\')
		if k < 0 {
			return false
		}
		i += k
		if i+1 >= len(data) {
			return false
		}
		if !isLetterByte(data[i+1]) {
			i += 2 // a control symbol (\\, \{, \'e9): no word
			continue
		}
		j := i + 1
		for j < len(data) && isLetterByte(data[j]) {
			j++
		}
		q := j
		if q < len(data) && data[q] == '-' {
			q++
		}
		param := q < len(data) && data[q] >= '0' && data[q] <= '9'
		if v := rtfOnly[string(data[i+1:j])]; v == 2 || v == 1 && param {
			count++
			if count >= n {
				return true
			}
		}
		i = j
	}
}
