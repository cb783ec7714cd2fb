package parse

import (
	"fmt"
	"math"
	"regexp"
	"strings"
	"unicode"

	"github.com/kpu-ntt/lkj/etl/facts"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// The capaian as a dashboard's thermometer charts typed again, two to four
// abreast, each indicator a column of text: its heading (`IKU 1`), the
// name wrapped in the column, the unit in brackets, `Target n`,
// `Realisasi n`, the glass drawn in characters and filled to the capaian,
// the bulb, `Capaian n%`; the columns padded to one height, so every
// printed line holds up to four indicators' pieces:
//
//	IKU 1                   IKU 2
//	Persentase Partisipasi  Persentase KPU
//	Pemilih dalam           Kabupaten dalam …
//	(%)                     (%)
//	Target    80,00         Target    100,00
//	Realisasi 84,55         Realisasi 100,00
//	 ╭─╮ 120                 ╭─╮ 120
//	 │█│                     │ │
//	 (●)                     (●)
//	Capaian 105,69%         Capaian 100,00%
//
// thermometers rewrites each run of such bands as one TAB table (No,
// Indikator Kinerja, Satuan, Target, Realisasi, Capaian (%)) so the
// capaian table reader proves and keys the rows as any other. What it
// trusts: the columns start where `Target` and `Realisasi` stand on two
// lines one under the other (the same columns on both), each start a
// gutter (a space before it) on every line of the band; a band runs from
// the blank line over it to the `Capaian` line at the same starts, the
// lines between the Realisasi and the Capaian lines holding no word (the
// glass, its fill and the scale are drawing); a numeric column's capaian
// must be realisasi/target (or target/realisasi, lower is better) to its
// last decimal, else the band is left as written, reported.

var (
	thValue   = regexp.MustCompile(`^(?i:target|realisasi)\s*:?\s+(\S+)$`)
	thCapaian = regexp.MustCompile(`^(?i:capaian)\s*:?\s+(\d{1,3}(?:[.,]\d{1,2})?)\s*%?$`)
	thHeading = regexp.MustCompile(`^(?i:iku|iks|ik|indikator|no\.?)\s*(\d{1,2}(?:\.\d{1,2})?)\.?$|^(\d{1,2})[.)]?$`)
	thUnit    = regexp.MustCompile(`^\((.{1,20})\)$`)
)

// thermoGate: a thermometer's glass or bulb drawn.
func thermoGate(doc *facts.Document, data []byte) bool {
	return docHasAny(doc, data, "╭─╮", "(●)", "│█│")
}

func thermometers(doc *facts.Document, data []byte) []byte {
	if !thermoGate(doc, data) {
		return data
	}
	lines := strings.Split(string(data), "\n")
	var tables []vertTable
	abreast := []int{}
	for i := 1; i+1 < len(lines); i++ {
		starts := thStarts(lines[i], "target")
		if starts == nil || !sameInts(starts, thStarts(lines[i+1], "realisasi")) {
			continue
		}
		rows, from, to, why := thBand(lines, i, starts)
		if why != "" {
			doc.Add(facts.Finding{Span: facts.Span{Start: from + 1, End: to + 1}, Aturan: "tabel.tidak_dikenali", Tingkat: facts.Warning,
				Pesan: "grafik termometer capaian: " + why + "; tidak dibaca"})
			i = to
			continue
		}
		if rows == nil {
			continue
		}
		if n := len(tables); n > 0 && from-tables[n-1].to <= 3 {
			tables[n-1].rows = append(tables[n-1].rows, rows...)
			tables[n-1].to = to + 1
			abreast[n-1] = max(abreast[n-1], len(starts))
		} else {
			tables = append(tables, vertTable{from: from, to: to + 1, rows: rows,
				header: []string{"No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"}})
			abreast = append(abreast, len(starts))
		}
		i = to
	}
	changed := false
	for k, t := range tables {
		if abreast[k] < 2 {
			continue // one thermometer alone: no band of columns proven
		}
		if exportPlace(lines, t.from, t.to, t.from, "", t.header, t.rows) {
			changed = true
		}
	}
	if !changed {
		return data
	}
	return []byte(strings.Join(lines, "\n"))
}

func sameInts(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for k := range a {
		if a[k] != b[k] {
			return false
		}
	}
	return true
}

// thStarts: the rune columns where word (lower case) opens a "word value"
// piece on l: at the line's start or after two spaces.
func thStarts(l, word string) []int {
	low := strings.ToLower(l)
	if !strings.Contains(low, word) {
		return nil
	}
	r := []rune(low)
	w := []rune(word)
	var out []int
	for k := 0; k+len(w) < len(r); k++ {
		if string(r[k:k+len(w)]) != word || k > 0 && r[k-1] != ' ' {
			continue
		}
		if c := r[k+len(w)]; c != ' ' && c != ':' {
			continue
		}
		out = append(out, k)
	}
	return out
}

// thPieces parts line l at the columns starts; ok false when a start is
// no gutter (a letter or figure right before it) or text stands left of
// the first.
func thPieces(l string, starts []int) ([]string, bool) {
	r := []rune(strings.TrimRight(l, "\r"))
	out := make([]string, len(starts))
	if strings.TrimSpace(string(r[:min(starts[0], len(r))])) != "" {
		return nil, false
	}
	for c, s := range starts {
		if s >= len(r) {
			break
		}
		if s > 0 && r[s-1] != ' ' {
			return nil, false
		}
		e := len(r)
		if c+1 < len(starts) {
			e = min(starts[c+1], len(r))
		}
		out[c] = strings.TrimSpace(string(r[s:e]))
	}
	return out, true
}

// thBand reads the band whose Target line is i: its rows (nil when it is
// no thermometer band), its first and last lines, and why a band of
// thermometers is not read.
func thBand(lines []string, i int, starts []int) ([][]string, int, int, string) {
	from := i
	for from > 0 && strings.TrimSpace(lines[from-1]) != "" && i-from < 15 {
		from--
	}
	// the Capaian line at the same starts, the lines between without words
	to := -1
	for j := i + 2; j < len(lines) && j < i+30; j++ {
		if strings.TrimSpace(lines[j]) == "" {
			break
		}
		if sameInts(thStarts(lines[j], "capaian"), starts) {
			to = j
			break
		}
		if strings.ContainsFunc(lines[j], unicode.IsLetter) {
			return nil, from, i, ""
		}
	}
	if to < 0 || to-i < 3 {
		return nil, from, i, "" // no glass between: no thermometer
	}
	n := len(starts)
	heads := make([][]string, n)
	for j := from; j < i; j++ {
		ps, ok := thPieces(lines[j], starts)
		if !ok {
			return nil, from, to, ""
		}
		for c, p := range ps {
			if p != "" {
				heads[c] = append(heads[c], p)
			}
		}
	}
	tg, ok1 := thPieces(lines[i], starts)
	rl, ok2 := thPieces(lines[i+1], starts)
	cp, ok3 := thPieces(lines[to], starts)
	if !ok1 || !ok2 || !ok3 {
		return nil, from, to, ""
	}
	var rows [][]string
	for c := 0; c < n; c++ {
		hd := heads[c]
		no, unit := "", ""
		if len(hd) > 0 {
			if m := thHeading.FindStringSubmatch(hd[0]); m != nil {
				no = m[1] + m[2]
				hd = hd[1:]
			}
		}
		if len(hd) > 0 {
			if m := thUnit.FindStringSubmatch(hd[len(hd)-1]); m != nil {
				unit = strings.TrimSpace(m[1])
				hd = hd[:len(hd)-1]
			}
		}
		name := strings.Join(hd, " ")
		mt, mr, mc := thValue.FindStringSubmatch(tg[c]), thValue.FindStringSubmatch(rl[c]), thCapaian.FindStringSubmatch(cp[c])
		if name == "" || !strings.ContainsFunc(name, unicode.IsLetter) || mt == nil || mr == nil || mc == nil {
			return nil, from, to, fmt.Sprintf("kolom %d tidak terbaca", c+1)
		}
		if why := thProve(mt[1], mr[1], mc[1]); why != "" {
			return nil, from, to, fmt.Sprintf("kolom %d: %s", c+1, why)
		}
		rows = append(rows, []string{no, name, unit, mt[1], mr[1], mc[1]})
	}
	return rows, from, to, ""
}

// thProve: "" when a numeric column's capaian is realisasi/target (or
// target/realisasi) to its last decimal; words (a predikat, an opinion)
// have no arithmetic to prove.
func thProve(t, r, c string) string {
	tv := normalize.ParseNumber(t, normalize.Indonesian)
	rv := normalize.ParseNumber(r, normalize.Indonesian)
	if tv.Status != normalize.OK || rv.Status != normalize.OK {
		if tv.Status == normalize.OK || rv.Status == normalize.OK {
			return "target dan realisasi tidak sejenis"
		}
		return ""
	}
	cv := normalize.ParseNumber(c, normalize.Indonesian)
	if cv.Status != normalize.OK || tv.Value <= 0 || rv.Value <= 0 {
		return "capaian tidak terbukti"
	}
	dec := 0
	if k := strings.IndexAny(c, ",."); k >= 0 {
		dec = len(c) - k - 1
	}
	tol := math.Pow(10, -float64(dec)) + 1e-9
	if math.Abs(cv.Value-rv.Value/tv.Value*100) <= tol || math.Abs(cv.Value-tv.Value/rv.Value*100) <= tol {
		return ""
	}
	return "capaian bukan realisasi/target"
}
