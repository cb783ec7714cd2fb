package main

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
	"sort"
	"strconv"
	"strings"

	"github.com/jedib0t/go-pretty/v6/table"
	"github.com/spf13/cobra"

	"github.com/kpu-ntt/lkj/etl/parse"
	"github.com/kpu-ntt/lkj/etl/report"
	"github.com/kpu-ntt/lkj/etl/warehouse"
)

// version is set at build time with -ldflags "-X main.version=...".
var version = "dev"

func (a *app) initCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "init",
		Short: "Create the warehouse (or migrate it) and load reference data",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return a.withWarehouse(cmd.Context(), func(wh *warehouse.Warehouse) error {
				v, err := wh.SchemaVersion(cmd.Context())
				if err != nil {
					return withCode(exitFailure, err)
				}
				var n int
				if err := wh.Conn().QueryRowContext(cmd.Context(), "SELECT count(*) FROM satker").Scan(&n); err != nil {
					return withCode(exitFailure, err)
				}
				fmt.Fprintf(a.stdout, "warehouse %s ready: schema version %d, %d satkers\n", wh.Path, v, n)
				return nil
			})
		},
	}
}

func (a *app) queryCmd() *cobra.Command {
	var file, format string
	var limit int
	var allowFiles bool
	cmd := &cobra.Command{
		Use:   "query [SQL]",
		Short: "Jalankan SQL hanya-baca pada gudang data",
		Long: `Jalankan satu pernyataan SQL pada gudang data. Tidak ada yang dapat berubah:
gudang data dibuka hanya-baca, DuckDB memeriksa jenis pernyataan sebelum
dijalankan, dan hanya pernyataan yang membaca yang diterima: SELECT, WITH,
EXPLAIN [ANALYZE] SELECT, DESCRIBE, SHOW, SUMMARIZE, FROM/VALUES/TABLE, dan
PRAGMA yang membaca (table_info, show_tables, database_size, storage_info).
COPY, EXPORT, INSTALL, LOAD, SET, ATTACH/DETACH, CREATE, INSERT, UPDATE,
DELETE, DROP, ALTER, CHECKPOINT, CALL, PRAGMA yang mengubah pengaturan, dan
lebih dari satu pernyataan ditolak dengan exit 2 beserta alasannya.
Ekstensi DuckDB tidak dipasang atau dimuat (tanpa akses jaringan), dan
pengaturan DuckDB dikunci sebelum query berjalan.

Berkas lokal analis (read_csv, read_parquet, read_json, 'data.csv') boleh
dibaca secara bawaan (--allow-files=true): menggabungkan data sendiri dengan
gudang data berguna, dan membaca berkas tidak mengubah apa pun. Dengan
--allow-files=false, query hanya melihat gudang data.

Format: table dan markdown (angka rata kanan, paling banyak --limit baris),
csv, json (larik objek, kolom menurut urutan SELECT) dan ndjson (satu objek
JSON per baris, untuk pipa). DECIMAL dan HUGEINT ditulis persis; NaN/Inf
menjadi null di JSON; NULL kosong di csv.

  lkj query "SELECT satker_id, tahun, pagu, realisasi FROM anggaran WHERE kode = 'TOTAL'"
  lkj query -f peringkat.sql --format csv > peringkat.csv
  lkj query --format ndjson "FROM mart_serapan" | jq .serapan_persen

` + report.QueryCatalogHelp(),
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			q, err := querySource(args, file, a.stdin)
			if err != nil {
				return err
			}
			if !report.ValidQueryFormat(format) {
				return usageErr("format %q tidak dikenal: pakai %s", format, strings.Join(report.QueryFormats, ", "))
			}
			ctx := cmd.Context()
			db, err := a.openReadOnly(ctx)
			if err != nil {
				return err
			}
			defer db.Close()
			conn, err := db.Conn(ctx)
			if err != nil {
				return withCode(exitFailure, fmt.Errorf("query: %w", err))
			}
			defer conn.Close()
			if err := report.Lockdown(ctx, conn, allowFiles); err != nil {
				return withCode(exitFailure, fmt.Errorf("query: %w", err))
			}
			queryErr := func(err error, code int) error {
				err = report.ExplainQueryError(err)
				if report.IsUserError(err) {
					code = exitUsage
				}
				return withCode(code, fmt.Errorf("query: %w", err))
			}
			if err := report.CheckReadOnly(ctx, conn, q); err != nil {
				return queryErr(err, exitFailure)
			}
			rows, err := conn.QueryContext(ctx, q)
			if err != nil {
				return queryErr(err, exitUsage)
			}
			defer rows.Close()
			truncated, err := report.WriteQuery(a.stdout, rows, format, limit)
			if err != nil {
				return queryErr(err, exitFailure)
			}
			if truncated {
				fmt.Fprintf(a.stderr, "(hanya %d baris pertama yang ditampilkan; pakai --limit 0 atau --format csv untuk semuanya)\n", limit)
			}
			return nil
		},
	}
	cmd.Flags().StringVarP(&file, "file", "f", "", "baca SQL dari FILE (- untuk standard input)")
	cmd.Flags().StringVar(&format, "format", "table", "keluaran: "+strings.Join(report.QueryFormats, ", "))
	cmd.Flags().IntVar(&limit, "limit", maxTableRows, "baris terbanyak untuk table/markdown (0 = semua)")
	cmd.Flags().BoolVar(&allowFiles, "allow-files", true, "izinkan query membaca berkas lokal (read_csv, read_parquet); false = hanya gudang data")
	return cmd
}

