package parse

import (
	"strings"

	"github.com/kpu-ntt/lkj/etl/extract"
	"github.com/kpu-ntt/lkj/etl/facts"
)

// dptSentenceAfter completes the kabupaten row of a kecamatan DPT table
// from the sentence right after the table when the table itself gives no
// village or TPS count: "DPT tersebut tersebar pada 1.304 TPS di 357
// desa/kelurahan." The sentence must point back at the table's roll
// ("DPT tersebut", "pemilih tersebut") and state no voter count of its
// own (a count would mean another roll or another area); only the
// table's single kabupaten row is completed, and only its empty fields.
func (p *parser) dptSentenceAfter(from int) {
	idx := -1
	for i := from; i < len(p.doc.DPT); i++ {
		if p.doc.DPT[i].TingkatWilayah != "kabupaten" {
			continue
		}
		if idx >= 0 {
			return // two kabupaten rows (two elections): which one the sentence means is not said
		}
		idx = i
	}
	if idx < 0 {
		return
	}
	d := &p.doc.DPT[idx]
	if d.JumlahTPS != nil && d.JumlahDesa != nil {
		return
	}
	for k := p.cur + 1; k < len(p.blocks) && k <= p.cur+3; k++ {
		b := &p.blocks[k]
		if b.Kind != extract.Paragraph {
			return
		}
		low := strings.ToLower(b.Text)
		if strings.HasPrefix(strings.TrimSpace(low), "sumber") {
			continue // the table's source line
		}
		if !strings.Contains(low, "dpt tersebut") && !strings.Contains(low, "pemilih tersebut") {
			return
		}
		for i := strings.Index(low, " pemilih"); i >= 0; {
			if i > 0 && isDigitByte(low[i-1]) {
				return // a voter count of its own: not this table's roll
			}
			j := strings.Index(low[i+1:], " pemilih")
			if j < 0 {
				break
			}
			i += 1 + j
		}
		filled := false
		if tp := reDPTTPS.FindStringSubmatch(b.Text); tp != nil && d.JumlahTPS == nil {
			d.JumlahTPS = countOf(tp)
			filled = d.JumlahTPS != nil
		}
		if ds := reDPTDesa.FindStringSubmatch(b.Text); ds != nil && d.JumlahDesa == nil {
			d.JumlahDesa = countOf(ds)
			filled = filled || d.JumlahDesa != nil
		}
		if filled {
			p.find("dpt.kalimat_sesudah_tabel", facts.Info, b.Start, b.End, shorten(b.Text, 200),
				"jumlah TPS/desa baris %s diambil dari kalimat sesudah tabel (baris %d-%d)", d.Wilayah, b.Start, b.End)
		}
		return
	}
}
