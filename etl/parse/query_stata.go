package parse

import (
	"fmt"
	"strings"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// A Stata log quoted whole: the commands (". tabstat …") and what they
// printed.
//
//	. tabstat pagu realisasi sisa if level=="program", by(kode) stat(sum) format(%17.0fc)
//
//	Summary statistics: Sum
//	Group variable: kode
//
//	        kode |      pagu    realisasi        sisa
//	-------------+------------------------------------
//	   076.01.WA | 2,369,000    2,261,000     108,000
//	-------------+------------------------------------
//	       Total | 2,369,000    2,261,000     108,000
//	---------------------------------------------------
//
// The numbers are in the tool's notation, not Indonesian: a comma groups
// thousands (format %…fc) and a point is the decimal point, so every
// figure is rewritten in the Indonesian one before the table reader sees
// it (stataNumber); a figure printed in %g's scientific notation has lost
// its digits and is loaded NULL with a finding. Only a table whose one
// statistic is the sum is read: a mean or a count by code is no amount.
// The command says what the table holds: one `program=="076.01.WA"` in its
// `if` names the program of every row (written as the caption, where the
// budget reader takes a table's program from), and the Total line of a table
// so restricted is that program's, left out; unrestricted (or restricted to
// a level only) it is the year's. A `. list kode serapan` further on adds its
// columns to the rows of the same codes when every listed code is listed
// once. psql's reader would otherwise cut the table at its one bar.

// stataTables rewrites the tabstat tables of a Stata log as TAB rows
// (exportPlace: line numbers never change); data itself when it holds none.
func stataTables(doc *facts.Document, data []byte, g *textMarks) []byte {
	if !g.has(data, mkStata) {
		return data // the cheap gate
	}
	lines := strings.Split(string(data), "\n")
	var tabs []stataTab
	for i := range lines {
		if t, ok := stataRead(lines, i); ok {
			tabs = append(tabs, t)
		}
	}
	if len(tabs) == 0 {
		return data
	}
	stataJoinLists(lines, tabs)
	stataDisplayTotals(lines, tabs)
	changed := false
	for _, t := range tabs {
		if stataWrite(doc, lines, t) {
			changed = true
		}
	}
	if !changed {
		return data
	}
	return []byte(strings.Join(lines, "\n"))
}

// stataTab is one tabstat table as read: the lines it takes (from the
// command, or its "Summary statistics" line, to its bottom rule), its
// column names, its rows with their source lines, and the caption.
type stataTab struct {
	from, to int
	header   []string
	rows     [][]string
	at       []int
	caption  string
}

// stataRead reads the tabstat table whose "Summary statistics:" line is
// lines[i].
func stataRead(lines []string, i int) (stataTab, bool) {
	var t stataTab
	stat, ok := strings.CutPrefix(strings.TrimSpace(lines[i]), "Summary statistics:")
	if !ok || !strings.EqualFold(strings.TrimSpace(stat), "sum") || i+1 >= len(lines) {
		return t, false
	}
	g, ok := strings.CutPrefix(strings.TrimSpace(lines[i+1]), "Group variable:")
	if !ok {
		g, ok = strings.CutPrefix(strings.TrimSpace(lines[i+1]), "by categories of:") // before Stata 17
	}
	if !ok || len(strings.Fields(g)) == 0 {
		return t, false
	}
	group := strings.Fields(g)[0]
	h := i + 2
	for h < len(lines) && strings.TrimSpace(lines[h]) == "" {
		h++
	}
	if h+2 >= len(lines) {
		return t, false
	}
	bar := strings.IndexByte(lines[h], '|')
	if bar <= 0 || strings.TrimSpace(lines[h][:bar]) != group || stataRuleBar(lines[h+1]) != bar {
		return t, false
	}
	vars := strings.Fields(lines[h][bar+1:])
	if len(vars) == 0 {
		return t, false
	}
	t.header = []string{group}
	for _, v := range vars {
		if strings.ContainsRune(v, '~') {
			return t, false // an abbreviated name: which variable is unsure
		}
		t.header = append(t.header, exportHeader(v))
	}
	var total []string
	k := h + 2
	for ; k < len(lines); k++ {
		l := strings.TrimRight(lines[k], "\r")
		if strings.Trim(l, "-") == "" && strings.TrimSpace(l) != "" {
			break // the bottom rule
		}
		if stataRuleBar(l) == bar {
			continue // the rule above the Total line
		}
		if len(l) <= bar || l[bar] != '|' {
			return t, false
		}
		cells := append([]string{strings.TrimSpace(l[:bar])}, strings.Fields(l[bar+1:])...)
		if len(cells) != len(t.header) || cells[0] == "" || strings.ContainsRune(cells[0], '~') {
			return t, false
		}
		if cells[0] == "Total" {
			total = cells
			continue
		}
		if total != nil {
			return t, false // rows after the Total: not tabstat's layout
		}
		t.rows = append(t.rows, cells)
		t.at = append(t.at, k)
	}
	if k == len(lines) || len(t.rows) == 0 {
		return t, false
	}
	t.from, t.to = i, k+1
	cond := ""
	if c := stataCommand(lines, i); c >= 0 {
		t.from = c
		cmd := lines[c]
		for k := c + 1; k < i && strings.HasPrefix(strings.TrimSpace(lines[k]), "> "); k++ {
			cmd += strings.TrimPrefix(strings.TrimSpace(lines[k]), ">") // Stata wraps a long command so
		}
		cond = stataIf(cmd)
	}
	prog, ok := stataProgram(cond)
	if !ok {
		return t, false
	}
	if prog != "" {
		t.caption = "Program " + prog
	} else if total != nil && stataTotalProven(t.rows, total) {
		t.rows = append(t.rows, total)
		t.at = append(t.at, k-1)
	}
	return t, true
}

// stataRuleBar is the place of the '+' of a rule "-----+-----"; -1 for any
// other line.
func stataRuleBar(l string) int {
	l = strings.TrimRight(l, "\r")
	k := strings.IndexByte(l, '+')
	if k <= 0 || strings.Count(l, "+") != 1 || strings.Trim(l, "-+") != "" {
		return -1
	}
	return k
}

// stataCommand is the line of the tabstat command that printed the table
// whose first line is lines[i]: the nearest command line above it; -1 when
// that is no tabstat.
func stataCommand(lines []string, i int) int {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		t := strings.TrimSpace(lines[k])
		if strings.HasPrefix(t, ". ") {
			if strings.HasPrefix(t, ". tabstat ") {
				return k
			}
			return -1
		}
	}
	return -1
}

