package facts

import (
	"strconv"
	"strings"
)

// Null is a row the warehouse contract shows with a NULL measure: what is
// missing and the likeliest reason, for the finding that must explain it.
type Null struct {
	Span   Span
	Sumber string
	What   string // "realisasi <indikator>", "pagu <kode>", …
	Why    string // the reason a text reader gives; a template reader has its own
	// Cols names the NULL columns of a PartNulls row ("sisa, serapan"), so
	// a reader can explain a table's run of such rows once; "" in Nulls.
	Cols string
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

// PartNulls lists the rows of d whose main measures are stated (so Nulls
// does not list them) but whose other measures are NULL: a budget row
// without sisa or a reported serapan, a capaian row without a reported
// capaian, a DPT row without desa, TPS or total counts, a SAKIP score
// without its predikat, an RB score without bobot or persen. The warehouse
// shows those columns too, so each needs a finding saying why; most come
// from a table that has no such column, which a reader says once per run
// of rows.
func (d *Document) PartNulls() []Null {
	var out []Null
	add := func(s Span, sumber, key string, cols []string) {
		if len(cols) == 0 {
			return
		}
		c := strings.Join(cols, ", ")
		out = append(out, Null{Span: s, Sumber: sumber, What: c + " " + key,
			Why: "tabel tidak menyebut kolom itu atau selnya kosong", Cols: c})
	}
	for i := range d.Capaian {
		c := &d.Capaian[i]
		if c.Utama && c.TargetTeks != "" && c.RealisasiTeks != "" && c.CapaianLapor == nil {
			add(c.Span, c.Sumber, c.Indikator, []string{"capaian (lapor)"})
		}
	}
	for i := range d.Anggaran {
		a := &d.Anggaran[i]
		if !a.Utama || a.Pagu == nil || a.Realisasi == nil {
			continue
		}
		var cols []string
		if a.Sisa == nil {
			cols = append(cols, "sisa")
		}
		if a.SerapanLapor == nil {
			cols = append(cols, "serapan (lapor)")
		}
		add(a.Span, a.Sumber, a.Kode, cols)
	}
	for i := range d.DPT {
		p := &d.DPT[i]
		if !p.Utama || p.PemilihL == nil || p.PemilihP == nil {
			continue
		}
		var cols []string
		if p.JumlahDesa == nil {
			cols = append(cols, "jumlah desa")
		}
		if p.JumlahTPS == nil {
			cols = append(cols, "jumlah TPS")
		}
		if p.PemilihTotal == nil {
			cols = append(cols, "jumlah pemilih")
		}
		add(p.Span, p.Sumber, p.Wilayah, cols)
	}
	for i := range d.Sakip {
		if s := &d.Sakip[i]; s.Utama && s.Nilai != nil && s.Predikat == "" {
			add(s.Span, s.Sumber, "SAKIP "+strconv.Itoa(s.TahunDinilai), []string{"predikat"})
		}
	}
	for i := range d.RB {
		r := &d.RB[i]
		if !r.Utama || r.Nilai == nil {
			continue
		}
		var cols []string
		if r.Bobot == nil {
			cols = append(cols, "bobot")
		}
		if r.Persen == nil {
			cols = append(cols, "persen")
		}
		add(r.Span, r.Sumber, "RB "+strconv.Itoa(r.Tahun), cols)
	}
	return out
}
