package parse

import (
	"strings"

	"github.com/kpu-ntt/lkj/etl/extract"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// A DPT revised after its first determination is printed as the roll
// before and after, side by side: `DPT Semula` (L, P, L+P) beside `DPT
// Menjadi` (L, P, L+P) under a group line. Both groups are the same
// election's roll; the fact is the roll as it stood last (the one used on
// polling day). The group words settle it only when every group of that
// election but one names the roll before (semula, awal, sebelum) and that
// one the roll after (menjadi, perubahan, akhir, setelah/sesudah, hasil
// perbaikan, DPTHP). A difference (selisih) or a second "after" group
// settles nothing, and a group of "changes" whose counts are far from the
// roll's on some row is a difference, not a roll: none of them loads.

var (
	revisedBefore  = []string{"semula", "awal", "sebelum", "lama"}
	revisedAfter   = []string{"menjadi", "perubahan", "akhir", "setelah", "sesudah", "hasil perbaikan", "dpthp", "dpthp1", "dpthp2", "revisi"}
	revisedNeither = []string{"selisih", "beda", "perbedaan", "kenaikan", "penurunan", "tambah", "kurang"}
)

// revisedRoll drops, of the sets sharing an election, the rolls before the
// revision when their group words and counts prove which one is after; seen
// counts the sets per election and is kept in step.
func revisedRoll(b *extract.Block, sets []dptSet, seen map[string]int) []dptSet {
	for k, n := range seen {
		if n < 2 {
			continue
		}
		after, before := -1, 0
		for i, s := range sets {
			if s.pemilihan+itoa(s.tahun) != k {
				continue
			}
			switch revisedSide(s.group) {
			case -1:
				before++
			case 1:
				if after >= 0 {
					after = -2
				} else if after == -1 {
					after = i
				}
			default:
				after = -2
			}
		}
		if after < 0 || before != n-1 || !rollsAlike(b, sets, k, after) {
			continue
		}
		out := sets[:0:0]
		for i, s := range sets {
			if i == after || s.pemilihan+itoa(s.tahun) != k {
				out = append(out, s)
			}
		}
		sets, seen[k] = out, 1
	}
	return sets
}

// revisedSide is -1 for a group naming the roll before a revision, 1 for
// one naming the roll after, 0 for neither or both.
func revisedSide(group string) int {
	k := normalize.SpacedKey(group)
	for _, w := range revisedNeither {
		if strings.Contains(k, " "+w+" ") {
			return 0
		}
	}
	b, a := false, false
	for _, w := range revisedBefore {
		b = b || strings.Contains(k, " "+w+" ")
	}
	for _, w := range revisedAfter {
		a = a || strings.Contains(k, " "+w+" ")
	}
	switch {
	case b && !a || b && strings.Contains(k, " sebelum "):
		return -1 // "Sebelum Perubahan" names the roll before
	case a && !b:
		return 1
	}
	return 0
}

// rollsAlike: on every body row the after set's voter count (L+P, else L)
// is read and within a factor two of each before set's: a roll, not the
// change between two rolls.
func rollsAlike(b *extract.Block, sets []dptSet, k string, after int) bool {
	col := func(rs []int) int {
		if j := indexOf(rs, roleLP); j >= 0 {
			return j
		}
		return indexOf(rs, roleL)
	}
	ja := col(sets[after].roles)
	if ja < 0 {
		return false
	}
	rows := make([][]string, len(b.Rows))
	for i, r := range b.Rows {
		rows[i] = r.Cells
	}
	count := func(cells []string, j int, conv normalize.Convention) (float64, bool) {
		if j >= len(cells) {
			return 0, false
		}
		n := normalize.ParseNumber(cells[j], conv)
		return n.Value, n.Status == normalize.OK && n.Value > 0
	}
	convA := cellsConvention(rows, ja)
	read := 0
	for i, s := range sets {
		if i == after || s.pemilihan+itoa(s.tahun) != k {
			continue
		}
		jb := col(s.roles)
		if jb < 0 {
			return false
		}
		convB := cellsConvention(rows, jb)
		for _, cells := range rows {
			va, okA := count(cells, ja, convA)
			vb, okB := count(cells, jb, convB)
			if !okA && !okB {
				continue // a heading row
			}
			if !okA || !okB || va*2 < vb || vb*2 < va {
				return false
			}
			read++
		}
	}
	return read >= 2
}
