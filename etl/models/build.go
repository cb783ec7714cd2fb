package models

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"math"
	"sort"
	"strings"
	"time"

	"github.com/kpu-ntt/lkj/etl/warehouse"
)

// BuildResult is what building one model did.
type BuildResult struct {
	Name         string
	Materialized string
	Rows         int64 // rows the model holds (a view is counted by running it)
	Duration     time.Duration
}

// Weights are the league table's weights per measure, from configuration.
// Keys must be among WeightKeys; values are relative (they need not sum to
// 1) and must be finite and >= 0 with a positive sum.
type Weights map[string]float64

// WeightKeys are the measures mart_peringkat combines.
var WeightKeys = []string{"sakip", "capaian", "serapan"}

// DefaultWeights favour SAKIP, the evaluation that already weighs planning,
// measurement and reporting; capaian and serapan share the rest.
var DefaultWeights = Weights{"sakip": 0.4, "capaian": 0.3, "serapan": 0.3}

// WeightsTable is the table Build writes the weights into; mart_peringkat
// reads it. It is rewritten by every build.
const WeightsTable = "peringkat_bobot"

// RegistryTable records what models built, so Build never replaces an
// object it did not create (a contract view, a fact table).
const RegistryTable = "etl_model"

// Validate checks weight keys against WeightKeys and values for sense.
func (w Weights) Validate() error {
	allowed := map[string]bool{}
	for _, k := range WeightKeys {
		allowed[k] = true
	}
	sum := 0.0
	for k, v := range w {
		if !allowed[k] {
			return fmt.Errorf("models: weight %q is not one of %s", k, strings.Join(WeightKeys, ", "))
		}
		if math.IsNaN(v) || math.IsInf(v, 0) || v < 0 {
			return fmt.Errorf("models: weight %s = %v must be a finite number >= 0", k, v)
		}
		sum += v
	}
	if len(w) > 0 && sum <= 0 {
		return errors.New("models: weights sum to 0")
	}
	return nil
}

// BuildOptions tune Build.
type BuildOptions struct {
	// Weights for mart_peringkat; nil means DefaultWeights. A measure left
	// out weighs 0.
	Weights Weights
}

// Querier runs a query; *sql.DB, *sql.Conn and *sql.Tx satisfy it.
type Querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

// Build applies plan on conn with the default weights. See BuildWith.
func Build(ctx context.Context, conn *sql.Conn, plan []Model) ([]BuildResult, error) {
	return BuildWith(ctx, conn, plan, BuildOptions{})
}

// BuildWith writes the weights table, then creates or replaces each model of
// plan in order, one transaction per model, so a failing model leaves the
// ones before it built and itself as it was. It stops at the first failure
// and returns the results so far with the error.
func BuildWith(ctx context.Context, conn *sql.Conn, plan []Model, opt BuildOptions) ([]BuildResult, error) {
	w := opt.Weights
	if w == nil {
		w = DefaultWeights
	}
	if err := w.Validate(); err != nil {
		return nil, err
	}
	if err := ensureRegistry(ctx, conn); err != nil {
		return nil, err
	}
	if err := writeWeights(ctx, conn, w); err != nil {
		return nil, err
	}
	contract, err := contractComments(ctx, conn)
	if err != nil {
		return nil, fmt.Errorf("models: comments: %w", err)
	}
	var results []BuildResult
	for _, m := range plan {
		r, err := buildOne(ctx, conn, m, contract, true)
		if err != nil {
			return results, fmt.Errorf("models: build %s: %w", m.Name, err)
		}
		results = append(results, r)
	}
	return results, nil
}

