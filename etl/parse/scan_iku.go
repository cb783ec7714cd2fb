package parse

import "bytes"

// ikuRealIn is lineHolds(data, "ealisasi", ikuRealLine) ||
// lineHolds(data, "EALISASI", ikuRealLine), the gate of indicatorSheets,
// read line by line: ikuRealLine takes only a line that opens, after its
// spaces and TABs, with "realisasi" in any case, so a line that does not
// is never searched. A report's tables say "Realisasi" on most rows, and
// the searches stopped at each of them (issue 13).
func ikuRealIn(data []byte) bool {
	for rest := data; len(rest) > 0; {
		ln := rest
		if j := bytes.IndexByte(rest, '\n'); j >= 0 {
			ln, rest = rest[:j], rest[j+1:]
		} else {
			rest = nil
		}
		k := 0
		for k < len(ln) && (ln[k] == ' ' || ln[k] == '\t') {
			k++
		}
		bullet := false // an outline's leaf "- Realisasi: …" (outline_records.go)
		if k+1 < len(ln) && (ln[k] == '-' || ln[k] == '*' || ln[k] == '+') && ln[k+1] == ' ' {
			bullet = true
			for k++; k < len(ln) && ln[k] == ' '; k++ {
			}
		}
		if k == len(ln) || ln[k]|0x20 != 'r' {
			continue
		}
		if (bytes.Contains(ln, []byte("ealisasi")) || bytes.Contains(ln, []byte("EALISASI"))) && (!bullet && ikuRealLine(ln) || bullet && olLeafLike(string(ln))) {
			return true
		}
	}
	return false
}
