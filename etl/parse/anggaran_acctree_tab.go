package parse

import "strings"

// An accounting tool's account tree (anggaran_acctree.go) as the PDF route
// gives it: every line that carries figures is a TAB row, the label its
// first cell, and the indentation that made the tree is gone. The report's
// column titles come out as a TAB row of their own whose cells need not
// match the titles: a title right-aligned over its figures may be cut
// inside ("over Budget %" | "of Budget" for QuickBooks' "over Budget" and
// "% of Budget"). The titles are therefore read as words, in order, as the
// space-aligned header is; the figures prove the columns (as many on every
// line as there are titles, the variance and the percent agreeing with
// pagu and realisasi, the sums of the tree). The levels come from the
// budget codes instead of the indentation: the root (no code) above the
// programs, the programs above their kegiatan, the kegiatan above their
// outputs; a code of no known level leaves the tree unread.

// acctTabHeadAt: a TAB row may be the header: its first cell empty (the
// untitled account column) or an account column's title alone.
func acctTabHeadAt(l string) bool {
	first, _, _ := strings.Cut(l, "\t")
	return acctTabFirst(first)
}

func acctTabFirst(first string) bool {
	switch strings.ToUpper(strings.TrimSpace(first)) {
	case "", "AKUN", "ACCOUNT", "ACCOUNTS", "REKENING", "PERKIRAAN":
		return true
	}
	return false
}

// acctTabHeader gives a TAB header as the words acctHeader reads, and
// whether its account column is untitled; "" when it is no header.
func acctTabHeader(l string) (string, bool) {
	cells := strings.Split(l, "\t")
	if len(cells) < 3 || !acctTabFirst(cells[0]) {
		return "", false
	}
	return strings.Join(cells, " "), strings.TrimSpace(cells[0]) == ""
}

// acctTabDepth: the depth of an account in a TAB tree by its code: 0 the
// root (no code), then program, kegiatan, output; −1 for any other code.
func acctTabDepth(code string) int {
	if code == "" {
		return 0
	}
	if l := chartLevel(code); l >= 0 {
		return l + 1
	}
	return -1
}

// acctTabAfter: the report's own lines right after its tree ("Net Income"
// under "Total Expenses") are TAB rows too, and the table written in the
// tree's place would take them for its rows; they become the spaced lines
// they are in the report's text.
func acctTabAfter(lines []string, from int) {
	for k := from; k < len(lines) && strings.TrimSpace(lines[k]) != ""; k++ {
		lines[k] = strings.ReplaceAll(lines[k], "\t", "    ")
	}
}

// acctCodeColumn: a TAB row whose first cell is a budget code alone, its
// name in the next cell, before the n figures: a table with a code
// column, which the ordinary budget reader reads (and keeps its labels as
// written), not an account tree whose label holds code and name.
func acctCodeColumn(l string, n int) bool {
	cells := strings.Split(l, "\t")
	if len(cells) < n+2 {
		return false
	}
	code, desc := budgetCode(strings.TrimSpace(cells[0]))
	return code != "" && strings.TrimSpace(desc) == ""
}
