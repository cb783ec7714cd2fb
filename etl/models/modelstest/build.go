package modelstest

import (
	"context"
	"testing"

	"github.com/kpu-ntt/lkj/etl/models"
	"github.com/kpu-ntt/lkj/etl/warehouse"
)

// Models loads every model (sql/ and the fact families' views); a model that
// does not load stops the test.
func Models(tb testing.TB) []models.Model {
	tb.Helper()
	ms, err := models.Load()
	if err != nil {
		tb.Fatal(err)
	}
	return ms
}

// Build builds every model on wh with opt, as `lkj build` does, and stops
// the test unless every one of them was built.
func Build(tb testing.TB, wh *warehouse.Warehouse, opt models.BuildOptions) {
	tb.Helper()
	ms := Models(tb)
	res, err := models.BuildWith(context.Background(), wh.Conn(), ms, opt)
	if err != nil {
		tb.Fatal(err)
	}
	if len(res) != len(ms) {
		tb.Fatalf("built %d of %d models", len(res), len(ms))
	}
}
