package parse

import (
	"net/url"
	"regexp"
	"strings"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// The budget typed again as a machine format, one budget line a record whose
// fields are named. Two kinds are read:
//
// A graph source (Graphviz DOT, a mermaid flowchart): one node a budget line,
// its label's fields parted by '|' (DOT records, braces flipping the layout)
// or a line break (`\n`, `\l`, `<br/>`): the first field the code and the
// name (or JUMLAH/TOTAL, the total), each other field a role word and its
// value (`pagu 1.000.000`, `serapan 95,97%`); the edges `"a" -> "b"` (or
// `a --> b`) name the parent of each node:
//
//	digraph anggaran_2021 {
//	  "TOTAL" [label="{JUMLAH|pagu 3.214.600.000|realisasi …|sisa …|serapan 95,97%}"];
//	  "076.01.WA" [label="{076.01.WA Program Dukungan Manajemen|pagu …|…}"];
//	  "TOTAL" -> "076.01.WA";
//	  "076.01.WA" -> "3355";
//	}
//
// A form-urlencoded record (an HTTP body, a query string in a logged URL):
// one line `kode=3355&uraian=Pengelolaan+Keuangan&pagu=…&realisasi=…&sisa=…&serapan=…`,
// decoded as the format defines (`+` a space, `%xx` a byte); `kode=TOTAL`
// (or no code and the name JUMLAH) the total; `induk=` the parent.
//
// What it trusts: the field names only (pagu, realisasi, sisa, serapan and
// their plain synonyms); a node or line without both pagu and realisasi is no
// budget line, and a budget line carrying a figure under a name it does not
// know fails the set. Every record is proven as anggaran_blocks.go's are
// (blkExport: sisa = pagu − realisasi, the percent, the kegiatan summing to
// their program and the programs to the total) and the set is rewritten as one
// TAB budget table; a failing set is reported and left as written. The graph
// settings, node ids, the request line and the headers are no facts.

var (
	recDotStart = regexp.MustCompile(`^\s*(?:strict\s+)?(?:di)?graph\b[^{]*\{\s*$`)
	recMmdStart = regexp.MustCompile(`^\s*(?:flowchart|graph)\s+(?:TD|TB|LR|RL|BT)\s*;?\s*$`)
	recDotNode  = regexp.MustCompile(`^\s*("(?:[^"\\]|\\.)*"|[A-Za-z0-9_.]+)\s*\[(.*)\]\s*;?\s*$`)
	recDotLabel = regexp.MustCompile(`\blabel\s*=\s*"((?:[^"\\]|\\.)*)"`)
	recMmdNode  = regexp.MustCompile(`^\s*([A-Za-z0-9_.]+)\s*(?:\[\[|\[\(|\(\[|\(\(|\[|\(|\{)"?(.*?)"?(?:\]\]|\)\]|\]\)|\)\)|\]|\)|\})\s*;?\s*$`)
	recEdge     = regexp.MustCompile(`^\s*("(?:[^"\\]|\\.)*"|[A-Za-z0-9_.]+)\s*(?:->|-->|==>|---)\s*("(?:[^"\\]|\\.)*"|[A-Za-z0-9_.]+)\s*(?:\[.*\])?\s*;?\s*$`)
	recBreak    = regexp.MustCompile(`\\[nlr]|<br\s*/?>|\|`)
	recPort     = regexp.MustCompile(`<[A-Za-z0-9_]+>\s*`)
	recFieldVal = regexp.MustCompile(`^([A-Za-z_ ]+?)\s*[:=]?\s*(?:(?i:rp)\.?\s*)?(\d[\d.,]*)\s*(%?)$`)
	recAmount   = regexp.MustCompile(`^(?:\d{1,3}(?:\.\d{3})+|\d+)$`)
	recPercent  = regexp.MustCompile(`^\d{1,3}(?:[.,]\d+)?$`)
	recDigit    = regexp.MustCompile(`\d`)
)

// machineRecords: a DOT record label or a mermaid line break carries the
// labels; a form body names `&pagu=`; a Firestore view `(number)`, a
// .properties file `.pagu=`; a PlantUML diagram `@startwbs`. Rare marks, answered from the index;
// a configuration file's objects, a keyed '{' found by a byte scan.
func machineRecords(doc *facts.Document, data []byte) []byte {
	graph := docHasAny(doc, data, "label=\"", "<br/>", "<br>")
	form := docHasAny(doc, data, "&pagu=", "&realisasi=", "?pagu=")
	// a Firestore view types its numbers; a .properties key ends in .pagu
	// (anggaran_records_kv.go)
	fs := docHasAny(doc, data, "(number)")
	props := docHasAny(doc, data, ".pagu=", ".pagu =")
	// a PlantUML WBS or mind map, the depth of a node its level
	// (anggaran_records_wbs.go)
	wbs := docHasAny(doc, data, "@startwbs", "@startmindmap")
	// a script's indexed assignments: ang.1.pagu = …; PAGU(1) = …; pagu[1]=…
	// (anggaran_records_assign.go)
	assign := props || docHasAny(doc, data, "pagu(", "PAGU(", "Pagu(", "pagu[", "PAGU[", "pagu\"]", "pagu']",
		"pagu\",", "pagu',", "_pagu=", "_pagu =", "_PAGU=", "_PAGU =", "PAGU$(", "PAGU#(", "PAGU%(", ".PAGU =", ".PAGU=",
		"APPEND BLANK", "append blank", "Append Blank", ".AddNew", ".addnew", ".ADDNEW", "TO PAGU", "to pagu", "-PAGU")
	// a configuration language's objects, a '{' opening a keyed object
	// (anggaran_records_conf.go)
	conf := docHasAny(doc, data, "pagu", "alokasi") && confLikely(data)
	// scanned QR/barcode texts, delimited payloads with named figures:
	// KPU-ANG|2024|3355|…|PAGU=…|REAL=… (anggaran_records_payload.go)
	// or a key glossing foreign names: `R (realisasi)`
	pay := docHasAny(doc, data, "|PAGU=", "|pagu=", "|Pagu=", ";PAGU=", ";pagu=", "^PAGU=", "^pagu=", "~PAGU=", "~pagu=",
		"| PAGU=", "; PAGU=", "; pagu=", "REAL=", "realisasi=", "(realisasi)")
	if !graph && !form && !fs && !props && !wbs && !assign && !conf && !pay {
		return data
	}
	lines := strings.Split(string(data), "\n")
	changed := false
	asgSkip := -1 // the last line of a script run found no budget
	for i := 0; i < len(lines); i++ {
		end, ok := -1, false
		l := lines[i]
		if assign && i > asgSkip && (strings.IndexByte(l, '=') > 0 || stmtBoundary(l) || stmtLine(l) != nil) {
			var claimed bool
			if end, ok, claimed, asgSkip = assignRead(doc, lines, i); claimed {
				changed = changed || ok
				i = max(i, end)
				continue
			}
		}
		if pay && strings.Contains(l, "=") && strings.ContainsAny(l, payDelims) {
			if _, _, _, is := payLine(l); is {
				end, ok = payRead(doc, lines, i)
				changed = changed || ok
				i = max(i, end)
				continue
			}
		}
		if wbs && wbsStartLine(l) {
			end, ok = wbsRead(doc, lines, i)
		} else if graph && recGraphHead(l) && (recDotStart.MatchString(l) || recMmdStart.MatchString(l)) {
			end, ok = graphRead(doc, lines, i)
		} else if form && strings.IndexByte(l, '&') >= 0 {
			if _, is := formRecord(l); is {
				end, ok = formRead(doc, lines, i)
			}
		} else if fs && kvFsStart(lines, i) {
			end, ok = firestoreRead(doc, lines, i)
		} else if props && strings.IndexByte(l, '=') > 0 && recPropKV.MatchString(l) {
			end, ok = propsRead(doc, lines, i)
		} else if conf && (strings.IndexByte(l, '{') >= 0 && confOpener(l) || confTomlHead.MatchString(l)) {
			end, ok = confRead(doc, lines, i)
		}
		changed = changed || ok
		i = max(i, end)
	}
	if !changed {
		return data
	}
	return []byte(strings.Join(lines, "\n"))
}

// recGraphHead: the line may open a graph source (a cheap test before the
// patterns).
func recGraphHead(l string) bool {
	t := strings.TrimLeft(l, " \t")
	for _, w := range []string{"digraph", "graph", "strict", "flowchart"} {
		if strings.HasPrefix(t, w) {
			return true
		}
	}
	return false
}

// recRole: the role a field name gives ("pagu", "real", "sisa", "sera",
// "code", "name", "induk"), "" for a name it does not know.
func recRole(k string) string {
	k = strings.ToLower(strings.Trim(strings.TrimSpace(k), "_-"))
	k = strings.NewReplacer("_", " ", "-", " ").Replace(k)
	switch k {
	case "pagu", "pagu revisi", "alokasi", "anggaran":
		return "pagu"
	case "realisasi", "real":
		return "real"
	case "sisa", "sisa anggaran", "sisa pagu":
		return "sisa"
	case "serapan", "persen", "persentase", "serapan persen", "realisasi persen":
		return "sera"
	case "kode", "kd", "code", "kode akun":
		return "code"
	case "uraian", "nama", "name", "program kegiatan":
		return "name"
	case "induk", "kode induk", "parent":
		return "induk"
	}
	return ""
}

// recAmountOf: an amount as hierRupiah reads it (a plain integer gets its
// thousands dots), false when it is no rupiah amount.
func recAmountOf(v string) (string, bool) {
	v = strings.TrimSpace(v)
	if len(v) > 2 && strings.EqualFold(v[:2], "rp") {
		v = strings.TrimLeft(v[2:], ". ")
	}
	v = strings.TrimSuffix(strings.TrimSuffix(v, ",00"), ",-")
	if !recAmount.MatchString(v) {
		return "", false
	}
	if strings.IndexByte(v, '.') < 0 && len(v) > 3 {
		var b []byte
		for k := 0; k < len(v); k++ {
			if k > 0 && (len(v)-k)%3 == 0 {
				b = append(b, '.')
			}
			b = append(b, v[k])
		}
		v = string(b)
	}
	return v, true
}

// recSet puts a named value into the record; a reason when it may not.
func recSet(c *abreastRec, role, v string) string {
	switch role {
	case "pagu", "real", "sisa":
		a, ok := recAmountOf(v)
		if !ok {
			return role + " " + v + " bukan angka rupiah"
		}
		slot := map[string]*string{"pagu": &c.pagu, "real": &c.real, "sisa": &c.sisa}[role]
		if *slot != "" {
			return role + " dua kali"
		}
		*slot = a
	case "sera":
		p := strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "%"))
		if !recPercent.MatchString(p) || c.sera != "" {
			return "serapan " + v + " tidak dikenali"
		}
		c.sera = p
	case "code":
		c.code = strings.TrimSpace(v)
	case "name":
		c.name = strings.Join(strings.Fields(v), " ")
	case "induk":
		c.induk = strings.TrimSpace(v)
	default:
		if recDigit.MatchString(v) {
			return "medan " + v + " tidak dikenal"
		}
	}
	return ""
}

