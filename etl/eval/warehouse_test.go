package eval_test

import (
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/kpu-ntt/lkj/etl/warehouse"
)

// The corpus tests score some 140 corpora, each in a fresh warehouse.
// Creating one (schema, reference data, checkpoint) cost more CPU than
// reading a corpus; a copy of one warehouse made by warehouse.Open is the
// same file, so each corpus opens a copy instead.
var template struct {
	once sync.Once
	dir  string
	path string
	err  error
}

func TestMain(m *testing.M) {
	code := m.Run()
	if template.dir != "" {
		os.RemoveAll(template.dir)
	}
	os.Exit(code)
}

// freshWarehouse opens a new, empty warehouse at path: a copy of the
// process's template, created once by warehouse.Open.
func freshWarehouse(t *testing.T, path string) *warehouse.Warehouse {
	t.Helper()
	template.once.Do(func() {
		template.dir, template.err = os.MkdirTemp("", "lkj-eval-template-")
		if template.err != nil {
			return
		}
		template.path = filepath.Join(template.dir, "template.duckdb")
		wh, err := warehouse.Open(context.Background(), template.path, warehouse.Options{})
		if err != nil {
			template.err = err
			return
		}
		if err := wh.Close(); err != nil {
			template.err = err
			return
		}
		if _, err := os.Stat(template.path + ".wal"); err == nil {
			template.err = errors.New("template warehouse left a WAL after Close")
		}
	})
	if template.err != nil {
		t.Fatalf("template warehouse: %v", template.err)
	}
	if err := copyFile(template.path, path); err != nil {
		t.Fatal(err)
	}
	wh, err := warehouse.Open(context.Background(), path, warehouse.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return wh
}

func copyFile(src, dst string) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.OpenFile(dst, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}
