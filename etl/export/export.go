// Package export writes the warehouse's contract views and marts as a
// Parquet extract for KPU RI's scheduled collection.
//
// Every table is written by DuckDB itself, one COPY per table:
//
//	COPY (SELECT * FROM t ORDER BY year, key..., other columns...)
//	TO '<out>/t' (FORMAT parquet, COMPRESSION zstd, PARTITION_BY (tahun), ...)
//
// Layout: <out>/<table>/tahun=<y>/data_0.parquet for the large fact views
// (the year column is tahun_dinilai for sakip_komponen), and
// <out>/<table>/data_0.parquet for the rest (see tables.go for which is
// which and why), plus <out>/manifest.json. The partition column is also
// stored inside the files (WRITE_PARTITION_COLUMNS), so a reader may ignore
// the folder names. satker_id is never a folder: it is a VARCHAR column in
// the files, which hive inference cannot turn into a number.
//
// Reading: read_parquet('<out>/<table>/**/*.parquet') with
// hive_partitioning = false gives the warehouse's exact column types. With
// hive_partitioning = true, DuckDB (1.1) types the year from the folder name
// as BIGINT unless told: pass hive_types = {'tahun': INTEGER}.
//
// The extract is written into <out>.tmp-<pid> beside the target, verified by
// reading every file back (its row count and its column types against the
// warehouse's), then swapped into place: the old extract is moved aside and
// removed only after the new one is renamed in, so a reader never sees a
// half-written extract.
//
// Stable bytes: the same warehouse and the same lkj binary give
// byte-identical Parquet files. The rows are totally ordered, the row group
// size is fixed, and the COPYs run with threads = 1: with two threads
// DuckDB 1.1's partitioned COPY interleaves the threads' chunks inside a
// partition (measured: the rows of a year file come in another order, and
// the file is cut into other row groups, from run to run). The files carry
// DuckDB's version in their footer, so another DuckDB gives other bytes.
// manifest.json differs only in created_at.
//
// ChangedSince (a run id) makes an incremental extract: of each table split
// by year, only the years that documents loaded, replaced or rejected in
// later runs touched; every other table whole. A consumer replaces each
// listed year folder, and each unpartitioned table, whole. Facts deleted
// with an older version of a document are not tracked: a year that loses
// all its rows is not listed, so run a full extract after deletions.
package export

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/kpu-ntt/lkj/etl/sqlrows"
)

// Options tune Export.
type Options struct {
	Out string // target folder of the extract; replaced whole
	// ChangedSince is a run id: export only what documents of later runs
	// touched (see the package doc). 0 exports everything.
	ChangedSince int64
	// SchemaVersion is written to the manifest; 0 takes the warehouse's
	// highest applied migration.
	SchemaVersion int
	// Version is lkj's version, written to the manifest.
	Version string
	// Now stamps the manifest's created_at; zero is the current time.
	Now time.Time
}

// File is one Parquet file of an extract.
type File struct {
	Path   string `json:"path"` // relative to the extract, slash-separated
	Table  string `json:"table"`
	Rows   int64  `json:"rows"`
	Bytes  int64  `json:"bytes"`
	SHA256 string `json:"sha256"`
}

// Column is one column of an exported table, as the warehouse declares it
// (duckdb_columns()); the files hold the same type.
type Column struct {
	Name    string `json:"name"`
	Type    string `json:"type"`
	Comment string `json:"comment,omitempty"`
}

// Table describes one exported table.
type Table struct {
	Name        string   `json:"name"`
	Kind        string   `json:"kind"` // "contract" or "mart"
	PartitionBy []string `json:"partition_by,omitempty"`
	OrderBy     []string `json:"order_by"`
	Rows        int64    `json:"rows"`
	Files       int      `json:"files"`
	Columns     []Column `json:"columns"`
}

