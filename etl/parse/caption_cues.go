package parse

import (
	"regexp"
	"strings"
)

// Subtitle files quoted in a report. A plenary livestreamed and captioned
// leaves its reading of the rolls as a subtitle file (SRT, WebVTT, a
// video site's automatic captions):
//
//	12
//	01:22:05,120 --> 01:22:09,300
//	Kecamatan Wewewa Barat,
//	24 desa, 61 TPS,
//
//	13
//	01:22:09,800 --> 01:22:14,010
//	laki-laki 9.870, perempuan 10.015,
//	jumlah 19.885.
//
// The cue numbers and time codes are the file's, no text of the report;
// the cues' lines, read on, are what was said, a sentence running over as
// many cues as the screen needed. captionCues blanks the numbers and time
// codes and writes each sentence whole on the line it starts on, the lines
// it took blank (line numbers never change), so the prose and labelled-row
// readers read what was said. A line repeating the one before it (the
// rolling lines of automatic captions) is said once; inline cue tags
// ("<c>", "<00:01:02.500>") are markup, dropped.

// reCueTime is a cue's time-code line: hours optional (WebVTT), a comma or
// a dot before the milliseconds, cue settings after.
var reCueTime = regexp.MustCompile(`^\s*(?:\d{1,2}:)?\d{2}:\d{2}[.,]\d{3}\s+-->\s+(?:\d{1,2}:)?\d{2}:\d{2}[.,]\d{3}(?:\s.*)?$`)

// reCueTag is an inline cue tag: a voice, a class or a word's time.
var reCueTag = regexp.MustCompile(`</?[a-z]{1,4}(?:\.[\w.]+)?(?:\s[^>]*)?>|<(?:\d{1,2}:)?\d{2}:\d{2}\.\d{3}>`)

// cueMin is how many cues make a subtitle file: one time code alone may be
// an arrow in prose.
const cueMin = 3

// captionCues rewrites the subtitle cues of a text; data itself when it
// holds none.
func captionCues(data []byte, g *textMarks) []byte {
	if !g.has(data, mkCue) || !lineHolds(data, "-->", func(l []byte) bool { return reCueTime.Match(l) }) {
		return data
	}
	lines := strings.Split(string(data), "\n")
	changed := false
	for i := 0; i < len(lines); i++ {
		if !strings.Contains(lines[i], "-->") || !reCueTime.MatchString(lines[i]) {
			continue
		}
		end, cues := cueRun(lines, i)
		if cues >= cueMin {
			joinCues(lines, i, end)
			changed = true
		}
		i = end - 1
	}
	if !changed {
		return data
	}
	return []byte(strings.Join(lines, "\n"))
}

// cueRun is the end (exclusive) of the run of cues whose first time code is
// on line i, and how many cues it holds: a cue is its time code and the
// text lines under it; the next cue follows after blank lines and, maybe,
// its number.
func cueRun(lines []string, i int) (int, int) {
	end, n := i, 0
	for k := i; k < len(lines) && reCueTime.MatchString(lines[k]); {
		n++
		k++
		for k < len(lines) && (strings.TrimSpace(lines[k]) != "" || cueTextGoesOn(lines, k)) {
			k++
		}
		end = k
		for k < len(lines) && strings.TrimSpace(lines[k]) == "" {
			k++
		}
		if j := pastPageBreaks(lines, k+1); j < len(lines) && cueNumber(lines[k]) && reCueTime.MatchString(lines[j]) {
			k = j
		}
	}
	return end, n
}

// cueNumber: a line that is only a cue's sequence number.
func cueNumber(l string) bool {
	t := strings.TrimSpace(l)
	return len(t) <= 6 && allDigits(t)
}

// joinCues rewrites lines from..end (the first a time code) in place: time
// codes and cue numbers blank, each sentence on its first line.
func joinCues(lines []string, from, end int) {
	if from > 0 && cueNumber(lines[from-1]) {
		lines[from-1] = ""
	}
	var said []string
	first, last := -1, ""
	flush := func() {
		if first >= 0 {
			lines[first] = strings.Join(said, " ")
		}
		said, first = said[:0], -1
	}
	for k := from; k < end; k++ {
		l := lines[k]
		t := strings.TrimSpace(l)
		switch {
		case t == "":
			continue
		case reCueTime.MatchString(l) || cueNumber(l) && pastPageBreaks(lines, k+1) < end && reCueTime.MatchString(lines[pastPageBreaks(lines, k+1)]):
			lines[k] = ""
			continue
		}
		lines[k] = ""
		if strings.IndexByte(t, '<') >= 0 {
			t = strings.Join(strings.Fields(reCueTag.ReplaceAllString(t, "")), " ")
		}
		if t == "" || t == last {
			continue // a rolling caption's line said again
		}
		last = t
		if first < 0 {
			first = k
		}
		said = append(said, t)
		if strings.ContainsRune(".?!", rune(t[len(t)-1])) {
			flush()
		}
	}
	flush()
}
