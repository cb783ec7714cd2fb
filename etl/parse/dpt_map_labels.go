package parse

import (
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kpu-ntt/lkj/etl/extract"
	"github.com/kpu-ntt/lkj/etl/facts"
)

// DPT as a thematic map's labels typed again: a map of the voters'
// distribution (peta sebaran pemilih) whose legend and labels an office
// typed under the figure, the labels grouped by the legend's classes (not
// in the kecamatan's order), each area's name on a line and its figures
// on the next as labelled parts, and an information box with the
// kabupaten's figures:
//
//	LEGENDA
//	   ███   lebih dari 20.000 pemilih
//	   ▓▓▓   12.000 s.d. 20.000 pemilih
//	Label wilayah kelas ███ (lebih dari 20.000 pemilih):
//	   A
//	      Desa/Kel 15 · TPS 68 · L 11.437 · P 11.411 · Jumlah 22.848
//	   B
//	      Desa/Kel 12 · TPS 48 · L 10.551 · P 10.274 · Jumlah 20.825
//	KOTAK INFORMASI PETA
//	   KABUPATEN X
//	      Desa/Kel 186 · TPS 641 · L 89.652 · P 89.148 · Jumlah 178.800
//
// Unlike dpt_records.go's placemarks (one record a paragraph, fields after
// colons) a paragraph here holds many labels, and a label's parts are
// "word figure" without colons. What the reader trusts: a figures line is
// a label only when its parts name L, P and a total by their words
// (dpt_items.go's dptItemAt, "Lk"/"Pr" read as L/P) and L + P = total; a
// label whose sum differs is dropped with a finding. Its area is the name
// line right above it (letters only, a few words) or the name before the
// first part on the same line; a name holding a map frame's word (peta,
// legenda, informasi, …) is a heading, no area. When the class a label
// sits under states its range (in its heading, or by the legend's symbol
// the heading names), the label's total must lie in it, else the pairing
// is unproven and the label dropped with a finding. A label naming no area
// or naming the whole (the information box) is the kabupaten's row only
// when its L, P and total are the sums of the area labels. The legend's
// ranges, the scale, the projection and the line symbols are no facts.
// The rows go the labelled rows' way (inlineTable), the election and year
// from the caption or the map's title above.

// mapFrameWords are words of the map's own frame, never an area's name.
var mapFrameWords = [...]string{"peta", "legenda", "informasi", "keterangan", "kotak", "sumber", "skala", "label", "kelas", "wilayah"}

// mapPartMarks part a label's figures; the first that parts the line in
// three or more is taken.
var mapPartMarks = [...]string{" · ", "·", " | ", "|", "; ", " • ", ", "}

var (
	mapNum       = `(\d{1,3}(?:[.,]\d{3})+|\d+)`
	reMapBetween = regexp.MustCompile(`(?i)` + mapNum + `\s*(?:s\.?\s?d\.?|sampai(?:\s+dengan)?|hingga|[-–—])\s*` + mapNum)
	reMapAbove   = regexp.MustCompile(`(?i)(?:lebih\s+dari|di\s+atas|>=?|≥|minimal|paling\s+sedikit)\s*` + mapNum)
	reMapBelow   = regexp.MustCompile(`(?i)(?:kurang\s+dari|di\s+bawah|<=?|≤|maksimal|paling\s+banyak)\s*` + mapNum)
)

// mapClass is a legend class's range of voters (both ends inclusive: the
// check proves a pairing, it does not judge the cartographer's limits).
type mapClass struct {
	lo, hi int64
	set    bool
}

func (c mapClass) holds(n int64) bool { return !c.set || n >= c.lo && n <= c.hi }

// mapLabel is one label read: its item, the area flag and its class.
type mapLabel struct {
	rec   dptRecord
	ok    bool // L + P = total
	cls   mapClass
	start int
}

