package extract

import "strings"

// Header cells in English: "Performance Indicator | Unit | Target | Actual
// | Achievement (%)", "Code | Programme / Activity | Ceiling (IDR) |
// Realised (IDR)", "Component | Weight | Score", "Sub-district | Villages |
// Polling Stations | Male | Female". A report written for a donor or an
// English reader keeps the Indonesian indicator names and the same tables;
// only the column titles change. Every family reader knows the Indonesian
// titles, so a header cell whose every word is one of these English titles
// (units in parentheses, years and signs aside) is given the Indonesian
// title word for word, in the header rows only. A cell with any other word
// stays as written.

// englishTitles maps an English title word or phrase to its Indonesian
// title; phrases are tried before words.
var englishTitles = map[string]string{
	"performance indicator": "Indikator Kinerja", "strategic objective": "Sasaran Strategis",
	"strategic target": "Sasaran Strategis", "polling stations": "TPS", "polling station": "TPS",
	"fiscal year": "Tahun Anggaran", "sub-district": "Kecamatan", "subdistrict": "Kecamatan",
	"indicator": "Indikator", "unit": "Satuan", "actual": "Realisasi", "realised": "Realisasi",
	"realized": "Realisasi", "realisation": "Realisasi", "realization": "Realisasi",
	"achievement": "Capaian", "remarks": "Keterangan", "notes": "Keterangan", "code": "Kode",
	"programme": "Program", "activity": "Kegiatan", "ceiling": "Pagu", "absorption": "Serapan",
	"balance": "Sisa", "component": "Komponen", "weight": "Bobot", "score": "Nilai", "grade": "Predikat",
	"year": "Tahun", "villages": "Desa", "village": "Desa", "male": "Laki-laki", "female": "Perempuan",
	"description": "Uraian", "voters": "Pemilih", "voter": "Pemilih",
}

// englishWord holds every word of englishTitles' keys ("polling",
// "stations"), for the cheap test.
var englishWord = func() map[string]bool {
	m := map[string]bool{}
	for k := range englishTitles {
		for _, w := range strings.Fields(k) {
			m[w] = !englishKeep[w] // "target" in "strategic target" is Indonesian too
		}
	}
	return m
}()

// englishKeep are words an English title may hold that need no change.
var englishKeep = map[string]bool{"no": true, "no.": true, "target": true, "program": true, "total": true, "/": true}

// englishHeader gives every English header cell of rows its Indonesian
// title, in place (the cells are copied first: they may be pooled).
func englishHeader(rows []rawLine) {
	for i := range rows {
		var out []string
		for j, c := range rows[i].cells {
			t, ok := englishCell(c)
			if !ok {
				continue
			}
			if out == nil {
				out = append([]string(nil), rows[i].cells...)
			}
			out[j] = t
		}
		if out != nil {
			rows[i].cells = out
		}
	}
}

// englishCell is the Indonesian title of an English header cell; false
// when some word is none of englishTitles' or englishKeep's.
func englishCell(c string) (string, bool) {
	if c == "" || !asciiText(c) || !englishWords(c) {
		return c, false
	}
	unit := ""
	if k := strings.IndexByte(c, '('); k > 0 && strings.HasSuffix(c, ")") {
		c, unit = strings.TrimSpace(c[:k]), c[k:]
		if strings.EqualFold(unit, "(IDR)") {
			unit = "(Rp)"
		}
	}
	words := strings.Fields(strings.ToLower(c))
	var out []string
	english := false
	for i := 0; i < len(words); {
		if i+1 < len(words) {
			if t, ok := englishTitles[words[i]+" "+words[i+1]]; ok {
				out, english, i = append(out, t), true, i+2
				continue
			}
		}
		switch w := words[i]; {
		case englishTitles[w] != "":
			out, english = append(out, englishTitles[w]), true
		case englishKeep[w] || isYear(w):
			out = append(out, strings.Fields(c)[i])
		default:
			return c, false
		}
		i++
	}
	if !english {
		return c, false
	}
	if unit != "" {
		out = append(out, unit)
	}
	return strings.Join(out, " "), true
}

// englishWords is the cheap test, without allocating: some word of c
// (folded in a stack buffer) is an English title or the head of one, and
// every word before the unit is one englishCell may take.
func englishWords(c string) bool {
	if k := strings.IndexByte(c, '('); k > 0 {
		c = c[:k]
	}
	var buf [24]byte
	english := false
	for i := 0; i < len(c); {
		for i < len(c) && c[i] == ' ' {
			i++
		}
		j := i
		for j < len(c) && c[j] != ' ' {
			j++
		}
		if j == i {
			break
		}
		if j-i > len(buf) {
			return false
		}
		w := buf[:j-i]
		for k := range w {
			b := c[i+k]
			if b >= 'A' && b <= 'Z' {
				b += 'a' - 'A'
			}
			w[k] = b
		}
		switch {
		case englishWord[string(w)]:
			english = true
		case englishKeep[string(w)] || isYear(string(w)):
		default:
			return false
		}
		i = j
	}
	return english
}

func asciiText(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}
