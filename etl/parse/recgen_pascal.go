package parse

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// A table's rows as a Pascal typed constant (a Turbo/Free Pascal unit):
//
//	DataKec: array[1..12] of TKec = (
//	  (Nama: 'KOMODO'; Desa: 19; L: 5149; P: 5197; Jumlah: 10346),
//	  …
//	);
//	TotalKab: TKec =
//	  (Nama: 'MANGGARAI BARAT'; Desa: 186; L: 89652; P: 89148; Jumlah: 178800);
//
// recgenPascal rewrites the array's records as the brace records recgen
// reads (`{Nama = "KOMODO", Desa = 19, …}`, a Pascal string's '' as one
// quote) and drops the declaration lines, so the ordinary table readers
// prove the rows (L + P = total, the sums). A typed constant of the same
// record type named Total…/Jumlah… right after the array is its total
// row, labelled JUMLAH (the sums prove it). A record type named for a
// kecamatan (TKec, TKecamatan) names its string field's column so.
// Nothing is loaded here.

var (
	recgenPasArr   = regexp.MustCompile(`^\s*\w+\s*:\s*array\s*\[[^\]]*\]\s*of\s+(\w+)\s*=\s*\(\s*$`)
	recgenPasTotal = regexp.MustCompile(`(?i)^\s*(total|jumlah)\w*\s*:\s*(\w+)\s*=\s*$`)
	recgenPasRec   = regexp.MustCompile(`^(\s*)\((.*)\)\s*[,;]?\s*$`)
	recgenPasPair  = regexp.MustCompile(`^\s*([A-Za-z_]\w*)\s*:\s*('(?:[^']|'')*'|-?[0-9][0-9.]*)\s*$`)
)

// recgenPascal rewrites a text's Pascal arrays of records; data itself
// when it holds none.
func recgenPascal(doc *facts.Document, data []byte) []byte {
	if !docHasAny(doc, data, "array[", "array [") {
		return data
	}
	lines := strings.Split(string(data), "\n")
	changed := false
	for i := 0; i < len(lines); i++ {
		m := recgenPasArr.FindStringSubmatch(lines[i])
		if m == nil {
			continue
		}
		typ, k, out := m[1], i+1, []string{}
		for ; k < len(lines); k++ {
			r, ok := recgenPasRecord(lines[k], typ, false)
			if !ok {
				break
			}
			out = append(out, r)
		}
		if len(out) < 2 || k >= len(lines) || strings.TrimSpace(lines[k]) != ");" {
			continue
		}
		lines[i] = ""
		copy(lines[i+1:k], out)
		lines[k] = ""
		// the array's total: `TotalKab: TKec =` and its record on the next line
		if k+2 < len(lines) {
			if t := recgenPasTotal.FindStringSubmatch(lines[k+1]); t != nil && t[2] == typ {
				if r, ok := recgenPasRecord(lines[k+2], typ, true); ok {
					lines[k+1], lines[k+2] = "", r
					k += 2
				}
			}
		}
		changed = true
		i = k
	}
	if !changed {
		return data
	}
	return []byte(strings.Join(lines, "\n"))
}

// recgenPasRecord rewrites one `(Name: value; …)` line as a brace record;
// a total's string field is JUMLAH.
func recgenPasRecord(l, typ string, total bool) (string, bool) {
	m := recgenPasRec.FindStringSubmatch(l)
	if m == nil {
		return "", false
	}
	kec := strings.Contains(strings.ToLower(strings.TrimPrefix(typ, "T")), "kec")
	var b strings.Builder
	for n, p := range strings.Split(m[2], ";") {
		pm := recgenPasPair.FindStringSubmatch(p)
		if pm == nil {
			return "", false
		}
		key, val := pm[1], pm[2]
		if val[0] == '\'' {
			val = strings.ReplaceAll(val[1:len(val)-1], "''", "'")
			if strings.ContainsAny(val, `"\`) {
				return "", false
			}
			if total {
				val = "JUMLAH"
			}
			if kec && (strings.EqualFold(key, "nama") || strings.EqualFold(key, "name")) {
				key = "Kecamatan"
			}
			val = `"` + val + `"`
		}
		if n > 0 {
			b.WriteString(", ")
		}
		b.WriteString(key + " = " + val)
	}
	return m[1] + "{" + b.String() + "},", true
}

// recgenTotalValue: a REPL's next value after a run of records,
// `julia> dpt_kabupaten` (a name ending in kabupaten, total or jumlah)
// and on the next line one record of the run's type and fields: the
// run's total row, its text labelled JUMLAH (the sums prove it). It gives
// the record and the line after it.
func recgenTotalValue(lines []string, k int, first recgenRec) (recgenRec, int, bool) {
	var rec recgenRec
	p := recgenPrompt(lines[k])
	if p == 0 || k+1 >= len(lines) {
		return rec, k, false
	}
	name := strings.ToLower(strings.TrimSpace(lines[k][p:]))
	for j := 0; j < len(name); j++ {
		if !recgenNameByte(name[j], j > 0) {
			return rec, k, false
		}
	}
	if !strings.HasSuffix(name, "kabupaten") && !strings.HasSuffix(name, "total") && !strings.HasSuffix(name, "jumlah") {
		return rec, k, false
	}
	rec, n, c, ok := recgenAt(lines, k+1, 0)
	if !ok || c != 0 || rec.typ != first.typ || len(rec.keys) != len(first.keys) {
		return rec, k, false
	}
	for i, key := range rec.keys {
		if key != first.keys[i] {
			return rec, k, false
		}
		if v := rec.vals[i]; strings.IndexFunc(v, unicode.IsLetter) >= 0 {
			rec.vals[i] = "JUMLAH"
		}
	}
	return rec, n, true
}
