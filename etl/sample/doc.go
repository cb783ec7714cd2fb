package sample

import (
	"math/rand/v2"
	"strings"
)

// doc accumulates one text document and its truth. Lines are counted as
// they are written, so every fact and finding gets the exact span the
// extractor will see.
type doc struct {
	w    *world
	s    *satker
	y    int
	r    *rand.Rand // quirk decisions of this document
	b    []byte
	n    int // lines written so far
	t    *Truth
	ang  map[string]*angEntry
	angK []string
	// breaks are the numbers of the page-number lines pageBreak wrote:
	// the PDF twin turns each into a real page break.
	breaks []int
}

type angEntry struct {
	row  AnggaranRow
	rank int // detail table 3 > multi-year table 2 > prose 1
}

func newDoc(w *world, s *satker, y int, gaya string) *doc {
	d := &doc{w: w, s: s, y: y, r: w.rng("quirks", s.ID, itoa(y)), ang: map[string]*angEntry{}}
	d.t = &Truth{SatkerID: s.ID, Tahun: y, Format: "txt", Gaya: gaya}
	d.b = make([]byte, 0, 48<<10)
	return d
}

// ln writes one line and returns its number.
func (d *doc) ln(s string) int {
	d.b = append(d.b, s...)
	d.b = append(d.b, '\n')
	d.n++
	return d.n
}

func (d *doc) blank() { d.ln("") }

// para writes a paragraph followed by a blank line.
func (d *doc) para(s string) int {
	n := d.ln(s)
	d.blank()
	return n
}

// row writes one table line of TAB-separated cells.
func (d *doc) row(cells ...string) int {
	for i, c := range cells {
		if i > 0 {
			d.b = append(d.b, '\t')
		}
		d.b = append(d.b, c...)
	}
	d.b = append(d.b, '\n')
	d.n++
	return d.n
}

// synthetic writes the line every generated document opens with, so that
// no reader, human or program, takes it for a real report.
func (d *doc) synthetic() {
	d.ln("DOKUMEN SINTETIS — dibuat oleh lkj sample, bukan laporan resmi")
	d.blank()
}

// cover writes the opening of the short house styles: the synthetic line,
// the title over three lines (title, satker, year), and the foreword under
// head, signed by the secretary.
func (d *doc) cover(title, head, foreword string) {
	d.synthetic()
	d.ln(title)
	d.ln(strings.ToUpper(d.s.nama()))
	d.ln("TAHUN " + itoa(d.y))
	d.blank()
	d.para(head)
	d.para(foreword)
	d.ln(d.s.place() + ", " + d.signDate())
	d.ln("Sekretaris " + d.s.nama())
	d.para(d.person("sekretaris"))
}

// rowWrapped writes a logical row, wrapping the cells whose width is
// non-zero over several lines the way a narrow PDF column does: later lines
// carry only continuation text, other cells empty (DESIGN.md §5.4).
func (d *doc) rowWrapped(cells []string, widths []int) Baris {
	return d.rowWrappedAt(cells, widths, func(int) int { return 0 })
}

// rowWrappedAt writes a logical row of h lines, wrapping the cells whose
// width is set; a cell on one line stands on line at(h): the first (0, as
// most reports type it), the last (h-1) or the middle (h/2, as vertically
// centred cells come out of a PDF).
func (d *doc) rowWrappedAt(cells []string, widths []int, at func(h int) int) Baris {
	parts := make([][]string, len(cells))
	h := 1
	for i, c := range cells {
		parts[i] = []string{c}
		if i < len(widths) && widths[i] > 0 {
			parts[i] = wrapText(c, widths[i])
		}
		h = max(h, len(parts[i]))
	}
	one := at(h)
	start := d.n + 1
	line := make([]string, len(cells))
	for k := 0; k < h; k++ {
		for i := range cells {
			line[i] = ""
			switch {
			case len(parts[i]) > 1 && k < len(parts[i]):
				line[i] = parts[i][k]
			case len(parts[i]) == 1 && k == one:
				line[i] = parts[i][0]
			}
		}
		d.row(line...)
	}
	return Baris{Awal: start, Akhir: d.n}
}

