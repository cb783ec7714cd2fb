package parse

import (
	"strings"

	"github.com/kpu-ntt/lkj/etl/extract"
)

// A DPT table whose name column is titled by a word of no level
// ("Wilayah", "Daerah") but whose names state their level themselves:
//
//	No  Wilayah                  Desa/Kel.  TPS  L      P      L+P
//	1   KECAMATAN KOTA WAINGAPU  5          25   2.724  2.644  5.368
//
// Without a level word in the title the table was read as the province's
// table of kabupaten, and no "KECAMATAN …" row resolved to a satker. The
// names' own level word decides when most named rows carry it.

// kecamatanLedNames reports whether most of the named rows of column j
// (at least two) are led by "Kecamatan" or "Kec.".
func kecamatanLedNames(b *extract.Block, j int) bool {
	if j < 0 {
		return false
	}
	led, named := 0, 0
	for i := range b.Rows {
		c := strings.TrimSpace(b.Rows[i].Cell(j))
		if !hasLetter(c) {
			continue
		}
		named++
		for _, w := range [...]string{"kecamatan ", "kec. ", "kec "} {
			if len(c) > len(w) && strings.EqualFold(c[:len(w)], w) {
				led++
				break
			}
		}
	}
	return led >= 2 && 2*led > named
}
