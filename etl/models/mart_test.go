package models_test

import (
	"context"
	"database/sql"
	"fmt"
	"math"
	"strings"
	"testing"

	"github.com/kpu-ntt/lkj/etl/models"
	"github.com/kpu-ntt/lkj/etl/models/modelstest"
	"github.com/kpu-ntt/lkj/etl/sqlrows"
	"github.com/kpu-ntt/lkj/etl/warehouse"
)

// built opens the hand-built fixture warehouse and builds every model.
func built(t *testing.T, opt models.BuildOptions) *warehouse.Warehouse {
	t.Helper()
	wh, _ := modelstest.Open(t, modelstest.Fixture())
	modelstest.Build(t, wh, opt)
	return wh
}

// builtConn is the connection to the fixture warehouse built with the
// default options, and the test's context.
func builtConn(t *testing.T) (context.Context, *sql.Conn) {
	return t.Context(), built(t, models.BuildOptions{}).Conn()
}

// row reads the one row q gives as column -> value.
func row(t *testing.T, conn *sql.Conn, q string, args ...any) map[string]any {
	t.Helper()
	cols, rows, err := sqlrows.Query(context.Background(), conn, q, args...)
	switch {
	case err != nil:
		t.Fatalf("%s: %v", q, err)
	case len(rows) == 0:
		t.Fatalf("%s %v: no row", q, args)
	case len(rows) > 1:
		t.Fatalf("%s %v: more than one row", q, args)
	}
	m := map[string]any{}
	for i, c := range cols {
		m[c] = rows[0][i]
	}
	return m
}

// check compares a row with expectations: numbers within 0.0101 (values are
// rounded to 2 decimals in SQL, and x.xx5 may round either way in binary),
// nil for NULL, anything else with ==.
func check(t *testing.T, label string, got map[string]any, want map[string]any) {
	t.Helper()
	for k, w := range want {
		g, ok := got[k]
		if !ok {
			t.Errorf("%s: no column %s", label, k)
			continue
		}
		if w == nil || g == nil {
			if w != g {
				t.Errorf("%s.%s = %v, want %v", label, k, g, w)
			}
			continue
		}
		if wf, ok := sqlrows.Float(w); ok {
			gf, ok := sqlrows.Float(g)
			if !ok || math.Abs(gf-wf) > 0.0101 {
				t.Errorf("%s.%s = %v, want %v", label, k, g, w)
			}
			continue
		}
		if fmt.Sprint(g) != fmt.Sprint(w) {
			t.Errorf("%s.%s = %v, want %v", label, k, g, w)
		}
	}
}

