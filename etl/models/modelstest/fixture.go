// Package modelstest builds small warehouses for the tests of the models,
// report and export packages: a hand-built one whose marts were computed by
// hand (see the comments on each document), and a synthetic national-scale
// one for benchmarks. Facts go in through load.Stage, the production path.
package modelstest

import (
	"context"
	"database/sql"
	"fmt"
	"path/filepath"
	"testing"

	"github.com/kpu-ntt/lkj/etl/facts"
	"github.com/kpu-ntt/lkj/etl/load"
	"github.com/kpu-ntt/lkj/etl/validate"
	"github.com/kpu-ntt/lkj/etl/warehouse"
	"github.com/kpu-ntt/lkj/etl/warehouse/whtest"
)

// Doc is one document to load: its id, the run that loads it, its facts.
type Doc struct {
	ID    string
	RunID int64
	Doc   *facts.Document
}

// Open creates a warehouse in a temporary folder, loads docs and returns it
// with its path; the warehouse is closed when the test ends.
func Open(tb testing.TB, docs []Doc) (*warehouse.Warehouse, string) {
	tb.Helper()
	path := filepath.Join(tb.TempDir(), "lkj.duckdb")
	wh := whtest.Open(tb, path)
	if err := LoadAll(context.Background(), wh, docs); err != nil {
		tb.Fatal(err)
	}
	return wh, path
}

// LoadAll records the runs the documents name and loads each document in
// its own transaction, as etl/ingest does.
func LoadAll(ctx context.Context, wh *warehouse.Warehouse, docs []Doc) error {
	runs := map[int64]bool{}
	for _, d := range docs {
		if !runs[d.RunID] {
			runs[d.RunID] = true
			if _, err := wh.Conn().ExecContext(ctx, `INSERT OR REPLACE INTO etl_run
				(run_id, command, started_at, ended_at, status, docs_loaded)
				VALUES (?, 'ingest', TIMESTAMP '2025-01-15 08:00:00' + to_minutes(?::BIGINT),
				        TIMESTAMP '2025-01-15 08:00:30' + to_minutes(?::BIGINT), 'ok', 0)`,
				d.RunID, d.RunID, d.RunID); err != nil {
				return fmt.Errorf("run %d: %w", d.RunID, err)
			}
		}
		if err := LoadDoc(ctx, wh, d); err != nil {
			return err
		}
	}
	return nil
}

// LoadDoc stages one document's facts and inserts them with its
// etl_document row (status loaded) in one transaction.
func LoadDoc(ctx context.Context, wh *warehouse.Warehouse, d Doc) error {
	// Every read document passes etl/validate, which computes serapan_hitung
	// (the marts only fall back to the reported percent); so do these.
	for i := range d.Doc.Anggaran {
		if a := &d.Doc.Anggaran[i]; a.SerapanHitung == nil {
			a.SerapanHitung = validate.Serapan(a.Pagu, a.Realisasi)
		}
	}
	st, err := load.Stage(ctx, wh, d.ID, d.Doc)
	if err != nil {
		return fmt.Errorf("stage %s: %w", d.ID, err)
	}
	defer st.Close()
	m := d.Doc.Meta
	return wh.Tx(ctx, func(*sql.Conn) error {
		if _, err := wh.Conn().ExecContext(ctx, `INSERT INTO etl_document
			(doc_id, path, sha256, satker_id, tahun, kind, format, status, parser_version, synthetic, bytes, facts, run_id, loaded_at)
			VALUES (?, ?, ?, ?, ?, 'lkj', 'txt', 'loaded', 'test', ?, 0, ?, ?,
			        TIMESTAMP '2025-01-15 08:00:00' + to_minutes(?::BIGINT))`,
			d.ID, "fixture/"+d.ID+".txt", d.ID+"000000000000000000000000000000000000000000000000",
			m.SatkerID, m.Tahun, m.Synthetic, d.Doc.FactCount(), d.RunID, d.RunID); err != nil {
			return fmt.Errorf("document %s: %w", d.ID, err)
		}
		if _, err := st.Insert(ctx); err != nil {
			return fmt.Errorf("insert %s: %w", d.ID, err)
		}
		return nil
	})
}

