package parse

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// An application's whole export pasted into a report (pipes_xml.go reads
// its tables):
//
//	<ekspor aplikasi="…" periode="2023">
//	<tabel judul="Tabel 3.1 …" jumlah_baris="6"> … </tabel>
//
//	Sumber: … (the report's prose, between the export's tables)
//	␌B. Evaluasi …
//	<tabel judul="Tabel 3.2 …" jumlah_baris="5"> … </tabel>
//	</ekspor>
//
// The export's root element holds the report's paragraphs between its
// tables, so it is an element of mixed text; that text stands on lines of
// its own, apart from every child element, and is left as written while
// each child is read as it would be alone. A page break (form feed) inside
// the export is no XML character: it is read as a space, and the rewritten
// lines keep it. A table element stating how many rows it holds
// (`jumlah_baris`, `rows`, `count`) is proven only when it holds that many.

var xmlCountValRe = regexp.MustCompile(`^\d{1,4}$`)

// xmlRowWords, xmlColWords and xmlCountWords name, together, the count of
// a table's rows ("jumlah baris", "row count", "banyak data") or columns
// ("jumlah kolom"); xmlPageWords the page of the report an export was
// taken from, nothing of its table.
var (
	xmlRowWords = map[string]bool{"baris": true, "row": true, "rows": true, "record": true, "records": true, "rekord": true,
		"rekaman": true, "data": true, "item": true, "items": true, "entri": true, "entry": true, "entries": true, "butir": true}
	xmlColWords   = map[string]bool{"kolom": true, "column": true, "columns": true, "cols": true, "field": true, "fields": true}
	xmlCountWords = map[string]bool{"jumlah": true, "jml": true, "banyak": true, "banyaknya": true, "total": true,
		"count": true, "n": true, "num": true, "number": true, "cacah": true}
	xmlPageWords = map[string]bool{"halaman": true, "hal": true, "page": true, "lembar": true}
	// xmlIDWords and xmlIDOf name an identifier of the table or its
	// satker (`kode_satker`, `satker_id`, `id_tabel`), nothing of its
	// numbers; a program's code beside its kegiatan is no such identifier
	xmlIDWords = map[string]bool{"id": true, "kode": true, "kd": true, "code": true}
	xmlIDOf    = map[string]bool{"satker": true, "tabel": true, "table": true, "dokumen": true, "laporan": true,
		"ekspor": true, "export": true, "instansi": true, "dipa": true, "unit": true}
)

// xmlCount is a number a table element states about itself: of its rows
// (of 'r'), its columns ('c'), the page it stands on ('p'), or an
// identifier of it or its satker ('i', no number).
type xmlCount struct {
	n  int
	of byte
}

// xmlCountOf reads a table element's attribute or text-only child as a
// count it states of itself; false when its name is no such count or its
// value no whole number.
func xmlCountOf(k, v string) (xmlCount, bool) {
	words := strings.Fields(exportHeader(k))
	row, col, count := false, false, len(words) == 1 && (words[0] == "count" || words[0] == "rows" || words[0] == "columns")
	for _, w := range words {
		row = row || xmlRowWords[w]
		col = col || xmlColWords[w]
		count = count || xmlCountWords[w]
	}
	v = strings.TrimSpace(v)
	if len(words) == 2 && (xmlIDWords[words[0]] && xmlIDOf[words[1]] || xmlIDOf[words[0]] && xmlIDWords[words[1]]) &&
		v != "" && len(v) <= 40 && !strings.ContainsAny(v, " \t\n") {
		return xmlCount{0, 'i'}, true // kode_satker="…", id_tabel="…"
	}
	if !xmlCountValRe.MatchString(v) {
		return xmlCount{}, false
	}
	n, err := strconv.Atoi(v)
	switch {
	case err != nil:
	case len(words) == 1 && xmlPageWords[words[0]]:
		return xmlCount{n, 'p'}, true
	case count && row && !col:
		return xmlCount{n, 'r'}, true
	case count && col && !row:
		return xmlCount{n, 'c'}, true
	}
	return xmlCount{}, false
}

// xmlCountsFit: every count a table states is its own: of rows, the number
// of its row elements (a total element counted or not), or of its rows once
// a row's own rows (a program's kegiatan) are counted too; of columns, its
// header's width.
func xmlCountsFit(counts []xmlCount, n *xmlNode, rows int, total bool, width int) bool {
	elems := 0
	for _, k := range n.kids {
		if !xmlLeaf(k) {
			elems++
		}
	}
	t := 0
	if total {
		t = 1
	}
	for _, c := range counts {
		switch c.of {
		case 'r':
			if c.n != elems && c.n != elems-t && c.n != rows && c.n != rows+t {
				return false
			}
		case 'c':
			if c.n != width {
				return false
			}
		}
	}
	return true
}

