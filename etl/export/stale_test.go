package export

import (
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/kpu-ntt/lkj/etl/warehouse"
)

// A dead process's leftovers: its unfinished extract is removed, and its
// previous extract is put back when the kill left nothing under out.
func TestRecoverStale(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "extract")
	const dead = 999999 // a pid no process holds on a test machine (checked below)
	mk := func(p string) {
		if err := os.MkdirAll(p, 0o755); err != nil {
			t.Fatal(err)
		}
		os.WriteFile(filepath.Join(p, "manifest.json"), []byte(p), 0o644)
	}
	if warehouse.ProcessAlive(dead) {
		t.Skip("pid 999999 exists here")
	}
	mk(out + ".tmp-999999")
	mk(out + ".old-999999")
	mk(out + ".tmp-" + strconv.Itoa(os.Getpid())) // our own: left alone
	if err := recoverStale(out); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(out + ".tmp-999999"); !os.IsNotExist(err) {
		t.Errorf("stale tmp folder not removed: %v", err)
	}
	b, err := os.ReadFile(filepath.Join(out, "manifest.json"))
	if err != nil || string(b) != out+".old-999999" {
		t.Errorf("previous extract not restored under %s: %q %v", out, b, err)
	}
	if _, err := os.Stat(out + ".tmp-" + strconv.Itoa(os.Getpid())); err != nil {
		t.Errorf("own folder removed: %v", err)
	}
	// With out present, a stale old folder is simply removed.
	mk(out + ".old-999999")
	if err := recoverStale(out); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(out + ".old-999999"); !os.IsNotExist(err) {
		t.Errorf("stale old folder kept beside a present extract")
	}
}
