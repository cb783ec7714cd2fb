package extract

import "bytes"

// QuotedPrintable decodes a report saved as an e-mail whose body is
// quoted-printable (RFC 2045 §6.7): a line ending in '=' continues on the
// next line (a soft break, set by the mailer at 76 characters, inside a
// word, a name or a TAB row), and "=XX" is the byte of hex XX ("=3D" the
// '=' itself, "=0C" a page break, "=E2=80=93" a dash in UTF-8). Left
// encoded, a row broken by a soft break is two rows of wrong widths and
// every figure after the break lands in the wrong column.
//
// A body is decoded only when it is proven quoted-printable: its part's
// headers say so (Content-Transfer-Encoding: quoted-printable, in a block
// of header fields closed by a blank line; the body runs to the next MIME
// boundary line or the end), or, with no headers, the whole text reads as
// nothing else (qpProven). A text that merely holds '=' signs is left
// alone. Header lines stay as they are.
//
// Line numbers: a soft break joins two source lines into one, so the lines
// after it would move up by one. The newlines a paragraph or table lost are
// given back as blank lines where it ends (at its next blank line, or where
// the body ends), so a line of the decoded text stands at most the number
// of soft breaks of its own paragraph above its source line, and every line
// after a blank line keeps its source number. Data without such a body
// comes back unchanged (and uncopied).
func QuotedPrintable(data []byte) []byte {
	if bytes.IndexByte(data, '=') < 0 {
		return data // the cheap gate: no '=' at all
	}
	var bodies [][2]int
	if declaresTransferEncoding(data) {
		bodies = qpBodies(data)
	}
	if bodies == nil && qpProven(data) {
		bodies = [][2]int{{0, len(data)}}
	}
	if bodies == nil {
		return data
	}
	out := make([]byte, 0, len(data))
	last := 0
	for _, b := range bodies {
		out = append(out, data[last:b[0]]...)
		out = qpDecode(out, data[b[0]:b[1]])
		last = b[1]
	}
	return append(out, data[last:]...)
}

// declaresTransferEncoding: the header field's name occurs, in one of the
// spellings mailers write it (a plain substring test, no copy).
func declaresTransferEncoding(data []byte) bool {
	for _, s := range []string{"Transfer-Encoding", "transfer-encoding", "TRANSFER-ENCODING"} {
		if bytes.Contains(data, []byte(s)) {
			return true
		}
	}
	return false
}

// qpBodies finds each body declared quoted-printable: the offsets from
// the line after its header block's blank line to the next boundary line
// ("--" and a boundary a Content-Type header names) or the end of data.
// Whatever the part's type, its declared encoding is undone: an HTML part
// decoded is still HTML, for the readers of HTML to judge.
func qpBodies(data []byte) [][2]int {
	lines := bytes.SplitAfter(data, []byte{'\n'})
	offs := make([]int, len(lines)+1)
	for i, ln := range lines {
		offs[i+1] = offs[i] + len(ln)
	}
	var bounds [][]byte
	var bodies [][2]int
	for i := 0; i < len(lines); {
		if !headerField(lines[i]) || (i > 0 && !blankOrBoundary(lines[i-1])) {
			i++
			continue
		}
		// a header block: fields and their folded continuations, up to a blank line
		j, qp := i, false
		for ; j < len(lines) && !isBlankLine(lines[j]); j++ {
			ln := lines[j]
			if ln[0] == ' ' || ln[0] == '\t' {
				continue
			}
			if !headerField(ln) {
				break
			}
			name, value := headerSplit(ln)
			switch {
			case bytes.EqualFold(name, []byte("Content-Transfer-Encoding")):
				qp = bytes.EqualFold(bytes.TrimSpace(value), []byte("quoted-printable"))
			case bytes.EqualFold(name, []byte("Content-Type")):
				if b := boundaryParam(value, lines[j+1:]); b != nil {
					bounds = append(bounds, b)
				}
			}
		}
		if j >= len(lines) || !isBlankLine(lines[j]) {
			i = j + 1 // no blank line closes it: fields of prose, no header block
			continue
		}
		if !qp {
			i = j + 1 // a part of another encoding, or a "Catatan: …" paragraph
			continue
		}
		k := j + 1
		for k < len(lines) && !boundaryLine(lines[k], bounds) {
			k++
		}
		bodies = append(bodies, [2]int{offs[j+1], offs[k]})
		i = k
	}
	return bodies
}

// headerField: a line "Name: value" whose name is a header token (letters,
// digits and '-', opening with a letter, no space before the colon).
func headerField(ln []byte) bool {
	c := bytes.IndexByte(ln, ':')
	if c < 2 || !(ln[0]|0x20 >= 'a' && ln[0]|0x20 <= 'z') {
		return false
	}
	for _, b := range ln[:c] {
		if !(b|0x20 >= 'a' && b|0x20 <= 'z' || b >= '0' && b <= '9' || b == '-') {
			return false
		}
	}
	return true
}

