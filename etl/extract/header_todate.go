package extract

// A finance application's realisation report splits the realisasi into
// the periods before, this period and up to now ("s.d. Bulan Lalu | Bulan
// Ini | s.d. Bulan Ini" under "Realisasi", "Up to Last Period | This
// Period"): those are column titles, else the line under the group reads
// as a row of the body and the cumulative column has no title.
func init() {
	for _, w := range []string{"bulan", "lalu", "ini", "sebelumnya", "berjalan", "period", "last", "previous", "this", "current"} {
		headerVocab[w] = true
	}
}
