package models_test

import (
	"context"
	"testing"

	"github.com/kpu-ntt/lkj/etl/models"
	"github.com/kpu-ntt/lkj/etl/models/modelstest"
)

// TestEnsureViews: what lkj ingest calls builds the contract view models
// once (then only when their SQL changes), never the stg_ views or marts.
func TestEnsureViews(t *testing.T) {
	wh, _ := modelstest.Open(t, modelstest.Fixture())
	ctx := context.Background()
	n, err := models.EnsureViews(ctx, wh.Conn())
	if err != nil {
		t.Fatal(err)
	}
	if n != 15 { // 6 pilih_, 7 contract views, konflik, temuan
		t.Errorf("first call built %d views, want 15", n)
	}
	if n, err = models.EnsureViews(ctx, wh.Conn()); err != nil || n != 0 {
		t.Errorf("second call built %d views (err %v), want 0", n, err)
	}
	check(t, "contract", row(t, wh.Conn(), "SELECT count(*) > 0 AS ok FROM anggaran"), map[string]any{"ok": true})
	check(t, "not built", row(t, wh.Conn(), `SELECT count(*) AS n FROM duckdb_views()
		WHERE view_name = 'stg_anggaran' OR view_name LIKE 'mart_%'`), map[string]any{"n": 0})
	if _, err := wh.Conn().ExecContext(ctx, "UPDATE "+models.RegistryTable+" SET sha256 = 'old' WHERE name = 'pilih_rb'"); err != nil {
		t.Fatal(err)
	}
	if n, err = models.EnsureViews(ctx, wh.Conn()); err != nil || n != 1 {
		t.Errorf("after a change built %d views (err %v), want 1", n, err)
	}
}