// recFinish decides the record's code or total once its fields are read;
// false when it is no budget line (no code, no total's name).
func recFinish(c *abreastRec) bool {
	switch {
	case hierTotal.MatchString(c.code) || (c.code == "" && hierTotal.MatchString(c.name)):
		c.total, c.code, c.name = true, "", "TOTAL"
	case passbookCode(c.code):
	default:
		return false
	}
	return true
}

// formRecord reads one form-urlencoded line (the whole line, or the query
// of a URL on it); ok false when the line names neither pagu nor realisasi.
// rec nil with ok true: a budget-like line that fails (why in name).
func formRecord(l string) (*abreastRec, bool) {
	t := strings.TrimSpace(l)
	if strings.ContainsAny(t, " \t") {
		// a logged URL: its query, the field holding '?'
		t = ""
		for _, f := range strings.Fields(l) {
			if q := strings.IndexByte(f, '?'); q >= 0 && strings.IndexByte(f, '&') > q {
				t = f[q+1:]
				break
			}
		}
	}
	if t == "" || strings.Count(t, "&") < 2 {
		return nil, false
	}
	seen := map[string]bool{}
	parts := strings.Split(t, "&")
	for _, p := range parts {
		k, _, ok := strings.Cut(p, "=")
		if !ok {
			return nil, false
		}
		seen[recRole(k)] = true
	}
	if !seen["pagu"] || !seen["real"] {
		return nil, false
	}
	c := &abreastRec{}
	for _, p := range parts {
		k, v, _ := strings.Cut(p, "=")
		dk, err1 := url.QueryUnescape(k)
		dv, err2 := url.QueryUnescape(v)
		if err1 != nil || err2 != nil {
			return nil, true
		}
		if why := recSet(c, recRole(dk), dv); why != "" {
			return nil, true
		}
	}
	if !recFinish(c) {
		return nil, true
	}
	return c, true
}

