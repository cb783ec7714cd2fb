package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestRun: a folder's documents get one line each, held-out and truth
// folders are skipped, the same text digests the same and a changed one
// differently; no folder is a usage error.
func TestRun(t *testing.T) {
	dir := t.TempDir()
	doc := "LAPORAN KINERJA\nKPU KABUPATEN SIKKA\nTAHUN 2023\n\nHasil evaluasi AKIP tahun 2022 memberikan nilai 68,40 dengan predikat B.\n"
	write := func(rel, text string) {
		p := filepath.Join(dir, rel)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("a/sikka-2023.txt", doc)
	write("b/sikka-2023.txt", doc)
	write("c/sikka-2023.txt", strings.Replace(doc, "68,40", "68,45", 1))
	write("unseen9/x.txt", doc)
	write("a/truth/x.txt", doc)
	var out, errOut bytes.Buffer
	if code := run([]string{dir}, &out, &errOut); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(lines) != 3 {
		t.Fatalf("got %d lines, want 3:\n%s", len(lines), out.String())
	}
	hash := func(l string) string { f := strings.Fields(l); return f[len(f)-1] }
	if hash(lines[0]) != hash(lines[1]) || hash(lines[0]) == hash(lines[2]) {
		t.Errorf("same text must digest the same, a changed figure differently:\n%s", out.String())
	}
	if !strings.Contains(lines[0], "facts=1 ") {
		t.Errorf("want one fact (the SAKIP score): %s", lines[0])
	}
	if code := run(nil, &out, &errOut); code != 2 {
		t.Errorf("no folder: exit %d, want 2", code)
	}
}
