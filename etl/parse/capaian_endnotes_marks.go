package parse

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// The marks and notes of a table that points to notes (capaian_endnotes.go):
// a mark's key, the same in the table and in its note; a note's first line
// and its labelled figures; a space-aligned table's cells.

// enLabel is a note's label and the words that may stand before its value.
// ("Target 2024: 77,50", "capaian (%) 98,00", "realisasi sebesar 81,37").
var enLabel = regexp.MustCompile(`(?i)\b(target|rencana|realisasi|capaian)\b(?:\s+kinerja)?(?:\s+(?:tahun\s+)?(?:19|20)\d\d\s*[:=])?(?:\s*\(%\))?(?:\s+(?:sebesar|adalah|yaitu|ialah))?\s*[:=]?\s*`)

// enNumber and enGrade are a labelled value: a figure (its unit after it)
// or a grade/opinion.
var (
	enNumber = regexp.MustCompile(`^[-+]?\d+(?:[.,]\d+)*(\s*(?:%|persen\b))?`)
	enGrade  = regexp.MustCompile(`^(?:AA|A|BB|B|CC|C|D|WTP|WDP|TW|TMP)(?:[^\pL\d]|$)`)
)

// enFillers are the words a "see note" cell wraps its mark in.
var enFillers = map[string]bool{"lihat": true, "lih.": true, "lih": true, "catatan": true, "cat.": true, "cat": true,
	"akhir": true, "kaki": true, "note": true, "notes": true, "see": true, "no.": true, "nomor": true, "endnote": true,
	"footnote": true, "ket.": true, "ket": true, "keterangan": true, "ref.": true, "ref": true, "rujukan": true}

// enSuper maps superscript digits to digits.
var enSuper = strings.NewReplacer("⁰", "0", "¹", "1", "²", "2", "³", "3", "⁴", "4", "⁵", "5", "⁶", "6", "⁷", "7", "⁸", "8", "⁹", "9")

func enIsSuper(r rune) bool { return strings.ContainsRune(superDigits, r) }

// enMarkKey: the key of a reference mark (`ii`, `1)`, `[3]`, `(a)`, `*)`,
// `¹`, `†`), the same for the mark in the table and in its note; "" when
// tok is no mark.
func enMarkKey(tok string) string {
	s := strings.TrimRight(strings.TrimSpace(tok), ".:")
	s = enSuper.Replace(s)
	switch {
	case len(s) >= 3 && (s[0] == '[' && s[len(s)-1] == ']' || s[0] == '(' && s[len(s)-1] == ')'):
		s = s[1 : len(s)-1]
	case len(s) >= 2 && s[len(s)-1] == ')':
		s = s[:len(s)-1]
	}
	if s == "" {
		return ""
	}
	if s == "†" || s == "‡" {
		return s
	}
	if strings.Trim(s, "*") == "" && len(s) <= 4 {
		return s
	}
	if len(s) <= 3 && strings.Trim(s, "0123456789") == "" {
		return strings.TrimLeft(s, "0")
	}
	if len(s) == 1 && s[0] >= 'a' && s[0] <= 'z' {
		return s
	}
	if len(s) <= 6 && (strings.Trim(s, "ivx") == "" || strings.Trim(s, "IVX") == "") {
		return strings.ToLower(s)
	}
	return ""
}

// enCellMark: the mark a note column's cell holds ("ii", "lihat catatan
// 3", "Cat. [a]"); "" when the cell holds something else.
func enCellMark(cell string) string {
	var left []string
	for _, f := range strings.Fields(cell) {
		if !enFillers[strings.ToLower(f)] {
			left = append(left, f)
		}
	}
	if len(left) != 1 {
		return ""
	}
	return enMarkKey(left[0])
}

// enTrailMark: the mark after an indicator's name (`… Pemilih²`, `…
// Pemilih [3]`, `… Pemilih*)`) and the name without it.
func enTrailMark(name string) (string, string) {
	s := strings.TrimSpace(name)
	r := []rune(s)
	k := len(r)
	for k > 0 && enIsSuper(r[k-1]) {
		k--
	}
	if k < len(r) && k > 0 {
		return enMarkKey(string(r[k:])), strings.TrimSpace(string(r[:k]))
	}
	if i := strings.LastIndexAny(s, " \t"); i > 0 {
		tok := s[i+1:]
		if strings.HasPrefix(tok, "[") || strings.HasPrefix(tok, "*") {
			if key := enMarkKey(tok); key != "" {
				return key, strings.TrimSpace(s[:i])
			}
		}
	}
	return "", s
}

