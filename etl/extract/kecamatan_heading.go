package extract

import "strings"

// KecamatanHeading: a line that opens the villages of one kecamatan
// ("KECAMATAN KOTA KOMBA", "Kec. Alak") over the rows of a voter roll per
// desa/kelurahan: a group row of the table, not its end. Short, no
// figure, no sentence: a paragraph that merely opens with the word says
// more than a name.
func KecamatanHeading(t string) bool {
	t = strings.TrimSpace(t)
	if len(t) < 6 || len(t) > 60 || t[len(t)-1] == '.' || t[len(t)-1] == ':' {
		return false
	}
	rest := ""
	for _, pre := range [...]string{"kecamatan ", "kec. ", "kec "} {
		if len(t) > len(pre) && strings.EqualFold(t[:len(pre)], pre) {
			rest = strings.TrimSpace(t[len(pre):])
			break
		}
	}
	if rest == "" || strings.ContainsAny(rest, "0123456789,;/") {
		return false
	}
	ws := strings.Fields(rest)
	for _, w := range ws {
		switch strings.ToLower(strings.Trim(w, ".()")) {
		case "desa", "kel", "kelurahan", "dan", "jumlah", "jml", "tps", "dpt", "pemilih", "wilayah", "nama":
			return false // a header cell ("Kecamatan dan Desa") or a sentence, not a name
		}
	}
	return len(ws) <= 4
}

// kecamatanHeadingRow: a row whose only cell is a kecamatan heading.
func kecamatanHeadingRow(cells []string) bool {
	c := ""
	for _, x := range cells {
		if x == "" {
			continue
		}
		if c != "" {
			return false
		}
		c = x
	}
	return c != "" && KecamatanHeading(c)
}