func querySource(args []string, file string, stdin io.Reader) (string, error) {
	switch {
	case file != "" && len(args) > 0:
		return "", usageErr("berikan SQL sebagai argumen atau dengan -f, bukan keduanya")
	case file == "-":
		b, err := io.ReadAll(stdin)
		return string(b), err
	case file != "":
		b, err := os.ReadFile(file)
		if err != nil {
			return "", usageErr("berkas query: %v", err)
		}
		return string(b), nil
	case len(args) == 1 && strings.TrimSpace(args[0]) != "":
		return args[0], nil
	}
	return "", usageErr("query memerlukan SQL: lkj query \"SELECT ...\" atau lkj query -f FILE")
}

func (a *app) statusCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "status",
		Short: "Show documents loaded per satker and year",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			db, err := a.openReadOnly(cmd.Context())
			if errors.Is(err, warehouse.ErrEmpty) {
				fmt.Fprintln(a.stdout, "belum ada dokumen: gudang data belum punya skema (jalankan `lkj init` atau `lkj ingest PATH...`)")
				return nil
			}
			if err != nil {
				return err
			}
			defer db.Close()
			return a.printStatus(cmd.Context(), db)
		},
	}
}

func (a *app) printStatus(ctx context.Context, db *sql.DB) error {
	rows, err := db.QueryContext(ctx, `
		SELECT coalesce(d.satker_id, '?'), coalesce(s.nama, '(tidak dikenal)'), coalesce(d.tahun, 0), d.status, count(*), sum(d.facts)
		FROM dokumen d LEFT JOIN satker s USING (satker_id)
		GROUP BY ALL ORDER BY 1, 3, 4`)
	if err != nil {
		return withCode(exitFailure, err)
	}
	defer rows.Close()
	type key struct{ id, name string }
	cells := map[key]map[int]string{}
	yearSet := map[int]bool{}
	var keys []key
	totals := map[string]int{}
	var facts int64
	for rows.Next() {
		var k key
		var tahun, n int
		var status string
		var f sql.NullInt64
		if err := rows.Scan(&k.id, &k.name, &tahun, &status, &n, &f); err != nil {
			return withCode(exitFailure, err)
		}
		if cells[k] == nil {
			cells[k] = map[int]string{}
			keys = append(keys, k)
		}
		mark := strconv.Itoa(n)
		if status == "rejected" {
			mark = "ditolak"
		}
		if prev := cells[k][tahun]; prev != "" {
			mark = prev + "+" + mark
		}
		cells[k][tahun] = mark
		yearSet[tahun] = true
		totals[status] += n
		facts += f.Int64
	}
	if err := rows.Err(); err != nil {
		return withCode(exitFailure, err)
	}
	var years []int
	for y := range yearSet {
		years = append(years, y)
	}
	sort.Ints(years)
	t := table.NewWriter()
	t.SetOutputMirror(a.stdout)
	t.SetStyle(table.StyleLight)
	hdr := table.Row{"satker", "nama"}
	for _, y := range years {
		if y == 0 {
			hdr = append(hdr, "?")
		} else {
			hdr = append(hdr, y)
		}
	}
	t.AppendHeader(hdr)
	for _, k := range keys {
		row := table.Row{k.id, k.name}
		for _, y := range years {
			row = append(row, cells[k][y])
		}
		t.AppendRow(row)
	}
	t.SetCaption("%d dokumen dimuat, %d ditolak, %d fakta", totals["loaded"], totals["rejected"], facts)
	if len(keys) == 0 {
		fmt.Fprintln(a.stdout, "belum ada dokumen: jalankan `lkj ingest PATH...`")
		return nil
	}
	t.Render()
	return a.printCoverage(ctx, db, 0)
}

func (a *app) configCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "config",
		Short: "Print the effective configuration and where each value came from",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			t := table.NewWriter()
			t.SetOutputMirror(a.stdout)
			t.SetStyle(table.StyleLight)
			t.AppendHeader(table.Row{"key", "value", "source"})
			for _, r := range a.cfg.describe() {
				t.AppendRow(table.Row{r[0], r[1], r[2]})
			}
			if a.cfg.file != "" {
				t.SetCaption("berkas konfigurasi: %s", a.cfg.file)
			} else {
				t.SetCaption("tanpa berkas konfigurasi (./lkj.yaml tidak ada)")
			}
			t.Render()
			return nil
		},
	}
}

func (a *app) versionCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print version information",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ms, err := warehouse.Migrations()
			if err != nil {
				return withCode(exitFailure, err)
			}
			fmt.Fprintf(a.stdout, "lkj %s\nparser %s\nschema version %d\n%s %s/%s\n",
				version, parse.Version, ms[len(ms)-1].Version, runtime.Version(), runtime.GOOS, runtime.GOARCH)
			return nil
		},
	}
}
