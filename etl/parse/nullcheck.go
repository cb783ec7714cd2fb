package parse

import (
	"github.com/kpu-ntt/lkj/etl/facts"
)

// nullMeasures gives every loaded row whose measures are all NULL a
// finding that says why, unless a finding on its lines already does: an
// analyst must never meet a silent NULL.
func (p *parser) nullMeasures() {
	var spans []facts.Span
	for _, f := range p.doc.Findings {
		if f.Aturan != "dokumen.cakupan" {
			spans = append(spans, f.Span)
		}
	}
	say := func(s facts.Span, sumber, what, why string) {
		if overlaps(spans, s.Start, s.End) {
			return
		}
		p.find("fakta.nilai_kosong", facts.Info, s.Start, s.End, sumber, "%s: %s kosong: %s", sumber, what, why)
		spans = append(spans, s)
	}
	for i := range p.doc.Capaian {
		c := &p.doc.Capaian[i]
		if !c.Utama {
			continue // the contract shows the utama row of each key
		}
		switch {
		case c.RealisasiTeks == "" && c.TargetTeks == "":
			say(c.Span, c.Sumber, "target dan realisasi "+c.Indikator, "sel kosong atau tabel tanpa kolom nilai")
		case c.RealisasiTeks == "":
			say(c.Span, c.Sumber, "realisasi "+c.Indikator, "tabel hanya menyebut target atau sel realisasi kosong")
		case c.TargetTeks == "":
			say(c.Span, c.Sumber, "target "+c.Indikator, "tabel tidak menyebut target atau sel target kosong")
		}
	}
	for i := range p.doc.Anggaran {
		a := &p.doc.Anggaran[i]
		if !a.Utama {
			continue
		}
		switch {
		case a.Pagu == nil && a.Realisasi == nil:
			say(a.Span, a.Sumber, "pagu dan realisasi "+a.Kode, "tidak disebut")
		case a.Realisasi == nil:
			say(a.Span, a.Sumber, "realisasi "+a.Kode, "sumber hanya menyebut pagu")
		case a.Pagu == nil:
			say(a.Span, a.Sumber, "pagu "+a.Kode, "sumber hanya menyebut realisasi")
		}
	}
	for i := range p.doc.DPT {
		d := &p.doc.DPT[i]
		if !d.Utama {
			continue
		}
		switch {
		case d.PemilihTotal == nil && d.PemilihL == nil:
			say(d.Span, d.Sumber, "jumlah pemilih "+d.Wilayah, "tabel tanpa kolom pemilih atau sel kosong")
		case d.PemilihL == nil || d.PemilihP == nil:
			say(d.Span, d.Sumber, "pemilih L/P "+d.Wilayah, "tabel tanpa kolom L dan P atau sel kosong")
		}
	}
	for i := range p.doc.Sakip {
		if s := &p.doc.Sakip[i]; s.Utama && s.Nilai == nil {
			say(s.Span, s.Sumber, "nilai SAKIP", "hanya predikat yang disebut")
		}
	}
	for i := range p.doc.SakipKomponen {
		k := &p.doc.SakipKomponen[i]
		switch {
		case k.Nilai == nil:
			say(k.Span, k.Sumber, "nilai komponen SAKIP "+itoa(k.TahunDinilai), "sel nilai kosong atau tidak terbaca")
		case k.Bobot == nil:
			say(k.Span, k.Sumber, "bobot komponen SAKIP "+itoa(k.TahunDinilai), "baris ini tidak menyebut bobot komponen")
		}
	}
	for i := range p.doc.RB {
		if r := &p.doc.RB[i]; r.Utama && r.Nilai == nil {
			say(r.Span, r.Sumber, "nilai RB", "tidak disebut")
		}
	}
	for i := range p.doc.CapaianSeri {
		if s := &p.doc.CapaianSeri[i]; s.Utama && s.Nilai == nil && s.Teks == "" {
			say(s.Span, s.Sumber, s.Jenis+" "+itoa(s.Tahun)+" "+s.Indikator, "sel kosong")
		}
	}
}
