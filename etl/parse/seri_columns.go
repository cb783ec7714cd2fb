package parse

import (
	"slices"
	"strconv"
	"strings"

	"github.com/kpu-ntt/lkj/etl/extract"
	"github.com/kpu-ntt/lkj/etl/indicator"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// A realisation series with the years as rows and one column per
// indicator, introduced by a line naming the subject:
//
//	Perkembangan realisasi partisipasi pemilih pada dua penyelenggaraan terakhir:
//	Tahun   Penyelenggaraan   Partisipasi (%)   Partisipasi Perempuan (%)   Rata-rata NTT (%)
//	2019    Pemilu Serentak   84,17             86,33                       82,95
//
// A column header names its indicator only in part ("Partisipasi",
// "Partisipasi Perempuan"); the caption or intro line gives the subject
// ("partisipasi pemilih"). A column is read when the subject (the caption's
// words from the header's first word on, as long as they stay inside one
// catalogue indicator's name) joined with the header's words lies inside the
// names of catalogue indicators and exactly one of them adds the fewest
// other words; every word of the header must belong to that name, so a
// comparison column ("Rata-rata NTT", "Target Nasional") names none, and the
// header must state a percent for a percent indicator. The table is a
// realisation series only when its caption or intro says "realisasi" and
// nothing there or in the header says "target". Each column becomes a row
// of the catalogue's name in the kinds-as-rows form seriTable reads.

// seriByIndicatorColumns reads such a table; false when t is not one.
func (p *parser) seriByIndicatorColumns(t *tableInfo) bool {
	b := t.b
	if len(b.Header) == 0 || len(b.Rows) < 2 {
		return false
	}
	h := b.Header[len(b.Header)-1].Cells
	pct := false
	for _, c := range h {
		pct = pct || strings.IndexByte(c, '%') >= 0
	}
	if !pct || !strings.Contains(t.hdr, "tahun") { // cheap gate: a year column and a percent header
		return false
	}
	caption := b.Caption
	if caption == "" {
		caption = p.introLine()
	}
	ctx := normalize.SpacedKey(caption)
	if !strings.Contains(ctx, " realisasi ") || strings.Contains(ctx, " target ") || strings.Contains(t.hdr, "target") {
		return false
	}
	yc := -1
	for j, c := range h {
		if k := normalize.Key(c); k == "tahun" || k == "ta" || k == "periode" {
			if yc >= 0 {
				return false
			}
			yc = j
		}
	}
	if yc < 0 {
		return false
	}
	var years []string
	for _, r := range b.Rows {
		if yc >= len(r.Cells) {
			return false
		}
		y, _ := yearCell(r.Cells[yc])
		if y == 0 || strings.TrimSpace(r.Cells[yc]) != strconv.Itoa(y) || slices.Contains(years, r.Cells[yc]) {
			return false
		}
		years = append(years, strings.TrimSpace(r.Cells[yc]))
	}
	capWords := strings.Fields(normalize.Key(caption))
	type col struct {
		j    int
		id   string
		name string
	}
	var cols []col
	for j, c := range h {
		if j == yc || strings.IndexByte(c, '%') < 0 {
			continue
		}
		id := columnIndicator(headerWords(c), capWords)
		if id == "" {
			continue
		}
		e, ok := indicator.Lookup(id)
		if !ok || e.Satuan != "persen" || slices.ContainsFunc(cols, func(x col) bool { return x.id == id }) {
			return false // two columns of one indicator: which is the series is unproven
		}
		cols = append(cols, col{j, id, e.Teks})
	}
	if len(cols) == 0 {
		return false
	}
	head := append([]string{"Indikator", "Uraian"}, years...)
	nb := *b
	nb.Header = []extract.Row{{Start: b.Header[0].Start, End: b.Header[len(b.Header)-1].End, Cells: head}}
	nb.Rows = nil
	for _, c := range cols {
		r := extract.Row{Start: b.Rows[0].Start, End: b.Rows[len(b.Rows)-1].End, Cells: []string{c.name, "Realisasi"}}
		for _, br := range b.Rows {
			v := ""
			if c.j < len(br.Cells) {
				v = br.Cells[c.j]
			}
			r.Cells = append(r.Cells, v)
		}
		nb.Rows = append(nb.Rows, r)
	}
	nb.Width = len(head)
	nt := *t
	nt.money = 0
	nt.b, nt.fam, nt.hdr = &nb, famSeri, headerText(&nb)
	nt.roles = capaianRoles(&nb)
	nt.years = make([]int, nb.Width)
	nt.jenis = make([]string, nb.Width)
	for j, c := range head {
		if y, err := strconv.Atoi(c); err == nil && j >= 2 {
			nt.years[j], nt.jenis[j] = y, "realisasi"
		}
	}
	p.seriTable(&nt)
	return true
}

// headerWords are the words of a header cell but its unit.
func headerWords(c string) []string {
	var out []string
	for _, w := range strings.Fields(normalize.Key(c)) {
		if w != "persen" && w != "pct" {
			out = append(out, w)
		}
	}
	return out
}

// columnIndicator is the id of the one catalogue indicator a column header
// (its words hw) names within the subject the caption words give, "" when
// none or two.
func columnIndicator(hw, capWords []string) string {
	if len(hw) == 0 {
		return ""
	}
	type entry struct {
		id    string
		words []string
	}
	var es []entry
	for _, e := range indicator.Entries() {
		es = append(es, entry{e.ID, strings.Fields(normalize.Key(e.Teks))})
	}
	inside := func(ws []string) []entry { // the entries whose name holds every word of ws
		var out []entry
		for _, e := range es {
			all := true
			for _, w := range ws {
				if !slices.Contains(e.words, w) {
					all = false
					break
				}
			}
			if all {
				out = append(out, e)
			}
		}
		return out
	}
	// the subject: the caption's words from the header's first word on
	subject := []string{}
	if i := slices.Index(capWords, hw[0]); i >= 0 {
		for _, w := range capWords[i:] {
			if linkWord[w] || len(inside(append(slices.Clone(subject), w))) == 0 {
				break
			}
			subject = append(subject, w)
		}
	}
	want := slices.Clone(subject)
	for _, w := range hw {
		if !slices.Contains(want, w) {
			want = append(want, w)
		}
	}
	if len(subject) < 2 && len(hw) < 2 {
		return "" // one word names no indicator
	}
	best, n, tie := "", 0, false
	for _, e := range inside(want) {
		extra := len(e.words) - len(want)
		switch {
		case best == "" || extra < n:
			best, n, tie = e.id, extra, false
		case extra == n:
			tie = true
		}
	}
	if tie {
		return ""
	}
	return best
}

// linkWord: words that join an indicator's name to what follows in a
// sentence, never part of the subject read from a caption.
var linkWord = map[string]bool{"pada": true, "dalam": true, "di": true, "dan": true, "yang": true, "untuk": true, "tahun": true, "dari": true}
