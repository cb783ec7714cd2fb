package parse

import (
	"strings"

	"github.com/kpu-ntt/lkj/etl/extract"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// Headers written as a database's column names: a query result, a data
// frame or a CSV dump titles its columns "nama_kecamatan | jml_desa |
// pemilih_l | total_pemilih" or "tahun_dinilai | nilai_sakip". Every
// family's vocabulary reads words ("Jumlah Desa", "Laki-laki"), so a
// header row made of such identifiers is rewritten in words before the
// table is classified: the parts between '_' (or camelCase humps) become
// words, their usual abbreviations spelled out (jml → jumlah, thn →
// tahun, kec → kecamatan, tgt → target, …), and a voter count split by
// sex keeps only what says which count it is ("pemilih_l" → "laki-laki",
// "dps_p" → "DPS perempuan", "jml_lp" → "L+P"), so that "Jumlah
// Pemilih" around it never reads as the total. A row with any cell that
// is not an identifier, or with no '_' or hump, is left as written.

// snakeHeader rewrites the header rows of b written as identifiers.
func snakeHeader(b *extract.Block) {
	for i := range b.Header {
		cells := b.Header[i].Cells
		if !snakeRow(cells) {
			continue
		}
		out := make([]string, len(cells)) // the row's own: its cells may share a slab with other rows
		for j, c := range cells {
			out[j] = normalize.SnakeHeader(c)
		}
		b.Header[i].Cells = out
	}
}

// snakeRow: every cell is empty or an identifier, one holds '_' or a hump.
func snakeRow(cells []string) bool {
	joined := false
	for _, c := range cells {
		if c == "" {
			continue
		}
		if !identifier(c) {
			return false
		}
		joined = joined || strings.IndexByte(c, '_') > 0 || humped(c)
	}
	return joined
}

// identifier: letters, digits and '_', a letter first.
func identifier(c string) bool {
	for i := 0; i < len(c); i++ {
		ch := c[i]
		letter := ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z'
		if !letter && (i == 0 || !(ch >= '0' && ch <= '9' || ch == '_')) {
			return false
		}
	}
	return c != ""
}

// humped: camelCase, a lower-case start and an upper-case letter after a
// lower-case one ("jmlDesa"; never "DPTb").
func humped(c string) bool {
	if c[0] < 'a' || c[0] > 'z' {
		return false
	}
	for i := 1; i < len(c); i++ {
		if c[i] >= 'A' && c[i] <= 'Z' && c[i-1] >= 'a' && c[i-1] <= 'z' {
			return true
		}
	}
	return false
}
