package export

import (
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/kpu-ntt/lkj/etl/family"
	"github.com/kpu-ntt/lkj/etl/models"
)

// spec says how one table is exported: its sort key, and its year column
// when it is split into one file per year.
type spec struct {
	name string
	kind string   // "contract" or "mart"
	key  []string // unique key: the leading ORDER BY columns
	year string   // partition column (PARTITION_BY); "" = one file
	fact string   // fact table behind a partitioned contract view, for ChangedSince
}

// contract lists the analyst contract views with their natural keys: the
// three that are not fact families, then every family of the registry
// (etl/family) with its key, year column and fact table. Only the large
// fact views are split by year (the registry's Year): nationally each of
// their year files holds thousands of rows (capaian ~11,000, anggaran
// ~5,000, sakip_komponen ~2,200 per year). The rest are one file each; the
// largest, temuan, is ~7,000 rows nationally, and per-year files of sakip or
// rb would hold 552 rows nationally and 23 for NTT.
var contract = contractSpecs()

func contractSpecs() []spec {
	out := []spec{
		{name: "satker", key: []string{"satker_id"}},
		{name: "dokumen", key: []string{"doc_id"}},
		{name: "temuan", key: []string{"doc_id", "aturan", "baris_awal", "baris_akhir"}},
	}
	for _, f := range family.Families {
		s := spec{name: f.Name, key: f.Key, year: f.Year}
		if f.Year != "" {
			s.fact = f.Table
		}
		out = append(out, s)
	}
	return out
}

// specs lists every exported table, sorted by name: the contract views and
// the marts (the models named mart_*, ordered by their unique_key). Marts
// are one file each: the largest holds ~5,500 rows nationally.
func specs() ([]spec, error) {
	out := make([]spec, 0, len(contract)+8)
	for _, s := range contract {
		s.kind = "contract"
		out = append(out, s)
	}
	ms, err := models.Load()
	if err != nil {
		return nil, err
	}
	for _, m := range ms {
		if !strings.HasPrefix(m.Name, "mart_") {
			continue
		}
		if len(m.UniqueKey) == 0 {
			return nil, fmt.Errorf("export: %s tidak menyatakan unique_key untuk pengurutan", m.Name)
		}
		out = append(out, spec{name: m.Name, kind: "mart", key: m.UniqueKey})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].name < out[j].name })
	return out, nil
}

func (s spec) partitionBy() []string {
	if s.year == "" {
		return nil
	}
	return []string{s.year}
}

// selectFor builds the ordered SELECT of one table. Rows are ordered by the
// year first, then the full key, then every other column, so that the
// order inside a file is total. Every identifier comes from the fixed
// specs, validated model headers or the catalog; the run id is an integer
// formatted here (COPY takes no bound parameters).
//
// With changedSince > 0 a partitioned table keeps only the years that
// documents of later runs touched: the years they state facts of in this
// table's fact table, and their report years (a new version of a document
// deletes the old one's facts of that year). Unpartitioned tables are
// always whole.
func selectFor(s spec, cols []string, changedSince int64) string {
	var order []string
	seen := map[string]bool{}
	for _, group := range [][]string{s.partitionBy(), s.key, cols} {
		for _, c := range group {
			if !seen[c] {
				seen[c] = true
				order = append(order, ident(c))
			}
		}
	}
	q := "SELECT * FROM " + ident(s.name)
	if changedSince > 0 && s.year != "" {
		run := strconv.FormatInt(changedSince, 10)
		q += " WHERE " + ident(s.year) + " IN (" +
			"SELECT f." + ident(s.year) + " FROM " + ident(s.fact) + " f JOIN etl_document d USING (doc_id) WHERE d.run_id > " + run +
			" UNION SELECT d.tahun FROM etl_document d WHERE d.run_id > " + run + ")"
	}
	return q + " ORDER BY " + strings.Join(order, ", ")
}

// copyFor wraps query in DuckDB's COPY to Parquet. ZSTD, a fixed row group
// size and the partition column kept inside the files (so a reader that
// ignores the folder names still has the year, with its INTEGER type).
// to is the target folder of a partitioned table, the file otherwise.
func copyFor(s spec, query, to string) string {
	opts := "FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE " + strconv.Itoa(rowGroupSize)
	if s.year != "" {
		opts += ", PARTITION_BY (" + ident(s.year) + "), WRITE_PARTITION_COLUMNS true"
	}
	return "COPY (" + query + ") TO " + literal(to) + " (" + opts + ")"
}

// rowGroupSize is DuckDB's default, pinned so that the bytes do not move
// with it. No table reaches it today: each file is one row group.
const rowGroupSize = 122880

// ident quotes an identifier read from the catalog or the specs.
func ident(s string) string { return `"` + strings.ReplaceAll(s, `"`, `""`) + `"` }

// literal quotes a SQL string (a path).
func literal(s string) string { return "'" + strings.ReplaceAll(s, "'", "''") + "'" }
