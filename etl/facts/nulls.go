package facts

import "strconv"

// Null is a row the warehouse contract shows with a NULL measure: what is
// missing and the likeliest reason, for the finding that must explain it.
type Null struct {
	Span   Span
	Sumber string
	What   string // "realisasi <indikator>", "pagu <kode>", …
	Why    string // the reason a text reader gives; a template reader has its own
}

// Nulls lists the rows of d whose measures are NULL, in family order. Every
// reader must leave a finding on each one's lines (issue 9: an analyst never
// meets a silent NULL); the warehouse checks it again with the data test
// sql/tests/null_punya_temuan.sql.
func (d *Document) Nulls() []Null {
	var out []Null
	add := func(s Span, sumber, what, why string) {
		out = append(out, Null{Span: s, Sumber: sumber, What: what, Why: why})
	}
	for i := range d.Capaian {
		c := &d.Capaian[i]
		if !c.Utama {
			continue // the contract shows the utama row of each key
		}
		switch {
		case c.RealisasiTeks == "" && c.TargetTeks == "":
			add(c.Span, c.Sumber, "target dan realisasi "+c.Indikator, "sel kosong atau tabel tanpa kolom nilai")
		case c.RealisasiTeks == "":
			add(c.Span, c.Sumber, "realisasi "+c.Indikator, "tabel hanya menyebut target atau sel realisasi kosong")
		case c.TargetTeks == "":
			add(c.Span, c.Sumber, "target "+c.Indikator, "tabel tidak menyebut target atau sel target kosong")
		}
	}
	for i := range d.Anggaran {
		a := &d.Anggaran[i]
		if !a.Utama {
			continue
		}
		switch {
		case a.Pagu == nil && a.Realisasi == nil:
			add(a.Span, a.Sumber, "pagu dan realisasi "+a.Kode, "tidak disebut")
		case a.Realisasi == nil:
			add(a.Span, a.Sumber, "realisasi "+a.Kode, "sumber hanya menyebut pagu")
		case a.Pagu == nil:
			add(a.Span, a.Sumber, "pagu "+a.Kode, "sumber hanya menyebut realisasi")
		}
	}
	for i := range d.DPT {
		p := &d.DPT[i]
		if !p.Utama {
			continue
		}
		switch {
		case p.PemilihTotal == nil && p.PemilihL == nil:
			add(p.Span, p.Sumber, "jumlah pemilih "+p.Wilayah, "tabel tanpa kolom pemilih atau sel kosong")
		case p.PemilihL == nil || p.PemilihP == nil:
			add(p.Span, p.Sumber, "pemilih L/P "+p.Wilayah, "tabel tanpa kolom L dan P atau sel kosong")
		}
	}
	for i := range d.Sakip {
		if s := &d.Sakip[i]; s.Utama && s.Nilai == nil {
			add(s.Span, s.Sumber, "nilai SAKIP", "hanya predikat yang disebut")
		}
	}
	for i := range d.SakipKomponen {
		k := &d.SakipKomponen[i]
		switch {
		case k.Nilai == nil:
			add(k.Span, k.Sumber, "nilai komponen SAKIP "+strconv.Itoa(k.TahunDinilai), "sel nilai kosong atau tidak terbaca")
		case k.Bobot == nil:
			add(k.Span, k.Sumber, "bobot komponen SAKIP "+strconv.Itoa(k.TahunDinilai), "baris ini tidak menyebut bobot komponen")
		}
	}
	for i := range d.RB {
		if r := &d.RB[i]; r.Utama && r.Nilai == nil {
			add(r.Span, r.Sumber, "nilai RB", "tidak disebut")
		}
	}
	for i := range d.CapaianSeri {
		if s := &d.CapaianSeri[i]; s.Utama && s.Nilai == nil && s.Teks == "" {
			add(s.Span, s.Sumber, s.Jenis+" "+strconv.Itoa(s.Tahun)+" "+s.Indikator, "sel kosong")
		}
	}
	return out
}
