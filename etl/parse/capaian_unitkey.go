package parse

import "strings"

// A row read by its content (its values do not line up with the header)
// takes the last text before its first value for the indicator. In a
// table with a Satuan column that text is the row's unit: "%", "Opini",
// "Predikat", "Opini BPK", and every row of one unit fell onto one key
// ("%" onto an empty one). A unit never names an
// indicator: a row left with no other text has no indicator and loads
// nothing (a wrong key is worse than a missing row).

// bareUnits are the unit words a Satuan cell holds alone.
var bareUnits = map[string]bool{
	"%": true, "persen": true, "predikat": true, "opini": true, "nilai": true, "indeks": true, "skor": true,
	"laporan": true, "dokumen": true, "orang": true, "kali": true, "rp": true, "rp.": true, "rupiah": true,
	"tps": true, "desa": true,
}

func bareUnit(c string) bool {
	c = strings.TrimSpace(c)
	if c == "" || len(c) > 8 {
		return false
	}
	var buf [8]byte // lower-cased without a copy on the heap
	for i := 0; i < len(c); i++ {
		b := c[i]
		if b >= 'A' && b <= 'Z' {
			b += 'a' - 'A'
		}
		buf[i] = b
	}
	return bareUnits[string(buf[:len(c)])]
}

// unitText reports whether cells[j], a text before a content-read row's
// first value, is no name of the row: a unit word, the cell under the
// Satuan header right of an indicator cell that holds text of its own, or
// punctuation alone ("#####", "*"). It keeps a unit in rc.unit.
func unitText(cells []string, roles []int, ind, j int, rc *rowCells) bool {
	c := cells[j]
	if !hasLetterOrDigit(c) {
		return true
	}
	unit := bareUnit(c)
	if !unit && j > ind && j < len(roles) && roles[j] == roleSatuan && ind >= 0 && ind < len(cells) {
		n := cells[ind]
		unit = n != "" && !valueLike(n) && !bareUnit(n) && !isRowNumber(n)
	}
	if unit && rc.unit == "" {
		rc.unit = c
	}
	return unit
}
