package parse

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"regexp"
	"slices"
	"strings"
)

// XML exports of a table pasted into a report:
//
//	<?xml version="1.0" encoding="UTF-8"?>
//	<tabel judul="Tabel 3.3 Realisasi Anggaran Tahun 2023">
//	  <program>
//	    <kode>076.01.WA</kode>
//	    <uraian>Program Dukungan Manajemen</uraian>
//	    <pagu>3.000.000.000</pagu>
//	  </program>
//	  <program kode="076.01.CQ" uraian="…" pagu="…"/>
//	  <jumlah><pagu>…</pagu></jumlah>
//	</tabel>
//
// An element whose children are records (elements holding only text-only
// children, or attributes, each naming a cell by its tag) is a table: the
// tags are its header (pipes_export.go: underscores to spaces), the
// records its rows in order, a total element (`<jumlah>`, `<total>`) after
// them of their tags or some of them its last row. A `judul`/`caption`/
// `title`/`nama` attribute or child of the table element is the caption.
// Records standing alone, one after another (or one alone: a result such
// as an RB score written as one element), are the rows of a table named by
// their tag. A record holding another record, a cell holding attributes (a
// unit or a year beside its value) or text beside the cells is no table:
// it stays as written and is reported.

var (
	xmlCaptionKeys = map[string]bool{"judul": true, "caption": true, "title": true, "nama": true, "name": true,
		"tabel": true, "table": true, "nama_tabel": true, "judul_tabel": true, "label": true}
	// xmlGenericRows name a row without saying what it numbers: its "nama"
	// stays "nama"
	xmlGenericRows = map[string]bool{"baris": true, "row": true, "record": true, "item": true, "data": true,
		"entry": true, "rekord": true, "rekaman": true}
	// xmlHTMLTags are a web page's, read by htmlTables or not at all
	xmlHTMLTags = map[string]bool{"tr": true, "td": true, "th": true, "thead": true, "tbody": true, "tfoot": true,
		"html": true, "body": true, "div": true, "span": true, "br": true, "ul": true, "ol": true, "li": true,
		"colgroup": true, "col": true}
	xmlOpenRe = regexp.MustCompile(`^<(\?xml\b|[\pL_])`)
	xmlYearRe = regexp.MustCompile(`^(19|20)\d\d$`)
)

// errXMLShape: an element no table export writes (too deep, a web page's).
var errXMLShape = errors.New("xml: not a table export")

// xmlNode is one element: its tag, attributes and children in their
// written order, its own text, and the byte offsets it spans.
type xmlNode struct {
	name     string
	attrs    [][2]string
	kids     []*xmlNode
	text     string
	mixed    bool // text beside child elements
	from, to int64
}

// xmlTables rewrites the XML tables of a text; data itself when it holds
// none. The lines of an element holding records that is no proven table go
// to miss (first and last line, from 1), when given.
func xmlTables(data []byte, miss *[][2]int) []byte {
	if !lineOpens(data, '<') || !bytes.Contains(data, []byte("</")) && !bytes.Contains(data, []byte("/>")) {
		return data
	}
	text := string(data)
	lines := strings.Split(text, "\n")
	starts := make([]int, len(lines)+1)
	for i, l := range lines {
		starts[i+1] = starts[i] + len(l) + 1
	}
	lineOf := func(off int64) int {
		lo, hi := 0, len(lines)-1
		for lo < hi {
			m := (lo + hi + 1) / 2
			if int64(starts[m]) <= off {
				lo = m
			} else {
				hi = m - 1
			}
		}
		return lo
	}
	x := &xmlDoc{lines: lines, lineOf: lineOf, miss: miss}
	for i := 0; i < len(lines); i++ {
		n, end, ok := xmlAt(text, lines, starts, i, lineOf)
		if !ok {
			continue
		}
		if _, _, rec := xmlRecord(n); rec {
			// records standing alone: the rows of one table named by
			// their tag
			group := &xmlNode{name: n.name, kids: []*xmlNode{n}, from: n.from}
			for end+1 < len(lines) {
				r, e, ok := xmlAt(text, lines, starts, end+1, lineOf)
				if _, _, rec := xmlRecord(r); !ok || !rec || r.name != n.name && !xmlTotal(r.name) {
					break
				}
				group.kids = append(group.kids, r)
				end = e
				if r.name != n.name {
					break // the total closes the rows
				}
			}
			group.to = group.kids[len(group.kids)-1].to
			n = group
		}
		from, to := i, end+1
		if i > 0 && jsonFence(lines[i-1]) && to < len(lines) && jsonFence(lines[to]) {
			from, to = i-1, to+1
		} else if i > 0 && strings.TrimSpace(lines[i-1]) == "" {
			from = i - 1 // room for the header of records written a line each
		}
		x.place(n, from, to, true)
		i = to - 1
	}
	if !x.changed {
		return data
	}
	return []byte(strings.Join(lines, "\n"))
}

// xmlDoc is one text's rewrite in progress.
type xmlDoc struct {
	lines   []string
	lineOf  func(int64) int
	miss    *[][2]int
	changed bool
}

