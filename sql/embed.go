// Package sqlfiles holds the warehouse's SQL models and data tests, embedded
// so the lkj binary builds marts with no files beside it.
//
// A model is one file <name>.sql at the top of this folder holding a single
// SELECT; its name is the file name. A header of "-- key: value" comment
// lines declares how it is built:
//
//	-- materialized: view | table   (default view)
//	-- unique_key: satker_id, tahun (the grain; tested and used to order exports)
//
// Dependencies are not declared: etl/models reads them from the FROM and
// JOIN clauses. Data tests live in tests/<name>.sql: a query returning the
// offending rows, with "-- severity: error | warning" in its header.
package sqlfiles

import "embed"

// FS holds *.sql (models), tests/*.sql (data tests) and generic/*.sql
// (the generic checks, text/template SQL instantiated per column).
//
//go:embed *.sql tests/*.sql generic/*.sql
var FS embed.FS
