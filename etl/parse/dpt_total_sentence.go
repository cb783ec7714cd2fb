package parse

import (
	"strings"

	"github.com/kpu-ntt/lkj/etl/normalize"
)

// A voter-roll table whose total row is not printed (a form's responses
// sheet) may state the total in a sentence under it, each figure after
// the name of its column, like the budget's (anggaran_total_sentence.go):
//
//	Jumlah (dihitung dari lembar tanggapan): Kecamatan JUMLAH; Desa/Kel 81; TPS 590; L 69.582; P 72.500; L+P 142.082.
//
// The sentence is the table's total row when every figure's name plays
// exactly one DPT role that exactly one column of the header plays, the
// counts of voters are among them, the name part names the area column,
// the table prints no total of its own, and every figure is the sum of
// its column over the rows above: the arithmetic proves the sentence
// totals these rows. It then becomes a TAB row under the table (the
// word before the colon, "Jumlah", in the area column), read as the
// table's total like a printed one. Anything else leaves it prose.

// dptTotalSentenceRow rewrites lines[i] so when proven; it reports whether
// it did.
func dptTotalSentenceRow(lines []string, i int) bool {
	j := i - 1
	if j >= 0 && blankLine(lines[j]) {
		j--
	}
	if j < 0 || !strings.Contains(lines[j], "\t") {
		return false
	}
	k := j
	for k > 0 && strings.Contains(lines[k-1], "\t") {
		k--
	}
	if k == j {
		return false // a header without rows
	}
	head := strings.Split(lines[k], "\t")
	roles := make([]int, len(head))
	for c, h := range head {
		roles[c] = dptRole(strings.TrimSpace(h))
	}
	column := func(r int) int { return roleColumn(roles, r) }
	nama := column(roleNama)
	if nama < 0 {
		return false
	}
	body := lines[k+1 : j+1]
	for _, ln := range body {
		for _, c := range strings.Split(ln, "\t") {
			if key := normalize.Key(c); key == "jumlah" || key == "total" || strings.HasPrefix(key, "jumlah ") || strings.HasPrefix(key, "total ") {
				return false // the table prints its own total
			}
		}
	}
	s := lines[i]
	colon := strings.IndexByte(s, ':')
	row := make([]string, len(head))
	row[nama] = strings.Fields(s[:colon])[0]
	got := map[int]bool{}
	for _, part := range strings.Split(s[colon+1:], ";") {
		f := strings.Fields(strings.TrimSuffix(strings.TrimSpace(part), "."))
		if len(f) < 2 {
			return false
		}
		v := strings.TrimSuffix(f[len(f)-1], ".")
		name := strings.Join(f[:len(f)-1], " ")
		if !sentenceFigure(v) || strings.HasPrefix(v, "Rp") {
			if dptRole(strings.Join(f, " ")) != roleNama && dptRole(name) != roleNama {
				return false // a cell no area column names: not this table's row
			}
			continue
		}
		r := dptRole(name)
		switch r {
		case roleDesa, roleTPS, roleL, roleP, roleLP:
		default:
			return false
		}
		c := column(r)
		if c < 0 || got[r] {
			return false
		}
		sum, ok := dptColumnSum(body, c)
		if n, okv := dptSentenceCount(v); !ok || !okv || n != sum {
			return false // not these rows' total: the sentence proves nothing about them
		}
		got[r] = true
		row[c] = v
	}
	if !got[roleLP] && !(got[roleL] && got[roleP]) {
		return false
	}
	if j+1 < i {
		lines[j+1], lines[i] = strings.Join(row, "\t"), ""
		return true
	}
	lines[i] = strings.Join(row, "\t")
	return true
}

// dptColumnSum adds column c of the TAB rows; false when a cell is not a
// whole count.
func dptColumnSum(rows []string, c int) (int64, bool) {
	var sum int64
	for _, ln := range rows {
		cells := strings.Split(ln, "\t")
		if c >= len(cells) {
			return 0, false
		}
		n, ok := dptSentenceCount(strings.TrimSpace(cells[c]))
		if !ok {
			return 0, false
		}
		sum += n
	}
	return sum, true
}

// dptSentenceCount reads a whole count written with dot groups ("69.582").
func dptSentenceCount(v string) (int64, bool) {
	if v == "" {
		return 0, false
	}
	var n int64
	for i := 0; i < len(v); i++ {
		switch c := v[i]; {
		case c >= '0' && c <= '9':
			n = n*10 + int64(c-'0')
		case c == '.' && i > 0 && (len(v)-i)%4 == 0: // a dot before each group of three
		default:
			return 0, false
		}
	}
	return n, true
}
