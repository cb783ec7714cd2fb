// Package mutate damages documents on purpose. The reliability suite feeds
// lkj the kinds of broken input a provincial office really receives — a PDF
// export cut short, a text re-saved by a Windows editor as Latin-1 or
// UTF-16, a spreadsheet with a column added by hand, a binary file renamed
// .txt — and checks that each one ends as a loaded document with findings or
// as a rejection naming the file, never as a crash or a half-loaded document.
//
// Every mutation is a pure function of its input bytes and a *rand.Rand, so a
// failing case is reproduced from its seed alone.
package mutate

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"encoding/csv"
	"fmt"
	"io"
	"math/rand/v2"
	"unicode/utf16"
	"unicode/utf8"
)

// Kind names one mutation.
type Kind string

// The mutations. Line- and cell-level kinds keep most of the document intact,
// so the parser has something to recover; byte-level kinds test that a
// reader gives up cleanly.
const (
	Truncate       Kind = "truncate"        // cut at a random byte (even inside a UTF-8 sequence)
	ShuffleLines   Kind = "shuffle-lines"   // shuffle the lines of a random window
	DuplicateLines Kind = "duplicate-lines" // repeat a few lines or a block in place
	DeleteCells    Kind = "delete-cells"    // drop one cell from some separated rows
	SwapCells      Kind = "swap-cells"      // swap two cells in some separated rows
	RandomBytes    Kind = "random-bytes"    // overwrite a few bytes with random ones (NUL included)
	Empty          Kind = "empty"           // zero bytes
	HugeLine       Kind = "huge-line"       // insert one line of HugeLineBytes without a newline
	Latin1         Kind = "latin1"          // re-encode UTF-8 as ISO-8859-1 ('?' where it has no byte)
	UTF16          Kind = "utf16"           // re-encode as UTF-16 with a byte-order mark (LE or BE)
	Binary         Kind = "binary"          // random bytes, sometimes behind a PDF or ZIP signature
	ExtraColumn    Kind = "extra-column"    // add a column to every row of one table (or CSV)
	MissingColumn  Kind = "missing-column"  // remove a column from every row of one table (or CSV)
)

// HugeLineBytes is the length of the line HugeLine inserts: 50 MB, a bit
// under lkj's default 64 MiB document limit, so the document is read whole
// and the parser (not the size guard) has to cope with it.
const HugeLineBytes = 50 << 20

var kinds = []Kind{Truncate, ShuffleLines, DuplicateLines, DeleteCells, SwapCells, RandomBytes,
	Empty, HugeLine, Latin1, UTF16, Binary, ExtraColumn, MissingColumn}

// Kinds lists every mutation, in a fixed order.
func Kinds() []Kind { return append([]Kind(nil), kinds...) }

// Apply returns a mutated copy of data; data itself is not modified. The same
// kind, data and generator state always give the same bytes. HugeLine builds
// its 50 MB line in memory: use WriteTo or WriteHugeLine to stream it.
// Apply panics on an unknown kind, which is a programming error.
func Apply(kind Kind, data []byte, r *rand.Rand) []byte {
	if kind == HugeLine {
		var b bytes.Buffer
		_ = WriteHugeLine(&b, data, HugeLineBytes, r)
		return b.Bytes()
	}
	switch kind {
	case Truncate:
		return truncate(data, r)
	case ShuffleLines:
		return shuffleLines(data, r)
	case DuplicateLines:
		return duplicateLines(data, r)
	case DeleteCells:
		return editCells(data, r, deleteCell)
	case SwapCells:
		return editCells(data, r, swapCell)
	case RandomBytes:
		return randomBytes(data, r)
	case Empty:
		return []byte{}
	case Latin1:
		return toLatin1(data)
	case UTF16:
		return toUTF16(data, r.IntN(4) != 0) // little-endian, as Windows writes it, three times in four
	case Binary:
		return garbage(len(data), r)
	case ExtraColumn:
		return editColumn(data, r, true)
	case MissingColumn:
		return editColumn(data, r, false)
	}
	panic(fmt.Sprintf("mutate: unknown kind %q", kind))
}

