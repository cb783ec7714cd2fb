package parse

import (
	"fmt"
	"strings"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// A word processor's mail merge printed as it came out: one letter a row
// of the data sheet, each opened by the record it was merged from ("Rekaman
// 3 dari 8", "Record 2 of 5"), an address line, then one sentence of the
// template with the row's fields put in:
//
//	Rekaman 2 dari 4
//	Kepada Yth. Ketua PPK Kecamatan Kota Baru
//	Wilayah KOTA BARU: 12 desa/kelurahan, 40 TPS, pemilih laki-laki 8.100, perempuan 8.020, jumlah 16.120.
//
// Every letter repeats the template's fixed words; what differs between
// the letters are the fields. mailMerge finds the words all letters share,
// in order (the template), cuts each sentence at them, and writes the run
// as one TAB table through the vertical-record writer (vertWrite: line
// numbers never change), each field named by the fixed words that lead it
// ("target 80,00") or, when a separator follows them, that close the field
// before ("15 desa/kelurahan, "). The table readers then prove the rows as
// any other (L + P = jumlah, the total the rows' sum, capaian = realisasi /
// target): a field cut wrongly does not add up. A run whose letters are
// fewer than the markers count is left as written, reported.

// mergeLetter is one merged letter: its marker line and its sentence.
type mergeLetter struct {
	at         int
	body, addr string
}

// mailMerge rewrites the merged letter runs of a text; data itself when it
// holds none. Findings go to doc.
func mailMerge(doc *facts.Document, data []byte) []byte {
	first := func(l []byte) bool { n, _, ok := mergeMarker(string(l)); return ok && n == 1 }
	// the index answers for a marker the text does not hold (scan_index.go)
	if !(docMay(doc, data, " 1 dari ") && lineHolds(data, " 1 dari ", first)) && !(docMay(doc, data, " 1 of ") && lineHolds(data, " 1 of ", first)) {
		return data
	}
	lines := strings.Split(string(data), "\n")
	var tables []vertTable
	for i := 0; i < len(lines); i++ {
		n, total, ok := mergeMarker(lines[i])
		if !ok || n != 1 {
			continue
		}
		letters, end := mergeLetters(lines, i, total)
		if len(letters) != total {
			doc.Add(facts.Finding{Span: facts.Span{Start: i + 1, End: end + 1}, Aturan: "tabel.tidak_dikenali", Tingkat: facts.Warning,
				Pesan: fmt.Sprintf("surat gabungan baris %d-%d: %d surat tercetak, penanda menyebut %d; tidak dibaca", i+1, end, len(letters), total)})
			i = max(i, end-1)
			continue
		}
		if t, ok := mergeTable(letters, i, end); ok {
			tables = append(tables, t)
		}
		i = max(i, end-1)
	}
	return vertWrite(doc, data, lines, tables)
}

// mergeMarker reads a letter's marker: a record word, its number, "dari" or
// "of" and the count ("Rekaman 3 dari 8").
func mergeMarker(l string) (int, int, bool) {
	f := strings.Fields(strings.Trim(strings.TrimSpace(l), "-=*[]():"))
	if len(f) != 4 || !vertWords[strings.ToLower(f[0])] || (f[2] != "dari" && f[2] != "of") ||
		!allDigits(f[1]) || !allDigits(f[3]) || len(f[1]) > 4 || len(f[3]) > 4 {
		return 0, 0, false
	}
	n, total := atoi(f[1]), atoi(f[3])
	return n, total, n >= 1 && n <= total
}

// mergeSalutes open a letter's address lines, no part of its record.
var mergeSalutes = map[string]bool{"kepada": true, "yth.": true, "yth": true, "kpd.": true, "dear": true,
	"to:": true, "to": true, "kepada:": true, "untuk:": true, "perihal:": true, "hal:": true, "lampiran:": true, "di": true, "di-": true}

// mergeLetters reads the letters from the marker at lines[i]: each letter's
// sentence (its lines after the marker but the address, up to a blank
// line); the letters and the line after the last.
func mergeLetters(lines []string, i, total int) ([]mergeLetter, int) {
	var out []mergeLetter
	k := i
	for next := 1; next <= total && k < len(lines); next++ {
		n, tot, ok := mergeMarker(lines[k])
		if !ok || n != next || tot != total {
			break
		}
		at := k
		var body, addr []string
		for k++; k < len(lines); k++ {
			t := strings.TrimSpace(lines[k])
			if t == "" {
				if len(body) > 0 {
					break
				}
				continue
			}
			if _, _, ok := mergeMarker(t); ok {
				break
			}
			if f := strings.Fields(t); mergeSalutes[strings.ToLower(f[0])] {
				addr = append(addr, t)
				continue
			}
			body = append(body, t)
		}
		if len(body) == 0 {
			break
		}
		out = append(out, mergeLetter{at: at, body: strings.Join(body, " "), addr: strings.ToLower(strings.Join(addr, " "))})
		for k < len(lines) && strings.TrimSpace(lines[k]) == "" {
			k++
		}
	}
	for k > i && strings.TrimSpace(lines[k-1]) == "" {
		k--
	}
	return out, k
}

// mergeLevels are the areas an address may name its record's area by.
var mergeLevels = [...]string{"kecamatan", "kelurahan", "desa"}

// mergeArea is the header of a field the letters name with a generic word
// ("Wilayah", "Uraian") when every letter is addressed to the area its
// field holds ("Kepada Yth. Ketua PPK Kecamatan Kota Baru" over "Wilayah
// KOTA BARU"), the total's letter aside (its area a kabupaten or kota, or
// a total); name itself otherwise.
func mergeArea(name string, letters []mergeLetter, vals []string) string {
	switch strings.ToLower(name) {
	case "wilayah", "uraian", "nama", "daerah", "area":
	default:
		return name
	}
	for _, level := range mergeLevels {
		named := 0
		for r, l := range letters {
			v := strings.ToLower(vals[r])
			switch {
			case v != "" && strings.Contains(l.addr, level+" "+v):
				named++
			case !strings.HasPrefix(v, "kabupaten") && !strings.HasPrefix(v, "kota") && !strings.HasPrefix(v, "jumlah") && !strings.HasPrefix(v, "total"):
				named = -len(letters)
			}
		}
		if named >= 2 {
			return strings.ToUpper(level[:1]) + level[1:]
		}
	}
	return name
}
