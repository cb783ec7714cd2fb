package parse

import (
	"strings"

	"github.com/kpu-ntt/lkj/etl/extract"
	"github.com/kpu-ntt/lkj/etl/facts"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// A map layer's attribute table pasted from a desktop GIS: the boundary
// layer's own fields first (a feature id, region codes, the region names
// WADMPR / WADMKK / WADMKC of the national boundary data, the geometry's
// Shape_Leng and Shape_Area), then the joined data fields (DESA, TPS,
// DPT_L, DPT_P, DPT_JML). The header's field names are read like any
// identifier header (header_snake.go); the region-name field is the name
// column, and the finest one present says the rows' level. A layer has no
// total row: the sums a GIS states are in its statistics panel printed
// under the table, one small table per field ("Kolom: DPT_L" over
// "Cacah | Jumlah | Rerata | Median | …") or one table with a column per
// field. The kabupaten row takes a field's stated sum only when it equals
// the rows' own sum; a mean, median, minimum or maximum is never a total.

// gisLevels: the boundary layers' region-name fields, finest first, and
// the level of a row named by each (a village layer's rows are no
// kecamatan, so it is left unread).
var gisLevels = [...]struct{ field, level string }{
	{"wadmkd", ""}, {"wadmkc", "Kecamatan"}, {"wadmkk", "Kabupaten/Kota"},
}

// gisHeader renames the region-name column of a GIS layer's header (the
// object's name NAMOBJ when the layer has it, else its finest WADM*
// field) to the header word of its level, so the families read it as the
// name column; other tables are left as they are.
func gisHeader(b *extract.Block) {
	if len(b.Header) == 0 {
		return
	}
	cells := b.Header[len(b.Header)-1].Cells
	lvl, at, obj := -1, -1, -1
	for j, c := range cells {
		if len(c) != 6 || c[0]|0x20 != 'w' && c[0]|0x20 != 'n' {
			continue // every field asked is six letters long
		}
		if strings.EqualFold(c, "namobj") {
			obj = j
		}
		for k, g := range gisLevels {
			if strings.EqualFold(c, g.field) && (lvl < 0 || k < lvl) {
				lvl, at = k, j
			}
		}
	}
	if lvl < 0 || gisLevels[lvl].level == "" {
		return
	}
	if obj >= 0 {
		at = obj
	}
	out := make([]string, len(cells)) // the row's own: its cells may share a slab with other rows
	copy(out, cells)
	out[at] = gisLevels[lvl].level
	b.Header[len(b.Header)-1].Cells = out
}

// statsPanelTotal loads the kabupaten row of a kecamatan table that has
// none from the statistics panel printed right under it: each count
// field whose stated sum ("Jumlah", "Sum") equals the sum of the table's
// rows; a field whose stated sum differs is NULL with a finding. The
// panel's blocks are read with the table either way.
func (p *parser) statsPanelTotal(t *tableInfo, sets []dptSet, level, owner string, convs map[int]normalize.Convention, from int) {
	if level != "kecamatan" || len(sets) != 1 || from == len(p.doc.DPT) || !p.statsPanelNext() {
		return
	}
	for _, d := range p.doc.DPT[from:] {
		if d.TingkatWilayah != "kecamatan" {
			return // the table's own total row gave the kabupaten
		}
	}
	sums, counts, start, end := p.statsPanel()
	if end == 0 {
		return
	}
	p.chartTo, p.readTo = max(p.chartTo, end), max(p.readTo, end) // the panel's tables and lines are read
	b, s := t.b, sets[0]
	for _, n := range counts {
		if n != int64(len(b.Rows)) {
			p.find("dpt.statistik_lain", facts.Warning, start, end, t.label,
				"%s: panel statistik menghitung %d fitur, tabel %d baris; jumlahnya bukan jumlah baris tabel; baris kabupaten tidak dimuat", t.label, n, len(b.Rows))
			return
		}
	}
	cols := columnTexts(b)
	d := facts.DPT{Span: facts.Span{Start: start, End: end}, Pemilihan: s.pemilihan, Tahun: s.tahun, Sumber: t.label,
		TingkatWilayah: "kabupaten", SatkerID: owner}
	sat, _ := normalize.SatkerByID(owner)
	d.Wilayah = sat.Wilayah
	proven := false
	for _, f := range [...]struct {
		role int
		dst  **int64
	}{{roleDesa, &d.JumlahDesa}, {roleTPS, &d.JumlahTPS}, {roleL, &d.PemilihL}, {roleP, &d.PemilihP}, {roleLP, &d.PemilihTotal}} {
		j := indexOf(s.roles, f.role)
		if j < 0 {
			continue
		}
		stated, ok := panelSumOf(sums, cols[j])
		if !ok {
			continue
		}
		sum, ok := columnSum(b.Rows, j, convs[j])
		if !ok {
			continue // a row's cell is no whole number: nothing to prove the stated sum against
		}
		if !stated.reads(sum) {
			p.find("dpt.statistik_selisih", facts.Warning, start, end, stated.text,
				"%s: jumlah %q di panel statistik bukan jumlah baris tabel (%d); nilai kabupaten kolom itu tidak dimuat", t.label, stated.text, sum)
			continue
		}
		v := sum
		*f.dst, proven = &v, true
	}
	if !proven || d.SatkerID == "" {
		return
	}
	p.find("dpt.total_statistik", facts.Info, start, end, t.label,
		"%s: baris kabupaten dari jumlah per kolom di panel statistik (baris %d-%d), dibuktikan dengan jumlah baris tabel", t.label, start, end)
	p.doc.DPT = append(p.doc.DPT, d)
}

// panelSum is a sum a statistics panel states for a field, as written.
type panelSum struct {
	field, text string
}

// statsPanelNext: the block right after the current table may open a
// statistics panel (a cheap look before statsPanel reads it).
func (p *parser) statsPanelNext() bool {
	k := p.cur + 1
	if k >= len(p.blocks) {
		return false
	}
	b := &p.blocks[k]
	if b.Kind == extract.Paragraph {
		return panelTitle(b.Text) || panelField(b.Text) != ""
	}
	return len(b.Rows) > 0 && statLabel(b.Rows[0].Cell(0)) != ""
}

// statsPanel reads the blocks after the current table that make its
// statistics panel: a title line, field lines ("Kolom: TPS") and the
// tables of statistics. It returns the sums stated per field, the
// feature counts stated, and the panel's lines (end 0: no panel).
func (p *parser) statsPanel() (sums []panelSum, counts []int64, start, end int) {
	field := ""
	for k := p.cur + 1; k < len(p.blocks) && k <= p.cur+40; k++ {
		b := &p.blocks[k]
		if b.Kind == extract.Paragraph {
			if f := panelField(b.Text); f != "" {
				field = f
			} else if !panelTitle(b.Text) || end != 0 {
				break // the panel's title comes first; other text ends it
			}
			if start == 0 {
				start = b.Start
			}
			continue
		}
		if f := panelField(b.Caption); f != "" {
			field = f
		}
		if !statsTable(b, field) {
			break
		}
		for _, r := range b.Rows {
			switch statLabel(r.Cell(0)) {
			case "sum":
				sums = appendSums(sums, b, r, field)
			case "count":
				if n, ok := wholeStat(r.Cell(1)); ok && len(r.Cells) == 2 || ok && allSame(r.Cells[1:]) {
					counts = append(counts, n)
				}
			}
		}
		if start == 0 {
			start = b.Start
		}
		end, field = b.End, ""
	}
	return sums, counts, start, end
}

// statsTable: b is a table of a statistics panel: every row a statistic,
// one of them neither the sum nor the count (a panel always shows more),
// and its field named above it or its fields as its header. A table of
// other figures with a "Jumlah" row is none.
func statsTable(b *extract.Block, field string) bool {
	if len(b.Rows) < 2 || field == "" && len(b.Header) == 0 {
		return false
	}
	other := false
	for _, r := range b.Rows {
		switch statLabel(r.Cell(0)) {
		case "":
			return false
		case "other":
			other = true
		}
	}
	return other
}

// appendSums adds the sums a panel table's row r states: its one value
// for the field named above a two-column table, or one per field column
// of a table headed by the field names.
func appendSums(sums []panelSum, b *extract.Block, r extract.Row, field string) []panelSum {
	if len(r.Cells) == 2 || len(r.Cells) > 2 && r.Cells[2] == "" && field != "" {
		if field != "" {
			sums = append(sums, panelSum{field: field, text: r.Cells[1]})
		}
		return sums
	}
	if len(b.Header) == 0 {
		return sums
	}
	h := b.Header[len(b.Header)-1].Cells
	for j := 1; j < len(r.Cells) && j < len(h); j++ {
		if h[j] != "" && r.Cells[j] != "" {
			sums = append(sums, panelSum{field: h[j], text: r.Cells[j]})
		}
	}
	return sums
}

// panelTitle: a short line naming statistics ("Panel Statistik (semua
// fitur):", "Statistics"), not a source line citing a statistics office.
func panelTitle(t string) bool {
	return len(t) < 100 && containsFoldASCII(t, "statisti") && !containsFoldASCII(t, "sumber") && !containsFoldASCII(t, "source") &&
		!containsFoldASCII(t, "badan pusat")
}

// panelField is the field a panel line names ("Kolom: DPT_L", "Field:
// TPS", "Atribut DESA"), or "".
func panelField(t string) string {
	t = strings.TrimSpace(t)
	for _, w := range [...]string{"kolom", "field", "column", "bidang", "atribut", "attribute"} {
		if len(t) < len(w) || !strings.EqualFold(t[:len(w)], w) {
			continue
		}
		f := strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(t[len(w):]), ":"))
		if f != "" && identifier(f) {
			return f
		}
	}
	return ""
}