// money and pct shorten the literals below.
func money(v int64) *int64   { return &v }
func pct(v float64) *float64 { return &v }

// Fixture is the hand-built warehouse content: KPU Kabupaten Alor (5305)
// and KPU Kota Kupang (5371) load in run 1; KPU Provinsi NTT (53), which
// restates some of their facts and adds Kabupaten Kupang (5301), and KPU
// Kabupaten Sikka (5307, kecamatan DPT only) load in run 2.
//
// Hand-computed marts (default weights sakip .4, capaian .3, serapan .3):
//
//	serapan 2024: 5371 99.70 (1), 5305 99.55 (2), 53 99.32 (3)
//	              5305 pagu_delta 4.980.284.000 = 12.45 %, serapan_delta +2.05
//	sakip 2023:   53 85 (1), 5371 80.5 (2), 5305 73.15 (3, own report beats
//	              the province's 73.13), 5301 65 (4); 5305 delta +3.05 = 4.35 %
//	capaian 2024: 5371 100 % (1), 5305 75 % (2), 5305 mean 94.72 (grade out)
//	dpt pilkada 2024 5305: 12.647 voters / 37 TPS = 341.81, female 50.69 %,
//	              vs Pemilu 2024 12.500: +147 = 1.18 %; 5307 from kecamatan 3.000
//	peringkat 2024 (basis sakip, capaian, serapan): 5371 92.11 (1 / 2),
//	              5305 81.625 (2 / 2); 53 lacks capaian, so no score or rank;
//	              5301 is not listed: its only input is a low-confidence
//	              SAKIP score. 2023: 5371 75.7 (1 / 1); 2022 (SAKIP only):
//	              5371 78 (1 / 2), 5305 70.10 (2 / 2)
func Fixture() []Doc {
	return []Doc{
		{ID: "alor2024", RunID: 1, Doc: explained(alor())},
		{ID: "kota2024", RunID: 1, Doc: explained(kota())},
		{ID: "prov2024", RunID: 2, Doc: explained(prov())},
		{ID: "sikka2024", RunID: 2, Doc: explained(sikka())},
	}
}

// explained gives d's rows with a NULL measure the finding every reader
// leaves on them (etl/parse/nullcheck.go, etl/template), so the fixture is
// a warehouse lkj could have loaded: the data test null_punya_temuan holds.
func explained(d *facts.Document) *facts.Document {
	for _, n := range append(d.Nulls(), d.PartNulls()...) {
		d.Add(facts.Finding{Span: n.Span, Aturan: "fakta.nilai_kosong", Tingkat: facts.Info,
			Pesan: n.What + " kosong: " + n.Why})
	}
	return d
}

