package parse

import (
	"bytes"
	"strings"
)

// A table headed in letters (`No | Uraian | Sat | T | R | C (%)`) whose key
// a note above it gives in words:
//
//	Keterangan kolom tabel capaian: Sat = satuan, T = target, R = realisasi, C = capaian.
//
// The note is what names the columns, so the header cells it explains are
// written out (`Satuan | Target | Realisasi | Capaian (%)`) before the
// tables are read, and every reader sees the titles it knows. Trusted only
// as: a line of two or more `X = word` pairs, each X a short abbreviation
// and each word a column title (a formula line, `Capaian = Realisasi /
// Target x 100%`, is not a key), then within a few lines a TAB header
// holding at least two of the abbreviations as whole cells. The header
// repeated after a page break is the same line and is written out too.

// keyTitles are the column titles a key may name.
var keyTitles = map[string]bool{
	"satuan": true, "target": true, "realisasi": true, "capaian": true, "pagu": true, "sisa": true,
	"serapan": true, "persentase": true, "jumlah": true, "laki-laki": true, "perempuan": true,
	"bobot": true, "nilai": true, "keterangan": true, "indikator": true, "uraian": true, "anggaran": true,
}

// keyedHeaders writes out the header cells a column key explains.
func keyedHeaders(text []byte) []byte {
	if !bytes.Contains(text, []byte(" = ")) {
		return text
	}
	var lines [][]byte
	for i, n := 0, 0; i < len(text); n++ {
		// only a line with two pairs is looked at: most texts holding a
		// formula hold it once a line
		j := bytes.IndexByte(text[i:], '\n')
		if j < 0 {
			j = len(text) - i
		}
		ln := text[i : i+j]
		if bytes.Count(ln, []byte(" = ")) >= 2 && bytes.IndexByte(ln, '\t') < 0 {
			if key := columnKey(string(ln)); len(key) >= 2 {
				if lines == nil {
					lines = bytes.Split(text, []byte("\n"))
				}
				expandAfter(lines, n, key) // n: this line's index
			}
		}
		i += j + 1
	}
	if lines == nil {
		return text
	}
	return bytes.Join(lines, []byte("\n"))
}

// expandAfter writes out, in the first TAB line within a few lines after
// the key at line i, the cells the key explains, and in every later copy of
// that line (the header repeated after a page break).
func expandAfter(lines [][]byte, i int, key map[string]string) {
	for j := i + 1; j < len(lines) && j <= i+8; j++ {
		if bytes.IndexByte(lines[j], '\t') < 0 {
			continue
		}
		head := lines[j]
		out, n := expandHeader(string(head), key)
		if n < 2 {
			return // the first table after the key is the one it explains
		}
		for k := j; k < len(lines); k++ {
			if bytes.Equal(lines[k], head) {
				lines[k] = []byte(out)
			}
		}
		return
	}
}

// columnKey reads a line of `X = word` pairs separated by commas or
// semicolons; nil unless every pair is an abbreviation naming a column
// title.
func columnKey(ln string) map[string]string {
	ln = strings.TrimRight(strings.TrimSpace(ln), ".")
	key := map[string]string{}
	for _, part := range strings.FieldsFunc(ln, func(r rune) bool { return r == ',' || r == ';' }) {
		eq := strings.Index(part, " = ")
		if eq < 0 {
			continue // a lead-in without a pair ("Keterangan:") before the first comma has none
		}
		if strings.Contains(part[eq+3:], " = ") {
			return nil
		}
		left := strings.Fields(part[:eq])
		if len(left) == 0 {
			return nil
		}
		abbr := strings.TrimSuffix(left[len(left)-1], ".")
		word := strings.ToLower(strings.TrimSpace(part[eq+3:]))
		if !shortAbbrev(abbr) || !keyTitles[word] {
			return nil
		}
		key[strings.ToLower(abbr)] = word
	}
	return key
}

// shortAbbrev: one to four letters.
func shortAbbrev(s string) bool {
	if len(s) == 0 || len(s) > 4 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i] | 0x20; c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}

// expandHeader writes out the cells of a TAB header line that are an
// abbreviation of key (a unit suffix such as " (%)" kept), and says how
// many it wrote.
func expandHeader(head string, key map[string]string) (string, int) {
	cells := strings.Split(head, "\t")
	n := 0
	for i, c := range cells {
		base, suffix := strings.TrimSpace(c), ""
		if k := strings.Index(base, " ("); k > 0 {
			base, suffix = base[:k], base[k:]
		}
		w, ok := key[strings.ToLower(strings.TrimSuffix(base, "."))]
		if !ok {
			continue
		}
		cells[i] = strings.ToUpper(w[:1]) + w[1:] + suffix
		n++
	}
	return strings.Join(cells, "\t"), n
}
