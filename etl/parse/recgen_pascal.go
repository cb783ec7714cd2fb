package parse

import (
	"regexp"
	"strings"
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
func recgenPascal(data []byte) []byte {
	if !strings.Contains(string(data), "array[") && !strings.Contains(string(data), "array [") {
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