// Manifest is manifest.json.
type Manifest struct {
	LKJVersion    string `json:"lkj_version"`
	CreatedAt     string `json:"created_at"` // RFC 3339, UTC
	SchemaVersion int    `json:"schema_version"`
	RunID         int64  `json:"run_id"` // latest ETL run in the warehouse
	ChangedSince  int64  `json:"changed_since,omitempty"`
	// Synthetic is true when any document in the warehouse was generated
	// by lkj sample: such an extract must not be read as real figures.
	Synthetic          bool    `json:"synthetic"`
	Documents          int64   `json:"documents"`
	SyntheticDocuments int64   `json:"synthetic_documents"`
	Tables             []Table `json:"tables"`
	Files              []File  `json:"files"`
}

// ManifestName is the manifest's file name inside an extract.
const ManifestName = "manifest.json"

// Export writes the extract described in the package doc and returns its
// manifest. On failure the target is left as it was.
func Export(ctx context.Context, conn *sql.Conn, opt Options) (Manifest, error) {
	if opt.Out == "" {
		return Manifest{}, errors.New("export: folder keluaran tidak diberikan")
	}
	if strings.ContainsAny(opt.Out, "\x00\n\r") {
		return Manifest{}, fmt.Errorf("export: nama folder keluaran %q mengandung karakter kontrol", opt.Out)
	}
	out, err := filepath.Abs(opt.Out)
	if err != nil {
		return Manifest{}, fmt.Errorf("export: %w", err)
	}
	if st, err := os.Stat(filepath.Dir(out)); err != nil || !st.IsDir() {
		return Manifest{}, fmt.Errorf("export: folder %s tidak ada", filepath.Dir(out))
	}
	if err := recoverStale(out); err != nil {
		return Manifest{}, err
	}
	tmp := out + ".tmp-" + strconv.Itoa(os.Getpid())
	if err := os.RemoveAll(tmp); err != nil {
		return Manifest{}, fmt.Errorf("export: gagal mengosongkan %s: %w", tmp, err)
	}
	if err := os.Mkdir(tmp, 0o777); err != nil {
		return Manifest{}, fmt.Errorf("export: %w", err)
	}
	man, err := write(ctx, conn, tmp, opt)
	if err != nil {
		os.RemoveAll(tmp)
		return Manifest{}, err
	}
	if err := swap(tmp, out); err != nil {
		os.RemoveAll(tmp)
		return Manifest{}, err
	}
	return man, nil
}

// swap renames tmp to out, keeping the old extract until the rename worked.
func swap(tmp, out string) error {
	old := ""
	if _, err := os.Lstat(out); err == nil {
		old = out + ".old-" + strconv.Itoa(os.Getpid())
		if err := os.RemoveAll(old); err != nil {
			return fmt.Errorf("export: %w", err)
		}
		if err := os.Rename(out, old); err != nil {
			return fmt.Errorf("export: gagal memindahkan ekstrak lama: %w", err)
		}
	}
	if err := os.Rename(tmp, out); err != nil {
		if old != "" {
			_ = os.Rename(old, out)
		}
		return fmt.Errorf("export: gagal memindahkan ekstrak baru ke tempatnya: %w", err)
	}
	if old != "" {
		if err := os.RemoveAll(old); err != nil {
			return fmt.Errorf("export: ekstrak baru sudah di tempatnya, tetapi ekstrak lama gagal dihapus: %w", err)
		}
	}
	return nil
}