// stataIf is the `if` condition of a command line, "" when it has none.
func stataIf(l string) string {
	k := strings.Index(l, " if ")
	if k < 0 {
		return ""
	}
	c := l[k+4:]
	if e := strings.IndexByte(c, ','); e >= 0 {
		c = c[:e]
	}
	if e := strings.Index(c, " in "); e >= 0 {
		c = c[:e]
	}
	return strings.TrimSpace(c)
}

// stataProgram is the one program an `if` condition restricts the table
// to (`program=="076.01.WA" & level=="kegiatan"`); "" when it names none.
// ok is false for a condition that keeps other rows than its equalities
// say (an or, a comparison), or names two programs: what the rows and the
// Total are is then not stated.
func stataProgram(cond string) (string, bool) {
	if cond == "" {
		return "", true
	}
	if strings.ContainsAny(cond, "|<>!~") {
		return "", false
	}
	prog := ""
	for term := range strings.SplitSeq(cond, "&") {
		_, v, ok := strings.Cut(term, "==")
		if !ok {
			return "", false
		}
		v = strings.Trim(strings.TrimSpace(v), `"`)
		if budgetCodeShape(v) {
			if _, isProg := programCode(v); !isProg || len(v) != 9 || prog != "" && prog != v {
				return "", false
			}
			prog = v
		}
	}
	return prog, true
}

// stataTotalProven: the Total line is the sum of the rows above it in
// every column of whole numbers (tabstat adds them; a copy's slip shows).
func stataTotalProven(rows [][]string, total []string) bool {
	for c := 1; c < len(total); c++ {
		want, ok := stataWhole(total[c])
		if !ok {
			return false
		}
		var sum int64
		for _, r := range rows {
			v, ok := stataWhole(r[c])
			if !ok {
				return false
			}
			sum += v
		}
		if sum != want {
			return false
		}
	}
	return true
}

// stataWhole reads a figure in Stata's notation ("12,345", "-7",
// "1,250.50") in ten-thousandths, so sums of decimals compare exactly.
func stataWhole(c string) (int64, bool) {
	d := strings.ReplaceAll(c, ",", "")
	neg := strings.HasPrefix(d, "-")
	d = strings.TrimPrefix(d, "-")
	whole, frac, _ := strings.Cut(d, ".")
	if len(frac) > 4 {
		return 0, false
	}
	d = whole + frac + strings.Repeat("0", 4-len(frac))
	if whole == "" || !allDigits(d) || len(d) > 18 {
		return 0, false
	}
	var v int64
	for _, r := range d {
		v = v*10 + int64(r-'0')
	}
	if neg {
		v = -v
	}
	return v, true
}

