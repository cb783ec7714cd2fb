package parse

import (
	"slices"
	"strings"

	"github.com/kpu-ntt/lkj/etl/extract"
	"github.com/kpu-ntt/lkj/etl/facts"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// Tables in long (tidy) format: identifier columns (No, Kode, a name,
// maybe Tahun), then a column naming the measure and one column holding
// its value, one row per measure:
//
//	No  Program               Ukuran     Nilai
//	1   Program Dukungan ...  Pagu       1.200.000
//	                          Realisasi  1.150.000
//	                          Sisa          50.000
//
// Such a table stands for the wide table whose rows are the identifier
// groups and whose header is the measure names; that table is handed to
// the family readers, so every rule of theirs (units, grades, group rows,
// totals, findings) holds for it too. The identifier cells may be repeated
// on every row or left empty after a group's first row (long_format_groups.go);
// a Tahun column beside a name, or a value column per year, puts the year
// into the measure's title ("Target 2023"). A measure given
// twice for one group or a value without a measure name leaves that
// group unread (reported); a group whose rows are not adjacent proves no
// wide table at all, nor do measures before any identifier: the table is
// reported.

// longMeasureCols and longValueCols are the header words that name the
// measure-name column and the value column of a long table.
var (
	longMeasureCols = map[string]bool{"ukuran": true, "variabel": true, "variable": true, "measure": true, "besaran": true,
		"jenis nilai": true, "jenis ukuran": true, "jenis data": true, "jenis angka": true, "uraian": true, "parameter": true,
		"metrik": true, "metric": true, "atribut": true, "item": true, "unsur nilai": true, "komponen nilai": true}
	longValueCols = map[string]bool{"nilai": true, "value": true, "angka": true, "jumlah": true, "besaran": true, "data": true,
		"nilai angka": true, "capaian angka": true}
)

// longLayout is where the parts of a long table stand.
type longLayout struct {
	measure, value int
	ids            []int  // identifier columns, left to right
	key            []bool // per ids: a code, number or year column (a new value opens a group; text may wrap)
	year           int    // the index in ids of a Tahun column folded into the header, or -1
	names          []string
	unit           string        // the value column's money unit, "(Rp ribu)", carried to the money measures
	head, rows     []extract.Row // the header rows and the data rows (the first group's lines may stand in b.Header)
	extra          []int         // Satuan or Keterangan columns right of the measure
	values         []int         // a value column per year, or nil (one value column)
	years          []string      // the year of each of values
}

// longGroup is one row of the wide table.
type longGroup struct {
	start, end int
	ids        []string // the identifier cells, wrapped text joined
	first      []string // the identifier cells of the group's first line
	vals       map[string]string
	order      []string
	byKey      bool   // opened by a code or number, not by text alone
	year       string // the year of the group's last line that named one
	bad        string // why the group's measures are not read, or ""
	extra      [][]string
}

// longUnproven is a long table whose wide form cannot be proven.
type longUnproven struct{ why string }

// longToWide returns the wide table b stands for and the groups it left
// unread; ok false when b is not a long table. A long table whose groups
// do not prove a wide one returns a non-nil *longUnproven.
func longToWide(b *extract.Block) (*extract.Block, []*longGroup, bool, *longUnproven) {
	lay, ok := longColumns(b)
	if !ok {
		return nil, nil, false, nil
	}
	groups, bad := longGroups(b, &lay)
	if !longShape(groups, lay) {
		return nil, nil, false, nil
	}
	if bad != "" {
		return nil, nil, false, &longUnproven{why: bad}
	}
	if why := longAdjacent(groups, lay); why != "" {
		return nil, nil, false, &longUnproven{why: why}
	}
	var unread []*longGroup
	for _, g := range groups {
		if g.bad != "" {
			unread = append(unread, g)
		}
	}
	return longBlock(b, lay, groups), unread, true, nil
}

// longColumns finds the measure, value and identifier columns from the
// header; false unless the header names one measure column and one value
// column (or one per year) right of it, with nothing else filled right of
// the measure but a Satuan or Keterangan column.
func longColumns(b *extract.Block) (longLayout, bool) {
	lay := longLayout{measure: -1, value: -1, year: -1}
	head, body := b.Header, b.Rows
	if len(head) == 0 && len(body) > 0 {
		head, body = body[:1], body[1:] // a header of words the extractor does not know ("Variabel | Angka")
	}
	if len(head) == 0 || len(head)+len(body) < 3 {
		return lay, false
	}
	width := b.Width
	for _, h := range head {
		width = max(width, len(h.Cells))
	}
	// the header from its first row alone, when that names the two columns:
	// the rows under it that fill both are the first group, which the
	// header reader took for more header rows
	lay.head, lay.rows = head, body
	switch {
	case lay.find(head[:1], width):
		for k := 1; k < len(head); k++ {
			h := head[k]
			if strings.TrimSpace(h.Cell(lay.measure)) != "" && strings.TrimSpace(h.Cell(lay.value)) != "" {
				lay.head, lay.rows = head[:k], append(append([]extract.Row(nil), head[k:]...), body...)
				break
			}
		}
		lay.names = headNames(lay.head, width)
	case len(head) == 1 || !lay.find(head, width): // one header row: found false just above
		return lay, false
	}
	if len(lay.rows) < 2 {
		return lay, false
	}
	for j := lay.measure + 1; j < width; j++ {
		switch {
		case j == lay.value || !lay.filled(j) || lay.valueCol(j):
		case roleOf(lay.names[j]) == roleSatuan || roleOf(lay.names[j]) == roleKeterangan:
			lay.extra = append(lay.extra, j) // the row's unit or remark, one per group, beside or before the value
		default:
			return lay, false // a second value column: not one value per row
		}
	}
	for j := 0; j < lay.measure; j++ {
		if lay.names[j] == "" && !lay.filled(j) {
			continue
		}
		k := normalize.Key(lay.names[j])
		isYear := k == "tahun" || k == "ta" || k == "periode" || k == "tahun anggaran"
		if isYear {
			lay.year = len(lay.ids)
		}
		lay.ids = append(lay.ids, j)
		lay.key = append(lay.key, isYear || roleOf(lay.names[j]) == roleNo || strings.HasPrefix(k, "kode") || k == "no" || k == "nomor")
	}
	if len(lay.ids) == 0 || lay.values != nil && lay.year >= 0 {
		return lay, false
	}
	if lay.year >= 0 && len(lay.ids) == 1+boolCount(lay.key[:lay.year]) {
		lay.year = -1 // the year is the row's only name: rows by year (a series, a history)
	}
	return lay, true
}

// find names the columns from the header rows hs and finds the measure
// and value columns among them; with one header row, the header rows
// below that fill both columns are kept as lead (the first data rows) and
// the others join the names.
func (lay *longLayout) find(hs []extract.Row, width int) bool {
	lay.measure, lay.value, lay.unit, lay.values, lay.years = -1, -1, "", nil, nil
	// Most tables are not long ones: the names and their keys are read
	// on the stack, and lay.names is a copy only when the header is found
	// (issue 13: a names array and a key per column for every table).
	// longColumns, the one caller, reads lay.names only then.
	var nameBuf [16]string
	var names []string
	if width <= len(nameBuf) {
		names = headNamesIn(nameBuf[:width], hs)
	} else {
		names = headNames(hs, width)
	}
	var keyBuf [128]byte
	for j, n := range names {
		k, ok := normalize.KeyTo(keyBuf[:], n) // valid until the next column: kept below only as a copy
		if !ok {
			k = normalize.Key(n)
		}
		switch {
		case (lay.measure < 0 || lay.value < 0 && rowNameMeasure(names[lay.measure])) && longMeasureCol(k):
			lay.measure = j
		case lay.measure >= 0 && lay.value < 0 && longValueCol(k):
			lay.value = j
			lay.unit = longMoneyUnit(n)
		case lay.measure >= 0 && lay.value < 0 && longYearCol(k) != "":
			lay.values = append(lay.values, j)
			lay.years = append(lay.years, strings.Clone(longYearCol(k)))
		}
	}
	found := lay.measure >= 0 && lay.value >= 0
	if lay.value < 0 && len(lay.values) >= 2 {
		lay.value = lay.values[0] // a value column per year ("Ukuran | 2022 | 2023")
		found = lay.measure >= 0
	} else {
		lay.values, lay.years = nil, nil
	}
	lay.names = nil
	if found {
		lay.names = slices.Clone(names)
	}
	return found
}

// filled: a data row fills column j.
func (lay *longLayout) filled(j int) bool {
	for _, r := range lay.rows {
		if strings.TrimSpace(r.Cell(j)) != "" {
			return true
		}
	}
	return false
}

// longYearCol is the year a folded value-column title names alone
// ("2023", "tahun 2023", "nilai 2023"), or "".
func longYearCol(k string) string {
	y := ""
	for w, i := fieldAt(k, 0); w != ""; w, i = fieldAt(k, i) { // strings.Fields without the slice (issue 13)
		switch {
		case len(w) == 4 && (strings.HasPrefix(w, "19") || strings.HasPrefix(w, "20")) && y == "" && allDigits(w):
			y = w
		case w == "tahun" || w == "ta" || w == "nilai" || w == "value" || w == "angka" || w == "jumlah" || w == "year":
		default:
			return ""
		}
	}
	return y
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// valueCol: column j is one of the per-year value columns.
func (lay *longLayout) valueCol(j int) bool {
	for _, c := range lay.values {
		if c == j {
			return true
		}
	}
	return false
}

// lineValues are the values of a line: one per value column.
func (lay *longLayout) lineValues(ln []string) []string {
	if lay.values == nil {
		return []string{strings.TrimSpace(cellOf(ln, lay.value))}
	}
	out := make([]string, len(lay.values))
	for i, j := range lay.values {
		out[i] = strings.TrimSpace(cellOf(ln, j))
	}
	return out
}

// headNames joins the cells of each column of the header rows hs.
func headNames(hs []extract.Row, width int) []string {
	return headNamesIn(make([]string, width), hs)
}

// headNamesIn is headNames written in names (one per column).
func headNamesIn(names []string, hs []extract.Row) []string {
	var buf [8]string // the parts of a name, kept off the heap
	for j := range names {
		parts := buf[:0]
		for _, h := range hs {
			if c := strings.TrimSpace(h.Cell(j)); c != "" {
				parts = append(parts, c)
			}
		}
		names[j] = strings.Join(parts, " ")
	}
	return names
}

// longMeasureCol: a folded header names the measure-name column: a word
// of the vocabulary, or one opening a title ("Ukuran Kinerja", "Jenis
// Ukuran").
func longMeasureCol(k string) bool {
	if longMeasureCols[k] {
		return true
	}
	var w [2]string
	n := 0
	for x, i := fieldAt(k, 0); x != ""; x, i = fieldAt(k, i) { // firstFields, whose array kept k on the heap (issue 13)
		if n == len(w) {
			n++
			break
		}
		w[n] = x
		n++
	}
	switch {
	case n == 2 && w[0] == "jenis":
		return longMeasureCols[w[1]] || w[1] == "nilai" || w[1] == "besaran" || w[1] == "kelamin" // L / P / L+P as rows
	case n == 2 && w[1] != "" && longMeasureCols[w[0]] && w[0] != "uraian" && w[0] != "item":
		return w[1] == "kinerja" || w[1] == "nilai" || w[1] == "data"
	}
	return false
}

// longValueCol: a folded header names the value column: a word of the
// vocabulary alone or followed by its unit ("Nilai (Rp)", "Value (IDR)").
func longValueCol(k string) bool {
	n := 0 // strings.Fields(k) walked without the slice, which kept k on the heap (issue 13)
	for u, i := fieldAt(k, 0); u != ""; u, i = fieldAt(k, i) {
		n++
		if n == 1 {
			if longValueCols[k] {
				return true
			}
			if !longValueCols[u] {
				return false
			}
			continue
		}
		switch u {
		case "rp", "rupiah", "idr", "ribu", "ribuan", "juta", "jutaan", "miliar", "dalam", "persen", "orang", "jiwa", "pemilih", "000", "x", "1":
		default:
			return false
		}
	}
	return n > 0
}

// longMoneyUnit is the parenthesised money unit of a value column's title
// ("Nilai (Rp ribu)"), or "".
func longMoneyUnit(title string) string {
	i, j := strings.IndexByte(title, '('), strings.LastIndexByte(title, ')')
	if i < 0 || j < i {
		return ""
	}
	u := title[i : j+1]
	k := normalize.Key(u)
	if moneyUnit(" "+k+" ") != "" || k == "rp" || k == "rupiah" {
		return u
	}
	return ""
}

func boolCount(bs []bool) int {
	n := 0
	for _, b := range bs {
		if b {
			n++
		}
	}
	return n
}

// longShape: the groups are those of a long table: two or more rows of
// measures, a measure that two of them share, two measures in most. The
// rows are counted by their identifiers, so that rows of one group that
// are not adjacent still show the shape (and longAdjacent reports them).
func longShape(groups []*longGroup, lay longLayout) bool {
	if longSingle(groups, lay) {
		return true // one row, its header proving the shape (long_format_rowname.go)
	}
	byID := map[string]map[string]bool{}
	for _, g := range groups {
		if g.vals == nil {
			continue
		}
		k := longID(g, lay)
		if byID[k] == nil {
			byID[k] = map[string]bool{}
		}
		for _, l := range g.order {
			byID[k][l] = true
		}
	}
	seen := map[string]int{}
	multi := 0
	for _, ls := range byID {
		if len(ls) >= 2 {
			multi++
		}
		for l := range ls {
			seen[l]++
		}
	}
	shared := false
	for _, c := range seen {
		shared = shared || c >= 2
	}
	return len(byID) >= 2 && shared && 2*multi > len(byID)
}

// longID is a group's identifiers folded, the folded Tahun left out.
func longID(g *longGroup, lay longLayout) string {
	var k []string
	for i, c := range g.ids {
		if i != lay.year {
			k = append(k, normalize.Key(c))
		}
	}
	return strings.Join(k, "\x00")
}

// longAdjacent says why the groups prove no wide table: measures before
// any identifier (a name centred on its group's lines), the same
// identifiers in two groups (the rows of one not adjacent), or a group
// opened by its text alone whose first measure is not the table's first
// (its text may continue the group above).
func longAdjacent(groups []*longGroup, lay longLayout) string {
	seen := map[string]bool{}
	firstLabel := ""
	for _, g := range groups {
		if g.vals == nil {
			continue
		}
		if strings.TrimSpace(strings.Join(g.ids, "")) == "" {
			return "ukuran " + g.order[0] + " sebelum identitas barisnya" // a name set in the middle of its group's lines
		}
		key := longID(g, lay)
		if seen[key] {
			return "baris " + strings.TrimSpace(strings.Join(g.ids, " ")) + " tidak berurutan"
		}
		seen[key] = true
		if firstLabel == "" {
			firstLabel = g.order[0]
		} else if !g.byKey && g.order[0] != firstLabel {
			return "kelompok " + strings.TrimSpace(strings.Join(g.ids, " ")) + " tidak dibuka dengan ukuran " + firstLabel
		}
	}
	return ""
}

// longBlock builds the wide table: the identifier columns (but a folded
// Tahun), then one column per measure in the order they first appear.
func longBlock(b *extract.Block, lay longLayout, groups []*longGroup) *extract.Block {
	var labels []string
	have := map[string]bool{}
	for _, g := range groups {
		for _, l := range g.order {
			if !have[l] {
				have[l] = true
				labels = append(labels, l)
			}
		}
	}
	var head []string
	for i, j := range lay.ids {
		if i != lay.year {
			head = append(head, lay.names[j])
		}
	}
	for _, l := range labels {
		if lay.unit != "" && !strings.Contains(l, "(") && !percentLabel(l) {
			l += " " + lay.unit
		}
		head = append(head, l)
	}
	for _, j := range lay.extra {
		head = append(head, lay.names[j])
	}
	out := *b
	out.Width = len(head)
	hs, he := lay.head[0].Start, lay.head[len(lay.head)-1].End
	out.Header = []extract.Row{{Start: hs, End: he, Cells: head}}
	out.Rows = make([]extract.Row, 0, len(groups))
	for _, g := range groups {
		if g.bad != "" {
			continue
		}
		cells := make([]string, 0, len(head))
		for i, c := range g.ids {
			if i != lay.year {
				cells = append(cells, c)
			}
		}
		for _, l := range labels {
			cells = append(cells, g.vals[l])
		}
		for i := range lay.extra {
			cells = append(cells, g.extraCell(i))
		}
		out.Rows = append(out.Rows, extract.Row{Start: g.start, End: max(g.start, g.end), Cells: cells})
	}
	return &out
}

// percentLabel: a measure that is a percentage, never an amount.
func percentLabel(l string) bool {
	k := normalize.Key(l)
	return strings.Contains(l, "%") || strings.Contains(k, "persen") || strings.Contains(k, "serapan") || strings.Contains(k, "capaian")
}

// longTable turns a long table into its wide one for the family readers;
// a long table that proves none is reported and read no further (true).
func (p *parser) longTable(b *extract.Block) (*extract.Block, bool) {
	wb, unread, ok, un := longToWide(b)
	if un != nil {
		label := tableLabel(b)
		p.find("tabel.tidak_dikenali", facts.Warning, b.Start, b.End, label,
			"%s: tabel format panjang (satu baris per ukuran) tidak terbukti: %s; tidak dibaca", label, un.why)
		return nil, true
	}
	for _, g := range unread {
		name := strings.TrimSpace(strings.Join(g.ids, " "))
		p.find("tabel.baris_tidak_dibaca", facts.Warning, g.start, g.end, name,
			"%s: baris %q format panjang: %s kelompok itu tidak dimuat", tableLabel(b), name, g.bad)
	}
	if ok {
		return wb, false
	}
	return b, false
}

// tableLabel names b in a finding: its caption, or "tabel".
func tableLabel(b *extract.Block) string {
	if c := strings.TrimSpace(b.Caption); c != "" {
		return c
	}
	return "tabel"
}

// extraCell is the group's cell of extra column i: the text its lines
// agree on; lines that disagree (a unit per measure) leave it empty, as
// the wide table would have no one unit for the row.
func (g *longGroup) extraCell(i int) string {
	if i >= len(g.extra) || len(g.extra[i]) == 0 {
		return ""
	}
	for _, c := range g.extra[i][1:] {
		if c != g.extra[i][0] {
			return ""
		}
	}
	return g.extra[i][0]
}
