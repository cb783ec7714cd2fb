package parse

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// Suggested edits left in an export. A draft exported from a word
// processor with its review marks prints each suggestion beside the text
// it would change: "[dihapus: 75,00] [ditambahkan: 77,50]" (Google Docs,
// in Indonesian or English), wdiff's "[-75,00-] {+77,50+}", CriticMarkup's
// "{--75,00--}{++77,50++}" and "{~~75,00~>77,50~~}", a Markdown strike
// "~~75,00~~ 77,50", with reviewer comments in "[komentar: …]" or
// "{>>…<<}". The report's text is the accepted one: deletions removed,
// additions kept, comments dropped. Left in, a cell holds two numbers and
// no reader can use it.
//
// Where the accepted value of a cell cannot be told (an addition beside a
// number no mark touches, a value deleted with none put in its place) the
// cell is emptied, so its fact is NULL, with a finding that keeps the cell.

// editMark is one kind of mark: its pattern, and which group is the text
// that stays (0: none).
type editMark struct {
	re   *regexp.Regexp
	keep int
}

var editMarks = []editMark{
	{regexp.MustCompile(`(?i)\[\s*(?:dihapus|hapus|deleted|removed|deletion)\s*:\s*([^\]]*)\]`), 0},
	{regexp.MustCompile(`(?i)\[\s*(?:ditambahkan|tambahan|disisipkan|inserted|added|insertion)\s*:\s*([^\]]*)\]`), 1},
	{regexp.MustCompile(`(?i)\[\s*(?:komentar|comment|catatan)\s*:\s*[^\]]*\]`), 0},
	{regexp.MustCompile(`\{~~([^{}]*?)~>([^{}]*?)~~\}`), 2},
	{regexp.MustCompile(`\{--([^{}]+?)--\}`), 0},
	{regexp.MustCompile(`\{\+\+([^{}]+?)\+\+\}`), 1},
	{regexp.MustCompile(`\{>>[^{}]*?<<\}`), 0},
	{regexp.MustCompile(`[\[{]-([^\[\]{}\-][^\[\]{}]*?)-[\]}]`), 0},
	{regexp.MustCompile(`\{\+([^{}+][^{}]*?)\+\}`), 1},
	{regexp.MustCompile(`~~([^~\s](?:[^~]*[^~\s])?)~~`), 0},
}

// editGate: the cheap test that a text may hold a mark.
var editGate = regexp.MustCompile(`(?i)\[\s*(?:dihapus|hapus|deleted|removed|deletion|ditambahkan|tambahan|disisipkan|inserted|added|insertion|komentar|comment)\s*:|\{[-+~>]|\[-|~~`)

// reEditSep parts the cells of a row: a TAB, a '|', two spaces or more.
var reEditSep = regexp.MustCompile(`\t|\||  +`)

// reEditNumber: a token that is a number ("77,50", "1.001.250.000", "12%").
var reEditNumber = regexp.MustCompile(`^[-+]?(?:Rp\.?)?\d[\d.,]*%?$`)

// acceptEdits returns text with its suggested edits accepted, with findings
// for the cells whose value it cannot tell; text itself when no line holds
// a mark.
func acceptEdits(doc *facts.Document, text []byte) []byte {
	if !editGated(text) {
		return text
	}
	lines := bytes.SplitAfter(text, []byte{'\n'})
	var out bytes.Buffer
	marks := 0
	for i, ln := range lines {
		if !editGated(ln) || dokuMacroLine(ln) {
			out.Write(ln)
			continue
		}
		body, nl := bytes.CutSuffix(ln, []byte{'\n'})
		s, n := acceptLine(doc, i+1, string(body), lines)
		marks += n
		out.WriteString(s)
		if nl {
			out.WriteByte('\n')
		}
	}
	if marks == 0 {
		return text
	}
	doc.Add(facts.Finding{Span: facts.Span{Start: 1, End: 1}, Aturan: "dokumen.saran_suntingan", Tingkat: facts.Info,
		Pesan: fmt.Sprintf("teks dengan saran penyuntingan: %d tanda dibaca sebagai diterima (yang dihapus dibuang, yang ditambahkan dipakai, komentar dibuang)", marks),
		Nilai: fmt.Sprint(marks)})
	return out.Bytes()
}

