package parse

import (
	"math"
	"strings"

	"github.com/kpu-ntt/lkj/etl/normalize"
)

// JSON answers of a web service pasted under a table's caption: the table
// does not stand at the top of the value but inside an envelope of
// objects, a GraphQL answer's "data" and query name, a REST answer's
// "result" or "response":
//
//	{"data": {"evaluasiAkip": {"tahunDinilai": 2019,
//	    "komponen": [{"nomor": 1, "nama": "Perencanaan Kinerja", "bobot": 30, "nilai": 17.4}, …],
//	    "nilaiAkhir": 58, "predikat": "CC"}}}
//
// An object holding no array but exactly one object that holds records
// (other keys scalars, or objects without records: "extensions",
// "meta") is an envelope: its content is read in its place, as if the
// answer held that object alone. The reading is the export reader's own
// (jsonPlace), so records of any family come out as a TAB table that the
// family's ordinary reader proves.
//
// The inner object's scalar siblings of the records ("nilaiAkhir": 58)
// may be the answer's final score: one whose key names a score becomes a
// total row under the table only when it equals, to the cent, the sum of
// exactly one numeric column of the records (so it is proven, never
// guessed) and the records are the evaluation's components, each named
// once (sakip.go, komponenOf); a sibling naming a grade
// ("predikat", "grade", "kategori") then follows as its own row. Without
// that proof the siblings are left out, as the export reader leaves out
// any scalar beside a table.

// jsonEnvelope: the object an envelope v wraps (nil when v is none).
func jsonEnvelope(v *jsonVal) *jsonVal {
	if v.kind != '{' {
		return nil
	}
	var inner *jsonVal
	for _, it := range v.items {
		switch it.kind {
		case '[':
			return nil // an array beside: v is the table's own object
		case '{':
			if !jsonRecords(it) {
				continue // "extensions": {...} beside the answer
			}
			if inner != nil {
				return nil // two answers: which one is the table is unsaid
			}
			inner = it
		}
	}
	return inner
}

// jsonTotalRows: the rows a proven final score beside the one table in
// object v adds under it (nil when none is proven), its label in the
// records' column of names (the first column of words only).
func jsonTotalRows(v *jsonVal, header []string, rows [][]string) [][]string {
	if len(rows) < 2 || len(header) < 2 {
		return nil
	}
	name := -1
	for c := range header {
		words := true
		for _, r := range rows {
			if r[c] == "" || numLike(r[c]) {
				words = false
				break
			}
		}
		if words {
			name = c
			break
		}
	}
	if name < 0 {
		return nil
	}
	// the records are an evaluation's components, each once: a shop's
	// products or a game's players may add up to their total score too
	seen := map[string]bool{}
	for _, r := range rows {
		id := komponenOf(r[name])
		if id == "" || seen[id] {
			return nil
		}
		seen[id] = true
	}
	// each numeric column's sum, in cents
	sums := make([]int64, len(header))
	numeric := make([]bool, len(header))
	for c := range header {
		if c == name {
			continue
		}
		numeric[c] = true
		for _, r := range rows {
			x, ok := jsonCents(r[c])
			if !ok {
				numeric[c] = false
				break
			}
			sums[c] += x
		}
	}
	var out [][]string
	col := -1
	for k, key := range v.keys {
		it := v.items[k]
		if it.kind != 's' && it.kind != 'n' || !jsonScoreKey(key) {
			continue
		}
		cell, _ := jsonCell(it)
		x, ok := jsonCents(cell)
		if !ok {
			continue
		}
		hit := -1
		for c := range header {
			if numeric[c] && sums[c] == x {
				if hit >= 0 {
					hit = -2 // two columns share the sum: which one it totals is unsaid
					break
				}
				hit = c
			}
		}
		if hit < 0 || col >= 0 {
			continue // no column, or a second total: only one is written
		}
		col = hit
		row := make([]string, len(header))
		row[name], row[col] = exportHeader(key), cell
		out = append(out, row)
	}
	if col < 0 {
		return nil
	}
	for k, key := range v.keys {
		lk := strings.ToLower(key)
		if it := v.items[k]; it.kind == 's' && (strings.Contains(lk, "predikat") || strings.Contains(lk, "grade") || strings.Contains(lk, "kategori")) {
			row := make([]string, len(header))
			row[name], row[col] = exportHeader(key), strings.TrimSpace(it.s)
			out = append(out, row)
		}
	}
	return out
}

// jsonScoreKey: a key naming a score ("nilaiAkhir", "totalScore",
// "skor_total"). A total of other figures (a budget's pagu, a roll's
// voters) would give its table a total row of one cell, a record missing
// the rest of its figures: those totals stay left out.
func jsonScoreKey(key string) bool {
	k := strings.ToLower(key)
	return strings.Contains(k, "nilai") || strings.Contains(k, "score") || strings.Contains(k, "skor")
}

// jsonCents reads a cell as the report writes it (decimal comma) in
// hundredths; false for a cell that is no plain figure.
func jsonCents(c string) (int64, bool) {
	if !numLike(c) || strings.ContainsAny(c, "% ") {
		return 0, false
	}
	n := normalize.ParseNumber(c, normalize.Indonesian)
	if n.Status != normalize.OK || math.Abs(n.Value) > 1e13 {
		return 0, false
	}
	return int64(math.Round(n.Value * 100)), true
}