func alor() *facts.Document {
	const s = "5305"
	return &facts.Document{
		Meta: facts.Meta{SatkerID: s, Tahun: 2024, Format: "txt"},
		Anggaran: []facts.Anggaran{
			{SatkerID: s, Tahun: 2024, Kode: "TOTAL", Tingkat: facts.LevelTotal, Pagu: money(44980284000),
				Realisasi: money(44776265455), Sisa: money(204018545), SerapanLapor: pct(99.55), Utama: true},
			anggaran(s, 2024, "076.01.WA", "", facts.LevelProgram, "Program Dukungan Manajemen", 10000000000, 9900000000, 100000000),
			anggaran(s, 2024, "076.01.CQ", "", facts.LevelProgram, "Program Penyelenggaraan Pemilu", 34980284000, 34876265455, 104018545),
			anggaran(s, 2024, "3360", "076.01.WA", facts.LevelKegiatan, "", 10000000000, 9900000000, 100000000),
			anggaran(s, 2023, "TOTAL", "", facts.LevelTotal, "", 40000000000, 39000000000, 1000000000),
		},
		Sakip: []facts.Sakip{
			sakip(s, 2023, 73.15, "BB", "tinggi"),
			sakip(s, 2022, 70.10, "BB", "tinggi"),
		},
		SakipKomponen: []facts.SakipKomponen{
			{SatkerID: s, TahunDinilai: 2023, Komponen: "perencanaan", Bobot: pct(30), Nilai: pct(22.5)},
			{SatkerID: s, TahunDinilai: 2023, Komponen: "pengukuran", Bobot: pct(30), Nilai: pct(21.0)},
			{SatkerID: s, TahunDinilai: 2023, Komponen: "pelaporan", Bobot: pct(15), Nilai: pct(12.15)},
			{SatkerID: s, TahunDinilai: 2023, Komponen: "evaluasi_internal", Bobot: pct(25), Nilai: pct(17.5)},
		},
		Capaian: []facts.Capaian{
			capaian(s, 2024, facts.SasaranStrategis, "ss1", "persen", 96, 100, pct(104.17), true),
			capaian(s, 2024, facts.SasaranStrategis, "ss2", "persen", 100, 100, pct(100), true),
			capaian(s, 2024, facts.SasaranKegiatan, "sk1", "laporan", 10, 8, pct(80), false),
			{SatkerID: s, Tahun: 2024, Tingkat: facts.SasaranKegiatan, IndikatorID: "sk2", Indikator: "Nilai SAKIP",
				TargetTeks: "B", RealisasiTeks: "BB", Satuan: "predikat", CapaianLapor: pct(200), CapaianTeks: "200%",
				Tercapai: facts.B(true), Utama: true},
		},
		CapaianSeri: []facts.CapaianSeri{
			{SatkerID: s, IndikatorID: "ss1", Indikator: "Indikator ss1", Tahun: 2023, Jenis: "realisasi", Nilai: pct(95), Utama: true},
			{SatkerID: s, IndikatorID: "ss1", Indikator: "Indikator ss1", Tahun: 2024, Jenis: "realisasi", Nilai: pct(100), Utama: true},
			{SatkerID: s, IndikatorID: "ss1", Indikator: "Indikator ss1", Tahun: 2024, Jenis: "target", Nilai: pct(96), Utama: true},
		},
		RB: []facts.RB{{SatkerID: s, Tahun: 2024, Nilai: pct(27.21), Bobot: pct(36.30), Persen: pct(74.95), Utama: true}},
		DPT: []facts.DPT{
			dpt(s, "pilkada", 2024, "kecamatan", "PANTAR", 11, 22, 3736, 3911, 7647),
			dpt(s, "pilkada", 2024, "kecamatan", "ALOR BARAT LAUT", 10, 15, 2500, 2500, 5000),
			dpt(s, "pilkada", 2024, "kabupaten", "Kabupaten Alor", 21, 37, 6236, 6411, 12647),
			dpt(s, "pemilu", 2024, "kabupaten", "Kabupaten Alor", 21, 40, 6200, 6300, 12500),
		},
		Findings: []facts.Finding{{Span: facts.Span{Start: 2079, End: 2079}, Aturan: "anggaran.sisa_diperbaiki",
			Tingkat: facts.Warning, Pesan: "sisa terpotong, diperbaiki dari pagu - realisasi", Nilai: "Rp. 204.018.54"}},
	}
}

func kota() *facts.Document {
	const s = "5371"
	return &facts.Document{
		Meta: facts.Meta{SatkerID: s, Tahun: 2024, Format: "txt"},
		Anggaran: []facts.Anggaran{
			anggaran(s, 2024, "TOTAL", "", facts.LevelTotal, "", 20000000000, 19940000000, 60000000),
			anggaran(s, 2024, "076.01.WA", "", facts.LevelProgram, "Program Dukungan Manajemen", 5000000000, 4990000000, 10000000),
			anggaran(s, 2023, "TOTAL", "", facts.LevelTotal, "", 18000000000, 17100000000, 900000000),
		},
		Sakip: []facts.Sakip{
			sakip(s, 2023, 80.50, "A", "tinggi"),
			sakip(s, 2022, 78.00, "BB", "tinggi"),
		},
		Capaian: []facts.Capaian{
			capaian(s, 2024, facts.SasaranStrategis, "ss1", "persen", 100, 110.03, pct(110.03), true),
			capaian(s, 2024, facts.SasaranStrategis, "ss2", "persen", 100, 100.05, pct(100.05), true),
			capaian(s, 2023, facts.SasaranStrategis, "ss1", "persen", 100, 90, pct(90), false),
			capaian(s, 2023, facts.SasaranStrategis, "ss2", "persen", 100, 100, pct(100), true),
		},
		DPT: []facts.DPT{dpt(s, "pilkada", 2024, "kabupaten", "Kota Kupang", 51, 900, 148000, 152000, 300000)},
	}
}

