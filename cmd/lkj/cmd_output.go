package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/jedib0t/go-pretty/v6/table"
	"github.com/marcboeker/go-duckdb"
	"github.com/spf13/cobra"

	"github.com/kpu-ntt/lkj/etl/export"
	"github.com/kpu-ntt/lkj/etl/report"
	"github.com/kpu-ntt/lkj/etl/warehouse"
)

func (a *app) reportCmd() *cobra.Command {
	var list bool
	var tahun int
	var satker, provinsi, format, out string
	cmd := &cobra.Command{
		Use:   "report [NAME]",
		Short: "Render a named report (table, markdown, csv, json, html, xlsx)",
		Long: `Render one of the embedded reports. --list shows them. Rupiah are written
Rp 44.980.284.000 and percentages with a decimal comma. html and xlsx go to
--out FILE (default NAME.html / NAME.xlsx); the others to standard output.

  lkj report peringkat --tahun 2024
  lkj report profil --satker 5305 --format html --out alor.html`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if list || len(args) == 0 {
				t := newTable(a)
				t.AppendHeader(table.Row{"report", "title", "needs"})
				for _, d := range report.List() {
					t.AppendRow(table.Row{d.Name, d.Title, strings.Join(d.Requires, ", ")})
				}
				t.Render()
				if !list {
					return usageErr("sebutkan laporannya: lkj report NAMA")
				}
				return nil
			}
			if _, err := report.Get(args[0]); err != nil {
				return usageErr("%v (lihat lkj report --list)", err)
			}
			if !validFormat(format) {
				return usageErr("--format harus salah satu dari %s", strings.Join(report.Formats, ", "))
			}
			if (format == "html" || format == "xlsx") && out == "" {
				out = args[0] + "." + format
			}
			db, err := a.openReadOnly(cmd.Context())
			if err != nil {
				return err
			}
			defer db.Close()
			p := report.Params{Tahun: tahun, Satker: satker, Provinsi: provinsi}
			return a.renderReport(cmd.Context(), db, args[0], p, format, out)
		},
	}
	f := cmd.Flags()
	f.BoolVar(&list, "list", false, "list the reports")
	f.IntVar(&tahun, "tahun", 0, "year (default: all, or the latest for rankings)")
	f.StringVar(&satker, "satker", "", "satker id, code or name (e.g. 5305, 53.05, Alor)")
	f.StringVar(&provinsi, "provinsi", "", "restrict rankings to one province (id or name)")
	f.StringVar(&format, "format", "table", "table, markdown, csv, json, html or xlsx")
	f.StringVarP(&out, "out", "o", "", "write to FILE instead of standard output")
	return cmd
}

func validFormat(f string) bool {
	for _, x := range report.Formats {
		if x == f {
			return true
		}
	}
	return false
}

// renderReport writes to a temporary file renamed into place, so a reader
// never opens half a report.
func (a *app) renderReport(ctx context.Context, q report.Querier, name string, p report.Params, format, out string) error {
	if out == "" || out == "-" {
		bw := bufio.NewWriter(a.stdout)
		if err := report.Render(ctx, q, name, p, format, bw); err != nil {
			return reportErr(err)
		}
		return bw.Flush()
	}
	tmp, err := createTemp(out)
	if err != nil {
		return withCode(exitFailure, fmt.Errorf("report: %w", err))
	}
	defer os.Remove(tmp.Name())
	bw := bufio.NewWriter(tmp)
	if err := report.Render(ctx, q, name, p, format, bw); err != nil {
		tmp.Close()
		return reportErr(err)
	}
	if err := errors.Join(bw.Flush(), tmp.Sync(), tmp.Close()); err != nil {
		return withCode(exitFailure, fmt.Errorf("report %s: %w", out, err))
	}
	if err := os.Rename(tmp.Name(), out); err != nil {
		return withCode(exitFailure, fmt.Errorf("report %s: %w", out, err))
	}
	if a.jsonLogs() {
		a.log.Info("laporan ditulis", "report", name, "out", out)
	} else if !a.cfg.Quiet {
		fmt.Fprintf(a.stderr, "laporan %s ditulis ke %s\n", name, out)
	}
	return nil
}

// reportErr sets the exit code of a report error: a parameter naming no
// satker, or several (--satker Kupang: 5301 and 5371), is a usage error; a
// missing table or view (DuckDB's Catalog error) wants lkj build.
func reportErr(err error) error {
	if warehouse.IsType(err, duckdb.ErrorTypeCatalog) {
		return withCode(exitFailure, fmt.Errorf("%w (jalankan `lkj build` dulu)", err))
	}
	var pe *report.ParamError
	if errors.Is(err, report.ErrAmbiguous) || errors.As(err, &pe) {
		return usageErr("%v", err)
	}
	return withCode(exitFailure, err)
}

