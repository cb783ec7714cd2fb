// Command schemagen writes the migrations the family registry owns into
// schemas/migrations (run by `go generate ./schemas`).
package main

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/kpu-ntt/lkj/etl/family"
)

func main() {
	dir := "migrations"
	if len(os.Args) > 1 {
		dir = os.Args[1]
	}
	files, err := family.Migrations()
	if err != nil {
		fmt.Fprintln(os.Stderr, "schemagen:", err)
		os.Exit(1)
	}
	for _, f := range files {
		if err := os.WriteFile(filepath.Join(dir, f.Name), []byte(f.SQL), 0o644); err != nil {
			fmt.Fprintln(os.Stderr, "schemagen:", err)
			os.Exit(1)
		}
	}
}