// statLabel sorts a panel row's label: "sum" for the stated sum, "count"
// for the number of features, "other" for every other statistic, "" for
// a label that is none.
func statLabel(c string) string {
	var buf [24]byte
	switch string(buf[:statKey(&buf, c)]) { // compared, never kept: no copy
	case "jumlah", "sum", "total", "jumlah total":
		return "sum"
	case "cacah", "count", "n", "banyaknya", "jumlah data", "jumlah fitur":
		return "count"
	case "rerata", "rata rata", "mean", "average", "median", "minimum", "min", "maksimum", "maximum", "max",
		"simpangan baku", "st dev", "st dev pop", "stdev", "rentang", "range", "modus", "minoritas", "minority",
		"mayoritas", "majority", "variasi", "variety", "q1", "q3", "iqr", "kuartil 1", "kuartil 3", "statistik", "statistic":
		return "other"
	}
	return ""
}

// statKey is a short label lower-cased, each run of other characters
// than ASCII letters and digits one space ("St dev (pop)" → "st dev
// pop"), written in buf; its length, 0 for a label too long to be a
// statistic's.
func statKey(buf *[24]byte, c string) int {
	c = strings.TrimSpace(c)
	if len(c) > len(buf) {
		return 0
	}
	n, gap := 0, false
	for i := 0; i < len(c); i++ {
		ch := c[i]
		switch {
		case ch >= 'A' && ch <= 'Z':
			ch += 'a' - 'A'
		case ch >= 'a' && ch <= 'z' || ch >= '0' && ch <= '9':
		default:
			gap = true
			continue
		}
		if gap && n > 0 {
			buf[n] = ' '
			n++
		}
		gap = false
		buf[n] = ch
		n++
	}
	return n
}