// xmlProseApart: n holds the report's text between child elements that
// hold rows, every run of that text on lines none of its elements share,
// so each child is read apart and the text stays as written. An element of
// cells with text beside them is no such wrapper.
func xmlProseApart(n *xmlNode) bool {
	if !n.mixed || len(n.gaps) != len(n.kids)+1 || !xmlHolds(n) {
		return false
	}
	tables := false
	for _, k := range n.kids {
		_, row := xmlRows(k)
		tables = tables || !row && xmlHolds(k)
	}
	if !tables {
		return false // rows with text between them: a table with a note inside, no wrapper
	}
	for i, g := range n.gaps {
		if strings.TrimSpace(g) == "" {
			continue
		}
		if i > 0 && !strings.HasPrefix(strings.TrimLeft(g, " \t\r\f"), "\n") {
			return false // text after an element on its last line
		}
		if i < len(n.kids) && !strings.HasSuffix(strings.TrimRight(g, " \t\r\f"), "\n") {
			return false // text before an element on its first line
		}
	}
	return true
}

// xmlTextApart: text stands in n before its child i, so the rows before it
// and those after it are no run.
func xmlTextApart(n *xmlNode, i int) bool {
	return i < len(n.gaps) && strings.TrimSpace(n.gaps[i]) != ""
}

// xmlDecodable: the text the XML decoder reads, a page break (form feed,
// no XML character) read as a space, every byte where it was.
func xmlDecodable(text string) string {
	return strings.ReplaceAll(text, "\f", " ")
}

// xmlKeepBreaks puts back the page breaks of the lines a table was
// rewritten into: a page's first line opens with its form feed, as the
// text had it.
func xmlKeepBreaks(lines, was []string, from int) {
	for i, w := range was {
		if strings.IndexByte(w, '\f') >= 0 && strings.IndexByte(lines[from+i], '\f') < 0 {
			lines[from+i] = "\f" + lines[from+i]
		}
	}
}

// xmlBodyTags name an element holding a table's rows and nothing else
// (`<tabel judul="…"><data>…rows…</data></tabel>`).
var xmlBodyTags = map[string]bool{"data": true, "rows": true, "baris": true, "isi": true, "body": true, "records": true,
	"items": true, "daftar": true, "rincian": true, "detail": true, "details": true, "entries": true, "list": true}

// xmlBody reads a table whose rows stand one element deeper, in an
// untitled element of rows: n with that element's rows in its place, so
// the table keeps its caption and its total beside them; nil when n holds
// no such element, or more than one. The element's tag may name the table
// (`<capaian_2024>`), so it gives way only to a caption n states or under
// a tag naming no more than a body.
func xmlBody(n *xmlNode) *xmlNode {
	var body *xmlNode
	titled := false
	for _, a := range n.attrs {
		titled = titled || xmlCaptionKeys[strings.ToLower(a[0])] && strings.TrimSpace(a[1]) != ""
	}
	for _, k := range n.kids {
		if xmlLeaf(k) {
			titled = titled || xmlCaptionKeys[strings.ToLower(k.name)] && strings.TrimSpace(k.text) != ""
			continue
		}
		if _, row := xmlRows(k); row {
			continue
		}
		if _, grid := xmlGridRow(k); grid {
			continue
		}
		if body != nil || len(k.attrs) > 0 || k.mixed || len(k.kids) == 0 {
			return nil
		}
		for _, r := range k.kids {
			_, row := xmlRows(r)
			_, grid := xmlGridRow(r)
			if !row && !grid {
				return nil
			}
		}
		body = k
	}
	if body == nil || !titled && !xmlBodyTags[strings.ToLower(body.name)] {
		return nil
	}
	flat := *n
	flat.kids, flat.gaps = nil, nil
	for _, k := range n.kids {
		if k == body {
			flat.kids = append(flat.kids, body.kids...)
		} else {
			flat.kids = append(flat.kids, k)
		}
	}
	return &flat
}

// xmlUnitKeys name the one attribute a cell may carry: its unit.
var xmlUnitKeys = map[string]bool{"satuan": true, "unit": true, "units": true, "uom": true, "mata_uang": true, "currency": true}

// xmlCellTags and xmlCellNames: a cell written under a tag of no meaning
// (`<field>`, `<kolom>`, `<nilai>`) named by its column in an attribute
// (`<field name="Target">90</field>`).
var (
	xmlCellTags = map[string]bool{"field": true, "kolom": true, "column": true, "col": true, "cell": true, "sel": true,
		"nilai": true, "value": true, "val": true, "atribut": true, "attribute": true, "property": true, "prop": true, "isian": true}
	xmlCellNames = map[string]bool{"name": true, "nama": true, "kolom": true, "column": true, "col": true, "field": true,
		"key": true, "kunci": true, "label": true, "judul": true}
)

