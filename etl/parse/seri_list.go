package parse

import (
	"strings"

	"github.com/kpu-ntt/lkj/etl/extract"
)

// A series written as a list: one item a year, its figures named by role
// words, under a line that names the indicator:
//
//	Perkembangan indikator kesesuaian kompetensi pegawai tiga tahun terakhir:
//	- Tahun 2018: target 70,00%, realisasi 72,18%;
//	- Tahun 2019: target 72,50%, realisasi 75,64%;
//
// The run is the table it stands for ("Tahun | Target | Realisasi", a row a
// year) under the introducing line as its caption, and goes through the
// series reader of such tables (seriByCaption): the caption must prove the
// indicator, or the table is reported. Every item states the same roles,
// one figure each, and each year once; anything else stays prose.

// listSeriesCheap: t may be a list item that states a realisation.
func listSeriesCheap(t string) bool {
	return len(t) >= 12 && len(t) <= 300 && containsFoldASCII(t, "realisa")
}

// listSeries reads the run of year items that starts at blocks[i]; it
// returns the last block read.
func (p *parser) listSeries(i int) (int, bool) {
	if i == 0 {
		return i, false
	}
	lead := &p.blocks[i-1]
	if lead.Kind != extract.Paragraph || len(lead.Text) > 200 || !strings.HasSuffix(lead.Text, ":") {
		return i, false // no line introducing the list: nothing names the indicator
	}
	if _, _, ok := listMarker(p.blocks[i].Text); !ok || !listSeriesCheap(p.blocks[i].Text) {
		return i, false
	}
	var rows []extract.Row
	target, pct := false, false
	var seen []int
	j := i
	for ; j < len(p.blocks); j++ {
		b := &p.blocks[j]
		if b.Kind != extract.Paragraph || b.IsCaption || !listSeriesCheap(b.Text) {
			break
		}
		y, val, unit, ok := yearItem(b.Text)
		if !ok || len(rows) > 0 && (val[0] != "") != target {
			break
		}
		for _, s := range seen {
			if s == y {
				return i, false // a year stated twice: which figures are the year's is unproven
			}
		}
		seen = append(seen, y)
		target, pct = val[0] != "", pct || unit
		rows = append(rows, extract.Row{Start: b.Start, End: b.End, Cells: []string{yearString(y), val[0], val[1]}})
	}
	if len(rows) < 2 {
		return i, false
	}
	head := []string{"Tahun", "Target", "Realisasi"}
	if pct {
		head = []string{"Tahun", "Target (%)", "Realisasi (%)"}
	}
	if !target {
		head = []string{head[0], head[2]}
		for k := range rows {
			rows[k].Cells = []string{rows[k].Cells[0], rows[k].Cells[2]}
		}
	}
	blk := extract.Block{Kind: extract.Table, Start: rows[0].Start, End: rows[len(rows)-1].End, Caption: lead.Text,
		CaptionParts: []string{lead.Text}, CaptionStart: lead.Start, CaptionEnd: lead.End}
	blk.Header = []extract.Row{{Start: blk.Start, End: blk.Start, Cells: head}}
	blk.Rows = rows
	blk.Width = len(head)
	p.table(&blk)
	return j - 1, true
}

// yearItem reads a year's item ("- Tahun 2018: target 70,00%, realisasi
// 72,18%;"): its year, target (may be "") and realisasi, and whether a
// figure carried a percent sign.
func yearItem(t string) (year int, val [2]string, pct, ok bool) {
	_, rest, ok := listMarker(t)
	if !ok {
		return 0, val, false, false
	}
	figs := reListFigure.FindAllStringSubmatchIndex(rest, -1)
	if len(figs) == 0 {
		return 0, val, false, false
	}
	label := strings.TrimRight(strings.TrimSpace(rest[:figs[0][0]]), ":,;–-— ")
	if year = yearAlone(label); year == 0 {
		return 0, val, false, false
	}
	for _, f := range figs {
		role, v, unit, grade := rest[f[2]:f[3]], span(rest, f[6], f[7]), f[8] >= 0, f[10] >= 0
		r := listRole(role)
		if r == 2 {
			continue // a capaian beside the pair: the series keeps target and realisasi
		}
		if grade || v == "" || !unit && yearAlone(v) > 0 {
			return 0, val, false, false // a grade (the series reader takes numbers), a year
		}
		if val[r] != "" && val[r] != v {
			return 0, val, false, false
		}
		val[r] = v
		pct = pct || unit
	}
	return year, val, pct, val[1] != ""
}

// span is s[from:to], "" for a group that did not take part (-1).
func span(s string, from, to int) string {
	if from < 0 {
		return ""
	}
	return s[from:to]
}

func yearString(y int) string {
	return string([]byte{byte('0' + y/1000), byte('0' + y/100%10), byte('0' + y/10%10), byte('0' + y%10)})
}
