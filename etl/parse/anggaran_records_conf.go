package parse

import (
	"regexp"
	"strings"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// Budget lines as the objects of a configuration language, one more machine
// format of machineRecords (anggaran_records.go) read as the .properties
// file is (anggaran_records_kv.go): HOCON / Typesafe config, JSON5 and HJSON
// (bare keys, trailing commas), libconfig (`pagu = 123L;`), UCL, nginx-like
// and HCL blocks (`"3355" { pagu 2318400000; }`, `kegiatan "3355" {`), TOML
// inline tables under a quoted key (`"3355" = { pagu = … }`) and its
// `[anggaran.total]` sections:
//
//	anggaran {
//	  tahun = 2023
//	  total { uraian = "JUMLAH", pagu = 12265350000, … }
//	  baris {
//	    "076.01.WA" { induk = "", uraian = "…", pagu = 3877350000, realisasi = …, sisa = …, serapan = 94.56 }
//
// Every object (on one line or over several; `=`, `:` or a space between a
// name and its value; `,`, `;` or a line break between fields) is a group
// whose id is its key (or its block label), its scalar fields the group's
// fields; an object under a list has no id and must name its kode. A group
// nested in a budget line's object whose own fields name no induk has that
// line as its parent. What proves a line is kvExport's and blkExport's, as
// for the other machine records: the field names only (recRole; a group
// without pagu or realisasi, a web service's `pool { size = 10 }`, is no
// budget line), sisa = pagu − realisasi or the stated percent, the kegiatan
// summing to their program and the programs to the total object (first or
// last). A failing set is reported and left as written.

// confTok is one token of a configuration text: a quoted string ('s'), a
// bare word ('w'), a line break ('n') or one of `{}[](),;=:` (the byte).
type confTok struct {
	kind byte
	s    string
	line int
}

var confTomlHead = regexp.MustCompile(`^\s*\[\[?\s*([A-Za-z0-9_\-."]+)\s*\]\]?\s*$`)

// confLikely: some line of data opens an object under a key (a cheap scan
// of the '{'s, rare in prose), or is a TOML section.
func confLikely(data []byte) bool {
	for i := 0; i < len(data); {
		j := i
		for j < len(data) && data[j] != '\n' {
			j++
		}
		l := data[i:j]
		for k := 0; k < len(l); k++ {
			if l[k] == '{' {
				if confOpener(string(l)) {
					return true
				}
				break
			}
		}
		i = j + 1
	}
	return false
}

// confOpener: the line opens an object, `{` alone or a key (and perhaps a
// block label) before it: `anggaran {`, `"3355" = {`, `kegiatan "3355" {`.
func confOpener(l string) bool {
	toks, _ := confLex([]string{l}, 0, 1)
	n := 0
	for n < len(toks) && toks[n].kind != '{' {
		n++
	}
	if n == len(toks) {
		return false
	}
	switch {
	case n == 0:
		return len(toks) == 2 || len(toks) > 2 && toks[1].kind != '{' // a JSON5 root, not `{{`
	case n == 1:
		return confKey(toks[0])
	case n == 2:
		return confKey(toks[0]) && (toks[1].kind == '=' || toks[1].kind == ':' || toks[1].kind == 's')
	}
	return false
}

// confKey: a token that may name an object, a string or a word opening as an
// identifier; a TeX line (`$$\frac{…}`, `^{*}`) opens with a sign, and would
// otherwise have the whole report lexed as a config.
func confKey(t confTok) bool {
	if t.kind == 's' {
		return true
	}
	if t.kind != 'w' || t.s == "" {
		return false
	}
	c := t.s[0]
	return c == '_' || c >= '0' && c <= '9' || isLetterByte(c)
}

// confLex tokenizes lines[from:to]; the tokens and the line a string left
// open stopped it at (to when none did).
func confLex(lines []string, from, to int) ([]confTok, int) {
	var toks []confTok
	block := false
	for n := from; n < to; n++ {
		l := lines[n]
		for j := 0; j < len(l); j++ {
			c := l[j]
			switch {
			case block:
				if c == '*' && j+1 < len(l) && l[j+1] == '/' {
					block, j = false, j+1
				}
			case c == ' ' || c == '\t' || c == '\r':
			case c == '#' || c == '/' && j+1 < len(l) && l[j+1] == '/':
				j = len(l)
			case c == '/' && j+1 < len(l) && l[j+1] == '*':
				block, j = true, j+1
			case c == '"' || c == '\'':
				var b strings.Builder
				k := j + 1
				for ; k < len(l) && l[k] != c; k++ {
					if l[k] == '\\' && k+1 < len(l) {
						k++
					}
					b.WriteByte(l[k])
				}
				if k >= len(l) {
					return toks, n
				}
				toks = append(toks, confTok{'s', b.String(), n})
				j = k
			case strings.IndexByte("{}[](),;=:", c) >= 0:
				toks = append(toks, confTok{c, string(c), n})
			default:
				k := j
				for k < len(l) && strings.IndexByte(" \t\r{}[](),;=:\"'#", l[k]) < 0 {
					k++
				}
				toks = append(toks, confTok{'w', l[j:k], n})
				j = k - 1
			}
		}
		toks = append(toks, confTok{'n', "", n})
	}
	return toks, to
}

// confParser walks the tokens, gathering one group an object.
type confParser struct {
	toks   []confTok
	p      int
	groups []*kvGroup
}

func (c *confParser) peek() byte {
	if c.p >= len(c.toks) {
		return 0
	}
	return c.toks[c.p].kind
}

// object reads an object's members up to its closer, its fields into g; a
// nested object is a group of its own. False on a malformed object.
func (c *confParser) object(g *kvGroup, closer byte) bool {
	for c.p < len(c.toks) {
		switch c.peek() {
		case 'n', ',', ';':
			c.p++
		case closer:
			c.p++
			return true
		default:
			if !c.member(g) {
				return false
			}
		}
	}
	return false
}

// member reads one `key <sep> value` of g (sep `=`, `:` or none, or a
// block's label: `kegiatan "3355" {`).
func (c *confParser) member(g *kvGroup) bool {
	if k := c.peek(); k != 's' && k != 'w' {
		return false
	}
	key := c.toks[c.p].s
	c.p++
	if k := c.peek(); k == '=' || k == ':' {
		c.p++
	} else if k == 's' && c.p+1 < len(c.toks) && c.toks[c.p+1].kind == '{' {
		key = c.toks[c.p].s
		c.p++
	}
	return c.value(g, key)
}

// value reads the value of g's field key: an object, a list or a scalar.
func (c *confParser) value(g *kvGroup, key string) bool {
	if c.peek() == 'n' && c.p+1 < len(c.toks) && (c.toks[c.p+1].kind == '{' || c.toks[c.p+1].kind == '[') {
		c.p++ // a brace on the next line (Allman style)
	}
	switch c.peek() {
	case '{':
		c.p++
		sub := &kvGroup{id: key}
		c.groups = append(c.groups, sub)
		if !c.object(sub, '}') {
			return false
		}
		confInduk(sub, g)
		return true
	case '[', '(':
		closer := map[byte]byte{'[': ']', '(': ')'}[c.peek()]
		c.p++
		for c.p < len(c.toks) {
			switch c.peek() {
			case 'n', ',', ';':
				c.p++
			case closer:
				c.p++
				return true
			default:
				if !c.value(g, "") {
					return false
				}
			}
		}
		return false
	}
	var words []string
	for c.p < len(c.toks) && (c.peek() == 's' || c.peek() == 'w') {
		words = append(words, c.toks[c.p].s)
		c.p++
	}
	if len(words) == 0 {
		return false
	}
	if key != "" {
		g.keys, g.vals = append(g.keys, key), append(g.vals, confNumber(strings.Join(words, " ")))
	}
	return true
}

// confInduk: a budget line's object nested in another's (`"076.01.WA" {
// …, "3355" { … } }`) has it as its parent unless its fields name one.
func confInduk(sub, parent *kvGroup) {
	if _, ok := programCode(parent.id); !ok || len(parent.id) <= 2 {
		return
	}
	for _, k := range sub.keys {
		if recRole(k) == "induk" {
			return
		}
	}
	sub.keys, sub.vals = append(sub.keys, "induk"), append(sub.vals, parent.id)
}

// confNumber: an integer as the languages write it, libconfig's `123L`,
// TOML's `2_318_400_000`, as plain digits; any other value as written.
func confNumber(v string) string {
	t := strings.TrimSuffix(strings.TrimSuffix(v, "L"), "L")
	t = strings.ReplaceAll(t, "_", "")
	if t == "" || t == v && strings.IndexByte(v, '_') < 0 {
		return v
	}
	for k := 0; k < len(t); k++ {
		if t[k] < '0' || t[k] > '9' {
			return v
		}
	}
	return t
}

// confRead reads the configuration text opening at line i (an object's
// opener or a TOML section): the objects to their balanced close, then more
// top-level objects, sections and one-line settings of one token; the last
// line read, true when rewritten as a budget table.
func confRead(doc *facts.Document, lines []string, i int) (int, bool) {
	toks, _ := confLex(lines, i, min(len(lines), i+1500))
	c := &confParser{toks: toks}
	root := &kvGroup{}
	c.groups = []*kvGroup{root}
	cur := root
	to := i
	for c.p < len(c.toks) {
		t := c.toks[c.p]
		save := c.p
		switch {
		case t.kind == 'n':
			c.p++
			continue
		case t.kind == '[' && confTomlHead.MatchString(lines[t.line]):
			path := strings.Split(strings.ReplaceAll(confTomlHead.FindStringSubmatch(lines[t.line])[1], `"`, ""), ".")
			cur = &kvGroup{id: path[len(path)-1]}
			c.groups = append(c.groups, cur)
			for c.p < len(c.toks) && c.toks[c.p].kind != 'n' {
				c.p++
			}
		case t.kind == '{':
			c.p++
			g := &kvGroup{}
			c.groups = append(c.groups, g)
			if !c.object(g, '}') {
				return i, false
			}
		case t.kind == 's' || t.kind == 'w':
			n, nk := len(c.groups), len(cur.keys)
			if !c.member(cur) {
				if to == i {
					return i, false
				}
				c.p = save
				break
			}
			// a block, or a setting of one token on its line; anything else
			// is prose after the config (`Sumber: SAKTI dan OM-SPAN`)
			if len(c.groups) == n && (c.p-save > 3 || c.toks[c.p-1].line != t.line || c.p < len(c.toks) && c.toks[c.p].kind != 'n') {
				cur.keys, cur.vals = cur.keys[:nk], cur.vals[:nk]
				c.p = save
			}
		}
		if c.p == save {
			break
		}
		to = c.toks[c.p-1].line + 1
	}
	if to == i {
		return i, false
	}
	// one object a line leaves no line for the table's header: the blank
	// lines around the config take it
	from := i
	for to-from <= len(c.groups) && to < len(lines) && strings.TrimSpace(lines[to]) == "" {
		to++
	}
	for to-from <= len(c.groups) && from > 0 && strings.TrimSpace(lines[from-1]) == "" {
		from--
	}
	return kvExport(doc, lines, from, to, c.groups, "berkas konfigurasi anggaran")
}
