package parse

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// A statistical tabulation printed in fixed columns whose total row comes
// first: a CSPro Tabulation Application table, SPSS CTABLES, a census
// tabulation. The region's total (the satker's kabupaten) heads the
// table, its members indented under it, a spanner over the sex columns
// with the L+P column first, figures without separators:
//
//	                                Desa/                      Jenis Kelamin
//	Kecamatan                        Kel.       TPS        Total   Laki-laki   Perempuan
//	------------------------------------------------------------------------------------
//	Total                              65       204        48324       23765       24559
//
//	  KATIKUTANA                       15        54        11475        5614        5861
//	  …
//
// The space-aligned reader takes the rows but not the header over two
// lines under a spanner, and so nothing loads. csproTables reads such a
// block: a row labelled Total/Jumlah/All with figures only, its members
// (a name, the same number of figures) right under it — or right above
// it, a Stata `table` with the total last. The figure columns' places come
// from the rows; a header word belongs to the column under which most of
// it stands, and a fragment over two columns' figures is a spanner (no
// title of either). What proves the block: every column of the total row
// is the sum of its members'. The name column must be a region's
// (Kecamatan, Wilayah…), and L, P and L+P must all be among the titles:
// an age table's "Kelompok Umur", a stock list's "Barang" are no roll.
// The block is rewritten in place as a TAB table, the total last as
// "Jumlah", so the DPT reader keys it and proves L + P = total per row.

var (
	// a count plain or dotted; "6,001" is left to the readers of the
	// tool's own notation (stat_header.go)
	csproFigure = regexp.MustCompile(`^(?:\d{1,3}(?:\.\d{3})+|\d+)$`)
	csproLabel  = regexp.MustCompile(`^(?i:total|jumlah|all|grand total|jumlah total|total keseluruhan)$`)
)

// csproRow is a body line read: its name, figures and their rune places.
type csproRow struct {
	line    int
	name    string
	nameEnd int
	figs    []int64
	starts  []int
	ends    []int
}

// csproParse reads a fixed-column line as a name and trailing figures,
// each figure two spaces or more from the name; false for any other line.
func csproParse(l string, k int) (csproRow, bool) {
	if strings.Contains(l, "\t") || strings.TrimSpace(l) == "" {
		return csproRow{}, false
	}
	rs := []rune(strings.TrimRight(l, " \r"))
	r := csproRow{line: k}
	end := len(rs)
	for end > 0 {
		s := end
		for s > 0 && rs[s-1] != ' ' {
			s--
		}
		tok := string(rs[s:end])
		if !csproFigure.MatchString(tok) {
			break
		}
		v, err := strconv.ParseInt(strings.ReplaceAll(tok, ".", ""), 10, 64)
		if err != nil {
			return csproRow{}, false
		}
		r.figs = append([]int64{v}, r.figs...)
		r.starts = append([]int{s}, r.starts...)
		r.ends = append([]int{end}, r.ends...)
		end = s
		for end > 0 && rs[end-1] == ' ' {
			end--
		}
	}
	if len(r.figs) < 3 || end == 0 || r.starts[0]-end < 2 {
		return csproRow{}, false
	}
	r.name, r.nameEnd = strings.TrimRight(strings.TrimSpace(string(rs[:end])), " |"), end // a Stata table's stub bar
	// a name of one piece: "1      ALOK" is a number column and a name,
	// a layout table the space-aligned reader keeps
	return r, hasLetter(r.name) && !strings.Contains(r.name, "  ")
}

