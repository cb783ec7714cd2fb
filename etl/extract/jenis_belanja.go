package extract

// Budget per jenis belanja as columns: a budget table may head its
// columns with the two-digit codes of the kinds of spending ("51 | 52 |
// 53" = Belanja Pegawai, Barang, Modal) beside "Jumlah Pagu" and
// "Realisasi". Those codes look like row numbers, which made the whole
// header line read as a data row. A code cell of a row holding at least
// two distinct such codes (and words, checked by isHeaderRow) is a column
// title, not a value.

// JenisCode: a header cell naming a jenis belanja by its code: "51", or
// "51 Pegawai", "52 - Belanja Barang" (the code, then words).
func JenisCode(c string) bool {
	if len(c) < 2 || c[0] != '5' || c[1] < '1' || c[1] > '9' {
		return false
	}
	if len(c) == 2 {
		return true
	}
	if c[2] != ' ' {
		return false
	}
	for i := 3; i < len(c); i++ {
		if b := c[i] | 0x20; b >= 'a' && b <= 'z' {
			return true
		}
		if c[i] != ' ' && c[i] != '-' && c[i] != '.' && c[i] != ':' {
			return false
		}
	}
	return false
}

// jenisCodes returns, for a row, a mask of its cells that are jenis
// belanja codes ("51" … "59"), or 0 when fewer than two distinct codes
// stand in it. Only rows of up to 64 cells are looked at.
func jenisCodes(cells []string) uint64 {
	if len(cells) > 64 {
		return 0
	}
	var mask uint64
	var seen [10]bool
	n := 0
	for i, c := range cells {
		if !JenisCode(c) {
			continue
		}
		mask |= 1 << i
		if !seen[c[1]-'0'] {
			seen[c[1]-'0'] = true
			n++
		}
	}
	if n < 2 {
		return 0
	}
	return mask
}
