package parse

import "strings"

// namedGroupRow: a valueless row that names a group by its word and number
// or label ("Tujuan 2 - Terwujudnya ...", "Kegiatan 3: Pemutakhiran ...",
// "Sub Kegiatan: ..."), as a header typed again per group leaves it
// (extract/header_group_repeat.go). It heads the rows below; it is never
// the wrapped end of the indicator above, whose words would take the
// group's name. "Sasaran" and "Program" rows have their own cases.
func namedGroupRow(text string) bool {
	if text == "" || text[0] != 'T' && text[0] != 'K' && text[0] != 'S' {
		return false // the group words open with a capital
	}
	for _, w := range [...]string{"tujuan", "kegiatan", "sub kegiatan"} {
		rest, ok := wordsPrefix(text, w)
		if !ok {
			continue
		}
		rest = strings.TrimLeft(rest, " ")
		return rest != "" && (rest[0] >= '0' && rest[0] <= '9' || rest[0] == ':' || rest[0] == '-' || strings.HasPrefix(rest, "–"))
	}
	return false
}
