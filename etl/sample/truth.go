package sample

// The truth of one generated document, in the terms of the contract views
// (schemas/migrations/004_contract_views.sql): for each view the rows its
// natural key should show once this document is loaded, with the values the
// parser should load per schemas/EXTRACTION.md, plus the findings each
// injected quirk should raise. Column names are the views' column names.
//
// Tidak lists columns of a row that this document does not state (a
// province's DPT row has no village count, a multi-year budget row has no
// initial pagu): they are not compared. A stated value the pipeline should
// load as NULL is a JSON null and is compared.

// Truth is OUT/truth/<satker_id>-<tahun>.json.
type Truth struct {
	SatkerID      string        `json:"satker_id"`
	Tahun         int           `json:"tahun"`
	Path          string        `json:"path"`   // relative to the output folder, slash-separated
	Format        string        `json:"format"` // txt, pdf, csv, xlsx
	Gaya          string        `json:"gaya"`   // house style of a text document; "template" otherwise
	Capaian       []CapaianRow  `json:"capaian"`
	CapaianSeri   []SeriRow     `json:"capaian_seri"`
	Anggaran      []AnggaranRow `json:"anggaran"`
	Sakip         []SakipRow    `json:"sakip"`
	SakipKomponen []KomponenRow `json:"sakip_komponen"`
	RB            []RBRow       `json:"rb"`
	DPT           []DPTRow      `json:"dpt"`
	Temuan        []TemuanRow   `json:"temuan"`
}

// Baris is a 1-based inclusive line span (row numbers for templates).
type Baris struct {
	Awal  int `json:"baris_awal"`
	Akhir int `json:"baris_akhir"`
}

// CapaianRow is one row of the capaian view. Its natural key is
// (satker_id, tahun, tingkat, indikator_id); indikator_id is empty while
// schemas/ref/indikator.csv does not list the indicator, and the key is then
// the folded indikator text.
type CapaianRow struct {
	SatkerID       string   `json:"satker_id"`
	Tahun          int      `json:"tahun"`
	Tingkat        string   `json:"tingkat"`
	IndikatorID    string   `json:"indikator_id"`
	Indikator      string   `json:"indikator"`
	Sasaran        string   `json:"sasaran"`
	TargetTeks     string   `json:"target_teks"`
	TargetNilai    *float64 `json:"target_nilai"`
	RealisasiTeks  string   `json:"realisasi_teks"`
	RealisasiNilai *float64 `json:"realisasi_nilai"`
	Satuan         string   `json:"satuan"`
	CapaianLapor   *float64 `json:"capaian_lapor"`
	CapaianTeks    string   `json:"capaian_teks"`
	CapaianHitung  *float64 `json:"capaian_hitung"`
	Tercapai       *bool    `json:"tercapai"`
	Sumber         string   `json:"sumber"`
	Baris
	Tidak []string `json:"tidak_dibandingkan,omitempty"`
}

// SeriRow is one row of capaian_seri: (satker_id, indikator, tahun, jenis).
type SeriRow struct {
	SatkerID    string   `json:"satker_id"`
	IndikatorID string   `json:"indikator_id"`
	Indikator   string   `json:"indikator"`
	Tahun       int      `json:"tahun"`
	Jenis       string   `json:"jenis"`
	Teks        string   `json:"teks"`
	Nilai       *float64 `json:"nilai"`
	Satuan      string   `json:"satuan"`
	Sumber      string   `json:"sumber"`
	Baris
	Tidak []string `json:"tidak_dibandingkan,omitempty"`
}

// AnggaranRow is one row of anggaran: (satker_id, tahun, kode).
type AnggaranRow struct {
	SatkerID      string   `json:"satker_id"`
	Tahun         int      `json:"tahun"`
	Kode          string   `json:"kode"`
	KodeTeks      string   `json:"kode_teks"`
	KodeInduk     string   `json:"kode_induk"`
	Uraian        string   `json:"uraian"`
	Tingkat       string   `json:"tingkat"`
	Pagu          *int64   `json:"pagu"`
	Realisasi     *int64   `json:"realisasi"`
	Sisa          *int64   `json:"sisa"`
	SerapanLapor  *float64 `json:"serapan_lapor"`
	SerapanHitung *float64 `json:"serapan_hitung"`
	PaguAwal      *int64   `json:"pagu_awal"`
	RevisiDIPA    *int64   `json:"revisi_dipa"`
	Sumber        string   `json:"sumber"`
	Baris
	Tidak []string `json:"tidak_dibandingkan,omitempty"`
}

