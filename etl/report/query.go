package report

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"math"
	"math/big"
	"regexp"
	"time"

	"github.com/marcboeker/go-duckdb"

	"github.com/kpu-ntt/lkj/etl/models"
	"github.com/kpu-ntt/lkj/etl/sqlrows"
)

// Querier runs a query; *sql.DB, *sql.Conn and *sql.Tx satisfy it.
type Querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

// Params select what a report shows. Zero values mean "all".
type Params struct {
	Tahun    int    // year; rankings show the latest year when 0
	Satker   string // satker id (5305), Kemendagri code (53.05), name or alias
	Provinsi string // province id (53) or name; restricts rankings to one province
	// Now is the report's time stamp; zero means time.Now().
	Now time.Time
}

// Result is one section's rows, values normalised to nil, int64, float64,
// bool, string or time.Time.
type Result struct {
	Section Section
	Rows    [][]any // in Section.Columns order
}

// shown is the result without its hidden columns: what tables show.
func (r Result) shown() Result {
	var keep []int
	for i, c := range r.Section.Columns {
		if !c.Hidden {
			keep = append(keep, i)
		}
	}
	if len(keep) == len(r.Section.Columns) {
		return r
	}
	out := Result{Section: r.Section}
	out.Section.Columns = make([]Column, len(keep))
	for j, i := range keep {
		out.Section.Columns[j] = r.Section.Columns[i]
	}
	out.Rows = make([][]any, len(r.Rows))
	for k, row := range r.Rows {
		p := make([]any, len(keep))
		for j, i := range keep {
			p[j] = row[i]
		}
		out.Rows[k] = p
	}
	return out
}

// Provenance says where a report's numbers come from.
type Provenance struct {
	DocumentsLoaded   int64
	DocumentsRejected int64
	DocumentsSynth    int64
	LastRunID         int64
	LastRunCommand    string
	LastRunStatus     string
	LastRunStarted    *time.Time
	LastRunEnded      *time.Time
	Findings          int64
	FindingsError     int64
	FindingsWarning   int64
	ModelsBuilt       *time.Time
	GeneratedAt       time.Time
}

// resolved is a report's input after parameters were resolved.
type resolved struct {
	def        Definition
	params     Params
	satkerName string // for titles
	provName   string
	results    []Result
	prov       Provenance
}

// run resolves parameters, runs every section and gathers provenance.
func run(ctx context.Context, q Querier, def Definition, p Params) (*resolved, error) {
	for _, r := range def.Requires {
		if (r == "satker" && p.Satker == "") || (r == "tahun" && p.Tahun == 0) || (r == "provinsi" && p.Provinsi == "") {
			return nil, &ParamError{fmt.Errorf("report %s needs the %s parameter", def.Name, r)}
		}
	}
	res := &resolved{def: def, params: p}
	if res.params.Now.IsZero() {
		res.params.Now = time.Now()
	}
	var satker, prov any
	if p.Satker != "" {
		id, name, err := resolveSatker(ctx, q, p.Satker, false)
		if err != nil {
			return nil, fmt.Errorf("report %s: %w", def.Name, paramErr(err))
		}
		satker, res.satkerName = id, name
	}
	if p.Provinsi != "" {
		id, name, err := resolveSatker(ctx, q, p.Provinsi, true)
		if err != nil {
			return nil, fmt.Errorf("report %s: %w", def.Name, paramErr(err))
		}
		prov, res.provName = id, name
	}
	var tahun any
	if p.Tahun != 0 {
		tahun = p.Tahun
	}
	for _, s := range def.Sections {
		rows, err := querySection(ctx, q, s, tahun, satker, prov)
		if err != nil {
			return nil, fmt.Errorf("report %s, section %s: %w", def.Name, s.ID, hint(ctx, q, s.SQL, err))
		}
		res.results = append(res.results, Result{Section: s, Rows: rows})
	}
	pv, err := provenance(ctx, q)
	if err != nil {
		return nil, fmt.Errorf("report %s: provenance: %w", def.Name, err)
	}
	pv.GeneratedAt = res.params.Now
	res.prov = pv
	return res, nil
}

// ParamError is a report parameter that names nothing, or several things,
// or is missing: the caller's mistake (exit 2), not the warehouse's.
type ParamError struct{ Err error }

func (e *ParamError) Error() string { return e.Err.Error() }
func (e *ParamError) Unwrap() error { return e.Err }

// paramErr marks err from resolving a parameter as a ParamError, unless
// DuckDB itself failed.
func paramErr(err error) error {
	var de *duckdb.Error
	if errors.As(err, &de) {
		return err
	}
	return &ParamError{err}
}

// hint adds the usual remedy when a section meets a missing object (a
// Catalog error) and its SQL names a model lkj build creates that the
// warehouse lacks.
func hint(ctx context.Context, q Querier, sectionSQL string, err error) error {
	if !isCatalogError(err) || !namesMissingModel(ctx, q, sectionSQL) {
		return err
	}
	return fmt.Errorf("%w (build the marts first: lkj build)", err)
}

// namesMissingModel reports whether query names (as a whole word) a model
// absent from the warehouse.
func namesMissingModel(ctx context.Context, q Querier, query string) bool {
	missing, err := missingModels(ctx, q)
	if err != nil {
		return false
	}
	for _, m := range missing {
		if regexp.MustCompile(`(?i)\b` + regexp.QuoteMeta(m) + `\b`).MatchString(query) {
			return true
		}
	}
	return false
}