// WriteTo writes the mutation of data to w. It differs from Apply only for
// HugeLine, whose line is streamed rather than held in memory.
func WriteTo(w io.Writer, kind Kind, data []byte, r *rand.Rand) error {
	if kind == HugeLine {
		return WriteHugeLine(w, data, HugeLineBytes, r)
	}
	_, err := w.Write(Apply(kind, data, r))
	return err
}

// WriteHugeLine writes data with one line of size bytes inserted at a random
// line boundary. The line is made of words and numbers taken from data
// (spaces between, no TAB, no newline), so it looks like text to a parser
// instead of being rejected by a cheap binary check; a 10-byte pattern
// repeated would be less hostile. The line is streamed in chunks.
func WriteHugeLine(w io.Writer, data []byte, size int64, r *rand.Rand) error {
	lines := splitLines(data)
	at := r.IntN(len(lines) + 1)
	bw := bufio.NewWriterSize(w, 1<<16)
	for i, l := range lines[:at] {
		if i == at-1 {
			l = ensureNL(l) // a last line without newline must not swallow the huge one
		}
		bw.Write(l)
	}
	words := bytes.Fields(data)
	if len(words) == 0 {
		words = [][]byte{[]byte("Rp."), []byte("1.234.567,-"), []byte("99,61%"), []byte("kinerja")}
	}
	if len(words) > 4096 {
		// A fixed vocabulary keeps the per-chunk work cheap.
		pick := make([][]byte, 4096)
		for i := range pick {
			pick[i] = words[r.IntN(len(words))]
		}
		words = pick
	}
	var written int64
	for written < size {
		wd := words[r.IntN(len(words))]
		if n := size - written; int64(len(wd)+1) > n {
			wd = bytes.Repeat([]byte{'x'}, int(n))
			bw.Write(wd)
			written += n
			break
		}
		bw.Write(wd)
		bw.WriteByte(' ')
		written += int64(len(wd) + 1)
	}
	bw.WriteByte('\n')
	for _, l := range lines[at:] {
		bw.Write(l)
	}
	return bw.Flush()
}

// splitLines splits data after each '\n', keeping the terminators, so that
// joining the pieces gives data back (CRLF documents stay CRLF).
func splitLines(data []byte) [][]byte {
	var out [][]byte
	for len(data) > 0 {
		i := bytes.IndexByte(data, '\n')
		if i < 0 {
			out = append(out, data)
			break
		}
		out = append(out, data[:i+1])
		data = data[i+1:]
	}
	return out
}

func join(lines [][]byte) []byte {
	n := 0
	for _, l := range lines {
		n += len(l)
	}
	out := make([]byte, 0, n)
	for _, l := range lines {
		out = append(out, l...)
	}
	return out
}

// ensureNL gives a line moved into the middle of a document its newline back
// (the last line of a file often has none).
func ensureNL(l []byte) []byte {
	if len(l) > 0 && l[len(l)-1] == '\n' {
		return l
	}
	return append(append([]byte(nil), l...), '\n')
}

func truncate(data []byte, r *rand.Rand) []byte {
	return bytes.Clone(data[:r.IntN(len(data)+1)])
}

// shuffleLines shuffles a window of lines: usually a short one (rows of a
// table out of order, a page break in the wrong place), sometimes the
// whole document.
func shuffleLines(data []byte, r *rand.Rand) []byte {
	lines := splitLines(data)
	if len(lines) < 2 {
		return bytes.Clone(data)
	}
	lo, hi := 0, len(lines)
	if r.IntN(4) != 0 {
		n := 2 + r.IntN(min(len(lines)-1, 60))
		lo = r.IntN(len(lines) - n + 1)
		hi = lo + n
	}
	win := make([][]byte, hi-lo)
	for i := range win {
		win[i] = ensureNL(lines[lo+i])
	}
	r.Shuffle(len(win), func(i, j int) { win[i], win[j] = win[j], win[i] })
	out := append(append(append([][]byte{}, lines[:lo]...), win...), lines[hi:]...)
	return join(out)
}

