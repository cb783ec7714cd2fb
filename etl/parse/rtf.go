package parse

import (
	"bytes"
	"strings"
)

// RTF source: a report (or a part of it) pasted as the RTF a word
// processor writes, not as the text it shows:
//
//	{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0 Arial;}}
//	\pard\qc{\b LAPORAN KINERJA KPU KABUPATEN ALOR TAHUN 2022}\par
//	\trowd\cellx600\cellx4200\cellx6000
//	\pard\intbl 1\cell Alor Barat Daya\cell 12.345\cell\row
//	\page
//
// The markup says where every paragraph, cell and row ends, so nothing is
// guessed: rtfText rewrites it as the plain text the parser reads, one
// paragraph a line, one table row a TAB line, a page break a form feed
// line, before any other reader sees the text (the cover lines give the
// identity, every family reads its tables as any TAB table). The font,
// colour and style tables, document info, headers and footers, footnotes,
// pictures, field instructions, hidden and deleted text are no report text
// and are dropped, as is every control word the converter does not know.
// Line numbers change: the facts point at the converted text.

// rtfText rewrites the RTF of a text as plain text: a document opened by
// `{\rtf` (the group to its closing brace, or to the end of its run of
// lines when it is never closed; text around it kept), else a
// run of lines written in RTF control words without the opening (a part
// pasted from an RTF source). It returns data itself when there is none.
func rtfText(data []byte) []byte {
	if bytes.IndexByte(data, '\\') < 0 {
		return data
	}
	if bytes.Contains(data, []byte(`{\rtf`)) {
		var out bytes.Buffer
		for {
			i := bytes.Index(data, []byte(`{\rtf`))
			if i < 0 {
				out.Write(data)
				return out.Bytes()
			}
			end, closed := rtfGroupEnd(data, i)
			if !closed {
				// never closed: the source ends where its run of marked
				// lines does, the plain text after it is the report's
				lines := strings.SplitAfter(string(data[i:]), "\n")
				last, _ := rtfRunEnd(lines, 0)
				end = i + len(strings.Join(lines[:last+1], ""))
			}
			out.Write(data[:i])
			if i > 0 && data[i-1] != '\n' {
				out.WriteByte('\n')
			}
			out.WriteString(rtfPlain(data[i:end]))
			data = data[end:]
			if closed {
				// the rest of the closing brace's line ends with it
				data = bytes.TrimLeft(data, " \t\r")
				if len(data) > 0 && data[0] == '\n' {
					data = data[1:]
				}
			}
		}
	}
	return rtfRuns(data)
}

// rtfGroupEnd is the index just past the brace closing the group opened at
// data[i], or len(data) and false when it is never closed (a truncated
// paste).
func rtfGroupEnd(data []byte, i int) (int, bool) {
	depth := 0
	for k := i; k < len(data); k++ {
		switch data[k] {
		case '\\':
			k++ // an escaped brace or backslash is text
		case '{':
			depth++
		case '}':
			depth--
			if depth == 0 {
				return k + 1, true
			}
		}
	}
	return len(data), false
}

// rtfRuns rewrites the runs of RTF lines of a text that has no `{\rtf`
// opening (a part pasted from an RTF source). A run is a stretch of lines
// holding a control word or a brace; blank lines between them do not end
// it, nor do lines of plain text between them (the text of a paragraph
// written on its own line), but plain text after a blank line, or a blank
// line after plain text, does. A run is RTF when it holds three control
// words that only RTF writes (\pard, \trowd, \cellx, \intbl, \cell, \row,
// \fs24 …: LaTeX shares \par and \tab, not these) and ends a paragraph, a
// cell or a row somewhere.
func rtfRuns(data []byte) []byte {
	if !rtfOnlyAtLeast(data, 3) {
		return data // no run can hold three RTF-only words (scan_rtf.go)
	}
	lines := strings.Split(string(data), "\n")
	changed := false
	for i := 0; i < len(lines); i++ {
		if !rtfMarked(lines[i]) {
			continue
		}
		end, words := rtfRunEnd(lines, i)
		src := strings.Join(lines[i:end+1], "\n")
		if words < 3 || !rtfEnds(src) {
			i = end
			continue
		}
		plain := strings.TrimRight(rtfPlain([]byte(src)), "\n")
		lines = append(lines[:i], append([]string{plain}, lines[end+1:]...)...)
		changed = true
	}
	if !changed {
		return data
	}
	return []byte(strings.Join(lines, "\n"))
}