// SakipRow is one row of sakip: (satker_id, tahun_dinilai).
type SakipRow struct {
	SatkerID     string   `json:"satker_id"`
	TahunDinilai int      `json:"tahun_dinilai"`
	Nilai        *float64 `json:"nilai"`
	Predikat     string   `json:"predikat"`
	Keyakinan    string   `json:"keyakinan"`
	Sumber       string   `json:"sumber"`
	Baris
	Tidak []string `json:"tidak_dibandingkan,omitempty"`
}

// KomponenRow is one row of sakip_komponen: (satker_id, tahun_dinilai, komponen).
type KomponenRow struct {
	SatkerID     string   `json:"satker_id"`
	TahunDinilai int      `json:"tahun_dinilai"`
	Komponen     string   `json:"komponen"`
	Bobot        *float64 `json:"bobot"`
	Nilai        *float64 `json:"nilai"`
	Sumber       string   `json:"sumber"`
	Baris
	Tidak []string `json:"tidak_dibandingkan,omitempty"`
}

// RBRow is one row of rb: (satker_id, tahun).
type RBRow struct {
	SatkerID string   `json:"satker_id"`
	Tahun    int      `json:"tahun"`
	Nilai    *float64 `json:"nilai"`
	Bobot    *float64 `json:"bobot"`
	Persen   *float64 `json:"persen"`
	Sumber   string   `json:"sumber"`
	Baris
	Tidak []string `json:"tidak_dibandingkan,omitempty"`
}

// DPTRow is one row of dpt: (satker_id, pemilihan, tahun, tingkat_wilayah, wilayah).
type DPTRow struct {
	SatkerID       string `json:"satker_id"`
	Pemilihan      string `json:"pemilihan"`
	Tahun          int    `json:"tahun"`
	TingkatWilayah string `json:"tingkat_wilayah"`
	Wilayah        string `json:"wilayah"`
	JumlahDesa     *int64 `json:"jumlah_desa"`
	JumlahTPS      *int64 `json:"jumlah_tps"`
	PemilihL       *int64 `json:"pemilih_l"`
	PemilihP       *int64 `json:"pemilih_p"`
	PemilihTotal   *int64 `json:"pemilih_total"`
	Keterangan     string `json:"keterangan"`
	Sumber         string `json:"sumber"`
	Baris
	Tidak []string `json:"tidak_dibandingkan,omitempty"`
}

// TemuanRow is a finding the pipeline is expected to raise for an injected
// quirk. Lain lists other spans the finding may name instead (a conflict
// names both tables' rows).
type TemuanRow struct {
	Aturan   string  `json:"aturan"`
	Tingkat  string  `json:"tingkat"`
	Keluarga string  `json:"keluarga"` // capaian, anggaran, sakip, dpt, ...
	Kunci    string  `json:"kunci"`    // natural key of the fact concerned, slash-joined
	Nilai    string  `json:"nilai"`    // the written text concerned
	Pesan    string  `json:"pesan"`
	Lain     []Baris `json:"baris_lain,omitempty"`
	Baris
}

// Manifest is OUT/truth/manifest.json.
type Manifest struct {
	Generator string         `json:"generator"`
	Options   ManifestOpts   `json:"options"`
	Counts    ManifestCounts `json:"counts"`
	Files     []ManifestFile `json:"files"`
}

// ManifestOpts repeats the options that determine the corpus bytes.
type ManifestOpts struct {
	Scope         string  `json:"scope"`
	FromYear      int     `json:"from_year"`
	ToYear        int     `json:"to_year"`
	Seed          int64   `json:"seed"`
	Noise         string  `json:"noise"`
	TemplateShare float64 `json:"template_share"`
	Styles        string  `json:"styles,omitempty"`
}

// ManifestCounts sums the corpus.
type ManifestCounts struct {
	Documents    int            `json:"documents"`
	TextDocs     int            `json:"text_docs"`
	TemplateDocs int            `json:"template_docs"`
	Bytes        int64          `json:"bytes"`
	Rows         map[string]int `json:"rows"`     // truth rows per view
	Findings     map[string]int `json:"findings"` // expected findings per rule
}

// ManifestFile is one written file with its digest.
type ManifestFile struct {
	Path   string `json:"path"`
	SHA256 string `json:"sha256"`
	Bytes  int64  `json:"bytes"`
}
