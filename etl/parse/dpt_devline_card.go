package parse

import "strings"

// A labelled DPT record whose place and figures sit on different lines
// (dpt_devline.go reads the one-line kind): an app's notification history,
// an inbox's subject over its preview, a ticket's title over its fields,
// a card with the place as its title:
//
//	Rekap PPK · PPK Wewewa Utara · 21 Jun, 16.42
//	DPT Pemilu 2024 Kec. WEWEWA UTARA ditetapkan
//	15 desa/kel · 113 TPS · L 8.088 · P 8.741 · Jumlah 16.829
//
// The figures line names no place, so devlineRecord reads its counts alone
// ("15 desa/kel", "113 TPS": a count before its unit for desa and TPS; a
// unit such as "jiwa" after a figure; "·" between pairs: all only on such
// a bare line, so the one-line records read as before, a map's labels
// "TALIBURA · L …" staying dpt_map_labels.go's) and devlinePlaceAbove takes the
// place from the nearest line above within the same record: a blank line,
// a TAB row or another record's figures end the record, and a line above
// holding a count of its own means the record itself runs over the lines
// (a register's wrapped cell): no place is taken; nor from a line indented
// unlike the figures (a map's label over figures indented under it) or
// one drawn with box runes (a tree's or a route's node). There the place is
// the capitalised words after a place word (Kec., Kecamatan, PPK, Distrik,
// Kab., Kabupaten, Kota), the last such on the line (an app's sender line
// names the app before the place), or a title line of the name alone. The
// proof is the one-line reader's: L + P = total per place, the whole as
// the sums of the places (labelTable).

// devlineAboveSpan is how many lines above its figures a record's place
// may stand (a notification's sender line, its title, its figures).
const devlineAboveSpan = 3

// devlineUnitPair reads f[i:] as a count before its unit ("15 desa/kel",
// "113 TPS"): the role, the figure's index and the index past the unit;
// role -1 when it is none. Only desa and TPS are counted so; the unit must
// end the line or stand before a separator or another label, so a menu
// number before a place ("2 Kel. Oebobo:") is no count.
func devlineUnitPair(f []string, i int) (int, int, int) {
	if i+1 >= len(f) || !reItemCount.MatchString(strings.TrimSuffix(f[i], ".")) {
		return -1, 0, 0
	}
	role := devlineRole(f[i+1])
	if role != labelDesa && role != labelTPSRole {
		return -1, 0, 0
	}
	if k := i + 2; k < len(f) && !(devlineSep(f[k]) && f[k] != ":" && f[k] != "=") && !devlineDot(f[k]) && devlineRole(f[k]) < 0 {
		return -1, 0, 0
	}
	return role, i, i + 2
}

// devlineBoxDrawn: the line holds a box-drawing rune (a tree's branch, a
// route, a map's frame).
func devlineBoxDrawn(l string) bool {
	for _, r := range l {
		if r >= 0x2500 && r <= 0x257f {
			return true
		}
	}
	return false
}

// devlineHasCount: the words hold a DPT count, labelled or before its unit.
func devlineHasCount(f []string) bool {
	for i := range f {
		if r, _, _ := devlineUnitPair(f, i); r >= 0 || i+1 < len(f) && devlineRole(f[i]) >= 0 && reItemCount.MatchString(strings.TrimSuffix(f[i+1], ".")) {
			return true
		}
		if i+1 < len(f) && reItemCount.MatchString(f[i]) && devlineRole(f[i+1]) >= 0 {
			return true
		}
	}
	return false
}

// devlineDot: a middle dot or bullet parting a bare figures line's pairs
// ("L 8.088 · P 8.741"); on a line with its own place it is no separator
// (a map's labels "TALIBURA · L 5.311 · …" are dpt_map_labels.go's).
func devlineDot(w string) bool { return w == "·" || w == "•" }

// devlineUnitWord: a unit after a count ("8.088 jiwa").
func devlineUnitWord(w string) bool {
	switch strings.ToLower(strings.Trim(w, ".,")) {
	case "jiwa", "orang", "org", "pemilih":
		return true
	}
	return false
}

