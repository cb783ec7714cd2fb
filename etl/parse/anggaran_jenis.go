package parse

import (
	"strings"

	"github.com/kpu-ntt/lkj/etl/extract"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// The budget per jenis belanja as columns: "51 | 52 | 53" or "Belanja
// Pegawai | Belanja Barang | Belanja Modal" beside the row's total. The
// jenis cells are parts of the pagu; the total after them, titled only
// "Jumlah" or "Total", is the pagu itself (a title with "Pagu" in it is
// read as such already).

// jenisColumn: a header text naming one jenis belanja.
func jenisColumn(cs []string) bool {
	for _, c := range cs {
		c = strings.TrimSpace(c)
		if extract.JenisCode(c) {
			return true
		}
		// "Belanja Pegawai", "BELANJA MODAL": the title opens with the word
		// (ASCII case-blind, no key built); a total of them is no jenis
		if len(c) > 8 && strings.EqualFold(c[:8], "belanja ") && !containsFoldASCII(c, "jumlah") && !containsFoldASCII(c, "total") {
			return true
		}
	}
	return false
}

// jenisTotalPagu gives rolePagu to the column titled "Jumlah" or "Total"
// right after two or more jenis columns, when no column is the pagu.
func jenisTotalPagu(cols [][]string, roles []int) {
	if indexOf(roles, rolePagu) >= 0 || len(cols) < 4 {
		return
	}
	n := 0
	for j, cs := range cols {
		if jenisColumn(cs) {
			n++
			continue
		}
		if n >= 2 && roles[j] == roleNone {
			switch normalize.Key(strings.Join(cs, " ")) {
			case "jumlah", "total", "jumlah total", "jumlah belanja", "total belanja":
				roles[j] = rolePagu
			}
		}
		n = 0
	}
}

// jenisIndices are the columns whose header names a jenis belanja, when
// two or more do; nil otherwise. (Read from the header rows as they are:
// no column texts are built for the many tables without one.)
func jenisIndices(b *extract.Block) []int {
	var out []int
	for j := 0; j < b.Width; j++ {
		for _, h := range b.Header {
			if j < len(h.Cells) && jenisColumn(h.Cells[j:j+1]) {
				out = append(out, j)
				break
			}
		}
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

// jenisDisagrees: the row's jenis cells hold amounts ("-" counts 0) whose
// sum is not its pagu. A row whose jenis cells hold none (a program's
// line, the total) proves nothing either way.
func jenisDisagrees(cells []string, idx []int, convs []normalize.Convention, t *tableInfo, pagu int64) bool {
	var sum int64
	n := 0
	for _, j := range idx {
		if j >= len(cells) {
			continue
		}
		c := strings.TrimSpace(cells[j])
		if c == "" || c == "-" || c == "–" || c == "—" {
			continue
		}
		conv := normalize.Unknown
		if j < len(convs) {
			conv = convs[j]
		}
		v, _ := moneyOf(c, conv, t)
		if v == nil {
			return true // a jenis cell that is no amount: the sum is unproven
		}
		sum += *v
		n++
	}
	return n > 0 && sum != pagu
}