// writeWeights replaces the weights table with bound values: configuration
// reaches SQL as data, never as text.
func writeWeights(ctx context.Context, conn *sql.Conn, w Weights) error {
	keys := make([]string, 0, len(w))
	for k := range w {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	err := warehouse.Tx(ctx, conn, func(conn *sql.Conn) error {
		if _, err := conn.ExecContext(ctx, "CREATE OR REPLACE TABLE "+WeightsTable+
			" (ukuran VARCHAR PRIMARY KEY, bobot DOUBLE NOT NULL)"); err != nil {
			return err
		}
		for _, k := range keys {
			if _, err := conn.ExecContext(ctx, "INSERT INTO "+WeightsTable+" VALUES (?, ?)", k, w[k]); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("models: weights: %w", err)
	}
	return nil
}

func ensureRegistry(ctx context.Context, conn *sql.Conn) error {
	if _, err := conn.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS `+RegistryTable+` (
		name VARCHAR PRIMARY KEY, materialized VARCHAR NOT NULL, sha256 VARCHAR NOT NULL,
		rows BIGINT, duration_ms BIGINT, built_at TIMESTAMP NOT NULL)`); err != nil {
		return fmt.Errorf("models: registry: %w", err)
	}
	return nil
}

// EnsureViews builds the contract: the view models that read only sources
// and other such views (the families' precedence and contract views,
// konflik, temuan), those missing or whose SQL changed since they were
// built. lkj ingest calls it, so the contract answers queries before the
// first lkj build; rows are not counted (a view's count runs it).
//
// The views it builds share one transaction: all of them or none. On a fresh
// warehouse that is 15 views and some 300 COMMENT statements; a transaction
// (and a WAL sync) per view made it ~0.6 s of a national ingest, one
// transaction for all cost a fraction of that (see the commit message).
func EnsureViews(ctx context.Context, conn *sql.Conn) (int, error) {
	ms, err := Load()
	if err != nil {
		return 0, err
	}
	if err := ensureRegistry(ctx, conn); err != nil {
		return 0, err
	}
	rels, err := relations(ctx, conn)
	if err != nil {
		return 0, fmt.Errorf("models: registry: %w", err)
	}
	cheap := map[string]bool{}
	var todo []Model
	for _, m := range ms { // in dependency order
		ok := m.Materialized == View && !strings.HasPrefix(m.Name, "stg_")
		for _, d := range m.Deps {
			ok = ok && cheap[d]
		}
		if !ok {
			continue
		}
		cheap[m.Name] = true
		if r := rels[m.Name]; r.kind == View && r.ours && r.sha256 == sqlHash(m) {
			continue
		}
		todo = append(todo, m)
	}
	if len(todo) == 0 {
		return 0, nil
	}
	contract, err := contractComments(ctx, conn)
	if err != nil {
		return 0, fmt.Errorf("models: comments: %w", err)
	}
	err = warehouse.Tx(ctx, conn, func(conn *sql.Conn) error {
		for _, m := range todo {
			if _, err := buildIn(ctx, conn, m, rels[m.Name], contract, false); err != nil {
				return fmt.Errorf("models: build %s: %w", m.Name, err)
			}
		}
		return nil
	})
	if err != nil {
		return 0, err
	}
	return len(todo), nil
}

func sqlHash(m Model) string {
	sum := sha256.Sum256([]byte(m.SQL))
	return hex.EncodeToString(sum[:])
}

// buildOne builds m in a transaction of its own.
func buildOne(ctx context.Context, conn *sql.Conn, m Model, contract map[string]string, count bool) (BuildResult, error) {
	var r BuildResult
	err := warehouse.Tx(ctx, conn, func(conn *sql.Conn) error {
		kind, ours, err := existing(ctx, conn, m.Name)
		if err != nil {
			return err
		}
		r, err = buildIn(ctx, conn, m, relation{kind: kind, ours: ours}, contract, count)
		return err
	})
	if err != nil {
		return BuildResult{}, err
	}
	return r, nil
}

// buildIn creates or replaces m inside the caller's transaction and records
// it in the registry; was is what the catalog held under m's name.
func buildIn(ctx context.Context, conn *sql.Conn, m Model, was relation, contract map[string]string, count bool) (BuildResult, error) {
	if !validName.MatchString(m.Name) {
		return BuildResult{}, fmt.Errorf("invalid model name %q", m.Name)
	}
	if m.Materialized != View && m.Materialized != Table {
		return BuildResult{}, fmt.Errorf("materialized %q (want view or table)", m.Materialized)
	}
	body := strings.TrimRight(strings.TrimSpace(m.SQL), ";")
	start := time.Now()
	var rows int64
	kind, ours := was.kind, was.ours
	if kind != "" && !ours {
		return BuildResult{}, fmt.Errorf("%s %s exists and was not built by models; refusing to replace it", kind, m.Name)
	}
	if kind != "" && kind != m.Materialized {
		if _, err := conn.ExecContext(ctx, "DROP "+strings.ToUpper(kind)+" "+m.Name); err != nil {
			return BuildResult{}, err
		}
	}
	ddl := "CREATE OR REPLACE " + strings.ToUpper(m.Materialized) + " " + m.Name + " AS\n" + body + "\n"
	if _, err := conn.ExecContext(ctx, ddl); err != nil {
		return BuildResult{}, err
	}
	if err := comment(ctx, conn, m, contract); err != nil {
		return BuildResult{}, err
	}
	var counted any // NULL when not counted
	if count {
		if err := conn.QueryRowContext(ctx, "SELECT count(*) FROM "+m.Name).Scan(&rows); err != nil {
			return BuildResult{}, fmt.Errorf("count: %w", err)
		}
		counted = rows
	}
	_, err := conn.ExecContext(ctx, "INSERT OR REPLACE INTO "+RegistryTable+
		" VALUES (?, ?, ?, ?, ?, now()::TIMESTAMP)",
		m.Name, m.Materialized, sqlHash(m), counted, time.Since(start).Milliseconds())
	if err != nil {
		return BuildResult{}, err
	}
	return BuildResult{Name: m.Name, Materialized: m.Materialized, Rows: rows, Duration: time.Since(start)}, nil
}

// relation is what the catalog holds under one name in the current schema.
type relation struct {
	kind   string // "table", "view", or "" for nothing
	ours   bool   // models built it (it is in the registry)
	sha256 string // the registry's hash of the SQL it was built from
}

// relations reads, in one query, every table and view of the current schema
// and what the registry says of it: EnsureViews decides and builds from this
// one snapshot (a catalog scan per view was a third of its time).
func relations(ctx context.Context, conn *sql.Conn) (map[string]relation, error) {
	rows, err := conn.QueryContext(ctx, `
		SELECT c.name, c.kind, r.name IS NOT NULL, coalesce(r.sha256, '') FROM (
			SELECT table_name AS name, 'table' AS kind FROM duckdb_tables()
			WHERE database_name = current_database() AND schema_name = current_schema()
			UNION ALL
			SELECT view_name, 'view' FROM duckdb_views()
			WHERE database_name = current_database() AND schema_name = current_schema()
		) c LEFT JOIN `+RegistryTable+` r ON r.name = c.name`)
	if err != nil {
		return nil, fmt.Errorf("catalog: %w", err)
	}
	defer rows.Close()
	out := map[string]relation{}
	for rows.Next() {
		var name string
		var r relation
		if err := rows.Scan(&name, &r.kind, &r.ours, &r.sha256); err != nil {
			return nil, fmt.Errorf("catalog: %w", err)
		}
		out[name] = r
	}
	return out, rows.Err()
}

// existing says whether name is a table or view in the current schema, and
// whether models built it.
func existing(ctx context.Context, conn *sql.Conn, name string) (kind string, ours bool, err error) {
	err = conn.QueryRowContext(ctx, `
		SELECT kind FROM (
			SELECT 'table' AS kind FROM duckdb_tables()
			WHERE database_name = current_database() AND schema_name = current_schema() AND table_name = ?
			UNION ALL
			SELECT 'view' FROM duckdb_views()
			WHERE database_name = current_database() AND schema_name = current_schema() AND view_name = ?
		) LIMIT 1`, name, name).Scan(&kind)
	if errors.Is(err, sql.ErrNoRows) {
		return "", false, nil
	}
	if err != nil {
		return "", false, fmt.Errorf("catalog: %w", err)
	}
	var n int
	if err := conn.QueryRowContext(ctx, "SELECT count(*) FROM "+RegistryTable+" WHERE name = ?", name).Scan(&n); err != nil {
		return "", false, fmt.Errorf("registry: %w", err)
	}
	return kind, n > 0, nil
}
