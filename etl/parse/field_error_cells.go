package parse

import (
	"strings"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// A Word table's total row is often a field (=SUM(ABOVE)); when the field
// breaks, Word prints its error text in the cell instead of the sum
// ("!Akhir Ekspresi Tidak Terduga", "!Syntax Error", "!Unexpected End of
// Formula", "Kesalahan! Sumber referensi tidak ditemukan.", "Error!
// Reference source not found."). Like "#####", such a cell stands where a
// figure stands and holds none: NULL with its finding. Reports written so
// often tell the total in a sentence after the table; the prose reader
// already loads that sentence as a second row of the same key, which loses
// to the table's row. When the table's cell is such an unreadable display
// of a figure, the sentence's figure completes the table's row, provided
// the row's other figures agree with the sentence and the table's own
// children (programs, kecamatan), when every one of them states the
// figure, add up to it: a sentence naming another roll or another pagu is
// never taken for the broken cell.

// fieldErrorCell: the text Word prints for a field it cannot compute.
func fieldErrorCell(c string) bool {
	if len(c) < 6 {
		return false
	}
	if c[0] == '!' {
		b := c[1] | 0x20
		return b >= 'a' && b <= 'z' // "!Syntax Error"; "!!" or "!5" is no field
	}
	return len(c) >= 10 && strings.EqualFold(c[:10], "kesalahan!") || strings.EqualFold(c[:6], "error!")
}

// unreadableAt: a cell of the row on line n was an unreadable display of a
// figure (a broken field, "#####"), left NULL with nilai.tidak_terbaca.
func (p *parser) unreadableAt(n int) bool {
	for _, f := range p.doc.Findings {
		if f.Start == n && f.Aturan == "nilai.tidak_terbaca" && (fieldErrorCell(f.Nilai) || overflowCell(f.Nilai)) {
			return true
		}
	}
	return false
}

// unreadableFromProse completes the chosen rows whose broken cells a
// sentence of the report states (after resolve).
func (p *parser) unreadableFromProse() {
	for i := range p.doc.Anggaran {
		u := &p.doc.Anggaran[i]
		if u.Utama && u.Sumber != "teks" && (u.Pagu == nil || u.Realisasi == nil) && p.unreadableAt(u.Start) {
			p.budgetFromProse(u)
		}
	}
	for i := range p.doc.DPT {
		u := &p.doc.DPT[i]
		if u.Utama && u.Sumber != "teks" && u.PemilihTotal == nil && p.unreadableAt(u.Start) {
			p.rollFromProse(u)
		}
	}
}

// budgetFromProse: u's NULL pagu, realisasi and sisa from the sentence that
// states the same row, when the sentence agrees with u's printed figures,
// with itself (pagu − realisasi = sisa) and with u's programs.
func (p *parser) budgetFromProse(u *facts.Anggaran) {
	var s *facts.Anggaran
	for i := range p.doc.Anggaran {
		a := &p.doc.Anggaran[i]
		if a.Sumber == "teks" && !a.Utama && a.SatkerID == u.SatkerID && a.Tahun == u.Tahun && a.Kode == u.Kode &&
			a.Pagu != nil && a.Realisasi != nil {
			s = a
			break
		}
	}
	if s == nil || !sameOrNil(u.Pagu, s.Pagu) || !sameOrNil(u.Realisasi, s.Realisasi) || !sameOrNil(u.Sisa, s.Sisa) ||
		s.Sisa != nil && *s.Pagu-*s.Realisasi != *s.Sisa {
		return
	}
	if u.Tingkat == facts.LevelTotal {
		var pagu, real int64
		n := 0
		for i := range p.doc.Anggaran {
			a := &p.doc.Anggaran[i]
			if a.Tingkat != facts.LevelProgram || a.Sumber != u.Sumber || a.Tahun != u.Tahun || a.Start > u.Start {
				continue
			}
			if a.Pagu == nil || a.Realisasi == nil {
				return // a program without its figures: nothing proves the sentence is this table's total
			}
			pagu, real = pagu+*a.Pagu, real+*a.Realisasi
			n++
		}
		if n > 0 && (pagu != *s.Pagu || real != *s.Realisasi) {
			p.find("anggaran.total_tidak_terbukti", facts.Warning, u.Start, u.End, "",
				"%s tahun %d: sel tidak terbaca, dan kalimat (baris %d) tidak sama dengan jumlah programnya; tetap NULL", u.Kode, u.Tahun, s.Start)
			return
		}
	}
	u.Pagu, u.Realisasi = s.Pagu, s.Realisasi
	if u.Sisa == nil {
		u.Sisa = s.Sisa
	}
	p.find("nilai.dari_kalimat", facts.Info, u.Start, u.End, "",
		"%s tahun %d: sel jumlah tidak terbaca; pagu, realisasi dan sisa dari kalimat baris %d", u.Kode, u.Tahun, s.Start)
}

// rollFromProse: u's NULL L, P and L+P from the sentence that states the
// same roll, when it agrees with u's printed figures and u's kecamatan
// add up to it.
func (p *parser) rollFromProse(u *facts.DPT) {
	var s *facts.DPT
	for i := range p.doc.DPT {
		d := &p.doc.DPT[i]
		if d.Sumber == "teks" && !d.Utama && d.SatkerID == u.SatkerID && d.Pemilihan == u.Pemilihan && d.Tahun == u.Tahun &&
			d.TingkatWilayah == u.TingkatWilayah && strings.EqualFold(d.Wilayah, u.Wilayah) && d.PemilihTotal != nil {
			s = d
			break
		}
	}
	if s == nil || !sameOrNil(u.PemilihL, s.PemilihL) || !sameOrNil(u.PemilihP, s.PemilihP) ||
		!sameOrNil(u.JumlahTPS, s.JumlahTPS) || !sameOrNil(u.JumlahDesa, s.JumlahDesa) {
		return
	}
	var l, pp, tot int64
	n := 0
	for i := range p.doc.DPT {
		d := &p.doc.DPT[i]
		if d.TingkatWilayah != "kecamatan" || d.Sumber != u.Sumber || d.Pemilihan != u.Pemilihan || d.Tahun != u.Tahun || d.Start > u.Start {
			continue
		}
		if d.PemilihTotal == nil || (s.PemilihL != nil) != (d.PemilihL != nil) || (s.PemilihP != nil) != (d.PemilihP != nil) {
			return // a kecamatan without the figure: nothing proves the sentence is this table's total
		}
		tot += *d.PemilihTotal
		if d.PemilihL != nil && d.PemilihP != nil {
			l, pp = l+*d.PemilihL, pp+*d.PemilihP
		}
		n++
	}
	if n < 2 || tot != *s.PemilihTotal || s.PemilihL != nil && l != *s.PemilihL || s.PemilihP != nil && pp != *s.PemilihP {
		p.find("dpt.total_tidak_terbukti", facts.Warning, u.Start, u.End, "",
			"DPT %s: sel jumlah tidak terbaca, dan kalimat (baris %d) tidak dibuktikan oleh kecamatannya; tetap NULL", u.Wilayah, s.Start)
		return
	}
	u.PemilihL, u.PemilihP, u.PemilihTotal = s.PemilihL, s.PemilihP, s.PemilihTotal
	p.find("nilai.dari_kalimat", facts.Info, u.Start, u.End, "",
		"DPT %s: sel jumlah tidak terbaca; L, P dan L+P dari kalimat baris %d", u.Wilayah, s.Start)
}

// sameOrNil: a is unstated, or states what b states (or b states nothing).
func sameOrNil(a, b *int64) bool {
	return a == nil || b == nil || *a == *b
}