// dptMapLabelRun reads the run of map-label paragraphs opening at
// blocks[i]; it returns the last block read, or i-1 when blocks[i] opens
// no run.
func (p *parser) dptMapLabelRun(i int) int {
	b := &p.blocks[i]
	// gate: a paragraph of several lines naming a sex's count ("L 11.437",
	// "Lk 11.437", "laki-laki"); the cheap shapes first, this runs for
	// every paragraph
	if b.Start <= p.readTo || b.End == b.Start || len(b.Text) < 40 || !mapSexWord(b.Text) {
		return i - 1
	}
	legend := p.mapLegend(i)
	var cls mapClass
	if i > 0 {
		if ls, c, heading := p.mapLabelsOf(i-1, mapClass{}, legend); heading && len(ls) == 0 {
			cls = c // the first class's heading, a paragraph of its own
		}
	}
	labels, carry, _ := p.mapLabelsOf(i, cls, legend)
	if len(labels) == 0 {
		return i - 1
	}
	last := i
	for j := i + 1; j < len(p.blocks); j++ {
		ls, c, heading := p.mapLabelsOf(j, carry, legend)
		if len(ls) == 0 {
			// one short paragraph between two label paragraphs (a
			// class's heading of its own); anything else ends the run
			nb := &p.blocks[j]
			if !heading || len(nb.Text) > 120 || j+1 >= len(p.blocks) {
				break
			}
			if next, _, _ := p.mapLabelsOf(j+1, c, legend); len(next) == 0 {
				break
			}
			carry = c
			continue
		}
		labels = append(labels, ls...)
		carry, last = c, j
	}
	if len(labels) < dptItemMin+1 {
		return i - 1
	}
	var items, whole []dptItem
	var bad []mapLabel
	var outOf []mapLabel
	for _, l := range labels {
		switch {
		case !l.ok:
			bad = append(bad, l)
		case !l.cls.holds(l.rec.it.sum):
			outOf = append(outOf, l)
		case l.rec.area && !l.rec.it.total:
			items = append(items, l.rec.it)
		default:
			whole = append(whole, l.rec.it)
		}
	}
	if len(items) < dptItemMin || len(whole) > 1 || !dptItemsOneRoll(items) {
		return i - 1 // several wholes: a province's roll, not read here
	}
	for _, l := range bad {
		p.find("dpt.lp_tidak_sama_total", facts.Warning, l.start, l.start, l.rec.it.label,
			"label peta DPT baris %d: L + P tidak sama dengan jumlahnya; label tidak dimuat", l.start)
	}
	for _, l := range outOf {
		p.find("dpt.kelas_peta_tidak_sesuai", facts.Warning, l.start, l.start, l.rec.it.label,
			"label peta DPT baris %d: jumlah %d di luar kelas legendanya; pasangan nama dan angka tidak terbukti, label tidak dimuat",
			l.start, l.rec.it.sum)
	}
	items = p.dptAddWhole(items, whole, "label peta DPT baris %d (kotak informasi) bukan jumlah label wilayah; tidak dimuat")
	p.inlineTable(dptItemRows(items), p.dptItemCaption(""))
	p.readTo = p.blocks[last].End
	return last
}

// mapLabelsOf reads the labels of paragraph blocks[j], the class cls
// carried in from a heading paragraph above. It returns the labels (those
// whose sum differs too, ok false), the class a next paragraph carries,
// and whether the paragraph is a lone class heading.
func (p *parser) mapLabelsOf(j int, cls mapClass, legend []mapSymbol) (out []mapLabel, carry mapClass, heading bool) {
	b := &p.blocks[j]
	if b.Kind != extract.Paragraph || len(b.Text) > 4000 {
		return nil, mapClass{}, false
	}
	lines := p.lines(b.Start, b.End)
	if len(lines) == 1 {
		t := strings.TrimSpace(lines[0])
		if c, ok := mapClassOf(t, legend); ok && strings.HasSuffix(t, ":") {
			return nil, c, true // "Kelas ▓▓▓ (12.000 s.d. 20.000):" alone
		}
	}
	pending, pendLine := "", 0
	for k, raw := range lines {
		t := strings.TrimSpace(raw)
		if t == "" {
			continue
		}
		if treeLine(t) {
			// a tree's branch ("└── A — …"): its levels nest, no one roll
			// of labels (tree_view.go's own)
			return nil, mapClass{}, false
		}
		if name, rest, ok := mapFigures(t); ok {
			label, area := name, name != ""
			if !area && pending != "" {
				label, area = pending, true
			}
			if !area {
				label = "Jumlah" // no area named: the whole, if the sums prove it
			}
			it, good, named := dptItemAt(label, rest)
			if good || named {
				it.line = b.Start + k
				if pendLine > 0 && name == "" && pending != "" {
					it.line = pendLine // the row where its name stands
				}
				area = area && !it.total
				out = append(out, mapLabel{rec: dptRecord{it: it, area: area}, ok: good, cls: cls, start: b.Start + k})
				pending, pendLine = "", 0
				continue
			}
		}
		if mapNameLine(t) {
			pending, pendLine = t, b.Start+k
			continue
		}
		// any other line: a class's heading (its range, or none)
		pending, pendLine = "", 0
		cls, _ = mapClassOf(t, legend)
	}
	return out, mapClass{}, false
}

// mapFigures parts line t into its name (before the first part, "" when
// none) and its figures as ", "-parted cells; ok when it parts in three
// or more.
func mapFigures(t string) (name, rest string, ok bool) {
	if !mapSexWord(t) {
		return "", "", false
	}
	var parts []string
	for _, m := range mapPartMarks {
		if strings.Count(t, m) >= 2 {
			parts = strings.Split(t, m)
			break
		}
	}
	if len(parts) < 3 {
		return "", "", false
	}
	for k := range parts {
		parts[k] = strings.TrimSpace(parts[k])
	}
	first := parts[0]
	if !strings.ContainsAny(first, "0123456789") {
		// "A · Desa/Kel 15 · …": the name before the parts
		name, parts = strings.TrimSuffix(first, ":"), parts[1:]
	} else if strings.Contains(first, ": ") || strings.Contains(first, " — ") || strings.Contains(first, " – ") {
		// "A: Desa/Kel 15; …": one labelled item a line, the labelled
		// rows' own (kv_inline.go, dpt_items.go)
		return "", "", false
	}
	for k, s := range parts {
		parts[k] = mapPartWord(s)
	}
	return strings.TrimSpace(stripPictographs(name)), strings.Join(parts, ", "), true
}