// formRead reads the run of form records from line i; the last line read,
// true when rewritten as a budget table.
func formRead(doc *facts.Document, lines []string, i int) (int, bool) {
	var recs []*abreastRec
	j := i
	for ; j < len(lines) && j < i+500; j++ {
		c, is := formRecord(lines[j])
		if !is {
			break
		}
		if c == nil {
			doc.Add(facts.Finding{Span: facts.Span{Start: j + 1, End: j + 1}, Aturan: "tabel.tidak_dikenali", Tingkat: facts.Warning,
				Pesan: "rekaman anggaran berformat mesin: baris " + strings.TrimSpace(lines[j]) + " tidak dikenali; tidak dimuat sebagai anggaran"})
			return j, false
		}
		recs = append(recs, c)
	}
	// room for the table's header: the request and headers above the body
	// (lines of `Name: value`, a request or status line) and blank lines
	from, to := i, j
	for k := i - 1; k >= 0 && k >= i-20 && to-from <= len(recs); k-- {
		t := strings.TrimSpace(lines[k])
		if t != "" && !recHTTPLine(t) {
			break
		}
		from = k
	}
	if to < len(lines) && strings.TrimSpace(lines[to]) == "" && to-from <= len(recs) {
		to++
	}
	return blkExport(doc, lines, from, to, recs, "rekaman anggaran berformat mesin")
}

