package main_test

import (
	"strings"
	"testing"
)

// TestEvalEndToEnd: a small synthetic corpus scores at least the F1 the
// issue asks for, --list silent prints no row (nothing is silently
// wrong), and an unknown --list word is a usage error.
func TestEvalEndToEnd(t *testing.T) {
	dir := t.TempDir()
	if r := lkj(t, dir, "sample", "--scope", "ntt", "--years", "2024", "--seed", "5", "--noise", "high", "--out", "corpus"); r.code != 0 {
		t.Fatalf("sample: %d %s", r.code, r.stderr)
	}
	r := lkj(t, dir, "--quiet", "eval", "corpus", "--min-f1", "0.995", "--list", "silent")
	if r.code != 0 {
		t.Fatalf("eval: exit %d\n%s\n%s", r.code, r.stdout, r.stderr)
	}
	if !strings.Contains(r.stdout, "SILENT-WRONG") || strings.Contains(r.stdout, "\tsilent-wrong\t") {
		t.Errorf("eval --list silent:\n%s", r.stdout)
	}
	if r := lkj(t, dir, "--quiet", "eval", "corpus", "--list", "loud"); r.code != 2 {
		t.Errorf("eval --list loud: exit %d, want 2 (stderr: %s)", r.code, r.stderr)
	}
}
