// Package schemas holds the warehouse DDL (numbered migrations) and the
// reference data, embedded so the lkj binary needs no files beside it.
package schemas

import "embed"

// FS holds migrations/*.sql and ref/*.csv.
//
//go:embed migrations/*.sql ref/*.csv
var FS embed.FS

// Migrations 003-005 (fact tables, contract views, their comments) and any
// later additive step are rendered from the registry in etl/family.
//
//go:generate go run ../etl/family/schemagen migrations
