package parse

import (
	"strings"

	"github.com/kpu-ntt/lkj/etl/extract"
)

// Records parted by blank lines. A definition list exported as text writes
// each record as a paragraph of its own:
//
//	Kecamatan : Nubatukan
//	Jumlah TPS : 35
//	Jumlah Pemilih : 8.249
//
//	Kecamatan : Ile Ape
//	…
//
//	Kabupaten Lembata
//	Jumlah TPS : 394
//	Jumlah Pemilih : 89.850
//
// Read one paragraph at a time, each record would be a one-row table: a
// kecamatan taken for the satker's own total, a kegiatan without its
// program. Consecutive paragraphs made only of records that share their
// keys, one blank line apart, are read as one block: the records of one
// table, whose closing titled record (a total, the kabupaten) is its last
// row.

// kvOrProseRun reads the paragraph blocks[i], joined with the record
// paragraphs that go on with it; it returns the index of the last block
// read.
func (p *parser) kvOrProseRun(i int) int {
	b := &p.blocks[i]
	if strings.Count(b.Text, ":") < 3 {
		p.kvOrProse(b)
		return i
	}
	keys, ok := p.kvOnly(b, 3)
	if !ok {
		p.kvOrProse(b)
		return i
	}
	j := i
	for j+1 < len(p.blocks) {
		if t := p.kvPageTail(j, keys); t > 0 {
			j = t // the last lines of a record, after a page break (kv_pagebreak.go)
			continue
		}
		nb := &p.blocks[j+1]
		if nb.Kind != extract.Paragraph || nb.IsCaption || nb.Start-p.blocks[j].End != 2 || strings.Count(nb.Text, ":") < 2 {
			break
		}
		k2, ok := p.kvOnly(nb, 2) // a closing record may state two figures only
		if !ok || !shareKeys(keys, k2) {
			break
		}
		j++
	}
	if j == i {
		p.kvOrProse(b)
		return i
	}
	m := extract.Block{Kind: extract.Paragraph, Start: b.Start, End: p.blocks[j].End, Text: b.Text}
	for k := i + 1; k <= j; k++ {
		m.Text += " " + p.blocks[k].Text
	}
	p.kvOrProse(&m)
	return j
}

// kvOnly: every line of the paragraph is a "key : value" line, or a title
// line right above one; it returns the keys.
func (p *parser) kvOnly(b *extract.Block, least int) ([]string, bool) {
	ls := p.kvLinesMin(b, least)
	if ls == nil {
		return nil, false
	}
	var keys []string
	for k, l := range ls {
		switch {
		case l.key != "":
			keys = append(keys, l.key)
		case l.text == "":
		case k+1 < len(ls) && ls[k+1].key != "" && len(l.text) <= 70 && !strings.HasSuffix(l.text, "."):
		default:
			return nil, false
		}
	}
	return keys, true
}

// kvNameKey is the index in keys of the key that names the records: the
// first whose every value is text without a digit, given by most records;
// -1 when none.
func kvNameKey(recs []kvRecord, keys []string) int {
	for j, k := range keys {
		n := 0
		for _, r := range recs {
			v, ok := r.vals[k]
			if !ok || v == "" {
				continue
			}
			if hasDigitStr(v) {
				n = -1
				break
			}
			n++
		}
		if n*2 > len(recs) {
			return j
		}
	}
	return -1
}
