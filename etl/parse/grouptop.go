package parse

import (
	"bytes"
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/kpu-ntt/lkj/etl/facts"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// A grouped table whose group rows come first and carry the sums of the
// rows under them: a Lotus Notes categorized view printed (`v 12/04/2019`
// over its kecamatan, indented), an ERP's grouped list view (`▾ 076.01.WA
// Program Dukungan Manajemen (3)` over its budget lines), a pivot with
// subtotals on top, an outline. The grand total is often an unlabelled
// last line of figures:
//
//	Tanggal Pleno / Kecamatan    Desa  TPS  Laki-laki  Perempuan  Jumlah
//	v 12/04/2019                   69  237     31.532     30.441  61.973
//	      KOMODO                   19   62      7.919      7.803  15.722
//	      …
//	                              186  683     83.111     82.295 165.406
//
// A group row opens with a twisty (`v`, `>`, `▾`, `▸`, `▼`, `►`, `⊟`,
// `[-]`). The row's figures are the trailing amount cells (a date is no
// amount: an ERP's Start/End Date columns are distractors), set under
// the header's last titles. What proves the table: every amount column
// (a percent aside) of each group row is the sum of its members', the
// groups sum to the total row, a group's `(n)` count is its member count.
// Then, for a DPT, the group rows (a date, a dapil: no region) are
// dropped and the total is labelled Jumlah; for a budget, a group row
// with a program code is the program row and its members, each with a
// kegiatan code (`[3355] Pengelolaan …`), its kegiatan. The table is
// rewritten as a plain TAB table the ordinary readers key and prove.
// A DPT or budget table that fails the sums is blanked, reported: its
// group rows would otherwise be read as regions or lines of their own.
// "Theoretical Amount" (pagu by elapsed time) is no role of the header
// vocabulary and so never read.

var (
	gtDigits = strings.NewReplacer(".", "", ",", "") // built once: a Replacer's first use builds its tables
	gtTwisty = regexp.MustCompile(`^(?:[v>▾▸▼►▶▽⊟⊞]|\[[-+]\])\s+(\S.*)$`)
	gtAmount = regexp.MustCompile(`^(?i:rp\.?)?\s*(-?)(\d{1,3}(?:[.,]\d{3})+|\d+)(?:[.,](\d{1,2}))?\s*(%?)$`)
	gtDate   = regexp.MustCompile(`^\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}$`)
	gtCount  = regexp.MustCompile(`\s*\((\d+)\)$`)
	gtSpaces = regexp.MustCompile(` {2,}`)
	gtBrack  = regexp.MustCompile(`^\[([0-9A-Za-z][0-9A-Za-z.]*)\]\s*(.+)$`)
)

// gtGate: a twisty at a line's start, after its indentation.
func gtGate(doc *facts.Document, data []byte) bool {
	return docHasAny(doc, data, "\nv ", "\n> ", "▾", "▸", "▼", "►", "▶", "⊟", "[-] ", "\n  v ", "\n  > ")
}

type gtRow struct {
	line  int
	group bool
	name  []string // the text cells before the figures
	amt   []string // the trailing amount cells, as written
	val   []int64  // in hundredths
	pct   []bool
}

// gtCells splits a line: at TABs when it has them, else at runs of two
// spaces or more.
func gtCells(l string) []string {
	var raw []string
	if strings.Contains(l, "\t") {
		raw = strings.Split(l, "\t")
	} else {
		raw = gtSpaces.Split(strings.TrimSpace(l), -1)
	}
	out := raw[:0]
	for _, c := range raw {
		if c = strings.TrimSpace(c); c != "" {
			out = append(out, c)
		}
	}
	return out
}

func gtParse(l string, i int) (gtRow, bool) {
	cells := gtCells(l)
	r := gtRow{line: i}
	k := len(cells)
	for k > 0 {
		m := gtAmount.FindStringSubmatch(cells[k-1])
		if m == nil {
			break
		}
		k--
	}
	if k == len(cells) {
		return r, false
	}
	for _, c := range cells[k:] {
		m := gtAmount.FindStringSubmatch(c)
		v, _ := strconv.ParseInt(gtDigits.Replace(m[2]), 10, 64)
		v *= 100
		if m[3] != "" {
			f, _ := strconv.ParseInt((m[3] + "0")[:2], 10, 64)
			v += f
		}
		if m[1] == "-" {
			v = -v
		}
		r.amt, r.val, r.pct = append(r.amt, c), append(r.val, v), append(r.pct, m[4] == "%")
	}
	for _, c := range cells[:k] {
		if !gtDate.MatchString(c) {
			r.name = append(r.name, c)
		}
	}
	if len(r.name) > 0 {
		if m := gtTwisty.FindStringSubmatch(r.name[0]); m != nil {
			r.group, r.name[0] = true, m[1]
		}
	}
	return r, true
}

// gtNoRegion: a name cell that is no region: a twisty over a date or
// over no letter ("v 12/04/2019" read as a kecamatan by a table reader).
func gtNoRegion(name string) bool {
	n := strings.TrimSpace(name)
	if m := gtTwisty.FindStringSubmatch(n); m != nil || len(n) > 1 && (n[0] == 'V' || n[0] == 'v') && n[1] == ' ' {
		if m != nil {
			n = m[1]
		} else {
			n = strings.TrimSpace(n[2:])
		}
		return !hasLetter(n) || gtDate.MatchString(n)
	}
	return gtDate.MatchString(n)
}

func groupTops(doc *facts.Document, data []byte) []byte {
	if !gtGate(doc, data) || !someLine(data, gtGroupMay) {
		return data
	}
	lines := strings.Split(string(data), "\n")
	changed := false
	for i := 0; i < len(lines); i++ {
		if !gtTwistyAt(lines[i]) {
			continue // the common line: no twisty opens it, no group row
		}
		if r, ok := gtParse(lines[i], i); !ok || !r.group {
			continue
		}
		end, did := gtTable(doc, lines, i)
		changed = changed || did
		if end > i {
			i = end
		}
	}
	if !changed {
		return data
	}
	return []byte(strings.Join(lines, "\n"))
}

// gtTable reads the table whose first group row is lines[i], its header
// the nearest non-blank line above.
func gtTable(doc *facts.Document, lines []string, i int) (int, bool) {
	h := i - 1
	for h >= 0 && strings.TrimSpace(lines[h]) == "" {
		h--
	}
	if h < 0 || i-h > 2 {
		return i, false
	}
	if hr, _ := gtParse(lines[h]+"\t0", h); hr.group || strings.HasPrefix(strings.TrimSpace(lines[h]), ">") {
		return i, false // the header under the same mark: a quoted reply ("> "), no view
	}
	head := gtCells(lines[h])
	var rows []gtRow
	end := i
	for j := i; j < len(lines) && strings.TrimSpace(lines[j]) != ""; j++ {
		r, ok := gtParse(lines[j], j)
		if !ok || len(rows) > 0 && len(r.val) != len(rows[0].val) {
			break
		}
		rows = append(rows, r)
		end = j
		if len(r.name) == 0 || totalWord(r.name) {
			break // the grand total closes the view
		}
	}
	n := len(rows[0].val)
	if n < 2 || n > len(head) || len(rows) < 3 {
		return end, false
	}
	titles := head[len(head)-n:]
	dpt, budget := gtKind(titles)
	if !dpt && !budget {
		return end, false
	}
	last := rows[len(rows)-1]
	if last.group || len(last.name) > 0 && !totalWord(last.name) {
		last = gtRow{line: -1} // no total row: the groups prove themselves alone
	} else {
		rows = rows[:len(rows)-1]
	}
	if !gtShaped(rows) {
		return end, false // no group over members: no grouped view, left to the others
	}
	if why := gtProve(rows, last, n); why != "" {
		for k := i; k <= end; k++ {
			lines[k] = ""
		}
		doc.Add(facts.Finding{Span: facts.Span{Start: i + 1, End: end + 1}, Aturan: "tabel.kelompok_tidak_terbukti", Tingkat: facts.Warning,
			Pesan: fmt.Sprintf("tabel berkelompok baris %d-%d: %s; tidak dimuat", i+1, end+1, why)})
		return end, true
	}
	var out [][]string
	var header []string
	if dpt {
		header = append([]string{gtNameTitle(head[:len(head)-n])}, titles...)
		for _, r := range rows {
			if !r.group {
				out = append(out, append([]string{strings.Join(r.name, " ")}, r.amt...))
			}
		}
		if last.line >= 0 {
			out = append(out, append([]string{"Jumlah"}, last.amt...))
		}
	} else {
		cols, names := gtBudgetCols(titles, rows[0].pct)
		if cols == nil {
			return end, false
		}
		header = append([]string{"Kode", "Uraian"}, names...)
		for _, r := range rows {
			code, desc := gtCode(r)
			if code == "" {
				return end, false // a line with no code: leave it to the table readers
			}
			out = append(out, append([]string{code, desc}, gtMoney(r.amt, cols)...))
		}
		if last.line >= 0 {
			out = append(out, append([]string{"", "Jumlah"}, gtMoney(last.amt, cols)...))
		}
	}
	if !exportPlace(lines, h, end+1, h, "", header, out) {
		return end, false
	}
	return end, true
}

// totalWord: a name that labels the whole ("Total", "Grand Total", "Jumlah").
func totalWord(name []string) bool {
	if len(name) != 1 {
		return false
	}
	k := strings.TrimSpace(normalize.SpacedKey(name[0]))
	return k == "total" || k == "grand total" || k == "jumlah" || k == "jumlah total" || k == "jumlah seluruhnya" || k == "total keseluruhan"
}

// gtKind: DPT when the figures' titles name L, P and their sum; a budget
// when they name the pagu and the realisasi.
func gtKind(titles []string) (dpt, budget bool) {
	var l, p, lp, pagu, real bool
	for _, t := range titles {
		switch dptRoleOf(t) {
		case roleL:
			l = true
		case roleP:
			p = true
		case roleLP:
			lp = true
		}
		switch gtBudgetRole(t, false) {
		case rolePagu:
			pagu = true
		case roleRealisasi:
			real = true
		}
	}
	return l && p && lp, pagu && real && !(l && p)
}

// gtShaped: a group row first, every group over one member or more.
func gtShaped(rows []gtRow) bool {
	if len(rows) == 0 || !rows[0].group {
		return false
	}
	for k, r := range rows {
		if r.group && (k+1 == len(rows) || rows[k+1].group) {
			return false
		}
	}
	return true
}

// gtProve: each group's amounts (a percent aside) are its members' sums,
// its "(n)" its member count, the groups' the total's.
func gtProve(rows []gtRow, total gtRow, n int) string {
	if !rows[0].group {
		return "baris pertama bukan kelompok"
	}
	sums := make([]int64, n)
	for g := 0; g < len(rows); {
		grp := rows[g]
		m := g + 1
		got := make([]int64, n)
		for ; m < len(rows) && !rows[m].group; m++ {
			for c := range got {
				got[c] += rows[m].val[c]
			}
		}
		if m == g+1 {
			return fmt.Sprintf("kelompok %q tanpa anggota", strings.Join(grp.name, " "))
		}
		if c := gtCount.FindStringSubmatch(grp.name[len(grp.name)-1]); c != nil && atoi(c[1]) != m-g-1 {
			return fmt.Sprintf("kelompok %q: %s anggota tertulis, %d terbaca", strings.Join(grp.name, " "), c[1], m-g-1)
		}
		for c := 0; c < n; c++ {
			if !grp.pct[c] && grp.val[c] != got[c] {
				return fmt.Sprintf("kelompok %q: %s bukan jumlah anggotanya", strings.Join(grp.name, " "), grp.amt[c])
			}
			sums[c] += grp.val[c]
		}
		g = m
	}
	if total.line >= 0 {
		for c := 0; c < n; c++ {
			if !total.pct[c] && total.val[c] != sums[c] {
				return fmt.Sprintf("baris jumlah: %s bukan jumlah kelompoknya", total.amt[c])
			}
		}
	}
	return ""
}

// gtNameTitle: the member rows' name column: the header's title when it
// names a level, else Kecamatan (a view's "Tanggal Pleno / Kecamatan").
func gtNameTitle(cells []string) string {
	k := normalize.SpacedKey(strings.Join(cells, " "))
	switch {
	case has(k, "desa", "kelurahan") && !has(k, "kecamatan"):
		return "Desa/Kelurahan"
	case has(k, "kabupaten", "kota") && !has(k, "kecamatan"):
		return "Kabupaten/Kota"
	}
	return "Kecamatan"
}

// gtCode: a budget row's code and name: a bracketed code in a cell
// ("[3355] Pengelolaan …", an ERP's analytic account) or a code opening
// the first cell (a group's "076.01.WA Program …", its "(n)" dropped).
func gtCode(r gtRow) (string, string) {
	for _, c := range r.name {
		if m := gtBrack.FindStringSubmatch(c); m != nil && isCode(m[1]) {
			return m[1], m[2]
		}
	}
	if len(r.name) == 0 {
		return "", ""
	}
	code, desc := budgetCode(gtCount.ReplaceAllString(r.name[0], ""))
	if code == "" || !isCode(code) {
		return "", ""
	}
	return code, desc
}

// gtBudgetRole: a figure column's budget role, an ERP's English titles
// with the report's: Planned Amount the pagu, Practical (or Actual)
// Amount the realisasi, Achievement (a percent) the serapan. Theoretical
// Amount (the pagu by elapsed time) and any other title: none.
func gtBudgetRole(title string, pct bool) int {
	k := normalize.SpacedKey(title)
	switch {
	case has(k, "theoretical"):
		return roleNone
	case has(k, "planned"):
		return rolePagu
	case has(k, "practical", "actual"):
		return roleRealisasi
	case pct && has(k, "achievement"):
		return rolePersen
	}
	r := anggaranRoleOf(title)
	if r == rolePersen && !pct {
		return roleNone
	}
	return r
}

// gtBudgetCols: the figure columns kept and their titles as the budget
// table reader knows them; nil without both a pagu and a realisasi.
func gtBudgetCols(titles []string, pct []bool) ([]int, []string) {
	var cols []int
	var names []string
	seen := map[int]bool{}
	for c, t := range titles {
		r := gtBudgetRole(t, pct[c])
		name := map[int]string{rolePagu: "Pagu", roleRealisasi: "Realisasi", roleSisa: "Sisa", rolePersen: "Serapan (%)"}[r]
		if name == "" || seen[r] {
			continue
		}
		seen[r] = true
		cols, names = append(cols, c), append(names, name)
	}
	if !seen[rolePagu] || !seen[roleRealisasi] {
		return nil, nil
	}
	return cols, names
}

// gtMoney writes the kept amounts as the table readers read them: no
// currency, no percent sign.
func gtMoney(all []string, cols []int) []string {
	out := make([]string, len(cols))
	for k, c := range cols {
		a := strings.TrimSpace(all[c])
		if len(a) > 2 && strings.EqualFold(a[:2], "rp") {
			a = strings.TrimSpace(strings.TrimPrefix(a[2:], "."))
		}
		out[k] = strings.TrimSuffix(a, "%")
	}
	return out
}

// gtTwistyAt: the line's first cell opens with a twisty and a space (the
// cheap test before gtParse splits and matches it); on bytes too, so that
// a text none of whose lines opens so is never split.
func gtTwistyAt[S string | []byte](l S) bool {
	k := 0
	for k < len(l) && (l[k] == ' ' || l[k] == '\t') {
		k++
	}
	t := l[k:]
	if len(t) >= 3 && t[0] == '[' && (t[1] == '-' || t[1] == '+') && t[2] == ']' {
		return true
	}
	for _, w := range gtTwisties {
		if len(t) > len(w) && string(t[:len(w)]) == w && (t[len(w)] == ' ' || t[len(w)] == '\t') {
			return true
		}
	}
	return false
}

// gtGroupMay: line l may be a group row: a twisty opens it and a figure
// ends it (gtParse reads its amounts from the end).
func gtGroupMay(l []byte) bool {
	t := bytes.TrimRight(l, " \t\r")
	if len(t) == 0 || (t[len(t)-1] < '0' || t[len(t)-1] > '9') && t[len(t)-1] != '%' {
		return false
	}
	return gtTwistyAt(l)
}

// gtTwisties: the marks a group row opens with.
var gtTwisties = [...]string{"v", ">", "▾", "▸", "▼", "►", "▶", "▽", "⊟", "⊞"}
