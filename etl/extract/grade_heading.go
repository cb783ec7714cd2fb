package extract

import "strings"

// A table of evaluation results may be grouped under headings that name a
// grade and span the table ("Predikat BB (Sangat Baik)", then the numbered
// rows of that grade, then "Predikat B (Baik)" ...). The heading is a row
// of the table (its rows carry no grade of their own), not the end of the
// table nor the caption of a new one.

// gradeHeadingWords are the words a grade heading may hold beside its one
// grade code: the heading's own noun and the grade's description.
var gradeHeadingWords = map[string]bool{
	"predikat": true, "kategori": true, "kelompok": true, "nilai": true, "skor": true, "dengan": true,
	"sangat": true, "memuaskan": true, "baik": true, "cukup": true, "memadai": true, "kurang": true, "sekali": true,
	"sd": true, "s": true, "d": true, "hingga": true, "sampai": true, "lebih": true, "dari": true, "di": true, "atas": true,
}

// GradeHeading is the SAKIP grade (AA, A, BB, B, CC, C, D) a group heading
// names, or "". The heading names exactly one grade code, written in
// capitals, and at least one word of a grade heading ("Predikat",
// "Kategori", "Sangat Baik"); its other words are of that vocabulary or
// numbers (a band "> 70 - 80"). A list marker before it ("A.", "1)",
// "II.") is no grade. Anything else (an indicator, a sentence) is "".
func GradeHeading(t string) string {
	if len(t) < 3 || len(t) > 80 {
		return ""
	}
	grade, words := "", 0
	first := true
	for i := 0; i < len(t); {
		// one token: a run of ASCII letters or of digits and separators
		j := i
		switch c := t[i]; {
		case isASCIILetter(c):
			for j < len(t) && isASCIILetter(t[j]) {
				j++
			}
		case c >= '0' && c <= '9':
			for j < len(t) && (t[j] >= '0' && t[j] <= '9' || t[j] == ',' || t[j] == '.') {
				j++
			}
			first = false
			i = j
			continue
		case c == ' ' || c == '(' || c == ')' || c == ':' || c == '-' || c == '>' || c == '<' || c == '=' ||
			c == '/' || c == '.' || c == ',' || c == '\t':
			i++
			continue
		case c == 0xe2 && i+2 < len(t) && t[i+1] == 0x80 && (t[i+2] == 0x93 || t[i+2] == 0x94):
			i += 3 // an en or em dash
			continue
		case c == 0xe2 && i+2 < len(t) && t[i+1] == 0x89 && (t[i+2] == 0xa4 || t[i+2] == 0xa5):
			i += 3 // ≤ ≥
			continue
		default:
			return ""
		}
		w := t[i:j]
		marker := first && j < len(t) && (t[j] == '.' || t[j] == ')') && (len(w) == 1 || romanNumeral(w))
		first = false
		i = j
		switch {
		case marker:
			// "A." / "II)": the heading's list marker
		case w == "AA" || w == "A" || w == "BB" || w == "B" || w == "CC" || w == "C" || w == "D":
			if grade != "" {
				return ""
			}
			grade = w
		case headingWord(w):
			words++
		default:
			return ""
		}
	}
	if words == 0 {
		return ""
	}
	return grade
}

func isASCIILetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

func romanNumeral(w string) bool {
	switch w {
	case "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X":
		return true
	}
	return false
}

// headingWord: w, lower-cased, is one of gradeHeadingWords (no
// allocation: the map is asked with a stack copy).
func headingWord(w string) bool {
	var buf [12]byte
	if len(w) > len(buf) {
		return false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return gradeHeadingWords[string(buf[:len(w)])]
}

// DistrictHeading: a line that opens a group of areas of one electoral
// district ("DAPIL SUMBA TIMUR 1", "Daerah Pemilihan II") over the rows of
// a voter-roll table: a group row, not the table's end. Short, no
// sentence.
func DistrictHeading(t string) bool {
	if len(t) < 5 || len(t) > 60 || t[len(t)-1] == '.' {
		return false
	}
	var buf [64]byte
	n := 0
	for i := 0; i < len(t) && n < len(buf); i++ {
		c := t[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[n] = c
		n++
	}
	low := string(buf[:n])
	return strings.HasPrefix(low, "dapil ") || strings.HasPrefix(low, "daerah pemilihan ")
}

// AchievementHeading: a line that opens the group of indicators of one
// achievement category over the rows of a capaian table ("Sangat Baik
// (capaian lebih dari 100%)", "Baik (capaian 85% sampai 100%)", "Kurang")
// is a group row, not the table's end nor a new table's caption. It opens
// with a category's word, and holds only words of a category band and
// numbers: no indicator is named so.
func AchievementHeading(t string) bool {
	if len(t) < 4 || len(t) > 80 {
		return false
	}
	category, n := false, 0
	for _, f := range strings.FieldsFunc(t, func(r rune) bool {
		return strings.ContainsRune(" \t()[]:;,-–—<>=≤≥/", r)
	}) {
		f = strings.ToLower(strings.TrimRight(f, "%"))
		n++
		switch f {
		case "sangat", "baik", "cukup", "kurang", "memuaskan", "buruk":
			category = true
		case "kategori", "capaian", "sekali", "lebih", "dari", "sampai", "hingga", "s", "d", "sd", "di", "bawah", "atas",
			"dengan", "antara", "dan":
			if n == 1 && f != "kategori" {
				return false // the category's word leads
			}
		default:
			if f == "" || strings.Trim(f, "0123456789,.") != "" || n == 1 {
				return false
			}
		}
	}
	return category
}
