package load

import (
	"github.com/kpu-ntt/lkj/etl/facts"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// Row is one fact together with the document it belongs to.
type Row[T any] struct {
	Doc string
	F   *T
}

// table describes one fact table: its name and its columns.
type table[T any] struct {
	name string
	cols []col[Row[T]]
}

func doc[T any]() col[Row[T]] { return str("doc_id", func(r *Row[T]) string { return r.Doc }) }

func span[T any](get func(*T) facts.Span) []col[Row[T]] {
	return []col[Row[T]]{
		ni32("baris_awal", func(r *Row[T]) int { return get(r.F).Start }),
		ni32("baris_akhir", func(r *Row[T]) int { return get(r.F).End }),
	}
}

type R[T any] = Row[T]

var capaianTable = table[facts.Capaian]{"fact_capaian", append(append([]col[R[facts.Capaian]]{doc[facts.Capaian]()},
	span(func(f *facts.Capaian) facts.Span { return f.Span })...),
	str("satker_id", func(r *R[facts.Capaian]) string { return r.F.SatkerID }),
	i32("tahun", func(r *R[facts.Capaian]) int { return r.F.Tahun }),
	str("tingkat", func(r *R[facts.Capaian]) string { return r.F.Tingkat }),
	nstr("program", func(r *R[facts.Capaian]) string { return r.F.Program }),
	nstr("sasaran", func(r *R[facts.Capaian]) string { return r.F.Sasaran }),
	nstr("indikator_id", func(r *R[facts.Capaian]) string { return r.F.IndikatorID }),
	str("indikator", func(r *R[facts.Capaian]) string { return r.F.Indikator }),
	str("indikator_kunci", func(r *R[facts.Capaian]) string { return normalize.IndikatorKunci(r.F.IndikatorID, r.F.Indikator) }),
	nstr("target_teks", func(r *R[facts.Capaian]) string { return r.F.TargetTeks }),
	f64p("target_nilai", func(r *R[facts.Capaian]) *float64 { return r.F.TargetNilai }),
	nstr("realisasi_teks", func(r *R[facts.Capaian]) string { return r.F.RealisasiTeks }),
	f64p("realisasi_nilai", func(r *R[facts.Capaian]) *float64 { return r.F.RealisasiNilai }),
	nstr("satuan", func(r *R[facts.Capaian]) string { return r.F.Satuan }),
	f64p("capaian_lapor", func(r *R[facts.Capaian]) *float64 { return r.F.CapaianLapor }),
	nstr("capaian_teks", func(r *R[facts.Capaian]) string { return r.F.CapaianTeks }),
	f64p("capaian_hitung", func(r *R[facts.Capaian]) *float64 { return r.F.CapaianHitung }),
	boolp("tercapai", func(r *R[facts.Capaian]) *bool { return r.F.Tercapai }),
	nstr("sumber", func(r *R[facts.Capaian]) string { return r.F.Sumber }),
	boolv("utama", func(r *R[facts.Capaian]) bool { return r.F.Utama }),
)}

var seriTable = table[facts.CapaianSeri]{"fact_capaian_seri", append(append([]col[R[facts.CapaianSeri]]{doc[facts.CapaianSeri]()},
	span(func(f *facts.CapaianSeri) facts.Span { return f.Span })...),
	str("satker_id", func(r *R[facts.CapaianSeri]) string { return r.F.SatkerID }),
	nstr("indikator_id", func(r *R[facts.CapaianSeri]) string { return r.F.IndikatorID }),
	str("indikator", func(r *R[facts.CapaianSeri]) string { return r.F.Indikator }),
	str("indikator_kunci", func(r *R[facts.CapaianSeri]) string { return normalize.IndikatorKunci(r.F.IndikatorID, r.F.Indikator) }),
	i32("tahun", func(r *R[facts.CapaianSeri]) int { return r.F.Tahun }),
	str("jenis", func(r *R[facts.CapaianSeri]) string { return r.F.Jenis }),
	nstr("teks", func(r *R[facts.CapaianSeri]) string { return r.F.Teks }),
	f64p("nilai", func(r *R[facts.CapaianSeri]) *float64 { return r.F.Nilai }),
	nstr("satuan", func(r *R[facts.CapaianSeri]) string { return r.F.Satuan }),
	nstr("sumber", func(r *R[facts.CapaianSeri]) string { return r.F.Sumber }),
	boolv("utama", func(r *R[facts.CapaianSeri]) bool { return r.F.Utama }),
)}

var anggaranTable = table[facts.Anggaran]{"fact_anggaran", append(append([]col[R[facts.Anggaran]]{doc[facts.Anggaran]()},
	span(func(f *facts.Anggaran) facts.Span { return f.Span })...),
	str("satker_id", func(r *R[facts.Anggaran]) string { return r.F.SatkerID }),
	i32("tahun", func(r *R[facts.Anggaran]) int { return r.F.Tahun }),
	str("kode", func(r *R[facts.Anggaran]) string { return r.F.Kode }),
	nstr("kode_teks", func(r *R[facts.Anggaran]) string { return r.F.KodeTeks }),
	nstr("kode_induk", func(r *R[facts.Anggaran]) string { return r.F.KodeInduk }),
	nstr("uraian", func(r *R[facts.Anggaran]) string { return r.F.Uraian }),
	str("tingkat", func(r *R[facts.Anggaran]) string { return r.F.Tingkat }),
	i64p("pagu", func(r *R[facts.Anggaran]) *int64 { return r.F.Pagu }),
	i64p("realisasi", func(r *R[facts.Anggaran]) *int64 { return r.F.Realisasi }),
	i64p("sisa", func(r *R[facts.Anggaran]) *int64 { return r.F.Sisa }),
	f64p("serapan_lapor", func(r *R[facts.Anggaran]) *float64 { return r.F.SerapanLapor }),
	f64p("serapan_hitung", func(r *R[facts.Anggaran]) *float64 { return r.F.SerapanHitung }),
	i64p("pagu_awal", func(r *R[facts.Anggaran]) *int64 { return r.F.PaguAwal }),
	i64p("revisi_dipa", func(r *R[facts.Anggaran]) *int64 { return r.F.RevisiDIPA }),
	nstr("sumber", func(r *R[facts.Anggaran]) string { return r.F.Sumber }),
	boolv("utama", func(r *R[facts.Anggaran]) bool { return r.F.Utama }),
)}

var sakipTable = table[facts.Sakip]{"fact_sakip", append(append([]col[R[facts.Sakip]]{doc[facts.Sakip]()},
	span(func(f *facts.Sakip) facts.Span { return f.Span })...),
	str("satker_id", func(r *R[facts.Sakip]) string { return r.F.SatkerID }),
	i32("tahun_dinilai", func(r *R[facts.Sakip]) int { return r.F.TahunDinilai }),
	f64p("nilai", func(r *R[facts.Sakip]) *float64 { return r.F.Nilai }),
	nstr("predikat", func(r *R[facts.Sakip]) string { return r.F.Predikat }),
	str("keyakinan", func(r *R[facts.Sakip]) string { return r.F.Keyakinan }),
	nstr("sumber", func(r *R[facts.Sakip]) string { return r.F.Sumber }),
	boolv("utama", func(r *R[facts.Sakip]) bool { return r.F.Utama }),
)}

var komponenTable = table[facts.SakipKomponen]{"fact_sakip_komponen", append(append([]col[R[facts.SakipKomponen]]{doc[facts.SakipKomponen]()},
	span(func(f *facts.SakipKomponen) facts.Span { return f.Span })...),
	str("satker_id", func(r *R[facts.SakipKomponen]) string { return r.F.SatkerID }),
	i32("tahun_dinilai", func(r *R[facts.SakipKomponen]) int { return r.F.TahunDinilai }),
	str("komponen", func(r *R[facts.SakipKomponen]) string { return r.F.Komponen }),
	f64p("bobot", func(r *R[facts.SakipKomponen]) *float64 { return r.F.Bobot }),
	f64p("nilai", func(r *R[facts.SakipKomponen]) *float64 { return r.F.Nilai }),
	nstr("sumber", func(r *R[facts.SakipKomponen]) string { return r.F.Sumber }),
)}

var rbTable = table[facts.RB]{"fact_rb", append(append([]col[R[facts.RB]]{doc[facts.RB]()},
	span(func(f *facts.RB) facts.Span { return f.Span })...),
	str("satker_id", func(r *R[facts.RB]) string { return r.F.SatkerID }),
	i32("tahun", func(r *R[facts.RB]) int { return r.F.Tahun }),
	f64p("nilai", func(r *R[facts.RB]) *float64 { return r.F.Nilai }),
	f64p("bobot", func(r *R[facts.RB]) *float64 { return r.F.Bobot }),
	f64p("persen", func(r *R[facts.RB]) *float64 { return r.F.Persen }),
	nstr("sumber", func(r *R[facts.RB]) string { return r.F.Sumber }),
	boolv("utama", func(r *R[facts.RB]) bool { return r.F.Utama }),
)}

var dptTable = table[facts.DPT]{"fact_dpt", append(append([]col[R[facts.DPT]]{doc[facts.DPT]()},
	span(func(f *facts.DPT) facts.Span { return f.Span })...),
	str("satker_id", func(r *R[facts.DPT]) string { return r.F.SatkerID }),
	str("pemilihan", func(r *R[facts.DPT]) string { return r.F.Pemilihan }),
	i32("tahun", func(r *R[facts.DPT]) int { return r.F.Tahun }),
	str("tingkat_wilayah", func(r *R[facts.DPT]) string { return r.F.TingkatWilayah }),
	str("wilayah", func(r *R[facts.DPT]) string { return r.F.Wilayah }),
	i64p("jumlah_desa", func(r *R[facts.DPT]) *int64 { return r.F.JumlahDesa }),
	i64p("jumlah_tps", func(r *R[facts.DPT]) *int64 { return r.F.JumlahTPS }),
	i64p("pemilih_l", func(r *R[facts.DPT]) *int64 { return r.F.PemilihL }),
	i64p("pemilih_p", func(r *R[facts.DPT]) *int64 { return r.F.PemilihP }),
	i64p("pemilih_total", func(r *R[facts.DPT]) *int64 { return r.F.PemilihTotal }),
	nstr("keterangan", func(r *R[facts.DPT]) string { return r.F.Keterangan }),
	nstr("sumber", func(r *R[facts.DPT]) string { return r.F.Sumber }),
	boolv("utama", func(r *R[facts.DPT]) bool { return r.F.Utama }),
)}

var findingTable = table[facts.Finding]{"etl_finding", []col[R[facts.Finding]]{
	doc[facts.Finding](),
	str("aturan", func(r *R[facts.Finding]) string { return r.F.Aturan }),
	str("tingkat", func(r *R[facts.Finding]) string { return r.F.Tingkat }),
	str("pesan", func(r *R[facts.Finding]) string { return r.F.Pesan }),
	nstr("nilai", func(r *R[facts.Finding]) string { return r.F.Nilai }),
	ni32("baris_awal", func(r *R[facts.Finding]) int { return r.F.Start }),
	ni32("baris_akhir", func(r *R[facts.Finding]) int { return r.F.End }),
}}
