package parse

import (
	"strings"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// The capaian as a protocol-buffer text-format file (an e-Kinerja
// application's data file, typed again), one message block an indicator:
//
//	# proto-file: kinerja/v1/capaian.proto
//	tahun: 2020
//	indikator {
//	  nomor: 1
//	  nama: "Persentase KPU Kabupaten dalam memutakhirkan Data Pemilih"
//	  satuan: "%"
//	  target: "100,00"
//	  realisasi: "100,00"
//	  capaian_persen: "100,00"
//	}
//
// What textprotoBlocks trusts:
//   - the structure of the text format: `name {` (or `name: {`, `name <`)
//     opens a message closed by its matching brace, nested messages and
//     fields on one or several lines, `key: value` with quoted strings
//     (escapes kept) or bare tokens, `#` comments, `,`/`;` separators;
//   - the roles from the field names' words (cut at `_`): satuan/unit,
//     target, realisasi (realization, actual), capaian (achievement),
//     nama/indikator/name (the indicator), nomor/no/id; a nested message
//     named by a role (`target { nilai: 100 satuan: "%" }`) gives that role
//     its first value field and its unit;
//   - a message whose own fields hold no indicator is a wrapper: its
//     nested messages are read instead;
//   - at least one indicator name starts like an indicator
//     (startsIndicator), so a shop order's `item { … }` gives nothing;
//   - arithmetic: tkEmit proves each record (capaian = realisasi / target
//     × 100 within rounding, a lower-is-better form, a grade pair as
//     written); a record failing is reported and not loaded.
// A run of top-level messages (blank or comment lines between) becomes one
// TAB table over its lines; top-level scalars (`tahun: 2020`) stay text.

// pxTok is one token of the text format and its line.
type pxTok struct {
	s    string
	str  bool // a quoted string (s unquoted)
	line int
}

// pxNode is one message: its name, scalar fields in order, nested messages.
type pxNode struct {
	name   string
	fields [][2]string
	kids   []*pxNode
	line   int
}

// pxMaxLines bounds one top-level message (a window, not the document).
const pxMaxLines = 400

// pxGate: the text may hold a message opened and closed by braces and a
// target field (`target:` or a nested `target {`).
func pxGate(doc *facts.Document, data []byte) bool {
	return docHas(doc, data, " {") && docHas(doc, data, "}") && docHasAny(doc, data, "target", "Target")
}

// pxOpens: line l opens a top-level message, `name {`, `name: {`, `name <`.
func pxOpens(l string) bool {
	t := strings.TrimSpace(l)
	k := 0
	for k < len(t) && (t[k] == '_' || t[k] == '.' || t[k] >= 'a' && t[k] <= 'z' || t[k] >= 'A' && t[k] <= 'Z' || k > 0 && t[k] >= '0' && t[k] <= '9') {
		k++
	}
	if k == 0 {
		return false
	}
	r := strings.TrimLeft(t[k:], " \t")
	r = strings.TrimLeft(strings.TrimPrefix(r, ":"), " \t")
	return strings.HasPrefix(r, "{") || strings.HasPrefix(r, "<")
}

// pxLex tokenizes lines[i:] until the message opened on lines[i] closes;
// the tokens and the line after the close, ok false when it never closes
// within pxMaxLines.
func pxLex(lines []string, i int) ([]pxTok, int, bool) {
	var toks []pxTok
	depth := 0
	for j := i; j < len(lines) && j-i < pxMaxLines; j++ {
		l := lines[j]
		for k := 0; k < len(l); {
			c := l[k]
			switch {
			case c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == ',' || c == ';': // a page break inside a message (a PDF's text) is no token
				k++
			case c == '#':
				k = len(l)
			case c == '{' || c == '<' || c == '}' || c == '>' || c == ':':
				toks = append(toks, pxTok{s: string(c), line: j})
				k++
				if c == '{' || c == '<' {
					depth++
				} else if c == '}' || c == '>' {
					depth--
					if depth == 0 {
						return toks, j + 1, true
					}
					if depth < 0 {
						return nil, j + 1, false
					}
				}
			case c == '"' || c == '\'':
				var b strings.Builder
				m := k + 1
				for m < len(l) && l[m] != c {
					if l[m] == '\\' && m+1 < len(l) {
						m++
					}
					b.WriteByte(l[m])
					m++
				}
				if m >= len(l) {
					return nil, j + 1, false // a string never closed on its line
				}
				toks = append(toks, pxTok{s: b.String(), str: true, line: j})
				k = m + 1
			default:
				m := k
				for m < len(l) && !strings.ContainsRune(" \t\r,;#{}<>:\"'", rune(l[m])) {
					m++
				}
				toks = append(toks, pxTok{s: l[k:m], line: j})
				k = m
			}
		}
	}
	return nil, i + 1, false
}

// pxParse reads one message from toks[p] (its name); the node and the
// position after its close, nil on a malformed message.
func pxParse(toks []pxTok, p int) (*pxNode, int) {
	if p >= len(toks) || toks[p].str {
		return nil, p
	}
	n := &pxNode{name: toks[p].s, line: toks[p].line}
	p++
	if p < len(toks) && toks[p].s == ":" && !toks[p].str {
		p++
	}
	if p >= len(toks) || toks[p].str || toks[p].s != "{" && toks[p].s != "<" {
		return nil, p
	}
	p++
	for p < len(toks) {
		t := toks[p]
		if !t.str && (t.s == "}" || t.s == ">") {
			return n, p + 1
		}
		if t.str || t.s == ":" || t.s == "{" || t.s == "<" {
			return nil, p
		}
		if p+1 >= len(toks) {
			return nil, p
		}
		nx := toks[p+1]
		if !nx.str && (nx.s == "{" || nx.s == "<") ||
			!nx.str && nx.s == ":" && p+2 < len(toks) && !toks[p+2].str && (toks[p+2].s == "{" || toks[p+2].s == "<") {
			kid, q := pxParse(toks, p)
			if kid == nil {
				return nil, q
			}
			n.kids = append(n.kids, kid)
			p = q
			continue
		}
		if nx.str || nx.s != ":" || p+2 >= len(toks) {
			return nil, p
		}
		v := toks[p+2]
		if !v.str && strings.ContainsAny(v.s, "{}<>:") {
			return nil, p
		}
		n.fields = append(n.fields, [2]string{t.s, v.s})
		p += 3
		// adjacent quoted strings concatenate in the text format.
		for v.str && p < len(toks) && toks[p].str {
			n.fields[len(n.fields)-1][1] += toks[p].s
			p++
		}
	}
	return nil, p
}

// pxRole: a field name's role by its words: 'u' satuan, 't' target,
// 'r' realisasi, 'c' capaian, 'n' the indicator, '#' its number.
func pxRole(key string) byte {
	ws := strings.FieldsFunc(strings.ToLower(key), func(r rune) bool { return r == '_' || r == '.' || r == '-' })
	has := func(set ...string) bool {
		for _, w := range ws {
			for _, s := range set {
				if w == s {
					return true
				}
			}
		}
		return false
	}
	switch {
	case has("satuan", "unit", "units"):
		return 'u'
	case has("target", "sasaran_target"):
		return 't'
	case has("realisasi", "realization", "realisation", "actual"):
		return 'r'
	case has("capaian", "achievement", "attainment"):
		return 'c'
	case has("nama", "indikator", "indicator", "name", "uraian"):
		return 'n'
	case has("nomor", "no", "id", "urutan", "number"):
		return '#'
	}
	return 0
}

// pxRecord fills a record from a message's fields (and role-named nested
// messages); why when the roles do not fit, ok false when the message
// holds no indicator at all (a wrapper or another kind).
func pxRecord(nd *pxNode, n int) (*frRecord, string, bool) {
	rec := &frRecord{n: n, line: nd.line + 1}
	why := ""
	set := func(role byte, v string) {
		switch role {
		case 'u':
			if rec.unit != "" && rec.unit != v {
				why = "satuan dua kali"
			}
			rec.unit = v
		case 't', 'r', 'c':
			p, has := &rec.t, &rec.hasT
			if role == 'r' {
				p, has = &rec.r, &rec.hasR
			} else if role == 'c' {
				p, has = &rec.c, &rec.hasC
			}
			if *has {
				why = "nilai dua kali"
			}
			*p, *has = v, true
		case 'n':
			if rec.name != "" {
				why = "nama dua kali"
			}
			rec.name = gkName(v)
		}
	}
	for _, f := range nd.fields {
		set(pxRole(f[0]), strings.TrimSpace(f[1]))
	}
	for _, k := range nd.kids {
		role := pxRole(k.name)
		if role != 't' && role != 'r' && role != 'c' {
			continue
		}
		got := false
		for _, f := range k.fields {
			switch fr := pxRole(f[0]); {
			case fr == 'u':
				set('u', strings.TrimSpace(f[1]))
			case !got && fr != 'n' && fr != '#':
				set(role, strings.TrimSpace(f[1]))
				got = true
			}
		}
	}
	if rec.name == "" || !rec.hasT && !rec.hasR {
		return nil, "", false
	}
	if why == "" && (!rec.hasT || !rec.hasR) {
		why = "blok tanpa target atau realisasi"
	}
	if why == "" && !startsIndicator(rec.name) {
		why = "nama blok bukan indikator"
	}
	return rec, why, true
}

// pxCollect gathers the records of a message, or of its nested messages
// when it is a wrapper (bounded by the message's own tokens).
func pxCollect(nd *pxNode, depth int, n *int, out *[]tkRead, named *int) {
	*n++
	if rec, why, ok := pxRecord(nd, *n); ok {
		if why == "" {
			*named++
		}
		*out = append(*out, tkRead{rec, why, nd.line + 1})
		return
	}
	*n--
	if depth >= 4 {
		return
	}
	for _, k := range nd.kids {
		pxCollect(k, depth+1, n, out, named)
	}
}

// textprotoBlocks rewrites each run of text-format messages holding
// indicators as one TAB table; data itself when it holds none.
func textprotoBlocks(doc *facts.Document, data []byte) []byte {
	if !pxGate(doc, data) {
		return data
	}
	lines := strings.Split(string(data), "\n")
	changed := false
	for i := 0; i < len(lines); i++ {
		if !pxOpens(lines[i]) {
			continue
		}
		from, to := i, i+1
		var recs []tkRead
		named, n := 0, 0
		for i < len(lines) && pxOpens(lines[i]) {
			toks, end, ok := pxLex(lines, i)
			if !ok {
				break
			}
			nd, p := pxParse(toks, 0)
			if nd == nil || p != len(toks) {
				break
			}
			pxCollect(nd, 0, &n, &recs, &named)
			to = end
			// the next message: after blank or comment lines.
			i = end
			for i < len(lines) && i-end < 4 {
				t := strings.TrimSpace(lines[i])
				if t != "" && !strings.HasPrefix(t, "#") {
					break
				}
				i++
			}
		}
		i = to - 1
		if named == 0 {
			continue // a shop order, a configuration file
		}
		if tkEmit(doc, lines, from, to, recs, "blok textproto") {
			changed = true
		}
	}
	if !changed {
		return data
	}
	return []byte(strings.Join(lines, "\n"))
}
