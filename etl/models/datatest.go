package models

import (
	"context"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"

	"github.com/kpu-ntt/lkj/etl/family"
	sqlfiles "github.com/kpu-ntt/lkj/sql"
)

// Severities of a data test. An error fails the build's check; a warning is
// reported (real documents are messy: L+P may not equal the stated total).
const (
	SeverityError   = "error"
	SeverityWarning = "warning"
)

// DataTest is a query returning offending rows: zero rows is a pass.
type DataTest struct {
	Name        string
	Severity    string
	Description string
	SQL         string
}

// TestResult is the outcome of one data test. Err is set when the query
// itself failed (a missing mart, a typo), which is not the same as data
// failing the test.
type TestResult struct {
	Name     string
	Severity string
	Failures int64
	Err      error
	// Columns and Sample hold up to SampleRows offending rows, for messages.
	Columns []string
	Sample  [][]any
}

// SampleRows is how many offending rows Test keeps per test.
const SampleRows = 5

// Failed reports whether the result should fail a run: an error-severity
// test with offending rows, or any test whose query failed.
func (r TestResult) Failed() bool {
	return r.Err != nil || (r.Failures > 0 && r.Severity == SeverityError)
}

// LoadTests reads the embedded data tests (sql/tests/*.sql), adds the fact
// families' generic tests (FamilyTests) and a uniqueness test for every
// model that declares a unique_key, sorted by name.
func LoadTests() ([]DataTest, error) {
	tests, err := loadTestsFS(sqlfiles.FS, "tests")
	if err != nil {
		return nil, err
	}
	ft, err := FamilyTests()
	if err != nil {
		return nil, err
	}
	tests = append(tests, ft...)
	ms, err := Load()
	if err != nil {
		return nil, err
	}
	kt, err := KeyTests(ms)
	if err != nil {
		return nil, err
	}
	tests = append(tests, kt...)
	ct, err := CheckTests(ms)
	if err != nil {
		return nil, err
	}
	tests = append(tests, ct...)
	sort.Slice(tests, func(i, j int) bool { return tests[i].Name < tests[j].Name })
	return tests, nil
}

func loadTestsFS(fsys fs.FS, dir string) ([]DataTest, error) {
	entries, err := fs.ReadDir(fsys, dir)
	if err != nil {
		return nil, fmt.Errorf("data tests: %w", err)
	}
	var out []DataTest
	for _, e := range entries {
		if e.IsDir() || !strings.HasSuffix(e.Name(), ".sql") {
			continue
		}
		body, err := fs.ReadFile(fsys, path.Join(dir, e.Name()))
		if err != nil {
			return nil, fmt.Errorf("data tests: %w", err)
		}
		name := strings.TrimSuffix(e.Name(), ".sql")
		h := parseHeader(string(body))
		sev := h["severity"]
		switch sev {
		case SeverityError, SeverityWarning:
		case "":
			return nil, fmt.Errorf("data tests: %s.sql: no '-- severity: error|warning' header", name)
		default:
			return nil, fmt.Errorf("data tests: %s.sql: severity %q (want error or warning)", name, sev)
		}
		out = append(out, DataTest{Name: name, Severity: sev, Description: h["description"], SQL: string(body)})
	}
	return out, nil
}

// KeyTests makes one uniqueness test per model with a unique_key: rows whose
// key is NULL or repeated (the generic unique check). Names and columns come
// from validated headers.
func KeyTests(ms []Model) ([]DataTest, error) {
	t, err := genericTemplates()
	if err != nil {
		return nil, err
	}
	var out []DataTest
	for _, m := range ms {
		// A family's contract view has its own test, unik_<family>.
		if len(m.UniqueKey) == 0 || family.Named(m.Name) != nil {
			continue
		}
		q, err := Check{Kind: "unique", Table: m.Name, Columns: m.UniqueKey, OrNull: true}.render(t)
		if err != nil {
			return nil, err
		}
		out = append(out, DataTest{
			Name:        "model_key_" + m.Name,
			Severity:    SeverityError,
			Description: fmt.Sprintf("%s has one row per (%s), none of it NULL", m.Name, strings.Join(m.UniqueKey, ", ")),
			SQL:         q,
		})
	}
	return out, nil
}

// Test runs every data test on q and returns one result per test, in order.
// A test's query failing is recorded in its result; the others still run.
func Test(ctx context.Context, q Querier, tests []DataTest) []TestResult {
	out := make([]TestResult, 0, len(tests))
	for _, t := range tests {
		r := TestResult{Name: t.Name, Severity: t.Severity}
		r.Failures, r.Columns, r.Sample, r.Err = runTest(ctx, q, t)
		if r.Err != nil {
			r.Err = fmt.Errorf("data test %s: %w", t.Name, r.Err)
		}
		out = append(out, r)
	}
	return out
}

// runTest counts the offending rows and keeps a few of them.
func runTest(ctx context.Context, q Querier, t DataTest) (int64, []string, [][]any, error) {
	body := strings.TrimRight(strings.TrimSpace(t.SQL), ";")
	rows, err := q.QueryContext(ctx, "SELECT * FROM (\n"+body+"\n) AS offending LIMIT "+fmt.Sprint(SampleRows))
	if err != nil {
		return 0, nil, nil, err
	}
	cols, err := rows.Columns()
	if err != nil {
		rows.Close()
		return 0, nil, nil, err
	}
	var sample [][]any
	for rows.Next() {
		vals := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		if err := rows.Scan(ptrs...); err != nil {
			rows.Close()
			return 0, nil, nil, err
		}
		sample = append(sample, vals)
	}
	err = rows.Err()
	rows.Close()
	if err != nil {
		return 0, nil, nil, err
	}
	if len(sample) < SampleRows {
		return int64(len(sample)), cols, sample, nil
	}
	var n int64
	crows, err := q.QueryContext(ctx, "SELECT count(*) FROM (\n"+body+"\n) AS offending")
	if err != nil {
		return 0, nil, nil, err
	}
	defer crows.Close()
	if crows.Next() {
		if err := crows.Scan(&n); err != nil {
			return 0, nil, nil, err
		}
	}
	return n, cols, sample, crows.Err()
}
