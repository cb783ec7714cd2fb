package parse

import (
	"bytes"
	"regexp"
	"slices"
	"strconv"
	"strings"
)

// INI-like exports: an application's records dumped as configuration
// sections, one numbered section a row:
//
//	[Program 1]
//	kode = 076.01.WA
//	uraian = Program Dukungan Manajemen
//	pagu = 3.000.000.000
//
//	[Program 2]
//	…
//
// Sections named by one word and their number in turn from 1 ("Indikator 1",
// "Indikator 2", …) whose keys are the same, in the same order, are the
// rows of one table: the keys its header, the number its "No" column. A
// section named as a total ("[Jumlah]", "[Total]") right after them, of
// their keys or some of them, is its last row. A section's "nama" (or
// "name") is the name of what it numbers: the header says "Nama Indikator",
// "Nama Kecamatan". Keys are written "key = value" or "key: value"; a
// section whose lines are not all keys, or a run whose keys differ, stays
// as written.

var (
	iniSectionRe = regexp.MustCompile(`^\[\s*([^\]\[]{1,60}?)\s*\]$`)
	iniNumberRe  = regexp.MustCompile(`^(\pL[\pL ./-]{0,40}?)\s*(\d{1,4})$`)
	iniKeyRe     = regexp.MustCompile(`^[\pL\d_][\pL\d_ ()%/.+-]{0,40}$`)
)

// iniSection is one section: its name's stem and number (-1 when it has
// none), its keys and values in order, and its lines.
type iniSection struct {
	stem      string
	num       int
	keys      []string
	vals      []string
	from, end int // the section line, and the line after its last key
}

// iniTables rewrites a text's INI table runs; data itself when it holds
// none. The lines of a run of numbered sections that is no proven table go
// to miss, when given.
func iniTables(data []byte, miss *[][2]int) []byte {
	if !lineOpens(data, '[') || bytes.IndexByte(data, '=') < 0 && !bytes.Contains(data, []byte(": ")) {
		return data
	}
	lines := strings.Split(string(data), "\n")
	changed := false
	for i := 0; i < len(lines); i++ {
		s, ok := iniRead(lines, i)
		if !ok || s.num != 1 {
			// rows are numbered from 1: a run opening at another number
			// misses its first rows
			if ok && s.num > 1 && miss != nil {
				*miss = append(*miss, [2]int{s.from + 1, s.end})
			}
			continue
		}
		run := []iniSection{s}
		for j := iniNext(lines, s.end); j < len(lines); j = iniNext(lines, run[len(run)-1].end) {
			n, ok := iniRead(lines, j)
			if !ok || !strings.EqualFold(n.stem, s.stem) || n.num != run[len(run)-1].num+1 {
				if ok && n.num < 0 && iniTotal(n.stem) {
					run = append(run, n)
				}
				break
			}
			run = append(run, n)
		}
		header, rows, ok := iniTable(run)
		if ok && exportPlace(lines, run[0].from, run[len(run)-1].end, run[0].from, "", header, rows) {
			changed = true
		} else if miss != nil {
			*miss = append(*miss, [2]int{run[0].from + 1, run[len(run)-1].end})
		}
		i = run[len(run)-1].end - 1
	}
	if !changed {
		return data
	}
	return []byte(strings.Join(lines, "\n"))
}

// iniRead reads the section opening at line i: its key lines run to the
// first blank line (comment lines skipped); false when a line among them is
// no key or the section has fewer than two keys.
func iniRead(lines []string, i int) (iniSection, bool) {
	t := strings.TrimSpace(lines[i])
	if t == "" || t[0] != '[' {
		return iniSection{}, false
	}
	m := iniSectionRe.FindStringSubmatch(t)
	if m == nil {
		return iniSection{}, false
	}
	s := iniSection{stem: m[1], num: -1, from: i}
	if n := iniNumberRe.FindStringSubmatch(m[1]); n != nil {
		s.stem = strings.TrimSpace(n[1])
		s.num, _ = strconv.Atoi(n[2])
	}
	j := i + 1
	for ; j < len(lines); j++ {
		t := strings.TrimSpace(lines[j])
		if t == "" || iniSectionRe.MatchString(t) {
			break
		}
		if t[0] == ';' || t[0] == '#' {
			continue
		}
		k, v, ok := iniPair(t)
		if !ok {
			return iniSection{}, false
		}
		s.keys = append(s.keys, k)
		s.vals = append(s.vals, v)
	}
	s.end = j
	return s, len(s.keys) >= 2
}

// iniPair splits "key = value" (or "key: value") at the first separator.
func iniPair(t string) (key, val string, ok bool) {
	k := strings.IndexByte(t, '=')
	if c := strings.Index(t, ": "); c > 0 && (k < 0 || c < k) {
		k = c
	}
	if k <= 0 {
		return "", "", false
	}
	key = strings.TrimSpace(t[:k])
	if !iniKeyRe.MatchString(key) {
		return "", "", false
	}
	return key, yamlValue(strings.TrimSpace(t[k+1:])), true
}

// iniNext is the next non-blank line from j on.
func iniNext(lines []string, j int) int {
	for j < len(lines) && strings.TrimSpace(lines[j]) == "" {
		j++
	}
	return j
}

// iniTotal: a section named as a total row.
func iniTotal(name string) bool {
	switch strings.ToLower(strings.Join(strings.Fields(name), " ")) {
	case "jumlah", "total", "jumlah total", "total keseluruhan", "jumlah keseluruhan", "grand total":
		return true
	}
	return false
}

// iniTable builds the run's table: a "No" column of the section numbers
// (unless a key already numbers the rows), then the first section's keys.
func iniTable(run []iniSection) ([]string, [][]string, bool) {
	keys := run[0].keys
	last := len(run)
	var total *iniSection
	if run[last-1].num < 0 {
		total = &run[last-1]
		last--
	}
	for _, s := range run[1:last] {
		if !slices.Equal(s.keys, keys) {
			return nil, nil, false
		}
	}
	numbered := false
	for _, k := range keys {
		switch strings.ToLower(k) {
		case "no", "nomor", "no_urut", "nomor_urut":
			numbered = true
		}
	}
	var header []string
	if !numbered {
		header = append(header, "No")
	}
	for _, k := range keys {
		h := exportHeader(k)
		if l := strings.ToLower(k); l == "nama" || l == "name" {
			h = "Nama " + run[0].stem
		}
		header = append(header, h)
	}
	var rows [][]string
	for _, s := range run[:last] {
		var row []string
		if !numbered {
			row = append(row, strconv.Itoa(s.num))
		}
		rows = append(rows, append(row, s.vals...))
	}
	if total != nil {
		row := make([]string, len(header))
		off := len(header) - len(keys)
		for c, k := range total.keys {
			i := slices.Index(keys, k)
			if i < 0 {
				return nil, nil, false // a total of other columns: not this table's row
			}
			row[off+i] = total.vals[c]
		}
		// the total's name goes in the first column of words it leaves
		// empty, where a table's total row names itself
		for c, v := range run[0].vals {
			if numLike(v) || v == "" {
				continue
			}
			if row[off+c] == "" {
				row[off+c] = strings.ToUpper(total.stem)
			}
			break
		}
		rows = append(rows, row)
	}
	return header, rows, true
}
