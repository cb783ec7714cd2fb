package parse

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// A statistics office's yearbook (Kabupaten Dalam Angka) prints the roll
// the KPU gave it as a bilingual fixed-width table, typed again into a
// report whose other tables are TAB tables (so alignSpaced, which reads
// TAB-free texts only, never sees it):
//
//	Tabel/Table 3.4
//	Jumlah Desa/Kelurahan, TPS, dan Pemilih Terdaftar dalam DPT Pemilu 2019 menurut Kecamatan
//	Number of Villages, Polling Stations, and Registered Voters of the 2019 General Election ...
//	------------------------------------------------------------------------
//	Kecamatan              Desa/Kel.       TPS   Laki-laki   Perempuan      Jumlah
//	Subdistrict             Villages   Polling        Male      Female       Total
//	                                  Stations
//	------------------------------------------------------------------------
//	(1)                          (2)       (3)         (4)         (5)         (6)
//	------------------------------------------------------------------------
//	010. Mollo Utara              14        36       4.467       4.569       9.036
//	...
//	------------------------------------------------------------------------
//	Timor Tengah Selatan         357      1447     171.065     177.066     348.131
//	Sumber/Source: ...
//
// statBilingualTables rewrites such a table as a TAB table (line numbers
// never change) with one header line of the roles its columns are proven
// to hold, so the DPT table reader reads each row as any other (the
// election and year from the title above, L + P = total per row). The
// table is taken only when its structure holds:
//   - a header band of one to five lines whose first cell names the region
//     in either language (Kecamatan, Subdistrict, District), then rules and
//     at most one row of column numbers (1)..(n+1) counting the columns;
//   - body rows of a name (a district code `010.` before it is dropped)
//     and n whole figures, right-aligned on the same edges;
//   - every header word lies over one column (by its right edge) and the
//     words over a column name one role in both languages; L, P and the
//     total each head one column and no column is left unnamed;
//   - the title above names the voter roll (DPT, Pemilih Terdaftar,
//     Registered Voters) and an election, and no population count;
//   - at least two rows add up (L + P = total).
// The last row is the kabupaten row (written `Jumlah`) only when each of
// its figures is the sum of the rows above; a last row set apart (by a
// rule, or without the district code the others carry) that is not the
// sum is left out, never read as a kecamatan.

// statBilingualLikely is the cheap gate: the English header word for the
// kecamatan, which an Indonesian report otherwise hardly writes.
func statBilingualLikely(doc *facts.Document, data []byte) bool {
	return docHasAny(doc, data, "istrict", "ISTRICT")
}

// statBilingualTables rewrites the statistics office's bilingual DPT
// tables of a text; data itself when it holds none.
func statBilingualTables(doc *facts.Document, data []byte) []byte {
	if !statBilingualLikely(doc, data) {
		return data
	}
	// among TAB tables the table becomes TAB lines; in a TAB-free text
	// (alignSpaced's, run next) it stays in fixed columns, its header on one
	// line, so the TABs of one table never hide the others from alignSpaced
	padded := bytes.IndexByte(data, '\t') < 0
	lines := strings.Split(string(data), "\n")
	changed := false
	for i := 0; i < len(lines); i++ {
		if !bilRegionHead(lines[i]) {
			continue
		}
		if end, ok := bilTable(lines, i, padded); ok {
			changed = true
			i = end
		}
	}
	if !changed {
		return data
	}
	return []byte(strings.Join(lines, "\n"))
}

// bilRegionHead: a TAB-free padded line whose first cell names the
// region in either language.
func bilRegionHead(l string) bool {
	if len(l) < 20 || len(l) > 400 || strings.IndexByte(l, '\t') >= 0 || !strings.Contains(l, "  ") {
		return false
	}
	t := strings.TrimLeft(l, " ")
	if cut := strings.Index(t, "  "); cut > 0 {
		t = t[:cut]
	}
	return containsFoldASCII(t, "kecamatan") || containsFoldASCII(t, "district") || containsFoldASCII(t, "distrik")
}

// bilColNums: a row of column numbers (1) (2) ... in order; their count.
func bilColNums(l string) (int, bool) {
	c := dashCells(l)
	if len(c) < 3 {
		return 0, false
	}
	for k, x := range c {
		if x != "("+itoa(k+1)+")" {
			return 0, false
		}
	}
	return len(c), true
}

// bilBodyRow: a name with a letter, then whole figures only.
func bilBodyRow(l string) ([]aseg, bool) {
	if strings.IndexByte(l, '\t') >= 0 {
		return nil, false
	}
	s := splitPadded(l)
	if len(s) < 4 || !hasLetter(s[0].text) {
		return nil, false
	}
	for _, x := range s[1:] {
		if _, ok := dashInt(x.text); !ok {
			return nil, false
		}
	}
	return s, true
}

