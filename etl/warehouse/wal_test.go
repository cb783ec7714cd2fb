package warehouse_test

import (
	"context"
	"encoding/binary"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kpu-ntt/lkj/etl/warehouse"
)

// crashAfter is the child side of TestTornCommitNotReplayed: it opens the
// warehouse for writing, runs the statements (separated by ";") with
// automatic checkpoints off, and exits without closing, as a killed writer
// does: what it committed stays in the WAL only.
func crashAfter(path, statements string) int {
	ctx := context.Background()
	wh, err := warehouse.Open(ctx, path, warehouse.Options{})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	for _, q := range append([]string{"SET checkpoint_threshold = '1TB'"}, strings.Split(statements, ";")...) {
		if _, err := wh.Conn().ExecContext(ctx, q); err != nil {
			fmt.Fprintln(os.Stderr, q, err)
			return 1
		}
	}
	return 0
}

func runCrashing(t *testing.T, path, statements string) {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), "LKJ_TEST_CRASH="+path, "LKJ_TEST_SQL="+statements)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("writer %q: %v\n%s", statements, err, out)
	}
}

// TestTornCommitNotReplayed: a writer killed while writing a commit to the
// WAL leaves that commit's entries without their commit marker. The next
// writer must not append its own commits after them, or the replay that
// follows its own crash applies the torn commit as part of its own. The
// torn WAL is made by cutting the last entry (the commit marker) off a
// WAL; the framing read here is DuckDB 1.1's (WAL version 2): an 8-byte
// version entry, then entries of [size uint64][checksum uint64][payload].
func TestTornCommitNotReplayed(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "w.duckdb")
	wh, err := warehouse.Open(ctx, path, warehouse.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{"CREATE TABLE t1 (x INTEGER)", "CREATE TABLE t2 (x INTEGER)"} {
		if _, err := wh.Conn().ExecContext(ctx, q); err != nil {
			t.Fatal(err)
		}
	}
	if err := wh.Close(); err != nil {
		t.Fatal(err)
	}

	runCrashing(t, path, "BEGIN TRANSACTION;INSERT INTO t1 SELECT range FROM range(1000);INSERT INTO t2 SELECT range FROM range(1000);COMMIT")
	cutLastEntry(t, path+".wal")
	runCrashing(t, path, "INSERT INTO t1 VALUES (-1)")

	db, err := warehouse.OpenReadOnly(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var n1, n2 int
	if err := db.QueryRowContext(ctx, "SELECT (SELECT count(*) FROM t1), (SELECT count(*) FROM t2)").Scan(&n1, &n2); err != nil {
		t.Fatal(err)
	}
	if n1 != 1 || n2 != 0 {
		t.Errorf("after a torn commit and a later writer's crash: t1 has %d rows, t2 %d; want 1 and 0 (only the later writer's commit)", n1, n2)
	}
}

// cutLastEntry truncates a WAL before its last entry.
func cutLastEntry(t *testing.T, wal string) {
	t.Helper()
	b, err := os.ReadFile(wal)
	if err != nil {
		t.Fatalf("the crashed writer left no WAL: %v", err)
	}
	const versionEntry = 8
	off, last := versionEntry, -1
	for off+16 <= len(b) {
		last = off
		off += 16 + int(binary.LittleEndian.Uint64(b[off:]))
	}
	if off != len(b) || last < 0 {
		t.Fatalf("%s: %d bytes not framed as DuckDB 1.1 WAL entries (ends at %d): has the WAL format changed?", wal, len(b), off)
	}
	if err := os.Truncate(wal, int64(last)); err != nil {
		t.Fatal(err)
	}
}
