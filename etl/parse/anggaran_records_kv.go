package parse

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// Budget lines as named fields grouped by a record's id, two more machine
// formats of machineRecords (anggaran_records.go):
//
// A Cloud Firestore document view: one document a budget line, its path
// `<collection> > <id>` (or `/collection/id`) on a line, then its fields one
// an indented line `name: value (type)`; strings quoted, numbers without
// separators, the type annotation dropped:
//
//	anggaran_2019 > 3355
//	    kode: "3355" (string)
//	    induk: "076.01.WA" (string)
//	    pagu: 1542810000 (number)
//
// A Java .properties export: `prefix.group.field=value` lines (`#`/`!`
// comments); the key's last part the field, the rest the record, so
// `anggaran.baris.02.pagu=` and `anggaran.total.pagu=` name two records.
//
// What it trusts: the field names only (recRole); a record without pagu and
// realisasi (a year key, a product with harga/stok) is no budget line, and a
// budget line carrying a figure under a name it does not know fails the set.
// The code is the kode field or else the document's id (two differing codes
// fail); the total is the code TOTAL or the name JUMLAH. The set is proven
// and rewritten by blkExport as the other machine records are.

var (
	recFsPath  = regexp.MustCompile(`^/?[A-Za-z0-9_\-]+(?:\s*(?:>|/)\s*[A-Za-z0-9_\-.]+)+\s*$`)
	recFsField = regexp.MustCompile(`^[ \t]+([A-Za-z_][A-Za-z0-9_]*)\s*:\s*(.*?)\s*(?:\((?:string|number|integer|double|boolean|null|timestamp|reference|map|array|geopoint)\))?\s*$`)
	recPropKV  = regexp.MustCompile(`^\s*([A-Za-z0-9_\-]+(?:\.[A-Za-z0-9_\-]+)+)\s*[=:]\s*(.*?)\s*$`)
)

// kvGroup is one record's fields in the order written.
type kvGroup struct {
	id         string
	keys, vals []string
}

// kvFsStart: line i opens a Firestore document view (a path, a field
// under it).
func kvFsStart(lines []string, i int) bool {
	l := lines[i]
	return (strings.IndexByte(l, '>') > 0 || strings.HasPrefix(l, "/")) && i+1 < len(lines) &&
		recFsPath.MatchString(l) && recFsField.MatchString(lines[i+1])
}

// kvFsID: a document path's last part.
func kvFsID(l string) string {
	t := strings.TrimSpace(l)
	if k := strings.LastIndexAny(t, ">/"); k >= 0 {
		t = t[k+1:]
	}
	return strings.TrimSpace(t)
}

// firestoreRead reads the documents from line i; the last line read, true
// when rewritten as a budget table.
func firestoreRead(doc *facts.Document, lines []string, i int) (int, bool) {
	var groups []*kvGroup
	j, to := i, i
	for ; j < len(lines) && j < i+2000; j++ {
		l := lines[j]
		if strings.TrimSpace(l) == "" {
			continue
		}
		if m := recFsField.FindStringSubmatch(l); m != nil && len(groups) > 0 {
			g := groups[len(groups)-1]
			v := m[2]
			if uq, err := strconv.Unquote(v); err == nil && strings.HasPrefix(v, `"`) {
				v = uq
			}
			g.keys, g.vals = append(g.keys, m[1]), append(g.vals, v)
			to = j + 1
			continue
		}
		if kvFsStart(lines, j) {
			groups = append(groups, &kvGroup{id: kvFsID(l)})
			continue
		}
		break
	}
	return kvExport(doc, lines, i, to, groups, "dokumen anggaran Firestore")
}

// kvPropsUnescape: a .properties value as the format defines it (\uXXXX,
// an escaped separator or space).
func kvPropsUnescape(v string) string {
	if strings.IndexByte(v, '\\') < 0 {
		return v
	}
	var b strings.Builder
	for k := 0; k < len(v); k++ {
		if v[k] != '\\' || k+1 >= len(v) {
			b.WriteByte(v[k])
			continue
		}
		k++
		switch v[k] {
		case 'u':
			if k+4 < len(v) {
				if r, err := strconv.ParseUint(v[k+1:k+5], 16, 32); err == nil {
					b.WriteRune(rune(r))
					k += 4
					continue
				}
			}
			b.WriteByte('u')
		case 't':
			b.WriteByte('\t')
		default:
			b.WriteByte(v[k])
		}
	}
	return b.String()
}

// propsRead reads the run of .properties lines from line i; the last line
// read, true when rewritten as a budget table.
func propsRead(doc *facts.Document, lines []string, i int) (int, bool) {
	var groups []*kvGroup
	byID := map[string]*kvGroup{}
	j, to := i, i
	for ; j < len(lines) && j < i+2000; j++ {
		t := strings.TrimSpace(lines[j])
		if t == "" || t[0] == '#' || t[0] == '!' {
			continue
		}
		m := recPropKV.FindStringSubmatch(lines[j])
		if m == nil {
			break
		}
		dot := strings.LastIndexByte(m[1], '.')
		id, key := m[1][:dot], m[1][dot+1:]
		g := byID[id]
		if g == nil {
			g = &kvGroup{id: id[strings.LastIndexByte(id, '.')+1:]}
			byID[id] = g
			groups = append(groups, g)
		}
		g.keys, g.vals = append(g.keys, key), append(g.vals, kvPropsUnescape(m[2]))
		to = j + 1
	}
	return kvExport(doc, lines, i, to, groups, "berkas properties anggaran")
}

// kvExport makes the budget records of the groups naming pagu or realisasi
// and hands them to blkExport; other groups are no budget lines.
func kvExport(doc *facts.Document, lines []string, from, to int, groups []*kvGroup, what string) (int, bool) {
	fail := func(why string) (int, bool) {
		doc.Add(facts.Finding{Span: facts.Span{Start: from + 1, End: to}, Aturan: "tabel.tidak_dikenali", Tingkat: facts.Warning,
			Pesan: what + ": " + why + "; tidak dimuat sebagai anggaran"})
		return max(from, to-1), false
	}
	var recs []*abreastRec
	for _, g := range groups {
		budget := false
		for _, k := range g.keys {
			if r := recRole(k); r == "pagu" || r == "real" {
				budget = true
			}
		}
		if !budget {
			continue // a setting, a year, a record of something else
		}
		c := &abreastRec{}
		for n, k := range g.keys {
			if why := recSet(c, recRole(k), g.vals[n]); why != "" {
				return fail(g.id + ": " + why)
			}
		}
		idCode := passbookCode(g.id) || hierTotal.MatchString(g.id)
		switch {
		case c.code == "" && c.name == "" && idCode:
			c.code = g.id
		case c.code == "" && idCode && !hierTotal.MatchString(c.name):
			c.code = g.id
		case c.code != "" && idCode && !strings.EqualFold(c.code, g.id):
			return fail(g.id + ": kode " + c.code + " berbeda")
		}
		if !recFinish(c) {
			return fail(g.id + " tanpa kode anggaran")
		}
		recs = append(recs, c)
	}
	if len(recs) == 0 {
		return max(from, to-1), false
	}
	return blkExport(doc, lines, from, to, recs, what)
}
