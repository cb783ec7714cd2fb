package parse

import (
	"sort"
	"strings"

	"github.com/kpu-ntt/lkj/etl/extract"
)

// colGroup is a span of columns under one cell of an upper header row:
// "PEMILIHAN GUBERNUR 2018 | PEMILU 2019" each over TPS/L/P/L+P, "DPT |
// DPTb | DPK" each over L/P/L+P, "Belanja Pegawai | Belanja Barang |
// Jumlah" each over Pagu/Realisasi.
type colGroup struct {
	from, to int // columns [from, to)
	text     string
}

// headerGroups reads the group cells of the header rows above the lowest
// one, from column first on; width is the number of columns. A cell for
// which ownTitle is true is the title of its own column written over two
// rows, not a group. nil when the header has one row or first < 0.
func headerGroups(b *extract.Block, first, width int, ownTitle func(string) bool) []colGroup {
	if len(b.Header) < 2 || first < 0 {
		return nil
	}
	var starts []int
	texts := map[int]string{}
	for _, h := range b.Header[:len(b.Header)-1] {
		for j, c := range h.Cells {
			if j < first || j >= width || strings.TrimSpace(c) == "" || ownTitle(c) {
				continue
			}
			if _, ok := texts[j]; !ok {
				starts = append(starts, j)
			}
			texts[j] = strings.TrimSpace(texts[j] + " " + c)
		}
	}
	sort.Ints(starts)
	var gs []colGroup
	for i, j := range starts {
		to := width
		if i+1 < len(starts) {
			to = starts[i+1]
		}
		gs = append(gs, colGroup{from: j, to: to, text: texts[j]})
	}
	return gs
}

// groupOf is the index of the group holding column j, or -1.
func groupOf(gs []colGroup, j int) int {
	for g, gr := range gs {
		if j >= gr.from && j < gr.to {
			return g
		}
	}
	return -1
}