// missingModels lists the models (marts) absent from the warehouse.
func missingModels(ctx context.Context, q Querier) ([]string, error) {
	ms, err := models.Load()
	if err != nil {
		return nil, err
	}
	rows, err := q.QueryContext(ctx, `SELECT table_name FROM duckdb_tables() WHERE database_name = current_database()
		UNION ALL SELECT view_name FROM duckdb_views() WHERE database_name = current_database()`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	have := map[string]bool{}
	for rows.Next() {
		var n string
		if err := rows.Scan(&n); err != nil {
			return nil, err
		}
		have[n] = true
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	var missing []string
	for _, m := range ms {
		if !have[m.Name] {
			missing = append(missing, m.Name)
		}
	}
	return missing, nil
}

func querySection(ctx context.Context, q Querier, s Section, args ...any) ([][]any, error) {
	names, vals, err := sqlrows.Query(ctx, q, s.SQL, args...)
	if err != nil {
		return nil, err
	}
	idx := make([]int, len(s.Columns))
	for i, c := range s.Columns {
		idx[i] = -1
		for j, n := range names {
			if n == c.Name {
				idx[i] = j
			}
		}
		if idx[i] < 0 {
			return nil, fmt.Errorf("query has no column %s", c.Name)
		}
	}
	var out [][]any
	for _, v := range vals {
		row := make([]any, len(s.Columns))
		for i, j := range idx {
			row[i] = normalize(v[j])
		}
		out = append(out, row)
	}
	return out, nil
}

// normalize maps the driver's types onto the few the writers handle.
func normalize(v any) any {
	switch x := v.(type) {
	case nil, string, bool, time.Time, int64, float64:
		return x
	case int:
		return int64(x)
	case int8:
		return int64(x)
	case int16:
		return int64(x)
	case int32:
		return int64(x)
	case uint8:
		return int64(x)
	case uint16:
		return int64(x)
	case uint32:
		return int64(x)
	case uint64:
		if x <= math.MaxInt64 {
			return int64(x)
		}
		return float64(x)
	case float32:
		return float64(x)
	case []byte:
		return string(x)
	case *big.Int:
		if x.IsInt64() {
			return x.Int64()
		}
		f, _ := new(big.Float).SetInt(x).Float64()
		return f
	case interface{ Float64() float64 }: // duckdb.Decimal
		return x.Float64()
	case fmt.Stringer:
		return x.String()
	}
	return fmt.Sprint(v)
}

// resolveSatker finds the one satker a parameter names: its id, its
// Kemendagri code, its name, its region name or an alias, ignoring case.
func resolveSatker(ctx context.Context, q Querier, s string, provinsi bool) (id, name string, err error) {
	rows, err := q.QueryContext(ctx, `
		SELECT DISTINCT s.satker_id, s.nama
		FROM satker s
		LEFT JOIN ref_satker_alias a ON a.satker_id = s.satker_id
		WHERE (s.satker_id = ? OR s.kode_wilayah = ? OR lower(s.nama) = lower(?)
		       OR lower(s.wilayah) = lower(?) OR lower(a.alias) = lower(?))
		  AND (NOT ? OR s.jenis = 'provinsi')
		ORDER BY s.satker_id`, s, s, s, s, s, provinsi)
	if err != nil {
		return "", "", fmt.Errorf("resolve satker %q: %w", s, err)
	}
	ids, names, err := idsAndNames(rows)
	if err != nil {
		return "", "", err
	}
	what := "satker"
	if provinsi {
		what = "provinsi"
	}
	switch len(ids) {
	case 0:
		return resolveLoose(ctx, q, s, what, provinsi)
	case 1:
		return ids[0], names[0], nil
	}
	return "", "", ambiguous(what, s, ids, names)
}

// provenance counts the documents, the last run and the findings behind the
// warehouse.
func provenance(ctx context.Context, q Querier) (Provenance, error) {
	var p Provenance
	err := scanOne(ctx, q, `SELECT count(*) FILTER (WHERE status = 'loaded'),
			count(*) FILTER (WHERE status = 'rejected'),
			count(*) FILTER (WHERE status = 'loaded' AND synthetic)
		FROM dokumen`, &p.DocumentsLoaded, &p.DocumentsRejected, &p.DocumentsSynth)
	if err != nil {
		return p, err
	}
	var started, ended sql.NullTime
	err = scanOne(ctx, q, `SELECT run_id, command, status, started_at, ended_at
		FROM etl_run ORDER BY run_id DESC LIMIT 1`, &p.LastRunID, &p.LastRunCommand, &p.LastRunStatus, &started, &ended)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return p, err
	}
	if started.Valid {
		p.LastRunStarted = &started.Time
	}
	if ended.Valid {
		p.LastRunEnded = &ended.Time
	}
	err = scanOne(ctx, q, `SELECT count(*), count(*) FILTER (WHERE tingkat = 'error'),
			count(*) FILTER (WHERE tingkat = 'warning') FROM temuan`, &p.Findings, &p.FindingsError, &p.FindingsWarning)
	if err != nil {
		return p, err
	}
	// etl_model exists once models were built; older warehouses lack it.
	var n int64
	if err := scanOne(ctx, q, `SELECT count(*) FROM duckdb_tables()
		WHERE database_name = current_database() AND table_name = 'etl_model'`, &n); err != nil {
		return p, err
	}
	if n > 0 {
		var built sql.NullTime
		if err := scanOne(ctx, q, "SELECT max(built_at) FROM etl_model", &built); err != nil {
			return p, err
		}
		if built.Valid {
			p.ModelsBuilt = &built.Time
		}
	}
	return p, nil
}

func scanOne(ctx context.Context, q Querier, query string, dest ...any) error {
	rows, err := q.QueryContext(ctx, query)
	if err != nil {
		return err
	}
	defer rows.Close()
	if !rows.Next() {
		if err := rows.Err(); err != nil {
			return err
		}
		return sql.ErrNoRows
	}
	if err := rows.Scan(dest...); err != nil {
		return err
	}
	return rows.Err()
}
