package main_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kpu-ntt/lkj/etl/sharedtest"
)

// lkjEnv is lkj with extra LKJ_* variables set.
func lkjEnv(t *testing.T, dir string, extra []string, args ...string) result {
	t.Helper()
	cmd := exec.Command(lkjBinary(t), args...)
	cmd.Dir = dir
	var env []string
	for _, e := range os.Environ() {
		if !strings.HasPrefix(e, "LKJ_") {
			env = append(env, e)
		}
	}
	cmd.Env = append(env, extra...)
	var o, e bytes.Buffer
	cmd.Stdout, cmd.Stderr = &o, &e
	err := cmd.Run()
	code := 0
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatalf("run lkj %v: %v", args, err)
	}
	return result{code, o.String(), e.String()}
}

// jsonLines checks that every non-empty line of out is a JSON value and
// returns the objects.
func jsonLines(t *testing.T, label, out string) []map[string]any {
	t.Helper()
	var objs []map[string]any
	for _, line := range strings.Split(out, "\n") {
		if strings.TrimSpace(line) == "" {
			continue
		}
		var m map[string]any
		if err := json.Unmarshal([]byte(line), &m); err != nil {
			t.Errorf("%s: a line is not JSON: %.200q", label, line)
			continue
		}
		objs = append(objs, m)
	}
	return objs
}

