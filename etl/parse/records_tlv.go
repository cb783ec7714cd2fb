package parse

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// The same records as tag-length-value lines (a TLV dump, a netstring-like
// export with names): one record a line, its fields `NAME:len:value`
// parted by blanks, ',' or ';':
//
//	KEC:4:ALOK L:5:7.210 P:5:7.305 JML:6:14.515
//
// A value is read by its length as in ADIF; a line whose fields do not all
// fit is a broken record and loads nothing. Such lines in a row are read as
// the ADIF records are (adifTable).

// tlvRecords rewrites the runs of TLV record lines as TAB tables; data
// itself when it holds none.
func tlvRecords(doc *facts.Document, data []byte) []byte {
	if !tlvLikely(data) {
		return data
	}
	lines := strings.Split(string(data), "\n")
	var tables []vertTable
	for i := 0; i < len(lines); i++ {
		if !tlvStart(strings.TrimSpace(lines[i])) {
			continue // a run may open with a broken record
		}
		var recs [][]adifField
		var at, broken []int
		lost, end := false, i
		for j := i; j < len(lines); j++ {
			l := strings.TrimSpace(lines[j])
			if l == "" {
				continue
			}
			r, ok := tlvLine(l)
			if !ok && !tlvStart(l) {
				break
			}
			if !ok {
				lost, broken = true, append(broken, j)
			} else {
				recs, at = append(recs, r), append(at, j)
			}
			end = j + 1
		}
		from, to := adifHead(lines, i), end // room for the header row: the blank lines around
		if to < len(lines) && strings.TrimSpace(lines[to]) == "" {
			to++
		}
		if t, ok := adifTable(vertTable{from: from, to: to}, recs, at, lost); ok {
			tables = append(tables, t)
			for _, j := range broken { // told only of a table's records: a lone line is no record
				doc.Add(facts.Finding{Span: facts.Span{Start: j + 1, End: j + 1}, Aturan: "tabel.tidak_dikenali",
					Tingkat: facts.Warning, Pesan: "rekaman TLV: panjang isian tidak cocok; rekaman tidak dimuat"})
			}
		}
		i = max(i, end-1)
	}
	return vertWrite(doc, data, lines, tables)
}

// tlvLikely: a cheap look for a line opening `NAME:digits:`.
func tlvLikely(data []byte) bool {
	for i := 0; i < len(data); i++ {
		if i > 0 && data[i-1] != '\n' {
			continue
		}
		w := data[i:min(len(data), i+40)]
		// a byte test first: a line opening "NAME:" + digit is rare, and a
		// string of every line's head cost real reports 0.8 B/byte
		k := bytes.IndexByte(w, ':')
		if k < 1 || k+1 >= len(w) || w[k+1] < '0' || w[k+1] > '9' {
			continue
		}
		if tlvStart(string(w)) {
			return true
		}
	}
	return false
}

// tlvStart: s opens with a field tag `NAME:digits:`.
func tlvStart(s string) bool {
	k := strings.IndexByte(s, ':')
	if k < 1 || !identifier(s[:k]) {
		return false
	}
	d := k + 1
	for d < len(s) && s[d] >= '0' && s[d] <= '9' {
		d++
	}
	return d > k+1 && d < len(s) && s[d] == ':'
}

// tlvLine reads a line wholly made of two fields or more; false when a
// field's length does not fit or other text stands between fields.
func tlvLine(l string) ([]adifField, bool) {
	var out []adifField
	for p := 0; p < len(l); {
		for p < len(l) && strings.IndexByte(" \t,;", l[p]) >= 0 {
			p++
		}
		if p == len(l) {
			break
		}
		if !tlvStart(l[p:]) {
			return nil, false
		}
		k := p + strings.IndexByte(l[p:], ':')
		d := k + 1 + strings.IndexByte(l[k+1:], ':')
		n, q := 0, d+1
		for _, c := range l[k+1 : d] {
			n = n*10 + int(c-'0')
		}
		for m := 0; m < n; m++ {
			if q >= len(l) {
				return nil, false
			}
			_, w := utf8.DecodeRuneInString(l[q:])
			q += w
		}
		v := l[d+1 : q]
		if strings.TrimSpace(v) != v || q < len(l) && strings.IndexByte(" \t,;", l[q]) < 0 {
			return nil, false
		}
		out = append(out, adifField{strings.ToUpper(l[p:k]), v})
		p = q
	}
	return out, len(out) >= 2
}
