package parse

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"regexp"
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
	// xmlHTMLTags are a web page's, read by htmlTables or not at all (a
	// page's <section> of <h2> and <p> would otherwise read as a row)
	xmlHTMLTags = map[string]bool{}
	xmlOpenRe   = regexp.MustCompile(`^<(\?xml\b|[\pL_])`)
	xmlYearRe   = regexp.MustCompile(`^(19|20)\d\d$`)
	// a table element's number, id and date stand beside its caption
	xmlNumberKeys = map[string]bool{"no": true, "nomor": true, "no_tabel": true, "nomor_tabel": true, "number": true}
	xmlTableNoRe  = regexp.MustCompile(`^\d{1,2}(\.\d{1,2}){0,2}$`)
	xmlIDKeys     = map[string]bool{"id": true, "versi": true, "version": true, "ref": true, "schema": true}
	xmlDateRe     = regexp.MustCompile(`^(\d{4}-\d\d-\d\d|\d{1,2}[-/]\d{1,2}[-/]\d{2,4})([T ]\d\d:\d\d\S*)?$`)
)

func init() {
	for _, t := range strings.Fields(`tr td th thead tbody tfoot colgroup col html head body div span br hr ul ol li dl dt dd
		h1 h2 h3 h4 h5 h6 section article nav main aside a b i u em strong font small sup sub center img pre blockquote
		figure figcaption script style meta link`) {
		xmlHTMLTags[t] = true
	}
}

// errXMLShape: an element no table export writes (too deep, a web page's).
var errXMLShape = errors.New("xml: not a table export")

// xmlNode is one element: its tag, attributes and children in their
// written order, its own text, and the byte offsets it spans.
type xmlNode struct {
	name     string
	attrs    [][2]string
	kids     []*xmlNode
	text     string
	mixed    bool     // text beside child elements
	gaps     []string // the text before each child, then after the last
	from, to int64
}

// xmlTables rewrites the XML tables of a text; data itself when it holds
// none. The lines of an element holding records that is no proven table go
// to miss (first and last line, from 1), when given.
func xmlTables(data []byte, miss *[][2]int) []byte {
	if !lineOpens(data, '<') || !bytes.Contains(data, []byte("</")) && !bytes.Contains(data, []byte("/>")) || !xmlMayOpen(data) {
		return data
	}
	text := string(data)
	lines, starts, lineOf := textLines(text)
	x := &xmlDoc{lines: lines, lineOf: lineOf, miss: miss}
	dec := xmlDecodable(text)
	for i := 0; i < len(lines); i++ {
		n, end, ok := xmlAt(dec, lines, starts, i, lineOf)
		if !ok {
			continue
		}
		if _, rows := xmlRows(n); rows {
			// rows standing alone: one table named by their tag
			group := &xmlNode{name: n.name, kids: []*xmlNode{n}, from: n.from}
			for end+1 < len(lines) {
				r, e, ok := xmlAt(dec, lines, starts, end+1, lineOf)
				if !ok || !xmlRunNext(n, r) {
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

// textLines splits a text into its lines, with each line's byte offset
// and the line holding a byte offset.
func textLines(text string) (lines []string, starts []int, lineOf func(int64) int) {
	lines = strings.Split(text, "\n")
	starts = make([]int, len(lines)+1)
	for i, l := range lines {
		starts[i+1] = starts[i] + len(l) + 1
	}
	lineOf = func(off int64) int {
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
	return lines, starts, lineOf
}

// xmlRunNext: r goes on the run of rows first opens, a row of its tag or
// the total closing them.
func xmlRunNext(first, r *xmlNode) bool {
	if r.name != first.name && !xmlTotal(r.name) {
		return false
	}
	_, row := xmlRows(r)
	return row
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
	n = x.unpaged(n)
	caption, header, rows, first, ok, tableish := xmlTable(n, root)
	if ok {
		need := len(rows) + 1
		if caption != "" {
			need++
		}
		if to < len(x.lines) && strings.TrimSpace(x.lines[to]) == "" && to-from < need {
			to++ // a record on one line: the blank line after it holds its row
		}
		if !root && from > 0 && strings.TrimSpace(x.lines[from-1]) == "" && to-from < need {
			from-- // and the blank line before it its caption
		}
		if root && caption != "" && strings.TrimSpace(x.lines[from]) == "" && to-from > need {
			from++ // a caption on the blank line would run on from the paragraph above
		}
		keep := append([]string(nil), x.lines[from:to]...)
		if exportPlace(x.lines, from, to, x.lineOf(first.from)-1, caption, header, rows) {
			xmlKeepBreaks(x.lines, keep, from)
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
	for j := 0; j < len(n.kids); j++ {
		k := n.kids[j]
		if _, row := xmlRows(k); row {
			// rows beside the wrapper's tables (an RB result beside the
			// budget): one table of their run, named by their tag
			group := &xmlNode{name: k.name, kids: []*xmlNode{k}, from: k.from}
			for j+1 < len(n.kids) && xmlRunNext(k, n.kids[j+1]) && !xmlTextApart(n, j+1) {
				j++
				group.kids = append(group.kids, n.kids[j])
				if n.kids[j].name != k.name {
					break // the total closes the rows
				}
			}
			group.to = n.kids[j].to
			k = group
		} else if len(k.kids) == 0 {
			continue
		}
		was := x.changed
		x.changed = false
		x.place(k, x.lineOf(k.from), x.lineOf(k.to-1)+1, false)
		placed = placed || x.changed
		x.changed = was || x.changed
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

// xmlAt decodes the element opening line i (after an XML declaration or
// comments): the element and its last line; false when it does not
// decode, is a web page's, or text follows it on that line.
func xmlAt(text string, lines []string, starts []int, i int, lineOf func(int64) int) (*xmlNode, int, bool) {
	t := strings.TrimSpace(lines[i])
	if t == "" || t[0] != '<' || !xmlOpenRe.MatchString(t) { // the pattern opens with '<': most lines go without it
		return nil, 0, false
	}
	lead := int64(starts[i] + strings.Index(lines[i], "<"))
	// an element left open would be read to the text's end from each of
	// its lines: no table export runs longer than this
	dec := xml.NewDecoder(io.LimitReader(strings.NewReader(text[lead:]), 1<<18))
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
	var text, gap strings.Builder
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
			n.gaps = append(n.gaps, gap.String())
			gap.Reset()
		case xml.EndElement:
			n.gaps = append(n.gaps, gap.String())
			n.text = text.String()
			n.mixed = len(n.kids) > 0 && strings.TrimSpace(n.text) != ""
			n.to = base + dec.InputOffset()
			return n, nil
		case xml.CharData:
			text.Write(t)
			gap.Write(t)
		}
	}
}
