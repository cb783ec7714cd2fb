package export

import (
	"errors"
	"fmt"
	"os"

	"github.com/kpu-ntt/lkj/etl/warehouse"
)

// recoverStale tidies what an export killed part-way left beside out: its
// <out>.tmp-<pid> folder (an unfinished extract: removed) and its
// <out>.old-<pid> folder (the previous extract: put back when the kill came
// between the two renames of swap and out is missing, else removed). Folders
// of a process still alive are left alone.
func recoverStale(out string) error {
	for _, kind := range []string{".old-", ".tmp-"} {
		orphans, err := warehouse.Orphans(out+kind, "")
		if err != nil {
			return fmt.Errorf("export: %w", err)
		}
		for _, m := range orphans {
			if kind == ".old-" {
				if _, err := os.Lstat(out); errors.Is(err, os.ErrNotExist) {
					if err := os.Rename(m, out); err != nil {
						return fmt.Errorf("export: gagal memulihkan ekstrak sebelumnya %s: %w", m, err)
					}
					continue
				}
			}
			if err := os.RemoveAll(m); err != nil {
				return fmt.Errorf("export: gagal menghapus sisa %s: %w", m, err)
			}
		}
	}
	return nil
}
