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

// orgUnitRow: a valueless row naming the organisational unit that answers
// for the indicators below it ("Subbagian Perencanaan, Data dan
// Informasi", "Seksi Teknis", "Divisi Hukum"): a capaian grouped by
// unit. No indicator's name opens with a unit's word, so the row heads the
// rows below and is never the wrapped end of the indicator above (whose
// key took the unit's name).
func orgUnitRow(text string) bool {
	if text == "" || text[0] < 'A' || text[0] > 'Z' {
		return false
	}
	for _, w := range [...]string{"subbagian", "sub bagian", "subbag", "seksi", "divisi"} { // as extract's isGroupLabel
		if rest, ok := wordsPrefix(text, w); ok && strings.TrimSpace(rest) != "" {
			return true
		}
	}
	return false
}