// csproTables rewrites every proven total-first (or total-last) block of
// fixed-column rows as a TAB table.
func csproTables(doc *facts.Document, data []byte) []byte {
	// the label then two spaces (fixed columns) or a stub's bar
	if !docHasAny(doc, data, "Total  ", "Jumlah  ", "All  ", "TOTAL  ", "JUMLAH  ", "Total |", "Jumlah |") {
		return data
	}
	lines := strings.Split(string(data), "\n")
	changed := false
	for i := 0; i < len(lines); i++ {
		t := strings.TrimSpace(lines[i])
		if len(t) < 8 || !strings.ContainsAny(t[:1], "TtJjAaGg") {
			continue
		}
		tot, ok := csproParse(lines[i], i)
		if !ok || !csproLabel.MatchString(tot.name) {
			continue
		}
		if end, ok := csproBlock(lines, tot); ok {
			changed = true
			i = end
		}
	}
	if !changed {
		return data
	}
	return []byte(strings.Join(lines, "\n"))
}

// csproMembers walks from the total row's line by step over the rows of
// the same width (blank lines between them allowed), to a rule, a second
// total or any other line.
func csproMembers(lines []string, tot csproRow, step int) []csproRow {
	var out []csproRow
	for k := tot.line + step; k >= 0 && k < len(lines); k += step {
		if strings.TrimSpace(lines[k]) == "" || len(out) == 0 && ruleLine(lines[k]) {
			continue // a rule between the total and its members (Stata's before Total)
		}
		r, ok := csproParse(lines[k], k)
		if !ok || len(r.figs) != len(tot.figs) || csproLabel.MatchString(r.name) {
			break
		}
		out = append(out, r)
	}
	if step < 0 {
		for a, b := 0, len(out)-1; a < b; a, b = a+1, b-1 {
			out[a], out[b] = out[b], out[a]
		}
	}
	return out
}

// csproSums: every column of the total row is the sum of its members'.
func csproSums(tot csproRow, members []csproRow) bool {
	if len(members) < 2 {
		return false
	}
	for c := range tot.figs {
		var s int64
		for _, m := range members {
			s += m.figs[c]
		}
		if s != tot.figs[c] {
			return false
		}
	}
	return true
}

// csproBlock proves and rewrites the block of the total row tot; the last
// line it took.
func csproBlock(lines []string, tot csproRow) (int, bool) {
	members := csproMembers(lines, tot, 1)
	first := tot.line
	if !csproSums(tot, members) {
		// a total last is this reader's only after a rule (Stata's); an
		// aligned table with its total last and no rule is the ordinary
		// reader's (alignSpaced), which a rewrite here kept from reading
		// the document's other aligned tables
		k := tot.line - 1
		for k >= 0 && strings.TrimSpace(lines[k]) == "" {
			k--
		}
		if k < 0 || !ruleLine(lines[k]) {
			return 0, false
		}
		members = csproMembers(lines, tot, -1)
		if !csproSums(tot, members) {
			return 0, false
		}
		first = members[0].line
	}
	all := append([]csproRow{tot}, members...)
	n := len(tot.figs)
	lo, hi := make([]int, n), make([]int, n)
	nameEnd := 0
	for c := 0; c < n; c++ {
		lo[c], hi[c] = 1<<30, 0
	}
	for _, r := range all {
		for c := 0; c < n; c++ {
			lo[c], hi[c] = min(lo[c], r.starts[c]), max(hi[c], r.ends[c])
		}
		nameEnd = max(nameEnd, r.nameEnd)
	}
	for c := 1; c < n; c++ {
		if lo[c] <= hi[c-1] {
			return 0, false // columns overlap: no fixed columns
		}
	}
	head := first - 1
	for head >= 0 && ruleLine(lines[head]) {
		head--
	}
	top := head
	for top >= 0 && head-top < 4 && strings.TrimSpace(lines[top]) != "" && !ruleLine(lines[top]) && !strings.Contains(lines[top], "\t") {
		top--
	}
	top++
	if top > head {
		return 0, false
	}
	titles := csproTitles(lines[top:head+1], lo, hi, nameEnd)
	if titles == nil || !csproRoll(titles) {
		return 0, false
	}
	last := max(tot.line, members[len(members)-1].line)
	rows := make([][]string, 0, len(all))
	for _, r := range append(members, tot) {
		row := []string{r.name}
		if r.line == tot.line {
			row[0] = "Jumlah"
		}
		for _, v := range r.figs {
			row = append(row, strconv.FormatInt(v, 10))
		}
		rows = append(rows, row)
	}
	return last, exportPlace(lines, top, last+1, top, "", titles, rows)
}

