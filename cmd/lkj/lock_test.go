package main_test

import (
	"strings"
	"testing"
)

// lockedMsg is what a user must see when another lkj process holds the
// warehouse (warehouse.ErrLocked).
const lockedMsg = "in use by another lkj process"

// startHolder starts an ingest of corpus into db and returns once it is
// loading documents, i.e. holds the warehouse file.
func startHolder(t *testing.T, dir, db, corpus string) *bgProc {
	t.Helper()
	p := startLKJ(t, dir, "--db", db, "--log-format", "json", "--workers", "1", "ingest", corpus)
	if !p.waitLoaded(1) {
		res := p.wait()
		t.Fatalf("holder ingest ended before loading a document: exit %d\n%s", res.code, tail(res.stderr, 2000))
	}
	return p
}

// TestLockSecondWriter: a second ingest on a warehouse another ingest is
// writing fails at once with exit 1 and a message saying who holds it; the
// first is unaffected. With --wait the second waits its turn, and the two
// together end where one run does.
func TestLockSecondWriter(t *testing.T) {
	if testing.Short() {
		t.Skip("lock test skipped in -short")
	}
	dir := t.TempDir()
	// lkj logs loaded documents a group (up to 64) at a time, so the
	// holder needs a few groups to keep the file after its first log line
	// while the second writer and the readers try: nine years of NTT.
	corpus := killCorpus(t, dir)

	// No waiting: the second writer is refused.
	a := startHolder(t, dir, "one.duckdb", corpus)
	b := lkjDB(t, dir, "one.duckdb", "ingest", corpus)
	holderRan := !a.exited()
	// Readers while the writer holds the file: record what the user sees.
	q := lkjDB(t, dir, "one.duckdb", "query", "SELECT count(*) FROM dokumen")
	qWait := lkjDB(t, dir, "one.duckdb", "--wait", "2s", "query", "SELECT count(*) FROM dokumen")
	st := lkjDB(t, dir, "one.duckdb", "status")
	stillRan := !a.exited()
	ra := a.wait()
	noPanic(t, "holder ingest", ra)
	if ra.code != 0 && ra.code != 3 {
		t.Fatalf("holder ingest: exit %d\n%s", ra.code, tail(ra.stderr, 2000))
	}
	if !holderRan {
		t.Fatal("the holder finished before the second ingest started: corpus too small to test the lock")
	}
	if b.code != 1 || !strings.Contains(b.stderr, lockedMsg) {
		t.Errorf("second ingest while another writes: exit %d, want 1 with %q\nstderr: %s", b.code, lockedMsg, b.stderr)
	}
	t.Logf("second writer sees (exit %d): %s", b.code, strings.TrimSpace(b.stderr))
	if stillRan {
		for _, c := range []struct {
			what string
			r    result
		}{{"query", q}, {"query --wait 2s", qWait}, {"status", st}} {
			t.Logf("%s while a writer holds the warehouse: exit %d: %s%s", c.what, c.r.code,
				strings.TrimSpace(c.r.stderr), strings.TrimSpace(c.r.stdout))
			if c.r.code != 0 && (c.r.code != 1 || !strings.Contains(c.r.stderr, lockedMsg)) {
				t.Errorf("%s while a writer holds the warehouse: exit %d without a clear message (want exit 1 and %q): %s",
					c.what, c.r.code, lockedMsg, c.r.stderr)
			}
		}
	} else {
		t.Log("the holder finished during the reader checks; their outcome is not recorded")
	}
	one := readState(t, dir, "one.duckdb")

	// A reader with no writer around works.
	if r := lkjDB(t, dir, "one.duckdb", "query", "SELECT count(*) AS n FROM dokumen"); r.code != 0 {
		t.Errorf("query with no writer: exit %d: %s", r.code, r.stderr)
	}

	// Waiting: both succeed, and the end state is that of one run.
	a = startHolder(t, dir, "two.duckdb", corpus)
	b = lkjDB(t, dir, "two.duckdb", "--wait", "60s", "ingest", corpus)
	ra = a.wait()
	noPanic(t, "second ingest with --wait", b)
	if ra.code != 0 && ra.code != 3 {
		t.Errorf("first ingest: exit %d", ra.code)
	}
	// Documents the first run rejected are reported again by the second
	// (unchanged, still rejected), so the exit codes agree.
	if b.code != ra.code {
		t.Errorf("second ingest with --wait 60s: exit %d (first exited %d)\n%s", b.code, ra.code, tail(b.stderr, 2000))
	}
	if !strings.Contains(b.stdout, " 0 loaded") {
		t.Errorf("second ingest should have found every document unchanged: %s", b.stdout)
	}
	compareState(t, "two ingests with --wait", readState(t, dir, "two.duckdb"), one)
	assertWhole(t, dir, "two.duckdb")
}