// stataNumber rewrites a figure in Stata's notation in the Indonesian one:
// "2,369,178,000" → "2.369.178.000", "95.45" → "95,45"; "." (missing) is
// no value. ok is false for a figure whose digits are lost (scientific
// notation) or a cell of another shape.
func stataNumber(c string) (string, bool) {
	if c == "." {
		return "", true
	}
	if sciNumber(c) {
		return "", false
	}
	t := strings.TrimPrefix(c, "-")
	whole, frac, dec := strings.Cut(t, ".")
	if dec && (frac == "" || !allDigits(frac)) {
		return "", false
	}
	groups := strings.Split(whole, ",")
	for g, s := range groups {
		if !allDigits(s) || s == "" || g > 0 && len(s) != 3 || g == 0 && len(groups) > 1 && len(s) > 3 {
			return "", false
		}
	}
	out := strings.ReplaceAll(whole, ",", ".")
	if dec {
		out += "," + frac
	}
	if strings.HasPrefix(c, "-") {
		out = "-" + out
	}
	return out, true
}

// stataWrite writes table t in place; whether it did. A figure whose
// digits are lost is loaded NULL with a finding; a cell of another shape
// leaves the table as written.
func stataWrite(doc *facts.Document, lines []string, t stataTab) bool {
	rows := make([][]string, len(t.rows))
	var lost []facts.Finding
	for r, row := range t.rows {
		out := make([]string, len(row))
		out[0] = row[0]
		for c := 1; c < len(row); c++ {
			v, ok := stataNumber(row[c])
			if !ok && !sciNumber(row[c]) {
				return false
			}
			if !ok {
				lost = append(lost, facts.Finding{Span: facts.Span{Start: t.at[r] + 1, End: t.at[r] + 1}, Aturan: "nilai.tidak_terbaca", Tingkat: facts.Warning,
					Nilai: row[c], Pesan: fmt.Sprintf("kolom %q: angka %q dicetak Stata dalam notasi ilmiah, digitnya hilang; dimuat NULL", t.header[c], row[c])})
			}
			out[c] = v
		}
		if out[len(out)-1] == "" {
			// the TAB reader drops a row's empty last cells and would then
			// read its cells a column off; a dash it reads as no value
			out[len(out)-1] = "-"
		}
		rows[r] = out
	}
	header := t.header
	if stataCodes(t.rows) {
		// the stub holds the by() groups whatever the variable is called;
		// groups that are all budget codes are the table's code column
		header = append([]string{"Kode"}, header[1:]...)
	}
	if !exportPlace(lines, t.from, t.to, t.at[0]-1, t.caption, header, rows) {
		return false
	}
	for _, f := range lost {
		doc.Add(f)
	}
	return true
}

// stataJoinLists adds to the tables the columns of a `. list` printed
// further on whose first variable is the tables' group variable: each row
// takes the listed values of its code, when every code is listed once.
// The list's lines become blank once its columns went to the tables.
func stataJoinLists(lines []string, tabs []stataTab) {
	for i := tabs[0].to; i < len(lines); i++ {
		vars, ok := stataListCommand(lines[i])
		if !ok || !stataGroupedBy(tabs, vars[0]) {
			continue
		}
		byCode, end, ok := stataList(lines, i+1, len(vars))
		if !ok {
			continue
		}
		var add []int // the listed variables no table has yet
		for v := 1; v < len(vars); v++ {
			if !stataHas(tabs, exportHeader(vars[v])) {
				add = append(add, v)
			}
		}
		if len(add) == 0 || !stataAllListed(tabs, byCode) {
			continue
		}
		for t := range tabs {
			for _, v := range add {
				tabs[t].header = append(tabs[t].header, exportHeader(vars[v]))
			}
			for r, row := range tabs[t].rows {
				code := row[0]
				if code == "Total" {
					code = ""
				}
				for _, v := range add {
					cell := "."
					if got, ok := byCode[code]; ok {
						cell = got[v]
					}
					tabs[t].rows[r] = append(tabs[t].rows[r], cell)
				}
			}
		}
		for k := i; k < end; k++ {
			lines[k] = ""
		}
		i = end
	}
}

