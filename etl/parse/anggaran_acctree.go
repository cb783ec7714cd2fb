package parse

import (
	"bytes"
	"strings"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// A budget kept in an accounting tool and pasted as its report: a GnuCash
// Budget Report or account tree, KMyMoney, a QuickBooks budget-vs-actual,
// an hledger balance. The accounts form a tree shown only by indentation
// (or by ':' paths), a root account (Beban, Expenses) heads it, a parent
// carries its own figures on its line or in a "Total <account>" line, and
// the columns are titled in accounting words:
//
//	Akun                                      Anggaran        Aktual      Selisih      %
//	Beban
//	  076.01.WA Program Dukungan Manajemen 2.369.178.000 2.261.319.639 107.858.361 95,45
//	    3355 Pengelolaan Keuangan …          738.705.000   706.636.998  32.068.002 95,66
//	    …
//	Total Beban                           17.804.136.000 17.128.711.617 675.424.383 96,21
//
// No column is found by position: a line is its indentation, its label and
// a run of figures (before or after the label), the header gives the
// figures' roles in order. The tree is proven before anything is written:
// every account below the root carries a budget code, every one has all
// its figures, sisa is pagu − realisasi on every line (or realisasi − pagu
// on every line: a variance signed the other way, turned back), the
// reported % is realisasi / pagu, the children of every parent add up to
// it and the top accounts to the root's total. The report then becomes the
// TAB table it stands for (parents above their children, the total last)
// for the budget table reader; an unproven tree stays as it was. A
// household's or a shop's books (no budget codes) are not read.

// acctRole is a figure column's meaning: 'p' pagu, 'r' realisasi, 's' the
// variance, '%' the reported serapan.
type acctRole byte

// acctNode is one line of the tree.
type acctNode struct {
	depth    int
	label    string   // the account's name as written (a path's last part)
	code     string   // its budget code, "" for a root
	desc     string   // the name after the code
	figs     []string // the figures as written, in the header's order
	vals     []int64  // the same, hundredths
	kids     []int    // indexes of its children
	hasTotal bool
}

// accountTrees rewrites the accounting tools' account trees in data; data
// itself when it holds none.
func accountTrees(doc *facts.Document, data []byte) []byte {
	if !docHasAny(doc, data, acctHeadWords...) && !docHasAny(doc, data, "Budget  ", "BUDGET  ", "Anggaran  ", "ANGGARAN  ") &&
		!docHasAny(doc, data, acctTabWords...) ||
		!docHasAny(doc, data, "Aktual", "AKTUAL", "Actual", "ACTUAL", "Realisasi", "REALISASI") ||
		!someLine(data, acctHeaderLine) {
		return data // no header line: the text is not split into lines
	}
	lines := strings.Split(string(data), "\n")
	changed := false
	for i := 0; i+1 < len(lines); i++ {
		if !acctHeadAt(lines[i]) {
			continue
		}
		roles := acctHeader(lines[i])
		if roles == nil {
			continue
		}
		if end, ok := acctTree(doc, lines, i, roles); ok {
			changed = true
			i = end
		}
	}
	if !changed {
		return data
	}
	return []byte(strings.Join(lines, "\n"))
}

// acctHeaderLine: l is an account tree's header (acctHeadAt and
// acctHeader), tested without a string for the lines that cannot be one:
// a TAB row must open with an empty cell or an account title, a spaced
// line needs a run of spaces.
func acctHeaderLine(l []byte) bool {
	if len(l) == 0 || len(l) > 400 {
		return false
	}
	if tab := bytes.IndexByte(l, '\t'); tab >= 0 {
		if first := bytes.TrimSpace(l[:tab]); len(first) > 9 || len(first) > 0 && !isLetterByte(first[0]) {
			return false // "PERKIRAAN" is the longest title
		}
	} else if !bytes.Contains(l, []byte("  ")) {
		return false
	}
	if !acctTitleWord(l, "anggaran", "budget", "pagu") || !acctTitleWord(l, "aktual", "actual", "realisasi") {
		return false // a header names one pagu and one realisasi (acctHeader)
	}
	s := string(l)
	return acctHeadAt(s) && acctHeader(s) != nil
}

// acctTitleWord: l holds one of the lower-case ASCII words, in any case.
func acctTitleWord(l []byte, words ...string) bool {
	for _, w := range words {
		if foldContains(l, w) {
			return true
		}
	}
	return false
}

// acctHeadWords: an account column's title in a space-aligned header,
// spaces beside it ("Akuntabilitas" in every report is none).
var acctHeadWords = []string{"Akun  ", "AKUN  ", "Account  ", "ACCOUNT  ", "Rekening  ", "REKENING  ",
	"Perkiraan  ", "PERKIRAAN  ", "  Akun", "  AKUN", "  Account", "  ACCOUNT"}

// acctTabWords: a figure title as the PDF route writes it, a cell of a
// TAB row (anggaran_acctree_tab.go).
var acctTabWords = []string{"\tBudget", "\tBUDGET", "\tAnggaran", "\tANGGARAN", "\tPagu", "\tPAGU"}

// acctHeadAt: the line may be a header (one of acctHeadWords in it, or
// the figures' titles alone over an untitled account column).
func acctHeadAt(l string) bool {
	if strings.ContainsRune(l, '\t') {
		return acctTabHeadAt(l)
	}
	for _, w := range acctHeadWords {
		if strings.Contains(l, w) {
			return true
		}
	}
	return acctUntitled(l)
}

// acctUntitled: a header whose account column has no title (QuickBooks
// leaves it blank): the line opens with a wide indent, as wide as the
// accounts' names under it.
func acctUntitled(l string) bool {
	return len(l)-len(strings.TrimLeft(l, " ")) >= 24
}

// acctHeader reads the roles of a header line: an account column's title
// and the figure titles only, one pagu and one realisasi among them.
func acctHeader(l string) []acctRole {
	untitled := acctUntitled(l)
	if strings.ContainsRune(l, '\t') {
		if l, untitled = acctTabHeader(l); l == "" {
			return nil
		}
	}
	if len(l) > 300 {
		return nil
	}
	f := strings.Fields(strings.ToUpper(l))
	var roles []acctRole
	account := false
	for k := 0; k < len(f); k++ {
		w := strings.Trim(f[k], "():")
		next := ""
		if k+1 < len(f) {
			next = strings.Trim(f[k+1], "():")
		}
		switch w {
		case "AKUN", "ACCOUNT", "ACCOUNTS", "REKENING", "PERKIRAAN", "NAMA":
			account = account || w != "NAMA"
		case "ANGGARAN", "BUDGET", "BUDGETED", "PAGU":
			roles = append(roles, 'p')
		case "AKTUAL", "ACTUAL", "REALISASI":
			roles = append(roles, 'r')
		case "SELISIH", "VARIANCE", "VARIANS", "SISA", "DIFFERENCE":
			roles = append(roles, 's')
		case "OVER", "UNDER": // QuickBooks' "$ Over Budget"
			if next != "BUDGET" {
				return nil
			}
			roles = append(roles, 's')
			k++
		case "%", "PERSEN", "SERAPAN":
			if k > 0 && acctPctWord(strings.Trim(f[k-1], "():")) {
				continue // "Serapan %", "% Serapan": one title
			}
			roles = append(roles, '%')
			if next == "OF" && k+2 < len(f) && strings.Trim(f[k+2], "():") == "BUDGET" {
				k += 2 // "% of Budget"
			}
		case "RP", "$", "IDR", "":
		default:
			return nil
		}
	}
	if !account && !untitled || len(roles) > 4 || acctCount(roles, 'p') != 1 || acctCount(roles, 'r') != 1 ||
		acctCount(roles, 's') > 1 || acctCount(roles, '%') > 1 {
		return nil
	}
	return roles
}

func acctPctWord(w string) bool { return w == "%" || w == "PERSEN" || w == "SERAPAN" }

func acctCount(roles []acctRole, r acctRole) int {
	n := 0
	for _, x := range roles {
		if x == r {
			n++
		}
	}
	return n
}

// acctFigure reads a figure of the report in the notation dec/grp, with a
// currency sign before it and a negative in parentheses; hundredths.
func acctFigure(w string, dec, grp byte) (string, int64, bool) {
	w = strings.TrimPrefix(strings.TrimPrefix(w, "Rp"), "$")
	w = strings.TrimPrefix(w, ".")
	if strings.HasPrefix(w, "(") && strings.HasSuffix(w, ")") {
		w = "-" + w[1:len(w)-1]
	}
	w = strings.TrimSuffix(w, "%")
	v, ok := spoolValue(w, dec, grp)
	if !ok {
		return "", 0, false
	}
	s, _ := spoolIndo(w, dec, grp)
	return s, v, true
}

// acctLine cuts a line into its indentation, its label and its n figures
// (the last n of the run after the label, or exactly n before it: an
// hledger balance); no figures when neither is there.
func acctLine(l string, n int, dec, grp byte) (depth int, label string, figs []string, vals []int64) {
	depth = len(l) - len(strings.TrimLeft(l, " "))
	var words []string
	for _, w := range strings.Fields(l) {
		if w == "Rp" || w == "Rp." || w == "$" || w == "IDR" {
			continue // a currency written apart from its amount
		}
		if w == "%" && len(words) > 0 {
			words[len(words)-1] += w // "96,36 %": a percent sign written apart
			continue
		}
		words = append(words, w)
	}
	isFig := func(w string) bool { _, _, ok := acctFigure(w, dec, grp); return ok }
	a, b := 0, len(words)
	for b > a && isFig(words[b-1]) {
		b--
	}
	switch {
	case b < len(words) && len(words)-b > n:
		b = len(words) - n // a name ending in a number
	case b == len(words):
		for a < b && a < n && isFig(words[a]) {
			a++
		}
		// the label after exactly n figures; a code of bare digits may
		// open it ("3357 Pengelolaan"), a grouped figure may not
		if a != n || a == b || isFig(words[a]) && !allDigits(words[a]) {
			a = 0
		}
	}
	for _, w := range append(append([]string(nil), words[:a]...), words[b:]...) {
		s, v, _ := acctFigure(w, dec, grp)
		figs, vals = append(figs, s), append(vals, v)
	}
	if a > 0 && a < b {
		// figures first: the label's own indentation after them is the
		// depth (the figures are right-aligned, their margin says nothing)
		at, seen := 0, 0
		for _, f := range strings.Fields(l) {
			at += strings.Index(l[at:], f) + len(f)
			if f != "Rp" && f != "Rp." && f != "$" && f != "IDR" {
				if seen++; seen == a {
					break
				}
			}
		}
		rest := l[at:]
		depth = len(rest) - len(strings.TrimLeft(rest, " "))
	}
	return depth, strings.Join(words[a:b], " "), figs, vals
}

// acctPath reads an account written as its path, "Beban:076.01.WA:3355
// Pengelolaan …": the last part and the number of parts before it.
func acctPath(label string) (string, int) {
	parts := strings.Split(label, ":")
	if len(parts) < 2 {
		return label, 0
	}
	for i, p := range parts {
		if p == "" || i > 0 && p[0] == ' ' || i < len(parts)-1 && p[len(p)-1] == ' ' {
			return label, 0 // a colon in prose, "Catatan: …"
		}
	}
	return parts[len(parts)-1], len(parts) - 1
}

// acctNamed: a Total line's name is the account's: its label, its name
// without the code, or its code.
func acctNamed(nd acctNode, name string) bool {
	return strings.EqualFold(nd.label, name) || nd.code != "" && (strings.EqualFold(nd.desc, name) || nd.code == name)
}

// acctTree reads the tree under the header lines[h]; the last line it
// covers and whether it rewrote it.
func acctTree(doc *facts.Document, lines []string, h int, roles []acctRole) (int, bool) {
	for _, nt := range [][2]byte{{',', '.'}, {'.', ','}} {
		if end, ok := acctTreeIn(doc, lines, h, roles, nt[0], nt[1]); ok {
			return end, true
		}
	}
	return h, false
}

func acctTreeIn(doc *facts.Document, lines []string, h int, roles []acctRole, dec, grp byte) (int, bool) {
	n := len(roles)
	tab := strings.ContainsRune(lines[h], '\t') // the PDF route's TAB rows: no indentation
	var nodes []acctNode
	var stack []int // open nodes, outermost first
	var grand []int64
	var grandFigs []string
	end := -1
	for k := h + 1; k < len(lines) && k <= h+300 && end < 0; k++ {
		l := strings.TrimRight(lines[k], " \r")
		t := strings.TrimSpace(l)
		switch {
		case t == "":
			if len(nodes) > 0 {
				end = k - 1
			}
			continue
		case strings.ContainsRune(l, '\t') && !tab:
			return h, false
		case bandRule(l) || strings.Trim(t, "-=+| ") == "":
			continue
		}
		if tab && acctCodeColumn(l, n) {
			return h, false // a code in a column of its own: an ordinary budget table, its reader's
		}
		depth, label, figs, vals := acctLine(l, n, dec, grp)
		if len(figs) != 0 && len(figs) != n {
			return h, false
		}
		if label == "" { // figures alone under a rule: the tree's total
			if len(figs) == 0 || grand != nil {
				return h, false
			}
			grand, grandFigs, end = vals, figs, k
			continue
		}
		if u := strings.ToUpper(label); strings.HasPrefix(u, "TOTAL") || strings.HasPrefix(u, "JUMLAH") {
			name := strings.TrimSpace(label[strings.IndexByte(label+" ", ' '):])
			if len(figs) == 0 {
				return h, false
			}
			j := len(stack) - 1
			for j >= 0 && !acctNamed(nodes[stack[j]], name) {
				j--
			}
			if j < 0 { // "Total" alone, or a name no open account has
				if name != "" && len(stack) > 0 || grand != nil {
					return h, false
				}
				grand, grandFigs, end = vals, figs, k
				continue
			}
			nd := &nodes[stack[j]]
			if nd.figs != nil && strings.Join(nd.figs, " ") != strings.Join(figs, " ") {
				return h, false
			}
			nd.figs, nd.vals, nd.hasTotal = figs, vals, true
			stack = stack[:j]
			if j == 0 && nd.code == "" {
				end = k // the root's total closes the tree
			}
			continue
		}
		last, up := acctPath(label)
		label, depth = last, depth+100*up // a path's parts are its depth
		nd := acctNode{depth: depth, label: label, figs: figs, vals: vals}
		if len(figs) == 0 {
			nd.figs, nd.vals = nil, nil
		}
		nd.code, nd.desc = budgetCode(label)
		if tab { // no indentation left: the code's level is the depth
			if nd.depth = acctTabDepth(nd.code); nd.depth < 0 {
				return h, false
			}
			depth = nd.depth
		}
		for len(stack) > 0 && nodes[stack[len(stack)-1]].depth >= depth {
			stack = stack[:len(stack)-1]
		}
		if nd.code == "" && len(stack) > 0 {
			return h, false // an account with no budget code below the root
		}
		nodes = append(nodes, nd)
		if len(stack) > 0 {
			p := stack[len(stack)-1]
			nodes[p].kids = append(nodes[p].kids, len(nodes)-1)
		}
		stack = append(stack, len(nodes)-1)
	}
	if end < 0 || len(nodes) == 0 {
		return h, false
	}
	rows, total, msg := acctProve(nodes, roles, grand, grandFigs)
	if rows == nil {
		if msg != "" {
			doc.Add(facts.Finding{Span: facts.Span{Start: h + 1, End: end + 1}, Aturan: "anggaran.pohon_akun", Tingkat: facts.Warning, Pesan: msg})
		}
		return h, false
	}
	header := []string{"Kode", "Uraian"}
	for _, r := range roles {
		header = append(header, map[acctRole]string{'p': "Pagu", 'r': "Realisasi", 's': "Sisa", '%': "Serapan (%)"}[r])
	}
	rows = append(rows, append([]string{"", "TOTAL"}, total...))
	if !exportPlace(lines, h, end+1, h, "", header, rows) {
		return h, false
	}
	if tab {
		acctTabAfter(lines, end+1)
	}
	return end, true
}
