package template

import (
	"fmt"
	"strings"

	"github.com/kpu-ntt/lkj/etl/facts"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// Accepted values, keyed by choiceKey of what a satker may type.
var (
	tingkatCapaian = map[string]string{
		"sasaran_strategis": facts.SasaranStrategis, "ss": facts.SasaranStrategis,
		"sasaran_kegiatan": facts.SasaranKegiatan, "sk": facts.SasaranKegiatan,
	}
	jenisSeri = map[string]string{
		"realisasi": "realisasi", "target": "target", "target_nasional": "target_nasional",
	}
	komponenSakip = map[string]string{
		"perencanaan": "perencanaan", "perencanaan_kinerja": "perencanaan",
		"pengukuran": "pengukuran", "pengukuran_kinerja": "pengukuran",
		"pelaporan": "pelaporan", "pelaporan_kinerja": "pelaporan",
		"evaluasi_internal": "evaluasi_internal", "evaluasi": "evaluasi_internal",
		"evaluasi_akuntabilitas_kinerja_internal": "evaluasi_internal",
	}
	pemilihanDPT = map[string]string{"pemilu": "pemilu", "pilkada": "pilkada", "pemilihan": "pilkada"}
	wilayahDPT   = map[string]string{
		"provinsi": "provinsi", "kabupaten": "kabupaten", "kota": "kabupaten",
		"kabupaten_kota": "kabupaten", "kabupaten/kota": "kabupaten", "kecamatan": "kecamatan",
	}
	// satuanKnown are the units EXTRACTION.md names plus common counts; any
	// other word is accepted with a warning, as indicators keep appearing.
	satuanKnown = map[string]bool{
		"persen": true, "nilai": true, "predikat": true, "opini": true, "laporan": true,
		"kali": true, "kecamatan": true, "dokumen": true, "desa": true, "tps": true,
		"orang": true, "indeks": true, "kegiatan": true, "hari": true, "bulan": true,
	}
)

func key(parts ...any) string {
	s := make([]string, len(parts))
	for i, p := range parts {
		s[i] = fmt.Sprint(p)
	}
	return strings.Join(s, "\x1f")
}

func (r *reader) identitas(t *table) {
	b := r.bind(t)
	if b == nil {
		return
	}
	rows := b.rows()
	if len(rows) == 0 {
		r.fail(problem{where: t.where, row: t.hdrRow + 1, msg: "no data row; expected one row with satker_id and tahun"},
			"template.identitas", "")
		return
	}
	for _, extra := range rows[1:] {
		r.fail(problem{where: t.where, row: extra.span().Start,
			msg: fmt.Sprintf("identitas holds one data row (row %d); remove this one", rows[0].span().Start)},
			"template.identitas", "")
	}
	c := rows[0]
	if c.get("satker_id") == "" {
		c.fail("satker_id", "template.wajib_diisi", "is empty; the reporting satker's id is required (e.g. 5305)")
	} else {
		r.satker = c.satker("satker_id")
	}
	r.tahun = c.year("tahun", 0)
	if nama := c.text("nama"); nama != "" && r.satker != "" && !nameMatches(nama, r.refs[r.satker]) {
		c.warn("nama", "template.nama_tidak_cocok",
			fmt.Sprintf("%q does not look like satker %s (%s); check satker_id", nama, r.satker, r.refs[r.satker].Nama))
	}
	syn, ok := parseBool(c.get("sintetis"))
	if !ok {
		c.invalid("sintetis", "%q is not true or false (ya/tidak)", c.get("sintetis"))
	}
	r.doc.Meta.Synthetic = syn
}

// satuan reads the unit that decides how target and realisasi are read.
func (c *cells) satuan(col string) string {
	s := c.get(col)
	if s == "" {
		c.fail(col, "template.wajib_diisi", "is empty; expected a unit such as persen, nilai, predikat, laporan")
		return ""
	}
	k := choiceKey(s)
	if k == "%" {
		k = "persen"
	}
	if !satuanKnown[k] {
		c.warn(col, "template.satuan_tidak_dikenal", fmt.Sprintf("unit %q is not one of the known units; kept as written", k))
	}
	return k
}

// measured reads a target or realisasi: a grade for satuan predikat, an
// audit opinion for opini, a number otherwise. The text is returned too,
// because the contract keeps target_teks beside target_nilai.
func (c *cells) measured(col, satuan string) (string, *float64) {
	s := c.get(col)
	if s == "" {
		return "", nil
	}
	switch satuan {
	case "predikat":
		g, ok := parseGrade(s)
		if !ok {
			c.invalid(col, "%q is not a predikat (AA, A, BB, B, CC, C or D)", s)
		}
		return g, nil
	case "opini":
		o, ok := parseOpini(s)
		if !ok {
			c.invalid(col, "%q is not an audit opinion (WTP, WDP, TMP or TW)", s)
		}
		return o, nil
	}
	v, ok := parseNumber(s, satuan == "persen")
	if !ok {
		hint := "write the number only, e.g. 2"
		if satuan == "persen" {
			hint = "write 99.55 or 99.55%"
		}
		if _, grade := parseGrade(s); grade {
			hint = "a grade needs satuan predikat"
		}
		c.invalid(col, "%q is not a number (satuan %s: %s)", s, satuan, hint)
		return "", nil
	}
	return fold(s), &v
}

func (r *reader) capaian(t *table) {
	readFacts(r, t, &r.doc.Capaian, func(c *cells) (facts.Capaian, natural) {
		f := facts.Capaian{Span: c.span(), Utama: true, Sumber: famCapaian.name}
		f.SatkerID = c.satker("satker_id")
		f.Tahun = c.year("tahun", r.tahun)
		f.Tingkat = c.choice("tingkat", tingkatCapaian, "tingkat", true)
		f.Program = c.text("program")
		f.Sasaran = c.text("sasaran")
		f.IndikatorID = c.text("indikator_id")
		f.Indikator = c.need("indikator")
		f.Satuan = c.satuan("satuan")
		f.TargetTeks, f.TargetNilai = c.measured("target", f.Satuan)
		f.RealisasiTeks, f.RealisasiNilai = c.measured("realisasi", f.Satuan)
		if f.CapaianLapor = c.number("capaian_lapor", true); f.CapaianLapor != nil {
			f.CapaianTeks = c.get("capaian_lapor")
		}
		return f, natural{key(f.SatkerID, f.Tahun, f.Tingkat, normalize.IndikatorKunci(f.IndikatorID, f.Indikator)), "indikator", "satker_id, tahun, tingkat and indikator"}
	})
}

func (r *reader) seri(t *table) {
	readFacts(r, t, &r.doc.CapaianSeri, func(c *cells) (facts.CapaianSeri, natural) {
		f := facts.CapaianSeri{Span: c.span(), Utama: true, Sumber: famSeri.name}
		f.SatkerID = c.satker("satker_id")
		f.IndikatorID = c.text("indikator_id")
		f.Indikator = c.need("indikator")
		f.Satuan = c.satuan("satuan")
		f.Tahun = c.year("tahun", 0)
		f.Jenis = c.choice("jenis", jenisSeri, "jenis", true)
		f.Teks, f.Nilai = c.measured("nilai", f.Satuan)
		return f, natural{key(f.SatkerID, normalize.IndikatorKunci(f.IndikatorID, f.Indikator), f.Tahun, f.Jenis), "jenis", "satker_id, indikator, tahun and jenis"}
	})
}

func (r *reader) sakip(t *table) {
	readFacts(r, t, &r.doc.Sakip, func(c *cells) (facts.Sakip, natural) {
		f := facts.Sakip{Span: c.span(), Utama: true, Keyakinan: "tinggi", Sumber: famSakip.name}
		f.SatkerID = c.satker("satker_id")
		f.TahunDinilai = c.year("tahun_dinilai", 0)
		f.Nilai = c.numberIn("nilai", false, 0, 100)
		if s := c.get("predikat"); s != "" {
			g, ok := parseGrade(s)
			if !ok {
				c.invalid("predikat", "%q is not a predikat (AA, A, BB, B, CC, C or D)", s)
			}
			f.Predikat = g
		}
		if c.bad == 0 && f.Nilai == nil && f.Predikat == "" {
			c.fail("nilai", "template.wajib_diisi", "nilai and predikat are both empty; state at least one")
		}
		return f, natural{key(f.SatkerID, f.TahunDinilai), "tahun_dinilai", "satker_id and tahun_dinilai"}
	})
}

func (r *reader) komponen(t *table) {
	readFacts(r, t, &r.doc.SakipKomponen, func(c *cells) (facts.SakipKomponen, natural) {
		f := facts.SakipKomponen{Span: c.span(), Sumber: famKomponen.name}
		f.SatkerID = c.satker("satker_id")
		f.TahunDinilai = c.year("tahun_dinilai", 0)
		f.Komponen = c.choice("komponen", komponenSakip, "komponen", true)
		f.Bobot = c.numberIn("bobot", false, 0, 100)
		f.Nilai = c.numberIn("nilai", false, 0, 100)
		return f, natural{key(f.SatkerID, f.TahunDinilai, f.Komponen), "komponen", "satker_id, tahun_dinilai and komponen"}
	})
}

func (r *reader) rb(t *table) {
	readFacts(r, t, &r.doc.RB, func(c *cells) (facts.RB, natural) {
		f := facts.RB{Span: c.span(), Utama: true, Sumber: famRB.name}
		f.SatkerID = c.satker("satker_id")
		f.Tahun = c.year("tahun", 0)
		f.Nilai = c.number("nilai", false)
		f.Bobot = c.number("bobot", false)
		f.Persen = c.numberIn("persen", true, 0, 100)
		if c.bad == 0 && f.Nilai == nil && f.Persen == nil {
			c.fail("nilai", "template.wajib_diisi", "nilai and persen are both empty; state at least one")
		}
		return f, natural{key(f.SatkerID, f.Tahun), "tahun", "satker_id and tahun"}
	})
}

func (r *reader) dpt(t *table) {
	readFacts(r, t, &r.doc.DPT, func(c *cells) (facts.DPT, natural) {
		f := facts.DPT{Span: c.span(), Utama: true, Sumber: famDPT.name}
		f.SatkerID = c.satker("satker_id")
		f.Pemilihan = c.choice("pemilihan", pemilihanDPT, "pemilihan", true)
		f.Tahun = c.year("tahun", 0)
		f.TingkatWilayah = c.choice("tingkat_wilayah", wilayahDPT, "tingkat_wilayah", true)
		f.Wilayah = c.dptWilayah(f.SatkerID, f.TingkatWilayah)
		f.JumlahDesa = c.count("jumlah_desa")
		f.JumlahTPS = c.count("jumlah_tps")
		f.PemilihL = c.count("pemilih_l")
		f.PemilihP = c.count("pemilih_p")
		f.PemilihTotal = c.count("pemilih_total")
		if f.PemilihTotal == nil && c.get("pemilih_total") == "" {
			c.fail("pemilih_total", "template.wajib_diisi", "is empty; the number of voters (L+P) is required")
		}
		f.Keterangan = c.text("keterangan")
		return f, natural{key(f.SatkerID, f.Pemilihan, f.Tahun, f.TingkatWilayah, f.Wilayah), "wilayah", "satker_id, pemilihan, tahun, tingkat_wilayah and wilayah"}
	})
}

// dptWilayah decides the area name. Kecamatan rows keep the name as written
// (upper-cased, as the KPU recaps print them); kabupaten and provinsi rows
// take the satker's name from wilayah.csv so every document keys them alike.
// The satker must be of the kind the level implies.
func (c *cells) dptWilayah(satker, tingkat string) string {
	written := c.text("wilayah")
	ref, ok := c.b.r.refs[satker]
	if !ok || tingkat == "" {
		return strings.ToUpper(written)
	}
	wantProv := tingkat == "provinsi"
	if isProv := ref.Jenis == "provinsi"; isProv != wantProv {
		kind := "a kabupaten/kota"
		if wantProv {
			kind = "a provinsi"
		}
		c.invalid("satker_id", "satker %s (%s) is not %s, as tingkat_wilayah %s requires", satker, ref.Nama, kind, tingkat)
		return ""
	}
	if tingkat == "kecamatan" {
		if written == "" {
			c.fail("wilayah", "template.wajib_diisi", "is empty; a kecamatan row names its kecamatan")
		}
		return strings.ToUpper(written)
	}
	if written != "" && !nameMatches(written, ref) {
		c.warn("wilayah", "template.wilayah_diganti",
			fmt.Sprintf("%q does not look like satker %s; %q from wilayah.csv is used", written, satker, ref.Nama))
	}
	return ref.Nama
}
