package warehouse

// The DuckDB gate: every transaction, every retry and every classification
// of a DuckDB error in lkj goes through this file, so each rule is written
// once.

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"syscall"
	"time"

	"github.com/apache/arrow/go/v17/arrow/array"
	"github.com/marcboeker/go-duckdb"
)

// Tx runs fn inside BEGIN/COMMIT on the writer connection. See Tx.
func (w *Warehouse) Tx(ctx context.Context, fn func(conn *sql.Conn) error) error {
	return Tx(ctx, w.conn, fn)
}

// Tx runs fn between BEGIN and COMMIT on conn and rolls back when fn fails
// or panics (the panic goes on to the caller's boundary).
//
// Plain statements are used rather than database/sql's Tx so the Arrow
// handle, which shares the connection, takes part in the same transaction,
// and every statement stays on the one connection whose default catalog is
// the warehouse.
//
// COMMIT and ROLLBACK run without the caller's cancellation: go-duckdb
// interrupts the running statement when a context is cancelled, and a
// commit cut off half way is exactly the partial state transactions exist
// to prevent.
func Tx(ctx context.Context, conn *sql.Conn, fn func(conn *sql.Conn) error) (err error) {
	if _, err := conn.ExecContext(ctx, "BEGIN TRANSACTION"); err != nil {
		return err
	}
	returned := false
	defer func() {
		if err != nil || !returned {
			_, _ = conn.ExecContext(context.WithoutCancel(ctx), "ROLLBACK")
		}
	}()
	err = fn(conn)
	returned = true
	if err != nil {
		return err
	}
	_, err = conn.ExecContext(context.WithoutCancel(ctx), "COMMIT")
	return err
}

// retry calls try until it succeeds, fails with an error other than
// ErrLocked, or wait has passed, doubling the pause between attempts from
// 50 ms up to 2 s. Only a lock held by another process is worth waiting for.
func retry[T any](ctx context.Context, wait time.Duration, try func() (T, error)) (T, error) {
	deadline := time.Now().Add(wait)
	backoff := 50 * time.Millisecond
	for {
		v, err := try()
		if err == nil || !errors.Is(err, ErrLocked) || time.Now().After(deadline) {
			return v, err
		}
		select {
		case <-ctx.Done():
			var zero T
			return zero, ctx.Err()
		case <-time.After(backoff):
		}
		if backoff < 2*time.Second {
			backoff *= 2
		}
	}
}

// twice calls open again at once when it failed for a reason other than a
// held lock. A lock is found by looking for its holder after DuckDB refused
// (classifyOpen); a holder that let go in between leaves nothing to find,
// and then the second attempt succeeds. A real failure fails twice.
func twice[T any](open func() (T, error)) (T, error) {
	v, err := open()
	if err == nil || errors.Is(err, ErrLocked) {
		return v, err
	}
	return open()
}

// ErrorType returns the type DuckDB gave err (Catalog, IO, Binder...) and
// whether err comes from DuckDB at all.
func ErrorType(err error) (duckdb.ErrorType, bool) {
	var de *duckdb.Error
	if errors.As(err, &de) {
		return de.Type, true
	}
	return 0, false
}

// IsType reports whether err is a DuckDB error of one of types.
func IsType(err error, types ...duckdb.ErrorType) bool {
	t, ok := ErrorType(err)
	if !ok {
		return false
	}
	for _, want := range types {
		if t == want {
			return true
		}
	}
	return false
}

// Fatal reports whether err means the warehouse itself failed (a commit that
// could not be written, a full disk, an invalidated database) rather than
// one statement being wrong. DuckDB says so by the error's type: IO (a write
// or read that failed), FATAL (the database is invalidated: every later
// statement fails too) and TransactionContext (a commit that failed). The
// file system says so by errno when the failure is on our side of the
// driver.
func Fatal(err error) bool {
	if err == nil {
		return false
	}
	if IsType(err, duckdb.ErrorTypeIO, duckdb.ErrorTypeFatal, duckdb.ErrorTypeTransaction) {
		return true
	}
	return errors.Is(err, syscall.ENOSPC) || errors.Is(err, syscall.EROFS) || errors.Is(err, syscall.EIO)
}

// classifyOpen turns a failure to open or attach the file at abs into
// ErrLocked when another process holds a lock on it that conflicts with the
// access wanted (write: any lock; read: a write lock).
//
// DuckDB reports a held lock as an IO error, the same type as a missing or
// unreadable file, and when opening read-only go-duckdb returns the error
// untyped. So rather than read the message, ask the kernel the question
// DuckDB asked: DuckDB locks the database file with fcntl, and F_GETLK names
// the process holding a conflicting lock.
func classifyOpen(err error, abs string, write bool) error {
	if err == nil {
		return nil
	}
	if pid, held := lockHolder(abs, write); held {
		holder := ""
		if pid > 0 {
			holder = fmt.Sprintf(" (PID %d)", pid)
		}
		return fmt.Errorf("%w%s: %s", ErrLocked, holder, abs)
	}
	return err
}

// lockHolder reports whether another process holds an fcntl lock on path
// that would conflict with a write lock (write) or a read lock (!write), and
// its PID. Locks of this process never conflict with its own, as in DuckDB.
func lockHolder(path string, write bool) (int, bool) {
	f, err := os.Open(path)
	if err != nil {
		return 0, false
	}
	defer f.Close()
	lk := syscall.Flock_t{Type: syscall.F_RDLCK, Whence: 0, Start: 0, Len: 0}
	if write {
		lk.Type = syscall.F_WRLCK
	}
	if err := syscall.FcntlFlock(f.Fd(), syscall.F_GETLK, &lk); err != nil {
		return 0, false
	}
	if lk.Type == syscall.F_UNLCK {
		return 0, false
	}
	return int(lk.Pid), true
}

// RegisterArrow registers rdr as the view memory.main.<name> for the
// statements of the current load, and returns the function that frees it.
//
// go-duckdb v1.8.2's RegisterView creates its view in the connection's
// default catalog, which is the attached warehouse file; a view saved there
// crashes the next process that opens the file. So the default catalog is
// pointed at the in-memory catalog for that one call only, and back at the
// warehouse whatever happened (even when ctx is cancelled meanwhile).
// Callers read the view as memory.main.<name> and never switch catalogs.
func (w *Warehouse) RegisterArrow(ctx context.Context, rdr array.RecordReader, name string) (release func(), err error) {
	if _, err := w.conn.ExecContext(ctx, "USE memory"); err != nil {
		return nil, err
	}
	release, err = w.arrow.RegisterView(rdr, name)
	if _, uerr := w.conn.ExecContext(context.WithoutCancel(ctx), "USE "+Alias); uerr != nil {
		err = errors.Join(err, uerr)
	}
	if err != nil && release != nil {
		release()
		release = nil
	}
	return release, err
}

// DropArrow drops a view RegisterArrow created.
func (w *Warehouse) DropArrow(ctx context.Context, name string) error {
	_, err := w.conn.ExecContext(ctx, "DROP VIEW IF EXISTS memory.main."+name)
	return err
}