// recHTTPLine: a request line, a status line or a header of an HTTP exchange.
func recHTTPLine(t string) bool {
	if strings.HasPrefix(t, "HTTP/") {
		return true
	}
	for _, m := range []string{"GET ", "POST ", "PUT ", "PATCH "} {
		if strings.HasPrefix(t, m) && strings.Contains(t, " HTTP/") {
			return true
		}
	}
	k, _, ok := strings.Cut(t, ": ")
	return ok && k != "" && !strings.ContainsAny(k, " \t")
}

// recUnquote: a DOT id without its quotes and escapes.
func recUnquote(s string) string {
	s = strings.TrimSpace(s)
	if len(s) >= 2 && s[0] == '"' && s[len(s)-1] == '"' {
		s = strings.ReplaceAll(s[1:len(s)-1], `\"`, `"`)
	}
	return s
}

// graphLabel reads a node's label into a record; nil, "" for a node that is
// no budget line; a reason when it looks like one and fails.
func graphLabel(label string) (*abreastRec, string) {
	label = strings.ReplaceAll(label, `\"`, `"`)
	label = recPort.ReplaceAllStringFunc(label, func(p string) string {
		if strings.EqualFold(strings.TrimSpace(p), "<br>") {
			return p // a line break, no DOT port
		}
		return ""
	})
	label = strings.NewReplacer("{", "|", "}", "|").Replace(label)
	var fields []string
	for _, f := range recBreak.Split(label, -1) {
		if f = strings.TrimSpace(f); f != "" {
			fields = append(fields, f)
		}
	}
	if len(fields) < 3 {
		return nil, ""
	}
	c := &abreastRec{}
	roles := 0
	var bad string
	for _, f := range fields[1:] {
		m := recFieldVal.FindStringSubmatch(f)
		if m == nil {
			if recDigit.MatchString(f) && bad == "" {
				bad = "medan " + f + " tidak dikenali"
			}
			continue
		}
		role := recRole(m[1])
		if role == "pagu" || role == "real" || role == "sisa" || role == "sera" {
			roles++
		}
		if (m[3] == "%") != (role == "sera") && role != "" {
			if bad == "" {
				bad = "medan " + f + " tidak dikenali"
			}
			continue
		}
		if why := recSet(c, role, m[2]); why != "" && bad == "" {
			bad = why
		}
	}
	if c.pagu == "" && c.real == "" && roles == 0 {
		return nil, "" // a node of some other graph
	}
	if bad != "" {
		return nil, bad
	}
	head := strings.Fields(fields[0])
	if at := blkCode(head); at == 0 {
		c.code, c.name = head[0], strings.Join(head[1:], " ")
	} else {
		c.name = fields[0]
	}
	if !recFinish(c) {
		return nil, "node " + fields[0] + " tanpa kode anggaran"
	}
	return c, ""
}

