package parse

import (
	"bytes"
	"strings"
)

// YAML dumps of a table pasted into a report by a data officer:
//
//	# Tabel 3.1 Pengukuran Kinerja Tahun 2024
//	pengukuran_kinerja_tahun_2024:
//	  - no: 1
//	    indikator_kinerja: "Persentase Partisipasi Pemilih"
//	    target: "77,50"
//	  - no: 2
//	    …
//
// A list of mappings that all name the same keys in the same order is a
// table whose keys are its header: every cell is delimited by its key, so
// every row is proven. yamlTables rewrites such a list as TAB lines (the
// header on the list item's first line, each record on its next, the rest
// of its lines left blank: line numbers never change) and the comment
// above as a caption. A list whose records differ, or whose values nest,
// stays as written.
func yamlTables(data []byte) []byte {
	if !yamlLikely(data) {
		return data // most texts: no line opens with "- key: "
	}
	lines := strings.Split(string(data), "\n")
	changed := false
	for i := 0; i < len(lines); i++ {
		ind, key, _, ok := yamlItem(lines[i])
		if !ok {
			continue
		}
		keys := []string{key}
		var recs [][]string // each record's values
		var at []int        // each record's first line
		end := i
		for end < len(lines) {
			ind2, k, v, ok := yamlItem(lines[end])
			if !ok || ind2 != ind {
				break
			}
			rec := []string{yamlValue(v)}
			if len(recs) == 0 {
				keys = []string{k}
			} else if k != keys[0] {
				break
			}
			j := end + 1
			for ; j < len(lines); j++ {
				k2, v2, ok := yamlField(lines[j], ind+2)
				if !ok {
					break
				}
				if len(recs) == 0 {
					keys = append(keys, k2)
				} else if len(rec) >= len(keys) || keys[len(rec)] != k2 {
					rec = nil // another shape: the list is no table
					break
				}
				rec = append(rec, yamlValue(v2))
			}
			if rec == nil || len(rec) != len(keys) || len(keys) < 2 {
				recs = nil
				break
			}
			recs = append(recs, rec)
			at = append(at, end)
			end = j
		}
		if len(recs) < 1 || len(keys) < 2 {
			// a list that is no table: none of its items opens one either
			for i+1 < len(lines) && yamlIn(lines[i+1], ind) {
				i++
			}
			continue
		}
		head := make([]string, len(keys))
		for c, k := range keys {
			head[c] = yamlHeader(k)
		}
		for r := i; r < end; r++ {
			lines[r] = ""
		}
		lines[at[0]] = strings.Join(head, "\t")
		for r, rec := range recs {
			lines[at[r]+1] = strings.Join(rec, "\t")
		}
		// the list's name and the comment above it: the caption
		if i > 0 && yamlName(lines[i-1]) {
			lines[i-1] = ""
			if i > 1 && strings.HasPrefix(lines[i-2], "# ") {
				lines[i-2] = strings.TrimSpace(lines[i-2][2:])
			}
		} else if i > 0 && strings.HasPrefix(lines[i-1], "# ") {
			lines[i-1] = strings.TrimSpace(lines[i-1][2:])
		}
		changed = true
		i = end - 1
	}
	if !changed {
		return data
	}
	return []byte(strings.Join(lines, "\n"))
}

// yamlItem reads a list item's first line ("  - no: 1"): its indentation,
// key and value.
func yamlItem(l string) (ind int, key, val string, ok bool) {
	t := strings.TrimLeft(l, " ")
	ind = len(l) - len(t)
	if !strings.HasPrefix(t, "- ") {
		return 0, "", "", false
	}
	key, val, ok = yamlPair(t[2:])
	return ind, key, val, ok
}

// yamlField reads a mapping's next line at the item's indentation + 2.
func yamlField(l string, ind int) (key, val string, ok bool) {
	if len(l) <= ind || strings.TrimLeft(l[:ind], " ") != "" || l[ind] == ' ' || l[ind] == '-' {
		return "", "", false
	}
	return yamlPair(l[ind:])
}

// yamlPair splits "key: value"; a key is lower-case letters, digits and
// underscores, and a value that opens a nested block ("key:") is refused.
func yamlPair(t string) (key, val string, ok bool) {
	k := strings.Index(t, ": ")
	if k <= 0 {
		return "", "", false
	}
	for i := 0; i < k; i++ {
		c := t[i]
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_') {
			return "", "", false
		}
	}
	val = strings.TrimSpace(t[k+2:])
	if val == "" || val[0] == '[' || val[0] == '{' || val[0] == '|' || val[0] == '>' {
		return "", "", false
	}
	return t[:k], val, true
}

// yamlValue drops the quotes of a scalar ("77,50" → 77,50).
func yamlValue(v string) string {
	if len(v) >= 2 && (v[0] == '"' && v[len(v)-1] == '"' || v[0] == '\'' && v[len(v)-1] == '\'') {
		v = v[1 : len(v)-1]
	}
	if v == "null" || v == "~" {
		return ""
	}
	return strings.TrimSpace(v)
}

// yamlHeader turns a key into a header cell: "indikator_kinerja" →
// "indikator kinerja", "capaian_persen" → "capaian (%)".
func yamlHeader(k string) string {
	h := strings.ReplaceAll(k, "_", " ")
	if strings.HasSuffix(h, " persen") {
		h = strings.TrimSuffix(h, " persen") + " (%)"
	}
	return h
}

// yamlName: a list's name on its own line ("realisasi_anggaran_2024:").
func yamlName(l string) bool {
	l = strings.TrimSpace(l)
	if len(l) < 2 || l[len(l)-1] != ':' {
		return false
	}
	for i := 0; i < len(l)-1; i++ {
		c := l[i]
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_') {
			return false
		}
	}
	return true
}

// yamlIn: a line of a list at indentation ind (an item or a deeper line).
func yamlIn(l string, ind int) bool {
	t := strings.TrimLeft(l, " ")
	return t != "" && len(l)-len(t) >= ind
}

// yamlLikely: some line opens with a list item holding a key ("  - no: 1"),
// found without splitting the text (bullet lists are common; keyed items
// are not).
func yamlLikely(data []byte) bool {
	for i := 0; i < len(data); {
		k := bytes.Index(data[i:], []byte("- "))
		if k < 0 {
			return false
		}
		k += i
		i = k + 2
		j := k
		for j > 0 && data[j-1] == ' ' {
			j--
		}
		if j > 0 && data[j-1] != '\n' {
			continue
		}
		n := k + 2
		for n < len(data) && (data[n] >= 'a' && data[n] <= 'z' || data[n] >= '0' && data[n] <= '9' || data[n] == '_') {
			n++
		}
		if n > k+2 && n+1 < len(data) && data[n] == ':' && data[n+1] == ' ' {
			return true
		}
	}
	return false
}