// duplicateLines repeats either a few single lines (a header row printed on
// every page) or one block (a page exported twice).
func duplicateLines(data []byte, r *rand.Rand) []byte {
	lines := splitLines(data)
	if len(lines) == 0 {
		return []byte{}
	}
	var out [][]byte
	if r.IntN(2) == 0 {
		dup := map[int]bool{}
		for k := 1 + r.IntN(min(len(lines), 20)); k > 0; k-- {
			dup[r.IntN(len(lines))] = true
		}
		for i, l := range lines {
			if dup[i] {
				l = ensureNL(l)
				out = append(out, l, l)
			} else {
				out = append(out, l)
			}
		}
		return join(out)
	}
	n := 1 + r.IntN(min(len(lines), 80))
	lo := r.IntN(len(lines) - n + 1)
	out = append(out, lines[:lo+n]...)
	out[len(out)-1] = ensureNL(out[len(out)-1])
	out = append(out, lines[lo:]...)
	return join(out)
}

// sniffSep is the cell separator of data: TAB when any line holds one (the
// text form of a report), else the more frequent of ',' and ';' in the first
// line (a template CSV), else TAB.
func sniffSep(data []byte) byte {
	if bytes.IndexByte(data, '\t') >= 0 {
		return '\t'
	}
	first := data
	if i := bytes.IndexByte(data, '\n'); i >= 0 {
		first = data[:i]
	}
	c, s := bytes.Count(first, []byte{','}), bytes.Count(first, []byte{';'})
	switch {
	case c == 0 && s == 0:
		return '\t'
	case s > c:
		return ';'
	}
	return ','
}

// A row is one line split into cells, with its line terminator kept apart.
type row struct {
	cells [][]byte
	eol   []byte
}

func splitRow(l []byte, sep byte) row {
	body, eol := l, []byte(nil)
	if bytes.HasSuffix(body, []byte("\r\n")) {
		body, eol = body[:len(body)-2], []byte("\r\n")
	} else if bytes.HasSuffix(body, []byte("\n")) {
		body, eol = body[:len(body)-1], []byte("\n")
	}
	return row{cells: bytes.Split(body, []byte{sep}), eol: eol}
}

func (rw row) bytes(sep byte) []byte {
	return append(bytes.Join(rw.cells, []byte{sep}), rw.eol...)
}

func deleteCell(rw row, r *rand.Rand) row {
	i := r.IntN(len(rw.cells))
	rw.cells = append(rw.cells[:i:i], rw.cells[i+1:]...)
	return rw
}

func swapCell(rw row, r *rand.Rand) row {
	i := r.IntN(len(rw.cells) - 1)
	j := i + 1 + r.IntN(len(rw.cells)-i-1)
	rw.cells[i], rw.cells[j] = rw.cells[j], rw.cells[i]
	return rw
}

// editCells applies edit to a random sample of the rows that have at least
// two cells: between one row and a quarter of them.
func editCells(data []byte, r *rand.Rand, edit func(row, *rand.Rand) row) []byte {
	if isCSV(data) {
		return editCSV(data, r, func(recs [][]string) {
			for _, i := range sample(len(recs), r) {
				if len(recs[i]) < 2 {
					continue
				}
				rw := row{}
				for _, c := range recs[i] {
					rw.cells = append(rw.cells, []byte(c))
				}
				rw = edit(rw, r)
				recs[i] = recs[i][:0]
				for _, c := range rw.cells {
					recs[i] = append(recs[i], string(c))
				}
			}
		})
	}
	sep := sniffSep(data)
	lines := splitLines(data)
	var cand []int
	for i, l := range lines {
		if bytes.IndexByte(l, sep) >= 0 {
			cand = append(cand, i)
		}
	}
	if len(cand) == 0 {
		return bytes.Clone(data)
	}
	for _, k := range sample(len(cand), r) {
		i := cand[k]
		lines[i] = edit(splitRow(lines[i], sep), r).bytes(sep)
	}
	return join(lines)
}

