package parse

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kpu-ntt/lkj/etl/extract"
)

// splitPadded cuts a line at runs of two or more spaces; single spaces stay
// inside a cell. Columns count runes, as the converter padded them.
func splitPadded(l string) []aseg {
	var out []aseg
	col, start, startCol, spaces := 0, -1, 0, 0
	for i, r := range l {
		if r == ' ' || r == '\u00a0' {
			spaces++
		} else {
			if start >= 0 && spaces >= 2 {
				out = append(out, aseg{text: strings.TrimSpace(l[start:i]), from: startCol})
				start = -1
			}
			if start < 0 {
				start, startCol = i, col
			}
			spaces = 0
		}
		col++
	}
	if start >= 0 {
		out = append(out, aseg{text: strings.TrimSpace(l[start:]), from: startCol})
	}
	for k := range out {
		out[k].to = out[k].from + utf8.RuneCountInString(out[k].text) - 1
	}
	return out
}

// valueSeg: a cell that states a value (a number, percentage, grade or dash).
func valueSeg(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" {
		return false
	}
	switch s {
	case "-", "–", "—":
		return true
	}
	if gradeLike(s) {
		return true
	}
	digits := 0
	for _, r := range s {
		switch {
		case unicode.IsDigit(r):
			digits++
		case strings.ContainsRune(".,%()+-* ", r):
		case r == '\u202f' || r == '\u2009':
			// a narrow no-break or thin space between thousands ("171 843"):
			// never a column's edge; the number reader decides the rest
		case r == 'R' || r == 'p':
		default:
			return quantitySeg(s)
		}
	}
	return digits > 0
}

// quantitySeg: a count with its unit, "14 Laporan", "2 Dokumen", "12
// Bulan": a number, one space, one word of letters (a target or a
// realisation written with its satuan).
func quantitySeg(s string) bool {
	i := strings.IndexByte(s, ' ')
	if i <= 0 || !unicode.IsDigit(rune(s[0])) {
		return false
	}
	num, unit := s[:i], s[i+1:]
	if len(unit) < 2 || len(unit) > 12 {
		return false
	}
	for _, r := range num {
		if !unicode.IsDigit(r) && r != '.' && r != ',' {
			return false
		}
	}
	for _, r := range unit {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

// gradeLike: a SAKIP grade or audit opinion written as a cell (B, BB*, WTP).
func gradeLike(s string) bool {
	s = strings.TrimRight(s, "*")
	switch strings.ToUpper(s) {
	case "AA", "A", "BB", "B", "CC", "C", "D", "WTP", "WDP", "TMP", "TW":
		return true
	}
	return false
}

// bodyLine: a line of two or more cells that ends in a value, or holds two
// values before a closing word.
func bodyLine(s []aseg) bool {
	if len(s) < 2 {
		return false
	}
	if valueSeg(s[len(s)-1].text) {
		return true
	}
	// a trailing word column (Keterangan: "Baik", "Tercapai") after two
	// or more values; the first cell counts when it is a value too (a
	// table without a label column: "B   B   Tercapai")
	n := 0
	for k, c := range s {
		if (k > 0 || len(s) >= 3) && valueSeg(c.text) {
			n++
		}
	}
	return n >= 2 || len(s) >= 3 && isRowNumber(s[0].text) && unitCell(s[len(s)-1].text)
}

// unitCell: a Satuan column's cell ("%", "Predikat", "Dokumen"). A row
// numbered first and closed by one is a body row: the left half of a table
// cut in two (names and units; the values in the right half, joined later).
func unitCell(t string) bool {
	if t == "%" {
		return true
	}
	var buf [10]byte // lower-cased without allocating: the check runs on every numbered line
	if len(t) > len(buf) {
		return false
	}
	for i := 0; i < len(t); i++ {
		if t[i]|0x20 < 'a' || t[i]|0x20 > 'z' {
			return false
		}
		buf[i] = t[i] | 0x20
	}
	return unitWords[string(buf[:len(t)])]
}

// unitWords are the Satuan column's words (normalize.UnitOf's and the grades').
var unitWords = map[string]bool{"persen": true, "predikat": true, "opini": true, "indeks": true, "nilai": true,
	"dokumen": true, "dok": true, "laporan": true, "lap": true, "kali": true, "orang": true, "org": true,
	"kegiatan": true, "unit": true, "paket": true, "satker": true, "keputusan": true, "hari": true, "bulan": true}

// unitLine: a header line that only states a column's unit, "(%)" or
// "(Rp)", under the column words.
func unitLine(s []aseg) bool {
	if len(s) == 0 {
		return false
	}
	for _, c := range s {
		t := c.text
		if len(t) < 3 || len(t) > 12 || t[0] != '(' || t[len(t)-1] != ')' || valueSeg(t) && strings.ContainsAny(t, "0123456789") {
			return false
		}
	}
	return true
}

var reAlignedGroup = regexp.MustCompile(`(?i)^(?:sasaran(?:\s+strategis|\s+kegiatan|\s+program)?|program|tujuan|kegiatan)\s*\d{0,2}\s*[:.)-]|^(?-i:[A-H]|I{1,3}|IV|VI{0,3})\.\s+\p{Lu}|` +
	`(?i)^(?:dapil|daerah\s+pemilihan)\b[^\d]{0,40}(?:\d{1,2}|\b[IVX]{1,4})\b`) // "DAPIL SUMBA TIMUR 1", "Daerah Pemilihan II": the DPT's groups

// groupLine: a one-cell line that heads a group of rows ("Sasaran
// Strategis 2:", or lettered: "A. Pengungkit", "II. Hasil", or a grade:
// "Predikat BB (Sangat Baik)").
func groupLine(s []aseg) bool { return len(s) == 1 && groupText(s[0].text) }

func groupText(t string) bool {
	return reAlignedGroup.MatchString(t) || extract.GradeHeading(t) != "" || extract.KecamatanHeading(t) // "KECAMATAN ALAK" over its villages
}