func TestMarts(t *testing.T) {
	wh := built(t, models.BuildOptions{})
	conn := wh.Conn()
	tests := []struct {
		label string
		q     string
		args  []any
		want  map[string]any
	}{
		{"serapan 5305 2024", "SELECT * FROM mart_serapan WHERE satker_id = ? AND tahun = ?", []any{"5305", 2024}, map[string]any{
			"pagu": int64(44980284000), "realisasi": int64(44776265455), "sisa": int64(204018545),
			"serapan_persen": 99.55, "serapan_lapor": 99.55, "peringkat_provinsi": 2, "jumlah_satker_provinsi": 3,
			"pagu_prev": int64(40000000000), "pagu_delta": int64(4980284000), "pagu_delta_pct": 12.45,
			"serapan_persen_prev": 97.5, "serapan_persen_delta": 2.05, "jumlah_program": 2, "peringkat_provinsi_prev": 1,
			"nama_pendek": "Alor", "provinsi_id": "53"}},
		{"serapan 5371 2024", "SELECT * FROM mart_serapan WHERE satker_id = ? AND tahun = ?", []any{"5371", 2024}, map[string]any{
			"serapan_persen": 99.70, "peringkat_provinsi": 1, "serapan_persen_prev": 95.0, "serapan_persen_delta": 4.7,
			"pagu_delta_pct": 11.11, "nama_pendek": "Kota Kupang"}},
		{"serapan 53 2024", "SELECT * FROM mart_serapan WHERE satker_id = ? AND tahun = ?", []any{"53", 2024}, map[string]any{
			"serapan_persen": 99.32, "peringkat_provinsi": 3, "pagu_prev": nil, "pagu_delta": nil, "serapan_persen_delta_pct": nil}},
		{"serapan program WA 5305", "SELECT * FROM mart_serapan_program WHERE satker_id = ? AND tahun = ? AND kode = ?",
			[]any{"5305", 2024, "076.01.WA"}, map[string]any{
				"serapan_persen": 99.0, "porsi_pagu": 22.23, "jumlah_kegiatan": 1, "peringkat_provinsi": 2}},
		{"serapan program CQ 5305", "SELECT * FROM mart_serapan_program WHERE satker_id = ? AND tahun = ? AND kode = ?",
			[]any{"5305", 2024, "076.01.CQ"}, map[string]any{"serapan_persen": 99.70, "porsi_pagu": 77.77, "peringkat_provinsi": 1}},
		{"sakip 5305 2023", "SELECT * FROM mart_sakip WHERE satker_id = ? AND tahun_dinilai = ?", []any{"5305", 2023}, map[string]any{
			"nilai": 73.15, "predikat": "BB", "keyakinan": "tinggi", "peringkat_provinsi": 3, "jumlah_satker_provinsi": 4,
			"nilai_prev": 70.10, "nilai_delta": 3.05, "nilai_delta_pct": 4.35, "predikat_prev": "BB", "predikat_peringkat_delta": 0,
			"peringkat_provinsi_prev": 2, "komponen_perencanaan": 22.5, "komponen_pengukuran": 21.0, "komponen_pelaporan": 12.15,
			"komponen_evaluasi_internal": 17.5, "jumlah_komponen": 4, "komponen_jumlah": 73.15, "komponen_selisih": 0.0,
			"predikat_cocok": true, "doc_id": "alor2024"}},
		{"sakip 5371 2023", "SELECT * FROM mart_sakip WHERE satker_id = ? AND tahun_dinilai = ?", []any{"5371", 2023}, map[string]any{
			"nilai": 80.5, "predikat": "A", "peringkat_provinsi": 2, "nilai_delta": 2.5, "nilai_delta_pct": 3.21,
			"predikat_prev": "BB", "predikat_peringkat_delta": 1, "peringkat_provinsi_prev": 1, "jumlah_komponen": 0,
			"komponen_perencanaan": nil}},
		{"sakip 5301 2023 from the province report", "SELECT * FROM mart_sakip WHERE satker_id = ? AND tahun_dinilai = ?",
			[]any{"5301", 2023}, map[string]any{"nilai": 65.0, "predikat": "B", "keyakinan": "rendah", "peringkat_provinsi": 4,
				"nilai_prev": nil, "doc_id": "prov2024"}},
		{"capaian 5305 2024", "SELECT * FROM mart_capaian WHERE satker_id = ? AND tahun = ?", []any{"5305", 2024}, map[string]any{
			"jumlah_indikator": 4, "jumlah_sasaran_strategis": 2, "jumlah_sasaran_kegiatan": 2, "jumlah_tercapai": 3,
			"jumlah_tidak_tercapai": 1, "jumlah_tanpa_status": 0, "persen_tercapai": 75.0, "jumlah_capaian_angka": 3,
			"rata_capaian": 94.72, "min_capaian": 80.0, "max_capaian": 104.17, "peringkat_provinsi": 2,
			"persen_tercapai_prev": nil}},
		{"capaian 5371 2024", "SELECT * FROM mart_capaian WHERE satker_id = ? AND tahun = ?", []any{"5371", 2024}, map[string]any{
			"persen_tercapai": 100.0, "rata_capaian": 105.04, "peringkat_provinsi": 1, "persen_tercapai_prev": 50.0,
			"persen_tercapai_delta": 50.0, "persen_tercapai_delta_pct": 100.0, "rata_capaian_prev": 95.0,
			"rata_capaian_delta": 10.04, "rata_capaian_delta_pct": 10.57, "jumlah_indikator_delta": 0}},
		{"capaian indikator ss1 2024", "SELECT * FROM mart_capaian_indikator WHERE provinsi_id = ? AND tahun = ? AND indikator_kunci = ?",
			[]any{"53", 2024, "ss1"}, map[string]any{"jumlah_satker": 2, "jumlah_tercapai": 2, "persen_tercapai": 100.0,
				"rata_capaian": 107.10, "min_capaian": 104.17, "max_capaian": 110.03, "persen_tercapai_prev": 0.0,
				"persen_tercapai_delta": 100.0, "persen_tercapai_delta_pct": nil, "rata_capaian_prev": 90.0}},
		{"capaian indikator grade", "SELECT * FROM mart_capaian_indikator WHERE provinsi_id = ? AND tahun = ? AND indikator_kunci = ?",
			[]any{"53", 2024, "sk2"}, map[string]any{"is_predikat": true, "jumlah_tercapai": 1, "rata_capaian": nil}},
		{"dpt 5305 pilkada", "SELECT * FROM mart_dpt WHERE satker_id = ? AND pemilihan = ? AND tahun = ?", []any{"5305", "pilkada", 2024},
			map[string]any{"pemilih_total": int64(12647), "jumlah_tps": int64(37), "pemilih_per_tps": 341.81, "persen_perempuan": 50.69,
				"sumber": "rekap", "jumlah_kecamatan": 2, "pemilihan_prev": "pemilu", "tahun_prev": 2024,
				"pemilih_total_prev": int64(12500), "pemilih_total_delta": int64(147), "pemilih_total_delta_pct": 1.18,
				"jumlah_tps_prev": int64(40), "jumlah_tps_delta": int64(-3), "jumlah_tps_delta_pct": -7.5,
				"pemilih_per_tps_prev": 312.5, "tahun_sejenis_prev": nil}},
		{"dpt 5305 pemilu", "SELECT * FROM mart_dpt WHERE satker_id = ? AND pemilihan = ? AND tahun = ?", []any{"5305", "pemilu", 2024},
			map[string]any{"pemilih_per_tps": 312.5, "pemilihan_prev": nil, "pemilih_total_delta": nil}},
		{"dpt province", "SELECT * FROM mart_dpt WHERE satker_id = ? AND pemilihan = ? AND tahun = ?", []any{"53", "pilkada", 2024},
			map[string]any{"tingkat_wilayah": "provinsi", "sumber": "rekap", "pemilih_total": int64(312647),
				"pemilih_per_tps": 333.67, "persen_perempuan": 50.67}},
		{"dpt from kecamatan", "SELECT * FROM mart_dpt WHERE satker_id = ? AND pemilihan = ? AND tahun = ?", []any{"5307", "pilkada", 2024},
			map[string]any{"sumber": "jumlah_kecamatan", "pemilih_total": int64(3000), "jumlah_tps": int64(15),
				"pemilih_per_tps": 200.0, "persen_perempuan": 50.0, "jumlah_kecamatan": 2}},
		// 2024's basis is all three measures (5371 and 5305 have them); 53
		// has no capaian, so it gets no score and no rank, only what it lacks.
		{"peringkat 5371 2024", "SELECT * FROM mart_peringkat WHERE satker_id = ? AND tahun = ?", []any{"5371", 2024}, map[string]any{
			"peringkat": 1, "skor_komposit": 92.11, "jumlah_ukuran": 3, "sakip_nilai": 80.5, "sakip_tahun_dinilai": 2023,
			"capaian_persen": 100.0, "serapan_persen": 99.70, "bobot_sakip": 0.4, "bobot_capaian": 0.3, "bobot_serapan": 0.3,
			"jumlah_satker_provinsi": 2, "ukuran_dasar": "sakip, capaian, serapan", "ukuran_kurang": nil,
			"jumlah_satker_data": 3, "jumlah_satker_total": 23,
			// 2023 stood on the same three measures, where 5371 was the only complete satker.
			"skor_komposit_prev": 75.7, "peringkat_prev": 1, "jumlah_satker_provinsi_prev": 1, "peringkat_delta": 0}},
		{"peringkat 53 2024 lacks capaian", "SELECT * FROM mart_peringkat WHERE satker_id = ? AND tahun = ?", []any{"53", 2024}, map[string]any{
			"peringkat": nil, "skor_komposit": nil, "jumlah_ukuran": 2, "capaian_persen": nil, "sakip_predikat": "A",
			"sakip_nilai": 85.0, "serapan_persen": 99.32, "ukuran_kurang": "capaian", "jumlah_satker_provinsi": 2}},
		{"peringkat 5305 2024", "SELECT * FROM mart_peringkat WHERE satker_id = ? AND tahun = ?", []any{"5305", 2024}, map[string]any{
			"peringkat": 2, "skor_komposit": 81.625,
			// In 2023 5305 had no capaian: no score to compare with.
			"skor_komposit_prev": nil, "skor_komposit_delta": nil, "peringkat_prev": nil, "peringkat_delta": nil}},
		{"peringkat 5305 2023 lacks capaian", "SELECT * FROM mart_peringkat WHERE satker_id = ? AND tahun = ?", []any{"5305", 2023}, map[string]any{
			"peringkat": nil, "skor_komposit": nil, "ukuran_kurang": "capaian", "jumlah_satker_provinsi": 1}},
		{"peringkat 53 2023 lacks two", "SELECT * FROM mart_peringkat WHERE satker_id = ? AND tahun = ?", []any{"53", 2023}, map[string]any{
			"ukuran_kurang": "capaian, serapan", "skor_komposit": nil}},
		// 2022 has SAKIP only: both satkers rank on it, of 2.
		{"peringkat 5305 2022 on SAKIP only", "SELECT * FROM mart_peringkat WHERE satker_id = ? AND tahun = ?", []any{"5305", 2022}, map[string]any{
			"ukuran_dasar": "sakip", "skor_komposit": 70.10, "peringkat": 2, "jumlah_satker_provinsi": 2, "jumlah_satker_data": 2}},
		// 2023's basis (three measures) differs from 2022's (SAKIP): no comparison.
		{"peringkat 5371 2023 no prev across bases", "SELECT * FROM mart_peringkat WHERE satker_id = ? AND tahun = ?", []any{"5371", 2023}, map[string]any{
			"peringkat": 1, "skor_komposit": 75.7, "skor_komposit_prev": nil, "peringkat_prev": nil}},
		// 5301's only input is a low-confidence SAKIP score: it is not ranked.
		{"peringkat leaves out 5301 (low-confidence SAKIP only)", "SELECT count(*) AS n FROM mart_peringkat WHERE satker_id = ?",
			[]any{"5301"}, map[string]any{"n": 0}},
		{"peringkat has no year without data", "SELECT count(*) AS n FROM mart_peringkat WHERE tahun > 2024 OR satker_id = '5307'",
			nil, map[string]any{"n": 0}},
	}
	for _, tt := range tests {
		check(t, tt.label, row(t, conn, tt.q, tt.args...), tt.want)
	}
}

