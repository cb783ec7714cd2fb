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
			wh, err := a.openWarehouse(cmd.Context())
			if err != nil {
				return err
			}
			defer wh.Close()
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
		},
	}
}

func (a *app) queryCmd() *cobra.Command {
	var file, format string
	var limit int
	cmd := &cobra.Command{
		Use:   "query [SQL]",
		Short: "Run SQL on a read-only connection to the warehouse",
		Long: `Run one SQL statement against the warehouse, opened read-only so nothing
can be changed by mistake. The contract views are satker, dokumen, capaian,
capaian_seri, anggaran, sakip, sakip_komponen, rb, dpt and temuan.

  lkj query "SELECT satker_id, tahun, pagu, realisasi FROM anggaran WHERE kode = 'TOTAL'"
  lkj query -f ranking.sql --format csv > ranking.csv`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			q, err := querySource(args, file, a.stdin)
			if err != nil {
				return err
			}
			db, err := a.openReadOnly(cmd.Context())
			if err != nil {
				return err
			}
			defer db.Close()
			rows, err := db.QueryContext(cmd.Context(), q)
			if err != nil {
				return withCode(exitUsage, fmt.Errorf("query: %w", err))
			}
			defer rows.Close()
			if format == "csv" || format == "json" {
				limit = 0
			}
			rs, truncated, err := readRows(rows, limit)
			if err != nil {
				return withCode(exitFailure, fmt.Errorf("query: %w", err))
			}
			if err := render(a.stdout, rs, format); err != nil {
				return err
			}
			if truncated {
				fmt.Fprintf(a.stderr, "(showing the first %d rows; use --limit 0 or --format csv for all)\n", limit)
			}
			return nil
		},
	}
	cmd.Flags().StringVarP(&file, "file", "f", "", "read the SQL from FILE (- for standard input)")
	cmd.Flags().StringVar(&format, "format", "table", "output: table, markdown, csv or json")
	cmd.Flags().IntVar(&limit, "limit", maxTableRows, "most rows shown as table/markdown (0 = all)")
	return cmd
}

func querySource(args []string, file string, stdin io.Reader) (string, error) {
	switch {
	case file != "" && len(args) > 0:
		return "", usageErr("give the SQL as an argument or with -f, not both")
	case file == "-":
		b, err := io.ReadAll(stdin)
		return string(b), err
	case file != "":
		b, err := os.ReadFile(file)
		if err != nil {
			return "", usageErr("query file: %v", err)
		}
		return string(b), nil
	case len(args) == 1 && strings.TrimSpace(args[0]) != "":
		return args[0], nil
	}
	return "", usageErr("query needs SQL: lkj query \"SELECT ...\" or lkj query -f FILE")
}

func (a *app) statusCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "status",
		Short: "Show documents loaded per satker and year",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			db, err := a.openReadOnly(cmd.Context())
			if errors.Is(err, warehouse.ErrEmpty) {
				fmt.Fprintln(a.stdout, "no documents yet: the warehouse has no schema (run `lkj init` or `lkj ingest PATH...`)")
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
	t.SetCaption("%d documents loaded, %d rejected, %d facts", totals["loaded"], totals["rejected"], facts)
	if len(keys) == 0 {
		fmt.Fprintln(a.stdout, "no documents yet: run `lkj ingest PATH...`")
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
				t.SetCaption("config file: %s", a.cfg.file)
			} else {
				t.SetCaption("no config file (looked for ./lkj.yaml)")
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