// bilDistrictCode cuts a district code ("010. Mollo Utara", "010 Mollo
// Utara") off a row's name; ok tells whether there was one.
func bilDistrictCode(name string) (string, bool) {
	i := 0
	for i < len(name) && name[i] >= '0' && name[i] <= '9' {
		i++
	}
	if i < 2 || i > 4 || i == len(name) {
		return name, false
	}
	j := i
	if name[j] == '.' {
		j++
	}
	if j == len(name) || name[j] != ' ' {
		return name, false
	}
	rest := strings.TrimSpace(name[j:])
	if rest == "" || !hasLetter(rest[:1]) {
		return name, false
	}
	return rest, true
}

// bilRoleWord is the header word the TAB table gets for a role.
var bilRoleWord = map[int]string{roleNama: "Kecamatan", roleDesa: "Desa/Kel.", roleTPS: "TPS", roleL: "Laki-laki", roleP: "Perempuan", roleLP: "Jumlah"}

// statBilingualTable reads the table whose header starts at line h and
// rewrites it in lines; it returns the last line it took.
func bilTable(lines []string, h int, padded bool) (int, bool) {
	// the header band
	k := h
	for ; k < len(lines) && k < h+5; k++ {
		l := lines[k]
		if strings.TrimSpace(l) == "" || strings.IndexByte(l, '\t') >= 0 {
			return 0, false
		}
		if _, ok := bilColNums(l); ok || ruleLine(l) {
			break
		}
		if _, ok := bilBodyRow(l); ok {
			break
		}
	}
	if k == h {
		return 0, false // no header band
	}
	head := lines[h:k]
	// rules and the column numbers between the header and the body
	colNums := 0
	for ; k < len(lines) && k < h+10; k++ {
		if ruleLine(lines[k]) {
			continue
		}
		if n, ok := bilColNums(lines[k]); ok && colNums == 0 {
			colNums = n
			continue
		}
		break
	}
	first := k
	// the body: rows, rules between them
	var rows [][]aseg
	var at []int
	apart := -1 // the index of a row that follows a rule inside the body
	lastRule := false
	for ; k < len(lines); k++ {
		if ruleLine(lines[k]) {
			lastRule = true
			continue
		}
		s, ok := bilBodyRow(lines[k])
		if !ok {
			break
		}
		if lastRule && len(rows) > 0 {
			apart = len(rows)
		}
		lastRule = false
		rows = append(rows, s)
		at = append(at, k)
	}
	if len(rows) < 3 || apart >= 0 && apart != len(rows)-1 {
		return 0, false // a rule inside the kecamatan rows: no one table proven
	}
	n := len(rows[0]) - 1
	if colNums != 0 && colNums != n+1 {
		return 0, false // the column numbers count other columns
	}
	edges := make([]int, n)
	start1, nameEnd := rows[0][1].from, 0
	for c := 0; c < n; c++ {
		edges[c] = rows[0][c+1].to
	}
	for _, r := range rows {
		if len(r) != n+1 {
			return 0, false
		}
		for c := 0; c < n; c++ {
			if d := r[c+1].to - edges[c]; d < -1 || d > 1 {
				return 0, false // a figure off its column's edge
			}
		}
		start1 = min(start1, r[1].from)
		nameEnd = max(nameEnd, r[0].to)
	}
	if nameEnd >= start1 {
		return 0, false
	}
	roles, ok := bilHeadRoles(head, edges, start1)
	if !ok || !oneEach(roles, roleNama, roleL, roleP, roleLP) {
		return 0, false
	}
	if !bilTitleNamesRoll(lines, h) {
		return 0, false
	}
	jl, jp, jt := indexOf(roles, roleL)-1, indexOf(roles, roleP)-1, indexOf(roles, roleLP)-1
	// the names, the district codes cut off
	names := make([]string, len(rows))
	coded := 0
	for x, r := range rows {
		var c bool
		names[x], c = bilDistrictCode(r[0].text)
		if c {
			coded++
		}
	}
	last := len(rows) - 1
	_, lastCoded := bilDistrictCode(rows[last][0].text)
	sep := apart == last || coded == last && !lastCoded
	total := true
	for c := 0; c < n; c++ {
		var sum int64
		for _, r := range rows[:last] {
			v, _ := dashInt(r[c+1].text)
			sum += v
		}
		if v, _ := dashInt(rows[last][c+1].text); v != sum {
			total = false
		}
	}
	body := len(rows)
	dropLast := false
	switch {
	case total:
		names[last] = "Jumlah"
		body--
	case sep || dashTotalLabel(names[last]):
		dropLast = true // set apart as the whole, yet not the rows' sum: unproven
		body--
	}
	adds := 0
	for _, r := range rows[:body] {
		l, _ := dashInt(r[jl+1].text)
		p, _ := dashInt(r[jp+1].text)
		t, _ := dashInt(r[jt+1].text)
		if l+p == t {
			adds++
		}
	}
	if adds < 2 {
		return 0, false
	}
	// the rewrite: the header right above the first row, the band blanked
	hdr := make([]string, len(roles))
	for c, r := range roles {
		hdr[c] = bilRoleWord[r]
	}
	for x := h; x < first; x++ {
		lines[x] = ""
	}
	for x := first; x <= at[last]; x++ {
		if ruleLine(lines[x]) {
			lines[x] = ""
		}
	}
	out := [][]string{hdr}
	for x, r := range rows {
		if x == last && dropLast {
			lines[at[x]] = ""
			continue
		}
		cells := make([]string, 0, n+1)
		cells = append(cells, names[x])
		for _, s := range r[1:] {
			cells = append(cells, s.text)
		}
		out = append(out, cells)
	}
	put := bilJoin(out, padded)
	lines[first-1] = put[0]
	for x := range rows {
		if x < len(put)-1 {
			lines[at[x]] = put[x+1]
		}
	}
	return at[last], true
}

