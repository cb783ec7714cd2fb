package parse

import (
	"bytes"
	"fmt"
	"unicode/utf8"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// A report copied from an inspectorate's review working paper carries the
// reviewer's tick after every figure it checked: "80,14 √" agreed to the
// source, "105,11 Ø" recomputed, "2.714.380.000 ^" footed, with a legend
// ("√ = dicocokkan …") under each table. The number readers skip the tick,
// but a cell read as text (a capaian's target as printed, a grade) would
// keep it, and "80,14 √" is no figure anyone printed. auditMarks drops
// the ticks so every family reads the cell as the figure alone.
//
// Only a document proven to be so marked is touched: at least two figures
// carry a tick that is no ASCII character, or a legend line defines a mark
// that also trails a figure. '^' alone proves nothing (a power, a caret
// under a word), and a '√' in prose ("√2") stands before its figure, not
// after it. Letters in parentheses ("88,00 (a)") are marks only when a
// legend line defines them ("(a) = cocok dengan sumber"). In a TAB row a
// mark is dropped from the end of any cell (a grade "WTP √" as much as a
// figure); elsewhere (prose, a row aligned with spaces) only a mark after
// a figure, replaced by one space a character so the columns of an
// aligned row stay where they were. Line numbers never change.

// auditMarkLen is the byte length of the review mark starting at t[i],
// 0 when none starts there; letters are the marks "(a)".."(z)" a legend
// defines (legendLetters), one bit a letter.
func auditMarkLen(t []byte, i int, letters uint32) int {
	switch c := t[i]; {
	case c == '^':
		return 1
	case c == '(':
		if i+2 < len(t) && t[i+2] == ')' && t[i+1] >= 'a' && t[i+1] <= 'z' && letters&(1<<(t[i+1]-'a')) != 0 {
			return 3
		}
	case c == 0xC3: // Ø
		if i+1 < len(t) && t[i+1] == 0x98 {
			return 2
		}
	case c == 0xE2 && i+2 < len(t):
		switch b1, b2 := t[i+1], t[i+2]; {
		case b1 == 0x88 && b2 == 0x9A: // √
			return 3
		case b1 == 0x9C && (b2 == 0x93 || b2 == 0x94): // ✓ ✔
			return 3
		case b1 == 0x80 && (b2 == 0xA0 || b2 == 0xA1): // † ‡
			return 3
		case b1 == 0x81 && b2 == 0x82: // ⁂
			return 3
		}
	}
	return 0
}

// afterFigure: the mark at t[i] follows a figure (a digit or '%', one
// space between them at most).
func afterFigure(t []byte, i int) bool {
	j := i - 1
	if j >= 0 && t[j] == ' ' {
		j--
	}
	return j >= 0 && (t[j] >= '0' && t[j] <= '9' || t[j] == '%')
}

// endsCell: what follows the mark run at t[i:] ends a cell (a TAB, the
// line's end, or a gap of two spaces in an aligned row) or is a space
// before more text of prose.
func endsCell(t []byte, i int) bool {
	return i >= len(t) || t[i] == '\t' || t[i] == '\n' || t[i] == '\r' || t[i] == ' ' || t[i] == '|'
}

// markRun is the byte length of the run of marks starting at t[i] (marks
// side by side, or parted by one space: "80,14 √ ^").
func markRun(t []byte, i int, letters uint32) int {
	n := 0
	for i+n < len(t) {
		if k := auditMarkLen(t, i+n, letters); k > 0 {
			n += k
			continue
		}
		if t[i+n] == ' ' && i+n+1 < len(t) && auditMarkLen(t, i+n+1, letters) > 0 {
			n++
			continue
		}
		break
	}
	return n
}

// legendAt: the mark at t[i] is defined by a legend ("√ = …", "Ø : …").
func legendAt(t []byte, i, k int) bool {
	j := i + k
	for j < len(t) && t[j] == ' ' {
		j++
	}
	return j < len(t) && (t[j] == '=' || t[j] == ':')
}

// legendLetters are the letters a legend line defines as marks ("(a) =
// dicocokkan", "(b): dihitung ulang"), one bit a letter: only those are
// marks, a "(a)" no legend explains is a list item or a footnote's text.
func legendLetters(t []byte) uint32 {
	var set uint32
	for i := 0; ; i++ {
		k := bytes.IndexByte(t[i:], '(')
		if k < 0 {
			return set
		}
		i += k
		if i+3 < len(t) && t[i+2] == ')' && t[i+1] >= 'a' && t[i+1] <= 'z' && legendAt(t, i, 3) {
			set |= 1 << (t[i+1] - 'a')
		}
	}
}

// auditProven counts the figures with a non-ASCII mark after them and
// tells whether a legend defines a mark that also trails a figure (a
// legend's letter always has its legend). It reads the text once, byte by
// byte, without copying it.
func auditProven(t []byte, letters uint32) bool {
	ticked := 0
	var legend, trails [3]bool // by mark: [0] '^', [1] any other, [2] a letter
	legend[2] = letters != 0
	for i := 0; i < len(t); i++ {
		c := t[i]
		if c != '^' && c != 0xC3 && c != 0xE2 && (c != '(' || letters == 0) {
			continue
		}
		k := auditMarkLen(t, i, letters)
		if k == 0 {
			continue
		}
		kind := 0
		switch {
		case c == '(':
			kind = 2
		case k > 1:
			kind = 1
		}
		switch {
		case afterFigure(t, i) && endsCell(t, i+markRun(t, i, letters)):
			trails[kind] = true
			if kind == 1 {
				ticked++
			}
		case legendAt(t, i, k):
			legend[kind] = true
		}
		if ticked >= 2 || trails[0] && legend[0] || trails[1] && legend[1] || trails[2] {
			return true
		}
		i += k - 1
	}
	return false
}

// auditMarks returns text with the review marks after its figures and at
// the end of its TAB cells dropped, and one finding saying how many; text
// without proven marks comes back unchanged and uncopied.
func auditMarks(doc *facts.Document, text []byte) []byte {
	return auditMarksIn(doc, text, nil)
}

// auditMarksIn is auditMarks with the text's marks (scan_marks.go): a text
// holding no mark that could be proven, as nearly every report, is not
// read byte by byte for one after a figure (scan_audit.go).
func auditMarksIn(doc *facts.Document, text []byte, g *textMarks) []byte {
	letters := legendLetters(text)
	if !auditMayHold(text, letters, g) {
		return text
	}
	if !auditProven(text, letters) {
		return text
	}
	out := make([]byte, 0, len(text))
	dropped := 0
	for rest := text; len(rest) > 0; {
		ln := rest
		if j := bytes.IndexByte(rest, '\n'); j >= 0 {
			ln, rest = rest[:j+1], rest[j+1:]
		} else {
			rest = nil
		}
		var n int
		out, n = unmarkLine(out, ln, letters)
		dropped += n
	}
	if dropped == 0 {
		return text
	}
	doc.Add(facts.Finding{Span: facts.Span{Start: 1, End: 1}, Aturan: "dokumen.tanda_reviu", Tingkat: facts.Info,
		Pesan: fmt.Sprintf("tanda reviu di belakang angka dibuang (%d tanda): bukan bagian dari nilai", dropped),
		Nilai: fmt.Sprint(dropped)})
	return out
}

// unmarkLine appends ln to out without its review marks and returns the
// number dropped. In a TAB row a mark run ending a cell goes with the
// space before it; elsewhere a mark run after a figure becomes spaces,
// one per mark, so an aligned row keeps its columns.
func unmarkLine(out, ln []byte, letters uint32) ([]byte, int) {
	tab := bytes.IndexByte(ln, '\t') >= 0
	n := 0
	last := 0
	for i := 0; i < len(ln); i++ {
		k := auditMarkLen(ln, i, letters)
		if k == 0 {
			continue
		}
		run := markRun(ln, i, letters)
		end := i + run
		if !endsCell(ln, end) {
			i = end - 1
			continue
		}
		switch {
		case tab && (end >= len(ln) || ln[end] == '\t' || ln[end] == '\n' || ln[end] == '\r') && (afterFigure(ln, i) || i > 0 && ln[i-1] == ' '):
			from := i
			for from > last && ln[from-1] == ' ' {
				from--
			}
			out = append(out, ln[last:from]...)
			last = end
			n += marksIn(ln[i:end], letters)
		case afterFigure(ln, i):
			out = append(out, ln[last:i]...)
			for range utf8.RuneCount(ln[i:end]) {
				out = append(out, ' ')
			}
			last = end
			n += marksIn(ln[i:end], letters)
		}
		i = end - 1
	}
	return append(out, ln[last:]...), n
}

// marksIn counts the marks of a run.
func marksIn(run []byte, letters uint32) int {
	n := 0
	for i := 0; i < len(run); i++ {
		if k := auditMarkLen(run, i, letters); k > 0 {
			n++
			i += k - 1
		}
	}
	return n
}
