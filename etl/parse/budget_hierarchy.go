package parse

import (
	"math"
	"regexp"
	"strconv"
	"strings"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// The budget drawn as a hierarchy chart (bagan berjenjang) typed again:
// boxes `┌─┐ │ … │ └─┘` in bands, the total's box on top, the programs'
// boxes in the band under it, each program's kegiatan boxes in a band of
// their own (several abreast), the bands joined by connectors
// (`┌──┴──┐`, `├──┬──┐`, `│`) and sometimes a line naming the parent
// (`Kegiatan di bawah 076.01.WA:`). Each box holds a code (or the total's
// label), the name wrapped inside, and labelled amounts `Pagu`, `Real.`
// (`Realisasi`), `Sisa`, `Serapan n%`:
//
//	┌──────────────────────────┐   ┌──────────────────────────┐
//	│ 3355                     │   │ 3358                     │
//	│ Pengelolaan Keuangan dan │   │ Pengelolaan Sumber Daya  │
//	│ Pagu  829.395.000        │   │ Manusia                  │
//	│ Real. 793.853.237        │   │ Pagu  363.499.000        │
//	…
//
// budgetHierarchy rewrites such a chart as one TAB table (Kode, Uraian,
// Pagu, Realisasi, Sisa, Serapan), each parent's row followed by its
// children's, the total last, so the budget table reader proves and keys
// the rows as any other. What it trusts:
//   - the labels inside each box (pagu and realisasi required), only the
//     text between a box's side rules (connectors are drawing);
//   - arithmetic: sisa = pagu − realisasi, serapan = realisasi/pagu×100
//     within its last decimal; a box failing either leaves the chart;
//   - the parent of a band: the code a line between the bands names, else
//     the box of the band above standing over the band's connector (the
//     only box of that band); the children's pagu must sum to the parent's,
//     else the chart is left as written (finding).

// hierGate is the cheap test: a connector joining boxes ("┴──", "┬──",
// "├──").
func hierGate(doc *facts.Document, data []byte) bool {
	return docHas(doc, data, "┴──") || docHas(doc, data, "┬──") || docHas(doc, data, "├──")
}

var (
	hierAmount    = regexp.MustCompile(`(?i)^(pagu|realisasi|real\.?|sisa|serapan)\s*:?\s*(?:rp\.?\s*)?(\d[\d.,]*)\s*(%?)$`)
	hierCode      = regexp.MustCompile(`^[0-9A-Z]{2,}(?:\.[0-9A-Z]{1,4})*$`)
	hierTotal     = regexp.MustCompile(`(?i)^(?:total|jumlah)\b`)
	hierThousands = regexp.MustCompile(`^\d{1,3}(?:\.\d{3})*$`)
	hierUnder     = regexp.MustCompile(`(?i)\bdi\s?bawah\s+([0-9A-Z]{2,}(?:\.[0-9A-Z]{1,4})*)\b`)
)

type hierBox struct {
	a, b       int // rune columns of the side rules
	code, name string
	total      bool
	pagu, real string
	sisa, sera string
	kids       []*hierBox
	parent     *hierBox
}

// hierTops: the boxes whose top edges the line holds, by their columns.
func hierTops(l string) [][2]int {
	if !strings.Contains(l, "┌") {
		return nil
	}
	r := []rune(l)
	var out [][2]int
	for k := 0; k < len(r); k++ {
		if r[k] != '┌' {
			continue
		}
		j := k + 1
		for j < len(r) && r[j] == '─' {
			j++
		}
		if j-k > 3 && j < len(r) && r[j] == '┐' {
			out = append(out, [2]int{k, j})
		}
		k = j
	}
	return out
}

func budgetHierarchy(doc *facts.Document, data []byte) []byte {
	if !hierGate(doc, data) {
		return data
	}
	lines := strings.Split(string(data), "\n")
	changed := false
	for i := 0; i < len(lines); i++ {
		if len(hierTops(lines[i])) == 0 {
			continue
		}
		if end, ok := hierChart(doc, lines, i); ok {
			changed = true
			i = end
		}
	}
	if !changed {
		return data
	}
	return []byte(strings.Join(lines, "\n"))
}

// hierBand reads the band of boxes whose top edges are on line i; the line
// after the band's last bottom edge, false when a box is not understood.
func hierBand(lines []string, i int) ([]*hierBox, int, bool) {
	tops := hierTops(lines[i])
	var boxes []*hierBox
	end := i
	for _, t := range tops {
		bx := &hierBox{a: t[0], b: t[1]}
		var inner []string
		closed := false
		for j := i + 1; j < len(lines) && j < i+30; j++ {
			r := []rune(lines[j])
			if t[0] < len(r) && r[t[0]] == '└' {
				closed = true
				end = max(end, j)
				break
			}
			if t[1] >= len(r) || r[t[0]] != '│' || r[t[1]] != '│' {
				return nil, 0, false
			}
			if s := strings.TrimSpace(string(r[t[0]+1 : t[1]])); s != "" {
				inner = append(inner, s)
			}
		}
		if !closed || len(inner) < 3 || !hierFill(bx, inner) {
			return nil, 0, false
		}
		boxes = append(boxes, bx)
	}
	return boxes, end + 1, true
}

// hierFill reads a box's lines: code or total label, name, amounts.
func hierFill(bx *hierBox, inner []string) bool {
	first := inner[0]
	switch {
	case hierTotal.MatchString(first):
		bx.total, bx.name = true, first
	case hierCode.MatchString(first) && strings.ContainsAny(first, "0123456789"):
		bx.code = first
	default:
		return false
	}
	amounts := false
	for _, s := range inner[1:] {
		m := hierAmount.FindStringSubmatch(s)
		if m == nil {
			if amounts || bx.total {
				return false // words after the amounts: not a budget box
			}
			bx.name += " " + s
			continue
		}
		amounts = true
		var slot *string
		switch strings.ToLower(m[1])[0:2] {
		case "pa":
			slot = &bx.pagu
		case "re":
			slot = &bx.real
		case "si":
			slot = &bx.sisa
		case "se":
			slot = &bx.sera
		}
		if *slot != "" {
			return false
		}
		*slot = m[2]
	}
	bx.name = strings.TrimSpace(bx.name)
	return bx.pagu != "" && bx.real != "" && (bx.total || bx.name != "")
}

// hierRupiah reads an amount written with dot thousands (or plain digits).
func hierRupiah(s string) (float64, bool) {
	if !hierThousands.MatchString(s) {
		return 0, false
	}
	v, err := strconv.ParseFloat(strings.ReplaceAll(s, ".", ""), 64)
	return v, err == nil
}

// hierSettle proves a record's box unless bad already says why it fails:
// both amounts written and hierProve's sums. It returns the reason the
// record fails ("" when it holds) and clears the amounts of a failing box,
// so the board writes the record without figures and reports it.
func hierSettle(bx *hierBox, bad string) string {
	if bad == "" {
		if bx.pagu == "" || bx.real == "" {
			bad = "pagu atau realisasi tidak tertulis"
		} else {
			bad = hierProve(bx)
		}
	}
	if bad != "" {
		bx.pagu, bx.real, bx.sisa, bx.sera = "", "", "", ""
	}
	return bad
}

// hierProve: "" when the box's amounts hold together.
func hierProve(bx *hierBox) string {
	p, ok1 := hierRupiah(bx.pagu)
	r, ok2 := hierRupiah(bx.real)
	if !ok1 || !ok2 || p <= 0 {
		return "pagu/realisasi bukan angka rupiah"
	}
	if bx.sisa != "" {
		s, ok := hierRupiah(bx.sisa)
		if !ok || s != p-r {
			return "sisa ≠ pagu − realisasi"
		}
	}
	if bx.sera != "" {
		v, err := strconv.ParseFloat(strings.ReplaceAll(bx.sera, ",", "."), 64)
		dec := 0
		if k := strings.IndexAny(bx.sera, ",."); k >= 0 {
			dec = len(bx.sera) - k - 1
		}
		if err != nil || math.Abs(v-r/p*100) > math.Pow(10, -float64(dec))+1e-9 {
			return "serapan ≠ realisasi/pagu"
		}
	}
	return ""
}

// hierChart reads the bands from line i on; the chart's last line.
func hierChart(doc *facts.Document, lines []string, i int) (int, bool) {
	var bands [][]*hierBox
	from, to := i, i
	for j := i; j < len(lines); {
		boxes, next, ok := hierBand(lines, j)
		if !ok {
			break
		}
		if len(bands) > 0 {
			if !hierAdopt(lines, to, j, bands[len(bands)-1], boxes, bands) {
				break
			}
		}
		bands = append(bands, boxes)
		to = next
		// the next band within a few lines: connectors and a parent's line
		j = -1
		for k := next; k < len(lines) && k < next+5; k++ {
			if len(hierTops(lines[k])) > 0 {
				j = k
				break
			}
		}
		if j < 0 {
			break
		}
	}
	if len(bands) < 2 {
		return 0, false
	}
	fail := func(why string) (int, bool) {
		doc.Add(facts.Finding{Span: facts.Span{Start: from + 1, End: to + 1}, Aturan: "tabel.tidak_dikenali", Tingkat: facts.Warning,
			Pesan: "bagan berjenjang anggaran: " + why + "; tidak dimuat"})
		return to - 1, false
	}
	var all []*hierBox
	for _, band := range bands {
		for _, bx := range band {
			if why := hierProve(bx); why != "" {
				return fail(bx.code + " " + why)
			}
			all = append(all, bx)
		}
	}
	for _, bx := range all {
		if len(bx.kids) == 0 {
			continue
		}
		p, _ := hierRupiah(bx.pagu)
		sum := 0.0
		for _, k := range bx.kids {
			v, _ := hierRupiah(k.pagu)
			sum += v
		}
		if sum != p {
			return fail("pagu di bawah " + bx.code + " tidak berjumlah pagunya")
		}
	}
	var rows [][]string
	var total *hierBox
	var walk func(bx *hierBox)
	walk = func(bx *hierBox) {
		if bx.total {
			total = bx
		} else {
			rows = append(rows, []string{bx.code, bx.name, bx.pagu, bx.real, bx.sisa, bx.sera})
		}
		for _, k := range bx.kids {
			walk(k)
		}
	}
	for _, bx := range bands[0] {
		walk(bx)
	}
	if total != nil {
		rows = append(rows, []string{"", total.name, total.pagu, total.real, total.sisa, total.sera})
	}
	header := []string{"Kode", "Uraian", "Pagu", "Realisasi", "Sisa", "Serapan (%)"}
	if !exportPlace(lines, from, to, from, "", header, rows) {
		return 0, false
	}
	return to - 1, true
}

// hierAdopt gives each box of a band its parent in the bands above: the
// code named on a line between the bands, else the box of the band just
// above whose columns hold the connector's stem (or its only box).
func hierAdopt(lines []string, gapFrom, gapTo int, above, band []*hierBox, bands [][]*hierBox) bool {
	var parent *hierBox
	for k := gapFrom; k < gapTo; k++ {
		if m := hierUnder.FindStringSubmatch(lines[k]); m != nil {
			for _, b := range bands {
				for _, bx := range b {
					if bx.code == m[1] {
						parent = bx
					}
				}
			}
			if parent == nil {
				return false // names a box not drawn above: not understood
			}
		}
	}
	if parent == nil {
		if len(above) == 1 {
			parent = above[0]
		} else {
			// the stem: a '│' on the line right under the band above
			if gapFrom >= len(lines) {
				return false
			}
			r := []rune(lines[gapFrom])
			for _, bx := range above {
				for c := bx.a; c <= bx.b && c < len(r); c++ {
					if r[c] == '│' || r[c] == '┬' || r[c] == '├' {
						if parent != nil && parent != bx {
							return false
						}
						parent = bx
					}
				}
			}
			if parent == nil {
				return false
			}
		}
	}
	if parent.total && len(bands) > 1 {
		// a total's children stand right under it only
		if above[0] != parent {
			return false
		}
	}
	for _, bx := range band {
		bx.parent = parent
		parent.kids = append(parent.kids, bx)
	}
	return true
}