// bilHeadRoles gives each column (the name first, then the n figure
// columns whose right edges are edges) the one role its header words in
// either language name; false when a word lies over no column, two words
// over one column name different roles, or a column is left unnamed.
func bilHeadRoles(head []string, edges []int, start1 int) ([]int, bool) {
	n := len(edges)
	words := make([][]string, n+1)
	for _, l := range head {
		for _, s := range splitPadded(l) {
			c := -1
			switch {
			case s.to < start1:
				if s.from > 2 {
					return nil, false // a word left of the figures, yet not at the name's place
				}
				c = 0
			default:
				for x := 0; x < n; x++ {
					if s.to <= edges[x]+1 {
						c = x + 1
						break
					}
				}
			}
			if c < 0 {
				return nil, false // a word right of every column
			}
			words[c] = append(words[c], s.text)
		}
	}
	roles := make([]int, n+1)
	for c, ws := range words {
		r := roleNone
		for _, w := range ws {
			rr := dptRole(w)
			if c == 0 && rr != roleNama {
				continue
			}
			if rr == roleNone {
				continue
			}
			if r != roleNone && r != rr {
				return nil, false
			}
			r = rr
		}
		if r == roleNone && len(ws) > 1 {
			r = dptRole(strings.Join(ws, " ")) // "Polling" over "Stations"
		}
		if r == roleNone || c == 0 && r != roleNama || c > 0 && r == roleNama {
			return nil, false
		}
		roles[c] = r
	}
	for _, r := range []int{roleDesa, roleTPS} {
		if countRole(roles, r) > 1 {
			return nil, false
		}
	}
	return roles, true
}

// bilTitleNamesRoll: the title over the header (the lines up to the blank
// line above it, rules skipped, at most eight) names the voter roll and
// one election, in either language, and no population count.
func bilTitleNamesRoll(lines []string, h int) bool {
	var b strings.Builder
	for k := h - 1; k >= 0 && k >= h-8; k-- {
		t := strings.TrimSpace(lines[k])
		if t == "" {
			break
		}
		if ruleLine(t) {
			continue
		}
		b.WriteString(t)
		b.WriteByte(' ')
	}
	t := b.String()
	if utf8.RuneCountInString(t) < 10 {
		return false
	}
	roll := containsFoldASCII(t, "dpt") || containsFoldASCII(t, "daftar pemilih tetap") ||
		containsFoldASCII(t, "pemilih terdaftar") || containsFoldASCII(t, "registered voter")
	if !roll || otherRoll(t) || containsFoldASCII(t, "penduduk") || containsFoldASCII(t, "population") {
		return false
	}
	return pemilihanOf(withoutDistrict(t)) != "" || englishElection(t) != ""
}

// bilJoin writes the rows as TAB lines, or, padded, in fixed columns (the
// name left, the figures right, two spaces at least between) for a
// TAB-free text, where alignSpaced proves the table with the others.
func bilJoin(rows [][]string, padded bool) []string {
	out := make([]string, len(rows))
	if !padded {
		for x, r := range rows {
			out[x] = strings.Join(r, "\t")
		}
		return out
	}
	w := make([]int, len(rows[0]))
	for _, r := range rows {
		for c, s := range r {
			w[c] = max(w[c], utf8.RuneCountInString(s))
		}
	}
	for x, r := range rows {
		var b strings.Builder
		for c, s := range r {
			pad := strings.Repeat(" ", w[c]-utf8.RuneCountInString(s))
			if c == 0 {
				b.WriteString(s + pad)
			} else {
				b.WriteString("    " + pad + s)
			}
		}
		out[x] = b.String()
	}
	return out
}
