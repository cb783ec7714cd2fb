package parse

import (
	"math"
	"strconv"
	"strings"

	"github.com/kpu-ntt/lkj/etl/extract"
	"github.com/kpu-ntt/lkj/etl/facts"
)

// A SAKIP component table with no Bobot column whose weights are stated in
// a note right above or under it: "Bobot komponen menurut PermenPANRB 88
// Tahun 2021: Perencanaan Kinerja 30,00; Pengukuran Kinerja 30,00; …;
// jumlah bobot 100,00." The note's weights are the components' bobot only
// when the note names every component of the table and no other one (a
// note of the old framework's five components under a table of the new
// four is no weight of theirs), the weights sum to 100 or to the total the
// note states, and no component scored above its weight. A Bobot column,
// when the table has one, always wins; a note that disagrees with it
// makes that component's bobot NULL, since one of the two is wrong.

// noteWeightWords: the words that may stand between a component's name and
// its weight in a note ("Evaluasi Akuntabilitas Kinerja Internal
// (bobot) = 25"); any other word ("nilai", "tahun", "nomor") means the
// number is no weight of that name.
var noteWeightWords = map[string]bool{
	"kinerja": true, "akuntabilitas": true, "internal": true, "instansi": true, "pemerintah": true,
	"akip": true, "bobot": true, "bobotnya": true, "sebesar": true, "adalah": true, "yaitu": true,
	"ialah": true, "dengan": true, "komponen": true, "performance": true, "planning": true,
	"measurement": true, "reporting": true, "evaluation": true, "accountability": true,
	"weight": true, "weighted": true, "of": true, "is": true, "dan": true, "and": true,
}

// noteTotalWords: the words between "jumlah" and the note's stated total.
var noteTotalWords = map[string]bool{
	"bobot": true, "seluruhnya": true, "keseluruhan": true, "komponen": true, "weight": true,
	"weights": true, "adalah": true, "sebesar": true, "yaitu": true, "of": true, "is": true,
}

// noteKomponenWords: the words of a component's name that start it in a
// note, per component id (the names komponenOf knows).
var noteKomponenWords = []struct{ word, id string }{
	{"perencanaan", "perencanaan"}, {"performance planning", "perencanaan"},
	{"pengukuran", "pengukuran"}, {"performance measurement", "pengukuran"},
	{"pelaporan", "pelaporan"}, {"performance reporting", "pelaporan"},
	{"evaluasi", "evaluasi_internal"}, {"internal evaluation", "evaluasi_internal"},
	{"capaian", "capaian"}, {"performance achievement", "capaian"},
}

// hasWeightWord is the cheap gate: a text that says "bobot" or "weight".
func hasWeightWord(s string) bool {
	return strings.Contains(s, "obot") || strings.Contains(s, "OBOT") || strings.Contains(s, "eight") ||
		strings.Contains(s, "EIGHT")
}

// komponenWeightNote is the note beside table b that states weights: the
// caption paragraphs from the first that names a weight, else the
// paragraphs right under the table from one that does. "" when none.
func (p *parser) komponenWeightNote(b *extract.Block) string {
	if len(b.CaptionParts) > 0 && b.Start-b.CaptionEnd <= 3 {
		var parts []string
		for _, c := range b.CaptionParts {
			if len(parts) == 0 && !hasWeightWord(c) {
				continue
			}
			if l := strings.TrimSpace(c); len(l) >= 5 && (strings.EqualFold(l[:5], "tabel") || strings.EqualFold(l[:5], "table")) {
				continue // the table's title, no part of the note
			}
			parts = append(parts, c)
		}
		if len(parts) > 0 {
			return strings.Join(parts, " ")
		}
	}
	// under the table: only when b is the block being read (a table rebuilt
	// from another has no place among the blocks)
	if p.cur < 0 || p.cur+1 >= len(p.blocks) || &p.blocks[p.cur] != b {
		return ""
	}
	var parts []string
	end := b.End
	for i := p.cur + 1; i < len(p.blocks) && len(parts) < 8; i++ {
		nb := &p.blocks[i]
		if nb.Kind != extract.Paragraph || nb.IsCaption || nb.Start-end > 2 {
			break // a note of the next table, or one far from this
		}
		if len(parts) == 0 && !hasWeightWord(nb.Text) {
			break
		}
		parts = append(parts, nb.Text)
		end = nb.End
	}
	return strings.Join(parts, " ")
}

// noteWeights reads a note's weights per component id and the total it
// states (nil when none). ok is false when the note names a component twice
// with two weights.
func noteWeights(note string) (w map[string]float64, total *float64, ok bool) {
	l := strings.ToLower(note)
	type hit struct {
		at, end int
		id      string
	}
	var hits []hit
	for _, kw := range noteKomponenWords {
		for from := 0; ; {
			i := strings.Index(l[from:], kw.word)
			if i < 0 {
				break
			}
			i += from
			from = i + len(kw.word)
			if i > 0 && isLetterByte(l[i-1]) {
				continue // inside another word
			}
			hits = append(hits, hit{i, from, kw.id})
		}
	}
	// in text order; a later name ends the one before it
	for i := 1; i < len(hits); i++ {
		for j := i; j > 0 && hits[j].at < hits[j-1].at; j-- {
			hits[j], hits[j-1] = hits[j-1], hits[j]
		}
	}
	w = map[string]float64{}
	for i, h := range hits {
		seg := l[h.end:]
		if i+1 < len(hits) {
			seg = l[h.end:hits[i+1].at]
		}
		v, okv := weightAfter(seg, noteWeightWords)
		if !okv {
			continue
		}
		if old, dup := w[h.id]; dup && math.Abs(old-v) > 1e-9 {
			return nil, nil, false
		}
		w[h.id] = v
	}
	for _, lead := range []string{"jumlah", "total"} {
		if i := strings.LastIndex(l, lead); i >= 0 {
			if v, okv := weightAfter(l[i+len(lead):], noteTotalWords); okv {
				total = &v
				break
			}
		}
	}
	return w, total, true
}

