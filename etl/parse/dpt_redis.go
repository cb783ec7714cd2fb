package parse

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// A DPT typed again from a key-value store's session (redis-cli on the
// data operator's cache server): one hash a place, read with HGETALL (or
// HMGET naming its fields), the reply's field names and values on
// alternating lines, numbered by the client or not:
//
//	10.53.21.5:6379> HGETALL dpt:pilkada2020:kec:01
//	 1) "kecamatan"
//	 2) "MALAKA TENGAH"
//	 3) "laki"
//	 4) "6.503"
//	 5) "perempuan"
//	 6) "6.997"
//	 7) "jumlah"
//	 8) "13.500"
//	10.53.21.5:6379> HGETALL dpt:pilkada2020:kab
//	 …
//
// Read as prose nothing loads. kvReplies pairs each field with its value
// by the reply's order (HGETALL: field, value, field, value; HMGET: the
// command's fields, the values in turn), the numbering checked to run 1, 2,
// 3 … without a gap. A field's role comes from its words (progDashRole:
// desa, tps, laki/l/pria, perempuan/p/wanita, jumlah/total/dpt/pemilih);
// a field of no role (kode, stok) gives nothing. The place is the value
// of a name field (kecamatan, wilayah, nama, kabupaten, kota) or else the
// key's last segment when it is a word (`…:kec:malaka_tengah`,
// underscores and dashes as spaces); a hash whose name field is the
// kabupaten's (kabupaten, kab, kota) or whose key ends in a whole's word
// (kab, kabupaten, total, semua) is the kabupaten's whole. Every hash must
// give L, P and the total (a shop's stock per kecamatan gives none);
// labelTable proves each by L + P = total and the whole's by the sums of
// the places', and vertWrite writes the hashes as one TAB table in place,
// so the DPT reader reads them under the caption above, the election from
// the caption or the sentence as for any table.

// kvReplies rewrites every run of hash replies in data as a TAB table.
// The gate is the command's word, looked up through the doc's index.
func kvReplies(doc *facts.Document, data []byte) []byte {
	if !docHasAny(doc, data, "HGETALL", "hgetall", "HMGET", "hmget") {
		return data
	}
	lines := strings.Split(string(data), "\n")
	var tables []vertTable
	for i := 0; i < len(lines); i++ {
		if _, _, _, ok := kvCommand(lines[i]); !ok {
			continue
		}
		t, end, ok := kvRun(doc, lines, i)
		if ok {
			tables = append(tables, t)
		}
		i = max(i, end-1)
	}
	return vertWrite(doc, data, lines, tables)
}

// kvPrompt: a token is a client's prompt (`10.53.21.5:6379>`, `redis>`,
// `127.0.0.1:6379[2]>`).
func kvPrompt(tok string) bool {
	return len(tok) > 1 && strings.HasSuffix(tok, ">") && !strings.ContainsAny(tok, "\"'")
}

// kvCommand reads a hash read command line: the verb (HGETALL or HMGET),
// the key and the fields named (HMGET). The verb is the line's first token
// or the one after a prompt (of one token or two).
func kvCommand(l string) (verb, key string, fields []string, ok bool) {
	if !strings.Contains(l, "GET") && !strings.Contains(l, "get") {
		return "", "", nil, false // most lines: no split
	}
	f := strings.Fields(l)
	if len(f) > 0 && kvPrompt(f[0]) {
		f = f[1:]
	} else if len(f) > 1 && kvPrompt(f[1]) {
		f = f[2:] // an older client's `redis 127.0.0.1:6379>`
	}
	if len(f) < 2 {
		return "", "", nil, false
	}
	switch v := strings.ToUpper(f[0]); {
	case v == "HGETALL" && len(f) == 2:
		return v, f[1], nil, true
	case v == "HMGET" && len(f) >= 3:
		return v, f[1], f[2:], true
	}
	return "", "", nil, false
}

// kvOtherCommand: a prompt line of another command (QUIT, SELECT, KEYS):
// it closes the hash read before it.
func kvOtherCommand(l string) bool {
	f := strings.Fields(l)
	return len(f) > 0 && kvPrompt(f[0])
}

