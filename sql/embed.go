// Package sqlfiles holds the warehouse's SQL models and data tests, embedded
// so the lkj binary builds marts with no files beside it.
//
// A model is one file <name>.sql at the top of this folder holding a single
// SELECT; its name is the file name. A header of "-- key: value" comment
// lines declares how it is built and checked, beside its SQL:
//
//	-- materialized: view | table   (default view)
//	-- depends: stg_satker, capaian  (every model or source it reads)
//	-- unique_key: satker_id, tahun (the grain; tested and used to order exports)
//	-- check: satker_id: not_null, relationships(stg_satker.satker_id)
//	-- check: persen_tercapai: range(0, 100)
//	-- check: tingkat: accepted_values(sasaran_strategis, sasaran_kegiatan)
//
// etl/models orders models by depends and fails when the SQL reads a model
// or contract view the header does not declare. Each check is an instance
// of a template in generic/ (unique, not_null, accepted_values,
// relationships, range), a query returning the offending rows, named
// <kind>_<model>_<column>; the fact families' tests (unik_*,
// kunci_tidak_null, nilai_diterima) are instances of the same templates,
// built from etl/family. Hand-written tests live in tests/<name>.sql: a
// query returning the offending rows, with "-- severity: error | warning"
// in its header.
package sqlfiles

import "embed"

// FS holds *.sql (models), tests/*.sql (data tests) and generic/*.sql
// (the generic checks, text/template SQL instantiated per column).
//
//go:embed *.sql tests/*.sql generic/*.sql
var FS embed.FS
