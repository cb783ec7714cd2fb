package parse

import (
	"strings"

	"github.com/kpu-ntt/lkj/etl/extract"
	"github.com/kpu-ntt/lkj/etl/facts"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// Group rows inside a capaian table. A table may open a group of rows with
// a line that is no indicator: a lettered or Roman heading ("B. Sasaran:
// Meningkatnya ..."), or a line naming the level of the rows below it
// ("Indikator Kinerja Kegiatan", "Sasaran Strategis 2: ..."). Such a line
// carries no values, so the extractor may take it for the wrapped end of
// the indicator above it. Two things follow from the heading's meaning:
// the line is not part of the indicator above, and a heading that names a
// level sets the tingkat of the rows after it.

// tingkatWords: the level a heading names by its first words.
var tingkatWords = []struct{ words, tingkat string }{
	{"indikator kinerja kegiatan", facts.SasaranKegiatan},
	{"sasaran kegiatan", facts.SasaranKegiatan},
	{"ikk", facts.SasaranKegiatan},
	{"indikator kinerja utama", facts.SasaranStrategis},
	{"sasaran strategis", facts.SasaranStrategis},
	{"iku", facts.SasaranStrategis},
}

// headingTingkat is the tingkat a group heading names ("Indikator Kinerja
// Kegiatan", "Sasaran Kegiatan 1: ...", "IKU"), or "". The words must open
// the line and stand alone or before a number, a colon or a dash: a
// sentence that goes on after them ("Sasaran strategis yang tercapai") is
// no heading.
func headingTingkat(s string) string {
	s = afterLabel(strings.TrimSpace(s))
	if s == "" || len(s) > 300 || s[0] != 'I' && s[0] != 'S' {
		return "" // every level word opens with a capital I or S
	}
	for _, tw := range tingkatWords {
		rest, ok := wordsPrefix(s, tw.words)
		if !ok {
			continue
		}
		rest = strings.TrimLeft(rest, " \t")
		switch {
		case rest == "", rest[0] >= '0' && rest[0] <= '9', rest[0] == ':', rest[0] == '-', rest[0] == '(', strings.HasPrefix(rest, "–"):
			return tw.tingkat
		}
	}
	return ""
}

// afterLabel is s without the group label it opens with ("B. ", "II) ",
// "2. ", or a bare "B " or "IV " that a number column held), else s.
func afterLabel(s string) string {
	i := 0
	for i < len(s) && i < 4 && (s[i] >= '0' && s[i] <= '9' || strings.IndexByte("IVX", s[i]) >= 0) {
		i++
	}
	if i == 0 && len(s) > 1 && s[0] >= 'A' && s[0] <= 'Z' {
		i = 1
	}
	if i == 0 || i >= len(s) {
		return s
	}
	if s[i] == '.' || s[i] == ')' {
		i++
	}
	if i >= len(s) || s[i] != ' ' {
		return s
	}
	return strings.TrimSpace(s[i:])
}

// wordsPrefix: s opens with the lower-case words of key, in any case and
// with any run of spaces between them, and the last word ends there (no
// letter follows). rest is what follows the words. It allocates nothing:
// most lines asked are no heading.
func wordsPrefix(s, key string) (rest string, ok bool) {
	i := 0
	for k := 0; k < len(key); k++ {
		if key[k] == ' ' {
			if i >= len(s) || s[i] != ' ' && s[i] != '\t' {
				return "", false
			}
			for i < len(s) && (s[i] == ' ' || s[i] == '\t') {
				i++
			}
			continue
		}
		if i >= len(s) || s[i]|0x20 != key[k] {
			return "", false
		}
		i++
	}
	if i < len(s) && (s[i]|0x20 >= 'a' && s[i]|0x20 <= 'z') {
		return "", false
	}
	return s[i:], true
}

// labelledHeading: a line opened by a capital letter or a Roman number and
// a dot or parenthesis, then a capitalised word ("B. Sasaran: ...", "II.
// Meningkatnya ..."): a group's label, never the wrapped end of an
// indicator statement.
func labelledHeading(s string) bool {
	i := 0
	for i < len(s) && i < 4 && strings.IndexByte("IVX", s[i]) >= 0 {
		i++
	}
	if i == 0 && len(s) > 0 && s[0] >= 'A' && s[0] <= 'Z' {
		i = 1
	}
	if i == 0 || i+2 >= len(s) || s[i] != '.' && s[i] != ')' || s[i+1] != ' ' {
		return false
	}
	return upperStart(strings.TrimSpace(s[i+1:]))
}

// groupHeading: a line that opens a group of rows.
func groupHeading(s string) bool {
	s = strings.TrimSpace(s)
	return labelledHeading(s) || headingTingkat(s) != ""
}

// headingInside: some word of cell after its first opens a group heading
// (the cheap test before the cell's lines are looked at).
func headingInside(cell string) bool {
	for i := 1; i < len(cell); i++ {
		if cell[i-1] == ' ' && (cell[i] >= 'A' && cell[i] <= 'Z' && groupHeading(cell[i:min(len(cell), i+60)]) || unitHeading(cell[i:])) {
			return true
		}
	}
	return false
}

// splitGroupTail parts the indicator cell of row r whose later lines are a
// group heading the extractor merged into it: the indicator is the lines
// before the heading, the heading the lines from it on. ok is false when
// the cell holds no such heading, or when the lines before it are no
// finished statement (they end on a word that cannot end one).
func splitGroupTail(r *extract.Row, cell string) (ind, heading string, ok bool) {
	if cell == "" {
		return "", "", false
	}
	j := -1
	for i, c := range r.Cells {
		if c == cell {
			j = i
			break
		}
	}
	if j < 0 || r.FragmentCount(j) < 2 || !headingInside(cell) {
		return "", "", false
	}
	frags := r.Fragments(j)
	for k := 1; k < len(frags); k++ {
		if !groupHeading(frags[k]) && !unitHeading(frags[k]) {
			continue
		}
		ind = strings.Join(frags[:k], " ")
		if dangling(ind) {
			return "", "", false
		}
		return ind, strings.Join(frags[k:], " "), true
	}
	return "", "", false
}

// sameLevel gives one indicator one tingkat within a report. A report may
// state an indicator's level in one table (a group heading, a header) and
// list it without one in another (a flat Perjanjian Kinerja table whose
// rows default to sasaran_strategis): the stated level is the indicator's,
// so the PK target and the realisation meet under one natural key. Rows
// from index from on are the table just read; earlier rows are the tables
// before it. Two stated levels that differ are left as they are.
func (p *parser) sameLevel(from int) {
	cs := p.doc.Capaian
	// a pair is one stated and one defaulted row: the earlier rows split
	// by that flag once (it does not change here), not every pair of rows
	// tested (quadratic in the rows of a long report)
	earlier := [2][]int{p.levelRows[0][:0], p.levelRows[1][:0]}
	for j := 0; j < from; j++ {
		k := 0
		if p.capMeta[j].stated {
			k = 1
		}
		earlier[k] = append(earlier[k], j)
	}
	p.levelRows = earlier
	for i := from; i < len(cs); i++ {
		other := earlier[1]
		if p.capMeta[i].stated {
			other = earlier[0]
		}
		for _, j := range other {
			a, b := &cs[i], &cs[j]
			if a.Tahun != b.Tahun || a.Tingkat == b.Tingkat || a.SatkerID != b.SatkerID || !sameIndicator(a, b) {
				continue
			}
			switch {
			case p.capMeta[i].stated && !measuredRow(b):
				p.retag(j, a.Tingkat)
			case !p.capMeta[i].stated && !measuredRow(a) && p.statedLevel(j, from):
				a.Tingkat = b.Tingkat
			}
		}
	}
}

// measuredRow: a row with its own target and realisation, a measurement
// of its table's level (the top-level "Pengukuran Kinerja" table repeating
// a kegiatan indicator), not a PK target waiting for its realisation.
func measuredRow(c *facts.Capaian) bool {
	return c.TargetTeks != "" && c.RealisasiTeks != ""
}

// sameIndicator: two rows name one indicator (its catalogue id, else its
// folded text).
func sameIndicator(a, b *facts.Capaian) bool {
	if a.IndikatorID != "" || b.IndikatorID != "" {
		return a.IndikatorID == b.IndikatorID
	}
	return normalize.Key(a.Indikator) == normalize.Key(b.Indikator)
}

// retag sets the tingkat of the defaulted row j, unless another stated
// row of the same indicator says otherwise.
func (p *parser) retag(j int, tingkat string) {
	cs := p.doc.Capaian
	for k := range cs {
		if p.capMeta[k].stated && cs[k].Tingkat != tingkat && cs[k].Tahun == cs[j].Tahun && sameIndicator(&cs[k], &cs[j]) {
			return
		}
	}
	cs[j].Tingkat = tingkat
}

// statedLevel: the stated rows of row j's indicator before index from
// agree with row j's tingkat.
func (p *parser) statedLevel(j, from int) bool {
	cs := p.doc.Capaian
	for k := 0; k < from; k++ {
		if p.capMeta[k].stated && cs[k].Tingkat != cs[j].Tingkat && cs[k].Tahun == cs[j].Tahun && sameIndicator(&cs[k], &cs[j]) {
			return false
		}
	}
	return true
}
