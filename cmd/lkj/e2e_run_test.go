package main_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kpu-ntt/lkj/etl/sharedtest"
)

// TestRunJobEndToEnd drives the scheduled job on a small synthetic corpus:
// the ranking prints, the extract's manifest matches its files, data tests
// pass, and a row broken on purpose makes `lkj test` exit 3.
func TestRunJobEndToEnd(t *testing.T) {
	dir := t.TempDir()
	if r := lkj(t, dir, "sample", "--scope", "ntt", "--years", "2024", "--seed", "3", "--out", "corpus"); r.code != 0 {
		t.Fatalf("sample: %d %s", r.code, r.stderr)
	}
	r := lkj(t, dir, "--log-format", "json", "run", "corpus", "--out", "extract")
	if r.code != 0 && r.code != 3 {
		t.Fatalf("run: exit %d\n%s", r.code, r.stderr)
	}
	if !strings.Contains(r.stdout, "DATA SINTETIS") || !strings.Contains(r.stdout, "Peringkat") {
		t.Errorf("run output lacks the synthetic banner or the ranking:\n%.2000s", r.stdout)
	}
	// One JSON log line per step, each with a duration.
	steps := map[string]bool{}
	for _, line := range strings.Split(r.stderr, "\n") {
		var m map[string]any
		if json.Unmarshal([]byte(line), &m) != nil {
			continue
		}
		if s, ok := m["step"].(string); ok {
			if _, ok := m["duration_ms"]; !ok {
				t.Errorf("step %s logged without duration_ms: %s", s, line)
			}
			steps[s] = true
		}
	}
	for _, s := range []string{"ingest", "build", "test", "export"} {
		if !steps[s] {
			t.Errorf("no JSON log line for step %q in:\n%.3000s", s, r.stderr)
		}
	}

	// The manifest names every file with its row count and sha256.
	b, err := os.ReadFile(filepath.Join(dir, "extract", "manifest.json"))
	if err != nil {
		t.Fatal(err)
	}
	var man struct {
		Files []struct {
			Path   string `json:"path"`
			Rows   int64  `json:"rows"`
			SHA256 string `json:"sha256"`
		} `json:"files"`
	}
	if err := json.Unmarshal(b, &man); err != nil {
		t.Fatal(err)
	}
	if len(man.Files) == 0 {
		t.Fatal("manifest lists no files")
	}
	var manifestRows int64
	for _, f := range man.Files {
		if _, err := os.Stat(filepath.Join(dir, "extract", filepath.FromSlash(f.Path))); err != nil {
			t.Errorf("manifest file missing: %v", err)
		}
		manifestRows += f.Rows
	}
	rows := queryJSON(t, dir, "SELECT count(*) AS n FROM read_parquet('extract/**/*.parquet', union_by_name = true)")
	if got := int64(rows[0]["n"].(float64)); got != manifestRows {
		t.Errorf("parquet files hold %d rows, manifest says %d", got, manifestRows)
	}

	if r := lkj(t, dir, "test"); r.code != 0 {
		t.Fatalf("lkj test on clean data: exit %d\n%s\n%s", r.code, r.stdout, r.stderr)
	}
	// Break a row on purpose: an unknown predikat fails an error-level test.
	breakRow(t, dir, "UPDATE fact_sakip SET predikat = 'ZZ' WHERE satker_id = '5305'")
	if r := lkj(t, dir, "test"); r.code != 3 {
		t.Fatalf("lkj test on a broken warehouse: exit %d, want 3\n%s", r.code, r.stdout)
	}
}

// breakRow changes the warehouse behind lkj's back, the way a bad manual
// edit would; lkj query is read-only, so this goes through DuckDB directly.
func breakRow(t *testing.T, dir, stmt string) {
	t.Helper()
	db := openDB(t, filepath.Join(dir, "lkj.duckdb"))
	defer db.Close()
	if _, err := db.Exec(stmt); err != nil {
		t.Fatal(err)
	}
}

func TestReportFormats(t *testing.T) {
	dir := t.TempDir()
	real := sharedtest.Path(t, "corpus/real")
	if r := lkj(t, dir, "ingest", real); r.code != 0 {
		t.Fatalf("ingest: %d %s", r.code, r.stderr)
	}
	if r := lkj(t, dir, "build"); r.code != 0 {
		t.Fatalf("build: %d %s", r.code, r.stderr)
	}
	r := lkj(t, dir, "report", "serapan", "--satker", "5305", "--tahun", "2024")
	if r.code != 0 || !strings.Contains(r.stdout, "Rp 44.980.284.000") || !strings.Contains(r.stdout, "99,55") {
		t.Errorf("serapan report for Alor 2024 lacks Rp 44.980.284.000 / 99,55: exit %d\n%s\n%s", r.code, r.stdout, r.stderr)
	}
	for _, f := range []string{"html", "xlsx"} {
		out := filepath.Join(dir, "peringkat."+f)
		if r := lkj(t, dir, "report", "peringkat", "--format", f, "--out", out); r.code != 0 {
			t.Fatalf("report %s: %d %s", f, r.code, r.stderr)
		}
		st, err := os.Stat(out)
		if err != nil || st.Size() == 0 {
			t.Fatalf("report %s not written: %v", f, err)
		}
	}
	html, _ := os.ReadFile(filepath.Join(dir, "peringkat.html"))
	if !strings.Contains(string(html), "<svg") || strings.Contains(string(html), "http://") && strings.Contains(string(html), "<script src") {
		t.Errorf("HTML report must be self-contained with inline SVG charts")
	}
	if r := lkj(t, dir, "report", "no-such-report"); r.code != 2 {
		t.Errorf("unknown report: exit %d, want 2", r.code)
	}
}
