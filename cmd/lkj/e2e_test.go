package main_test

import (
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"
)

// The end-to-end tests build the real binary once and drive it as a user
// (or a scheduled job) would.
var (
	buildOnce sync.Once
	binPath   string
	buildErr  error
)

func lkjBinary(t *testing.T) string {
	t.Helper()
	buildOnce.Do(func() {
		dir, err := os.MkdirTemp("", "lkj-e2e-")
		if err != nil {
			buildErr = err
			return
		}
		binPath = filepath.Join(dir, "lkj")
		if runtime.GOOS == "windows" {
			binPath += ".exe"
		}
		out, err := exec.Command("go", "build", "-o", binPath, ".").CombinedOutput()
		if err != nil {
			buildErr = errors.New(string(out))
		}
	})
	if buildErr != nil {
		t.Fatalf("build lkj: %v", buildErr)
	}
	return binPath
}

type result struct {
	code           int
	stdout, stderr string
}

// lkj runs the binary in dir with a clean LKJ_* environment.
func lkj(t *testing.T, dir string, args ...string) result {
	t.Helper()
	return lkjEnv(t, dir, nil, args...)
}

func queryJSON(t *testing.T, dir, q string) []map[string]any {
	t.Helper()
	r := lkj(t, dir, "query", "--format", "json", q)
	if r.code != 0 {
		t.Fatalf("query %q: exit %d: %s", q, r.code, r.stderr)
	}
	var rows []map[string]any
	if err := json.Unmarshal([]byte(r.stdout), &rows); err != nil {
		t.Fatalf("query %q: %v\n%s", q, err, r.stdout)
	}
	return rows
}

func copyTree(t *testing.T, src, dst string) {
	t.Helper()
	err := filepath.WalkDir(src, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		target := filepath.Join(dst, rel)
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		copyFile(t, p, target)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// TestTemplatesEndToEnd: ingest the template fixtures, ingest again (no
// change in any count), query the contract views, and see a broken template
// rejected with exit 3 while the good ones load.
func TestTemplatesEndToEnd(t *testing.T) {
	fixtures, _ := filepath.Abs("../../etl/template/testdata")
	if _, err := os.Stat(filepath.Join(fixtures, "good")); err != nil {
		t.Skipf("template fixtures not found: %v", err)
	}
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	copyTree(t, filepath.Join(fixtures, "good"), in)

	r := lkj(t, dir, "ingest", "in")
	if r.code != 0 {
		t.Fatalf("first ingest: exit %d\n%s\n%s", r.code, r.stdout, r.stderr)
	}
	counts := func() map[string]any {
		rows := queryJSON(t, dir, `SELECT
			(SELECT count(*) FROM dokumen) AS dokumen,
			(SELECT count(*) FROM anggaran) AS anggaran,
			(SELECT count(*) FROM capaian) AS capaian,
			(SELECT count(*) FROM dpt) AS dpt,
			(SELECT count(*) FROM temuan) AS temuan,
			(SELECT count(*) FROM etl_finding) AS findings`)
		return rows[0]
	}
	before := counts()
	if before["dokumen"].(float64) < 2 || before["anggaran"].(float64) == 0 {
		t.Fatalf("expected documents and budget rows after ingest, got %v", before)
	}

	r = lkj(t, dir, "ingest", "in")
	if r.code != 0 {
		t.Fatalf("second ingest: exit %d: %s", r.code, r.stderr)
	}
	if !strings.Contains(r.stdout, "0 loaded") {
		t.Errorf("second ingest should load nothing: %s", r.stdout)
	}
	after := counts()
	for k, v := range before {
		if after[k] != v {
			t.Errorf("re-ingest changed %s: %v -> %v", k, v, after[k])
		}
	}

	// Every contract view answers, and natural keys are unique.
	for _, q := range []string{
		"SELECT satker_id, tahun, kode, count(*) n FROM anggaran GROUP BY ALL HAVING n > 1",
		"SELECT satker_id, pemilihan, tahun, tingkat_wilayah, wilayah, count(*) n FROM dpt GROUP BY ALL HAVING n > 1",
		"SELECT satker_id, tahun, tingkat, indikator_kunci, count(*) n FROM capaian GROUP BY ALL HAVING n > 1",
	} {
		if rows := queryJSON(t, dir, q); len(rows) != 0 {
			t.Errorf("duplicate natural keys: %s -> %v", q, rows)
		}
	}

	// A broken template is rejected (exit 3) with a message naming the file;
	// the good documents stay loaded.
	bad := filepath.Join(dir, "bad")
	copyTree(t, filepath.Join(fixtures, "bad"), bad)
	r = lkj(t, dir, "ingest", "bad", "in")
	if r.code != 3 {
		t.Fatalf("ingest with broken templates: exit %d, want 3\n%s\n%s", r.code, r.stdout, r.stderr)
	}
	if !strings.Contains(r.stderr, "rejected") || !strings.Contains(r.stderr, "bad") {
		t.Errorf("rejection message should name the file: %s", r.stderr)
	}
	rej := queryJSON(t, dir, "SELECT count(*) AS n FROM dokumen WHERE status = 'rejected'")
	if rej[0]["n"].(float64) == 0 {
		t.Errorf("no rejected document recorded")
	}
	if got := counts()["anggaran"]; got != before["anggaran"] {
		t.Errorf("good documents changed after a bad one: anggaran %v -> %v", before["anggaran"], got)
	}
}

func TestUsageErrorsExit2(t *testing.T) {
	dir := t.TempDir()
	for _, args := range [][]string{
		{"ingest"},
		{"no-such-command"},
		{"query"},
		{"ingest", "does-not-exist"},
		{"--log-format", "xml", "status"},
		{"--config", "missing.yaml", "config"},
		{"--db", "no/such/dir/x.duckdb", "init"},
	} {
		if r := lkj(t, dir, args...); r.code != 2 {
			t.Errorf("lkj %v: exit %d, want 2 (stderr: %s)", args, r.code, r.stderr)
		}
	}
}

func TestConfigSources(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "lkj.yaml"), []byte("db: from-file.duckdb\nweights:\n  sakip: 0.5\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	r := lkj(t, dir, "config", "--log-format", "json")
	if r.code != 0 {
		t.Fatalf("config: %d %s", r.code, r.stderr)
	}
	for _, want := range []string{"from-file.duckdb", "file lkj.yaml", "flag --log-format", "0.5"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("lkj config output lacks %q:\n%s", want, r.stdout)
		}
	}
	if err := os.WriteFile(filepath.Join(dir, "lkj.yaml"), []byte("dbb: typo.duckdb\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if r := lkj(t, dir, "config"); r.code != 2 || !strings.Contains(r.stderr, "dbb") {
		t.Errorf("unknown config key: exit %d, stderr %s", r.code, r.stderr)
	}
}

func TestHelpDocumentsExitCodes(t *testing.T) {
	r := lkj(t, t.TempDir(), "--help")
	if r.code != 0 || !strings.Contains(r.stdout, "Exit codes") || !strings.Contains(r.stdout, "3  the run finished") {
		t.Fatalf("help: exit %d\n%s", r.code, r.stdout)
	}
}
