package parse

import (
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// rtfState is what a group sets and its closing brace restores.
type rtfState struct {
	skip   bool // a destination that is no text (font table, picture, footnote …)
	star   bool // after \*: the destination that follows is skipped unless known
	upr    bool // inside \upr: its \*\ud holds the Unicode twin of the text
	hidden bool // \v hidden or \deleted text
	intbl  bool // the paragraph is in a table cell
	label  bool // a list's number (\listtext, \pntext): its \tab is a space
	uc     int  // the characters standing in for a \uN, skipped after it
}

// rtfConv writes the text of an RTF source: lines for paragraphs, a TAB
// line for each row (rows kept back until their table ends, rtf_table.go).
type rtfConv struct {
	lines    []string
	cur      strings.Builder // the paragraph (or cell) being read
	cells    []string        // the row being read
	bounds   []rtfBound      // the cell boundaries of the row definition in force
	merge    bool            // \clmrg before the next \cellx
	rowOpen  bool            // a \trowd since the last \row: text goes to a cell
	table    []rtfRow        // the rows of the table being read
	pagebb   bool            // the paragraph starts on a new page
	st       rtfState
	stack    []rtfState
	skipped  int  // characters of a \uN's stand-in still to skip
	pendHigh rune // the high half of a surrogate pair written as two \uN
}

// rtfSkipDest are the destinations holding no report text.
var rtfSkipDest = map[string]bool{
	"fonttbl": true, "colortbl": true, "stylesheet": true, "info": true, "pict": true, "header": true, "headerl": true,
	"headerr": true, "headerf": true, "footer": true, "footerl": true, "footerr": true, "footerf": true,
	"footnote": true, "fldinst": true, "object": true, "objdata": true, "themedata": true, "listtable": true,
	"listoverridetable": true, "revtbl": true, "rsidtbl": true, "xmlnstbl": true, "filetbl": true,
	"latentstyles": true, "datastore": true, "colorschememapping": true, "pgdsctbl": true, "nonshppict": true,
	"shp": true, "shpgrp": true, "shprslt": true, "shpinst": true, "bkmkstart": true, "bkmkend": true, "xe": true,
	"tc": true, "tcf": true, "private": true, "template": true, "docvar": true, "userprops": true,
	"generator": true, "annotation": true, "atnid": true, "atnauthor": true, "atndate": true, "txe": true,
	"pn": true, "mmathPr": true, "do": true,
}

// rtfChars are the control words standing for one character.
var rtfChars = map[string]string{
	"emdash": "—", "endash": "–", "bullet": "•", "lquote": "‘", "rquote": "’", "ldblquote": "“",
	"rdblquote": "”", "emspace": " ", "enspace": " ", "qmspace": " ",
}

// rtfPlain converts an RTF source to plain text.
func rtfPlain(src []byte) string {
	c := &rtfConv{st: rtfState{uc: 1}}
	for i := 0; i < len(src); i++ {
		switch b := src[i]; b {
		case '{':
			c.stack = append(c.stack, c.st)
			c.st.star = false
			c.skipped = 0
		case '}':
			if n := len(c.stack); n > 0 {
				c.st, c.stack = c.stack[n-1], c.stack[:n-1]
			}
			c.skipped = 0
		case '\r', '\n':
		case '\\':
			i = c.control(src, i)
		default:
			r, size := utf8.DecodeRune(src[i:])
			i += size - 1
			if b == '\t' {
				c.tab()
				continue
			}
			c.text(r)
		}
	}
	c.endPara(false)
	c.flushRow()
	c.endTable()
	return strings.Join(c.lines, "\n") + "\n"
}

// control reads the control word or symbol at src[i] (a backslash) and
// returns the index of its last byte.
func (c *rtfConv) control(src []byte, i int) int {
	if i+1 >= len(src) {
		return i
	}
	s := src[i+1]
	if !isLetterByte(s) {
		switch s {
		case '\'':
			if i+3 < len(src) {
				if v, err := strconv.ParseUint(string(src[i+2:i+4]), 16, 8); err == nil {
					c.text(cp1252(byte(v)))
				}
			}
			return min(i+3, len(src)-1)
		case '\\', '{', '}':
			c.text(rune(s))
		case '~':
			c.text(' ')
		case '_':
			c.text('-')
		case '*':
			c.st.star = true
		case '\n', '\r':
			c.par()
		}
		return i + 1 // \- (optional hyphen), \| and \: stand for nothing
	}
	j := i + 1
	for j < len(src) && isLetterByte(src[j]) && j-i <= 32 {
		j++
	}
	word := string(src[i+1 : j])
	k := j
	if k < len(src) && src[k] == '-' {
		k++
	}
	for k < len(src) && src[k] >= '0' && src[k] <= '9' && k-j < 11 {
		k++
	}
	param, hasParam := 0, k > j && src[k-1] != '-'
	if hasParam {
		param, _ = strconv.Atoi(string(src[j:k]))
	} else {
		k = j
	}
	if k < len(src) && src[k] == ' ' {
		k++ // the space ending a control word is no text
	}
	if word == "bin" && hasParam && param > 0 {
		return min(k+param, len(src)) - 1 // binary data: no text
	}
	c.word(word, param, hasParam)
	return k - 1
}

// word acts on one control word.
func (c *rtfConv) word(w string, param int, hasParam bool) {
	if c.st.star {
		c.st.star = false
		if w == "ud" && c.st.upr {
			c.st.skip, c.st.upr = false, false
			return
		}
		c.st.skip = true
		return
	}
	if c.st.skip {
		return // a font table's or a style's words are none of the text's
	}
	if c.skipped > 0 {
		c.skipped-- // a control word may be a \uN's stand-in too
		return
	}
	if rtfSkipDest[w] {
		c.st.skip = true
		return
	}
	if ch, ok := rtfChars[w]; ok {
		for _, r := range ch {
			c.text(r)
		}
		return
	}
	on := !hasParam || param != 0
	switch w {
	case "upr":
		c.st.skip, c.st.upr = true, true
	case "u":
		c.unicode(param)
	case "uc":
		c.st.uc = max(param, 0)
	case "par":
		c.par()
	case "line":
		if c.inTable() {
			c.text(' ')
		} else {
			c.endPara(true)
		}
	case "tab":
		c.tab()
	case "page":
		c.endPara(false)
		c.flushRow()
		c.endTable()
		c.lines = append(c.lines, "\f")
	case "sect":
		// a section may go on the same page (\sbknone, told after it):
		// the paragraph ends, no page break is claimed
		c.endPara(false)
	case "pagebb":
		c.pagebb = true
	case "pard":
		c.st.intbl = false
	case "intbl":
		c.st.intbl = true
	case "listtext", "pntext":
		c.st.label = true
	case "v", "deleted":
		c.st.hidden = on
	case "plain":
		c.st.hidden = false
	case "trowd":
		if len(c.cells) == 0 && !c.st.intbl && strings.TrimSpace(c.cur.String()) != "" {
			c.endPara(false) // a caption not ended by \par is no cell of the row
		}
		c.bounds, c.rowOpen, c.merge = c.bounds[:0], true, false
	case "clmrg":
		c.merge = true
	case "cellx":
		c.bounds = append(c.bounds, rtfBound{x: param, merged: c.merge})
		c.merge = false
	case "cell", "nestcell":
		if w == "nestcell" {
			c.text(' ') // a nested table's cell stays inside the outer cell
			return
		}
		c.cells = append(c.cells, rtfFold(c.cur.String()))
		c.cur.Reset()
	case "row":
		if t := rtfFold(c.cur.String()); t != "" {
			c.cells = append(c.cells, t)
		}
		c.cur.Reset()
		c.flushRow()
		c.rowOpen = false
	}
}

// unicode writes the character of a \uN (a negative N is the 16-bit
// value minus 65536; a surrogate pair is two \u) and skips its stand-in.
func (c *rtfConv) unicode(n int) {
	if n < 0 {
		n += 65536
	}
	r := rune(n)
	switch {
	case utf16.IsSurrogate(r) && r < 0xDC00:
		c.pendHigh = r
	case utf16.IsSurrogate(r) && c.pendHigh != 0:
		c.text(utf16.DecodeRune(c.pendHigh, r))
		c.pendHigh = 0
	case !utf16.IsSurrogate(r):
		c.text(r)
	}
	if !c.st.skip {
		c.skipped = c.st.uc
	}
}

// text adds one character of text, unless the group is no text.
func (c *rtfConv) text(r rune) {
	if c.st.skip || c.st.hidden {
		return
	}
	if c.skipped > 0 {
		c.skipped--
		return
	}
	if c.pagebb && !c.inTable() {
		c.pagebb = false
		c.endPara(false)
		c.endTable()
		c.lines = append(c.lines, "\f")
	}
	c.cur.WriteRune(r)
}

// tab is a TAB in a paragraph (a tab stop lines up what the text export
// shows with a TAB too) and a space in a cell or a list's number.
func (c *rtfConv) tab() {
	if c.inTable() || c.st.label {
		c.text(' ')
		return
	}
	c.text('\t')
}

func (c *rtfConv) inTable() bool { return c.st.intbl || c.rowOpen }

// par ends a paragraph: a line, or a space inside a cell.
func (c *rtfConv) par() {
	if c.st.skip {
		return
	}
	if c.inTable() {
		if t := c.cur.String(); t != "" && !strings.HasSuffix(t, " ") {
			c.text(' ') // the cell's next paragraph, one space apart
		}
		return
	}
	c.endPara(true)
}

// endPara writes the paragraph read as a line; always says whether an
// empty one is written too (a \par does, the end of the source does not).
func (c *rtfConv) endPara(always bool) {
	t := strings.TrimRight(c.cur.String(), " ")
	c.cur.Reset()
	if t == "" && !always {
		return
	}
	if len(c.cells) > 0 {
		c.flushRow() // a row left open by a source that never wrote \row
	}
	c.endTable()
	c.lines = append(c.lines, t)
}

// rtfFold is a cell's text trimmed; the spaces inside are the text's (a
// letter-spaced title parts its words with three).
func rtfFold(s string) string { return strings.TrimSpace(s) }

// cp1252 is the character of a byte of the Windows Latin-1 code page the
// \'hh escapes are written in.
func cp1252(b byte) rune {
	if b >= 0x80 && b < 0xA0 {
		if r := cp1252High[b-0x80]; r != 0 {
			return r
		}
	}
	return rune(b)
}

var cp1252High = [32]rune{
	'€', 0, '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', 0, 'Ž', 0,
	0, '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', 0, 'ž', 'Ÿ',
}