// rtfRunEnd is the last marked line of the run starting at lines[i], and
// the RTF-only control words the run holds.
func rtfRunEnd(lines []string, i int) (end, words int) {
	end = i
	blank, plain := false, false // seen since the last marked line
	for k := i; k < len(lines); k++ {
		switch {
		case strings.TrimSpace(lines[k]) == "":
			if plain {
				return end, words
			}
			blank = true
		case rtfMarked(lines[k]):
			end, blank, plain = k, false, false
			words += rtfOnlyWords(lines[k])
		default:
			if blank {
				return end, words
			}
			plain = true
		}
	}
	return end, words
}

// rtfOnlyWords counts the control words of a line that RTF writes and no
// other markup does.
func rtfOnlyWords(l string) int {
	n := 0
	rtfWords(l, func(w string, param bool) {
		if rtfOnly[w] == 2 || rtfOnly[w] == 1 && param {
			n++
		}
	})
	return n
}

// rtfOnly: 2 counts with or without a parameter, 1 only with one (\f0,
// \fs22, \li720: without the number the word may be another markup's).
var rtfOnly = map[string]int{
	"pard": 2, "plain": 2, "trowd": 2, "intbl": 2, "cell": 2, "row": 2, "nestcell": 2, "rtlch": 2, "ltrch": 2,
	"loch": 2, "hich": 2, "dbch": 2, "qc": 2, "ql": 2, "qr": 2, "qj": 2, "ulnone": 2, "trql": 2, "trqc": 2,
	"cellx": 1, "f": 1, "fs": 1, "cf": 1, "cb": 1, "highlight": 1, "sa": 1, "sb": 1, "sl": 1, "li": 1, "ri": 1,
	"fi": 1, "lang": 1, "langfe": 1, "insrsid": 1, "charrsid": 1, "trgaph": 1, "trleft": 1, "b": 1, "i": 1,
	"ul": 1, "brdrw": 1, "clbrdrt": 2, "clbrdrl": 2, "clbrdrb": 2, "clbrdrr": 2, "brdrs": 2, "clvertalc": 2,
}

// rtfEnds: the text ends a paragraph, a cell or a row somewhere.
func rtfEnds(s string) bool {
	ends := false
	rtfWords(s, func(w string, _ bool) {
		ends = ends || w == "par" || w == "cell" || w == "row"
	})
	return ends
}

// rtfMarked: a line holding a control word or a brace (a line of a run
// that no RTF-only word anchors: "\par", "}").
func rtfMarked(l string) bool {
	marked := strings.ContainsAny(l, "{}")
	rtfWords(l, func(string, bool) { marked = true })
	return marked
}

// rtfWords calls f with each control word of s (the letters after a
// backslash) and whether a number follows it.
func rtfWords(s string, f func(w string, param bool)) {
	for i := 0; i < len(s); i++ {
		if s[i] != '\\' || i+1 >= len(s) {
			continue
		}
		if !isLetterByte(s[i+1]) {
			i++ // a control symbol (\\, \{, \'e9): no word
			continue
		}
		j := i + 1
		for j < len(s) && isLetterByte(s[j]) {
			j++
		}
		k := j
		if k < len(s) && s[k] == '-' {
			k++
		}
		f(s[i+1:j], k < len(s) && s[k] >= '0' && s[k] <= '9')
		i = j - 1
	}
}