// reKVReply is one reply line: `n) "text"`, `n) text`, `"text"`, `(nil)`.
var reKVReply = regexp.MustCompile(`^\s*(?:(\d{1,3})\)\s+)?("(?:[^"\\]|\\.)*"|\(nil\)|[^\s"()][^"]*)\s*$`)

// kvReply reads a reply line: its number (0 when none), its text, whether
// the value is nil, whether the line is one. A bare line is a reply only
// when numbered (an unnumbered reply is quoted).
func kvReply(l string) (n int, text string, null, ok bool) {
	m := reKVReply.FindStringSubmatch(l)
	if m == nil {
		return 0, "", false, false
	}
	if m[1] != "" {
		fmt.Sscan(m[1], &n)
	}
	v := m[2]
	switch {
	case v == "(nil)":
		return n, "", true, true
	case strings.HasPrefix(v, `"`):
		return n, strings.ReplaceAll(v[1:len(v)-1], `\"`, `"`), false, true
	case n > 0:
		return n, strings.TrimSpace(v), false, true
	}
	return 0, "", false, false
}

// kvHash is one command and its reply.
type kvHash struct {
	verb, key string
	fields    []string
	items     []string
	nulls     []bool
	line      int
	numbered  bool // the client numbers the reply's lines
	bad       bool // numbering broken
}

// kvRun reads the hash reads from the command line lines[from] on: the
// table, the line after the run, whether it stands.
func kvRun(doc *facts.Document, lines []string, from int) (vertTable, int, bool) {
	t := vertTable{from: from, to: from + 1}
	var hashes []kvHash
	var cur *kvHash
	k := from
	for ; k < len(lines); k++ {
		l := strings.TrimRight(lines[k], "\r\f")
		if verb, key, fields, ok := kvCommand(l); ok {
			hashes = append(hashes, kvHash{verb: verb, key: key, fields: fields, line: k})
			cur = &hashes[len(hashes)-1]
			t.to = k + 1
			continue
		}
		if j := kvPageBreak(lines, k); j > k {
			k = j - 1 // the session runs on over the page's foot
			continue
		}
		if strings.TrimSpace(l) == "" {
			if cur != nil && len(cur.items) > 0 {
				cur = nil // a blank line ends a reply
			}
			continue
		}
		if n, text, null, ok := kvReply(l); ok && cur != nil {
			if len(cur.items) == 0 {
				cur.numbered = n > 0
			}
			if cur.numbered && n != len(cur.items)+1 || !cur.numbered && n > 0 {
				cur.bad = true // a gap, a line of another reply
			}
			cur.items = append(cur.items, text)
			cur.nulls = append(cur.nulls, null)
			t.to = k + 1
			continue
		}
		if kvOtherCommand(l) || strings.TrimSpace(l) == "OK" {
			cur = nil
			t.to = k + 1
			continue
		}
		break
	}
	if len(hashes) < 2 || !kvDPTContext(lines, from, hashes) {
		return t, max(k, from+1), false
	}
	var all []label
	for _, h := range hashes {
		l, ok := kvLabel(doc, h)
		if !ok {
			return t, max(k, from+1), false // a hash of no voter count: no DPT
		}
		all = append(all, l)
	}
	return labelTable(doc, t, all, "hash")
}

// kvPageBreak is the line after a page break met at lines[k]: blank lines
// and lone page numbers around a form feed (the PDF's next page): the
// first line of text after it; k itself when there is none. The reply's numbering, checked
// on, proves the lines join.
func kvPageBreak(lines []string, k int) int {
	ff := false
	for j := k; j < len(lines) && j < k+16; j++ {
		l := lines[j]
		if strings.HasPrefix(l, "\f") {
			ff = true
		}
		t := strings.TrimSpace(l)
		if t != "" && (len(t) > 4 || strings.Trim(t, "0123456789") != "") {
			if ff && j > k {
				return j
			}
			return k
		}
	}
	return k
}

