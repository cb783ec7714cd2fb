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

// snakeSex are the parts that name a count's sex; snakeCount the parts
// that may stand beside them in a voter count's name.
var (
	snakeSex   = map[string]string{"l": "laki-laki", "lk": "laki-laki", "laki": "laki-laki", "p": "perempuan", "pr": "perempuan", "prp": "perempuan", "perempuan": "perempuan", "wanita": "perempuan", "lp": "L+P"}
	snakeCount = map[string]bool{"pemilih": true, "jml": true, "jmlh": true, "jumlah": true, "total": true, "tot": true, "daftar": true,
		"dpt": true, "dps": true, "dpshp": true, "dptb": true, "dpk": true, "dph": true}
)

// snakeHeader rewrites the header rows of b written as identifiers.
func snakeHeader(b *extract.Block) {
	for i := range b.Header {
		cells := b.Header[i].Cells
		if !snakeRow(cells) {
			continue
		}
		out := make([]string, len(cells)) // the row's own: its cells may share a slab with other rows
		for j, c := range cells {
			out[j] = snakeCell(c)
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

// snakeCell is one identifier in words.
func snakeCell(c string) string {
	var parts []string
	for _, w := range strings.Split(c, "_") {
		from := 0
		for i := 1; i < len(w); i++ {
			if w[i] >= 'A' && w[i] <= 'Z' && w[i-1] >= 'a' && w[i-1] <= 'z' {
				parts = append(parts, strings.ToLower(w[from:i]))
				from = i
			}
		}
		if w = strings.ToLower(w[from:]); w != "" {
			parts = append(parts, w)
		}
	}
	if s, ok := snakeSexCount(parts); ok {
		return s
	}
	for k, p := range parts {
		if w, ok := normalize.SnakeWord(p); ok {
			parts[k] = w
		}
	}
	return strings.Join(parts, " ")
}

// snakeSexCount names a voter count split by sex by its roll (when not the
// DPT itself) and its sex alone; false for other names.
func snakeSexCount(parts []string) (string, bool) {
	sex, roll := "", ""
	for k := 0; k < len(parts); k++ {
		p := parts[k]
		switch {
		case p == "l" && k+1 < len(parts) && parts[k+1] == "p":
			p, k = "lp", k+1 // "l_p": both
		case p == "laki" && k+1 < len(parts) && parts[k+1] == "laki":
			k++
		}
		if s, ok := snakeSex[p]; ok {
			if sex != "" {
				return "", false
			}
			sex = s
			continue
		}
		if !snakeCount[p] {
			return "", false
		}
		if p == "dps" || p == "dpshp" || p == "dptb" || p == "dpk" || p == "dph" {
			roll = strings.ToUpper(p) + " "
		}
	}
	return roll + sex, sex != ""
}
