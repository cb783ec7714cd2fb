package extract

import "strings"

// A roll or a budget revised during the year is printed before and after
// side by side under a group line ("DPT Semula | DPT Menjadi", "Sebelum
// Perbaikan | Setelah Perbaikan", "DPTHP-2"): those words are header words,
// else the group line outvotes the header and the table is read headless
// (the parser's dpt_revised.go reads which group is the fact).
func init() {
	for _, w := range strings.Fields(`semula menjadi sebelum setelah sesudah perbaikan perubahan dpthp revisi`) {
		headerVocab[w] = true
	}
}
