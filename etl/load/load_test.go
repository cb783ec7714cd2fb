package load_test

import (
	"context"
	"database/sql"
	"errors"
	"path/filepath"
	"testing"

	"github.com/kpu-ntt/lkj/etl/facts"
	"github.com/kpu-ntt/lkj/etl/load"
	"github.com/kpu-ntt/lkj/etl/warehouse"
	"github.com/kpu-ntt/lkj/etl/warehouse/whtest"
)

func sampleDoc() *facts.Document {
	return &facts.Document{
		Meta: facts.Meta{SatkerID: "5305", Tahun: 2024},
		Anggaran: []facts.Anggaran{
			{Span: facts.Span{Start: 2079, End: 2079}, SatkerID: "5305", Tahun: 2024, Kode: "TOTAL", Tingkat: facts.LevelTotal,
				Pagu: facts.I(44980284000), Realisasi: facts.I(44776265455), Sisa: facts.I(204018545), SerapanLapor: facts.F(99.55), Utama: true},
			{SatkerID: "5305", Tahun: 2024, Kode: "076.01.CQ", Tingkat: facts.LevelProgram, Utama: true},
		},
		DPT: []facts.DPT{{SatkerID: "5305", Pemilihan: "pilkada", Tahun: 2024, TingkatWilayah: "kecamatan", Wilayah: "PANTAR",
			JumlahDesa: facts.I(11), JumlahTPS: facts.I(22), PemilihL: facts.I(3736), PemilihP: facts.I(3911), PemilihTotal: facts.I(7647), Utama: true}},
		Capaian: []facts.Capaian{{SatkerID: "5305", Tahun: 2024, Tingkat: facts.SasaranStrategis, Indikator: "Persentase  X",
			TargetNilai: facts.F(96), Tercapai: facts.B(true), Utama: true}},
		Findings: []facts.Finding{{Aturan: "anggaran.sisa_diperbaiki", Tingkat: facts.Warning, Pesan: "cut off", Nilai: "Rp. 204.018.54"}},
	}
}

func openWH(t *testing.T) (*warehouse.Warehouse, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "t.duckdb")
	return whtest.Open(t, path), path
}

func count(t *testing.T, wh *warehouse.Warehouse, q string) int {
	t.Helper()
	var n int
	if err := wh.Conn().QueryRowContext(context.Background(), q).Scan(&n); err != nil {
		t.Fatalf("%s: %v", q, err)
	}
	return n
}

func TestDocumentLoadsEveryFamily(t *testing.T) {
	t.Parallel()
	wh, path := openWH(t)
	ctx := context.Background()
	st, err := load.Stage(ctx, wh, "d1", sampleDoc())
	if err != nil {
		t.Fatal(err)
	}
	var c load.Counts
	err = wh.Tx(ctx, func(*sql.Conn) error {
		var err error
		c, err = st.Insert(ctx)
		return err
	})
	st.Close()
	if err != nil {
		t.Fatal(err)
	}
	if c["fact_anggaran"] != 2 || c["fact_dpt"] != 1 || c["fact_capaian"] != 1 || c["etl_finding"] != 1 || c.Total() != 4 {
		t.Fatalf("counts = %v", c)
	}
	var pagu, sisa int64
	var serapan float64
	if err := wh.Conn().QueryRowContext(ctx, "SELECT pagu, sisa, serapan_lapor FROM fact_anggaran WHERE kode = 'TOTAL'").Scan(&pagu, &sisa, &serapan); err != nil {
		t.Fatal(err)
	}
	if pagu != 44980284000 || sisa != 204018545 || serapan != 99.55 {
		t.Fatalf("got pagu %d sisa %d serapan %v", pagu, sisa, serapan)
	}
	if n := count(t, wh, "SELECT count(*) FROM fact_anggaran WHERE kode = '076.01.CQ' AND pagu IS NULL AND baris_awal IS NULL"); n != 1 {
		t.Fatalf("nil pointers and zero spans must load as NULL, got %d rows", n)
	}
	if n := count(t, wh, "SELECT count(*) FROM fact_capaian WHERE indikator_kunci = 'teks:persentase x'"); n != 1 {
		t.Fatalf("indikator_kunci not folded, %d rows", n)
	}
	// The Arrow views live in the memory catalog and are dropped after use:
	// nothing of them may reach the warehouse file.
	if n := count(t, wh, "SELECT count(*) FROM duckdb_views() WHERE view_name LIKE 'lkj_arrow_%'"); n != 0 {
		t.Fatalf("%d arrow views left behind", n)
	}
	if err := wh.Close(); err != nil {
		t.Fatal(err)
	}
	ro := whtest.ReadOnly(t, path)
	var n int
	if err := ro.QueryRow("SELECT count(*) FROM fact_dpt WHERE pemilih_l + pemilih_p = pemilih_total").Scan(&n); err != nil || n != 1 {
		t.Fatalf("reopen: n=%d err=%v", n, err)
	}
}

func TestFailedTransactionLeavesNothing(t *testing.T) {
	t.Parallel()
	wh, _ := openWH(t)
	defer wh.Close()
	ctx := context.Background()
	boom := errors.New("boom")
	st, err := load.Stage(ctx, wh, "d1", sampleDoc())
	if err != nil {
		t.Fatal(err)
	}
	err = wh.Tx(ctx, func(*sql.Conn) error {
		if _, err := st.Insert(ctx); err != nil {
			return err
		}
		return boom
	})
	st.Close()
	if !errors.Is(err, boom) {
		t.Fatalf("err = %v", err)
	}
	for _, tbl := range []string{"fact_anggaran", "fact_dpt", "fact_capaian", "etl_finding"} {
		if n := count(t, wh, "SELECT count(*) FROM "+tbl); n != 0 {
			t.Errorf("%s has %d rows after rollback", tbl, n)
		}
	}
	// The connection must still work and point at the warehouse.
	st2, err := load.Stage(ctx, wh, "d2", sampleDoc())
	if err != nil {
		t.Fatal(err)
	}
	defer st2.Close()
	if _, err := st2.Insert(ctx); err != nil {
		t.Fatal(err)
	}
	if n := count(t, wh, "SELECT count(*) FROM fact_anggaran WHERE doc_id = 'd2'"); n != 2 {
		t.Fatalf("after rollback, load wrote %d rows", n)
	}
}

func TestMigrationsAreIdempotent(t *testing.T) {
	t.Parallel()
	wh, path := openWH(t)
	ctx := context.Background()
	v1, err := wh.SchemaVersion(ctx)
	if err != nil || v1 < 4 {
		t.Fatalf("schema version %d, %v", v1, err)
	}
	wh.Close()
	wh2 := whtest.Open(t, path)
	v2, _ := wh2.SchemaVersion(ctx)
	if v2 != v1 {
		t.Fatalf("version changed on reopen: %d -> %d", v1, v2)
	}
	if n := count(t, wh2, "SELECT count(*) FROM satker WHERE provinsi_id = '53'"); n != 23 {
		t.Fatalf("NTT satkers = %d, want 23", n)
	}
	if n := count(t, wh2, "SELECT count(*) FROM satker"); n != 552 {
		t.Fatalf("satkers = %d, want 552", n)
	}
}