func prov() *facts.Document {
	const s = "53"
	return &facts.Document{
		Meta: facts.Meta{SatkerID: s, Tahun: 2024, Format: "txt"},
		Anggaran: []facts.Anggaran{
			anggaran(s, 2024, "TOTAL", "", facts.LevelTotal, "", 215464527000, 214000000000, 1464527000),
		},
		Sakip: []facts.Sakip{
			sakip(s, 2023, 85, "A", "tinggi"),
			sakip("5305", 2023, 73.13, "BB", "rendah"),
			sakip("5301", 2023, 65, "B", "rendah"),
		},
		DPT: []facts.DPT{
			dpt("5305", "pilkada", 2024, "kabupaten", "Kabupaten Alor", 21, 37, 6236, 6411, 12647),
			dpt("5371", "pilkada", 2024, "kabupaten", "Kota Kupang", 51, 900, 148000, 152000, 300000),
			dpt(s, "pilkada", 2024, "provinsi", "Nusa Tenggara Timur", 72, 937, 154236, 158411, 312647),
		},
	}
}

func sikka() *facts.Document {
	const s = "5307"
	return &facts.Document{
		Meta: facts.Meta{SatkerID: s, Tahun: 2024, Format: "txt"},
		DPT: []facts.DPT{
			dpt(s, "pilkada", 2024, "kecamatan", "ALOK", 8, 10, 1000, 1100, 2100),
			dpt(s, "pilkada", 2024, "kecamatan", "BOLA", 6, 5, 500, 400, 900),
		},
	}
}

// anggaran is a budget row the document chose for its key (utama).
func anggaran(satker string, tahun int, kode, induk, tingkat, uraian string, pagu, real, sisa int64) facts.Anggaran {
	return facts.Anggaran{SatkerID: satker, Tahun: tahun, Kode: kode, KodeInduk: induk, Tingkat: tingkat, Uraian: uraian,
		Pagu: money(pagu), Realisasi: money(real), Sisa: money(sisa), Utama: true}
}

// sakip is a SAKIP score the document chose for its key (utama).
func sakip(satker string, tahun int, nilai float64, predikat, keyakinan string) facts.Sakip {
	return facts.Sakip{SatkerID: satker, TahunDinilai: tahun, Nilai: pct(nilai), Predikat: predikat, Keyakinan: keyakinan, Utama: true}
}

func capaian(satker string, tahun int, tingkat, id, satuan string, target, real float64, hitung *float64, ok bool) facts.Capaian {
	return facts.Capaian{SatkerID: satker, Tahun: tahun, Tingkat: tingkat, IndikatorID: id, Indikator: "Indikator " + id,
		TargetTeks: fmt.Sprint(target), TargetNilai: pct(target), RealisasiTeks: fmt.Sprint(real), RealisasiNilai: pct(real),
		Satuan: satuan, CapaianLapor: hitung, CapaianHitung: hitung, Tercapai: facts.B(ok), Utama: true}
}

func dpt(satker, pemilihan string, tahun int, tingkat, wilayah string, desa, tps, l, p, total int64) facts.DPT {
	return facts.DPT{SatkerID: satker, Pemilihan: pemilihan, Tahun: tahun, TingkatWilayah: tingkat, Wilayah: wilayah,
		JumlahDesa: money(desa), JumlahTPS: money(tps), PemilihL: money(l), PemilihP: money(p), PemilihTotal: money(total), Utama: true}
}
