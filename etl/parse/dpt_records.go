package parse

import (
	"regexp"
	"strings"

	"github.com/kpu-ntt/lkj/etl/extract"
	"github.com/kpu-ntt/lkj/etl/facts"
)

// DPT records told one a paragraph, outside any table: the captions of a
// plenary's photo documentation, one photo an area's handover,
//
//	[foto: IMG_0001_ppk_a.jpg]
//	Gambar 3.5 Ketua PPK A menyerahkan hasil rekapitulasi kepada KPU Kabupaten X: 18
//	desa/kelurahan, 41 TPS, pemilih laki-laki 5.714, perempuan 6.036, jumlah 11.750. (Foto: …)
//
// the KPU's own plenary last with the kabupaten's figures; or a printed map's
// placemark list, one placemark an area (its name, its coordinates, its
// fields), the kabupaten's total a placemark of its own:
//
//	📍 A                          name: A
//	   -8.4312, 119.8120          description: Desa/Kel: 19 | TPS: 45 | …
//	   Desa/Kel: 19 | TPS: 45 | Laki-laki: 5.149 | Perempuan: 5.197 | Jumlah: 10.346
//
// What the reader trusts: the counts named by their label words and proven
// by L + P = total (dpt_items.go's dptItemAt: a record without the proof is
// no row, one whose sum differs is reported); the area named by the place
// word in a caption's sentence (PPK, Kecamatan, Kec., Distrik: the
// capitalised words after it) or by the placemark's own name line. A
// record naming no area (the KPU's plenary, a "Total Kabupaten" placemark)
// is the kabupaten's row only when its L, P and total are the sums of all
// the area records; otherwise it is left out and reported. Coordinates,
// file names, figure numbers and dates are no facts. A one-line record
// with a plain label ("Kecamatan A: …") is the labelled rows' own
// (kv_inline.go, dpt_items.go) and not taken here.

// reRecordCoord is a placemark's coordinates line ("-8.4312, 119.8120").
var reRecordCoord = regexp.MustCompile(`^\(?-?\d{1,3}[.,]\d+\s*[,;/]\s*-?\d{1,3}[.,]\d+\)?$`)

// reRecordFile is a photo's file line ("[foto: IMG_0001.jpg]").
var reRecordFile = regexp.MustCompile(`(?i)^\[[^\]]*\.(?:jpe?g|png|gif|heic|webp|tiff?)\]$`)

// dptRecord is one paragraph's record: its item, and whether it names an
// area (else it can only be the kabupaten's whole).
type dptRecord struct {
	it   dptItem
	area bool
}

// dptRecordRun reads the run of record paragraphs opening at blocks[i]; it
// returns the last block read, or i-1 when blocks[i] opens no run.
func (p *parser) dptRecordRun(i int) int {
	b := &p.blocks[i]
	// cheap shapes first: this runs for every paragraph
	if b.Start <= p.readTo || b.End == b.Start || len(b.Text) < 40 || len(b.Text) > 700 ||
		!strings.Contains(b.Text, ": ") || !dptItemWords(b.Text) {
		return i - 1
	}
	first, ok, named := p.dptRecordOf(i)
	if !ok && !named {
		return i - 1
	}
	var recs []dptRecord
	var wrong []int // the blocks whose record names L, P and a total that do not add up
	if ok {
		recs = append(recs, first)
	} else {
		wrong = append(wrong, i)
	}
	last := i
	for j := i + 1; j < len(p.blocks); j++ {
		r, ok, named := p.dptRecordOf(j)
		if !ok && !named {
			// one short paragraph between two records (a layer's heading,
			// a lone file line); anything else ends the run
			nb := &p.blocks[j]
			if nb.Kind != b.Kind || nb.End != nb.Start || len(nb.Text) > 80 || j+1 >= len(p.blocks) {
				break
			}
			if _, ok2, named2 := p.dptRecordOf(j + 1); !ok2 && !named2 {
				break
			}
			continue
		}
		if ok {
			recs = append(recs, r)
		} else {
			wrong = append(wrong, j)
		}
		last = j
	}
	if len(recs)+len(wrong) < dptItemMin+1 {
		return i - 1
	}
	for _, k := range wrong {
		bl := &p.blocks[k]
		p.find("dpt.lp_tidak_sama_total", facts.Warning, bl.Start, bl.End, strings.TrimSpace(bl.Text),
			"rekaman DPT baris %d: L + P tidak sama dengan jumlahnya; rekaman tidak dimuat", bl.Start)
	}
	items := make([]dptItem, 0, len(recs))
	var whole []dptItem
	for _, r := range recs {
		if r.area && !r.it.total {
			items = append(items, r.it)
		} else {
			whole = append(whole, r.it)
		}
	}
	if len(items) < dptItemMin || len(whole) > 1 || !dptItemsOneRoll(items) {
		return i - 1 // several wholes: a province's roll, not read here
	}
	items = p.dptAddWhole(items, whole, "rekaman DPT baris %d tanpa nama kecamatan bukan jumlah rekaman lainnya; tidak dimuat")
	rows := dptItemRows(items)
	p.inlineTable(rows, p.dptItemCaption(""))
	p.readTo = p.blocks[last].End
	return last
}