// stataListCommand reads ". list kode serapan, noobs clean": its
// variables; only a list without a box (clean) is read.
func stataListCommand(l string) ([]string, bool) {
	t, ok := strings.CutPrefix(strings.TrimSpace(l), ". list ")
	if !ok {
		return nil, false
	}
	vars, opts, _ := strings.Cut(t, ",")
	if !strings.Contains(opts, "clean") || strings.Contains(vars, " if ") || strings.Contains(vars, " in ") {
		return nil, false
	}
	f := strings.Fields(vars)
	if len(f) < 2 {
		return nil, false
	}
	for _, v := range f {
		if strings.ContainsAny(v, "*?-~") {
			return nil, false // a pattern: which variables is not written
		}
	}
	return f, true
}

// stataList reads the output of a clean list of n variables starting at
// lines[i] (blank lines, its header, its rows up to a blank line): each
// code's values; the line after it.
func stataList(lines []string, i, n int) (map[string][]string, int, bool) {
	for i < len(lines) && strings.TrimSpace(lines[i]) == "" {
		i++
	}
	if i == len(lines) || len(strings.Fields(lines[i])) != n {
		return nil, i, false
	}
	byCode := make(map[string][]string)
	k := i + 1
	for ; k < len(lines) && strings.TrimSpace(lines[k]) != ""; k++ {
		f := strings.Fields(lines[k])
		if len(f) == n+1 && strings.HasSuffix(f[0], ".") && allDigits(strings.TrimSuffix(f[0], ".")) {
			f = f[1:] // the observation's number
		}
		if len(f) != n || strings.ContainsRune(f[0], '~') {
			return nil, k, false
		}
		if _, dup := byCode[f[0]]; dup {
			return nil, k, false // a code listed twice: which value is its is not stated
		}
		byCode[f[0]] = f
	}
	return byCode, k, len(byCode) > 0
}

// stataHas: some table has column name already.
func stataHas(tabs []stataTab, name string) bool {
	for _, t := range tabs {
		for _, h := range t.header[1:] {
			if h == name {
				return true
			}
		}
	}
	return false
}

// stataAllListed: every code row of the tables is in the list.
func stataAllListed(tabs []stataTab, byCode map[string][]string) bool {
	for _, t := range tabs {
		for _, row := range t.rows {
			if _, ok := byCode[row[0]]; !ok && row[0] != "Total" {
				return false
			}
		}
	}
	return true
}

// stataDisplayTotals fills a Total line's empty cell from a `. display`
// further on that prints that column's total by name ("Serapan total =
// 96.21 persen" for the column serapan): the name and the word total say
// whose figure it is. The display's lines become blank once it is used.
func stataDisplayTotals(lines []string, tabs []stataTab) {
	for i := tabs[0].to; i+1 < len(lines); i++ {
		if !strings.HasPrefix(strings.TrimSpace(lines[i]), ". display ") {
			continue
		}
		label, val, ok := strings.Cut(lines[i+1], "=")
		f := strings.Fields(strings.ToLower(label))
		if !ok || len(f) != 2 || f[1] != "total" {
			continue
		}
		v := strings.Fields(val)
		if len(v) == 0 || len(v) > 2 || len(v) == 2 && v[1] != "persen" && v[1] != "%" {
			continue
		}
		num := strings.TrimSuffix(v[0], "%")
		if _, ok := stataNumber(num); !ok {
			continue
		}
		used := false
		for t := range tabs {
			n := len(tabs[t].rows)
			if n == 0 || tabs[t].rows[n-1][0] != "Total" {
				continue
			}
			for c, h := range tabs[t].header {
				if c > 0 && h == f[0] && tabs[t].rows[n-1][c] == "." {
					tabs[t].rows[n-1][c] = num
					used = true
				}
			}
		}
		if used {
			lines[i], lines[i+1] = "", ""
		}
	}
}

// stataCodes: every row but the Total is labelled by a budget code.
func stataCodes(rows [][]string) bool {
	for _, r := range rows {
		if r[0] != "Total" && !budgetCodeShape(r[0]) {
			return false
		}
	}
	return true
}

// stataGroupedBy: every table is by the listed variable v, so the list's
// codes and the tables' are the same variable's.
func stataGroupedBy(tabs []stataTab, v string) bool {
	for _, t := range tabs {
		if t.header[0] != v {
			return false
		}
	}
	return true
}
