package parse

import (
	"strings"
	"unicode"
)

// Rows read aloud. A roll read out at a plenary (its transcript, a
// livestream's captions, caption_cues.go) names each row and then says its
// cells, all parted by commas:
//
//	Kecamatan Kodi Bangedo, 11 desa, 48 TPS, laki-laki 9.120, perempuan 9.304, jumlah 18.424.
//	Lalu total kabupaten, desa 173, TPS 702, laki-laki 98.010, perempuan 97.660, jumlah seluruhnya 195.670 pemilih.
//
// The row's name is the first piece when it holds no figure and every
// piece after it (three at least) is a named cell of the labelled rows
// (kv_inline.go): then the item is that labelled row, and goes the same
// way, each cell written name first. What speech adds is dropped: the connective that opens the closing
// row ("jadi", "lalu"), an emphasis after a cell's name ("jumlah
// seluruhnya"), and "pemilih" after a figure whose name came first.

// spokenOpeners are connectives a reader opens a row with; no part of its name.
var spokenOpeners = map[string]bool{"jadi": true, "lalu": true, "dan": true, "kemudian": true,
	"selanjutnya": true, "berikutnya": true, "terakhir": true, "akhirnya": true}

// spokenStress are words of emphasis after a cell's name.
var spokenStress = map[string]bool{"seluruhnya": true, "keseluruhan": true, "semuanya": true, "totalnya": true}

// spokenRow reads t as a row read aloud: it returns the item rewritten as a
// labelled row ("name: cell, cell, …") and where its label ends, or t and
// -1 when it is none.
func spokenRow(t string) (string, int, string) {
	k := strings.Index(t, ", ")
	if k <= 0 || k > 60 || strings.ContainsAny(t[:k], "0123456789:") {
		return t, -1, ""
	}
	label := strings.Fields(t[:k])
	if len(label) == 0 || len(label) > 6 || !unicode.IsUpper([]rune(label[0])[0]) {
		return t, -1, "" // a row opens its sentence
	}
	if len(label) > 1 && spokenOpeners[strings.ToLower(label[0])] {
		label = label[1:]
	}
	parts := inlineCells(t[k+2:])
	if len(parts) < 3 {
		return t, -1, ""
	}
	for i, part := range parts {
		ws := strings.Fields(part)
		out := ws[:0:0]
		for j, w := range ws {
			if j > 0 && spokenStress[strings.ToLower(w)] {
				continue
			}
			out = append(out, w)
		}
		if n := len(out); n >= 3 && strings.EqualFold(out[n-1], "pemilih") && !inlineValue(out[0]) {
			out = out[:n-1] // "jumlah 8.024 pemilih": the figure's name came first
		}
		key, v, ok := inlinePair(strings.Join(out, " "))
		if !ok {
			return t, -1, ""
		}
		if key == "desa/kelurahan" || key == "desa/kel" || key == "kelurahan" {
			key = "desa" // one reader says "16 desa", then "desa/kelurahan 156": one column
		}
		parts[i] = key + " " + v
	}
	name := strings.Join(label, " ")
	return name + ": " + strings.Join(parts, ", "), len(name), ": "
}

// spokenShape: a one-line paragraph may be a row read aloud (a name with
// no figure before its first comma, three figures after), tested cheaply
// before the item is read.
func spokenShape(t string) bool {
	k := strings.Index(t, ", ")
	if k <= 0 || k > 60 || len(t) > 300 || strings.Count(t, ", ") < 3 || strings.ContainsAny(t[:k], "0123456789:") {
		return false
	}
	groups := 0
	for i := k + 1; i < len(t); i++ {
		if isDigitByte(t[i]) && !isDigitByte(t[i-1]) && t[i-1] != '.' && t[i-1] != ',' {
			groups++
		}
	}
	return groups >= 3
}
