package parse

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// A ledger summary's T accounts, one budget line a T, read as the budget
// table they stand for (the class and its proof: anggaran_fixed_cards.go).

// tAccounts rewrites each run of budget T accounts.
func tAccounts(lines []string) bool {
	changed := false
	for i := 0; i < len(lines); i++ {
		if _, ok := tBar(lines[i]); !ok {
			continue
		}
		var rows []fixedBudget
		from, to := -1, -1
		ribu := tRibu(lines, i)
		for k := i; k < len(lines); {
			col, ok := tBar(lines[k])
			if !ok {
				break
			}
			ts := tTitleStart(lines, k)
			if ts < 0 || to >= 0 && ts <= to {
				break
			}
			e := k + 1
			for e < len(lines) && strings.TrimSpace(lines[e]) != "" {
				e++
			}
			b, ok := readTAccount(lines[ts:k], lines[k+1:e], col)
			if !ok {
				if b.pagu != "" || b.real != "" || b.total {
					break // a T not read ends the run
				}
			} else {
				b.ribu = b.ribu || ribu
				rows = append(rows, b)
				if from < 0 {
					from = ts
				}
				to = e - 1
			}
			// the next T's bar: past the blank lines and its title
			k = e
			for k < len(lines) && k < e+6 {
				if _, ok := tBar(lines[k]); ok {
					break
				}
				k++
			}
		}
		if len(rows) == 0 {
			continue
		}
		writeFixedBudget(lines, from, to, rows)
		changed = true
		i = to
	}
	return changed
}

// tRibu: the few lines above the first T say its amounts are thousands.
func tRibu(lines []string, i int) bool {
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		if l := strings.ToLower(lines[k]); strings.Contains(l, "ribu") && (strings.Contains(l, "rp") || strings.Contains(l, "rupiah")) {
			return true
		}
	}
	return false
}

// tBar: a T's bar, a rule with one junction and rule on both sides of it;
// its junction's rune column.
func tBar(l string) (int, bool) {
	t := strings.TrimLeft(l, " ")
	if r, _ := utf8.DecodeRuneInString(t); !strings.ContainsRune("═─━=-_", r) {
		return 0, false // the cheap look: a bar opens with its rule
	}
	rs := []rune(strings.TrimRight(l, " "))
	col, rule := -1, 0
	for k, r := range rs {
		switch r {
		case ' ':
			if rule > 0 || col >= 0 {
				return 0, false
			}
		case '═', '─', '━', '=', '-', '_':
			rule++
		case '╤', '┬', '┳', '╦', '+', '|', 'T':
			if col >= 0 {
				return 0, false
			}
			col = k
		default:
			return 0, false
		}
	}
	if col < 0 || rule < 10 || col == 0 || col == len(rs)-1 {
		return 0, false
	}
	isRule := func(r rune) bool { return r == '═' || r == '─' || r == '━' || r == '=' || r == '-' || r == '_' }
	return col, isRule(rs[col-1]) && isRule(rs[col+1])
}

// tTitleStart: the first line of the title over the bar at line k (the
// non-blank lines right above it, at most three); -1 when none.
func tTitleStart(lines []string, k int) int {
	s := k
	for s > 0 && s > k-3 && strings.TrimSpace(lines[s-1]) != "" {
		if _, ok := tBar(lines[s-1]); ok {
			return -1
		}
		s--
	}
	if s == k {
		return -1
	}
	return s
}

// readTAccount reads one T: its title lines and the body under its bar,
// split at the stem's column.
func readTAccount(title, body []string, col int) (fixedBudget, bool) {
	var b fixedBudget
	head := strings.Join(strings.Fields(strings.Join(title, " ")), " ")
	// "(akun induk 076.01.WA)": the parent
	if o := strings.Index(strings.ToLower(head), "(akun induk"); o >= 0 {
		c := strings.IndexByte(head[o:], ')')
		if c < 0 {
			return b, false
		}
		b.induk = strings.TrimSpace(head[o+len("(akun induk") : o+c])
		head = strings.TrimSpace(head[:o] + head[o+c+1:])
	}
	f := strings.Fields(head)
	if len(f) == 0 {
		return b, false
	}
	up := strings.ToUpper(head)
	if budgetCodeShape(f[0]) {
		b.code, b.name = f[0], strings.Join(f[1:], " ")
	} else if strings.HasSuffix(up, "JUMLAH") || strings.HasSuffix(up, "TOTAL") {
		b.total = true
	}
	var left, right []string
	for _, l := range body {
		rs := []rune(l)
		s := -1
		for k := col - 2; k <= col+2; k++ {
			if k >= 0 && k < len(rs) && (rs[k] == '│' || rs[k] == '|' || rs[k] == '┃' || rs[k] == '║') {
				s = k
				break
			}
		}
		if s < 0 {
			if len(rs) > col+2 {
				return b, false // a line crossing the stem: not a T's side
			}
			left = append(left, strings.TrimSpace(l))
			continue
		}
		left = append(left, strings.TrimSpace(string(rs[:s])))
		right = append(right, strings.TrimSpace(string(rs[s+1:])))
	}
	lp := tSide(&b, left)
	rp := tSide(&b, right)
	// the debit side holds the pagu, the credit side the realisasi
	if lp != "pagu" || rp != "realisasi" {
		return fixedBudget{pagu: b.pagu, real: b.real, total: b.total}, false
	}
	return b.finish()
}

// tSide reads one side's labels and amounts (an amount after its label or
// on the line under it); it returns the first label's role.
func tSide(b *fixedBudget, ls []string) string {
	first, pending := "", ""
	for _, t := range ls {
		if t == "" {
			continue
		}
		f := strings.Fields(t)
		num := tAmount(f)
		if num == 0 { // an amount alone: the label above it states it
			if pending == "" {
				return "?"
			}
			b.figure(pending, t)
			pending = ""
			continue
		}
		label := strings.ToLower(strings.Join(f[:num], " "))
		role := tRole(label)
		if first == "" {
			first = role
		}
		if role == "" {
			return "?" // a label of another ledger (Kas, Pendapatan …)
		}
		if num < len(f) {
			b.figure(label, strings.Join(f[num:], " "))
		} else {
			pending = label
		}
		if strings.Contains(label, "ribu") {
			b.ribu = true
		}
	}
	return first
}

// tAmount: the index of the first field of the amount ending f (a figure,
// with "Rp" before it or "%" after it); len(f) when f ends in no figure.
func tAmount(f []string) int {
	k := len(f)
	if k > 0 && f[k-1] == "%" {
		k--
	}
	if k == 0 {
		return len(f)
	}
	v := strings.TrimSuffix(f[k-1], "%")
	if _, ok := cardAmount(v); !ok {
		if _, err := strconv.ParseFloat(strings.Replace(v, ",", ".", 1), 64); err != nil || !strings.Contains(v, ",") {
			return len(f)
		}
	}
	k--
	if k > 0 && strings.HasPrefix(f[k-1], "Rp") {
		k--
	}
	if k == 0 {
		return 0
	}
	return k
}

// tRole names a T label's role: "pagu", "realisasi", "sisa", "persen", or "".
func tRole(label string) string {
	w := strings.Fields(label)
	if len(w) == 0 {
		return ""
	}
	switch {
	case w[0] == "pagu" || w[0] == "alokasi":
		return "pagu"
	case w[0] == "realisasi":
		return "realisasi"
	case w[0] == "sisa":
		return "sisa"
	case w[0] == "serapan" || w[0] == "persentase" || strings.HasPrefix(w[0], "daya"):
		return "persen"
	}
	return ""
}