// enNoteStart reads a note's first line: its mark and the text after it.
func enNoteStart(line string) (string, string, bool) {
	if strings.Count(line, "\t") > 1 {
		return "", "", false // a table's row
	}
	s := strings.TrimLeft(line, " \t")
	if enPrefixFold(s, "catatan ") || enPrefixFold(s, "cat. ") || enPrefixFold(s, "note ") {
		s = strings.TrimLeft(s[strings.IndexByte(s, ' '):], " ")
	}
	k := 0 // the superscript marks' bytes (every gate line comes here: no copies)
	for k < len(s) {
		r, n := utf8.DecodeRuneInString(s[k:])
		if !enIsSuper(r) {
			break
		}
		k += n
	}
	var tok, rest string
	if k > 0 {
		tok, rest = s[:k], s[k:]
	} else {
		e := strings.IndexAny(s, " \t")
		if e < 0 {
			return "", "", false
		}
		tok, rest = s[:e], s[e:]
		if p := strings.IndexAny(tok, ")]"); p >= 0 && p < len(tok)-1 {
			tok, rest = s[:p+1], s[p+1:]
		}
	}
	key := enMarkKey(tok)
	rest = strings.TrimLeft(rest, " \t:.-–")
	if key == "" || rest == "" {
		return "", "", false
	}
	return key, rest, true
}

// enFigures reads a note's labelled values by role 't', 'r', 'c'; the
// values without their unit, and whether the target carried a percent.
// ok is false when a role is labelled twice.
func enFigures(s string) (vals map[byte]string, pct, ok bool) {
	vals = map[byte]string{}
	for _, m := range enLabel.FindAllStringSubmatchIndex(s, -1) {
		rest := s[m[1]:]
		v, unit := "", false
		if n := enNumber.FindStringSubmatch(rest); n != nil {
			v, unit = strings.TrimSpace(strings.TrimSuffix(n[0], n[1])), n[1] != ""
		} else if g := enGrade.FindString(rest); g != "" {
			v = strings.TrimRightFunc(g, func(r rune) bool { return !(r >= 'A' && r <= 'Z') })
		} else {
			continue // a label in words: "target dan realisasi"
		}
		role := strings.ToLower(s[m[2]:m[3]])[0]
		if role == 'r' && strings.EqualFold(s[m[2]:m[3]], "rencana") {
			role = 't'
		}
		if _, dup := vals[role]; dup {
			return nil, false, false
		}
		vals[role] = v
		if role == 't' {
			pct = unit
		}
	}
	return vals, pct, true
}

// enNote is one note as read.
type enNote struct {
	key, text  string
	lines      []int
	vals       map[byte]string
	pct, twice bool
}

// enNotes reads the run of notes from line i: notes, their wrapped
// lines, a blank line or two between; the line after the run.
func enNotes(lines []string, i int) ([]*enNote, int) {
	var out []*enNote
	var cur *enNote
	blank := 0
	for ; i < len(lines); i++ {
		s := strings.TrimSpace(lines[i])
		if s == "" {
			if blank++; blank > 2 {
				break
			}
			continue
		}
		if key, rest, ok := enNoteStart(lines[i]); ok {
			cur = &enNote{key: key, text: rest, lines: []int{i}}
			out = append(out, cur)
		} else if cur != nil && blank == 0 && strings.Count(lines[i], "\t") == 0 && len(cur.lines) < 4 {
			cur.text += " " + s // a note wrapped
			cur.lines = append(cur.lines, i)
		} else {
			break
		}
		blank = 0
	}
	for _, n := range out {
		v, pct, ok := enFigures(n.text)
		n.vals, n.pct, n.twice = v, pct, !ok
	}
	return out, i
}

// enSpaced: a space-aligned line's cells (runs parted by two spaces or
// more) and the rune column each starts at.
func enSpaced(line string) ([]string, []int) {
	var cells []string
	var starts []int
	r := []rune(line)
	for i := 0; i < len(r); {
		if r[i] == ' ' {
			i++
			continue
		}
		j := i
		for j < len(r) && !(r[j] == ' ' && (j+1 >= len(r) || r[j+1] == ' ')) {
			j++
		}
		cells, starts = append(cells, string(r[i:j])), append(starts, i)
		i = j
	}
	return cells, starts
}

// enPlace puts a space-aligned row's cells under the header's columns:
// each under the last column starting at most two places right of it;
// nil at a blank line, a TAB line or two cells under one column.
func enPlace(line string, starts []int) []string {
	if strings.TrimSpace(line) == "" || strings.Contains(line, "\t") {
		return nil
	}
	cells, at := enSpaced(line)
	out := make([]string, len(starts))
	for k, c := range cells {
		col := -1
		for j, s := range starts {
			if s <= at[k]+2 {
				col = j
			}
		}
		if col < 0 || out[col] != "" {
			return nil
		}
		out[col] = c
	}
	return out
}

// enPrefixFold: s opens with p, in any case.
func enPrefixFold(s, p string) bool {
	return len(s) >= len(p) && strings.EqualFold(s[:len(p)], p)
}