// csproTitles sets the header lines' words under the columns: the name
// column left of nameEnd, figure column c over (hi[c-1], hi[c]]; a word
// goes where most of it stands. A fragment (words one space apart) of an
// upper line over two columns' figures is a spanner and no title. Nil
// when a column is left without a title.
func csproTitles(head []string, lo, hi []int, nameEnd int) []string {
	n := len(lo)
	upper, leaf := make([][]string, n+1), make([][]string, n+1)
	for h, l := range head {
		rs := []rune(l)
		for _, f := range csproFragments(rs) {
			over := 0
			for c := 0; c < n; c++ {
				if f[0] < hi[c] && f[1] > lo[c] {
					over++
				}
			}
			if over >= 2 && h < len(head)-1 {
				continue // a spanner ("Jenis Kelamin" over Total, Laki-laki, Perempuan)
			}
			for _, w := range csproFragmentWords(rs, f) {
				if !hasLetterOrDigit(string(rs[w[0]:w[1]])) {
					continue // a stub's bar '|', no word
				}
				col, best := 0, min(w[1], nameEnd)-w[0]
				for c := 0; c < n; c++ {
					from := nameEnd
					if c > 0 {
						from = hi[c-1]
					}
					if o := min(w[1], hi[c]) - max(w[0], from); o > best {
						col, best = c+1, o
					}
				}
				if best <= 0 {
					return nil // a word past the last column: not this table's header
				}
				if h == len(head)-1 {
					leaf[col] = append(leaf[col], string(rs[w[0]:w[1]]))
				} else {
					upper[col] = append(upper[col], string(rs[w[0]:w[1]]))
				}
			}
		}
	}
	out := make([]string, n+1)
	for c := range out {
		if len(leaf[c]) == 0 {
			return nil // the bottom line titles every column: a statistic's row (Sum, Mean) is another style's (stat_header.go)
		}
		low := strings.Join(leaf[c], " ")
		both := strings.TrimSpace(strings.Join(upper[c], " ") + " " + low)
		// the upper words are the title's first line ("Jumlah" over "TPS")
		// where the bottom line alone is no title of the roll; else they
		// may be a short spanner ("Sex") standing over one of its columns
		out[c] = both
		if low != "" && dptRole(low) != roleNone {
			out[c] = low
		}
		if out[c] == "" {
			return nil
		}
	}
	return out
}

// csproFragments are the runs of a line parted by two spaces or more.
func csproFragments(rs []rune) [][2]int {
	var out [][2]int
	for i := 0; i < len(rs); {
		for i < len(rs) && rs[i] == ' ' {
			i++
		}
		if i >= len(rs) {
			break
		}
		j := i
		for j < len(rs) && !(rs[j] == ' ' && (j+1 >= len(rs) || rs[j+1] == ' ')) {
			j++
		}
		out = append(out, [2]int{i, j})
		i = j
	}
	return out
}

// csproFragmentWords are a fragment's words.
func csproFragmentWords(rs []rune, f [2]int) [][2]int {
	var out [][2]int
	for i := f[0]; i < f[1]; {
		j := i
		for j < f[1] && rs[j] != ' ' {
			j++
		}
		if j > i {
			out = append(out, [2]int{i, j})
		}
		i = j + 1
	}
	return out
}

// csproRoll: the name column is a region's and L, P and L+P are among the
// figure columns' titles, each once, and every column is the roll's.
func csproRoll(titles []string) bool {
	if dptRole(titles[0]) != roleNama {
		return false
	}
	seen := map[int]int{}
	for _, t := range titles[1:] {
		r := dptRole(t)
		if r == roleNone {
			return false // an age band, a disability: the readers of such tables keep them
		}
		seen[r]++
	}
	return seen[roleL] == 1 && seen[roleP] == 1 && seen[roleLP] == 1
}
