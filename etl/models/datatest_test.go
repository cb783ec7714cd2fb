package models_test

import (
	"strings"
	"testing"

	"github.com/kpu-ntt/lkj/etl/family"
	"github.com/kpu-ntt/lkj/etl/models"
)

// TestDataTests runs every data test on the clean fixture (all pass), then
// breaks the data on purpose, one test at a time inside a transaction that is
// rolled back, and checks that the test meant to catch it fails.
func TestDataTests(t *testing.T) {
	ctx, conn := builtConn(t)
	tests, err := models.LoadTests()
	if err != nil {
		t.Fatal(err)
	}
	byName := map[string]models.DataTest{}
	for _, r := range models.Test(ctx, conn, tests) {
		if r.Err != nil || r.Failures != 0 {
			t.Errorf("clean fixture: %s failures=%d err=%v sample=%v", r.Name, r.Failures, r.Err, r.Sample)
		}
	}
	for _, dt := range tests {
		byName[dt.Name] = dt
	}

	// dupView makes a contract view return each chosen row twice, as a
	// broken precedence rule would.
	dupView := func(view string) []string {
		return []string{"CREATE OR REPLACE VIEW " + view + " AS SELECT * FROM pilih_" + view +
			" WHERE urutan = 1 UNION ALL SELECT * FROM pilih_" + view + " WHERE urutan = 1"}
	}
	breaks := []struct {
		test  string
		stmts []string
		fail  bool
	}{
		{"unik_capaian", dupView("capaian"), true},
		{"unik_capaian_seri", dupView("capaian_seri"), true},
		{"unik_anggaran", dupView("anggaran"), true},
		{"unik_sakip", dupView("sakip"), true},
		{"unik_rb", dupView("rb"), true},
		{"unik_dpt", dupView("dpt"), true},
		{"unik_sakip_komponen", []string{"INSERT INTO fact_sakip_komponen SELECT * FROM fact_sakip_komponen WHERE komponen = 'pelaporan'"}, true},
		{"kunci_tidak_null", []string{"CREATE OR REPLACE VIEW rb AS SELECT * REPLACE (NULL::INTEGER AS tahun) FROM pilih_rb WHERE urutan = 1"}, true},
		{"nilai_diterima", []string{"UPDATE fact_dpt SET pemilihan = 'pileg' WHERE doc_id = 'sikka2024'"}, true},
		{"nilai_diterima", []string{"UPDATE fact_capaian SET tingkat = 'program' WHERE indikator_id = 'sk1'"}, true},
		{"predikat_dikenal", []string{"UPDATE fact_sakip SET predikat = 'AAA' WHERE satker_id = '5301'"}, true},
		{"satker_dikenal", []string{"UPDATE fact_rb SET satker_id = '9999'"}, true},
		// A NULL measure with no finding on its lines is a silent NULL...
		// (the fixture's own fakta.nilai_kosong findings, for its NULL
		// bobot and persen, have no lines and would answer it: dropped)
		{"null_punya_temuan", []string{"UPDATE fact_rb SET nilai = NULL",
			"DELETE FROM etl_finding WHERE aturan = 'fakta.nilai_kosong'"}, true},
		// ...and one with a finding there is not.
		{"null_punya_temuan", []string{"UPDATE fact_rb SET nilai = NULL",
			"INSERT INTO etl_finding SELECT doc_id, 'rb.uji', 'info', 'nilai RB tidak terbaca', NULL, baris_awal, baris_akhir FROM fact_rb"}, false},
		{"dpt_lp_sama_total", []string{"UPDATE fact_dpt SET pemilih_l = pemilih_l + 1 WHERE wilayah = 'BOLA'"}, true},
		{"dpt_kecamatan_sama_kabupaten", []string{"UPDATE fact_dpt SET jumlah_tps = 23 WHERE wilayah = 'PANTAR'"}, true},
		// With only Alor and Kota Kupang left in NTT the province is
		// complete and its row matches their sum...
		{"dpt_kabupaten_sama_provinsi", []string{"DELETE FROM ref_satker WHERE provinsi_id = '53' AND satker_id NOT IN ('53', '5305', '5371')"}, false},
		// ...until the province's total is off by one.
		{"dpt_kabupaten_sama_provinsi", []string{
			"DELETE FROM ref_satker WHERE provinsi_id = '53' AND satker_id NOT IN ('53', '5305', '5371')",
			"UPDATE fact_dpt SET pemilih_total = 312648 WHERE tingkat_wilayah = 'provinsi'"}, true},
		{"serapan_wajar", []string{"UPDATE fact_anggaran SET realisasi = pagu * 2 WHERE kode = '3360'"}, true},
		{"serapan_wajar", []string{"UPDATE fact_anggaran SET realisasi = pagu + pagu / 1000 WHERE kode = '3360'"}, false},
		{"anggaran_sisa", []string{"UPDATE fact_anggaran SET sisa = 1 WHERE kode = '3360'"}, true},
		{"sakip_nilai_sesuai_predikat", []string{"UPDATE fact_sakip SET predikat = 'AA' WHERE satker_id = '5301'"}, true},
		{"sakip_nilai_sesuai_predikat", []string{"UPDATE fact_sakip SET nilai = 101, predikat = NULL WHERE satker_id = '5301'"}, true},
		{"sakip_komponen_sama_total", []string{"UPDATE fact_sakip_komponen SET nilai = 30 WHERE komponen = 'perencanaan'"}, true},
		// Checks declared in model headers, instances of sql/generic.
		{"accepted_values_stg_capaian_tingkat", []string{"UPDATE fact_capaian SET tingkat = 'program' WHERE indikator_id = 'sk1'"}, true},
		{"accepted_values_mart_dpt_pemilihan", []string{"UPDATE mart_dpt SET pemilihan = 'pileg' WHERE satker_id = '5305'"}, true},
		{"range_mart_capaian_persen_tercapai", []string{"UPDATE mart_capaian SET persen_tercapai = 100.5 WHERE satker_id = '5305'"}, true},
		{"range_mart_capaian_persen_tercapai", []string{"UPDATE mart_capaian SET persen_tercapai = 100 WHERE satker_id = '5305'"}, false},
		{"relationships_mart_peringkat_satker_id", []string{"UPDATE mart_peringkat SET satker_id = '9999' WHERE satker_id = '5305'"}, true},
	}
	covered := map[string]bool{}
	for _, b := range breaks {
		covered[b.test] = true
	}
	// Every model's key test: duplicate a row of a table, or make a view
	// return its rows twice.
	ms, _ := models.Load()
	for _, m := range ms {
		if len(m.UniqueKey) == 0 || family.Named(m.Name) != nil {
			continue // no key, or tested as unik_<family> above
		}
		name := "model_key_" + m.Name
		covered[name] = true
		if m.Materialized == models.Table {
			breaks = append(breaks, struct {
				test  string
				stmts []string
				fail  bool
			}{name, []string{"INSERT INTO " + m.Name + " SELECT * FROM " + m.Name + " LIMIT 1"}, true})
			continue
		}
		body := strings.TrimSpace(m.SQL)
		breaks = append(breaks, struct {
			test  string
			stmts []string
			fail  bool
		}{name, []string{"CREATE OR REPLACE VIEW " + m.Name + " AS SELECT * FROM (\n" + body + "\n) UNION ALL SELECT * FROM (\n" + body + "\n)"}, true})
	}
	for _, dt := range tests {
		if !covered[dt.Name] {
			t.Errorf("data test %s is never broken on purpose", dt.Name)
		}
	}

	for _, b := range breaks {
		dt, ok := byName[b.test]
		if !ok {
			t.Errorf("no data test %s", b.test)
			continue
		}
		if _, err := conn.ExecContext(ctx, "BEGIN TRANSACTION"); err != nil {
			t.Fatal(err)
		}
		for _, s := range b.stmts {
			if _, err := conn.ExecContext(ctx, s); err != nil {
				t.Errorf("%s: %s: %v", b.test, s, err)
			}
		}
		r := models.Test(ctx, conn, []models.DataTest{dt})[0]
		if _, err := conn.ExecContext(ctx, "ROLLBACK"); err != nil {
			t.Fatal(err)
		}
		if r.Err != nil {
			t.Errorf("%s: %v", b.test, r.Err)
			continue
		}
		if (r.Failures > 0) != b.fail {
			t.Errorf("%s after %v: failures = %d, want failing = %v", b.test, b.stmts, r.Failures, b.fail)
		}
		if b.fail && (len(r.Sample) == 0 || len(r.Columns) == 0) {
			t.Errorf("%s: no sample of offending rows", b.test)
		}
	}
}
