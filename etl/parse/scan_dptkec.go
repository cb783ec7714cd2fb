package parse

// dptKecMayList: t may hold two matches of reDPTKec, the least
// proseDPTKecamatan reads. Every match names "perempuan", whose letters
// fold to ASCII letters only (unlike k and s), and matches do not overlap:
// two matches need the word twice. Most paragraphs naming a kecamatan and
// the voters state no such list, and the pattern's backtracking over them
// cost some 80,000 instructions each.
func dptKecMayList(t string) bool {
	i := indexFoldASCII(t, "perempuan")
	return i >= 0 && indexFoldASCII(t[i+len("perempuan"):], "perempuan") >= 0
}
