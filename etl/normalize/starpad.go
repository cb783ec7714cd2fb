package normalize

import "strings"

// stripStarPadding drops the asterisk fill that protected form fields put
// before a figure ("Rp****2.981.442.000", "***11.612"). Without it the
// Markdown rule below removes the stars two by two and an odd run leaves
// one "*" glued to the figure, which then reads as no number at all. Only
// a run of two or more stars that starts a word (or follows a bare "Rp")
// and is followed at once by a digit is fill: a footnote mark after a
// figure ("2.981.442.000*)") and a lone "*" stay as they are.
func stripStarPadding(s string) string {
	if !strings.Contains(s, "**") {
		return s
	}
	var b []byte
	last, cut := 0, false
	for i := 0; i < len(s); {
		if s[i] != '*' {
			i++
			continue
		}
		j := i
		for j < len(s) && s[j] == '*' {
			j++
		}
		if j-i >= 2 && j < len(s) && isDigit(s[j]) && padStart(s, i) {
			b = append(b, s[last:i]...)
			last, cut = j, true
		}
		i = j
	}
	if !cut {
		return s
	}
	return string(append(b, s[last:]...))
}

// padStart reports whether a star run at i begins a word, or follows a
// currency sign that itself begins one.
func padStart(s string, i int) bool {
	if i == 0 || asciiSpace[s[i-1]&0x7f] && s[i-1] < 0x80 {
		return true
	}
	if i >= 2 && (s[i-2] == 'R' || s[i-2] == 'r') && (s[i-1] == 'p' || s[i-1] == 'P') {
		return i == 2 || asciiSpace[s[i-3]&0x7f] && s[i-3] < 0x80
	}
	return false
}
