package ingest

import (
	"context"
	"runtime/debug"
	"testing"

	"github.com/kpu-ntt/lkj/etl/warehouse/whtest"
)

// TestLoadSettings: a run's load settings are in force between
// loadSettings and restore, and restore gives back exactly what was there
// (a configured thread count, a lower Go memory limit) whatever it was.
func TestLoadSettings(t *testing.T) {
	ctx := context.Background()
	wh := whtest.New(t)
	setting := func(name string) string {
		t.Helper()
		var v string
		if err := wh.Conn().QueryRowContext(ctx, "SELECT current_setting('"+name+"')::VARCHAR").Scan(&v); err != nil {
			t.Fatal(err)
		}
		return v
	}
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(-1))
	for _, c := range []struct {
		threads           string
		goLimit, duringGo int64
	}{
		{threads: "2", goLimit: 1 << 40, duringGo: ingestGoMemoryLimit},
		{threads: "3", goLimit: 64 << 20, duringGo: 64 << 20}, // a lower GOMEMLIMIT is kept
	} {
		if _, err := wh.Conn().ExecContext(ctx, "SET threads = "+c.threads); err != nil {
			t.Fatal(err)
		}
		debug.SetMemoryLimit(c.goLimit)
		before := setting("checkpoint_threshold")
		restore, err := loadSettings(ctx, wh)
		if err != nil {
			t.Fatal(err)
		}
		if got := setting("threads"); got != "1" {
			t.Errorf("threads %s: during the load %s, want 1", c.threads, got)
		}
		if got := setting("checkpoint_threshold"); got == before {
			t.Errorf("threads %s: checkpoint_threshold still %s during the load", c.threads, got)
		}
		if got := debug.SetMemoryLimit(-1); got != c.duringGo {
			t.Errorf("threads %s: Go memory limit %d during the load, want %d", c.threads, got, c.duringGo)
		}
		restore()
		if got := setting("threads"); got != c.threads {
			t.Errorf("threads after the load %s, want %s", got, c.threads)
		}
		if got := setting("checkpoint_threshold"); got != before {
			t.Errorf("threads %s: checkpoint_threshold after the load %s, want %s", c.threads, got, before)
		}
		if got := debug.SetMemoryLimit(-1); got != c.goLimit {
			t.Errorf("threads %s: Go memory limit after the load %d, want %d", c.threads, got, c.goLimit)
		}
	}
}