// write fills dir with every table and the manifest.
func write(ctx context.Context, conn *sql.Conn, dir string, opt Options) (Manifest, error) {
	now := opt.Now
	if now.IsZero() {
		now = time.Now()
	}
	man := Manifest{LKJVersion: opt.Version, CreatedAt: now.UTC().Format(time.RFC3339),
		SchemaVersion: opt.SchemaVersion, ChangedSince: opt.ChangedSince, Files: []File{}}
	if err := conn.QueryRowContext(ctx, "SELECT coalesce(max(run_id), 0) FROM etl_run").Scan(&man.RunID); err != nil {
		return man, fmt.Errorf("export: membaca run terakhir: %w", err)
	}
	if man.SchemaVersion == 0 {
		if err := conn.QueryRowContext(ctx, "SELECT coalesce(max(version), 0) FROM schema_version").Scan(&man.SchemaVersion); err != nil {
			return man, fmt.Errorf("export: membaca versi skema: %w", err)
		}
	}
	if err := conn.QueryRowContext(ctx, "SELECT count(*), count(*) FILTER (WHERE synthetic) FROM etl_document").
		Scan(&man.Documents, &man.SyntheticDocuments); err != nil {
		return man, fmt.Errorf("export: menghitung dokumen sintetis: %w", err)
	}
	man.Synthetic = man.SyntheticDocuments > 0
	all, err := specs()
	if err != nil {
		return man, err
	}
	restore, err := oneThread(ctx, conn)
	if err != nil {
		return man, err
	}
	defer restore()
	for _, s := range all {
		t, files, err := writeTable(ctx, conn, dir, s, opt.ChangedSince)
		if err != nil {
			return man, fmt.Errorf("export %s: %w", s.name, err)
		}
		man.Tables = append(man.Tables, t)
		man.Files = append(man.Files, files...)
	}
	sort.Slice(man.Files, func(i, j int) bool { return man.Files[i].Path < man.Files[j].Path })
	b, err := json.MarshalIndent(man, "", "  ")
	if err != nil {
		return man, err
	}
	if err := os.WriteFile(filepath.Join(dir, ManifestName), append(b, '\n'), 0o666); err != nil {
		return man, fmt.Errorf("export: %w", err)
	}
	return man, nil
}

// oneThread runs DuckDB on one thread with insertion order kept until the
// returned func is called: the partitioned COPY is deterministic only so
// (see the package doc). Both are settings of the whole database instance,
// put back as they were afterwards.
func oneThread(ctx context.Context, conn *sql.Conn) (func(), error) {
	var threads int64
	var order bool
	if err := conn.QueryRowContext(ctx, "SELECT current_setting('threads'), current_setting('preserve_insertion_order')").
		Scan(&threads, &order); err != nil {
		return nil, fmt.Errorf("export: pengaturan DuckDB: %w", err)
	}
	restore := func() {
		// Not ctx: a cancelled export must still put the settings back.
		_, _ = conn.ExecContext(context.Background(), "SET threads = "+strconv.FormatInt(threads, 10)+
			"; SET preserve_insertion_order = "+strconv.FormatBool(order))
	}
	if _, err := conn.ExecContext(ctx, "SET threads = 1; SET preserve_insertion_order = true"); err != nil {
		restore()
		return nil, fmt.Errorf("export: pengaturan DuckDB: %w", err)
	}
	return restore, nil
}

// writeTable copies one table into dir and verifies what DuckDB wrote.
func writeTable(ctx context.Context, conn *sql.Conn, dir string, s spec, changedSince int64) (Table, []File, error) {
	t := Table{Name: s.name, Kind: s.kind, PartitionBy: s.partitionBy(), OrderBy: s.key}
	cols, err := columns(ctx, conn, s.name)
	if err != nil {
		return t, nil, err
	}
	if len(cols) == 0 {
		if s.kind == "mart" {
			return t, nil, fmt.Errorf("%s belum ada (jalankan dulu: lkj build)", s.name)
		}
		return t, nil, fmt.Errorf("%s tidak ada", s.name)
	}
	t.Columns = cols
	names := make([]string, len(cols))
	for i, c := range cols {
		names[i] = c.Name
	}
	tdir := filepath.Join(dir, s.name)
	to := tdir
	if s.year == "" {
		if err := os.Mkdir(tdir, 0o777); err != nil {
			return t, nil, err
		}
		to = filepath.Join(tdir, "data_0.parquet")
	}
	if err := conn.QueryRowContext(ctx, copyFor(s, selectFor(s, names, changedSince), to)).Scan(&t.Rows); err != nil {
		return t, nil, fmt.Errorf("menulis %s: %w", to, err)
	}
	files, err := verify(ctx, conn, dir, s.name, cols, t.Rows)
	t.Files = len(files)
	return t, files, err
}

