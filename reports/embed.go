// Package reports holds the named report definitions rendered by etl/report,
// embedded so the lkj binary needs no files beside it.
//
// A report is <name>.json: a title, the parameters it requires and its
// sections. A section names a query file under sql/, its columns (Indonesian
// header and kind: rupiah, percent, number, year, text) and optionally a
// chart (bar: one bar per row, label column + value columns; line: x column,
// value columns, or one value column split into lines by a series column).
//
// Every query starts with the same bound parameter row, in this order:
//
//	WITH p AS (SELECT ?::INTEGER AS tahun, ?::VARCHAR AS satker, ?::VARCHAR AS provinsi)
//
// NULL means "all" (rankings then show the latest year), so no report SQL is
// ever assembled from user input.
package reports

import "embed"

// FS holds *.json and sql/*.sql.
//
//go:embed *.json sql/*.sql
var FS embed.FS