// TestRunIsStrict: issue 11, "the scheduled job is not strict".
func TestRunIsStrict(t *testing.T) {
	dir := t.TempDir()
	mk := func(rel, body string) {
		p := filepath.Join(dir, rel)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	mk("lain/lkj-2024-alor.docx", "PK\x03\x04")
	mk("lain/catatan.md", "# catatan\n")
	mk("pdfs/lkj-2024-alor.pdf", "%PDF-1.4\nrusak\n")
	mk("pdfs/lkj-2024-sikka.PDF", "%PDF-1.7\nrusak juga\n")
	if err := os.MkdirAll(filepath.Join(dir, "kosong"), 0o755); err != nil {
		t.Fatal(err)
	}

	// 1. A folder of files lkj does not read loads nothing: exit 2, each
	// file listed with what to do.
	r := lkj(t, dir, "--db", "a.duckdb", "run", "lain", "--out", "ex")
	if r.code != 2 {
		t.Errorf("run on non-documents only: exit %d, want 2\n%s", r.code, r.stderr)
	}
	for _, want := range []string{"lain/lkj-2024-alor.docx", "lain/catatan.md", "bukan dokumen", "tidak ada dokumen"} {
		if !strings.Contains(r.stderr, want) {
			t.Errorf("run on non-documents: stderr lacks %q:\n%s", want, r.stderr)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "a.duckdb")); err == nil {
		t.Errorf("a run refused for its inputs created the warehouse")
	}
	// PDFs are documents now: broken ones are each rejected by name (exit 3).
	r = lkj(t, dir, "--db", "p.duckdb", "run", "pdfs", "--out", "ex")
	if r.code != 3 {
		t.Errorf("run on broken PDFs: exit %d, want 3\n%s", r.code, r.stderr)
	}
	for _, want := range []string{"pdfs/lkj-2024-alor.pdf", "pdfs/lkj-2024-sikka.PDF", "PDF tidak dapat dibaca"} {
		if !strings.Contains(r.stderr, want) {
			t.Errorf("run on broken PDFs: stderr lacks %q:\n%s", want, r.stderr)
		}
	}
	// An empty folder, and no PATH on an empty warehouse, are exit 2 too.
	if r := lkj(t, dir, "--db", "b.duckdb", "run", "kosong", "--out", "ex"); r.code != 2 || !strings.Contains(r.stderr, "tidak ada dokumen") {
		t.Errorf("run on an empty folder: exit %d, want 2\n%s", r.code, r.stderr)
	}
	if r := lkj(t, dir, "--db", "c.duckdb", "run", "--out", "ex"); r.code != 2 || !strings.Contains(r.stderr, "tidak ada dokumen") {
		t.Errorf("run with no PATH on an empty warehouse: exit %d, want 2\n%s", r.code, r.stderr)
	}

	// 2. With --log-format json every line is JSON, rejections and skipped
	// files included, with and without --quiet.
	real := sharedtest.Path(t, "corpus/real/lkj-2024-kpu-kabupaten-alor.txt")
	b, err := os.ReadFile(real)
	if err != nil {
		t.Fatal(err)
	}
	mk("campur/alor.txt", string(b))
	mk("campur/rusak.txt", "bukan laporan\n")
	mk("campur/laporan.docx", "PK\x03\x04")
	for _, quiet := range []bool{false, true} {
		db := "d.duckdb"
		if quiet {
			db = "e.duckdb"
		}
		args := []string{"--db", db, "--log-format", "json", "run", "campur", "--out", "ex"}
		if quiet {
			args = append([]string{"--quiet"}, args...)
		}
		r := lkj(t, dir, args...)
		if r.code != 3 {
			t.Errorf("quiet=%v: exit %d, want 3 (a document was rejected)\n%s", quiet, r.code, r.stderr)
		}
		jsonLines(t, "stdout", r.stdout)
		msgs := map[string]bool{}
		for _, m := range jsonLines(t, "stderr", r.stderr) {
			msgs[m["msg"].(string)] = true
			if m["msg"] == "berkas dilewati" && m["path"] != filepath.Join("campur", "laporan.docx") {
				t.Errorf("skipped %v, want campur/laporan.docx", m["path"])
			}
		}
		// a skipped non-document is information: --quiet hides it, the
		// rejection (a warning) stays
		if !msgs["rejected"] || msgs["berkas dilewati"] == quiet {
			t.Errorf("quiet=%v: JSON lines for the rejection and the skipped file: %v", quiet, msgs)
		}
		if !quiet && !strings.Contains(r.stdout, `"report":"peringkat"`) {
			t.Errorf("ranking missing from JSON stdout:\n%s", r.stdout)
		}
		if quiet && r.stdout != "" {
			t.Errorf("--quiet printed on stdout: %s", r.stdout)
		}
	}
}

// TestConfigValuesAreChecked: issue 11, "weights.sakip: abc is accepted,
// stored as 0". Every key is checked by type and range, exit 2.
func TestConfigValuesAreChecked(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		yaml string
		env  []string
		want string
	}{
		{"weights:\n  sakip: abc\n", nil, `weights.sakip = "abc" (dari file lkj.yaml) tidak sah`},
		{"weights:\n  capaian: -0.3\n", nil, `weights.capaian = "-0.3"`},
		{"weights:\n  sakip: 0\n  capaian: 0\n  serapan: 0\n", nil, "jumlah bobot"},
		{"log_format: xml\n", nil, "salah satu dari text, json"},
		{"sample:\n  noise: loud\n", nil, "sample.noise"},
		{"sample:\n  scope: jawa\n", nil, "sample.scope"},
		{"sample:\n  years: 2024-2020\n", nil, "sample.years"},
		{"workers: 2.5\n", nil, "workers"},
		{"group_documents: 0\n", nil, "group_documents"},
		{"wait: soon\n", nil, "wait"},
		{"memory_limit: lots\n", nil, "memory_limit"},
		{"quiet: maybe\n", nil, "quiet"},
		{"", []string{"LKJ_WEIGHTS_SERAPAN=x"}, "weights.serapan = \"x\" (dari env LKJ_WEIGHTS_SERAPAN)"},
	}
	for _, tt := range tests {
		if err := os.WriteFile(filepath.Join(dir, "lkj.yaml"), []byte(tt.yaml), 0o644); err != nil {
			t.Fatal(err)
		}
		r := lkjEnv(t, dir, tt.env, "config")
		if r.code != 2 || !strings.Contains(r.stderr, tt.want) {
			t.Errorf("%q %v: exit %d, stderr %q; want 2 and %q", tt.yaml, tt.env, r.code, r.stderr, tt.want)
		}
	}
	// Good values pass, including whole numbers written as floats.
	if err := os.WriteFile(filepath.Join(dir, "lkj.yaml"), []byte("weights:\n  sakip: 1\nworkers: 2.0\nmemory_limit: 1GB\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if r := lkj(t, dir, "config"); r.code != 0 {
		t.Errorf("good config: exit %d %s", r.code, r.stderr)
	}
}
