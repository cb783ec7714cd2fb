package parse

import (
	"bytes"
	"regexp"
	"strings"

	"github.com/kpu-ntt/lkj/etl/extract"
	"github.com/kpu-ntt/lkj/etl/facts"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// A DPT per kecamatan without a village column may give each kecamatan's
// village count in a note under the table: "Keterangan: jumlah
// desa/kelurahan per kecamatan: ATAMBUA BARAT 13; ATAMBUA SELATAN 7; …;
// seluruhnya 81 desa/kelurahan." The counts fill the rows' empty village
// counts only when the note names every kecamatan row of the table once,
// no other name, and states the whole, which its counts make: the
// kabupaten row takes that whole.

var (
	reDesaNoteItem  = regexp.MustCompile(`^\s*([A-Za-z][A-Za-z' .-]*?[A-Za-z])\s*:?\s+(\d{1,4})\s*\.?\s*$`)
	reDesaNoteTotal = regexp.MustCompile(`(?i)^\s*(?:seluruhnya|jumlah|total|sekabupaten)\s*:?\s*(\d{1,5})\s+desa`)
)

// dptDesaNote reads such a note in the paragraphs right after the table
// (a source line between is passed over); rows from on are the table's.
func (p *parser) dptDesaNote(from int) {
	b, items := p.desaNoteAfter()
	if b == nil {
		return // most tables: no such note, nothing built
	}
	kec := map[string]int{} // key of the name -> row index
	kab := -1
	for i := from; i < len(p.doc.DPT); i++ {
		d := &p.doc.DPT[i]
		switch d.TingkatWilayah {
		case "kecamatan":
			if d.JumlahDesa != nil {
				return // the table counts its villages itself
			}
			kec[normalize.Key(d.Wilayah)] = i
		case "kabupaten":
			if kab >= 0 {
				return // two elections' rolls: which the note means is not said
			}
			kab = i
		}
	}
	if len(kec) < 2 {
		return
	}
	counts := map[int]int64{}
	var sum int64
	total := int64(-1)
	for n, it := range items {
		if m := reDesaNoteTotal.FindStringSubmatch(it); m != nil && n == len(items)-1 {
			total = int64(atoi(m[1]))
			continue
		}
		m := reDesaNoteItem.FindStringSubmatch(it)
		if m == nil {
			return
		}
		i, ok := kec[normalize.Key(m[1])]
		if _, twice := counts[i]; !ok || twice {
			return // a name the table does not hold, or one named twice
		}
		v := int64(atoi(m[2]))
		counts[i] = v
		sum += v
	}
	if len(counts) != len(kec) || total < 0 {
		return
	}
	if sum != total {
		p.find("dpt.desa_catatan_tidak_cocok", facts.Warning, b.Start, b.End, shorten(b.Text, 200),
			"jumlah desa per kecamatan dalam catatan (%d) bukan jumlah seluruhnya (%d); tidak dimuat", sum, total)
		return
	}
	for i, v := range counts {
		p.doc.DPT[i].JumlahDesa = &v
	}
	if kab >= 0 && p.doc.DPT[kab].JumlahDesa == nil {
		p.doc.DPT[kab].JumlahDesa = &total
	}
	p.find("dpt.desa_dari_catatan", facts.Info, b.Start, b.End, shorten(b.Text, 200),
		"jumlah desa %d kecamatan diambil dari catatan sesudah tabel (baris %d-%d)", len(counts), b.Start, b.End)
}

// desaNoteAfter is the paragraph right after the table (a source line
// between passed over) that lists village counts after "desa…:", and its
// items split at ';'; nil when there is none.
func (p *parser) desaNoteAfter() (*extract.Block, []string) {
	for k := p.cur + 1; k < len(p.blocks) && k <= p.cur+3; k++ {
		b := &p.blocks[k]
		if b.Kind != extract.Paragraph {
			return nil, nil
		}
		t := strings.TrimSpace(b.Text)
		if len(t) >= 6 && strings.EqualFold(t[:6], "sumber") {
			continue // the table's source line
		}
		if strings.IndexByte(b.Text, ';') < 0 {
			return nil, nil
		}
		at := bytes.Index(lowerASCII(nil, b.Text), []byte("desa")) // same length as the text: its offsets hold
		if at < 0 {
			return nil, nil
		}
		colon := strings.IndexByte(b.Text[at:], ':')
		if colon < 0 {
			return nil, nil
		}
		return b, strings.Split(strings.TrimSpace(b.Text[at+colon+1:]), ";")
	}
	return nil, nil
}