// sample picks between 1 and n/4 (at least 1) distinct indexes below n, in
// increasing order.
func sample(n int, r *rand.Rand) []int {
	if n == 0 {
		return nil
	}
	k := 1 + r.IntN(max(1, n/4))
	perm := r.Perm(n)[:k]
	seen := make([]bool, n)
	for _, p := range perm {
		seen[p] = true
	}
	var out []int
	for i, s := range seen {
		if s {
			out = append(out, i)
		}
	}
	return out
}

// editColumn adds (or removes) one column across a run of consecutive
// separated rows: the whole file for a CSV, one table for report text.
// An added column gets a header-like first cell and plausible values.
func editColumn(data []byte, r *rand.Rand, add bool) []byte {
	if isCSV(data) {
		return editCSV(data, r, func(recs [][]string) {
			width := 0
			for _, rec := range recs {
				width = max(width, len(rec))
			}
			if width == 0 || (!add && width < 2) {
				return
			}
			col := r.IntN(width + 1)
			if !add {
				col = r.IntN(width)
			}
			for i, rec := range recs {
				switch {
				case add:
					v := extraCell(i == 0, r)
					c := min(col, len(rec))
					recs[i] = append(rec[:c:c], append([]string{v}, rec[c:]...)...)
				case col < len(rec):
					recs[i] = append(rec[:col:col], rec[col+1:]...)
				}
			}
		})
	}
	sep := sniffSep(data)
	lines := splitLines(data)
	// Runs of consecutive lines holding the separator are tables.
	type span struct{ lo, hi int }
	var runs []span
	for i := 0; i < len(lines); {
		if bytes.IndexByte(lines[i], sep) < 0 {
			i++
			continue
		}
		j := i
		for j < len(lines) && bytes.IndexByte(lines[j], sep) >= 0 {
			j++
		}
		runs = append(runs, span{i, j})
		i = j
	}
	if len(runs) == 0 {
		return bytes.Clone(data)
	}
	s := runs[r.IntN(len(runs))]
	width := 0
	for i := s.lo; i < s.hi; i++ {
		width = max(width, len(splitRow(lines[i], sep).cells))
	}
	col := r.IntN(width + 1)
	if !add {
		col = r.IntN(width)
	}
	for i := s.lo; i < s.hi; i++ {
		rw := splitRow(lines[i], sep)
		switch {
		case add:
			c := min(col, len(rw.cells))
			v := []byte(extraCell(i == s.lo, r))
			rw.cells = append(rw.cells[:c:c], append([][]byte{v}, rw.cells[c:]...)...)
		case col < len(rw.cells):
			rw.cells = append(rw.cells[:col:col], rw.cells[col+1:]...)
		}
		lines[i] = rw.bytes(sep)
	}
	return join(lines)
}

// extraCell is the content of an added column: a header name on the first
// row, then a mix of numbers, words and empty cells as a hand-edited
// spreadsheet would have.
func extraCell(header bool, r *rand.Rand) string {
	if header {
		return [...]string{"catatan", "Keterangan", "kolom_tambahan", "Nilai 2", "satker_id"}[r.IntN(5)]
	}
	switch r.IntN(5) {
	case 0:
		return ""
	case 1:
		return fmt.Sprint(r.IntN(1000))
	case 2:
		return fmt.Sprintf("%d,%02d", r.IntN(100), r.IntN(100))
	case 3:
		return "Rp. 1.234.567,-"
	}
	return "lihat lampiran"
}

