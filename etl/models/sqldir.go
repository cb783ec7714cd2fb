package models

import (
	"fmt"
	"io/fs"
	"path"
	"strings"
)

// eachSQLFile calls each for every .sql file of dir in fsys, in name order,
// with the file's name without ".sql" and its text. Models and data tests are
// both folders of SQL files read this one way; what ("models", "data tests")
// prefixes the errors of reading them, and each's own errors pass unchanged.
func eachSQLFile(fsys fs.FS, dir, what string, each func(name, body string) error) error {
	entries, err := fs.ReadDir(fsys, dir)
	if err != nil {
		return fmt.Errorf("%s: %w", what, err)
	}
	for _, e := range entries {
		if e.IsDir() || !strings.HasSuffix(e.Name(), ".sql") {
			continue
		}
		body, err := fs.ReadFile(fsys, path.Join(dir, e.Name()))
		if err != nil {
			return fmt.Errorf("%s: %w", what, err)
		}
		if err := each(strings.TrimSuffix(e.Name(), ".sql"), string(body)); err != nil {
			return err
		}
	}
	return nil
}
