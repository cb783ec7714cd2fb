package parse

import (
	"regexp"
	"strings"

	"github.com/kpu-ntt/lkj/etl/extract"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// A DPT table per desa/kelurahan lists villages grouped under their
// kecamatan: by a heading row naming the kecamatan ("KECAMATAN ALAK",
// "Kec. Alak", a row with only a name), or by a Kecamatan column filled on
// a group's first row (or on every row) beside a column of village names;
// each group maybe closed by a subtotal row ("Jumlah Kecamatan Alak",
// "Sub Total", "Jumlah") and the table by a grand total ("TOTAL KOTA
// KUPANG", "Jumlah Total"). A village is no region the warehouse keeps:
// keyed as a kecamatan it would be a wrong key. The kecamatan's row is the
// subtotal its table states, the satker's row the grand total, each only
// where the villages' sums prove it; without a subtotal nothing but a sum
// would make a kecamatan's figures, and a sum is not what the table states.

// villageColumn is the column of village names (a "Desa/Kelurahan" header
// over names, not counts), left of the voter columns; -1 when none.
// A roleNama column is never it: that is the kecamatan's. cols are
// columnTexts(b), the table's shared answer (tableInfo.columns).
func villageColumn(b *extract.Block, cols [][]string, roles []int) int {
	first := firstVoterColumn(roles)
	for j, cs := range cols {
		if first >= 0 && j >= first || j < len(roles) && roles[j] == roleNama {
			continue
		}
		desa := false
		for _, c := range cs {
			if dptRole(c) == roleDesa {
				desa = true
				break
			}
		}
		if desa && namesInColumn(b.Rows, j) {
			return j
		}
	}
	return -1
}

// firstVoterColumn is the first TPS/L/P/L+P column, -1 when none.
func firstVoterColumn(roles []int) int {
	for j, r := range roles {
		if r == roleTPS || r == roleL || r == roleP || r == roleLP {
			return j
		}
	}
	return -1
}

// namesInColumn: most rows that fill column j write a name there (a
// letter, not a count); a column of village counts holds numbers.
func namesInColumn(rows []extract.Row, j int) bool {
	names, nums := 0, 0
	for i := range rows {
		c := strings.TrimSpace(rows[i].Cell(j))
		switch {
		case c == "":
		case hasLetter(c) && !totalText(c) && !isDigitByte(c[0]):
			names++ // "12 desa" counts; "Wolomotong" names
		case !hasLetter(c):
			nums++
		}
	}
	return names >= 2 && names > nums
}

// villageNameColumn is the first of the two hooks into dptTable: a column
// of village names is no count of villages. Alone it is the table's name
// column (its rows grouped by kecamatan headings); beside a Kecamatan
// column it is read by dptVillageRows only.
func villageNameColumn(b *extract.Block, cols [][]string, roles []int, level string) string {
	v := villageColumn(b, cols, roles)
	if v < 0 {
		return level
	}
	if indexOf(roles, roleNama) < 0 {
		roles[v] = roleNama
		return "kecamatan"
	}
	roles[v] = roleNone
	return level
}

// villageGroup is one kecamatan's rows in a DPT table per village.
type villageGroup struct {
	name     string // as written, without "Kecamatan"/"Kec."
	villages []int  // row indexes
	sub      int    // the subtotal row, -1 when none
	conflict bool   // two names or two subtotals that disagree
	closed   bool   // a total row came after its villages
}

// villageTotalRow is a total row and the group open when it came.
type villageTotalRow struct {
	row, group int
	kind       int // totGroup, totGrand, totBare
	name       string
}

const (
	totGroup = iota + 1 // a kecamatan's subtotal ("Jumlah Kecamatan Alak", "Sub Total")
	totGrand            // the satker's total ("TOTAL KOTA KUPANG", "Jumlah Total")
	totBare             // "Jumlah", "Total": which one, its place and sums tell
)

var reVillageTotal = regexp.MustCompile(`(?i)^\s*(?:grand\s+)?(sub\s*-?\s*total|sub\s+jumlah|total|jumlah|jml\.?)(?:\s+|$)(.*)$`)

// reLabelCount is a village count written in a subtotal's label
// ("Subtotal Kec. Alak (4)", "Jumlah Kecamatan Alak (4 kelurahan)").
var reLabelCount = regexp.MustCompile(`(?i)\s*\(\s*(\d{1,4})\s*(?:desa|kel\.?|kelurahan|desa\s*/\s*kel(?:\.|urahan)?)?\s*\)\s*$`)

// labelCount is the village count a total row's label states.
func labelCount(r *extract.Row, first int) (int64, bool) {
	for j, c := range r.Cells {
		if first >= 0 && j >= first {
			break
		}
		if m := reLabelCount.FindStringSubmatch(c); m != nil && mayTotal(strings.TrimSpace(c)) || m != nil && subtotalWords(c) {
			return int64(atoi(m[1])), true
		}
	}
	return 0, false
}

// villageTotal reads a total row's label; 0 when it is none.
func villageTotal(lab, group, owner, prov string) (kind int, name string) {
	if !villageTotalMay(lab) { // no total's first letter (scan_villagetotal.go)
		return 0, ""
	}
	m := reVillageTotal.FindStringSubmatch(lab)
	if m == nil {
		return 0, ""
	}
	sub := strings.HasPrefix(strings.ToLower(m[1]), "sub")
	rest := strings.TrimSpace(strings.Trim(strings.TrimSpace(reLabelCount.ReplaceAllString(m[2], "")), ":"))
	k := normalize.Key(rest)
	switch {
	case rest == "" && sub:
		return totGroup, ""
	case rest == "":
		return totBare, ""
	case kecamatanName(rest) != rest:
		return totGroup, kecamatanName(rest) // "Jumlah Kecamatan Alak", "Subtotal Kec. Alak"
	case has(" "+k+" ", "total", "keseluruhan", "seluruhnya", "seluruh", "akhir", "umum", "semua", "kabupaten", "kota", "kab") ||
		namesOwner(rest, owner, prov):
		return totGrand, ""
	case group != "" && normalize.Key(rest) == normalize.Key(group):
		return totGroup, rest // "Jumlah Alak" under the villages of Alak
	case sub:
		return totGroup, ""
	}
	return 0, "" // "Jumlah Dapil 1", a label this reader does not know
}

// villageLabel is the first cell before the voter columns that writes a
// name: not a row number, not a group's letter ("A.", "II").
func villageLabel(r *extract.Row, first int) string {
	for j, c := range r.Cells {
		if first >= 0 && j >= first {
			break
		}
		if c != "" && hasLetter(c) && !groupMark(c) {
			return c
		}
	}
	return ""
}

// groupMark: a cell that only numbers a group ("A.", "II", "B)").
func groupMark(c string) bool {
	t := strings.TrimRight(strings.TrimSpace(c), ".):")
	if t == "" || len(t) > 4 {
		return false
	}
	for i := 0; i < len(t); i++ {
		if !strings.ContainsRune("IVXLABCDEFGH", rune(t[i])) {
			return false
		}
	}
	return true
}

// villageTotalOf is the total kind of row r: the first label cell before
// the voter columns that reads as a total ("Alak | Jumlah | …" too).
func villageTotalOf(r *extract.Row, first int, group, owner, prov string) (int, string) {
	cells := r.Cells
	if trailingHeading(r, first) != "" {
		cells = r.Head() // "Sub Total" whose line the next heading was glued to
	}
	for j, c := range cells {
		if first >= 0 && j >= first {
			break
		}
		if c == "" || !hasLetter(c) {
			continue
		}
		if k, n := villageTotal(c, group, owner, prov); k != 0 {
			return k, n
		}
	}
	return 0, ""
}

// explicitKecamatan: a label that calls itself a kecamatan.
func explicitKecamatan(lab string) bool {
	return lab != "" && kecamatanName(lab) != strings.TrimSpace(lab)
}

var reVillageCaption = regexp.MustCompile(`(?i)\b(?:per|setiap|tiap|tingkat|menurut)\s+(?:desa|kelurahan|kel\.)`)

// villageTable: whether the rows of a DPT table are villages, proven by the
// table itself: a column of village names, a name column headed as desa or
// kelurahan, a heading or subtotal that names a kecamatan, or a caption or
// introducing sentence saying the table is per village ("per
// Desa/Kelurahan") over a table that counts no villages per row.
func (p *parser) villageTable(t *tableInfo, roles []int, owner string) bool {
	b := t.b
	if villageColumn(b, t.columns(), roles) >= 0 {
		return true
	}
	nama := indexOf(roles, roleNama)
	if nama < 0 {
		return false
	}
	for _, c := range t.columns()[nama] {
		k := normalize.SpacedKey(c)
		if has(k, "desa", "kel", "kelurahan", "village", "villages") {
			return true // "Kecamatan/Kelurahan", "Nama Desa" over the names
		}
	}
	first := firstVoterColumn(roles)
	for i := range b.Rows {
		r := &b.Rows[i]
		lab := villageLabel(r, first)
		if k, n := villageTotalOf(r, first, "", owner, p.prov); k == totGroup && n != "" {
			return true // "Jumlah Kecamatan Alak": the rows above are its villages
		}
		if explicitKecamatan(lab) && !villageValues(r, roles) && !totalText(lab) {
			return true // "KECAMATAN ALAK" heading a group
		}
	}
	if d := indexOf(roles, roleDesa); d >= 0 && countsInColumn(b.Rows, d) {
		return false // a village count per row: the rows are kecamatan
	}
	if namedGroups(b.Rows, roles, first) || namedRows(b.Rows, roles, first) > maxKecamatan {
		return true
	}
	text := b.Caption
	if intro := p.tableIntro(); intro != "" {
		text += " " + intro
	} else if k := len(p.recent) - 1; k >= 0 && !p.recent[k].caption {
		text += " " + lastSentence(p.recent[k].text)
	}
	return reVillageCaption.MatchString(text) && !containsFoldASCII(text, "per kecamatan")
}

// lastSentence is the last sentence of a paragraph.
func lastSentence(t string) string {
	ss := sentences(t)
	if len(ss) == 0 {
		return ""
	}
	return ss[len(ss)-1]
}

// countsInColumn: more rows write a number than a name in column j.
func countsInColumn(rows []extract.Row, j int) bool {
	n := 0
	for i := range rows {
		if c := rows[i].Cell(j); c != "" && !hasLetter(c) {
			n++
		}
	}
	return n*2 > len(rows)
}

// villageValues: the row states a voter figure or a TPS count.
func villageValues(r *extract.Row, roles []int) bool {
	for _, role := range [...]int{roleTPS, roleL, roleP, roleLP} {
		if c := r.Cell(indexOf(roles, role)); c != "" && hasDigitStr(c) {
			return true
		}
	}
	return false
}

// gluedHeading is the kecamatan heading the text joined to the first
// village below it ("Borong" over "1 | Rana Loba | 5 | …": the heading's
// line has no row number, the village's has): "" when the row's first line
// is its own. A name wrapped over two lines keeps its number on the first.
func gluedHeading(r *extract.Row, first int) string {
	ls := r.Lines()
	if len(ls) < 2 || len(ls[1]) == 0 || ls[1][0] == "" || !rowNumberCell(ls[1][0]) {
		return ""
	}
	if len(ls[0]) == 0 || ls[0][0] != "" && !groupMark(ls[0][0]) {
		return "" // the head line fills the No column itself: not a heading over a numbered row
	}
	name := ""
	for j, c := range ls[0] {
		switch {
		case c == "" || j == 0 && groupMark(c):
		case first >= 0 && j >= first || hasDigitStr(c) || name != "":
			return "" // a figure, or a second text: a row of its own
		default:
			name = c
		}
	}
	if name == "" || totalText(name) || dapilHeading(name) {
		return ""
	}
	return name
}

// dptVillageOnly reads, as a DPT table, a table of villages whose header
// names no kecamatan ("No | Desa/Kelurahan | TPS | L | P | L+P"), when
// rows head or close at least two kecamatan ("KECAMATAN ALAK", "Jumlah
// Kecamatan Alak"). One kecamatan's villages beside the table per
// kecamatan stay an illustration, as before.
func (p *parser) dptVillageOnly(t *tableInfo) bool {
	b := t.b
	roles := dptColumnRoles(b)
	first := firstVoterColumn(roles)
	if indexOf(roles, roleLP) < 0 || villageColumn(b, t.columns(), roles) < 0 {
		return false
	}
	named := 0
	for i := range b.Rows {
		r := &b.Rows[i]
		lab := villageLabel(r, first)
		k, n := villageTotalOf(r, first, "", p.doc.Meta.SatkerID, p.prov)
		if k == totGroup && n != "" || explicitKecamatan(lab) && !villageValues(r, roles) && k == 0 {
			named++
		}
	}
	if named < 2 {
		return false
	}
	t.fam = famDPT
	p.dptTable(t)
	return true
}

// namedGroups: rows written only with a name (no figure, no total, no
// district) head groups of named rows with figures: regions grouped under
// regions, the villages of their kecamatan. Two such groups at least; a
// name wrapped above its figures heads no named rows. (Kecamatan grouped
// under some other name would lose their rows here, never gain a key.)
func namedGroups(rows []extract.Row, roles []int, first int) bool {
	heads := 0
	inGroup, named, total := false, 0, false
	head := func() bool {
		if inGroup && named == 0 {
			return false // a heading over no named rows
		}
		heads++
		inGroup, named, total = true, 0, false
		return true
	}
	for i := range rows {
		r := &rows[i]
		lab, vals := villageLabel(r, first), villageValues(r, roles)
		if vals && gluedHeading(r, first) != "" && !head() {
			return false // the heading the text joined to its first village
		}
		switch {
		case lab == "" && !vals:
		case !vals && !dapilHeading(lab) && !totalText(lab) && !subtotalWords(lab):
			if !head() {
				return false
			}
		case totalText(lab) || subtotalWords(lab):
			total = true
			if trailingHeading(r, first) != "" && !head() {
				return false
			}
		case vals && lab != "":
			if !inGroup || total {
				return false // named rows before the first heading, or after a group's total
			}
			named++
		}
	}
	return heads >= 2 && named > 0
}

// trailingHeading is the heading the text glued to the bare total row
// above it ("Sub Total | 9 | …" then "Lela" on a line of its own, read as
// the rest of the total's label): "" when there is none. A bare total
// ("Jumlah", "Sub Total") names nothing more on a wrapped line.
func trailingHeading(r *extract.Row, first int) string {
	ls := r.Lines()
	if len(ls) < 2 {
		return ""
	}
	bare, vals := false, false
	for j, c := range ls[0] {
		switch {
		case c == "":
		case first >= 0 && j >= first:
			vals = vals || hasDigitStr(c)
		case hasLetter(c):
			if m := reVillageTotal.FindStringSubmatch(c); m != nil && strings.TrimSpace(m[2]) == "" {
				bare = true
			}
		}
	}
	if !bare || !vals {
		return ""
	}
	var name []string
	for _, l := range ls[1:] {
		for _, c := range l {
			switch {
			case c == "":
			case hasDigitStr(c) || totalText(c) || len(name) > 0:
				return ""
			default:
				name = append(name, c)
			}
		}
	}
	if len(name) != 1 || dapilHeading(name[0]) {
		return ""
	}
	return name[0]
}

// maxKecamatan bounds the regions of one table that are kecamatan: NTT's
// largest kabupaten has 32 and the province 22 kabupaten/kota, so a table
// of more named rows lists villages, whatever its header calls them.
const maxKecamatan = 40

// namedRows counts the rows that name something and state figures.
func namedRows(rows []extract.Row, roles []int, first int) int {
	n := 0
	for i := range rows {
		r := &rows[i]
		if lab := villageLabel(r, first); lab != "" && !totalText(lab) && !subtotalWords(lab) && villageValues(r, roles) {
			n++
		}
	}
	return n
}

// dptColumnRoles is the DPT role of each column of b: the first of its
// header texts that names one (roleNone for a column none names).
func dptColumnRoles(b *extract.Block) []int {
	cols := columnTexts(b)
	roles := make([]int, len(cols))
	for j, cs := range cols {
		for _, c := range cs {
			if r := dptRole(c); r != roleNone {
				roles[j] = r
				break
			}
		}
	}
	return roles
}
