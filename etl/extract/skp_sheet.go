package extract

import "strings"

// An individual performance appraisal (SKP, as e-Kinerja prints it) heads
// its results with the appraisal's own words: "Rencana Hasil Kerja",
// "Aspek", "Indikator Kinerja Individu" (IKI), "Realisasi Berdasarkan
// Bukti Dukung", "Umpan Balik", "Ukuran Keberhasilan". They are header
// words like the LKj's own, so such a header row is read as one.
func init() {
	for _, w := range strings.Fields(`kerja aspek individu iki bukti dukung umpan balik keberhasilan`) {
		headerVocab[w] = true
	}
}

// sectionRowLine: a section label (SectionLabel) written across a table
// as a line of text, right under a TAB row and right over another: the
// section of the rows below it, a group row of the table, not its end.
// Over a header row it is the heading of the next table, not a group.
func sectionRowLine(lines []line, i int) bool {
	if i < 1 || i+1 >= len(lines) {
		return false
	}
	prev, next := &lines[i-1], &lines[i+1]
	if !prev.tab || !next.tab || len(prev.cells) < 3 || len(next.cells) < 3 {
		return false
	}
	return SectionLabel(lines[i].text) && !isHeaderRow(next.cells)
}

// SectionLabel: a short lettered label that opens a section of a table's
// rows ("A. UTAMA", "B. Tambahan", "II. HASIL KERJA UTAMA"): a list
// marker, then one to four words of letters only. A sentence, a figure or
// a caption is none.
func SectionLabel(t string) bool {
	if len(t) < 4 || len(t) > 40 {
		return false
	}
	k := strings.IndexAny(t, ".)")
	if k < 1 || k+1 >= len(t) || t[k+1] != ' ' {
		return false
	}
	if m := t[:k]; !(len(m) == 1 && isASCIILetter(m[0]) || romanNumeral(m)) {
		return false
	}
	words, in := 0, false // counted by hand: no slice of words per line asked
	for j := k + 1; j < len(t); j++ {
		switch c := t[j]; {
		case c == ' ':
			in = false
		case !isASCIILetter(c):
			return false
		case !in:
			in = true
			words++
		}
	}
	return words >= 1 && words <= 4
}
