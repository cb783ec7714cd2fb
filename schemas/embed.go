// Package schemas holds the warehouse DDL (numbered migrations) and the
// reference data, embedded so the lkj binary needs no files beside it.
package schemas

import "embed"

// FS holds migrations/*.sql and ref/*.csv.
//
//go:embed migrations/*.sql ref/*.csv
var FS embed.FS