// dptRecordOf reads the record of paragraph blocks[j]: a placemark (its
// name line above its fields) or a caption (a sentence naming the area,
// the counts after its colon). ok and named as dptItemAt.
func (p *parser) dptRecordOf(j int) (r dptRecord, ok, named bool) {
	b := &p.blocks[j]
	if b.Kind != extract.Paragraph || len(b.Text) < 40 || len(b.Text) > 700 || !strings.Contains(b.Text, ": ") {
		return r, false, false
	}
	var ls []string
	for _, l := range p.lines(b.Start, b.End) {
		l = strings.TrimSpace(l)
		if l == "" {
			// a heading glued to the record over a blank line (a lower-case
			// "name:" reads as its sentence going on): the record is below
			ls = ls[:0]
			continue
		}
		if reRecordCoord.MatchString(l) || reRecordFile.MatchString(l) {
			continue // coordinates and file names are no facts
		}
		ls = append(ls, l)
	}
	if len(ls) < 2 {
		return r, false, false // one line: a plain labelled item, not this reader's
	}
	// the placemark: its name alone on the first line
	name := strings.TrimSpace(stripPictographs(ls[0]))
	if k := strings.Index(name, ":"); k > 0 && recordFieldWord(name[:k], "name", "nama", "judul", "title") {
		name = strings.TrimSpace(name[k+1:])
	}
	if name != "" && len(name) <= 60 && !strings.ContainsAny(name, "0123456789:") && hasLetter(name) && len(strings.Fields(name)) <= 5 {
		fields := strings.Join(ls[1:], " ")
		if k := strings.Index(fields, ":"); k > 0 && recordFieldWord(fields[:k], "description", "deskripsi", "keterangan", "desc") {
			fields = strings.TrimSpace(fields[k+1:])
		}
		wholeLabel := false
		if c := strings.Index(fields, ": "); c > 0 {
			// "Total Kabupaten X — Desa/Kel: 186 | …": the record's own title
			for _, d := range [...]string{" — ", " – ", " - "} {
				if k := strings.Index(fields[:c], d); k > 0 {
					wholeLabel = dptItemWhole(strings.TrimSpace(fields[:k]))
					fields = fields[k+len(d):]
					break
				}
			}
		}
		it, ok, named := dptItemAt(name, fields)
		if ok || named {
			it.line = b.Start
			return dptRecord{it: it, area: !it.total && !wholeLabel}, ok, named
		}
	}
	// the caption: a sentence naming the area, its counts after the colon
	text := strings.Join(ls, " ")
	from := 0
	for k := 0; k < 3; k++ {
		n := strings.Index(text[from:], ": ")
		if n < 0 {
			break
		}
		c := from + n
		from = c + 2
		label := text[:c]
		if s := strings.LastIndex(label, ". "); s >= 0 && !isDigitByte(label[max(s-1, 0)]) {
			label = label[s+2:] // the sentence the colon ends
		}
		if len(strings.Fields(label)) < 5 {
			continue // a plain label: the labelled rows' own
		}
		rest := text[c+2:]
		if e := strings.Index(rest, "("); e >= 0 {
			rest = rest[:e] // "(Foto: …, 10/6/2023)": the photo's credit
		}
		if e := strings.Index(rest, ". "); e >= 0 {
			rest = rest[:e]
		}
		rest = strings.ReplaceAll(strings.TrimSpace(rest), " dan ", ", ")
		area := captionArea(label)
		itemLabel := area
		if area == "" {
			itemLabel = "Jumlah" // no area named: the whole, if the sums prove it
		}
		it, ok, named := dptItemAt(itemLabel, rest)
		if ok || named {
			it.line = b.Start
			it.total = false
			return dptRecord{it: it, area: area != ""}, ok, named
		}
	}
	return r, false, false
}

// recordFieldWord: k is one of a placemark's field names ("Name",
// "description").
func recordFieldWord(k string, words ...string) bool {
	k = strings.TrimSpace(k)
	for _, w := range words {
		if strings.EqualFold(k, w) {
			return true
		}
	}
	return false
}

// captionArea is the area a caption's sentence names: the capitalised words
// after its place word ("Ketua PPK Alok Barat menyerahkan …" → "Alok
// Barat"); "" when it names none.
func captionArea(label string) string {
	ws := strings.Fields(label)
	for k := 0; k < len(ws); k++ {
		if !captionPlaceWord(ws[k]) {
			continue
		}
		m := k + 1
		for m < len(ws) && captionPlaceWord(ws[m]) {
			m++ // "PPK Kecamatan Alok"
		}
		var name []string
		for ; m < len(ws) && len(name) < 4; m++ {
			w := strings.TrimRight(ws[m], ",;")
			if w == "" || w[0] < 'A' || w[0] > 'Z' || strings.ContainsAny(w, "0123456789") {
				break
			}
			name = append(name, w)
			if w != ws[m] {
				break
			}
		}
		if len(name) > 0 {
			return strings.Join(name, " ")
		}
	}
	return ""
}

// captionPlaceWord: w is the word that names an area's office or the
// area itself.
func captionPlaceWord(w string) bool {
	switch strings.ToLower(w) {
	case "ppk", "kecamatan", "kec.", "distrik":
		return true
	}
	return false
}
