package parse

import "strings"

// scoredBareYear is the year an evaluation scores when a sentence names it
// as the performance it judged without the word "tahun": "evaluasi atas
// kinerja 2020", "penilaian atas kinerja 2019", or the year in brackets
// after the evaluation's name: "hasil evaluasi sebelumnya (kinerja 2021)".
// reScoredYear (and the year windows it runs in) needs "tahun" before the
// year, so such a sentence gave no year and its score was not loaded. 0
// when s names no such year, or several different ones.
func scoredBareYear(s string) int {
	y := 0
	for _, lead := range [...]string{"atas kinerja", "(kinerja"} {
		for off := 0; ; {
			i := indexFoldASCII(s[off:], lead)
			if i < 0 {
				break
			}
			at := off + i
			off = at + len(lead)
			if at > 0 && isTokenByte(s[at-1]) {
				continue // "batas kinerja"
			}
			rest := strings.TrimLeft(s[off:], " \t\n")
			if len(rest) < 4 || !(strings.HasPrefix(rest, "19") || strings.HasPrefix(rest, "20")) ||
				!isDigitByte(rest[2]) || !isDigitByte(rest[3]) || len(rest) > 4 && isTokenByte(rest[4]) {
				continue // "atas kinerja tahun 2020" is reScoredYear's; "atas kinerja pegawai" names none
			}
			v := atoi(rest[:4])
			if y != 0 && v != y {
				return 0
			}
			y = v
		}
	}
	return y
}