// panelSumOf is the sum stated for the field one of a column's header
// cells names (as written, or as its identifier reads in header words);
// false when none is stated or two differ.
func panelSumOf(sums []panelSum, heads []string) (panelSum, bool) {
	var got panelSum
	for _, s := range sums {
		words := normalize.SnakeHeader(s.field)
		for _, h := range heads {
			if strings.EqualFold(h, s.field) || strings.EqualFold(h, words) {
				if got.text != "" && got.text != s.text {
					return panelSum{}, false
				}
				got = s
			}
		}
	}
	return got, got.text != ""
}

// reads: the stated sum, written as a GIS prints a number (plain digits,
// zero decimals "119.0000", or thousands grouped "49,066"), reads as v.
// The stated text is only compared with the rows' sum, so a reading
// either notation allows proves it.
func (s panelSum) reads(v int64) bool {
	c := strings.TrimSpace(s.text)
	if n, ok := wholeStat(c); ok && n == v {
		return true
	}
	if k := strings.LastIndexAny(c, ".,"); k > 0 && strings.Trim(c[k+1:], "0") == "" && k+1 < len(c) {
		if n, ok := wholeStat(c[:k]); ok && n == v {
			return true // "119.0000"
		}
	}
	for _, sep := range [...]string{".", ",", " ", "\u00a0"} {
		parts := strings.Split(c, sep)
		if len(parts) < 2 || len(parts[0]) > 3 {
			continue
		}
		grouped := true
		for _, g := range parts[1:] {
			grouped = grouped && len(g) == 3
		}
		if n, ok := wholeStat(strings.Join(parts, "")); grouped && ok && n == v {
			return true
		}
	}
	return false
}

// wholeStat reads a cell of plain digits.
func wholeStat(c string) (int64, bool) {
	c = strings.TrimSpace(c)
	if c == "" || len(c) > 15 {
		return 0, false
	}
	var n int64
	for i := 0; i < len(c); i++ {
		if c[i] < '0' || c[i] > '9' {
			return 0, false
		}
		n = n*10 + int64(c[i]-'0')
	}
	return n, true
}

// allSame: every non-empty cell is the same text (a feature count a wide
// panel repeats under each field).
func allSame(cs []string) bool {
	first := ""
	for _, c := range cs {
		if c == "" {
			continue
		}
		if first != "" && c != first {
			return false
		}
		first = c
	}
	return first != ""
}

// columnSum is the sum of column j over rows, each cell a whole number
// under the column's convention; false when any is not.
func columnSum(rows []extract.Row, j int, conv normalize.Convention) (int64, bool) {
	var sum int64
	for _, r := range rows {
		n := normalize.ParseNumber(r.Cell(j), conv)
		if n.Status != normalize.OK || n.Value != float64(int64(n.Value)) || n.Value < 0 {
			return 0, false
		}
		sum += int64(n.Value)
	}
	return sum, len(rows) > 0
}
