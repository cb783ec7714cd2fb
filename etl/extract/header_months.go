package extract

// The months, quarters and semesters a budget table may give a column each
// ("Pagu | Jan | Feb | … | Des | Jumlah") are column titles: without them
// such a header reads as a row of values and the table has none.
func init() {
	for _, w := range []string{"jan", "januari", "january", "feb", "peb", "februari", "pebruari", "february",
		"mar", "maret", "march", "apr", "april", "mei", "may", "jun", "juni", "june", "jul", "juli", "july",
		"agu", "agt", "ags", "agustus", "aug", "august", "sep", "sept", "september", "okt", "oktober", "oct",
		"october", "nov", "nopember", "november", "des", "desember", "dec", "december", "trw", "smt", "kuartal", "quarter"} {
		headerVocab[w] = true
	}
}
