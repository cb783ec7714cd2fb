package parse

import "strings"

// A subtitle file printed (or quoted from a print) runs over pages as any
// text does: the page may break inside a cue, between its two lines, or
// between a cue's number and its time code. The break is the print's, no
// blank line of the file, so it neither ends the cue nor the run of cues.

// pageBreakLine: a line that is only a page break (a form feed).
func pageBreakLine(l string) bool {
	return strings.IndexByte(l, '\f') >= 0 && isFormFeedLine(l)
}

// pastPageBreaks is the first line from k on that is no page break.
func pastPageBreaks(lines []string, k int) int {
	for k < len(lines) && pageBreakLine(lines[k]) {
		k++
	}
	return k
}

// cueTextGoesOn: line k is a page break inside a cue's text, the cue's
// next line (neither blank nor the next cue's number or time code) right
// after it.
func cueTextGoesOn(lines []string, k int) bool {
	if !pageBreakLine(lines[k]) {
		return false
	}
	j := pastPageBreaks(lines, k)
	if j >= len(lines) || strings.TrimSpace(lines[j]) == "" || reCueTime.MatchString(lines[j]) {
		return false
	}
	return !cueNumber(lines[j]) || j+1 >= len(lines) || !reCueTime.MatchString(lines[pastPageBreaks(lines, j+1)])
}