// devlineBare: the words before a record's counts are separators or
// bullets only: the record names no place on its line.
func devlineBare(f []string) bool {
	for _, w := range f {
		if !devlineSep(w) && !devlineDot(w) && w != ">" && w != "*" && w != "›" && w != "↳" {
			return false
		}
	}
	return true
}

// devlinePlaceAbove is the place of the bare figures at line i, read from
// the nearest line above it within the same record; ok false when none.
func devlinePlaceAbove(lines []string, i int, own func(string) string) (title string, area bool, top int, ok bool) {
	for k := i - 1; k >= 0 && k >= i-devlineAboveSpan; k-- {
		l := lines[k]
		if strings.TrimSpace(strings.Trim(l, "\f")) == "" || strings.Contains(l, "\t") || devlineCandidate(l) {
			return "", false, 0, false
		}
		if devlineBoxDrawn(l) || devlineIndent(l) != devlineIndent(lines[i]) {
			// a tree's or a map's node (route_map, tree_view), a map's label
			// with its figures indented under the name (dpt_map_labels.go)
			return "", false, 0, false
		}
		if devlineHasCount(devlineTokens(l)) {
			// "PPK Alok | Rekap DPT: 12 desa, TPS 60,": the record runs
			// over the lines (a register's wrapped cell), no place line
			return "", false, 0, false
		}
		if title, area, ok = devlineLinePlace(l, own); ok {
			return title, area, k, true
		}
	}
	return "", false, 0, false
}

// devlineLinePlace reads the place a line names: the capitalised words
// after its last place word with a name, or the line itself when it is a
// name alone; "Kabupaten …"/"Kota …" for the whole as devlinePlace does.
func devlineLinePlace(l string, own func(string) string) (string, bool, bool) {
	f := devlineTokens(l)
	var name []string
	kind, sum := "", false
	for j := 0; j < len(f); j++ {
		pw := devlinePlaceWord(f[j])
		if pw == "" {
			continue
		}
		n := devlineNameAfter(f[j+1:])
		if len(n) == 0 {
			continue
		}
		name, kind, sum = n, pw, j > 0 && logSumWord(f[j-1])
		j += len(n)
	}
	if name == nil {
		// a card's title: the name alone ("WEWEWA UTARA", "Total Kab.")
		n := devlineNameAfter(f)
		if len(n) == 0 || len(n) != len(f) {
			return "", false, false
		}
		name = n
	}
	n := strings.Join(name, " ")
	switch {
	case kind == "":
		kind = own(strings.ToUpper(n))
	case kind == "Kota" && !sum:
		// "PPK Kota Tambolaka" read from "Kota": a kecamatan's name
		kind, n = "Kecamatan", "Kota "+n
	}
	switch kind {
	case "Kabupaten", "Kota":
		return kind + " " + n, false, true
	}
	return n, kind == "Kecamatan", true
}

// devlineNameAfter is the place's name at the head of f: up to four
// capitalised name words (a place word inside, as in "Kec. KOTA BARU",
// is part of it); none when a fifth follows or a word of the record's
// wording (Pemilu, Tahun, DPT …) stands among them.
func devlineNameAfter(f []string) []string {
	var n []string
	for _, w := range f {
		clean := strings.TrimRight(w, ":,")
		if clean == "" || !(clean[0] >= 'A' && clean[0] <= 'Z') || !devlineNameWord(clean) || devlineStopWord(clean) {
			break
		}
		n = append(n, clean)
		if clean != w {
			break // "Kec. Alok: …"
		}
	}
	if len(n) > 4 {
		return nil
	}
	return n
}

// devlineStopWord: a capitalised word of a record's wording that is no
// part of a place's name.
func devlineStopWord(w string) bool {
	switch strings.ToLower(strings.Trim(w, ".")) {
	case "pemilu", "pemilihan", "pilkada", "tahun", "dpt", "rekap", "rekapitulasi", "ditetapkan", "penetapan", "update", "re", "fwd", "per":
		return true
	}
	return false
}
