package extract

import "strings"

// rowAsText: a text line that may be a row of a table written with spaces
// ("1 Persentase desa tersosialisasi 85,00 88,40 104,00"), whose header a
// foot header could be: figures, the last word one of them. A sentence
// with figures under a table ("Sumber: OM-SPAN, 31 Desember 2021.", "Nilai
// tahun 2018 dan 2019 masing-masing 59,19 (CC) dan 63,60 (B).") ends in a
// full stop or in words, and leaves the header under the rows above it.
func rowAsText(t string) bool {
	t = strings.TrimSpace(t)
	if figures(t) < 2 || strings.HasSuffix(t, ".") {
		return false
	}
	return valueLike(t[strings.LastIndexByte(t, ' ')+1:])
}