// verify reads back the files DuckDB wrote for one table: each file's row
// count (they must add up to the rows copied) and its columns, which must
// be the warehouse's names and types in order. It returns the files with
// their size and sha256.
func verify(ctx context.Context, conn *sql.Conn, dir, table string, cols []Column, rows int64) ([]File, error) {
	var files []File
	var paths []string
	err := filepath.WalkDir(filepath.Join(dir, table), func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, err := filepath.Rel(dir, p)
		if err != nil {
			return err
		}
		f := File{Path: filepath.ToSlash(rel), Table: table}
		if f.Bytes, f.SHA256, err = hashFile(p); err != nil {
			return err
		}
		files = append(files, f)
		paths = append(paths, literal(p))
		return nil
	})
	if errors.Is(err, fs.ErrNotExist) && rows == 0 {
		return nil, nil // a partitioned COPY of no rows writes no folder
	}
	if err != nil {
		return nil, fmt.Errorf("membaca ulang: %w", err)
	}
	if len(files) == 0 {
		if rows != 0 {
			return nil, fmt.Errorf("membaca ulang: DuckDB melaporkan %d baris tersalin, tetapi tidak menulis file", rows)
		}
		return nil, nil
	}
	list := "[" + strings.Join(paths, ", ") + "]"
	got := map[string]int64{}
	rs, err := conn.QueryContext(ctx, "SELECT filename, count(*) FROM read_parquet("+list+
		", filename = true, hive_partitioning = false) GROUP BY filename")
	if err != nil {
		return nil, fmt.Errorf("membaca ulang: %w", err)
	}
	defer rs.Close()
	for rs.Next() {
		var name string
		var n int64
		if err := rs.Scan(&name, &n); err != nil {
			return nil, fmt.Errorf("membaca ulang: %w", err)
		}
		got[name] = n
	}
	if err := rs.Err(); err != nil {
		return nil, fmt.Errorf("membaca ulang: %w", err)
	}
	var sum int64
	for i := range files {
		files[i].Rows = got[filepath.Join(dir, filepath.FromSlash(files[i].Path))]
		sum += files[i].Rows
	}
	if sum != rows {
		return nil, fmt.Errorf("membaca ulang %d baris dari %d file, padahal tersalin %d", sum, len(files), rows)
	}
	types, err := describe(ctx, conn, "SELECT * FROM read_parquet("+list+", hive_partitioning = false)")
	if err != nil {
		return nil, fmt.Errorf("membaca ulang: %w", err)
	}
	want := make([]Column, len(cols))
	for i, c := range cols {
		want[i] = Column{Name: c.Name, Type: c.Type}
	}
	if fmt.Sprint(types) != fmt.Sprint(want) {
		return nil, fmt.Errorf("membaca ulang: kolom file %v, kolom warehouse %v", types, want)
	}
	return files, nil
}

// hashFile returns a file's size and sha256.
func hashFile(p string) (int64, string, error) {
	f, err := os.Open(p)
	if err != nil {
		return 0, "", err
	}
	defer f.Close()
	h := sha256.New()
	n, err := io.Copy(h, f)
	if err != nil {
		return 0, "", err
	}
	return n, hex.EncodeToString(h.Sum(nil)), nil
}

// columns lists a table's or view's columns in order with their types and
// comments; none when it does not exist.
func columns(ctx context.Context, conn *sql.Conn, name string) ([]Column, error) {
	rows, err := conn.QueryContext(ctx, `SELECT column_name, data_type, coalesce(comment, '') FROM duckdb_columns()
		WHERE database_name = current_database() AND schema_name = current_schema() AND table_name = ?
		ORDER BY column_index`, name)
	if err != nil {
		return nil, fmt.Errorf("membaca kolom: %w", err)
	}
	defer rows.Close()
	var cols []Column
	for rows.Next() {
		var c Column
		if err := rows.Scan(&c.Name, &c.Type, &c.Comment); err != nil {
			return nil, err
		}
		cols = append(cols, c)
	}
	return cols, rows.Err()
}

// describe lists the columns (name and type) a query returns.
func describe(ctx context.Context, conn *sql.Conn, query string) ([]Column, error) {
	_, vals, err := sqlrows.Query(ctx, conn, "DESCRIBE "+query)
	if err != nil {
		return nil, err
	}
	var out []Column
	for _, v := range vals {
		out = append(out, Column{Name: fmt.Sprint(v[0]), Type: fmt.Sprint(v[1])})
	}
	return out, nil
}
