package load_test

import (
	"context"
	"database/sql"
	"testing"

	"github.com/kpu-ntt/lkj/etl/load"
)

// Document rows go in with their facts through Arrow: new rows are
// inserted, known rows updated in place, in one statement each, and NULL
// stands for an unknown satker or year.
func TestDocumentRowsInsertAndUpdate(t *testing.T) {
	t.Parallel()
	wh, _ := openWH(t)
	defer wh.Close()
	ctx := context.Background()
	stage := func(items []load.Item) load.Counts {
		t.Helper()
		st, err := load.StageBatch(ctx, wh, items)
		if err != nil {
			t.Fatal(err)
		}
		defer st.Close()
		var c load.Counts
		if err := wh.Tx(ctx, func(*sql.Conn) error {
			var err error
			c, err = st.Insert(ctx)
			return err
		}); err != nil {
			t.Fatal(err)
		}
		return c
	}
	row := func(id, status string, exists bool) *load.DocumentRow {
		return &load.DocumentRow{ID: id, Path: id + ".txt", SHA256: id + "ff", SatkerID: "5305", Tahun: 2024, Kind: "lkj",
			Format: "txt", Status: status, ParserVersion: "parse-x", Bytes: 10, Facts: 4, RunID: 7, Exists: exists}
	}
	unknown := &load.DocumentRow{ID: "d2", Path: "d2.txt", SHA256: "d2ff", Kind: "lkj", Format: "unknown",
		Status: "rejected", Pesan: "tidak terbaca", ParserVersion: "parse-x", RunID: 7}
	c := stage([]load.Item{{ID: "d1", Doc: sampleDoc(), Row: row("d1", "loaded", false)}, {ID: "d2", Row: unknown}})
	if c["etl_document"] != 2 || c.Total() != 4 {
		t.Fatalf("counts = %v, want 2 document rows and 4 facts", c)
	}
	if n := count(t, wh, `SELECT count(*) FROM etl_document WHERE doc_id = 'd1' AND status = 'loaded' AND facts = 4
		AND satker_id = '5305' AND tahun = 2024 AND pesan IS NULL AND run_id = 7 AND bytes = 10 AND loaded_at IS NOT NULL`); n != 1 {
		t.Fatalf("d1 row not as staged")
	}
	if n := count(t, wh, `SELECT count(*) FROM etl_document WHERE doc_id = 'd2' AND satker_id IS NULL AND tahun IS NULL
		AND pesan = 'tidak terbaca' AND facts = 0`); n != 1 {
		t.Fatalf("d2 row: unknown satker and year must load as NULL")
	}

	// The same doc_id again (a newer reader): updated in place.
	upd := row("d1", "rejected", true)
	upd.Pesan, upd.Facts, upd.RunID = "baru", 0, 8
	c = stage([]load.Item{{ID: "d1", Row: upd}})
	if c["etl_document"] != 1 {
		t.Fatalf("counts = %v, want one row updated", c)
	}
	if n := count(t, wh, `SELECT count(*) FROM etl_document WHERE doc_id = 'd1' AND status = 'rejected' AND pesan = 'baru' AND run_id = 8 AND facts = 0`); n != 1 {
		t.Fatalf("d1 not updated in place")
	}
	if n := count(t, wh, "SELECT count(*) FROM etl_document"); n != 2 {
		t.Fatalf("%d rows, want 2", n)
	}

	// Updating a row that is not there is an error, not a silent no-op.
	st, err := load.StageBatch(ctx, wh, []load.Item{{ID: "zz", Row: row("zz", "loaded", true)}})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if err := wh.Tx(ctx, func(*sql.Conn) error { _, err := st.Insert(ctx); return err }); err == nil {
		t.Fatal("updating a missing document row succeeded")
	}
}
