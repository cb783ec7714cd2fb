package parse

import (
	"regexp"
	"strings"
)

// The revision count read a sentence at a time. reRevisi keeps to a
// gap without '.', so a sentence that names the DIPA's amount before the
// count ("DIPA induk … sebesar Rp 15.489.000.000 mengalami 4 kali revisi")
// escaped it, and the count loaded NULL with nothing said. Here a sentence
// ends only at a '.' before a space or the text's end (not inside
// "15.489.000.000", not after "Rp."), and every sentence that names the
// DIPA is read whole. What it cannot read while it speaks of revisions
// with a count word near ("beberapa kali", "revisi ke-3" without saying it
// was the last) is reported, never guessed.

// reRevKali: "4 kali revisi", "4 (empat) kali revisi", "empat (4) kali
// perubahan"; group 3 is "pok" when the revisions are the POK's.
var reRevKali = regexp.MustCompile(`\b([0-9]{1,3}|[a-z]+(?: belas)?)\s*(?:\(\s*([0-9a-z ]{1,16}?)\s*\)\s*)?kali\s+(?:revisi|perubahan)\b(?:\s+(?:dipa\s+)?(pok)\b)?`)

// reRevSebanyak: "direvisi sebanyak 4 kali", "revisi DIPA sebanyak empat
// (4) kali", "mengalami perubahan hingga 3 kali".
var reRevSebanyak = regexp.MustCompile(`\b(?:direvisi|revisi|perubahan)(?:\s+dipa)?\s+(?:sebanyak\s+|hingga\s+|sampai\s+|total\s+)?([0-9]{1,3}|[a-z]+(?: belas)?)\s*(?:\(\s*([0-9a-z ]{1,16}?)\s*\)\s*)?kali\b`)

// reRevKe: "revisi ke-4", "revisi keempat", "revisi ke 4"; a count only
// when the sentence says that revision was the last ("terakhir").
var reRevKe = regexp.MustCompile(`\brevisi\s+(?:dipa\s+)?ke-?\s*([0-9]{1,2}|[a-z]+(?: belas)?)\b`)

// revisiCount is the count a token states: digits, or a number word.
func revisiCount(s string) (int64, bool) {
	if strings.Contains(s, "  ") || strings.ContainsAny(s, "\t\n") {
		s = strings.Join(strings.Fields(s), " ")
	}
	if v, ok := countWords[s]; ok {
		return v, true
	}
	if s == "" || len(s) > 3 {
		return 0, false
	}
	var v int64
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
		v = v*10 + int64(s[i]-'0')
	}
	return v, v > 0
}

// revisiPair is the count of a token and its spelled twin in parentheses
// ("4 (empat)", "empat (4)"); the two must agree when both are counts.
func revisiPair(low string, m []int) (int64, bool) {
	v, ok := revisiCount(low[m[2]:m[3]])
	if !ok {
		return 0, false
	}
	if m[4] >= 0 {
		if w, ok2 := revisiCount(low[m[4]:m[5]]); ok2 && w != v {
			return 0, false
		}
	}
	return v, true
}

// revisiSentence is one sentence of a paragraph: its bounds in the text.
type revisiSentence struct{ s, e int }

// eachSentence calls f with the bounds of each sentence of t: it ends at
// a '.', '!' or '?' before white space or the end, except after "Rp" (a
// currency written "Rp. 4.000"); a '.' between digits never ends one.
func eachSentence(t string, f func(s, e int)) {
	s := 0
	for i := 0; i < len(t); i++ {
		c := t[i]
		if c != '.' && c != '!' && c != '?' {
			continue
		}
		if i+1 < len(t) && t[i+1] != ' ' && t[i+1] != '\n' && t[i+1] != '\t' {
			continue
		}
		if c == '.' && i >= 2 && (t[i-2]|0x20) == 'r' && (t[i-1]|0x20) == 'p' && (i == 2 || !isWordByte(t[i-3])) {
			continue
		}
		f(s, i+1)
		s = i + 1
	}
	if s < len(t) {
		f(s, len(t))
	}
}

// revisiBySentence reads the counts of the sentences of t that name the
// DIPA, as revisiMatches' index slices (count as group 1, no POK group),
// leaving out the sentences where a match of have starts (read already).
// unread holds the sentences that speak of a count of revisions ("kali",
// "revisi ke-") without one read from them.
func revisiBySentence(t string, have [][]int) (out [][]int, unread []revisiSentence) {
	eachSentence(t, func(s, e int) {
		sn := revisiSentence{s, e}
		sent := t[s:e]
		// cheap gates first: a count needs "kali" or "revisi ke"
		if !containsFoldASCII(sent, "kali") && !containsFoldASCII(sent, "revisi ke") ||
			!containsFoldASCII(sent, "dipa") || !containsFoldASCII(sent, "revisi") && !containsFoldASCII(sent, "perubahan") {
			return
		}
		for _, h := range have {
			if h[0] >= s && h[0] < e {
				return // read already by reRevisi: its count stands for the sentence
			}
		}
		low := strings.ToLower(sent) // ASCII lower-casing keeps byte offsets only for ASCII
		if len(low) != len(sent) {
			return
		}
		read, said := 0, false
		add := func(m []int, v int64) {
			read++
			out = append(out, []int{sn.s + m[0], sn.s + m[1], sn.s + m[2], sn.s + m[3], -1, -1, -1, -1, -1, -1})
		}
		for _, m := range reRevKali.FindAllStringSubmatchIndex(low, -1) {
			said = true
			if m[6] >= 0 {
				read++ // the POK's revisions: read, and not the DIPA's
				continue
			}
			if v, ok := revisiPair(low, m); ok {
				add(m, v)
			}
		}
		for _, m := range reRevSebanyak.FindAllStringSubmatchIndex(low, -1) {
			said = true
			if v, ok := revisiPair(low, m); ok {
				add(m, v)
			}
		}
		if strings.Contains(low, "terakhir") {
			var best []int
			var bv int64
			for _, m := range reRevKe.FindAllStringSubmatchIndex(low, -1) {
				said = true
				if v, ok := revisiCount(low[m[2]:m[3]]); ok && v > bv {
					best, bv = []int{m[0], m[1], m[2], m[3], -1, -1}, v
				}
			}
			if best != nil {
				add(best, bv)
			}
		} else if reRevKe.MatchString(low) {
			said = true
		}
		if read == 0 && (said || strings.Contains(low, " kali")) {
			unread = append(unread, sn)
		}
	})
	return out, unread
}
