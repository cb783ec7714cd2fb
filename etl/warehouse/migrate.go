package warehouse

import (
	"context"
	"database/sql"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strconv"
	"strings"

	"github.com/kpu-ntt/lkj/schemas"
)

// Migration is one numbered SQL file under schemas/migrations.
type Migration struct {
	Version int
	Name    string
	SQL     string
}

// Migrations lists the embedded migrations in version order.
func Migrations() ([]Migration, error) {
	entries, err := fs.ReadDir(schemas.FS, "migrations")
	if err != nil {
		return nil, err
	}
	var out []Migration
	seen := map[int]string{}
	for _, e := range entries {
		name := e.Name()
		if !strings.HasSuffix(name, ".sql") {
			continue
		}
		num, _, ok := strings.Cut(name, "_")
		v, err := strconv.Atoi(num)
		if !ok || err != nil {
			return nil, fmt.Errorf("migration %s: name must start with a number and _", name)
		}
		if prev, dup := seen[v]; dup {
			return nil, fmt.Errorf("migrations %s and %s share version %d", prev, name, v)
		}
		seen[v] = name
		body, err := fs.ReadFile(schemas.FS, path.Join("migrations", name))
		if err != nil {
			return nil, err
		}
		out = append(out, Migration{Version: v, Name: name, SQL: string(body)})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Version < out[j].Version })
	return out, nil
}

// Migrate applies pending migrations, each in its own transaction, and
// records them in schema_version.
func (w *Warehouse) Migrate(ctx context.Context) error {
	if _, err := w.conn.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_version (
		version INTEGER PRIMARY KEY, name VARCHAR NOT NULL, applied_at TIMESTAMP NOT NULL)`); err != nil {
		return fmt.Errorf("schema_version: %w", err)
	}
	applied := map[int]bool{}
	rows, err := w.conn.QueryContext(ctx, "SELECT version FROM schema_version")
	if err != nil {
		return err
	}
	for rows.Next() {
		var v int
		if err := rows.Scan(&v); err != nil {
			rows.Close()
			return err
		}
		applied[v] = true
	}
	rows.Close()
	ms, err := Migrations()
	if err != nil {
		return err
	}
	apply := func(m Migration) error {
		if _, err := w.conn.ExecContext(ctx, m.SQL); err != nil {
			return fmt.Errorf("migration %s: %w", m.Name, err)
		}
		_, err := w.conn.ExecContext(ctx,
			"INSERT INTO schema_version VALUES (?, ?, now()::TIMESTAMP)", m.Version, m.Name)
		return err
	}
	// A new warehouse gets its whole schema in one transaction, so a process
	// killed while creating it leaves an empty file, never half a schema that
	// readers trip over. An existing warehouse is upgraded one transaction per
	// migration, each recorded as it lands.
	if len(applied) == 0 {
		return w.Tx(ctx, func(*sql.Conn) error {
			for _, m := range ms {
				if err := apply(m); err != nil {
					return err
				}
			}
			return nil
		})
	}
	for _, m := range ms {
		if applied[m.Version] {
			continue
		}
		if err := w.Tx(ctx, func(*sql.Conn) error { return apply(m) }); err != nil {
			return err
		}
	}
	return nil
}

// SchemaVersion is the highest applied migration.
func (w *Warehouse) SchemaVersion(ctx context.Context) (int, error) {
	var v int
	err := w.conn.QueryRowContext(ctx, "SELECT coalesce(max(version), 0) FROM schema_version").Scan(&v)
	return v, err
}
