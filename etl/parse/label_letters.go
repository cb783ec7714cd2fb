package parse

import (
	"strings"
	"unicode"
)

// Box labels printed by a mail merge (label_sheet.go reads the sheet): the
// merge writes over each label's counts the letter's heading and its
// address, the area's name inside the address and wrapped in the label
// when long:
//
//	SALINAN DPT PEMILU 2024                     SALINAN DPT PEMILU 2024
//	Kepada Yth. Ketua PPK Kecamatan Malaka      Kepada Yth. Ketua PPK Kecamatan Wewiku
//	Tengah                                      Desa/Kel  : 14
//	Desa/Kel  : 20                              …
//
// and the office's own copy last (`ARSIP KPU KABUPATEN X (REKAP
// KABUPATEN)`). A label with one line over its counts is named by it, as
// ever. With several, what names the area is trusted only as:
//   - the address line holding a place word (Kecamatan, Kec., PPK,
//     Distrik) with words after it: the area is the words after the last
//     place word, joined with the lines under the address up to the
//     counts, each a wrap of the name (at most three words of letters,
//     none a "di …" line of the address) — the lines above it are the
//     letter's heading, no name;
//   - no place word but the word KABUPATEN (or KOTA) on a line: the whole's
//     label, named from that word to a bracketed note ("KABUPATEN X"), kept
//     by label_sheet.go only as the sum of the areas' labels.
// Anything else (two address lines, a wrap that is no name) leaves the
// label unread, as before.

// labelTitleOf names a label from the lines over its counts; false when
// they name no area.
func labelTitleOf(l *label) bool {
	switch {
	case len(l.heads) == 0:
		return true // named by a "Kecamatan : A" field, or not at all
	case l.title != "":
		return false // a field named the area and a line stands over it
	case len(l.heads) == 1:
		l.title = l.heads[0]
		return true
	}
	t, ok := labelLetterTitle(l.heads)
	l.title = t
	return ok
}

// labelLetterTitle is the area a mail merge's lines over the counts name.
func labelLetterTitle(heads []string) (string, bool) {
	at, from := -1, 0
	for i, h := range heads {
		f := strings.Fields(h)
		for k := len(f) - 2; k >= 0; k-- {
			switch strings.ToLower(strings.TrimSuffix(f[k], ".")) {
			case "kecamatan", "kec", "ppk", "distrik":
				if at >= 0 {
					return "", false // two lines name a place: which one is not stated
				}
				at, from = i, k
			}
			if at == i {
				break
			}
		}
	}
	if at < 0 {
		return labelLetterWhole(heads)
	}
	name := strings.Fields(heads[at])[from:]
	for _, w := range heads[at+1:] {
		f := strings.Fields(w)
		if len(f) > 3 || strings.EqualFold(f[0], "di") || !labelNameWords(f) {
			return "", false // an address line, or no wrap of the name
		}
		name = append(name, f...)
	}
	return strings.Join(name, " "), true
}

// labelLetterWhole names the office's own label from its KABUPATEN or
// KOTA word to a bracketed note; false when no line holds one.
func labelLetterWhole(heads []string) (string, bool) {
	found := ""
	for _, h := range heads {
		f := strings.Fields(h)
		for k, w := range f {
			if u := strings.ToUpper(w); (u == "KABUPATEN" || u == "KOTA") && k+1 < len(f) {
				var name []string
				for _, x := range f[k:] {
					if strings.HasPrefix(x, "(") {
						break
					}
					name = append(name, x)
				}
				if found != "" || len(name) < 2 || !labelNameWords(name) {
					return "", false
				}
				found = strings.Join(name, " ")
				break
			}
		}
	}
	return found, found != ""
}

// labelNameWords: words of letters only (a hyphen or apostrophe inside).
func labelNameWords(f []string) bool {
	for _, w := range f {
		for _, r := range w {
			if !unicode.IsLetter(r) && r != '-' && r != '\'' {
				return false
			}
		}
	}
	return len(f) > 0
}

// labelRowsAbove is the first line of the rows of labels over the row at
// lines[from], each read whole by labelReadRow: a merge wraps one label's
// area a line further than its neighbour's, so that row's TPS fields stand
// on different lines and no line of it names TPS twice (the start
// labelSheets looks for).
func labelRowsAbove(lines []string, from int) int {
	for {
		end := from
		for end > 0 && strings.TrimSpace(lines[end-1]) == "" {
			end--
		}
		if end == from || end == 0 {
			return from
		}
		start := end
		for start > 0 && strings.TrimSpace(lines[start-1]) != "" {
			start--
		}
		if _, ok := labelReadRow(lines, start, end); !ok {
			return from
		}
		from = start
	}
}