// acceptLine accepts the marks of one line cell by cell (parted by TABs,
// '|' or a run of spaces, as a -layout row is; a line of prose is one
// cell) and returns it with the number of marks read. A cell of a row
// aligned with spaces keeps its width, so the columns stay where they
// were; a figure is set to the right of it, text to the left.
func acceptLine(doc *facts.Document, no int, ln string, lines [][]byte) (string, int) {
	seps := reEditSep.FindAllStringIndex(ln, -1)
	table := len(seps) > 0
	aligned := !strings.ContainsAny(ln, "\t|")
	var b strings.Builder
	marks, at := 0, 0
	for k := 0; k <= len(seps); k++ {
		end := len(ln)
		if k < len(seps) {
			end = seps[k][0]
		}
		cell := ln[at:end]
		got, n, why := acceptCell(cell)
		if why != "" {
			doc.Add(facts.Finding{Span: facts.Span{Start: no, End: no}, Aturan: "nilai.saran_tidak_jelas", Tingkat: facts.Warning,
				Pesan: "saran penyuntingan tanpa nilai yang jelas diterima (" + why + "): nilai dibiarkan kosong", Nilai: strings.TrimSpace(cell)})
			got = "-" // an emptied last cell would be cut off, and the row's values shifted right
			if !table {
				got = dropNumbers(cell)
			}
		}
		if n > 0 && table && aligned && len(got) < len(cell) {
			width := len(cell)
			if got == "-" || reEditNumber.MatchString(got) {
				// a figure stands at its column's right edge, as the
				// figures of the rows around it do
				next := len(ln)
				if k < len(seps) {
					next = seps[k][1]
				}
				if edge := columnEdge(lines, no-1, at+len(got)-1, next-3); edge >= at+len(cell) {
					width = edge - at + 1
				}
				got = strings.Repeat(" ", width-len(got)) + got
			} else {
				got += strings.Repeat(" ", width-len(got))
			}
			if k < len(seps) && width > len(cell) {
				seps[k][0] += width - len(cell) // the gap after the cell gives up what the figure took
			}
		}
		marks += n
		b.WriteString(got)
		if k < len(seps) {
			b.WriteString(ln[seps[k][0]:seps[k][1]])
			at = seps[k][1]
		}
	}
	return b.String(), marks
}

// acceptCell returns a cell's accepted text, the number of marks in it,
// and why its value cannot be told ("" when it can).
func acceptCell(cell string) (string, int, string) {
	type piece struct {
		text  string
		added bool // text a mark put in
	}
	pieces := []piece{{text: cell}}
	marks, deleted := 0, false
	for _, m := range editMarks {
		var next []piece
		for _, p := range pieces {
			if p.added {
				next = append(next, p)
				continue
			}
			s := p.text
			for _, loc := range m.re.FindAllStringSubmatchIndex(s, -1) {
				next = append(next, piece{text: s[:loc[0]]})
				marks++
				if m.keep > 0 && loc[2*m.keep] >= 0 {
					next = append(next, piece{text: strings.TrimSpace(s[loc[2*m.keep]:loc[2*m.keep+1]]), added: true})
				}
				if m.keep == 0 && len(loc) > 2 && loc[2] >= 0 && reEditNumber.MatchString(strings.TrimSpace(s[loc[2]:loc[3]])) {
					deleted = true
				}
				s = s[loc[1]:]
			}
			next = append(next, piece{text: s})
		}
		pieces = next
	}
	if marks == 0 {
		return cell, 0, ""
	}
	// the accepted words, each knowing whether a mark put it in
	type word struct {
		w     string
		added bool
	}
	var words []word
	for _, p := range pieces {
		for _, w := range strings.Fields(p.text) {
			words = append(words, word{w, p.added})
		}
	}
	var out []string
	for k, w := range words {
		if k > 0 && (w.added || words[k-1].added) && reEditNumber.MatchString(w.w) && reEditNumber.MatchString(words[k-1].w) {
			return "", marks, "dua angka berdampingan"
		}
		out = append(out, w.w)
	}
	if len(out) == 0 && deleted {
		return "", marks, "angka dihapus tanpa pengganti"
	}
	return strings.Join(out, " "), marks, ""
}

// dropNumbers is a line of prose whose figures cannot be told: its marks
// and all its numbers removed (which figure the line meant is unknown),
// the words kept.
func dropNumbers(s string) string {
	for _, m := range editMarks {
		s = m.re.ReplaceAllString(s, " ")
	}
	var out []string
	for _, w := range strings.Fields(s) {
		if !reEditNumber.MatchString(w) {
			out = append(out, w)
		}
	}
	return strings.Join(out, " ")
}

// columnEdge is where the figures of the rows near line i (three above,
// three below, blank lines skipped) end, when one ends between from and
// to (byte positions); the furthest such end, -1 when none does.
func columnEdge(lines [][]byte, i, from, to int) int {
	edge := -1
	for _, dir := range []int{-1, 1} {
		seen := 0
		for j := i + dir; j >= 0 && j < len(lines) && seen < 3; j += dir {
			ln := bytes.TrimRight(lines[j], "\r\n")
			if len(bytes.TrimSpace(ln)) == 0 {
				break // the table ends
			}
			seen++
			for q := max(from, 0); q <= to && q < len(ln); q++ {
				if ln[q] >= '0' && ln[q] <= '9' && (q+1 == len(ln) || ln[q+1] == ' ') {
					edge = max(edge, q)
				}
			}
		}
	}
	return edge
}
