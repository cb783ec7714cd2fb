package parse

import (
	"regexp"
	"strconv"
	"strings"
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

// xmlRowWords and xmlCountWords name, together, the count of a table's
// rows ("jumlah baris", "row count", "banyak data").
var (
	xmlRowWords = map[string]bool{"baris": true, "row": true, "rows": true, "record": true, "records": true, "rekord": true,
		"rekaman": true, "data": true, "item": true, "items": true, "entri": true, "entry": true, "entries": true, "butir": true}
	xmlCountWords = map[string]bool{"jumlah": true, "jml": true, "banyak": true, "banyaknya": true, "total": true,
		"count": true, "n": true, "num": true, "number": true, "cacah": true}
)

// xmlRowCount reads a table element's attribute or text-only child as the
// number of rows it says the table holds; false when its name is no such
// count or its value no whole number.
func xmlRowCount(k, v string) (int, bool) {
	words := strings.Fields(exportHeader(k))
	row, count := false, len(words) == 1 && (words[0] == "count" || words[0] == "rows")
	for _, w := range words {
		row = row || xmlRowWords[w]
		count = count || xmlCountWords[w]
	}
	v = strings.TrimSpace(v)
	if !row || !count || !xmlCountValRe.MatchString(v) {
		return 0, false
	}
	n, err := strconv.Atoi(v)
	return n, err == nil
}

// xmlCountsFit: every count a table states is the number of its row
// elements (a total element counted or not), or of its rows once a row's
// own rows (a program's kegiatan) are counted too.
func xmlCountsFit(counts []int, n *xmlNode, rows int, total bool) bool {
	elems := 0
	for _, k := range n.kids {
		if !xmlLeaf(k) {
			elems++
		}
	}
	for _, c := range counts {
		t := 0
		if total {
			t = 1
		}
		if c != elems && c != elems-t && c != rows && c != rows+t {
			return false
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