// place writes the tables of n into lines[from:to]: n's own, else each of
// its children's in the lines that child spans. An element holding records
// that is no proven table goes to miss whole.
func (x *xmlDoc) place(n *xmlNode, from, to int, root bool) {
	caption, header, rows, first, ok, tableish := xmlTable(n, root)
	if ok {
		if to < len(x.lines) && strings.TrimSpace(x.lines[to]) == "" && to-from < len(rows)+2 {
			to++ // a record on one line: the blank line after it holds its row
		}
		keep := append([]string(nil), x.lines[from:to]...)
		if exportPlace(x.lines, from, to, x.lineOf(first.from)-1, caption, header, rows) {
			x.changed = true
			return
		}
		copy(x.lines[from:to], keep)
	}
	if ok || tableish {
		if x.miss != nil {
			*x.miss = append(*x.miss, [2]int{from + 1, to})
		}
		return
	}
	placed := false
	for _, k := range n.kids {
		if len(k.kids) > 0 {
			was := x.changed
			x.changed = false
			x.place(k, x.lineOf(k.from), x.lineOf(k.to-1)+1, false)
			placed = placed || x.changed
			x.changed = was || x.changed
		}
	}
	if !placed {
		return
	}
	// the wrapper's own tag lines (<laporan>, </laporan>, the declaration)
	// would read as text between the tables
	for i := from; i < to; i++ {
		if t := strings.TrimSpace(x.lines[i]); strings.HasPrefix(t, "<") && strings.HasSuffix(t, ">") && !strings.Contains(t, "><") && strings.Count(t, "<") == 1 {
			x.lines[i] = ""
		}
	}
}

// xmlTable reads n as a table: its caption, header and rows, and its first
// record (the header goes on the line above it); tableish when n holds
// records but is no proven table. root: n stands alone, so an untitled
// table takes no caption from its tag (the text around it names it).
func xmlTable(n *xmlNode, root bool) (caption string, header []string, rows [][]string, first *xmlNode, ok, tableish bool) {
	if n.mixed {
		return "", nil, nil, nil, false, xmlHolds(n)
	}
	var meta []string
	amount := false // an amount beside the rows: no column of theirs holds it
	for _, a := range n.attrs {
		caption, meta, amount = xmlMeta(a[0], a[1], caption, meta, amount)
	}
	var keys, vals [][]string
	var total *xmlNode
	rowTag, nested := "", false
	for _, k := range n.kids {
		if len(k.kids) == 0 && len(k.attrs) == 0 {
			if total != nil || len(keys) > 0 {
				return "", nil, nil, nil, false, true // a loose cell among the rows
			}
			caption, meta, amount = xmlMeta(k.name, k.text, caption, meta, amount)
			continue
		}
		ks, vs, rec := xmlRecord(k)
		switch {
		case !rec && xmlHolds(k) && len(keys) == 0 && total == nil:
			nested = true // a table inside: read apart
			continue
		case !rec || total != nil || nested:
			// a row holding rows, a cell with attributes, a row after the
			// total or beside a table: no row of a proven table
			return "", nil, nil, nil, false, true
		case xmlTotal(k.name) && len(keys) > 0:
			total = k
			continue
		}
		if first == nil {
			first, rowTag = k, k.name
		}
		keys = append(keys, ks)
		vals = append(vals, vs)
	}
	if first != nil && amount {
		return "", nil, nil, nil, false, true
	}
	if first == nil {
		return "", nil, nil, nil, false, false
	}
	head, rows, same := exportSameKeys(keys, vals)
	if !same {
		return "", nil, nil, nil, false, true
	}
	if total != nil {
		tk, tv, _ := xmlRecord(total)
		row := make([]string, len(head))
		for c, k := range tk {
			i := slices.Index(head, k)
			if i < 0 {
				return "", nil, nil, nil, false, true // a total of other columns
			}
			row[i] = tv[c]
		}
		// the total names itself, as a table's total row does: in the first
		// column of words, when no cell of it is a word
		named := false
		for _, v := range row {
			named = named || v != "" && !numLike(v)
		}
		for c := range head {
			if named {
				break
			}
			if v := rows[0][c]; v == "" || numLike(v) {
				continue
			}
			if row[c] == "" {
				row[c] = strings.ToUpper(exportHeader(total.name))
			}
			break
		}
		rows = append(rows, row)
	}
	header = make([]string, len(head))
	for c, k := range head {
		header[c] = exportHeader(k)
		if l := strings.ToLower(k); (l == "nama" || l == "name") && !xmlGenericRows[strings.ToLower(rowTag)] {
			header[c] = "Nama " + exportHeader(rowTag)
		}
	}
	if caption == "" && (!root || len(keys) == 1) {
		caption = exportHeader(n.name) // a nested table, or one record: its tag names it
	}
	if len(meta) > 0 {
		caption = strings.TrimSpace(caption + " (" + strings.Join(meta, "; ") + ")")
	}
	return caption, header, rows, first, true, true
}

