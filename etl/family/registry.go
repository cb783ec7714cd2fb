package family

// Helpers for the columns every family has.
func docID(comment string) Column {
	return Column{Name: "doc_id", Type: Varchar, NotNull: true, Comment: comment}
}

func lines() []Column {
	return []Column{
		{Name: "baris_awal", Type: Integer, Field: "Span.Start", Comment: "First source line."},
		{Name: "baris_akhir", Type: Integer, Field: "Span.End", Comment: "Last source line."},
	}
}

func sumber(comment string) Column {
	return Column{Name: "sumber", Type: Varchar, Field: "Sumber", Comment: comment}
}

var utama = Column{Name: "utama", Type: Boolean, NotNull: true, Field: "Utama", RawOnly: true,
	Comment: "True for the row its document chose for the natural key (etl/parse marks one per key)."}

func cols(head Column, rest ...[]Column) []Column {
	out := []Column{head}
	for _, r := range rest {
		out = append(out, r...)
	}
	return out
}

// Families is the registry, in the order the tables are created.
var Families = []*Family{
	{
		Name: "capaian", Table: "fact_capaian",
		Comment: "Indicator targets and achievements, one row per satker, year, tingkat and indicator.",
		Key:     []string{"satker_id", "tahun", "tingkat", "indikator_kunci"}, Year: "tahun",
		PilihExtra: "d.satker_id AS pelapor_id",
		Konflik: &Konflik{Kunci: []string{"satker_id", "tahun", "indikator_kunci"},
			Nilai: "coalesce(%[1]s.target_nilai::VARCHAR, %[1]s.target_teks) || ' / ' || coalesce(%[1]s.realisasi_nilai::VARCHAR, %[1]s.realisasi_teks)",
			Beda:  []string{"target_nilai", "realisasi_nilai"}},
		Columns: cols(docID("Document the row was taken from (see precedence in schemas/EXTRACTION.md)."), lines(), []Column{
			{Name: "satker_id", Type: Varchar, NotNull: true, Field: "SatkerID", Comment: "Satker the indicator is about."},
			{Name: "tahun", Type: Integer, NotNull: true, Field: "Tahun", Comment: "Year of the target and achievement."},
			{Name: "tingkat", Type: Varchar, NotNull: true, Field: "Tingkat", Comment: "sasaran_strategis or sasaran_kegiatan.",
				Accepted: []string{"sasaran_strategis", "sasaran_kegiatan"}},
			{Name: "program", Type: Varchar, Field: "Program", Comment: "Program the indicator belongs to, where stated."},
			{Name: "sasaran", Type: Varchar, Field: "Sasaran", Comment: "Sasaran (goal) text as written."},
			{Name: "indikator_id", Type: Varchar, Field: "IndikatorID", Comment: "Canonical indicator id from ref_indikator; NULL when the text matched none."},
			{Name: "indikator", Type: Varchar, NotNull: true, Field: "Indikator", Comment: "Indicator text as written."},
			{Name: "indikator_kunci", Type: Varchar, NotNull: true, Note: "indikator_id, or the folded text when unmatched",
				Comment: "Natural-key part: indikator_id, or the folded text when unmatched."},
			{Name: "target_teks", Type: Varchar, Field: "TargetTeks", Comment: "Target as written (homoglyphs folded), e.g. 96%, B, 2 Lap."},
			{Name: "target_nilai", Type: Double, Field: "TargetNilai", Comment: "Target as a number (percent units for %); NULL for grades and missing values."},
			{Name: "realisasi_teks", Type: Varchar, Field: "RealisasiTeks", Comment: "Achievement as written, e.g. 70,45%, BB*."},
			{Name: "realisasi_nilai", Type: Double, Field: "RealisasiNilai", Comment: "Achievement as a number; NULL for grades and missing values."},
			{Name: "satuan", Type: Varchar, Field: "Satuan", Comment: "Unit: persen, nilai, predikat, laporan, kali, kecamatan, dokumen, opini."},
			{Name: "capaian_lapor", Type: Double, Field: "CapaianLapor", Comment: "Capaian (achievement %) as the report states it."},
			{Name: "capaian_teks", Type: Varchar, Field: "CapaianTeks", Comment: "Capaian as written (e.g. 200%, BB, Tercapai)."},
			{Name: "capaian_hitung", Type: Double, Field: "CapaianHitung", Comment: "Capaian recomputed by the KPU juknis formula; NULL for grades."},
			{Name: "tercapai", Type: Boolean, Field: "Tercapai", Comment: "Whether the target was achieved (grades compare by rank)."},
			sumber("Table or passage the row came from."),
			utama,
		}),
		View: []string{"doc_id", "satker_id", "tahun", "tingkat", "sasaran", "indikator_id", "indikator",
			"target_teks", "target_nilai", "realisasi_teks", "realisasi_nilai", "satuan",
			"capaian_lapor", "capaian_hitung", "tercapai",
			"program", "capaian_teks", "indikator_kunci", "sumber", "baris_awal", "baris_akhir"},
	},
	{
		Name: "capaian_seri", Table: "fact_capaian_seri",
		Comment: "Multi-year comparison cells of an indicator (realisasi of earlier years, target, national target).",
		Key:     []string{"satker_id", "indikator_kunci", "tahun", "jenis"}, Year: "tahun",
		Columns: cols(docID("Document."), lines(), []Column{
			{Name: "satker_id", Type: Varchar, NotNull: true, Field: "SatkerID", Comment: "Satker the value is about."},
			{Name: "indikator_id", Type: Varchar, Field: "IndikatorID", Comment: "Canonical indicator id or NULL."},
			{Name: "indikator", Type: Varchar, NotNull: true, Field: "Indikator", Comment: "Indicator text as written."},
			{Name: "indikator_kunci", Type: Varchar, NotNull: true, Comment: "indikator_id or folded text."},
			{Name: "tahun", Type: Integer, NotNull: true, Field: "Tahun", Comment: "Year the value is about."},
			{Name: "jenis", Type: Varchar, NotNull: true, Field: "Jenis", Comment: "realisasi, target or target_nasional.",
				Accepted: []string{"realisasi", "target", "target_nasional"}},
			{Name: "teks", Type: Varchar, Field: "Teks", Comment: "Value as written."},
			{Name: "nilai", Type: Double, Field: "Nilai", Comment: "Value as a number, NULL when not numeric."},
			{Name: "satuan", Type: Varchar, Field: "Satuan", Comment: "Unit."},
			sumber("Source table."),
			utama,
		}),
		View: []string{"doc_id", "satker_id", "indikator_id", "indikator", "indikator_kunci", "tahun", "jenis",
			"teks", "nilai", "satuan", "sumber", "baris_awal", "baris_akhir"},
	},
	{
		Name: "anggaran", Table: "fact_anggaran",
		Comment: "Budget (DIPA) lines: pagu, realisasi and absorption per satker, fiscal year and code.",
		Key:     []string{"satker_id", "tahun", "kode"}, Year: "tahun",
		// SisaTeks is the sisa cell as written, repaired by validation.
		Transient: []string{"SisaTeks"},
		Konflik: &Konflik{Kunci: []string{"satker_id", "tahun", "kode"},
			Nilai: "%[1]s.pagu::VARCHAR || ' / ' || %[1]s.realisasi::VARCHAR", Beda: []string{"pagu", "realisasi"}},
		Columns: cols(docID("Document."), lines(), []Column{
			{Name: "satker_id", Type: Varchar, NotNull: true, Field: "SatkerID", Comment: "Satker the budget belongs to."},
			{Name: "tahun", Type: Integer, NotNull: true, Field: "Tahun", Comment: "Fiscal year."},
			{Name: "kode", Type: Varchar, NotNull: true, Field: "Kode", Comment: "Canonical code: TOTAL, program 076.01.WA, kegiatan 3360, output 6639.BDB.001."},
			{Name: "kode_teks", Type: Varchar, Field: "KodeTeks", Comment: "Code as written."},
			{Name: "kode_induk", Type: Varchar, Field: "KodeInduk", Comment: "Canonical code of the parent line."},
			{Name: "uraian", Type: Varchar, Field: "Uraian", Comment: "Description as written."},
			{Name: "tingkat", Type: Varchar, NotNull: true, Field: "Tingkat", Comment: "total, program, kegiatan or output.",
				Accepted: []string{"total", "program", "kegiatan", "output"}},
			{Name: "pagu", Type: Bigint, Field: "Pagu", Comment: "Budget ceiling in rupiah."},
			{Name: "realisasi", Type: Bigint, Field: "Realisasi", Comment: "Spent, in rupiah."},
			{Name: "sisa", Type: Bigint, Field: "Sisa", Comment: "Unspent (pagu - realisasi), in rupiah."},
			{Name: "serapan_lapor", Type: Double, Field: "SerapanLapor", Comment: "Absorption % as the report states it."},
			{Name: "serapan_hitung", Type: Double, Field: "SerapanHitung", Comment: "Absorption % recomputed: realisasi / pagu x 100."},
			{Name: "pagu_awal", Type: Bigint, Field: "PaguAwal", Comment: "Initial DIPA allocation, where stated (TOTAL rows)."},
			{Name: "revisi_dipa", Type: Bigint, Field: "RevisiDIPA", Comment: "Number of DIPA revisions, where stated."},
			sumber("Source table or passage."),
			utama,
		}),
		View: []string{"doc_id", "satker_id", "tahun", "kode", "uraian", "tingkat", "pagu", "realisasi", "sisa",
			"serapan_lapor", "serapan_hitung",
			"kode_induk", "kode_teks", "pagu_awal", "revisi_dipa", "sumber", "baris_awal", "baris_akhir"},
	},
	{
		Name: "sakip", Table: "fact_sakip",
		Comment: "SAKIP evaluation result per satker and evaluated year.",
		Key:     []string{"satker_id", "tahun_dinilai"},
		// A report whose component table backs the score is the evaluation's
		// own record; a later report restating the score in a sentence is
		// not, and choosing it would drop the breakdown (sakip_komponen
		// follows the chosen row's document).
		Prefer: "(f.keyakinan = 'tinggi') DESC,\n" +
			"                    EXISTS (SELECT 1 FROM fact_sakip_komponen k WHERE k.doc_id = f.doc_id\n" +
			"                            AND k.satker_id = f.satker_id AND k.tahun_dinilai = f.tahun_dinilai) DESC",
		PreferReads: []string{"fact_sakip_komponen"},
		Konflik: &Konflik{Kunci: []string{"satker_id", "tahun_dinilai"}, SemuaBaris: true,
			Nilai: "coalesce(%[1]s.nilai::VARCHAR, '-') || ' ' || coalesce(%[1]s.predikat, '')", Beda: []string{"nilai", "predikat"}},
		Columns: cols(docID("Document."), lines(), []Column{
			{Name: "satker_id", Type: Varchar, NotNull: true, Field: "SatkerID", Comment: "Satker evaluated."},
			{Name: "tahun_dinilai", Type: Integer, NotNull: true, Field: "TahunDinilai", Comment: "Year evaluated (an evaluation published in year Y scores Y-1)."},
			{Name: "nilai", Type: Double, Field: "Nilai", Comment: "Score 0-100."},
			{Name: "predikat", Type: Varchar, Field: "Predikat", Comment: "Grade AA, A, BB, B, CC, C or D."},
			{Name: "keyakinan", Type: Varchar, NotNull: true, Field: "Keyakinan", Comment: "tinggi, or rendah for values read from unreliable tables (e.g. a photographed table).",
				Accepted: []string{"tinggi", "rendah"}},
			sumber("Source."),
			utama,
		}),
		View: []string{"doc_id", "satker_id", "tahun_dinilai", "nilai", "predikat", "keyakinan",
			"sumber", "baris_awal", "baris_akhir"},
	},
	{
		Name: "sakip_komponen", Table: "fact_sakip_komponen",
		Comment: "SAKIP component scores, from the same document as the chosen sakip row.",
		Key:     []string{"satker_id", "tahun_dinilai", "komponen"}, Year: "tahun_dinilai",
		SameDocAs: "sakip",
		Columns: cols(docID("Document."), lines(), []Column{
			{Name: "satker_id", Type: Varchar, NotNull: true, Field: "SatkerID", Comment: "Satker evaluated."},
			{Name: "tahun_dinilai", Type: Integer, NotNull: true, Field: "TahunDinilai", Comment: "Year evaluated."},
			{Name: "komponen", Type: Varchar, NotNull: true, Field: "Komponen", Comment: "perencanaan, pengukuran, pelaporan or evaluasi_internal.",
				Accepted: []string{"perencanaan", "pengukuran", "pelaporan", "evaluasi_internal"}},
			{Name: "bobot", Type: Double, Field: "Bobot", Comment: "Component weight."},
			{Name: "nilai", Type: Double, Field: "Nilai", Comment: "Component score."},
			sumber("Source."),
		}),
		View: []string{"doc_id", "satker_id", "tahun_dinilai", "komponen", "bobot", "nilai",
			"sumber", "baris_awal", "baris_akhir"},
	},
	{
		Name: "rb", Table: "fact_rb",
		Comment: "Reformasi Birokrasi evaluation per satker and year.",
		Key:     []string{"satker_id", "tahun"},
		Columns: cols(docID("Document."), lines(), []Column{
			{Name: "satker_id", Type: Varchar, NotNull: true, Field: "SatkerID", Comment: "Satker."},
			{Name: "tahun", Type: Integer, NotNull: true, Field: "Tahun", Comment: "Year evaluated."},
			{Name: "nilai", Type: Double, Field: "Nilai", Comment: "RB score."},
			{Name: "bobot", Type: Double, Field: "Bobot", Comment: "Maximum score (weight)."},
			{Name: "persen", Type: Double, Field: "Persen", Comment: "Score as % of the weight."},
			sumber("Source."),
			utama,
		}),
		View: []string{"doc_id", "satker_id", "tahun", "nilai", "bobot", "persen", "sumber", "baris_awal", "baris_akhir"},
	},
	{
		Name: "dpt", Table: "fact_dpt",
		Comment: "Voter roll (DPT) and polling stations (TPS) per election and area.",
		Key:     []string{"satker_id", "pemilihan", "tahun", "tingkat_wilayah", "wilayah"}, Year: "tahun",
		Konflik: &Konflik{Kunci: []string{"satker_id", "pemilihan", "tahun", "wilayah"},
			Nilai: "coalesce(%[1]s.pemilih_total::VARCHAR, '-') || ' pemilih, ' || coalesce(%[1]s.jumlah_tps::VARCHAR, '-') || ' TPS'",
			Beda:  []string{"pemilih_total", "jumlah_tps"}},
		Columns: cols(docID("Document."), lines(), []Column{
			{Name: "satker_id", Type: Varchar, NotNull: true, Field: "SatkerID", Comment: "Satker the row is about (the kabupaten for kecamatan rows)."},
			{Name: "pemilihan", Type: Varchar, NotNull: true, Field: "Pemilihan", Comment: "pemilu (February general election) or pilkada (regional election).",
				Accepted: []string{"pemilu", "pilkada"}},
			{Name: "tahun", Type: Integer, NotNull: true, Field: "Tahun", Comment: "Election year."},
			{Name: "tingkat_wilayah", Type: Varchar, NotNull: true, Field: "TingkatWilayah", Comment: "provinsi, kabupaten or kecamatan.",
				Accepted: []string{"provinsi", "kabupaten", "kecamatan"}},
			{Name: "wilayah", Type: Varchar, NotNull: true, Field: "Wilayah", Comment: "Area name."},
			{Name: "jumlah_desa", Type: Bigint, Field: "JumlahDesa", Comment: "Villages (desa/kelurahan)."},
			{Name: "jumlah_tps", Type: Bigint, Field: "JumlahTPS", Comment: "Polling stations."},
			{Name: "pemilih_l", Type: Bigint, Field: "PemilihL", Comment: "Male voters."},
			{Name: "pemilih_p", Type: Bigint, Field: "PemilihP", Comment: "Female voters."},
			{Name: "pemilih_total", Type: Bigint, Field: "PemilihTotal", Comment: "All voters (L+P)."},
			{Name: "keterangan", Type: Varchar, Field: "Keterangan", Comment: "Note as written (e.g. TPS Loksus)."},
			sumber("Source."),
			utama,
		}),
		View: []string{"doc_id", "satker_id", "pemilihan", "tahun", "tingkat_wilayah", "wilayah", "jumlah_desa",
			"jumlah_tps", "pemilih_l", "pemilih_p", "pemilih_total",
			"keterangan", "sumber", "baris_awal", "baris_akhir"},
	},
}
