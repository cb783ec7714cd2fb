package parse

import (
	"bytes"
	"regexp"
	"slices"
	"strconv"
	"strings"
)

// Tables spoken by a screen reader (an accessibility export of a report):
//
//	Tabel: Tabel 3.4 Rekapitulasi DPT Pemilu 2024. 3 baris, 4 kolom.
//	Baris 1. Kecamatan: Nele; L: 4.081; P: 4.005; L+P: 8.086.
//	Baris 2. Kecamatan: Koting; L: 3.853; P: 3.821; L+P: 7.674.
//	Baris 3. Kecamatan: JUMLAH; L: 7.934; P: 7.826; L+P: 15.760.
//	Akhir tabel.
//
// Each row is announced with its number and each cell with its column, so
// a run of rows numbered 1, 2, … that name the same columns in the same
// order is a proven table: its header is the column names, an empty cell is
// spoken "kosong" ("empty"), and the table's announced size, when given
// ("8 baris, 6 kolom", "with 6 columns and 8 rows"), must match. Cells are
// parted by ";" or, in a row without one, by ", " before the next
// "Column: " (a decimal comma has no space after it). Headings announced
// with their level ("Tingkat judul 2: B. Evaluasi") lose the announcement.
// A run that is not proven stays as written.

var (
	readerRowRe   = regexp.MustCompile(`^(?i:baris|row|rij)\s+(\d{1,4})\s*[.:]\s+(.*\S)\s*$`)
	readerHeadRe  = regexp.MustCompile(`^(?i:tingkat judul|judul tingkat|heading level|heading)\s+[1-6]\s*:\s+`)
	readerSizeRe  = regexp.MustCompile(`(?i)\b(\d{1,4})\s+(baris|rows?|kolom|columns?)\b`)
	readerStartRe = regexp.MustCompile(`^(?i:tabel|table)(\s*:|\s+(?i:dengan|with)\s+\d)`)
	readerEndRe   = regexp.MustCompile(`^(?i:akhir tabel|tabel selesai|end of table|table end)\s*\.?$`)
)

// readerTables rewrites a text's screen-reader tables and heading
// announcements; data itself when it holds none. The lines of a run of
// spoken rows that is no proven table go to miss, when given.
func readerTables(data []byte, miss *[][2]int) []byte {
	if !readerLikely(data) {
		return data
	}
	lines := strings.Split(string(data), "\n")
	changed := false
	for i := 0; i < len(lines); i++ {
		t := strings.TrimSpace(lines[i])
		if m := readerHeadRe.FindStringIndex(t); m != nil {
			lines[i] = t[m[1]:]
			changed = true
			continue
		}
		if !readerRowRe.MatchString(t) {
			continue
		}
		end, header, rows, ok := readerRun(lines, i)
		if ok && readerPlace(lines, i, end, header, rows) {
			changed = true
		} else if miss != nil && len(rows) == end-i-readerGaps(lines, i, end) {
			// every row named its cells: a table, though not a proven one
			// (rows whose cells are not all named are the alt-text
			// readers' to try, kv_inline.go)
			*miss = append(*miss, [2]int{i + 1, end})
		}
		if end > i {
			i = end - 1
		}
	}
	if !changed {
		return data
	}
	return []byte(strings.Join(lines, "\n"))
}

// readerLikely: some line opens with a spoken row's or heading's word,
// found a line start at a time without lowering or splitting the text
// (most texts have neither).
func readerLikely(data []byte) bool {
	for i := 0; i < len(data); {
		for i < len(data) && (data[i] == ' ' || data[i] == '\t') {
			i++
		}
		rest := data[i:min(len(data), i+16)]
		for _, w := range readerWords {
			if len(rest) == 0 || rest[0]|0x20 != w[0] {
				continue
			}
			if len(rest) >= len(w) && bytes.EqualFold(rest[:len(w)], w) {
				return true
			}
		}
		k := bytes.IndexByte(data[i:], '\n')
		if k < 0 {
			return false
		}
		i += k + 1
	}
	return false
}

// readerWords open the lines readerTables reads.
var readerWords = [][]byte{[]byte("baris "), []byte("row "), []byte("rij "), []byte("tingkat judul"), []byte("judul tingkat"), []byte("heading level")}

// readerRun reads the rows from line i on: the line after the last, the
// header and the rows; ok when every row is numbered in turn from 1 and
// names the first row's columns.
func readerRun(lines []string, i int) (end int, header []string, rows [][]string, ok bool) {
	ok = true
	for end = i; end < len(lines); end++ {
		m := readerRowRe.FindStringSubmatch(strings.TrimSpace(lines[end]))
		if m == nil && len(rows) > 0 {
			// rows spoken a paragraph each: blank lines between them
			next := iniNext(lines, end)
			if next < len(lines) {
				if m2 := readerRowRe.FindStringSubmatch(strings.TrimSpace(lines[next])); m2 != nil && m2[1] == strconv.Itoa(len(rows)+1) {
					end, m = next, m2
				}
			}
		}
		if m == nil {
			break
		}
		keys, vals := readerCells(m[2])
		if len(keys) < 2 {
			ok = false
			continue
		}
		if n, _ := strconv.Atoi(m[1]); n != len(rows)+1 {
			ok = false
		}
		if header == nil {
			header = keys
		} else if !slices.Equal(header, keys) {
			ok = false
		}
		rows = append(rows, vals)
	}
	return end, header, rows, ok && header != nil
}

