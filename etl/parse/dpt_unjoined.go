package parse

import (
	"strings"

	"github.com/kpu-ntt/lkj/etl/extract"
	"github.com/kpu-ntt/lkj/etl/facts"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// unjoinedDesa: a report may count villages and TPS per kecamatan in a
// table of their own, apart from the voters. When that table could not
// be joined to the voters' rows (extract's joinKeyed found no one-to-one
// key) and was reported unread, the DPT rows it names load with desa and
// TPS NULL although the document states them: each such row gets
// fakta.nilai_kosong on its own lines, naming the unread table, so no
// figure of the document goes missing silently.
func (p *parser) unjoinedDesa() {
	var open []*facts.DPT
	for i := range p.doc.DPT {
		if r := &p.doc.DPT[i]; r.Utama && r.JumlahDesa == nil && r.JumlahTPS == nil {
			open = append(open, r)
		}
	}
	if len(open) == 0 {
		return
	}
	var unread []facts.Span
	for _, f := range p.doc.Findings {
		if f.Aturan == "tabel.tidak_dikenali" {
			unread = append(unread, f.Span)
		}
	}
	for k := range p.blocks {
		b := &p.blocks[k]
		if b.Kind != extract.Table || !spanIn(unread, b.Start, b.End) || !countsDesa(b) {
			continue
		}
		names, total := rowNames(b)
		for _, r := range open {
			_, named := names[normalize.Key(r.Wilayah)]
			if !named && !(total && r.TingkatWilayah != "kecamatan") {
				continue
			}
			p.find("fakta.nilai_kosong", facts.Info, r.Start, r.End, r.Sumber,
				"%s: desa/TPS %s kosong: tabel baris %d-%d menyebutnya tetapi tidak dapat digabung per nama wilayah",
				r.Sumber, r.Wilayah, b.Start, b.End)
		}
	}
}

func spanIn(spans []facts.Span, start, end int) bool {
	for _, s := range spans {
		if s.Start == start && s.End == end {
			return true
		}
	}
	return false
}

// countsDesa: a header cell counts villages or TPS.
func countsDesa(b *extract.Block) bool {
	for _, r := range b.Header {
		for _, t := range r.Cells {
			k := normalize.SpacedKey(t)
			if strings.Contains(k, " desa ") || strings.Contains(k, " kelurahan ") || strings.Contains(k, " kel ") || strings.Contains(k, " tps ") {
				return true
			}
		}
	}
	return false
}

// rowNames are the keys of the text cells of b's rows, and whether a row
// is a total.
func rowNames(b *extract.Block) (map[string]bool, bool) {
	names := map[string]bool{}
	total := false
	for i := range b.Rows {
		for _, t := range b.Rows[i].Cells {
			if t == "" || !hasLetter(t) {
				continue
			}
			k := normalize.Key(t)
			names[k] = true
			total = total || k == "jumlah" || k == "total" || strings.HasPrefix(k, "jumlah ") || strings.HasPrefix(k, "total ")
		}
	}
	return names, total
}
