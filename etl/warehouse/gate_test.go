package warehouse_test

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/marcboeker/go-duckdb"

	"github.com/kpu-ntt/lkj/etl/warehouse"
	"github.com/kpu-ntt/lkj/etl/warehouse/whtest"
)

// TestMain lets the test binary act as a second process holding the
// warehouse: with LKJ_TEST_HOLD=path it opens path for writing, prints
// "held" and waits until its stdin closes.
func TestMain(m *testing.M) {
	if path := os.Getenv("LKJ_TEST_HOLD"); path != "" {
		wh, err := warehouse.Open(context.Background(), path, warehouse.Options{})
		if err != nil {
			fmt.Println("error:", err)
			os.Exit(1)
		}
		fmt.Println("held")
		_, _ = io.Copy(io.Discard, os.Stdin)
		wh.Close()
		os.Exit(0)
	}
	if path := os.Getenv("LKJ_TEST_CRASH"); path != "" {
		os.Exit(crashAfter(path, os.Getenv("LKJ_TEST_SQL")))
	}
	os.Exit(m.Run())
}

// hold starts a process that holds path for writing until the test ends.
func hold(t *testing.T, path string) int {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), "LKJ_TEST_HOLD="+path)
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { stdin.Close(); cmd.Wait() })
	buf := make([]byte, 256)
	n, _ := io.ReadAtLeast(stdout, buf, 4)
	if got := string(buf[:n]); !strings.HasPrefix(got, "held") {
		t.Fatalf("holder: %q", got)
	}
	return cmd.Process.Pid
}

// TestLockedByAnotherProcess: a writer or reader meeting a warehouse another
// process writes gets ErrLocked naming that process, at once without a wait
// and after the wait with one.
func TestLockedByAnotherProcess(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "w.duckdb")
	pid := hold(t, path)
	wantPID := fmt.Sprintf("(PID %d)", pid)
	for _, c := range []struct {
		name string
		open func() error
	}{
		{"writer", func() error {
			wh, err := warehouse.Open(ctx, path, warehouse.Options{})
			wh.Close()
			return err
		}},
		{"writer with wait", func() error {
			wh, err := warehouse.Open(ctx, path, warehouse.Options{Wait: 200 * time.Millisecond})
			wh.Close()
			return err
		}},
		{"reader", func() error {
			db, err := warehouse.OpenReadOnly(ctx, path)
			if db != nil {
				db.Close()
			}
			return err
		}},
	} {
		err := c.open()
		if !errors.Is(err, warehouse.ErrLocked) {
			t.Errorf("%s: want ErrLocked, got %v", c.name, err)
			continue
		}
		if !strings.Contains(err.Error(), wantPID) {
			t.Errorf("%s: %v does not name the holder %s", c.name, err, wantPID)
		}
	}
}

// TestTx: a failing or panicking fn leaves nothing behind, a cancelled
// context never cuts a commit short, and Fatal and ErrorType read DuckDB's
// error type.
func TestTx(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	wh := whtest.New(t)
	if _, err := wh.Conn().ExecContext(ctx, "CREATE TABLE t (i INTEGER PRIMARY KEY)"); err != nil {
		t.Fatal(err)
	}
	insert := func(i int) func(*sql.Conn) error {
		return func(c *sql.Conn) error {
			_, err := c.ExecContext(ctx, "INSERT INTO t VALUES (?)", i)
			return err
		}
	}
	count := func() int {
		var n int
		if err := wh.Conn().QueryRowContext(ctx, "SELECT count(*) FROM t").Scan(&n); err != nil {
			t.Fatal(err)
		}
		return n
	}
	boom := errors.New("boom")
	if err := wh.Tx(ctx, func(c *sql.Conn) error { insert(1)(c); return boom }); !errors.Is(err, boom) {
		t.Fatalf("failing fn: %v", err)
	}
	func() {
		defer func() {
			if recover() == nil {
				t.Error("a panic in fn did not reach the caller")
			}
		}()
		wh.Tx(ctx, func(c *sql.Conn) error { insert(2)(c); panic("boom") })
	}()
	if n := count(); n != 0 {
		t.Fatalf("rolled-back transactions left %d rows", n)
	}
	// The connection is usable again after the panic (no open transaction).
	if err := wh.Tx(ctx, insert(3)); err != nil {
		t.Fatal(err)
	}
	// A context cancelled inside fn does not stop the commit.
	cctx, cancel := context.WithCancel(ctx)
	if err := warehouse.Tx(cctx, wh.Conn(), func(c *sql.Conn) error {
		err := insert(4)(c)
		cancel()
		return err
	}); err != nil {
		t.Fatalf("commit after cancel: %v", err)
	}
	if n := count(); n != 2 {
		t.Fatalf("want 2 rows, got %d", n)
	}
	// A constraint violation is the statement's fault, not the warehouse's.
	err := wh.Tx(ctx, insert(3))
	if typ, ok := warehouse.ErrorType(err); !ok || typ != duckdb.ErrorTypeConstraint {
		t.Errorf("duplicate key: type %v (%v), want Constraint: %v", typ, ok, err)
	}
	if warehouse.Fatal(err) {
		t.Errorf("duplicate key classified fatal: %v", err)
	}
	_, err = wh.Conn().ExecContext(ctx, "COPY t TO '"+filepath.Join(t.TempDir(), "missing", "x.csv")+"'")
	if !warehouse.Fatal(err) {
		t.Errorf("IO error not classified fatal: %v", err)
	}
}
