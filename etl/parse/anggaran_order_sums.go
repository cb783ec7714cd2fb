package parse

import "github.com/kpu-ntt/lkj/etl/facts"

// parentsBySums proves the programs of the kegiatan of a budget table
// whose row order is no hierarchy (anggaran_order.go) by the table's own
// arithmetic: the kegiatan are split among the programs so that every
// program's pagu and its realisasi are each the sum of its kegiatan's.
// A kegiatan is proven only when every such split puts it under the same
// program (two kegiatan of equal amounts that may change places stay
// unproven); a missing amount, an output row (a deeper hierarchy) or a
// program whose kegiatan do not add up prove none. fixed holds the parents
// already known (by code or official name); the result maps the index of
// each other kegiatan to its program.
func parentsBySums(rows []facts.Anggaran, fixed map[int]string) map[int]string {
	type sums struct{ pagu, real int64 }
	var progs []string
	need := map[string]*sums{}
	var free []int
	for i := range rows {
		a := &rows[i]
		switch a.Tingkat {
		case facts.LevelProgram:
			if a.Pagu == nil || a.Realisasi == nil || need[a.Kode] != nil {
				return nil
			}
			progs = append(progs, a.Kode)
			need[a.Kode] = &sums{*a.Pagu, *a.Realisasi}
		case facts.LevelKegiatan:
			if a.Pagu == nil || a.Realisasi == nil {
				return nil
			}
			if _, ok := fixed[i]; !ok {
				free = append(free, i)
			}
		case facts.LevelOutput:
			return nil
		}
	}
	for i, pr := range fixed {
		s := need[pr]
		if s == nil {
			return nil
		}
		s.pagu -= *rows[i].Pagu
		s.real -= *rows[i].Realisasi
	}
	if len(free) == 0 || len(progs) == 0 || !smallSearch(len(progs), len(free)) {
		return nil
	}
	// depth-first over the free kegiatan, each to every program; a
	// kegiatan is proven when every split that adds up gives it the same
	// program
	pick := make([]int, len(free))
	var agree []int // per free kegiatan: the program index, -1 when splits differ
	var walk func(k int)
	walk = func(k int) {
		if k == len(free) {
			for _, pr := range progs {
				if s := need[pr]; s.pagu != 0 || s.real != 0 {
					return
				}
			}
			if agree == nil {
				agree = append([]int(nil), pick...)
			}
			for j := range agree {
				if agree[j] != pick[j] {
					agree[j] = -1
				}
			}
			return
		}
		a := &rows[free[k]]
		for j, pr := range progs {
			s := need[pr]
			if s.pagu < *a.Pagu || s.real < *a.Realisasi {
				continue // amounts are not negative: this program is full
			}
			s.pagu -= *a.Pagu
			s.real -= *a.Realisasi
			pick[k] = j
			walk(k + 1)
			s.pagu += *a.Pagu
			s.real += *a.Realisasi
		}
	}
	walk(0)
	out := map[int]string{}
	for k, j := range agree {
		if j >= 0 {
			out[free[k]] = progs[j]
		}
	}
	return out
}

// smallSearch: p programs to the power of k kegiatan stays within a
// search a table's worth of rows can afford.
func smallSearch(p, k int) bool {
	n := 1
	for range k {
		if n *= p; n > 1<<16 {
			return false
		}
	}
	return true
}

// knownParents are the parents of the kegiatan of rows that order does not
// decide: a code naming its program ("CQ.6867"), an official name with its
// code (unorderedParents keeps both).
func knownParents(rows []facts.Anggaran) map[int]string {
	fixed := map[int]string{}
	for i := range rows {
		a := &rows[i]
		if a.Tingkat != facts.LevelKegiatan {
			continue
		}
		if m, ok := kegiatanCode(a.KodeTeks); ok && m[1] != "" && a.KodeInduk != "" {
			fixed[i] = a.KodeInduk
		} else if kg, ok := kegiatanNames[kegiatanKey(a.Uraian)]; ok && kg.code == a.Kode {
			fixed[i] = kg.program
		}
	}
	return fixed
}