// readerGaps counts the blank lines of lines[i:end].
func readerGaps(lines []string, i, end int) int {
	n := 0
	for k := i; k < end; k++ {
		if strings.TrimSpace(lines[k]) == "" {
			n++
		}
	}
	return n
}

// readerCells splits a spoken row into its columns and cells.
func readerCells(s string) (keys, vals []string) {
	s = strings.TrimSuffix(strings.TrimSpace(s), ".")
	sep := ";"
	if !strings.Contains(s, ";") {
		sep = ","
	}
	var segs []string
	for _, part := range strings.Split(s, sep) {
		if sep == "," && len(segs) > 0 && (!strings.HasPrefix(part, " ") || !readerNamed(part)) {
			segs[len(segs)-1] += sep + part // a comma inside a cell
			continue
		}
		segs = append(segs, part)
	}
	for _, seg := range segs {
		k := strings.Index(seg, ": ")
		if k <= 0 {
			if strings.HasSuffix(seg, ":") { // a cell spoken with nothing after its column
				k = len(seg) - 1
			} else {
				return nil, nil
			}
		}
		key := strings.TrimSpace(seg[:k])
		val := strings.TrimSpace(seg[k+1:])
		switch strings.ToLower(strings.TrimSuffix(val, ".")) {
		case "kosong", "empty", "blank", "sel kosong":
			val = ""
		}
		keys = append(keys, key)
		vals = append(vals, val)
	}
	return keys, vals
}

// readerNamed: a part that opens with a column name ("Realisasi: ").
func readerNamed(part string) bool {
	k := strings.Index(part, ": ")
	if k <= 0 {
		k = len(strings.TrimRight(part, " "))
		if !strings.HasSuffix(strings.TrimSpace(part), ":") {
			return false
		}
	}
	name := strings.TrimSpace(part[:k])
	return name != "" && len(name) <= 60 && !strings.ContainsAny(name, ";:")
}

// readerPlace writes the run of rows lines[i:end] back as a table, with
// the announcing line above (its caption) and the closing line below; the
// header takes one more line than the rows, found in the announcement's
// closing line or a blank line next to the run.
func readerPlace(lines []string, i, end int, header []string, rows [][]string) bool {
	from, to, caption := i, end, ""
	if i > 0 {
		if t := strings.TrimSpace(lines[i-1]); readerStartRe.MatchString(t) || readerSized(t) {
			var sizeOK bool
			caption, sizeOK = readerCaption(t, len(rows), len(header))
			if !sizeOK {
				return false
			}
			from = i - 1
		}
	}
	if to < len(lines) && readerEndRe.MatchString(strings.TrimSpace(lines[to])) {
		to++
	}
	need := len(rows) + 1
	if caption != "" {
		need++
	}
	if to-from < need && from > 0 && strings.TrimSpace(lines[from-1]) == "" && caption == "" {
		from--
	}
	if to-from < need && to < len(lines) && strings.TrimSpace(lines[to]) == "" {
		to++
	}
	return exportPlace(lines, from, to, from, caption, header, rows)
}

// readerSized: a caption line that states the table's size ("Tabel 3.1
// Capaian Kinerja, 8 baris dan 6 kolom").
func readerSized(t string) bool {
	low := strings.ToLower(t)
	return (strings.HasPrefix(low, "tabel") || strings.HasPrefix(low, "table")) && len(readerSizeRe.FindAllStringIndex(t, 3)) == 2
}

// readerCaption reads an announcing line ("Tabel: Tabel 3.1 Capaian. 8
// baris, 6 kolom.", "Tabel dengan 6 kolom dan 8 baris"): its caption, and
// false when the size it states is not the run's.
func readerCaption(t string, rows, cols int) (string, bool) {
	for _, m := range readerSizeRe.FindAllStringSubmatch(t, -1) {
		n, _ := strconv.Atoi(m[1])
		w := strings.ToLower(m[2])
		if strings.HasPrefix(w, "kolom") || strings.HasPrefix(w, "col") {
			if n != cols {
				return "", false
			}
		} else if n != rows {
			return "", false
		}
	}
	c := readerSizeRe.ReplaceAllString(t, "")
	low := strings.ToLower(c)
	for _, p := range []string{"tabel:", "table:", "tabel dengan", "table with"} {
		if strings.HasPrefix(low, p) {
			c = c[len(p):]
			break
		}
	}
	// what the size leaves: "dan", "and", commas and stops around it
	for {
		s := strings.Trim(c, " .,:;")
		low = strings.ToLower(s)
		switch {
		case strings.HasPrefix(low, "dan "):
			s = s[4:]
		case strings.HasPrefix(low, "and "):
			s = s[4:]
		case strings.HasSuffix(low, " dan"), strings.HasSuffix(low, " and"):
			s = s[:len(s)-4]
		case low == "dan" || low == "and":
			s = ""
		}
		if s == c {
			return c, true
		}
		c = s
	}
}
