// Package sharedtest holds what the tests of several packages share: it
// finds the test inputs that live beside the repository, in ../shared (the
// real reports, the test PDFs), builds the random inputs of the scanner
// equivalence tests (random.go), and checks a table case's error (errs.go).
// Tests must not name a path of one machine: a clone anywhere finds shared/
// next to its root.
//
// A missing input skips the test loudly on a developer's machine and fails it
// under CI=true, so CI can never pass by silently losing the most valuable
// tests (the real-report goldens).
package sharedtest

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
)

// Root returns the absolute path of the repository root: the nearest folder
// at or above the working directory that holds go.mod.
func Root() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("sharedtest: no go.mod above the working directory")
		}
		dir = parent
	}
}

// Path returns the absolute path of rel (slash-separated, e.g.
// "corpus/real/lkj-2024-kpu-kabupaten-alor.txt") under ../shared beside the
// repository root. LKJ_SHARED overrides the shared folder. When the path does
// not exist the test is skipped, or failed under CI=true.
func Path(tb testing.TB, rel string) string {
	tb.Helper()
	base := os.Getenv("LKJ_SHARED")
	if base == "" {
		root, err := Root()
		if err != nil {
			missing(tb, err)
			return ""
		}
		base = filepath.Join(filepath.Dir(root), "shared")
	}
	p := filepath.Join(base, filepath.FromSlash(rel))
	if _, err := os.Stat(p); err != nil {
		missing(tb, err)
	}
	return p
}

// Read returns the bytes of Path(tb, rel).
func Read(tb testing.TB, rel string) []byte {
	tb.Helper()
	b, err := os.ReadFile(Path(tb, rel))
	if err != nil {
		missing(tb, err)
	}
	return b
}

// RealReports are the two real LKj texts every golden and real-report test
// reads, relative to the shared folder.
var RealReports = []string{
	"corpus/real/lkj-2024-kpu-kabupaten-alor.txt",
	"corpus/real/lkj-2024-kpu-provinsi-ntt.txt",
}

func missing(tb testing.TB, err error) {
	tb.Helper()
	if os.Getenv("CI") == "true" {
		tb.Fatalf("shared test input missing (CI=true makes this an error; put shared/ beside the repository): %v", err)
	}
	tb.Skipf("SKIP: shared test input missing; put shared/ beside the repository: %v", err)
}
