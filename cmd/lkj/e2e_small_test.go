//go:build unix

package main_test

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// TestSmallThings: issue 11, "smaller things".
func TestSmallThings(t *testing.T) {
	dir := t.TempDir()
	if r := lkj(t, dir, "init"); r.code != 0 {
		t.Fatalf("init: %d %s", r.code, r.stderr)
	}

	// lkj test before lkj build: one message saying what to run, exit 2,
	// not a "Catalog Error" per data test.
	r := lkj(t, dir, "test")
	if r.code != 2 || !strings.Contains(r.stderr, "lkj build") || strings.Contains(r.stdout+r.stderr, "Catalog Error") {
		t.Errorf("test before build: exit %d\nstdout %s\nstderr %s", r.code, r.stdout, r.stderr)
	}
	if r := lkj(t, t.TempDir(), "--db", "kosong.duckdb", "test"); r.code == 0 || strings.Contains(r.stdout+r.stderr, "Catalog Error") {
		t.Errorf("test on no warehouse: exit %d %s", r.code, r.stderr)
	}

	// An ambiguous satker lists its candidates (exit 2); a plain region
	// name without Kabupaten/Kota finds the one satker it names.
	r = lkj(t, dir, "report", "sakip", "--satker", "Kupang")
	if r.code != 2 {
		t.Errorf("--satker Kupang: exit %d, want 2", r.code)
	}
	for _, want := range []string{"ambigu", "5301 (KPU Kabupaten Kupang)", "5371 (KPU Kota Kupang)"} {
		if !strings.Contains(r.stderr, want) {
			t.Errorf("--satker Kupang: stderr lacks %q: %s", want, r.stderr)
		}
	}
	if r := lkj(t, dir, "build"); r.code != 0 {
		t.Fatalf("build: %d %s", r.code, r.stderr)
	}
	if r := lkj(t, dir, "report", "sakip", "--satker", "Sikka"); r.code != 0 || !strings.Contains(r.stdout, "KPU Kabupaten Sikka") {
		t.Errorf("--satker Sikka: exit %d %s", r.code, r.stderr)
	}

	// Report files honour the umask (0666 &^ umask), not 0600.
	old := syscall.Umask(0o022)
	defer syscall.Umask(old)
	for _, f := range []string{"peringkat.html", "peringkat.xlsx"} {
		out := filepath.Join(dir, f)
		if r := lkj(t, dir, "report", "peringkat", "--format", strings.TrimPrefix(filepath.Ext(f), "."), "--out", out); r.code != 0 {
			t.Fatalf("report %s: %d %s", f, r.code, r.stderr)
		}
		st, err := os.Stat(out)
		if err != nil {
			t.Fatal(err)
		}
		if st.Mode().Perm() != 0o644 {
			t.Errorf("%s mode %v, want -rw-r--r-- under umask 022", f, st.Mode().Perm())
		}
	}
}