// weightAfter is the number that follows seg's leading words when each of
// them is one of words, the number standing alone (no "21,25/30", no
// "30 dari 100") and at most 100.
func weightAfter(seg string, words map[string]bool) (float64, bool) {
	i := 0
	for i < len(seg) && !isDigitByte(seg[i]) {
		if seg[i] == ';' || seg[i] == '.' && i+1 < len(seg) && seg[i+1] == ' ' {
			return 0, false // the entry ended with no number
		}
		i++
	}
	if i == len(seg) || i > 80 {
		return 0, false
	}
	if !onlyWords(seg[:i], words) {
		return 0, false
	}
	j := i
	for j < len(seg) && isDigitByte(seg[j]) {
		j++
	}
	if j+1 < len(seg) && (seg[j] == ',' || seg[j] == '.') && isDigitByte(seg[j+1]) {
		k := j + 1
		for k < len(seg) && isDigitByte(seg[k]) {
			k++
		}
		if k-j-1 > 2 {
			return 0, false // "1.000": no weight
		}
		j = k
	}
	v, err := strconv.ParseFloat(strings.Replace(seg[i:j], ",", ".", 1), 64)
	if err != nil || v <= 0 || v > 100 {
		return 0, false
	}
	rest := strings.TrimLeft(seg[j:], " ")
	if strings.HasPrefix(rest, "/") || strings.HasPrefix(rest, "dari") || strings.HasPrefix(rest, "of ") {
		return 0, false // a score out of its weight, not a weight
	}
	return v, true
}

// komponenNoteWeights sets the components' bobot from the weight note
// beside table t (see the head of this file), or reports why not.
func (p *parser) komponenNoteWeights(t *tableInfo, comps []facts.SakipKomponen) {
	if len(comps) < 2 {
		return
	}
	b := t.b
	note := p.komponenWeightNote(b)
	if note == "" {
		return
	}
	w, total, ok := noteWeights(note)
	if len(w) == 0 {
		return // a note about other weights (RB areas, IKPA): none of the table's
	}
	if !ok {
		p.find("sakip.bobot_catatan", facts.Warning, b.Start, b.End, t.label,
			"%s: catatan bobot menyebut satu komponen dengan dua bobot; bobot dimuat NULL", t.label)
		return
	}
	// the table's own weights win; a note of the same components that
	// disagrees voids that one (a note of another framework's components,
	// the old five, is no statement about this table's weights)
	fromTable, same := false, len(w) == len(comps)
	for _, c := range comps {
		if _, named := w[c.Komponen]; !named {
			same = false
		}
	}
	for i := range comps {
		c := &comps[i]
		if c.Bobot == nil {
			continue
		}
		fromTable = true
		if v := w[c.Komponen]; same && math.Abs(v-*c.Bobot) > 0.005 {
			p.find("sakip.bobot_catatan", facts.Warning, c.Start, c.End, t.label,
				"%s: bobot %s di tabel %s, di catatan %s; bobot dimuat NULL", t.label, c.Komponen, fmtNum(c.Bobot), fmtNum(&v))
			c.Bobot = nil
		}
	}
	if fromTable {
		return
	}
	refuse := func(why string) {
		p.find("sakip.bobot_catatan", facts.Warning, b.Start, b.End, t.label,
			"%s: catatan bobot %s; bobot dimuat NULL", t.label, why)
	}
	seen := map[string]bool{}
	for _, c := range comps {
		if _, named := w[c.Komponen]; !named {
			refuse("tidak menyebut komponen " + c.Komponen)
			return
		}
		seen[c.Komponen] = true
	}
	if len(seen) != len(w) || len(seen) != len(comps) {
		refuse("menyebut komponen lain dari komponen tabel")
		return
	}
	weightOf := func(i int) float64 { return w[comps[i].Komponen] }
	if why := weightsHold(comps, weightOf, total); why != "" {
		refuse(why)
		return
	}
	for i := range comps {
		v := weightOf(i)
		comps[i].Bobot = &v
	}
}

// weightsHold: the components' weights (weightOf(i) for comps[i], one per
// component) sum to 100, or to the table's stated total, and none is below
// its component's score; else the reason they are no weights, for the
// finding. The note's, the name cells' and any other source of weights
// outside a Bobot column are held to it alike.
func weightsHold(comps []facts.SakipKomponen, weightOf func(int) float64, total *float64) string {
	sum, want := 0.0, 100.0
	for i := range comps {
		sum += weightOf(i)
	}
	if total != nil {
		want = *total
	}
	if math.Abs(sum-want) > 0.01 {
		return "berjumlah " + fmtNum(&sum) + ", bukan " + fmtNum(&want)
	}
	for i, c := range comps {
		if c.Nilai != nil && *c.Nilai > weightOf(i)+1e-9 {
			return "lebih kecil dari nilai komponen " + c.Komponen
		}
	}
	return ""
}

// onlyWords: every word of gap, split at spaces and ": = ( - ,", is one of
// words (a scan with no allocation: the note is read on every component
// table with a weight word beside it).
func onlyWords(gap string, words map[string]bool) bool {
	start := -1
	for k := 0; k <= len(gap); k++ {
		sep := k == len(gap)
		if !sep {
			switch gap[k] {
			case ' ', '\t', ':', '=', '(', '-', ',':
				sep = true
			}
		}
		switch {
		case sep && start >= 0:
			if !words[gap[start:k]] {
				return false
			}
			start = -1
		case !sep && start < 0:
			start = k
		}
	}
	return true
}
