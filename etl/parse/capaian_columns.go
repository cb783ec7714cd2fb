package parse

import (
	"strings"

	"github.com/kpu-ntt/lkj/etl/extract"
	"github.com/kpu-ntt/lkj/etl/facts"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// Indicators as columns. A report may turn its table so that each
// indicator is a column and each row a measure or a year:
//
//	Uraian          IKU-1    IKU-2  ...        Tahun  Persentase ...  Nilai ...
//	Satuan          %        Predikat          2019   66,20           70
//	Target 2020     77,50    B                 2020   70,45           72
//	Realisasi 2020  79,64    B
//	Capaian (%)     102,76   100,00
//
// A column is an indicator when its label is an indicator statement, or a
// short code (IKU-1, IK 2, A) that a legend next to the table explains
// ("IKU-1 : Persentase Partisipasi ..."); every column must be one, or the
// table is not read this way. Rows of measures (each measure once) make a
// capaian table; rows of years make a series whose kind the caption says
// (realisasi unless it speaks of targets only; both, with one value per
// cell, is not read). Years as columns are the series readers' own.

// crossTable is such a table cut into its lines: the column labels (a
// label wrapped over two header lines joined) and the lines below them,
// each with its row label in cell 0.
type crossTable struct {
	labels []string
	lines  []crossLine
}

type crossLine struct {
	n     int // the line's number in the document (the row's first line)
	cells []string
}

// crossLines cuts b into the column labels and the labelled lines below;
// false when the first column does not label every line.
func crossLines(b *extract.Block) (crossTable, bool) {
	var ct crossTable
	all := make([]crossLine, 0, len(b.Header)+len(b.Rows)) // most rows are one line
	for _, rs := range [][]extract.Row{b.Header, b.Rows} {
		for ri := range rs {
			r := &rs[ri]
			if isFootnoteRow(r) {
				continue
			}
			for _, l := range r.Lines() {
				all = append(all, crossLine{n: r.Start, cells: l})
			}
		}
	}
	i := 0
	for ; i < len(all); i++ {
		l := all[i].cells
		if i > 0 && (strings.TrimSpace(cellOf(l, 0)) != "" || anyValue(l[min(1, len(l)):])) {
			break // a labelled line, or values: the labels end above it (the first line labels, whatever its cells look like: "A", "B" are codes there, not grades)
		}
		for j := 1; j < len(l); j++ {
			for len(ct.labels) <= j {
				ct.labels = append(ct.labels, "")
			}
			ct.labels[j] = strings.TrimSpace(ct.labels[j] + " " + l[j])
		}
	}
	if i == 0 || len(ct.labels) < 2 {
		return ct, false
	}
	for _, l := range all[i:] {
		if strings.TrimSpace(cellOf(l.cells, 0)) == "" || len(l.cells) > len(ct.labels) {
			return ct, false // an unlabelled line, or a cell beyond the labelled columns
		}
	}
	ct.lines = all[i:]
	return ct, len(ct.lines) > 0
}

// statementLine takes a line labelled "Indikator" (or "Indikator
// Kinerja") whose cells are all text as the column labels: the codes over
// it are then only codes ("Kode | IKU-1 | IKU-2" over "Indikator |
// Persentase ... | Nilai ...").
func (ct *crossTable) statementLine() {
	for i, l := range ct.lines {
		if roleOf(l.cells[0]) != roleIndikator || len(l.cells) != len(ct.labels) || anyValue(l.cells[1:]) {
			continue
		}
		for _, c := range l.cells[1:] {
			if strings.TrimSpace(c) == "" {
				return
			}
		}
		ct.labels = append([]string{l.cells[0]}, l.cells[1:]...)
		ct.lines = append(ct.lines[:i:i], ct.lines[i+1:]...)
		return
	}
}

// dropSummaries drops the summary lines ("Rata-rata", "Jumlah", "Total")
// among the measure or year lines and returns them: a summary of the
// values is no value of its own.
func (ct *crossTable) dropSummaries() []crossLine {
	var kept, dropped []crossLine
	for _, l := range ct.lines {
		k := normalize.Key(l.cells[0])
		if rataRata(l.cells[0]) || k == "jumlah" || k == "total" {
			dropped = append(dropped, l)
			continue
		}
		kept = append(kept, l)
	}
	ct.lines = kept
	return dropped
}

// anyValue: some cell reads as a value.
func anyValue(cells []string) bool {
	for _, c := range cells {
		if c != "" && valueLike(c) {
			return true
		}
	}
	return false
}

// capaianByColumns reads a table with an indicator per column; false when
// t is not one.
func (p *parser) capaianByColumns(t *tableInfo) bool {
	b := t.b
	if len(b.Rows) == 0 || b.Width < 2 || !anyMeasureLabel(b.Rows) || moneyTable(t) {
		return false
	}
	ct, ok := crossLines(b)
	if !ok {
		return false
	}
	ct.statementLine()
	summaries := ct.dropSummaries()
	if len(ct.lines) == 0 {
		return false
	}
	for _, c := range ct.labels[1:] {
		if y, _ := yearCell(c); y > 0 {
			return false // years as columns: a series (seriByCaption)
		}
	}
	measures, years := true, true
	for _, l := range ct.lines {
		label := l.cells[0]
		if measureKind(label) == roleNone {
			measures = false
		}
		if lineYear(label) == 0 {
			years = false
		}
	}
	if !measures && !years {
		return false
	}
	inds, short, ok := p.columnIndicators(t, ct)
	if !ok {
		return false
	}
	if j := p.yearRowsAgree(ct, inds, short); j >= 0 {
		p.find("tabel.tidak_dibaca", facts.Info, t.b.Start, t.b.End, ct.labels[j+1],
			"%s: kolom %q berbeda dari realisasi indikator %q di tabel capaian; tabel tidak dibaca", t.label, ct.labels[j+1], inds[j])
		return false
	}
	for _, l := range summaries {
		p.find("capaian.baris_ringkasan", facts.Info, l.n, l.n, l.cells[0], "%s: baris ringkasan %q bukan nilai; tidak dimuat", t.label, l.cells[0])
	}
	if years {
		p.seriByYearRows(t, ct, inds)
		return true
	}
	seen := map[int]bool{}
	year := p.tableYear(t)
	for _, l := range ct.lines {
		k, ok := measureKey(l.cells[0], year)
		if ok && seen[k] {
			return false // one measure of one year twice: which row holds is a guess
		}
		seen[k] = true
	}
	if !seen[roleTarget*10000] || !seen[roleRealisasi*10000] {
		return false // no target and realisation of the table's year
	}
	rows := make([]*measureRow, len(inds))
	for j, ind := range inds {
		rows[j] = &measureRow{start: b.Start, end: b.End, key: ind}
		for _, l := range ct.lines {
			if v := strings.TrimSpace(cellOf(l.cells, j+1)); v != "" {
				p.setMeasure(t, rows[j], l.cells[0], v, l.n)
			}
		}
	}
	p.readMeasureBlock(t, measureBlock(b, "Indikator Kinerja", readable(rows), p.tableYear(t)))
	return true
}

// anyMeasureLabel: some line of rows opens with a measure label or a year
// alone, as every value line of a table with an indicator per column does
// (a cheap test before the table is taken apart).
func anyMeasureLabel(rows []extract.Row) bool {
	for i := range rows {
		r := &rows[i]
		if len(r.Cells) == 0 {
			continue
		}
		if r.FragmentCount(0) <= 1 {
			if c := r.Cells[0]; measureKind(c) != roleNone || lineYear(c) != 0 {
				return true
			}
			continue
		}
		for _, c := range r.Fragments(0) {
			if measureKind(c) != roleNone || lineYear(c) != 0 {
				return true
			}
		}
	}
	return false
}

// lineYear is the year a row label names alone ("2021", "Tahun 2021"), or 0.
func lineYear(s string) int {
	s = strings.TrimSpace(s)
	if k := normalize.Key(s); strings.HasPrefix(k, "tahun ") {
		s = strings.TrimSpace(k[len("tahun "):])
	}
	if y, rest := yearCell(s); y > 0 && rest == "" {
		return y
	}
	return 0
}

// seriByYearRows reads the years-as-rows form: one series value per
// indicator column and year row, of the kind the caption and header say.
func (p *parser) seriByYearRows(t *tableInfo, ct crossTable, inds []string) {
	b := t.b
	says := t.cap + " " + t.hdr + " " + normalize.Key(ct.labels[0])
	target, real := strings.Contains(says, "target"), strings.Contains(says, "realisa")
	jenis := "realisasi"
	switch {
	case target && real:
		p.find("tabel.tidak_dibaca", facts.Info, b.Start, b.End, t.label,
			"%s: judul menyebut target dan realisasi, tetapi tiap sel memuat satu nilai; jenisnya tidak terbukti, tabel tidak dibaca", t.label)
		return
	case target:
		jenis = "target"
	}
	head := []string{"Indikator"}
	var years []int
	seen := map[int]bool{}
	for _, l := range ct.lines {
		y := lineYear(l.cells[0])
		if seen[y] {
			p.find("seri.kolom_ganda", facts.Warning, b.Start, b.End, t.label,
				"%s: tahun %d tertulis dua kali; tabel tidak dibaca", t.label, y)
			return
		}
		seen[y] = true
		years = append(years, y)
		head = append(head, itoa(y))
	}
	nb := *b
	nb.Header = []extract.Row{{Start: b.Start, End: b.Start, Cells: head}}
	nb.Rows = nil
	nb.Width = len(head)
	for j, ind := range inds {
		if ind == "" {
			continue // a column describing the rows (seri_yearrows.go)
		}
		cells := []string{ind}
		for _, l := range ct.lines {
			cells = append(cells, strings.TrimSpace(cellOf(l.cells, j+1)))
		}
		nb.Rows = append(nb.Rows, extract.Row{Start: ct.lines[0].n, End: ct.lines[len(ct.lines)-1].n, Cells: cells})
	}
	nt := *t
	nt.money = 0 // another block: moneyTable asks again
	nt.b, nt.fam, nt.hdr = &nb, famSeri, headerText(&nb)
	nt.roles = capaianRoles(&nb)
	nt.years = append([]int{0}, years...)
	nt.jenis = make([]string, len(head))
	for j := 1; j < len(head); j++ {
		nt.jenis[j] = jenis
	}
	p.seriTable(&nt)
}

// columnIndicators names the indicator of each column label: the label
// itself when it is an indicator statement, else the statement a legend
// near the table gives its code, else the document's statement it names in
// short (short[j] then; seri_yearrows.go). A column of years as rows whose
// lines hold no value describes its rows: its indicator is "". false (with
// a finding for codes) when a label is none of these.
func (p *parser) columnIndicators(t *tableInfo, ct crossTable) ([]string, []bool, bool) {
	labels := ct.labels[1:]
	out := make([]string, len(labels))
	short := make([]bool, len(labels))
	var codes []string
	years := lineYear(ct.lines[0].cells[0]) != 0
	named := 0
	for j, c := range labels {
		switch {
		case c == "":
			return nil, nil, false
		case years && !valuedColumn(ct, j+1):
			continue // "Pemilu/Pemilihan": what each year's row was
		case years && p.shortIndicator(c) != "":
			out[j], short[j] = p.shortIndicator(c), true // the document's own statement, in full
		case startsIndicator(c) && len(strings.Fields(c)) >= 3 || indicatorStatement(c):
			out[j] = c
		case len(c) <= 12 && len(strings.Fields(c)) <= 2:
			codes = append(codes, c)
		default:
			return nil, nil, false
		}
		named++
	}
	if named == 0 {
		return nil, nil, false
	}
	for j := range out {
		for k := j + 1; k < len(out); k++ {
			if short[j] && out[j] != "" && out[j] == out[k] {
				return nil, nil, false // two columns, one indicator: neither is proven
			}
		}
	}
	if len(codes) == 0 {
		return out, short, true
	}
	legend := p.legend(codes)
	for j, c := range labels {
		if out[j] != "" || years && !valuedColumn(ct, j+1) {
			continue
		}
		if out[j] = legend[c]; out[j] == "" {
			p.find("tabel.tidak_dibaca", facts.Info, t.b.Start, t.b.End, c,
				"%s: kolom %q tidak dijelaskan keterangan di dekat tabel; tabel tidak dibaca", t.label, c)
			return nil, nil, false
		}
	}
	return out, short, true
}

// legend reads "CODE : statement" entries for the given codes from the
// paragraphs between the table and the tables before and after it, and
// from the two-cell rows (code | statement) of a legend table there: a code
// followed by ':', '=', '-' or '.' (a one-letter code: ':' or '=') opens its statement, which runs to the
// next code's entry or the paragraph's end. Only statements that read as
// indicators are kept; a code explained twice differently is not kept.
func (p *parser) legend(codes []string) map[string]string {
	return p.legendOf(codes, func(stmt string) bool {
		return indicatorStatement(stmt) || startsIndicator(stmt) && len(strings.Fields(stmt)) >= 3
	})
}

// legendOf is legend keeping the statements keep accepts (a SAKIP
// component's name, sakip_komponen_legend.go).
func (p *parser) legendOf(codes []string, keep func(stmt string) bool) map[string]string {
	isCode := map[string]bool{}
	for _, c := range codes {
		isCode[c] = true
	}
	var texts []string
	// the blocks around the table, up to the content table before it and
	// the one after it: a legend further away explains another table
	near := func(i int) bool {
		b := &p.blocks[i]
		if b.Kind == extract.Paragraph {
			texts = append(texts, b.Text)
			return true
		}
		found := false // a legend written as a table: "IKU-1 | Persentase ..."
		for _, rs := range [][]extract.Row{b.Header, b.Rows} {
			for _, r := range rs {
				cells := nonEmptyCells(r.Cells)
				if len(cells) == 2 && isCode[strings.TrimSpace(cells[0])] {
					texts = append(texts, strings.TrimSpace(cells[0])+" : "+cells[1])
					found = true
				}
			}
		}
		return found
	}
	for i := p.cur - 1; i >= 0 && i >= p.cur-8; i-- {
		if !near(i) {
			break
		}
	}
	for i := p.cur + 1; i < len(p.blocks) && i <= p.cur+3; i++ {
		if !near(i) {
			break
		}
	}
	out := map[string]string{}
	bad := map[string]bool{}
	for _, text := range texts {
		type at struct {
			code    string
			i, body int
		}
		var ats []at
		for _, c := range codes {
			for from := 0; ; {
				k := strings.Index(text[from:], c)
				if k < 0 {
					break
				}
				k += from
				from = k + len(c)
				if k > 0 && isWordByte(text[k-1]) || from < len(text) && isWordByte(text[from]) {
					continue // inside a longer code ("IKU-1" in "IKU-10")
				}
				rest := strings.TrimLeft(text[from:], " ")
				seps := ":=-."
				if len(c) == 1 {
					seps = ":=" // "A." opens an outline item, not an explanation
				}
				if rest == "" || strings.IndexByte(seps, rest[0]) < 0 {
					continue // the code named in a sentence, not explained
				}
				ats = append(ats, at{c, k, len(text) - len(rest) + 1})
			}
		}
		for _, a := range ats {
			end := len(text)
			for _, o := range ats {
				if o.i > a.i && o.i < end {
					end = o.i
				}
			}
			stmt := strings.TrimSpace(strings.TrimRight(strings.TrimSpace(text[a.body:end]), ";,."))
			if !keep(stmt) {
				continue
			}
			if old, ok := out[a.code]; ok && old != stmt {
				bad[a.code] = true
			}
			out[a.code] = stmt
		}
	}
	for c := range bad {
		delete(out, c)
	}
	return out
}

// readNothingSince: no fact was loaded since m (findings aside): the
// reader the table's header chose found nothing it knows.
func (p *parser) readNothingSince(m mark) bool {
	n := p.mark()
	n.find = m.find
	return n == m
}
