package parse

import (
	"slices"
	"strings"
)

// The rows of an XML export (pipes_xml.go): which elements are rows, which
// are tables holding them, and the TAB table they stand for.

// xmlRow is one row: the tag it was written under and its cells, each
// named by its column.
type xmlRow struct {
	tag        string
	keys, vals []string
}

// xmlTable reads n as a table: its caption, header and rows, and its first
// row element (the header goes on the line above it); tableish when n
// holds rows but is no proven table. root: n stands alone, so an untitled
// table takes no caption from its tag (the text around it names it).
func xmlTable(n *xmlNode, root bool) (caption string, header []string, rows [][]string, first *xmlNode, ok, tableish bool) {
	if n.mixed {
		return "", nil, nil, nil, false, xmlHolds(n) && !xmlProseApart(n)
	}
	if b := xmlBody(n); b != nil {
		n = b
	}
	if caption, header, rows, first, ok, tableish = xmlGrid(n); tableish {
		return caption, header, rows, first, ok, tableish
	}
	var meta []string
	var counts []xmlCount
	amount := false // an amount beside the rows: no column of theirs holds it
	for _, a := range n.attrs {
		if c, ok := xmlCountOf(a[0], a[1]); ok {
			counts = append(counts, c)
			continue
		}
		caption, meta, amount = xmlMeta(a[0], a[1], caption, meta, amount)
	}
	for _, k := range n.kids {
		if _, row := xmlRows(k); !row && !xmlLeaf(k) && xmlHolds(k) {
			return "", nil, nil, nil, false, false // a wrapper of tables: each read apart
		}
	}
	var body []xmlRow
	var total *xmlRow
	after := false // a cell after the rows (a note, the unit): no row may follow
	for _, k := range n.kids {
		if c, ok := xmlCountOf(k.name, k.text); ok && xmlLeaf(k) {
			counts = append(counts, c)
			continue
		}
		if xmlLeaf(k) {
			after = len(body) > 0
			caption, meta, amount = xmlMeta(k.name, k.text, caption, meta, amount)
			continue
		}
		rs, isRow := xmlRows(k)
		switch {
		case !isRow || total != nil || after:
			// a cell with attributes, a row after the total or after a
			// loose cell: no row of a proven table
			return "", nil, nil, nil, false, true
		case xmlTotal(k.name) && len(body) > 0 && len(rs) == 1:
			total = &rs[0]
			continue
		}
		if first == nil {
			first = k
		}
		body = append(body, rs...)
	}
	if first == nil {
		return "", nil, nil, nil, false, false
	}
	if amount {
		return "", nil, nil, nil, false, true
	}
	keys := make([][]string, len(body))
	vals := make([][]string, len(body))
	rowTag, most := "", 0
	for r, row := range body {
		keys[r], vals[r] = row.keys, row.vals
		if len(row.keys) > most {
			rowTag, most = row.tag, len(row.keys) // the fullest row's tag names what the rows are
		}
	}
	head, rows, same := exportSameKeys(keys, vals)
	if !same || !xmlCountsFit(counts, n, len(body), total != nil, len(head)) || !xmlUnitsAgree(head, rows) {
		return "", nil, nil, nil, false, true
	}
	if total != nil {
		row, ok := xmlTotalRow(head, rows[0], total)
		if !ok {
			return "", nil, nil, nil, false, true // a total of other columns
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
	if caption == "" && (!root || len(body) == 1) {
		caption = exportHeader(n.name) // a nested table, or one row: its tag names it
	}
	return xmlCaption(caption, meta), header, rows, first, true, true
}

// xmlCaption writes a caption with what stands beside it: the table's
// number before it ("Tabel 3.2 …"), words and a year after it.
func xmlCaption(caption string, meta []string) string {
	if len(meta) > 0 && strings.HasPrefix(meta[0], "Tabel ") {
		caption = strings.TrimSpace(meta[0] + " " + caption)
		meta = meta[1:]
	}
	if len(meta) > 0 {
		caption = strings.TrimSpace(caption + " (" + strings.Join(meta, "; ") + ")")
	}
	return caption
}

// xmlTotalRow lays the total's cells in the table's columns; it names
// itself, as a table's total row does, in the first column of words when
// no cell of it is a word. False when it names a column the rows do not.
func xmlTotalRow(head, first []string, total *xmlRow) ([]string, bool) {
	row := make([]string, len(head))
	named := false
	for c, k := range total.keys {
		i := slices.Index(head, k)
		if i < 0 {
			return nil, false
		}
		row[i] = total.vals[c]
		named = named || row[i] != "" && !numLike(row[i])
	}
	for c := range head {
		if named {
			break
		}
		if v := first[c]; v == "" || numLike(v) {
			continue
		}
		if row[c] == "" {
			row[c] = strings.ToUpper(exportHeader(total.tag))
		}
		break
	}
	return row, true
}

// xmlMeta files a table element's attribute or text-only child: the first
// caption key is the caption, a word or a year beside it (a unit, the
// year) is added to it; an amount there has no column to stand in
// (amount is then true).
func xmlMeta(k, v, caption string, meta []string, amount bool) (string, []string, bool) {
	v = strings.Join(strings.Fields(v), " ")
	lk := strings.ToLower(k)
	switch {
	case v == "" || xmlIDKeys[lk] || xmlDateRe.MatchString(v):
		// an export's id, version or date: nothing of the table
		return caption, meta, amount
	case caption == "" && xmlCaptionKeys[lk]:
		return v, meta, amount
	case xmlNumberKeys[lk] && xmlTableNoRe.MatchString(v):
		return caption, append([]string{"Tabel " + v}, meta...), amount
	case hasDigitStr(v) && !xmlYearRe.MatchString(v):
		return caption, meta, true
	}
	return caption, append(meta, exportHeader(k)+" "+v), amount
}

// xmlLeaf: an element of text only, a cell.
func xmlLeaf(n *xmlNode) bool { return len(n.kids) == 0 && len(n.attrs) == 0 }

// xmlRecord reads an element as a row of cells: its attributes, then its
// text-only children, each a cell named by its tag; or, with no children,
// its text (named by its own tag) before two or more attributes
// (`<kecamatan l="…" p="…">Lela</kecamatan>`). False when a child holds
// elements or attributes of its own, text stands beside the cells, or it
// names fewer than two cells.
func xmlRecord(n *xmlNode) (keys, vals []string, ok bool) {
	if n == nil || n.mixed {
		return nil, nil, false
	}
	if t := strings.TrimSpace(n.text); len(n.kids) == 0 && t != "" {
		if len(n.attrs) < 2 {
			return nil, nil, false // a cell, or one with its unit beside it
		}
		keys, vals = []string{n.name}, []string{t}
	}
	for _, a := range n.attrs {
		keys = append(keys, a[0])
		vals = append(vals, strings.TrimSpace(a[1]))
	}
	for _, k := range n.kids {
		key, val, ok := xmlCell(k)
		if !ok {
			return nil, nil, false
		}
		keys = append(keys, key)
		vals = append(vals, val)
	}
	return keys, vals, len(keys) >= 2
}

// xmlRows reads n as rows: a record is one; an element of cells holding
// rows (a program and its kegiatan, a sasaran and its indikator) is its
// own row, then theirs in order, when a column of its cells is one of
// theirs. An element whose cells only title it is a table, not a row.
func xmlRows(n *xmlNode) ([]xmlRow, bool) {
	if ks, vs, ok := xmlRecord(n); ok {
		return []xmlRow{{n.name, ks, vs}}, true
	}
	if n == nil || n.mixed || len(n.kids) == 0 {
		return nil, false
	}
	own := xmlRow{tag: n.name}
	for _, a := range n.attrs {
		own.keys = append(own.keys, a[0])
		own.vals = append(own.vals, strings.TrimSpace(a[1]))
	}
	var subs []xmlRow
	for _, k := range n.kids {
		if key, val, ok := xmlCell(k); ok {
			own.keys = append(own.keys, key)
			own.vals = append(own.vals, val)
			continue
		}
		rs, ok := xmlRows(k)
		if !ok {
			return nil, false
		}
		subs = append(subs, rs...)
	}
	if len(subs) == 0 {
		return nil, false
	}
	shared, titles := false, true
	for i, k := range own.keys {
		c, count := xmlCountOf(k, own.vals[i])
		titles = titles && (xmlCaptionKeys[strings.ToLower(k)] || count && c.of != 'i')
		for _, s := range subs {
			shared = shared || slices.Contains(s.keys, k)
		}
	}
	if !shared || titles || !xmlLevelsTold(own, subs) {
		return nil, false
	}
	return append([]xmlRow{own}, subs...), true
}

// xmlHolds: n holds a row somewhere below it (a table it could not read,
// so one to report).
func xmlHolds(n *xmlNode) bool {
	for _, k := range n.kids {
		if _, ok := xmlRows(k); ok || xmlHolds(k) {
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

// xmlGrid reads a table whose cells are not named by their column: a
// header element (`<kolom>`, `<header>`) of the column names, then rows of
// as many cells, each row's cells under one tag (`<baris><sel>1</sel>
// <sel>Lela</sel>…</baris>`), as the rows of a JSON array under its header
// array. tableish when n has such a header; ok when every row fits it.
func xmlGrid(n *xmlNode) (caption string, header []string, rows [][]string, first *xmlNode, ok, tableish bool) {
	var meta []string
	var counts []xmlCount
	amount := false
	for _, a := range n.attrs {
		if c, ok := xmlCountOf(a[0], a[1]); ok {
			counts = append(counts, c)
			continue
		}
		caption, meta, amount = xmlMeta(a[0], a[1], caption, meta, amount)
	}
	for _, k := range n.kids {
		cells, grid := xmlGridRow(k)
		c, count := xmlCountOf(k.name, k.text)
		switch {
		case count && xmlLeaf(k):
			counts = append(counts, c)
		case header == nil && xmlLeaf(k):
			caption, meta, amount = xmlMeta(k.name, k.text, caption, meta, amount)
		case header == nil && grid && jsonHeadKeys[strings.ToLower(k.name)]:
			header, first = cells, k
		case header == nil:
			return "", nil, nil, nil, false, false // no header first: not this shape
		case !grid || len(cells) != len(header):
			return "", nil, nil, nil, false, true
		default:
			rows = append(rows, cells)
		}
	}
	if header == nil {
		return "", nil, nil, nil, false, false
	}
	if len(rows) == 0 || amount || !xmlCountsFit(counts, n, len(rows), false, len(header)) {
		return "", nil, nil, nil, false, true
	}
	// the header's own line goes with it: the rows follow on the next
	return xmlCaption(caption, meta), header, rows, first.kids[0], true, true
}

// xmlGridRow reads an element of two or more text-only cells under one tag.
func xmlGridRow(n *xmlNode) ([]string, bool) {
	if len(n.attrs) > 0 || n.mixed || len(n.kids) < 2 {
		return nil, false
	}
	cells := make([]string, len(n.kids))
	for i, k := range n.kids {
		if !xmlLeaf(k) || k.name != n.kids[0].name {
			return nil, false
		}
		cells[i] = strings.TrimSpace(k.text)
	}
	return cells, true
}