// mapPartWord writes a part's short words as the labelled rows know them
// ("Lk 11.437" → "L 11.437", "Pr" → "P", "Jml" → "Jumlah").
func mapPartWord(s string) string {
	w := s
	if k := strings.IndexAny(s, " :"); k > 0 {
		w = s[:k]
	}
	switch strings.ToLower(strings.TrimSuffix(w, ".")) {
	case "lk", "laki":
		return "L" + s[len(w):]
	case "pr", "pr/wanita", "wanita":
		return "P" + s[len(w):]
	case "jml":
		return "Jumlah" + s[len(w):]
	case "ds/kel", "desa/kel", "desa/kel.":
		return "Desa/Kel" + s[len(w):]
	}
	return s
}

// mapNameLine: t is an area's name alone (a few words of letters), not a
// heading of the map's frame.
func mapNameLine(t string) bool {
	t = strings.TrimSpace(stripPictographs(t))
	if t == "" || len(t) > 60 || strings.ContainsAny(t, "0123456789:()") || !hasLetter(t) || len(strings.Fields(t)) > 5 {
		return false
	}
	low := " " + strings.ToLower(t) + " "
	for _, w := range mapFrameWords {
		if strings.Contains(low, " "+w+" ") {
			return false
		}
	}
	return true
}

// mapSymbol is a legend line's symbol and the class it stands for.
type mapSymbol struct {
	sym string
	cls mapClass
}

// mapClassOf is the range a class heading states: in its own words, or
// by the legend's symbol it names (the longest one it holds: "░" is in
// "░░░").
func mapClassOf(t string, legend []mapSymbol) (mapClass, bool) {
	if c, ok := mapRange(t); ok {
		return c, true
	}
	best := -1
	for k, s := range legend {
		if strings.Contains(t, s.sym) && (best < 0 || len(s.sym) > len(legend[best].sym)) {
			best = k
		}
	}
	if best < 0 {
		return mapClass{}, false
	}
	return legend[best].cls, true
}

// mapRange reads a class's range: "12.000 s.d. 20.000", "lebih dari
// 20.000", "< 12.000".
func mapRange(t string) (mapClass, bool) {
	num := func(s string) int64 {
		n, _ := strconv.ParseInt(strings.NewReplacer(".", "", ",", "").Replace(s), 10, 64)
		return n
	}
	if m := reMapBetween.FindStringSubmatch(t); m != nil {
		lo, hi := num(m[1]), num(m[2])
		if lo <= hi && hi > 0 {
			return mapClass{lo: lo, hi: hi, set: true}, true
		}
	}
	if m := reMapAbove.FindStringSubmatch(t); m != nil {
		return mapClass{lo: num(m[1]), hi: 1 << 62, set: true}, true
	}
	if m := reMapBelow.FindStringSubmatch(t); m != nil {
		return mapClass{lo: 0, hi: num(m[1]), set: true}, true
	}
	return mapClass{}, false
}

// mapLegend reads the legend above blocks[i] (the few paragraphs before
// it): each line opening with a symbol (shading blocks, a square) and
// stating a range is that symbol's class.
func (p *parser) mapLegend(i int) []mapSymbol {
	var legend []mapSymbol
	for j := max(i-4, 0); j < i; j++ {
		b := &p.blocks[j]
		if b.Kind != extract.Paragraph || b.End-b.Start > 20 {
			continue
		}
		for _, l := range p.lines(b.Start, b.End) {
			l = strings.TrimSpace(l)
			k := 0
			for k < len(l) {
				r, n := utf8.DecodeRuneInString(l[k:])
				if r < utf8.RuneSelf || unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsSpace(r) {
					break
				}
				k += n
			}
			if k == 0 {
				continue
			}
			if c, ok := mapRange(l[k:]); ok {
				legend = append(legend, mapSymbol{sym: l[:k], cls: c})
			}
		}
	}
	return legend
}

// mapSexWord: t names a sex's count as a label does ("L 11.437", "Lk
// 11.437", "P: 11.411", "laki-laki"): the gate, a byte scan.
func mapSexWord(t string) bool {
	if dptItemWords(t) {
		return true
	}
	for i := 0; i+3 < len(t); i++ {
		if (t[i] == 'L' && t[i+1] == 'k' || t[i] == 'P' && t[i+1] == 'r') && (i == 0 || !isWordByte(t[i-1])) {
			j := i + 2
			if t[j] == '.' || t[j] == ':' {
				j++
			}
			if j+1 < len(t) && t[j] == ' ' && isDigitByte(t[j+1]) {
				return true
			}
		}
	}
	return false
}

// treeLine: t is a branch of a tree printed as text (box-drawing
// characters, or "+--", "|--", "`--").
func treeLine(t string) bool {
	if strings.HasPrefix(t, "+--") || strings.HasPrefix(t, "|--") || strings.HasPrefix(t, "`--") {
		return true
	}
	r, _ := utf8.DecodeRuneInString(t)
	return r >= 0x2500 && r <= 0x257F
}
