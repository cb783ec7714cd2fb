package extract

import "strings"

// A paired header whose halves hold a slash of their own: "Desa/Kel / TPS"
// names the villages (desa or kelurahan, one count) and the polling
// stations, so a cell "7 / 29" under it is two columns. Split at every
// slash the header reads wrong ("Desa" over "Kel / TPS"), so the split is
// taken where the spaced " / " stands, or, unspaced ("Desa/Kel/TPS"),
// where exactly one slash leaves a role on either side. A half naming
// desa or kelurahan is one role: "Desa / Kelurahan" and "Desa/Kel" are no
// pair, as nothing tells whether "12 / 3" counts two kinds or one.

// villageWords are the parts of a header naming the villages of an area.
var villageWords = map[string]bool{"desa": true, "kel": true, "kel.": true, "kelurahan": true, "kelurahan/desa": true}

// villageRole: s names the villages, alone or with its alternatives ("Desa",
// "Desa/Kel", "Kel./Desa").
func villageRole(s string) bool {
	if !containsFold(s, "desa") && !containsFold(s, "kel") {
		return false // most headers: nothing to split or lower
	}
	f := strings.Fields(strings.ToLower(s))
	if len(f) == 0 || len(f) > 2 {
		return false
	}
	if len(f) == 2 && f[0] != "jumlah" {
		return false
	}
	for _, w := range strings.Split(f[len(f)-1], "/") {
		if !villageWords[w] {
			return false
		}
	}
	return true
}

// containsFold: s holds sub whatever its case; it allocates nothing.
func containsFold(s, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		if strings.EqualFold(s[i:i+len(sub)], sub) {
			return true
		}
	}
	return false
}

// pairRole: s is one half of a paired header, a measure or the villages.
func pairRole(s string) bool {
	return strings.IndexByte(s, '/') < 0 && firstWordMeasure(s) && opensWithMeasure(s) || villageRole(s)
}

// firstWordMeasure: the cheap half of opensWithMeasure, allocating
// nothing: s opens with a measure word, whatever its case.
func firstWordMeasure(s string) bool {
	s = strings.TrimLeft(s, " ")
	if k := strings.IndexByte(s, ' '); k >= 0 {
		s = s[:k]
	}
	for w := range pairMeasures {
		if strings.EqualFold(s, w) {
			return true
		}
	}
	return false
}

// roleSplit splits a header c into the two roles its slash joins, or
// returns ok false when no single split does.
func roleSplit(c string) (a, b string, ok bool) {
	if strings.Count(c, " / ") == 1 {
		k := strings.Index(c, " / ")
		a, b = strings.TrimSpace(c[:k]), strings.TrimSpace(c[k+3:])
		return a, b, pairRole(a) && pairRole(b) && !(villageRole(a) && villageRole(b))
	}
	if strings.Contains(c, " / ") {
		return "", "", false
	}
	found := 0
	for k := 0; k < len(c); k++ {
		if c[k] != '/' {
			continue
		}
		x, y := strings.TrimSpace(c[:k]), strings.TrimSpace(c[k+1:])
		if pairRole(x) && pairRole(y) && !(villageRole(x) && villageRole(y)) {
			a, b = x, y
			found++
		}
	}
	return a, b, found == 1
}

// NoteOddPair is the Why of a Note on a row whose cell under a paired
// header does not split in two.
const NoteOddPair = "pasangan_ganjil"

// dashCell: the cell is one dash, both halves empty.
func dashCell(c string) bool {
	c = strings.TrimSpace(c)
	return c == "-" || c == "–"
}

// oddPairCell gives the halves of a cell under a paired header that does
// not hold two values: a dash is two empty cells; a single figure
// ("5" under "Desa/Kel / TPS") belongs to neither half for certain, so
// both are empty and the row gets a Note the parser reports, never the
// figure in whichever column its position falls on.
func oddPairCell(l rawLine, j int, halves [2]string, notes *[]Note) (string, string) {
	c := l.cells[j]
	if strings.TrimSpace(c) == "" || isColNumbers(l.cells) {
		return c, ""
	}
	if dashCell(c) {
		return "-", "-"
	}
	*notes = append(*notes, Note{Line: l.n, Why: NoteOddPair, Text: halves[0] + " / " + halves[1] + ": " + strings.TrimSpace(c)})
	return "", ""
}