// xmlCell reads an element as one cell: a text-only element named by its
// tag; a cell tag of no meaning named by its one attribute (`<field
// name="Realisasi">`); or one whose only attribute is its unit in words
// (`<pagu satuan="ribu rupiah">`), named by its tag and the unit as a
// header says it ("pagu (ribu rupiah)"), so rows agree on the unit or share
// no column. A unit written as a number, or any other attribute, is no
// cell.
func xmlCell(k *xmlNode) (key, val string, ok bool) {
	if xmlLeaf(k) {
		return k.name, strings.TrimSpace(k.text), true
	}
	if len(k.kids) > 0 || len(k.attrs) != 1 {
		return "", "", false
	}
	if name := strings.Join(strings.Fields(k.attrs[0][1]), " "); xmlCellTags[strings.ToLower(k.name)] &&
		xmlCellNames[strings.ToLower(k.attrs[0][0])] && strings.IndexFunc(name, unicode.IsLetter) >= 0 {
		return name, strings.TrimSpace(k.text), true
	}
	if !xmlUnitKeys[strings.ToLower(k.attrs[0][0])] {
		return "", "", false
	}
	u := strings.Join(strings.Fields(k.attrs[0][1]), " ")
	if u == "" || len(u) > 24 || hasDigitStr(u) {
		return "", "", false
	}
	return exportHeader(k.name) + " (" + u + ")", strings.TrimSpace(k.text), true
}

var xmlAmountRe = regexp.MustCompile(`^-?(\d{1,3}([.,]\d{3})+([.,]\d+)?|\d{5,})$`)

// xmlUnitsAgree: a table whose cells state a scale (`ribu rupiah`,
// `juta`) states it once for all its amounts: one unit on every cell that
// has one, and on every column of amounts, since a header's scale is read
// for the whole table and a column left without it would be scaled
// unproven. Units of no scale (`%`, `rupiah`) may differ by column.
func xmlUnitsAgree(head []string, rows [][]string) bool {
	units := make([]string, len(head))
	scaled, one := false, ""
	for c, k := range head {
		i := strings.LastIndex(k, " (")
		if i < 0 || !strings.HasSuffix(k, ")") {
			continue
		}
		units[c] = k[i+2 : len(k)-1]
		scaled = scaled || statedUnit("("+units[c]+")") != ""
		if one == "" {
			one = units[c]
		}
		if units[c] != one {
			one = "?"
		}
	}
	if !scaled {
		return true
	}
	if one == "?" {
		return false
	}
	for c := range head {
		for _, r := range rows {
			if units[c] == "" && xmlAmountRe.MatchString(strings.TrimSpace(r[c])) {
				return false // an amount the scale may not cover
			}
		}
	}
	return true
}

// xmlLevelsTold: a row holding rows of another tag can be read with them
// as one table only when its cells tell the two levels apart: a code
// column (`kode`: a program's code is no kegiatan's), or no number of its
// own in a column of theirs (a sasaran titling its indikator). A kecamatan
// holding its desa, each with its voters, would read as kecamatan rows
// all; so would a program of no code over its kegiatan.
func xmlLevelsTold(own xmlRow, subs []xmlRow) bool {
	other := false
	for _, s := range subs {
		other = other || s.tag != own.tag
	}
	if !other {
		return true
	}
	for i, k := range own.keys {
		l := strings.ToLower(k)
		if (strings.HasPrefix(l, "kode") || strings.HasPrefix(l, "code") || l == "kd") && own.vals[i] != "" {
			return true
		}
	}
	for i, k := range own.keys {
		if v := own.vals[i]; xmlNumberKeys[strings.ToLower(k)] || !numLike(v) || !hasDigitStr(v) {
			continue
		}
		for _, s := range subs {
			if s.tag != own.tag && slices.Contains(s.keys, k) {
				return false
			}
		}
	}
	return true
}

// unpaged: n as if the text between its children were not there, when all
// of it is a page's furniture: a few short lines (running header, page
// number) around a page break, as a table export printed over two pages
// holds between its rows. n itself otherwise.
func (x *xmlDoc) unpaged(n *xmlNode) *xmlNode {
	if !n.mixed || len(n.gaps) != len(n.kids)+1 {
		return n
	}
	for i, g := range n.gaps {
		if strings.TrimSpace(g) == "" {
			continue
		}
		words := 0
		for _, l := range strings.Split(g, "\n") {
			if l = strings.TrimSpace(l); l != "" {
				words++
				if utf8.RuneCountInString(l) > 100 || words > 4 {
					return n
				}
			}
		}
		lo, hi := n.from, n.to
		if i > 0 {
			lo = n.kids[i-1].to
		}
		if i < len(n.kids) {
			hi = n.kids[i].from
		}
		paged := false
		for l := x.lineOf(lo); l <= x.lineOf(hi-1) && !paged; l++ {
			paged = strings.IndexByte(x.lines[l], '\f') >= 0
		}
		if !paged {
			return n
		}
	}
	flat := *n
	flat.mixed = false
	return &flat
}