func headerSplit(ln []byte) (name, value []byte) {
	c := bytes.IndexByte(ln, ':')
	return ln[:c], ln[c+1:]
}

// boundaryParam is the boundary a multipart Content-Type names, on its own
// line or on a folded continuation line.
func boundaryParam(value []byte, rest [][]byte) []byte {
	v := value
	for _, ln := range rest {
		if len(ln) == 0 || (ln[0] != ' ' && ln[0] != '\t') {
			break
		}
		v = append(append([]byte{}, v...), ln...)
	}
	k := bytes.Index(bytes.ToLower(v), []byte("boundary="))
	if k < 0 {
		return nil
	}
	b := v[k+len("boundary="):]
	if len(b) > 0 && b[0] == '"' {
		if e := bytes.IndexByte(b[1:], '"'); e >= 0 {
			return b[1 : 1+e]
		}
		return nil
	}
	if e := bytes.IndexAny(b, "; \t\r\n"); e >= 0 {
		b = b[:e]
	}
	if len(b) == 0 {
		return nil
	}
	return b
}

func boundaryLine(ln []byte, bounds [][]byte) bool {
	if !bytes.HasPrefix(ln, []byte("--")) {
		return false
	}
	for _, b := range bounds {
		if bytes.HasPrefix(ln[2:], b) {
			return true
		}
	}
	return false
}

func blankOrBoundary(ln []byte) bool {
	return isBlankLine(ln) || bytes.HasPrefix(ln, []byte("--"))
}

func isBlankLine(ln []byte) bool { return len(bytes.TrimSpace(ln)) == 0 }

// qpProven: a text with no headers is quoted-printable when nothing else
// would look like it: seven-bit bytes only, no line over 76 characters,
// every '=' a soft break at a line's end or followed by two upper-case hex
// digits, every soft break ending a line a mailer would have had to break
// (50 characters or more: encoders break near 76), and soft breaks
// throughout (at least three, on one line in twenty). A formula ("Capaian
// = Realisasi / Target"), a rule of '=' or short labels ending in '='
// ("Nilai akhir =" over its figure) fail.
func qpProven(data []byte) bool {
	soft, lines, width := 0, 1, 0
	for i := 0; i < len(data); i++ {
		c := data[i]
		switch {
		case c >= 0x80:
			return false
		case c == '\n':
			lines++
			width = 0
			continue
		case c == '=':
			if n := softBreak(data[i+1:]); n > 0 {
				if width+1 < minSoftWidth {
					return false
				}
				soft++
				lines++
				width = 0
				i += n
				continue
			}
			if i+2 >= len(data) || !upperHex(data[i+1]) || !upperHex(data[i+2]) {
				return false
			}
		}
		if c != '\r' {
			width++
		}
		if width > 76 {
			return false
		}
	}
	return soft >= 3 && soft*20 >= lines
}

// softBreak is the length of what follows a '=' that makes it a soft break
// (spaces or TABs a mailer may have added, then the line's end), 0 when the
// '=' is no soft break.
func softBreak(rest []byte) int {
	i := 0
	for i < len(rest) && (rest[i] == ' ' || rest[i] == '\t') {
		i++
	}
	if i < len(rest) && rest[i] == '\r' {
		i++
	}
	if i < len(rest) && rest[i] == '\n' {
		return i + 1
	}
	return 0
}

// minSoftWidth is the shortest line, '=' included, that qpProven takes as
// broken by a mailer.
const minSoftWidth = 50

func upperHex(c byte) bool { return c >= '0' && c <= '9' || c >= 'A' && c <= 'F' }

func hexVal(c byte) (byte, bool) {
	switch {
	case c >= '0' && c <= '9':
		return c - '0', true
	case c >= 'A' && c <= 'F':
		return c - 'A' + 10, true
	case c >= 'a' && c <= 'f':
		return c - 'a' + 10, true
	}
	return 0, false
}

// qpDecode appends the decoded body to out, giving the newlines of soft
// breaks back at the next blank line (see QuotedPrintable). An '=' that
// starts no escape is kept as it stands, as RFC 2045 advises.
func qpDecode(out, body []byte) []byte {
	owed, lineStart := 0, len(out)
	for i := 0; i < len(body); i++ {
		c := body[i]
		if c == '=' {
			if n := softBreak(body[i+1:]); n > 0 {
				owed++
				i += n
				continue
			}
			if i+2 < len(body) {
				hi, ok1 := hexVal(body[i+1])
				lo, ok2 := hexVal(body[i+2])
				if ok1 && ok2 {
					out = append(out, hi<<4|lo)
					i += 2
					continue
				}
			}
		}
		out = append(out, c)
		if c == '\n' {
			if owed > 0 && isBlankLine(out[lineStart:]) {
				for ; owed > 0; owed-- {
					out = append(out, '\n')
				}
			}
			lineStart = len(out)
		}
	}
	for ; owed > 0; owed-- {
		out = append(out, '\n')
	}
	return out
}