// kvDPTContext: the keys or the lines just above the session speak of
// voters (dpt, pemilih): a store's hashes of other things are no roll.
func kvDPTContext(lines []string, from int, hashes []kvHash) bool {
	for _, h := range hashes {
		k := strings.ToLower(h.key)
		if strings.Contains(k, "dpt") || strings.Contains(k, "pemilih") {
			return true
		}
	}
	for k := max(0, from-8); k < from; k++ {
		l := strings.ToLower(lines[k])
		if strings.Contains(l, "dpt") || strings.Contains(l, "pemilih") {
			return true
		}
	}
	return false
}

// kvLabel reads one hash as a label: its place and counts; false when it
// gives no L, P and total (or a count twice with two figures, a broken
// numbering: then with a finding).
func kvLabel(doc *facts.Document, h kvHash) (label, bool) {
	l := label{line: h.line}
	var names, values []string
	var nulls []bool
	switch h.verb {
	case "HGETALL":
		if len(h.items)%2 != 0 {
			return l, false
		}
		for j := 0; j+1 < len(h.items); j += 2 {
			names = append(names, h.items[j])
			values = append(values, h.items[j+1])
			nulls = append(nulls, h.nulls[j] || h.nulls[j+1])
		}
	case "HMGET":
		if len(h.items) != len(h.fields) {
			return l, false
		}
		names, values, nulls = h.fields, h.items, h.nulls
	}
	if h.bad {
		doc.Add(facts.Finding{Span: facts.Span{Start: h.line + 1, End: h.line + 1 + len(h.items)}, Aturan: "tabel.baris_tidak_dikenali", Tingkat: facts.Warning,
			Pesan: fmt.Sprintf("hash %q baris %d: nomor balasan tidak urut; tidak dibaca", h.key, h.line+1)})
		return l, false
	}
	whole := false
	title := ""
	for j, name := range names {
		if nulls[j] {
			continue
		}
		nm := strings.ToLower(strings.TrimSpace(name))
		v := strings.TrimSpace(values[j])
		switch nm {
		case "kecamatan", "kec", "wilayah", "nama", "name", "distrik", "ppk", "nama_kecamatan", "nama_wilayah":
			if hasLetter(v) {
				title = v
			}
			continue
		case "kabupaten", "kab", "kota", "nama_kabupaten":
			if hasLetter(v) {
				title, whole = v, true
			}
			continue
		}
		r, done := progDashRole(strings.NewReplacer("_", " ", ".", " ", ":", " ").Replace(name))
		if r < 0 || done || !reProgDashFig.MatchString(v) || len(v) > 13 {
			continue // a field of no count (kode, stok, a date)
		}
		var n int64
		for _, c := range v {
			if c != '.' {
				n = n*10 + int64(c-'0')
			}
		}
		if l.has[r] && l.n[r] != n {
			doc.Add(facts.Finding{Span: facts.Span{Start: h.line + 1, End: h.line + 1 + len(h.items)}, Aturan: "tabel.baris_tidak_dikenali", Tingkat: facts.Warning,
				Pesan: fmt.Sprintf("hash %q baris %d: satu hitungan dengan dua angka berbeda; tidak dibaca", h.key, h.line+1)})
			return l, false
		}
		l.has[r], l.n[r], l.vals[r] = true, n, v
	}
	if !l.has[labelL] || !l.has[labelP] || !l.has[labelTotal] {
		return l, false
	}
	segs := strings.FieldsFunc(h.key, func(r rune) bool { return r == ':' || r == '/' })
	last := ""
	if len(segs) > 0 {
		last = strings.ToLower(segs[len(segs)-1])
	}
	switch last {
	case "kab", "kabupaten", "total", "semua", "jumlah", "all", "rekap":
		whole = true
	}
	if title == "" && !whole && hasLetter(last) && !strings.ContainsAny(last, "{}*") {
		title = strings.ToUpper(strings.Join(strings.FieldsFunc(last, func(r rune) bool { return r == '_' || r == '-' }), " "))
	}
	if title == "" && !whole {
		return l, false
	}
	if whole {
		// the DPT reader knows a whole by its first word
		switch {
		case title == "":
			title = "Jumlah"
		case !labelWhole(title):
			title = "Kabupaten " + title
		}
	} else {
		l.area = true
	}
	l.title = title
	return l, true
}
