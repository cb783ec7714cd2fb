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
	d.EachPartNull(func(s Span, sumber, key, cols string) {
		out = append(out, Null{Span: s, Sumber: sumber, What: cols + " " + key, Why: PartNullWhy, Cols: cols})
	})
	return out
}

// PartNullWhy is the Why of every PartNulls row.
const PartNullWhy = "tabel tidak menyebut kolom itu atau selnya kosong"

// EachPartNull calls yield for each PartNulls row in order, with the row's
// key (the What after its columns) and its NULL columns, building no row
// (issue 13: the parser reads these once per document, and the rows and
// their What were a fortieth of its bytes on the national sample).
func (d *Document) EachPartNull(yield func(s Span, sumber, key, cols string)) {
	for i := range d.Capaian {
		c := &d.Capaian[i]
		if c.Utama && c.TargetTeks != "" && c.RealisasiTeks != "" && c.CapaianLapor == nil {
			yield(c.Span, c.Sumber, c.Indikator, "capaian (lapor)")
		}
	}
	for i := range d.Anggaran {
		a := &d.Anggaran[i]
		if !a.Utama || a.Pagu == nil || a.Realisasi == nil {
			continue
		}
		if m := nullBit(a.Sisa == nil, 0) | nullBit(a.SerapanLapor == nil, 1); m != 0 {
			yield(a.Span, a.Sumber, a.Kode, anggaranNullCols[m])
		}
	}
	for i := range d.DPT {
		p := &d.DPT[i]
		if !p.Utama || p.PemilihL == nil || p.PemilihP == nil {
			continue
		}
		if m := nullBit(p.JumlahDesa == nil, 0) | nullBit(p.JumlahTPS == nil, 1) | nullBit(p.PemilihTotal == nil, 2); m != 0 {
			yield(p.Span, p.Sumber, p.Wilayah, dptNullCols[m])
		}
	}
	for i := range d.Sakip {
		if s := &d.Sakip[i]; s.Utama && s.Nilai != nil && s.Predikat == "" {
			yield(s.Span, s.Sumber, "SAKIP "+strconv.Itoa(s.TahunDinilai), "predikat")
		}
	}
	for i := range d.RB {
		r := &d.RB[i]
		if !r.Utama || r.Nilai == nil {
			continue
		}
		if m := nullBit(r.Bobot == nil, 0) | nullBit(r.Persen == nil, 1); m != 0 {
			yield(r.Span, r.Sumber, "RB "+strconv.Itoa(r.Tahun), rbNullCols[m])
		}
	}
}

// The NULL columns' names of a family's row by the bit mask of its NULL
// columns (bit i the i-th name), joined in order by ", ".
var (
	anggaranNullCols = nullColSets("sisa", "serapan (lapor)")
	dptNullCols      = nullColSets("jumlah desa", "jumlah TPS", "jumlah pemilih")
	rbNullCols       = nullColSets("bobot", "persen")
)

func nullColSets(names ...string) []string {
	out := make([]string, 1<<len(names))
	for m := range out {
		var parts []string
		for i, n := range names {
			if m&(1<<i) != 0 {
				parts = append(parts, n)
			}
		}
		out[m] = strings.Join(parts, ", ")
	}
	return out
}

func nullBit(null bool, i uint) int {
	if null {
		return 1 << i
	}
	return 0
}
