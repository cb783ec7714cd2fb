package models

import (
	"context"
	"fmt"
	"io/fs"
	"sort"
	"strings"

	"github.com/kpu-ntt/lkj/etl/sqlrows"
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
	var out []DataTest
	err := eachSQLFile(fsys, dir, "data tests", func(name, body string) error {
		h := parseHeader(body)
		sev := h["severity"]
		switch sev {
		case SeverityError, SeverityWarning:
		case "":
			return fmt.Errorf("data tests: %s.sql: no '-- severity: error|warning' header", name)
		default:
			return fmt.Errorf("data tests: %s.sql: severity %q (want error or warning)", name, sev)
		}
		out = append(out, DataTest{Name: name, Severity: sev, Description: h["description"], SQL: body})
		return nil
	})
	if err != nil {
		return nil, err
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
	cols, sample, err := sqlrows.All(rows)
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
