package template

import "strings"

// column is one template column. Required columns must be present in the
// header; whether a cell may be empty is decided by the family's reader.
type column struct {
	name     string
	required bool
}

// family is one sheet (XLSX) or file (CSV) of the template. The column list
// is in the order the writers emit; readers accept any order.
type family struct {
	name string
	cols []column
}

func req(n string) column { return column{n, true} }
func opt(n string) column { return column{n, false} }

// The families, in reading and writing order. identitas comes first because
// the others default their satker and year to it. Every other sheet is a
// fact family of etl/family, and its column names are that family's
// (TestSpecFollowsRegistry checks it), except where the reader splits a
// cell (capaian target and realisasi into *_teks and *_nilai).
var (
	famIdentitas = &family{"identitas", []column{
		req("satker_id"), req("tahun"), opt("nama"), opt("sintetis")}}
	famCapaian = &family{"capaian", []column{
		opt("satker_id"), opt("tahun"), req("tingkat"), opt("program"), opt("sasaran"),
		opt("indikator_id"), req("indikator"), req("satuan"), req("target"), req("realisasi"),
		opt("capaian_lapor")}}
	famSeri = &family{"capaian_seri", []column{
		opt("satker_id"), opt("indikator_id"), req("indikator"), req("satuan"), req("tahun"),
		req("jenis"), req("nilai")}}
	famAnggaran = &family{"anggaran", []column{
		opt("satker_id"), opt("tahun"), req("kode"), opt("kode_induk"), opt("uraian"), opt("tingkat"),
		req("pagu"), req("realisasi"), opt("sisa"), opt("serapan_lapor"), opt("pagu_awal"),
		opt("revisi_dipa")}}
	famSakip = &family{"sakip", []column{
		opt("satker_id"), req("tahun_dinilai"), req("nilai"), req("predikat")}}
	famKomponen = &family{"sakip_komponen", []column{
		opt("satker_id"), req("tahun_dinilai"), req("komponen"), req("bobot"), req("nilai")}}
	famRB = &family{"rb", []column{
		opt("satker_id"), req("tahun"), req("nilai"), opt("bobot"), opt("persen")}}
	famDPT = &family{"dpt", []column{
		opt("satker_id"), req("pemilihan"), req("tahun"), req("tingkat_wilayah"), opt("wilayah"),
		opt("jumlah_desa"), opt("jumlah_tps"), opt("pemilih_l"), opt("pemilih_p"), req("pemilih_total"),
		opt("keterangan")}}

	families = []*family{famIdentitas, famCapaian, famSeri, famAnggaran, famSakip, famKomponen, famRB, famDPT}
)

// familyNamed finds a family by sheet or file base name, ignoring case and
// surrounding space ("Capaian ", "ANGGARAN").
func familyNamed(name string) *family {
	name = strings.ToLower(strings.TrimSpace(name))
	for _, f := range families {
		if f.name == name {
			return f
		}
	}
	return nil
}

func (f *family) column(name string) (column, bool) {
	for _, c := range f.cols {
		if c.name == name {
			return c, true
		}
	}
	return column{}, false
}

// headerName folds a header cell to a column name: case-insensitive, and
// spaces or hyphens count as underscores ("Satker ID" → satker_id), because
// spreadsheet users type headers by hand.
func headerName(s string) string {
	s = strings.ToLower(strings.TrimSpace(strings.TrimPrefix(s, "\ufeff")))
	s = strings.Join(strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '-' || r == '_' }), "_")
	return s
}
