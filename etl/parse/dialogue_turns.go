package parse

import (
	"bytes"
	"strings"
)

// Dialogue quoted in a report: a radio or television programme's script,
// an interview's transcript, a meeting's minutes. Each turn opens with its
// speaker's label and a colon, its further lines indented under its text:
//
//	PEMANDU    : Berapa nilai komponen perencanaan, Bu?
//
//	NARASUMBER : Untuk perencanaan kinerja, bobotnya 30,00 dan nilai
//	             yang kami dapat 22,15.
//
// What one speaker states is often finished by another's turn (the year in
// one, a component in each of four, the final score in the last), so no
// single turn proves a figure. dialogueTurns writes the whole exchange as
// one paragraph on the line its first turn starts on, the labels dropped
// and the lines it took blank (line numbers never change), so the prose
// readers read it as they read any paragraph. Stage cues between turns
// ("[JINGLE]", "(musik)") are no speech and are dropped.
//
// A run is turns only: every turn ending a sentence (. ? or !), half of
// them four words or more, at least four turns, and two speakers or more
// each speaking twice or more. A programme's head ("Topik : …", "Durasi :
// 2 x 25 menit"), a key-value record list ("Kecamatan : Borong") and a
// form never qualify: their values are no sentences, their labels do not
// return.

// turnMin is how many turns make a dialogue.
const turnMin = 4

// dialogueTurns rewrites the dialogues of a text; data itself when it
// holds none.
func dialogueTurns(data []byte) []byte {
	if !mayHoldTurns(data) {
		return data
	}
	lines := strings.Split(string(data), "\n")
	changed := false
	for i := 0; i < len(lines); i++ {
		if _, _, ok := turnOpens(lines[i]); !ok {
			continue
		}
		end, turns := turnRun(lines, i)
		if len(turns) >= turnMin && speakersReturn(turns) && turnsSpeak(turns) {
			joinTurns(lines, i, end, turns)
			changed = true
			i = end - 1
		}
	}
	if !changed {
		return data
	}
	return []byte(strings.Join(lines, "\n"))
}

// mayHoldTurns: data holds turnMin lines or more that open a turn and end
// a sentence (on the line or its indented continuation), two labels of
// them returning: a byte test, so that a text without a dialogue is never
// split into lines.
func mayHoldTurns(data []byte) bool {
	var labels [24][]byte
	var counts [24]int
	nl, back, n := 0, 0, 0
	for i := 0; i < len(data); {
		line, next := lineAt(data, i)
		i = next
		lab, ok := turnLabel(line)
		if !ok {
			continue
		}
		last := line
		for i < len(data) && (data[i] == ' ' || data[i] == '\t') {
			l, nx := lineAt(data, i)
			if len(bytes.TrimSpace(l)) == 0 {
				break
			}
			last, i = l, nx
		}
		last = bytes.TrimRight(last, " \t\r")
		if len(last) == 0 || !strings.ContainsRune(".?!", rune(last[len(last)-1])) {
			continue
		}
		n++
		k := 0
		for k < nl && !bytes.EqualFold(labels[k], lab) {
			k++
		}
		if k == nl && nl < len(labels) {
			labels[k] = lab
			nl++
		}
		if k < len(labels) {
			if counts[k]++; counts[k] == 2 {
				back++
			}
		}
		if n >= turnMin && back >= 2 {
			return true
		}
	}
	return false
}

// lineAt is the line of data starting at i (without its newline) and where
// the next one starts.
func lineAt(data []byte, i int) ([]byte, int) {
	k := bytes.IndexByte(data[i:], '\n')
	if k < 0 {
		return data[i:], len(data)
	}
	return data[i : i+k], i + k + 1
}

