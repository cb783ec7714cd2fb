package ingest_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/kpu-ntt/lkj/etl/ingest"
	"github.com/kpu-ntt/lkj/etl/sharedtest"
	"github.com/kpu-ntt/lkj/etl/warehouse/whtest"
)

// Two versions of one report in one folder, ingested repeatedly and after a
// reader upgrade: the later version stays loaded, the earlier replaced, and
// nothing errors or flips between runs.
func TestTwoVersionsAndReaderUpgrade(t *testing.T) {
	t.Parallel()
	v1 := sharedtest.Read(t, sharedtest.RealReports[0])
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	os.MkdirAll(in, 0o755)
	os.WriteFile(filepath.Join(in, "a-v1.txt"), v1, 0o644)
	os.WriteFile(filepath.Join(in, "b-v2.txt"), append(append([]byte{}, v1...), "\nCatatan: versi perbaikan.\n"...), 0o644)

	ctx := context.Background()
	wh := whtest.Open(t, filepath.Join(dir, "w.duckdb"))
	state := func() map[string]string {
		m := map[string]string{}
		for _, p := range whtest.Pairs(t, wh.Conn(), "SELECT path, status FROM etl_document") {
			m[filepath.Base(p[0])] = p[1]
		}
		return m
	}
	check := func(when string, wantLoaded int) {
		t.Helper()
		st := state()
		if st["a-v1.txt"] != "replaced" || st["b-v2.txt"] != "loaded" {
			t.Fatalf("%s: %v, want a-v1 replaced and b-v2 loaded", when, st)
		}
		var facts, rows int
		wh.Conn().QueryRowContext(ctx, "SELECT sum(facts) FROM etl_document WHERE status = 'loaded'").Scan(&facts)
		wh.Conn().QueryRowContext(ctx, "SELECT (SELECT count(*) FROM fact_capaian) + (SELECT count(*) FROM fact_capaian_seri) + (SELECT count(*) FROM fact_anggaran) + (SELECT count(*) FROM fact_sakip) + (SELECT count(*) FROM fact_sakip_komponen) + (SELECT count(*) FROM fact_rb) + (SELECT count(*) FROM fact_dpt)").Scan(&rows)
		if facts == 0 || facts != rows {
			t.Fatalf("%s: loaded documents claim %d facts, tables hold %d", when, facts, rows)
		}
	}
	for run := 1; run <= 2; run++ {
		sum, err := ingest.Run(ctx, wh, []string{in}, ingest.Options{})
		if err != nil || sum.Rejected != 0 {
			t.Fatalf("run %d: %+v %v", run, sum, err)
		}
		if run == 2 && sum.Loaded != 0 {
			t.Fatalf("run 2 loaded %d documents; an unchanged folder must load none", sum.Loaded)
		}
		check("run", 1)
	}
	// A newer reader re-reads what it read before.
	if _, err := wh.Conn().ExecContext(ctx, "UPDATE etl_document SET parser_version = 'parse-0'"); err != nil {
		t.Fatal(err)
	}
	sum, err := ingest.Run(ctx, wh, []string{in}, ingest.Options{})
	if err != nil || sum.Rejected != 0 {
		t.Fatalf("after reader upgrade: %+v %v", sum, err)
	}
	check("after reader upgrade", 1)
}

// An unreadable input is rejected with its reason on every run, and
// re-running does not trip over the row the first run recorded.
func TestUnreadableTwice(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	bad := filepath.Join(dir, "dangling.txt")
	if err := os.Symlink(filepath.Join(dir, "nowhere"), bad); err != nil {
		t.Skip(err)
	}
	ctx := context.Background()
	wh := whtest.Open(t, filepath.Join(dir, "w.duckdb"))
	for run := 1; run <= 2; run++ {
		sum, err := ingest.Run(ctx, wh, []string{dir}, ingest.Options{})
		if err != nil {
			t.Fatalf("run %d: %v", run, err)
		}
		if sum.Rejected != 1 || len(sum.Rejections) != 1 || sum.Rejections[0].Path != bad {
			t.Fatalf("run %d: %+v, want the dangling file rejected", run, sum)
		}
	}
}
