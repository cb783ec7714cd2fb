package parse

// dittoFirst: a cell opening with byte b may be one of dittoWords
// whatever its case. Most cells a TAB row holds are figures, and a figure
// is told apart here, not compared with each word. (bytes.EqualFold folds
// 's' with the two-byte 'ſ' too, but a cell of a word's length holding
// it has fewer letters than the word, so no other first byte matches.)
func dittoFirst(b byte) bool {
	switch b {
	case '"', '\'', '-', 's', 'S', 'i', 'I', 0xE2, 0xE3: // “ ” „ open with 0xE2, 〃 with 0xE3
		return true
	}
	return false
}
