package parse

import (
	"bytes"
	"regexp"
	"strconv"
	"strings"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// A DPT printed from a database tool's result grid. Two house styles
// share the trouble that the level of a row is not where the ordinary
// reader looks for it (a "Jumlah" row last):
//
//  1. rows keyed by an administrative code (phpMyAdmin's Browse tab,
//     MySQL Workbench, DBeaver): sorted by the code, so the kabupaten
//     (53.09, BPS 5309) comes first and its kecamatan (53.09.01, BPS
//     5309010) and maybe desa (53.09.01.2001, BPS 5309010001) follow,
//     snake_case column names (pemilih_l, jml_tps), row-action cells
//     (☐ ✎ Edit ⎘ Copy ⊖ Delete) before the columns:
//
//     ←T→	…	kode_wilayah	nama_wilayah	jml_desa	jml_tps	pemilih_l	pemilih_p	pemilih_lp
//     ☐	✎ Edit	…	53.09	NGADA	151	440	52592	51828	104420
//     ☐	✎ Edit	…	53.09.01	AIMERE	20	46	5474	5178	10652
//
//     The code's depth says the level.
//  2. one header, then control-break lines naming the level of the rows
//     under them (Oracle APEX, an Access report): "Tingkat : Kabupaten",
//     "Level: District", "Jenis Wilayah = Kecamatan".
//
// What proves a table: one kabupaten row, L + P = total on every row, and
// every figure column of the kabupaten row is the sum of its kecamatan's
// (the desa of a kecamatan, where printed, sum to it). A figure column
// reads plain, dotted or comma-grouped thousands (groups of three, one
// separator a column); anything else (a decimal comma) leaves the column
// unread, and without L, P and total nothing loads. The table is rewritten
// in place as a TAB table of the kecamatan with the kabupaten last as
// "Jumlah", which the DPT reader keys (the election from the caption).

var (
	dbgridFigure = regexp.MustCompile(`^(?:\d{1,3}(?:[.,]\d{3})+|\d+)$`)
	// a control-break line: the level's column name, ':' or '=', a level word
	dbgridBreak = regexp.MustCompile(`^(?i:tingkat(?: wilayah)?|level|jenis(?: wilayah)?|tipe wilayah|wilayah|type)\s*[:=]\s*['"]?([A-Za-z/ -]+?)['"]?$`)
	// an administrative code: Kemendagri dotted, or BPS digits
	dbgridCode = regexp.MustCompile(`^(?:\d{2}(?:\.\d{2}){0,2}(?:\.\d{4})?|\d{2}|\d{4}|\d{7}|\d{10})$`)
)

const (
	dbgridProv = iota + 1
	dbgridKab
	dbgridKec
	dbgridDesa
)

// dbgridRow is a body row: its level, code (digits only, for the
// prefix), name and cells aligned to the header.
type dbgridRow struct {
	level int
	code  string
	name  string
	cells []string
}

// dbgridCodeLevel is the level a code's depth says; 0 for no code.
func dbgridCodeLevel(c string) int {
	if !dbgridCode.MatchString(c) {
		return 0
	}
	if strings.Contains(c, ".") {
		return strings.Count(c, ".") + 1
	}
	switch len(c) {
	case 2:
		return dbgridProv
	case 4:
		return dbgridKab
	case 7:
		return dbgridKec
	}
	return dbgridDesa
}

// dbgridLevelWord is the level a control-break value names; 0 for none.
func dbgridLevelWord(w string) int {
	switch strings.ToLower(strings.TrimSpace(w)) {
	case "provinsi", "province":
		return dbgridProv
	case "kabupaten", "kota", "kab", "kab/kota", "kabupaten/kota", "regency", "city", "regency/city":
		return dbgridKab
	case "kecamatan", "kec", "district", "sub-district", "subdistrict", "distrik":
		return dbgridKec
	case "desa", "kelurahan", "desa/kelurahan", "desa/kel", "kel", "village":
		return dbgridDesa
	}
	return 0
}

// dbgridRoles reads a header's roles, snake_case names as words; the name
// and code columns and the L, P and total columns each once, or nil.
func dbgridRoles(head []string) (roles []int, nama, code int) {
	roles = make([]int, len(head))
	nama, code = -1, -1
	seen := map[int]int{}
	for i, h := range head {
		w := strings.TrimSpace(strings.ReplaceAll(h, "_", " "))
		if w == "" {
			continue
		}
		k := " " + strings.ToLower(w) + " "
		if has(k, "kode", "kd", "code", "id wilayah") {
			if code >= 0 {
				return nil, -1, -1
			}
			code = i
			continue
		}
		r := dptRole(w)
		if r == roleNone && (strings.HasSuffix(k, " lp ") || strings.HasSuffix(k, " l+p ")) {
			r = roleLP // pemilih_lp
		}
		if r == roleNone && (k == " nama " || k == " nm " || k == " name " || k == " region " || has(k, "nm wilayah", "nama daerah", "region name")) {
			r = roleNama // a database's short name column
		}
		if r == roleNama {
			if nama >= 0 {
				return nil, -1, -1
			}
			nama = i
			continue
		}
		roles[i] = r
		seen[r]++
	}
	if nama < 0 || seen[roleL] != 1 || seen[roleP] != 1 || seen[roleLP] != 1 || seen[roleDesa] > 1 || seen[roleTPS] > 1 {
		return nil, -1, -1
	}
	return roles, nama, code
}

// dbgridTables rewrites every proven database grid of a DPT.
func dbgridTables(doc *facts.Document, data []byte) []byte {
	coded := docHasAny(doc, data, "kode", "Kode", "KODE", "kd_", "Kd_", "KD_", "code", "Code")
	broken := docHasAny(doc, data, "Tingkat", "TINGKAT", "Level", "LEVEL", "Jenis", "JENIS")
	// a break line proven, not its word alone ("Jenis Belanja" is common)
	broken = broken && someLine(data, func(l []byte) bool {
		l = bytes.TrimSpace(l)
		return len(l) < 100 && bytes.IndexByte(l, '\t') < 0 && (bytes.IndexByte(l, ':') > 0 || bytes.IndexByte(l, '=') > 0) &&
			dbgridBreak.Match(l)
	})
	orig, lines := data, []string(nil)
	if broken && dbgridFlatMay(data) { // groups a print set as tables of their own (dpt_dbgrid_flat.go), kept only when a grid is proven
		lines = strings.Split(string(data), "\n")
		if dbgridFlatBreaks(lines) {
			data = []byte(strings.Join(lines, "\n"))
		}
	}
	if !coded && !broken || !someLine(data, func(l []byte) bool { return dbgridHeaderLine(l, coded && !broken) }) {
		return orig
	}
	if lines == nil {
		lines = strings.Split(string(data), "\n")
	}
	changed := false
	for i := 0; i < len(lines)-2; i++ {
		if !strings.Contains(lines[i], "\t") {
			continue
		}
		head := gridCells(lines[i])
		if !dbgridHeadMay(head) {
			continue
		}
		roles, nama, code := dbgridRoles(head)
		if roles == nil {
			continue
		}
		var rows []dbgridRow
		var last int
		if code >= 0 && coded {
			rows, last = dbgridCodedRows(lines, i, len(head), nama, code)
		} else if code < 0 && broken {
			rows, last = dbgridBreakRows(lines, i, len(head), nama)
		}
		if rows == nil {
			continue
		}
		if dbgridWrite(lines, i, last, head, roles, rows) {
			changed = true
			i = last
		}
	}
	if !changed {
		return orig
	}
	return []byte(strings.Join(lines, "\n"))
}

// dbgridHeaderLine: line l is a header dbgridRoles reads, tested on the
// text's bytes (five TAB cells or more, none a figure, before a cell is
// cut; with codeOnly, a code column named) so that a text with none is
// never split into lines.
func dbgridHeaderLine(l []byte, codeOnly bool) bool {
	if bytes.Count(l, []byte("\t")) < 4 {
		return false
	}
	if codeOnly && !dbgridNamesCode(l) {
		return false // the coded grid's header names its code column
	}
	for rest := l; ; {
		c := rest
		k := bytes.IndexByte(rest, '\t')
		if k >= 0 {
			c, rest = rest[:k], rest[k+1:]
		}
		if dbgridFigure.Match(bytes.TrimSpace(c)) {
			return false
		}
		if k < 0 {
			break
		}
	}
	head := gridCells(string(l))
	if !dbgridHeadMay(head) {
		return false
	}
	roles, _, _ := dbgridRoles(head)
	return roles != nil
}

// dbgridNamesCode: l holds "kode", "kd_" or "code" in any case of ASCII.
func dbgridNamesCode(l []byte) bool {
	for i := 0; i+3 <= len(l); i++ {
		a, b, c := l[i]|0x20, l[i+1]|0x20, l[i+2]|0x20
		switch {
		case a == 'k' && b == 'd' && l[i+2] == '_':
			return true
		case i+4 <= len(l) && b == 'o' && c == 'd' && l[i+3]|0x20 == 'e' && (a == 'k' || a == 'c'):
			return true
		}
	}
	return false
}

// dbgridHeadMay: a cheap look before the roles: no figure among the cells.
func dbgridHeadMay(head []string) bool {
	if len(head) < 5 {
		return false
	}
	for _, c := range head {
		if dbgridFigure.MatchString(c) {
			return false
		}
	}
	return true
}

// dbgridAlign sets a row's cells under the header's: a tool's row-action
// cells stand before the columns, so the row is aligned at its end.
func dbgridAlign(l string, n int) []string {
	cs := gridCells(l)
	if len(cs) < n {
		return nil
	}
	return cs[len(cs)-n:]
}

// dbgridCodedRows reads the rows under header line h keyed by their code
// column; the rows and the last line taken.
func dbgridCodedRows(lines []string, h, n, nama, code int) ([]dbgridRow, int) {
	var rows []dbgridRow
	last := h
	for k := h + 1; k < len(lines); k++ {
		cs := dbgridAlign(lines[k], n)
		if cs == nil {
			break
		}
		lv := dbgridCodeLevel(cs[code])
		if lv == 0 || !hasLetter(cs[nama]) {
			break
		}
		rows = append(rows, dbgridRow{level: lv, code: strings.ReplaceAll(cs[code], ".", ""), name: cs[nama], cells: cs})
		last = k
	}
	return rows, last
}

// dbgridBreakRows reads the rows under header line h grouped by
// control-break lines; every row must stand under one.
func dbgridBreakRows(lines []string, h, n, nama int) ([]dbgridRow, int) {
	var rows []dbgridRow
	last, level := h, 0
	for k := h + 1; k < len(lines); k++ {
		t := strings.TrimSpace(lines[k])
		if m := dbgridBreak.FindStringSubmatch(t); m != nil && !strings.Contains(t, "\t") {
			if level = dbgridLevelWord(m[1]); level == 0 {
				return nil, 0
			}
			last = k
			continue
		}
		cs := dbgridAlign(lines[k], n)
		if cs == nil || level == 0 || len(gridCells(lines[k])) != n || !hasLetter(cs[nama]) {
			break
		}
		lv := level
		if csproLabel.MatchString(cs[nama]) {
			lv = dbgridKab // a report's grand total under the last group
		}
		rows = append(rows, dbgridRow{level: lv, name: cs[nama], cells: cs})
		last = k
	}
	return rows, last
}

// dbgridColumn reads a figure column: one thousands separator at most,
// every cell a count; false leaves the column unread.
func dbgridColumn(rows []dbgridRow, c int) ([]int64, bool) {
	out := make([]int64, len(rows))
	sep := ""
	for r, row := range rows {
		s := row.cells[c]
		if !dbgridFigure.MatchString(s) {
			return nil, false
		}
		for _, x := range []string{",", "."} {
			if strings.Contains(s, x) {
				if sep != "" && sep != x {
					return nil, false // "1,234" beside "1.234": no separator proven
				}
				sep = x
			}
		}
		v, err := strconv.ParseInt(strings.NewReplacer(",", "", ".", "").Replace(s), 10, 64)
		if err != nil {
			return nil, false
		}
		out[r] = v
	}
	return out, true
}

// dbgridWrite proves the rows and rewrites lines h..last as a TAB table.
func dbgridWrite(lines []string, h, last int, head []string, roles []int, rows []dbgridRow) bool {
	var cols []int
	vals := map[int][]int64{}
	for c, r := range roles {
		if r != roleL && r != roleP && r != roleLP && r != roleDesa && r != roleTPS {
			continue
		}
		v, ok := dbgridColumn(rows, c)
		if !ok {
			if r == roleL || r == roleP || r == roleLP {
				return false
			}
			continue // a desa or TPS column unread; the roll still proves
		}
		cols = append(cols, c)
		vals[c] = v
	}
	kab := -1
	var kecs []int
	for i, row := range rows {
		switch row.level {
		case dbgridKab:
			if kab >= 0 {
				return false // two kabupaten: a province's grid
			}
			kab = i
		case dbgridKec:
			kecs = append(kecs, i)
		}
	}
	if kab < 0 || len(kecs) < 2 {
		return false
	}
	// L + P = total on every row
	l, p, lp := indexOf(roles, roleL), indexOf(roles, roleP), indexOf(roles, roleLP)
	for i := range rows {
		if vals[l][i]+vals[p][i] != vals[lp][i] || vals[lp][i] == 0 {
			return false
		}
	}
	// the members sum to their parent: kecamatan to the kabupaten, desa
	// to their kecamatan (by the code's prefix where there is a code)
	if !dbgridSums(rows, vals, cols, kab, kecs) {
		return false
	}
	for _, k := range kecs {
		if rows[k].code != "" && !strings.HasPrefix(rows[k].code, rows[kab].code) {
			return false
		}
		var desa []int
		for i, row := range rows {
			if row.level == dbgridDesa && row.code != "" && strings.HasPrefix(row.code, rows[k].code) {
				desa = append(desa, i)
			}
		}
		if len(desa) > 0 && !dbgridSums(rows, vals, cols, k, desa) {
			return false
		}
	}
	titles := []string{"Kecamatan"}
	for _, c := range cols {
		titles = append(titles, map[int]string{roleL: "Laki-laki", roleP: "Perempuan", roleLP: "Jumlah", roleDesa: "Desa/Kel", roleTPS: "TPS"}[roles[c]])
	}
	var out [][]string
	for _, i := range append(kecs, kab) {
		row := []string{rows[i].name}
		if i == kab {
			row[0] = "Jumlah"
		}
		for _, c := range cols {
			row = append(row, strconv.FormatInt(vals[c][i], 10))
		}
		out = append(out, row)
	}
	return exportPlace(lines, h, last+1, h, "", titles, out)
}

// dbgridSums: every column of row top is the sum of the members'.
func dbgridSums(rows []dbgridRow, vals map[int][]int64, cols []int, top int, members []int) bool {
	for _, c := range cols {
		var s int64
		for _, m := range members {
			s += vals[c][m]
		}
		if s != vals[c][top] {
			return false
		}
	}
	return true
}