func (a *app) exportCmd() *cobra.Command {
	var out, changed string
	cmd := &cobra.Command{
		Use:   "export",
		Short: "Write the marts and contract views as a partitioned Parquet extract",
		Long: `Write every mart and contract view as Parquet with DuckDB's writer (ZSTD):
the large fact views one file per year (hive folders tahun=Y), the rest one
file each, with manifest.json (lkj version, created_at, schema of every
table, files with rows, bytes and sha256, and whether any input was
synthetic). The extract is written beside --out, read back, and renamed into
place, so a reader never sees half of it. The same warehouse always gives
byte-identical Parquet files. --changed-since RUN exports only the years
that documents of later runs touched (small tables whole).`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if out == "" {
				out = a.cfg.Out
			}
			var since int64
			if changed != "" {
				n, err := strconv.ParseInt(changed, 10, 64)
				if err != nil || n < 0 {
					return usageErr("--changed-since takes a run id (see etl_run), not %q", changed)
				}
				since = n
			}
			return a.withWarehouse(cmd.Context(), func(wh *warehouse.Warehouse) error {
				_, err := a.export(cmd.Context(), wh, out, since)
				return err
			})
		},
	}
	cmd.Flags().StringVar(&out, "out", "", "target folder (default from config key out)")
	cmd.Flags().StringVar(&changed, "changed-since", "", "export only what changed after this run id")
	return cmd
}

func (a *app) export(ctx context.Context, wh *warehouse.Warehouse, out string, since int64) (export.Manifest, error) {
	start := time.Now()
	m, err := export.Export(ctx, wh.Conn(), export.Options{Out: out, ChangedSince: since, Version: version})
	if err != nil {
		code := exitFailure
		if errors.Is(err, os.ErrPermission) {
			err = fmt.Errorf("%w (is %s writable?)", err, out)
		}
		return m, withCode(code, fmt.Errorf("export: %w", err))
	}
	var rows int64
	for _, f := range m.Files {
		rows += f.Rows
	}
	a.log.Info("export finished", "step", "export", "out", out, "files", len(m.Files), "rows", rows,
		"duration_ms", time.Since(start).Milliseconds())
	if !a.cfg.Quiet && !a.jsonLogs() {
		fmt.Fprintf(a.stdout, "export: %d Parquet files, %d rows → %s (manifest.json)\n", len(m.Files), rows, out)
	}
	return m, nil
}

func (a *app) runCmd() *cobra.Command {
	var out string
	var tahun int
	cmd := &cobra.Command{
		Use:   "run [PATH...]",
		Short: "The scheduled job: ingest, build, test, export, print the ranking",
		Long: `Run the whole job: ingest PATHs (if any), build the models, run the data
tests, write the Parquet extract, and print the peringkat table. With
--log-format json every line on stdout and stderr is JSON: one line per step
with counts and durations, one per skipped file or rejected document, and
the ranking as one JSON document.
Files under PATH that lkj does not read (PDF, other kinds) are listed with
the reason and what to do. No document to work on (PATHs hold none, or no
PATH and an empty warehouse) is exit 2.
Exit code 3 when a document was rejected or an error-level data test failed;
the later steps still run so the extract reflects what did load.`,
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			if out == "" {
				out = a.cfg.Out
			}
			// PATHs are checked before the warehouse is opened (or created).
			if err := a.checkRunPaths(args); err != nil {
				return err
			}
			wh, err := a.openWarehouse(ctx)
			if err != nil {
				return err
			}
			defer wh.Close()
			code := exitOK
			if err := a.checkRunDocuments(ctx, wh, args); err != nil {
				return err
			}
			if len(args) > 0 {
				sum, err := a.ingest(ctx, wh, args, "run")
				if err != nil {
					return err
				}
				if sum.Rejected > 0 {
					code = exitRejected
				}
			}
			if _, err := a.build(ctx, wh, nil, false); err != nil {
				return err
			}
			failed, err := a.dataTests(ctx, wh.Conn(), false)
			if err != nil {
				return err
			}
			if failed > 0 {
				code = exitRejected
			}
			if _, err := a.export(ctx, wh, out, 0); err != nil {
				return err
			}
			if err := a.printRanking(ctx, wh, tahun); err != nil {
				return err
			}
			if code != exitOK {
				return errQuiet{code}
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&out, "out", "", "Parquet extract folder (default from config key out)")
	cmd.Flags().IntVar(&tahun, "tahun", 0, "year of the printed ranking (default latest)")
	return cmd
}

// printSynthetic warns, loudly, when the warehouse holds generated data.
func (a *app) printSynthetic(ctx context.Context, wh *warehouse.Warehouse) error {
	var n, total int
	err := wh.Conn().QueryRowContext(ctx,
		"SELECT count(*) FILTER (WHERE synthetic), count(*) FROM dokumen WHERE status = 'loaded'").Scan(&n, &total)
	if err != nil {
		return withCode(exitFailure, err)
	}
	if n > 0 {
		fmt.Fprintf(a.stdout, "\n*** DATA SINTETIS: %d dari %d dokumen dibuat oleh `lkj sample`; angka di bawah BUKAN data KPU yang sebenarnya. ***\n\n", n, total)
	}
	return nil
}
