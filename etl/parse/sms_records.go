package parse

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// Records sent as formatted messages (an SMS gateway's inbox, a chat bot's
// log): the table's header is given once, by a format line naming the
// fields after a keyword, all parted by one delimiter,
//
//	Format SMS: DPT#NO#KECAMATAN#TPS#L#P
//
//	14/02/2024 09:01:12 | +62812xxx | DPT#1#WAIKABUBAK#40#5120#5388
//
// then each message is one row: the payload after the same keyword and
// delimiter, wherever the line holds it. What stands before the payload
// (the time received, the sender) is the gateway's, no cell of the table.
// smsRecords turns the format line and its messages into one TAB table
// (through exportPlace: line numbers never change), the format's field
// names its header, so the table readers read each column by its name.
// A message whose field count differs from the format's, or two messages
// for one row (the same first field), leave the table as written,
// reported: which cell is which, or which message counts, is not stated.
//
// Cells keep their text: a figure sent without thousands separators is a
// plain integer, a decimal comma reads as anywhere else.

// smsDelims are the delimiters a format line may use: none of them is in a
// figure or a field name.
const smsDelims = "#*;~^"

// smsRecords rewrites the message tables of a text; data itself when it
// holds none. Findings go to doc.
func smsRecords(doc *facts.Document, data []byte, g *textMarks) []byte {
	if !smsLikely(data, g) {
		return data
	}
	lines := strings.Split(string(data), "\n")
	changed := false
	for i := 0; i < len(lines); i++ {
		kw, d, fields, ok := smsFormat(lines[i])
		if !ok {
			continue
		}
		var rows [][]string
		end := i + 1
		bad := ""
		for k := i + 1; k < len(lines); k++ {
			t := strings.TrimSpace(lines[k])
			if t == "" {
				continue
			}
			p := smsPayload(t, kw, d)
			if p == "" {
				break
			}
			cells := strings.Split(p, string(d))
			if len(cells) != len(fields)+1 {
				bad = fmt.Sprintf("pesan baris %d memuat %d kolom, format %d", k+1, len(cells)-1, len(fields))
			}
			for c := range cells {
				cells[c] = strings.TrimSpace(cells[c])
			}
			rows = append(rows, cells[1:])
			end = k + 1
		}
		if len(rows) == 0 {
			continue
		}
		if bad == "" {
			bad = smsTwice(rows)
		}
		if bad != "" {
			doc.Add(facts.Finding{Span: facts.Span{Start: i + 1, End: end}, Aturan: "tabel.tidak_dikenali", Tingkat: facts.Warning,
				Nilai: strings.TrimSpace(lines[i]),
				Pesan: fmt.Sprintf("tabel pesan baris %d-%d tidak dibaca: %s", i+1, end, bad)})
			i = end - 1
			continue
		}
		if exportPlace(lines, i, end, i, "", fields, rows) {
			changed = true
		}
		i = end - 1
	}
	if !changed {
		return data
	}
	return []byte(strings.Join(lines, "\n"))
}

// smsLikely: a cheap look for a format line, on the lines holding its word.
func smsLikely(data []byte, g *textMarks) bool {
	for i, s := range [...]string{"ormat", "ORMAT", "emplate", "EMPLATE"} {
		// a word the text lacks holds no line (the bits in the words' order)
		if g.has(data, mkOrmat<<i) && lineHolds(data, s, func(l []byte) bool {
			if bytes.IndexAny(l, smsDelims) < 0 {
				return false
			}
			_, _, _, ok := smsFormat(string(l))
			return ok
		}) {
			return true
		}
	}
	return false
}

// smsFormat reads a format line ("Format SMS: DPT#NO#KECAMATAN#…",
// "Template pesan: ang*kode*uraian*pagu"): its keyword, its delimiter and
// its field names, underscores read as spaces.
func smsFormat(l string) (string, byte, []string, bool) {
	t := strings.TrimSpace(l)
	c := strings.IndexByte(t, ':')
	if c <= 0 || c > 40 {
		return "", 0, nil, false
	}
	label := strings.ToLower(t[:c])
	if !strings.Contains(label, "format") && !strings.Contains(label, "template") {
		return "", 0, nil, false
	}
	r := strings.TrimSpace(t[c+1:])
	k := strings.IndexAny(r, smsDelims)
	if k < 1 || k > 12 || !smsWord(r[:k]) {
		return "", 0, nil, false
	}
	d := r[k]
	parts := strings.Split(r, string(d))
	if len(parts) < 4 {
		return "", 0, nil, false // a keyword and three fields at least: a table
	}
	fields := make([]string, 0, len(parts)-1)
	for _, f := range parts[1:] {
		f = strings.TrimSpace(strings.ReplaceAll(f, "_", " "))
		if f == "" || strings.ContainsAny(f, smsDelims) || len(f) > 60 {
			return "", 0, nil, false
		}
		fields = append(fields, strings.Join(strings.Fields(f), " "))
	}
	return r[:k], d, fields, true
}

// smsWord: a format's keyword, letters and digits only.
func smsWord(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
			return false
		}
	}
	return s != ""
}

// smsPayload is a message line's payload: from the keyword and its
// delimiter, set off from what precedes it, to the line's end; "" when the
// line holds none.
func smsPayload(t, kw string, d byte) string {
	n := len(kw)
	for k := 0; k+n < len(t); k++ {
		if t[k+n] != d || !strings.EqualFold(t[k:k+n], kw) {
			continue
		}
		if k > 0 {
			if p := t[k-1]; p >= 'a' && p <= 'z' || p >= 'A' && p <= 'Z' || p >= '0' && p <= '9' {
				continue
			}
		}
		return t[k:]
	}
	return ""
}

// smsTwice names a row key two messages send ("" when none does): which of
// the two is the final one is not stated.
func smsTwice(rows [][]string) string {
	seen := make(map[string]bool, len(rows))
	for _, r := range rows {
		k := strings.ToLower(r[0])
		if k == "" || k == "-" {
			continue
		}
		if seen[k] {
			return fmt.Sprintf("dua pesan untuk baris %q", r[0])
		}
		seen[k] = true
	}
	return ""
}
