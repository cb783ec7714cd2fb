package template

import (
	"bytes"
	"encoding/csv"
	"errors"
	"io"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// parseCSV turns one file into a table. Row numbers are the file's line
// numbers (a blank line is a row, as in a spreadsheet). An empty file is no
// table at all. Excel's regional habits are tolerated: a byte-order mark,
// UTF-16 ("Unicode Text"), Latin-1, and ';' or TAB as the separator (Excel
// in an Indonesian locale saves ';'-separated CSV because ',' is its
// decimal comma) — each with a warning where the reading is a guess.
func (r *reader) parseCSV(where string, data []byte) *table {
	text, enc := decodeText(data)
	if enc != "" {
		r.warn(problem{where: where, msg: "file is not UTF-8; read as " + enc + " (save as \"CSV UTF-8\")"},
			"template.bukan_utf8", "")
	}
	if strings.TrimSpace(text) == "" {
		return nil
	}
	cr := csv.NewReader(strings.NewReader(text))
	cr.Comma = sniffComma(text)
	cr.FieldsPerRecord = -1
	// Quotes are strict: with lazy quotes, one stray '"' in a text cell
	// would silently swallow every row after it into that cell.
	t := &table{where: where}
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			p := problem{where: where, msg: "not valid CSV: " + err.Error()}
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				p.row, p.msg = pe.StartLine, "not valid CSV: "+pe.Err.Error()
			}
			r.fail(p, "template.berkas", "")
			return nil
		}
		first, _ := cr.FieldPos(0)
		last, _ := cr.FieldPos(len(rec) - 1)
		for i := range rec {
			rec[i] = strings.TrimSpace(rec[i])
		}
		if t.header == nil {
			t.header, t.hdrRow = rec, first
			continue
		}
		if blank(rec) {
			continue
		}
		t.rows = append(t.rows, tableRow{span: facts.Span{Start: first, End: last}, cells: rec})
	}
	return t
}

func blank(cells []string) bool {
	for _, c := range cells {
		if c != "" {
			return false
		}
	}
	return true
}

// decodeText returns the file as UTF-8 and, when it was not UTF-8, the
// encoding it was read as.
func decodeText(b []byte) (string, string) {
	switch {
	case bytes.HasPrefix(b, []byte{0xFF, 0xFE}):
		return decodeUTF16(b[2:], false), "UTF-16"
	case bytes.HasPrefix(b, []byte{0xFE, 0xFF}):
		return decodeUTF16(b[2:], true), "UTF-16"
	}
	b = bytes.TrimPrefix(b, []byte{0xEF, 0xBB, 0xBF})
	if utf8.Valid(b) {
		return string(b), ""
	}
	// Latin-1: every byte is its own code point. Windows-1252 differs only
	// in 0x80–0x9F (curly quotes), which no template value depends on.
	rs := make([]rune, len(b))
	for i, c := range b {
		rs[i] = rune(c)
	}
	return string(rs), "Latin-1"
}

func decodeUTF16(b []byte, bigEndian bool) string {
	u := make([]uint16, len(b)/2)
	for i := range u {
		if bigEndian {
			u[i] = uint16(b[2*i])<<8 | uint16(b[2*i+1])
		} else {
			u[i] = uint16(b[2*i+1])<<8 | uint16(b[2*i])
		}
	}
	return string(utf16.Decode(u))
}

// sniffComma picks the separator from the header line: the most frequent of
// ',', ';' and TAB outside quotes (ties go to ',').
func sniffComma(text string) rune {
	line, _, _ := strings.Cut(text, "\n")
	counts := map[rune]int{}
	quoted := false
	for _, c := range line {
		switch {
		case c == '"':
			quoted = !quoted
		case !quoted && (c == ',' || c == ';' || c == '\t'):
			counts[c]++
		}
	}
	best := ','
	for _, c := range []rune{';', '\t'} {
		if counts[c] > counts[best] {
			best = c
		}
	}
	return best
}