// isCSV reports whether data looks like a template CSV: no TAB, and a
// first line separated by ',' or ';'. Such files are edited through
// encoding/csv so quoted separators stay inside their cells.
func isCSV(data []byte) bool {
	s := sniffSep(data)
	return s == ',' || s == ';'
}

// editCSV parses data as CSV, lets edit change the records and writes them
// back with the same separator. A file encoding/csv cannot read is edited
// as plain separated lines instead.
func editCSV(data []byte, r *rand.Rand, edit func([][]string)) []byte {
	sep := rune(sniffSep(data))
	cr := csv.NewReader(bytes.NewReader(data))
	cr.Comma, cr.FieldsPerRecord, cr.LazyQuotes = sep, -1, true
	recs, err := cr.ReadAll()
	if err != nil || len(recs) == 0 {
		lines := splitLines(data)
		recs = recs[:0]
		for _, l := range lines {
			rw := splitRow(l, byte(sep))
			var rec []string
			for _, c := range rw.cells {
				rec = append(rec, string(c))
			}
			recs = append(recs, rec)
		}
	}
	edit(recs)
	var b bytes.Buffer
	cw := csv.NewWriter(&b)
	cw.Comma = sep
	cw.UseCRLF = bytes.Contains(data, []byte("\r\n"))
	for _, rec := range recs {
		if len(rec) == 0 {
			rec = []string{""}
		}
		_ = cw.Write(rec)
	}
	cw.Flush()
	return b.Bytes()
}

// randomBytes overwrites a few positions (1 to ~0.1% of the bytes, at least
// one) with random bytes; one time in three, one of them is NUL.
func randomBytes(data []byte, r *rand.Rand) []byte {
	out := bytes.Clone(data)
	if len(out) == 0 {
		return []byte{byte(r.IntN(256))}
	}
	for k := 1 + r.IntN(max(1, len(out)/1000)); k > 0; k-- {
		out[r.IntN(len(out))] = byte(r.IntN(256))
	}
	if r.IntN(3) == 0 {
		out[r.IntN(len(out))] = 0
	}
	return out
}

// toLatin1 re-encodes UTF-8 text as ISO-8859-1, as an old Windows editor
// would on "Save as ANSI": runes above U+00FF (the Cyrillic homoglyphs, the
// en dash) become '?', invalid bytes are kept as they are.
func toLatin1(data []byte) []byte {
	out := make([]byte, 0, len(data))
	for len(data) > 0 {
		c, n := utf8.DecodeRune(data)
		switch {
		case c == utf8.RuneError && n <= 1:
			out = append(out, data[0])
		case c <= 0xFF:
			out = append(out, byte(c))
		default:
			out = append(out, '?')
		}
		data = data[n:]
	}
	return out
}

// toUTF16 re-encodes text as UTF-16 with a byte-order mark; invalid UTF-8
// becomes U+FFFD.
func toUTF16(data []byte, little bool) []byte {
	u := utf16.Encode(bytes.Runes(data))
	var order binary.AppendByteOrder = binary.BigEndian
	if little {
		order = binary.LittleEndian
	}
	out := order.AppendUint16(make([]byte, 0, 2+2*len(u)), 0xFEFF)
	for _, c := range u {
		out = order.AppendUint16(out, c)
	}
	return out
}

// garbage is n random bytes (at least 1 KiB, at most 256 KiB); half the
// time it starts with a PDF or ZIP (XLSX) signature, the usual reasons a
// binary file ends up named .txt.
func garbage(n int, r *rand.Rand) []byte {
	n = min(max(n, 1<<10), 256<<10)
	out := make([]byte, n)
	for i := range out {
		out[i] = byte(r.Uint32())
	}
	switch r.IntN(4) {
	case 0:
		copy(out, "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
	case 1:
		copy(out, "PK\x03\x04")
	}
	return out
}
