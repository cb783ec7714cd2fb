package main_test

import (
	"crypto/sha256"
	"encoding/hex"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// tree lists every file under dir with its sha256, so a test can see that
// nothing was written, replaced or created.
func tree(t *testing.T, dir string) map[string]string {
	t.Helper()
	out := map[string]string{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		if d.IsDir() {
			out[rel+"/"] = "dir"
			return nil
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		sum := sha256.Sum256(b)
		out[rel] = hex.EncodeToString(sum[:])
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func diffTrees(before, after map[string]string) []string {
	var d []string
	for k, v := range after {
		if before[k] != v {
			d = append(d, k)
		}
	}
	for k := range before {
		if _, ok := after[k]; !ok {
			d = append(d, k+" (removed)")
		}
	}
	sort.Strings(d)
	return d
}

// TestQueryIsReadOnly throws every kind of write at lkj query (issue 11:
// "COPY ... TO 'w.duckdb'" replaced the warehouse with a 7-byte CSV and
// exited 0). Each must exit 2 with a reason, and afterwards every file in
// the folder has the bytes it had and no file is new.
func TestQueryIsReadOnly(t *testing.T) {
	dir := t.TempDir()
	if r := lkjDB(t, dir, "w.duckdb", "init"); r.code != 0 {
		t.Fatalf("init: exit %d: %s", r.code, r.stderr)
	}
	if err := os.WriteFile(filepath.Join(dir, "x.csv"), []byte("a\n7\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	before := tree(t, dir)
	writes := []string{
		"COPY (SELECT 'oops' AS x) TO 'w.duckdb' (FORMAT csv)",
		"COPY (SELECT * FROM satker) TO 'satker.csv'",
		"COPY satker TO 'satker.parquet' (FORMAT parquet)",
		"COPY satker TO 'parts' (FORMAT parquet, PARTITION_BY (jenis))",
		"COPY satker TO 'threads' (FORMAT csv, PER_THREAD_OUTPUT true)",
		"COPY ref_satker_alias FROM 'x.csv'",
		"COPY FROM DATABASE w TO memory",
		"EXPORT DATABASE 'dump'",
		"INSTALL httpfs",
		"LOAD httpfs",
		"SET threads = 1",
		"SET enable_external_access = true",
		"RESET threads",
		"ATTACH 'other.duckdb' AS o",
		"DETACH w",
		"CREATE TABLE t(a INTEGER)",
		"CREATE TEMP TABLE t(a INTEGER)",
		"CREATE VIEW v AS SELECT 1",
		"CREATE MACRO m(x) AS x + 1",
		"CREATE SEQUENCE s",
		"INSERT INTO ref_satker_alias SELECT * FROM ref_satker_alias LIMIT 1",
		"UPDATE ref_satker_alias SET alias = 'x'",
		"DELETE FROM ref_satker_alias",
		"DROP VIEW satker",
		"ALTER VIEW satker RENAME TO s2",
		"CHECKPOINT",
		"FORCE CHECKPOINT",
		"CALL checkpoint()",
		"PRAGMA enable_profiling",
		"PRAGMA profile_output = 'profile.json'",
		"PRAGMA threads = 1",
		"VACUUM",
		"BEGIN TRANSACTION",
		"PREPARE p AS SELECT 1",
		"SELECT 1; DROP VIEW satker",
		"SELECT 1; COPY (SELECT 1) TO 'two.csv'",
		"EXPLAIN ANALYZE COPY (SELECT 1) TO 'explained.csv'",
		"UPDATE EXTENSIONS",
	}
	for _, q := range writes {
		r := lkjDB(t, dir, "w.duckdb", "query", q)
		if r.code != 2 {
			t.Errorf("%q: exit %d, want 2 (stdout %q, stderr %q)", q, r.code, r.stdout, r.stderr)
			continue
		}
		if !strings.Contains(r.stderr, "ditolak") && !strings.Contains(r.stderr, "Error") {
			t.Errorf("%q: no reason given: %q", q, r.stderr)
		}
	}
	// Also through -f, where a file may hold several statements.
	f := filepath.Join(t.TempDir(), "two.sql")
	if err := os.WriteFile(f, []byte("SELECT 1;\nCOPY (SELECT 1) TO 'from_file.csv';\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if r := lkjDB(t, dir, "w.duckdb", "query", "-f", f); r.code != 2 {
		t.Errorf("-f with COPY: exit %d, want 2: %s", r.code, r.stderr)
	}
	if d := diffTrees(before, tree(t, dir)); len(d) > 0 {
		t.Errorf("files changed or created by refused queries: %v", d)
	}
	// The reason names the statement and the way out.
	r := lkjDB(t, dir, "w.duckdb", "query", "COPY (SELECT 'oops' AS x) TO 'w.duckdb' (FORMAT csv)")
	if !strings.Contains(r.stderr, "COPY") || !strings.Contains(r.stderr, "lkj export") {
		t.Errorf("COPY refusal does not say why: %q", r.stderr)
	}

	// Reads still work, the analyst's own files by default and not with
	// --allow-files=false.
	for _, c := range []struct {
		args []string
		code int
		out  string
	}{
		{[]string{"query", "--format", "csv", "SELECT count(*) AS n FROM satker WHERE satker_id = '5305'"}, 0, "n\n1\n"},
		{[]string{"query", "--format", "csv", "DESCRIBE SELECT 1 AS a"}, 0, "column_name"},
		{[]string{"query", "--format", "csv", "PRAGMA table_info('satker')"}, 0, "satker_id"},
		{[]string{"query", "--format", "csv", "EXPLAIN SELECT * FROM satker"}, 0, "explain_key"},
		{[]string{"query", "--format", "csv", "SELECT a FROM read_csv('x.csv')"}, 0, "a\n7\n"},
		{[]string{"query", "--allow-files=false", "SELECT a FROM read_csv('x.csv')"}, 2, "--allow-files"},
		{[]string{"query", "--allow-files=false", "SELECT * FROM 'x.csv'"}, 2, "--allow-files"},
		{[]string{"query", "--format", "xml", "SELECT 1"}, 2, "ndjson"},
	} {
		r := lkjDB(t, dir, "w.duckdb", c.args...)
		got := r.stdout
		if c.code != 0 {
			got = r.stderr
		}
		if r.code != c.code || !strings.Contains(got, c.out) {
			t.Errorf("%v: exit %d, want %d with %q; stdout %q stderr %q", c.args, r.code, c.code, c.out, r.stdout, r.stderr)
		}
	}
	// SELECTs of functions that would write anywhere but on a read-only
	// file: DuckDB runs them as no-ops or refuses them.
	for _, q := range []string{"SELECT * FROM checkpoint()", "SELECT * FROM force_checkpoint()", "SELECT nextval('s')"} {
		if r := lkjDB(t, dir, "w.duckdb", "query", q); r.code == 1 {
			t.Errorf("%q: exit 1: %s", q, r.stderr)
		}
	}
	if d := diffTrees(before, tree(t, dir)); len(d) > 0 {
		t.Errorf("files changed or created by reads: %v", d)
	}
}

// TestQueryTypesEndToEnd: the examples through the binary.
func TestQueryTypesEndToEnd(t *testing.T) {
	dir := t.TempDir()
	if r := lkjDB(t, dir, "w.duckdb", "init"); r.code != 0 {
		t.Fatalf("init: exit %d: %s", r.code, r.stderr)
	}
	q := `SELECT 'Alor' AS nama, sum(p) * 1.0 AS pagu, sum(p) AS n, DATE '2024-03-01' AS tanggal,
		CAST('nan' AS DOUBLE) AS rasio FROM (VALUES (CAST(429494150000 AS BIGINT))) t(p)`
	for _, c := range []struct{ format, want string }{
		{"csv", "nama,pagu,n,tanggal,rasio\nAlor,429494150000.0,429494150000,2024-03-01,nan\n"},
		{"json", "[\n  {\"nama\":\"Alor\",\"pagu\":429494150000.0,\"n\":429494150000,\"tanggal\":\"2024-03-01\",\"rasio\":null}\n]\n"},
		{"ndjson", "{\"nama\":\"Alor\",\"pagu\":429494150000.0,\"n\":429494150000,\"tanggal\":\"2024-03-01\",\"rasio\":null}\n"},
		{"markdown", "| nama | pagu | n | tanggal | rasio |\n| --- | ---:| ---:| --- | ---:|\n| Alor | 429494150000.0 | 429494150000 | 2024-03-01 | nan |\n"},
		{"table", "┌──────┬────────────────┬──────────────┬────────────┬───────┐\n" +
			"│ nama │           pagu │            n │ tanggal    │ rasio │\n" +
			"├──────┼────────────────┼──────────────┼────────────┼───────┤\n" +
			"│ Alor │ 429494150000.0 │ 429494150000 │ 2024-03-01 │   nan │\n" +
			"└──────┴────────────────┴──────────────┴────────────┴───────┘\n"},
	} {
		r := lkjDB(t, dir, "w.duckdb", "query", "--format", c.format, q)
		if r.code != 0 || r.stdout != c.want {
			t.Errorf("%s: exit %d\n got %q\nwant %q\n%s", c.format, r.code, r.stdout, c.want, r.stderr)
		}
	}
}

// TestQueryHelpListsMarts: every mart and contract view is in --help with
// its description (issue 11: "query --help lists no marts").
func TestQueryHelpListsMarts(t *testing.T) {
	r := lkj(t, t.TempDir(), "query", "--help")
	if r.code != 0 {
		t.Fatalf("query --help: exit %d: %s", r.code, r.stderr)
	}
	for _, name := range []string{"mart_peringkat", "mart_sakip", "mart_serapan", "mart_capaian", "mart_dpt",
		"satker", "dokumen", "capaian", "anggaran", "sakip_komponen", "dpt", "temuan"} {
		found := false
		for _, line := range strings.Split(r.stdout, "\n") {
			f := strings.Fields(line)
			if len(f) > 2 && f[0] == name {
				found = true
			}
		}
		if !found {
			t.Errorf("query --help has no described line for %s:\n%s", name, r.stdout)
		}
	}
	if !strings.Contains(r.stdout, "League table for planners") {
		t.Errorf("mart_peringkat's description is not taken from its model:\n%s", r.stdout)
	}
}
