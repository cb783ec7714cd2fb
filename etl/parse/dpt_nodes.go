package parse

import (
	"strings"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// A DPT typed again as a file of nodes, one area a line: a node or element
// name, an optional quoted label, then `name=value` properties. KDL and
// SDLang nodes, XML/HTML empty elements, logfmt-like lines whose first
// word is the level, Graphviz node statements:
//
//	rekap-dpt pemilihan="pemilu" tahun=2019 {
//	    kecamatan "BORONG" desa=25 tps=93 laki-laki=11612 perempuan=12296 jumlah=23908
//	    kabupaten "MANGGARAI TIMUR" desa=176 tps=749 laki-laki=89556 …
//	}
//	<kecamatan nama="ALOK" desa="10" tps="54" l="6503" p="6997" jumlah="13500"/>
//	kecamatan name="ELAR" l=9796 p=10325 total=20121
//	"ELAR" [desa=19, tps=81, l=9796, p=10325, jml=20121];
//
// Read as prose, or by the log reader (log_lines.go, whose logger part
// would hold the area and end the run at every line), no row is seen.
// nodeDPT reads each line as one label (label_sheet.go): the area its
// quoted label or its place property (nama, name, wilayah, kecamatan…),
// the level its node name (kecamatan, kec, distrik, ppk, wilayah:
// an area even when it is called "KOTA KOMBA"; kabupaten, kab, kota: the
// kabupaten's whole; a desa or kelurahan node is of another level and
// gives nothing), each other property a count whose role its name
// gives through the DPT vocabulary (progDashRole: desa, tps, l/laki-laki,
// p/perempuan, jumlah/total). A property of no count's meaning (x, width,
// version, weight) or a value that is no whole count makes the line no
// label, and a run of lines is a DPT only when its words or the lines
// above speak of voters (kvDPTContext). labelTable proves each area by
// L + P = total and the whole by the sums of the areas'; vertWrite writes
// the run, with its comments, parent node and closing brace, as one TAB
// table in place, so the DPT reader reads the election and year from the
// caption above as for any table.

// nodeDPT rewrites every run of DPT node lines in data as a TAB table.
// Gate: a node's place word right before a quote, a bracket or a space and
// a property.
func nodeDPT(doc *facts.Document, data []byte) []byte {
	if !docHasAny(doc, data, `kecamatan "`, `<kecamatan `, `kecamatan nama=`, `kecamatan name=`, `" [`, `distrik "`, `<distrik `, `kec "`) {
		return data
	}
	lines := strings.Split(string(data), "\n")
	var tables []vertTable
	for i := 0; i < len(lines); i++ {
		if _, ok := nodeLabel(lines[i], i); !ok {
			continue
		}
		t, end, ok := nodeRun(doc, lines, i)
		if ok {
			tables = append(tables, t)
		}
		i = max(i, end-1)
	}
	return vertWrite(doc, data, lines, tables)
}

// nodeRun reads the node lines from lines[from] on (comments between them
// kept in the run): the table, the line after the run, whether it stands.
func nodeRun(doc *facts.Document, lines []string, from int) (vertTable, int, bool) {
	var all []label
	var words []kvHash
	k := from
	last := from
	for ; k < len(lines); k++ {
		if l, ok := nodeLabel(lines[k], k); ok {
			all = append(all, l)
			words = append(words, kvHash{key: l.title})
			last = k
			continue
		}
		if nodeComment(lines[k]) {
			continue
		}
		break
	}
	end := last + 1
	if len(all) < 2 || !kvDPTContext(lines, from, words) {
		return vertTable{}, end, false
	}
	// the run's frame: the comments and the parent node above, the
	// closing lines under it (no blank line between)
	top := from
	for top > 0 && (nodeComment(lines[top-1]) || nodeOpen(lines[top-1])) {
		top--
	}
	to := end
	for to < len(lines) && nodeClose(lines[to]) {
		to++
	}
	if to-top < len(all)+1 {
		// no frame line for the header: the header takes the blank line
		// above, else the rows move one line down onto the blank line
		// under the run
		switch {
		case top > 0 && strings.TrimSpace(lines[top-1]) == "":
			top--
		case to < len(lines) && strings.TrimSpace(lines[to]) == "":
			to++
		}
	}
	t, _, ok := labelTable(doc, vertTable{from: top, to: to}, all, "node")
	if ok && to-top >= len(t.rows)+2 {
		// the parent node naming the election and its year is the
		// table's own caption, written on the frame's first line
		for k := top; k < from; k++ {
			if c := nodeCaption(lines[k]); c != "" && nodeOpen(lines[k]) {
				lines[top], t.from = c, top+1
				break
			}
		}
	}
	return t, to, ok
}

// nodeCaption is the caption a parent node's properties give ("DPT pemilu
// 2019"): both the election (pemilihan/pemilu, a word) and the year
// (tahun/year, four digits) are needed; "" else.
func nodeCaption(l string) string {
	s := strings.TrimSpace(l)
	s = strings.TrimSpace(strings.TrimSuffix(strings.TrimSuffix(s, "{"), ">"))
	s = strings.TrimPrefix(strings.TrimSuffix(s, "?"), "<")
	_, _, keys, vals, ok := nodeRead(s)
	if !ok {
		return ""
	}
	var election, year string
	for c, k := range keys {
		switch v := vals[c]; strings.ToLower(k) {
		case "pemilihan", "pemilu", "jenis_pemilihan", "election":
			if hasLetter(v) {
				election = v
			}
		case "tahun", "year":
			if len(v) == 4 && (strings.HasPrefix(v, "19") || strings.HasPrefix(v, "20")) && reProgDashFig.MatchString(v) {
				year = v
			}
		}
	}
	if election == "" || year == "" {
		return ""
	}
	return "Rekapitulasi DPT " + election + " " + year
}

// nodeComment: a comment line of the node file's syntaxes.
func nodeComment(l string) bool {
	s := strings.TrimSpace(l)
	return strings.HasPrefix(s, "//") || strings.HasPrefix(s, "#") || strings.HasPrefix(s, "<!--") || strings.HasPrefix(s, "/*") || strings.HasPrefix(s, "*")
}

// nodeOpen: a parent node's or element's opening line (`rekap-dpt … {`,
// `digraph dpt {`, `<rekap tahun="2019">`, `<?xml …?>`).
func nodeOpen(l string) bool {
	s := strings.TrimSpace(l)
	if strings.HasSuffix(s, "{") || strings.HasPrefix(s, "<?") {
		return s != "" && isLetterByte(s[0]) || strings.HasPrefix(s, "<?")
	}
	return strings.HasPrefix(s, "<") && strings.HasSuffix(s, ">") && !strings.HasSuffix(s, "/>") && len(s) > 2 && isLetterByte(s[1])
}

// nodeClose: a closing line (`}`, `};`, `</rekap>`).
func nodeClose(l string) bool {
	s := strings.TrimSpace(l)
	return s == "}" || s == "};" || strings.HasPrefix(s, "</") && strings.HasSuffix(s, ">")
}

// nodeLabel reads one node line as a DPT label; false for any other line.
func nodeLabel(l string, line int) (label, bool) {
	name, title, keys, vals, ok := nodeRead(l)
	if !ok || len(keys) < 3 {
		return label{}, false
	}
	lb := label{line: line}
	whole := false
	switch strings.ToLower(name) {
	case "kecamatan", "kec", "distrik", "ppk", "wilayah":
		lb.area = true
	case "kabupaten", "kab", "kota":
		whole = true
	case "", "node":
	default:
		return label{}, false // a dependency, a shape, a server: no area
	}
	for c, k := range keys {
		v := vals[c]
		switch strings.ToLower(k) {
		case "nama", "name", "label", "wilayah", "kecamatan", "kec", "distrik", "nama_kecamatan":
			if title != "" || !hasLetter(v) {
				return label{}, false
			}
			title = v
			continue
		case "tahun", "kode", "id", "no":
			continue // the year, a code, a number: no count
		case "kabupaten", "kab", "kota", "provinsi", "pemilihan":
			if hasLetter(v) {
				continue // the owner, the election: no count
			}
		}
		r, done := progDashRole(strings.ReplaceAll(k, "_", " "))
		if r < 0 || done || !reProgDashFig.MatchString(v) || len(v) > 13 || lb.has[r] {
			return label{}, false
		}
		var n int64
		for i := 0; i < len(v); i++ {
			if v[i] != '.' {
				n = n*10 + int64(v[i]-'0')
			}
		}
		lb.has[r], lb.n[r], lb.vals[r] = true, n, v
	}
	title = strings.TrimSpace(title)
	if title == "" || !lb.has[labelL] || !lb.has[labelP] || !lb.has[labelTotal] {
		return label{}, false
	}
	if whole && !labelWhole(title) {
		w := "Kabupaten "
		if strings.EqualFold(name, "kota") {
			w = "Kota "
		}
		title = w + title
	}
	lb.title = title
	return lb, true
}

// nodeRead splits a node line: the name, the quoted label, the properties
// in order; false when some part is not read whole. An XML element must close itself (`/>`); Graphviz's bracketed
// attribute list is read as properties (commas or semicolons between).
func nodeRead(l string) (name, title string, keys, vals []string, ok bool) {
	s := strings.TrimSpace(l)
	if strings.HasPrefix(s, "<") {
		if !strings.HasSuffix(s, "/>") {
			return
		}
		s = strings.TrimSpace(s[1 : len(s)-2])
	}
	s = strings.TrimSpace(strings.TrimSuffix(s, ";"))
	if s != "" && isLetterByte(s[0]) {
		n := strings.IndexAny(s, " \t")
		if n < 0 || strings.ContainsRune(s[:n], '=') || !logKey(s[:n]) {
			return
		}
		name, s = s[:n], strings.TrimSpace(s[n:])
	}
	if strings.HasPrefix(s, `"`) {
		q, n, qok := logQuoted(s)
		if !qok {
			return
		}
		title, s = q, strings.TrimSpace(s[n:])
	}
	if strings.HasPrefix(s, "[") {
		if !strings.HasSuffix(s, "]") {
			return
		}
		s = s[1 : len(s)-1]
	}
	for {
		s = strings.TrimLeft(s, " \t,;")
		if s == "" {
			break
		}
		eq := strings.IndexByte(s, '=')
		if eq <= 0 {
			return
		}
		k := strings.TrimSpace(s[:eq])
		if !logKey(k) {
			return
		}
		s = strings.TrimLeft(s[eq+1:], " \t")
		var v string
		if strings.HasPrefix(s, `"`) {
			q, n, qok := logQuoted(s)
			if !qok {
				return
			}
			v, s = q, s[n:]
		} else {
			n := strings.IndexAny(s, " \t,;")
			if n < 0 {
				n = len(s)
			}
			v, s = s[:n], s[n:]
		}
		if s != "" && !strings.ContainsRune(" \t,;", rune(s[0])) {
			return
		}
		keys, vals = append(keys, k), append(vals, strings.TrimSpace(v))
	}
	return name, title, keys, vals, true
}
