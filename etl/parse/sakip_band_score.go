package parse

import (
	"math"
	"strings"

	"github.com/kpu-ntt/lkj/etl/extract"
	"github.com/kpu-ntt/lkj/etl/facts"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// A SAKIP component table with no total row, the office's final score
// written into the predikat band table under it, in the row of its band:
//
//	Predikat	Rentang Nilai	Interpretasi	Nilai KPU Sikka
//	BB	> 70 - 80	Sangat Baik
//	B	> 60 - 70	Baik	66,40
//
// The band table alone says nothing of which year or office the figure
// scores; the components just read do. The figure is their year's score
// only when the arithmetic proves it: it is the one figure of the table
// outside its ranges, it lies in its row's range and band, and it is the
// sum of the components read last (every one scored) with no score of
// their year read yet. Then it loads with its row's predikat; otherwise a
// finding (sakip.nilai_tabel_predikat) says why nothing loads.

// sakipBandScore reads t as such a band table; false when it is none.
func (p *parser) sakipBandScore(t *tableInfo) bool {
	b := t.b
	if len(b.Header) == 0 || len(b.Rows) < 2 || !headerSays(b, "predikat", "kategori", "grade") {
		return false
	}
	// the band table's rows one per line: a band with no figure reads
	// as a wrapped line of the next to the table reader ("AA A" over
	// "> 90 - 100 > 80 - 90")
	type line struct {
		no    int
		cells []string
	}
	var lines []line
	for i := range b.Rows {
		for k, cs := range b.Rows[i].Lines() {
			lines = append(lines, line{b.Rows[i].Start + k, cs})
		}
	}
	cell := func(l line, j int) string {
		if j < 0 || j >= len(l.cells) {
			return ""
		}
		return strings.TrimSpace(l.cells[j])
	}
	gradeCol, rangeCol := -1, -1
	for j := 0; j < b.Width; j++ {
		grades, ranges, seen := 0, 0, map[string]bool{}
		for _, l := range lines {
			c := cell(l, j)
			if g := normalize.Grade(c); g != "" && len(c) <= 2 && !seen[g] {
				seen[g] = true
				grades++
			}
			if _, _, ok := bandRange(c); ok {
				ranges++
			}
		}
		if grades >= 4 && gradeCol < 0 {
			gradeCol = j
		}
		if ranges >= 4 && rangeCol < 0 {
			rangeCol = j
		}
	}
	if gradeCol < 0 || rangeCol < 0 {
		return false
	}
	at, col, n := -1, -1, 0
	var v float64
	for i, l := range lines {
		for j := range l.cells {
			c := cell(l, j)
			if j == gradeCol || j == rangeCol || c == "" {
				continue
			}
			num := normalize.ParseNumber(c, normalize.Indonesian)
			if num.Status != normalize.OK {
				continue
			}
			n++
			at, col, v = i, j, num.Value
		}
	}
	if n == 0 {
		return false // the bands alone: a key, not a result
	}
	r := lines[at]
	refuse := func(why string) bool {
		// the whole table's span: the one finding that says why it was
		// not read (afterTable adds no tabel.tidak_dikenali beside it)
		p.find("sakip.nilai_tabel_predikat", facts.Warning, b.Start, b.End, cell(r, col),
			"%s: nilai %s (baris %d) di tabel kategori predikat %s; tidak dimuat", t.label, cell(r, col), r.no, why)
		return true
	}
	if n > 1 {
		return refuse("tidak tunggal")
	}
	grade := normalize.Grade(cell(r, gradeCol))
	lo, hi, ok := bandRange(cell(r, rangeCol))
	if grade == "" || !ok || v < lo || v > hi || normalize.GradeOf(v) != grade {
		return refuse("tidak berada pada rentang dan predikat barisnya")
	}
	comps := p.lastComponents(b.Start)
	if comps == nil {
		return refuse("tidak dapat dikaitkan dengan komponen yang terbaca sebelumnya")
	}
	sum := 0.0
	for _, c := range comps {
		sum += *c.Nilai
	}
	if math.Abs(sum-v) > 0.01*float64(len(comps))+1e-9 {
		return refuse("bukan jumlah nilai komponennya")
	}
	for _, s := range p.doc.Sakip {
		if s.SatkerID == comps[0].SatkerID && s.TahunDinilai == comps[0].TahunDinilai {
			if s.Nilai != nil && math.Abs(*s.Nilai-v) < 0.005 {
				return true // the total row's score again: read, nothing new
			}
			return refuse("berbeda dengan nilai tahun itu yang sudah terbaca")
		}
	}
	val := v
	p.addSakip(facts.Sakip{Span: facts.Span{Start: r.no, End: r.no}, SatkerID: comps[0].SatkerID,
		TahunDinilai: comps[0].TahunDinilai, Nilai: &val, Predikat: grade, Keyakinan: "tinggi", Sumber: t.label}, true)
	return true
}

// lastComponents are the components of the last component table read
// before line `before`: the run of components at the end of the list that
// share one office and year, each scored; nil when there is none, or some
// has no score.
func (p *parser) lastComponents(before int) []facts.SakipKomponen {
	ks := p.doc.SakipKomponen
	end := len(ks)
	for end > 0 && ks[end-1].Span.End >= before {
		end--
	}
	if end == 0 {
		return nil
	}
	last := ks[end-1]
	from := end - 1
	for from > 0 && ks[from-1].SatkerID == last.SatkerID && ks[from-1].TahunDinilai == last.TahunDinilai && ks[from-1].Sumber == last.Sumber {
		from--
	}
	comps := ks[from:end]
	if len(comps) < 3 || before-last.Span.End > bobotTableLines {
		return nil // not a component table, or not the one right above
	}
	for _, c := range comps {
		if c.Nilai == nil {
			return nil
		}
	}
	return comps
}

// bandRange reads a band's range: "> 60 - 70", "60,01 – 70,00", "> 90",
// "0 - 30", "≥ 90", "< 30"; ok false when c is none.
func bandRange(c string) (lo, hi float64, ok bool) {
	c = strings.TrimSpace(c)
	if c == "" || !hasDigitStr(c) {
		return 0, 0, false
	}
	var nums []float64
	for _, f := range strings.FieldsFunc(c, func(r rune) bool {
		return !(r >= '0' && r <= '9' || r == ',' || r == '.')
	}) {
		if f = strings.Trim(f, ".,"); f == "" {
			continue
		}
		n := normalize.ParseNumber(f, normalize.Indonesian)
		if n.Status != normalize.OK || n.Value > 100 {
			return 0, 0, false
		}
		nums = append(nums, n.Value)
	}
	switch {
	case len(nums) == 2 && nums[0] <= nums[1]:
		return nums[0], nums[1], true
	case len(nums) == 1 && strings.ContainsAny(c, ">≥"):
		return nums[0], 100, true
	case len(nums) == 1 && strings.ContainsAny(c, "<≤"):
		return 0, nums[0], true
	}
	return 0, 0, false
}

// headerSays: some header cell of b holds one of the words.
func headerSays(b *extract.Block, words ...string) bool {
	for _, h := range b.Header {
		for _, c := range h.Cells {
			if has(normalize.SpacedKey(c), words...) {
				return true
			}
		}
	}
	return false
}