func TestPeringkatWeightsAreConfiguration(t *testing.T) {
	wh := built(t, models.BuildOptions{Weights: models.Weights{"serapan": 2}})
	conn := wh.Conn()
	check(t, "53", row(t, conn, "SELECT * FROM mart_peringkat WHERE satker_id = '53' AND tahun = 2024"),
		map[string]any{"skor_komposit": 99.32, "peringkat": 3, "bobot_serapan": 2.0, "bobot_sakip": 0.0})
	check(t, "5301", row(t, conn, "SELECT count(*) AS n FROM mart_peringkat WHERE satker_id = '5301'"),
		map[string]any{"n": 0})
	check(t, "weights", row(t, conn, "SELECT count(*) AS n, sum(bobot) AS s FROM "+models.WeightsTable),
		map[string]any{"n": 1, "s": 2.0})
}

func TestBuildIsRepeatableAndGuarded(t *testing.T) {
	wh := built(t, models.BuildOptions{})
	ctx := context.Background()
	ms, _ := models.Load()
	plan, err := models.Plan(ms, []string{"mart_serapan"})
	if err != nil {
		t.Fatal(err)
	}
	res, err := models.Build(ctx, wh.Conn(), plan)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, r := range res {
		got = append(got, fmt.Sprintf("%s:%s:%d", r.Name, r.Materialized, r.Rows))
	}
	if want := "pilih_anggaran:view:9 anggaran:view:9 pilih_capaian:view:8 capaian:view:8 stg_anggaran:view:9 " +
		"stg_capaian:view:8 stg_capaian_satker:view:3 pilih_sakip:view:7 sakip:view:6 stg_sakip:view:6 stg_satker:view:552 " +
		"peringkat_provinsi:view:17 stg_serapan:view:8 mart_serapan:table:5"; strings.Join(got, " ") != want {
		t.Fatalf("rebuild = %v, want %s", got, want)
	}

	// A model may switch materialization between builds.
	var asTable models.Model
	for _, m := range plan {
		if m.Name == "stg_anggaran" {
			asTable = m
		}
	}
	asTable.Materialized = models.Table
	if _, err := models.Build(ctx, wh.Conn(), []models.Model{asTable}); err != nil {
		t.Fatalf("view -> table: %v", err)
	}
	check(t, "registry", row(t, wh.Conn(), "SELECT materialized FROM "+models.RegistryTable+" WHERE name = 'stg_anggaran'"),
		map[string]any{"materialized": "table"})

	// Never replace what models did not create.
	clash := models.Model{Name: "dokumen", SQL: "SELECT 1 AS x", Materialized: models.View}
	_, err = models.Build(ctx, wh.Conn(), []models.Model{clash})
	if err == nil || !strings.Contains(err.Error(), "models: build dokumen: view dokumen exists and was not built by models") {
		t.Fatalf("clash: err = %v", err)
	}
	// A failing model rolls back and leaves the old one.
	broken := models.Model{Name: "mart_serapan", SQL: "SELECT * FROM no_such_table", Materialized: models.Table}
	if _, err := models.Build(ctx, wh.Conn(), []models.Model{broken}); err == nil {
		t.Fatal("broken model built")
	}
	check(t, "after failed build", row(t, wh.Conn(), "SELECT count(*) AS n FROM mart_serapan"), map[string]any{"n": 5})
}