// xmlMeta files a table element's attribute or text-only child: the first
// caption key is the caption, a word or a year beside it (a unit, the
// year) is added to it; an amount there has no column to stand in
// (amount is then true).
func xmlMeta(k, v, caption string, meta []string, amount bool) (string, []string, bool) {
	v = strings.Join(strings.Fields(v), " ")
	if v == "" {
		return caption, meta, amount
	}
	if caption == "" && xmlCaptionKeys[strings.ToLower(k)] {
		return v, meta, amount
	}
	if hasDigitStr(v) && !xmlYearRe.MatchString(v) {
		return caption, meta, true
	}
	return caption, append(meta, exportHeader(k)+" "+v), amount
}

// xmlRecord reads an element as a row: its attributes, then its text-only
// children, each a cell named by its tag. False when a child holds
// elements or attributes of its own, text stands beside the cells, or it
// names fewer than two cells.
func xmlRecord(n *xmlNode) (keys, vals []string, ok bool) {
	if n == nil || n.mixed || len(n.kids) == 0 && strings.TrimSpace(n.text) != "" {
		return nil, nil, false
	}
	for _, a := range n.attrs {
		keys = append(keys, a[0])
		vals = append(vals, strings.TrimSpace(a[1]))
	}
	for _, k := range n.kids {
		if len(k.kids) > 0 || len(k.attrs) > 0 {
			return nil, nil, false
		}
		keys = append(keys, k.name)
		vals = append(vals, strings.TrimSpace(k.text))
	}
	return keys, vals, len(keys) >= 2
}

// xmlHolds: n holds a record somewhere below it (a table it could not
// read, so one to report).
func xmlHolds(n *xmlNode) bool {
	for _, k := range n.kids {
		if _, _, rec := xmlRecord(k); rec || xmlHolds(k) {
			return true
		}
	}
	return false
}

// xmlTotal: a tag naming a total row.
func xmlTotal(tag string) bool {
	switch strings.ToLower(strings.NewReplacer("_", " ", "-", " ").Replace(tag)) {
	case "jumlah", "total", "jumlah total", "total keseluruhan", "jumlah keseluruhan", "grand total":
		return true
	}
	return false
}

// xmlAt decodes the element opening line i (after an XML declaration or
// comments): the element and its last line; false when it does not
// decode, is a web page's, or text follows it on that line.
func xmlAt(text string, lines []string, starts []int, i int, lineOf func(int64) int) (*xmlNode, int, bool) {
	t := strings.TrimSpace(lines[i])
	if !xmlOpenRe.MatchString(t) {
		return nil, 0, false
	}
	lead := int64(starts[i] + strings.Index(lines[i], "<"))
	dec := xml.NewDecoder(strings.NewReader(text[lead:]))
	dec.Entity = xml.HTMLEntity
	n, err := xmlRead(dec, lead)
	if err != nil {
		return nil, 0, false
	}
	end := lineOf(n.to - 1)
	if strings.TrimSpace(lines[end][int(n.to)-starts[end]:]) != "" {
		return nil, 0, false
	}
	return n, end, true
}

// xmlRead reads the first element of dec, whose input opens at byte base
// of the text; a declaration, comments and spaces may come before it.
func xmlRead(dec *xml.Decoder, base int64) (*xmlNode, error) {
	for {
		off := dec.InputOffset()
		tok, err := dec.Token()
		if err != nil {
			return nil, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			return xmlElement(dec, t, base, base+off, 0)
		case xml.CharData:
			if len(bytes.TrimSpace(t)) > 0 {
				return nil, errXMLShape
			}
		case xml.ProcInst, xml.Comment, xml.Directive:
		default:
			return nil, errXMLShape
		}
	}
}

// xmlElement reads the element start opens up to its end tag; depth bounds
// the nesting a hostile text could pile up.
func xmlElement(dec *xml.Decoder, start xml.StartElement, base, from int64, depth int) (*xmlNode, error) {
	if depth > 8 || xmlHTMLTags[strings.ToLower(start.Name.Local)] {
		return nil, errXMLShape
	}
	n := &xmlNode{name: start.Name.Local, from: from}
	for _, a := range start.Attr {
		if a.Name.Space != "" || a.Name.Local == "xmlns" {
			continue // namespace declarations and foreign attributes are no cells
		}
		n.attrs = append(n.attrs, [2]string{a.Name.Local, a.Value})
	}
	var text strings.Builder
	for {
		off := dec.InputOffset()
		tok, err := dec.Token()
		if err == io.EOF {
			return nil, io.ErrUnexpectedEOF
		}
		if err != nil {
			return nil, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			k, err := xmlElement(dec, t, base, base+off, depth+1)
			if err != nil {
				return nil, err
			}
			n.kids = append(n.kids, k)
		case xml.EndElement:
			n.text = text.String()
			n.mixed = len(n.kids) > 0 && strings.TrimSpace(n.text) != ""
			n.to = base + dec.InputOffset()
			return n, nil
		case xml.CharData:
			text.Write(t)
		}
	}
}
