package pdftext

import "strings"

// dropStampBoxes removes a small ruled box printed at the foot of every
// page (the "Paraf Koordinasi" box of an internal draft: Jabatan | Paraf
// and the officers who initial each page, a reviewer's stamp): a ruled
// table whose rows all lie in the page's bottom zone and whose whole text
// comes again, row for row, at the foot of at least half of the pages
// (two or more). Its rows are page furniture, no cells of the report;
// left in, a row such as "1 | Kasubag Umum" runs on under the last table
// of the page. dropRunning cannot tell: it never drops a row cut into
// cells, since a long table's header repeated on every page must stay.
// The box is matched whole with its digits as they are, so a table of
// figures closing each page (whose numbers differ) stays, and so does a
// header repeated without its rows, which opens a page, never closes it.
func dropStampBoxes(pages []pageLines) {
	if len(pages) < 2 {
		return
	}
	keys := make([]map[int]string, len(pages))
	count := map[string]int{}
	for i, p := range pages {
		keys[i] = footBoxes(p)
		for _, k := range keys[i] {
			count[k]++
		}
	}
	need := max(2, (len(pages)+1)/2)
	dropLines(pages, func(i, _ int, l *outLine) bool {
		k, ok := keys[i][l.table]
		return ok && count[k] >= need
	})
}

// footBoxes gives, by table id, the text of each ruled table of a page
// that lies wholly in its bottom zone and holds a row cut into cells.
func footBoxes(p pageLines) map[int]string {
	if p.h <= 0 {
		return nil
	}
	var out map[int]string
	above := map[int]bool{} // tables with a line over the bottom zone
	cells := map[int]bool{}
	var b map[int]*strings.Builder
	for _, l := range p.lines {
		if l.table < 1000 {
			continue
		}
		if l.top <= (1-runningZone)*p.h {
			above[l.table] = true
			continue
		}
		if b == nil {
			b = map[int]*strings.Builder{}
		}
		sb := b[l.table]
		if sb == nil {
			sb = &strings.Builder{}
			b[l.table] = sb
		}
		sb.WriteString(l.text)
		sb.WriteByte('\n')
		cells[l.table] = cells[l.table] || strings.Contains(l.text, "\t")
	}
	for id, sb := range b {
		if above[id] || !cells[id] {
			continue
		}
		if out == nil {
			out = map[int]string{}
		}
		out[id] = sb.String()
	}
	return out
}
