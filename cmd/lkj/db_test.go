package main_test

import (
	"database/sql"
	"testing"

	_ "github.com/marcboeker/go-duckdb"
)

func openDB(t *testing.T, path string) *sql.DB {
	t.Helper()
	db, err := sql.Open("duckdb", path)
	if err != nil {
		t.Fatal(err)
	}
	return db
}