// wrapText splits s into chunks of at most width characters at spaces.
func wrapText(s string, width int) []string {
	words := strings.Fields(s)
	if len(words) == 0 {
		return []string{""}
	}
	var out []string
	cur := words[0]
	for _, w := range words[1:] {
		if len(cur)+1+len(w) > width {
			out = append(out, cur)
			cur = w
			continue
		}
		cur += " " + w
	}
	return append(out, cur)
}

// pageBreak may interrupt a table: blank lines, a page number, sometimes a
// photo caption, then the header rows again (DESIGN.md §5.9).
func (d *doc) pageBreak(header [][]string) {
	if !chance(d.r, d.w.r.PageNoise) {
		return
	}
	d.blank()
	d.breaks = append(d.breaks, d.ln(itoa(d.n/45+1)))
	d.blank()
	if chance(d.r, 0.4) {
		d.ln("Dokumentasi Foto Kegiatan " + d.s.nama() + " Tahun " + itoa(d.y))
		d.blank()
	}
	for _, h := range header {
		d.row(h...)
	}
}

// grade writes a predikat, sometimes with Cyrillic look-alikes (§5.3).
func (d *doc) grade(g string) string {
	if chance(d.r, d.w.r.Homoglyph) {
		return strings.NewReplacer("B", "В", "A", "А", "C", "С").Replace(g)
	}
	return g
}

// hdrP writes the "P" of an L/P header, sometimes as Cyrillic Р.
func (d *doc) hdrP(s string) string {
	if chance(d.r, d.w.r.Homoglyph) {
		return strings.ReplaceAll(s, "P", "Р")
	}
	return s
}

// finding records an expected finding.
func (d *doc) finding(f TemuanRow) { d.t.Temuan = append(d.t.Temuan, f) }

// putAnggaran records a budget row, keeping per (tahun, kode) the row of
// the highest precedence (detail > multi-year > prose) and completing a
// total with pagu_awal and revisi_dipa from whichever source states them.
func (d *doc) putAnggaran(row AnggaranRow, rank int) {
	k := itoa(row.Tahun) + "/" + row.Kode
	old, ok := d.ang[k]
	if !ok {
		d.ang[k] = &angEntry{row: row, rank: rank}
		d.angK = append(d.angK, k)
		return
	}
	win, lose := &old.row, row
	if rank > old.rank {
		nr := row
		lose = old.row
		old.row, old.rank = nr, rank
		win = &old.row
	}
	if win.PaguAwal == nil && lose.PaguAwal != nil {
		win.PaguAwal = lose.PaguAwal
		win.Tidak = without(win.Tidak, "pagu_awal")
	}
	if win.RevisiDIPA == nil && lose.RevisiDIPA != nil {
		win.RevisiDIPA = lose.RevisiDIPA
		win.Tidak = without(win.Tidak, "revisi_dipa")
	}
}

func without(list []string, x string) []string {
	var out []string
	for _, v := range list {
		if v != x {
			out = append(out, v)
		}
	}
	return out
}

// finish moves accumulated rows into the truth in first-seen order.
func (d *doc) finish() {
	for _, k := range d.angK {
		d.t.Anggaran = append(d.t.Anggaran, d.ang[k].row)
	}
}

func f64(v float64) *float64 { return &v }
func i64(v int64) *int64     { return &v }
func bp(v bool) *bool        { return &v }

// angRow is the truth of a budget line as a table states it.
func (d *doc) angRow(l *line, tahun int, kodeTeks string, sp Baris, sumber string) AnggaranRow {
	return AnggaranRow{
		SatkerID: d.s.ID, Tahun: tahun, Kode: l.Kode, KodeTeks: kodeTeks, KodeInduk: l.Induk,
		Uraian: l.Uraian, Tingkat: l.Tingkat, Pagu: i64(l.Pagu), Realisasi: i64(l.Real), Sisa: i64(l.sisa()),
		SerapanLapor: f64(round2(l.serapan())), SerapanHitung: l.serapanHitung(),
		Sumber: sumber, Baris: sp, Tidak: []string{"pagu_awal", "revisi_dipa"},
	}
}