// turnLabel is the speaker's label of a line opening a turn (turnOpens,
// on bytes).
func turnLabel(l []byte) ([]byte, bool) {
	if len(l) == 0 || l[0] < 'A' || l[0] > 'Z' {
		return nil, false
	}
	k := bytes.IndexByte(l[:min(len(l), 27)], ':')
	if k <= 0 || len(bytes.TrimSpace(l[k+1:])) == 0 {
		return nil, false
	}
	words := 0
	for j := 0; j < k; j++ {
		c := l[j]
		switch {
		case c == ' ':
			if l[j-1] != ' ' {
				words++
			}
		case !(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c == '.'):
			return nil, false
		}
	}
	if l[k-1] != ' ' {
		words++
	}
	if words > 3 {
		return nil, false
	}
	return bytes.TrimRight(l[:k], " "), true
}

// turnOpens splits a line opening a turn into its speaker's label and the
// text after the colon; ok false when it is none. The label is one to three
// words of letters starting with a capital, at the line's start.
func turnOpens(l string) (label, text string, ok bool) {
	k := strings.IndexByte(l, ':')
	if k <= 0 || k > 26 || l[0] < 'A' || l[0] > 'Z' {
		return "", "", false
	}
	label = strings.TrimRight(l[:k], " ")
	words := strings.Fields(label)
	if len(words) > 3 {
		return "", "", false
	}
	for _, w := range words {
		for j := 0; j < len(w); j++ {
			if c := w[j]; !(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c == '.') {
				return "", "", false
			}
		}
	}
	text = strings.TrimSpace(l[k+1:])
	if text == "" {
		return "", "", false
	}
	return label, text, true
}

// turn is one speaker's turn: its label and what was said, lines joined.
type turn struct {
	label, said string
}

// turnRun is the end (exclusive) of the run of turns whose first opens on
// line i, and its turns: a turn's further lines are indented; blank lines
// and stage cues may stand between turns. The run ends at any other line,
// or at a turn that is no sentence.
func turnRun(lines []string, i int) (int, []turn) {
	var turns []turn
	end := i
	for k := i; k < len(lines); {
		label, text, ok := turnOpens(lines[k])
		if !ok {
			break
		}
		parts := []string{text}
		k++
		for k < len(lines) && indentedLine(lines[k]) {
			parts = append(parts, strings.TrimSpace(lines[k]))
			k++
		}
		said := strings.Join(parts, " ")
		if !spokenSentence(said) {
			break
		}
		turns = append(turns, turn{strings.ToUpper(label), said})
		end = k
		for k < len(lines) && (strings.TrimSpace(lines[k]) == "" || stageCue(lines[k])) {
			k++
		}
	}
	return end, turns
}

// indentedLine: a non-blank line opening with two spaces or a TAB, a
// turn's continuation under its hanging indent.
func indentedLine(l string) bool {
	return (strings.HasPrefix(l, "  ") || strings.HasPrefix(l, "\t")) && strings.TrimSpace(l) != ""
}

// stageCue: a line that is only a bracketed direction, "[JINGLE]",
// "(musik latar)".
func stageCue(l string) bool {
	t := strings.TrimSpace(l)
	return len(t) > 2 && (t[0] == '[' && t[len(t)-1] == ']' || t[0] == '(' && t[len(t)-1] == ')')
}

// spokenSentence: said ends a sentence ("Lanjut?" too: a host's cue).
func spokenSentence(said string) bool {
	return strings.ContainsRune(".?!", rune(said[len(said)-1]))
}

// turnsSpeak: half the turns or more say four words or more, as speech
// does and a list of short values ending with a dot does not.
func turnsSpeak(turns []turn) bool {
	n := 0
	for _, t := range turns {
		if strings.Count(t.said, " ") >= 3 {
			n++
		}
	}
	return 2*n >= len(turns)
}

// speakersReturn: two speakers or more take the floor twice or more.
func speakersReturn(turns []turn) bool {
	count := map[string]int{}
	back := 0
	for _, t := range turns {
		count[t.label]++
		if count[t.label] == 2 {
			back++
		}
	}
	return back >= 2
}

// joinTurns writes the turns of lines from..end on line from, the other
// lines blank.
func joinTurns(lines []string, from, end int, turns []turn) {
	said := make([]string, len(turns))
	for k, t := range turns {
		said[k] = t.said
	}
	for k := from; k < end; k++ {
		lines[k] = ""
	}
	lines[from] = strings.Join(said, " ")
}