// graphRead reads the graph whose first line is i; the last line read,
// true when rewritten as a budget table.
func graphRead(doc *facts.Document, lines []string, i int) (int, bool) {
	dot := recDotStart.MatchString(lines[i])
	byID := map[string]*abreastRec{}
	var recs []*abreastRec
	var edges [][2]string
	end := -1
	var bad string
	for j := i + 1; j < len(lines) && j < i+400; j++ {
		t := strings.TrimSpace(lines[j])
		if (dot && t == "}") || (!dot && (t == "" || strings.HasPrefix(t, "```"))) {
			end = j
			break
		}
		if !strings.Contains(t, "[") || strings.HasPrefix(t, "\"") && strings.Contains(t, "->") {
			// edges, several to a line parted by ';'
			isEdge := false
			for _, st := range strings.Split(t, ";") {
				if m := recEdge.FindStringSubmatch(st); m != nil {
					edges = append(edges, [2]string{recUnquote(m[1]), recUnquote(m[2])})
					isEdge = true
				}
			}
			if isEdge {
				continue
			}
		}
		var id, label string
		if dot {
			m := recDotNode.FindStringSubmatch(t)
			if m == nil {
				continue
			}
			lm := recDotLabel.FindStringSubmatch(m[2])
			if lm == nil {
				continue
			}
			id, label = recUnquote(m[1]), lm[1]
		} else {
			m := recMmdNode.FindStringSubmatch(t)
			if m == nil {
				continue
			}
			id, label = m[1], m[2]
		}
		c, why := graphLabel(label)
		if why != "" && bad == "" {
			bad = why
		}
		if c != nil {
			if byID[id] != nil && bad == "" {
				bad = "node " + id + " dua kali"
			}
			byID[id] = c
			recs = append(recs, c)
		}
	}
	if end < 0 {
		return i, false
	}
	if len(recs) == 0 {
		return end, false // a graph of something else
	}
	if bad != "" {
		doc.Add(facts.Finding{Span: facts.Span{Start: i + 1, End: end + 1}, Aturan: "tabel.tidak_dikenali", Tingkat: facts.Warning,
			Pesan: "grafik anggaran: " + bad + "; tidak dimuat sebagai anggaran"})
		return end, false
	}
	// the edges name the parents: a node hanging from the total is a top
	for _, e := range edges {
		p, c := byID[e[0]], byID[e[1]]
		if p == nil || c == nil {
			continue
		}
		if c.induk != "" && c.induk != p.code {
			doc.Add(facts.Finding{Span: facts.Span{Start: i + 1, End: end + 1}, Aturan: "tabel.tidak_dikenali", Tingkat: facts.Warning,
				Pesan: "grafik anggaran: " + c.code + " berinduk dua; tidak dimuat sebagai anggaran"})
			return end, false
		}
		if !p.total {
			c.induk = p.code
		}
	}
	return blkExport(doc, lines, i, end+1, recs, "grafik anggaran")
}
