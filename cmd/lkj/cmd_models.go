package main

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/jedib0t/go-pretty/v6/table"
	"github.com/jedib0t/go-pretty/v6/text"
	"github.com/spf13/cobra"

	"github.com/kpu-ntt/lkj/etl/models"
	"github.com/kpu-ntt/lkj/etl/warehouse"
)

func (a *app) weights() (models.Weights, error) {
	c := a.cfg.Weights
	w := models.Weights{"sakip": c.Sakip, "capaian": c.Capaian, "serapan": c.Serapan}
	if err := w.Validate(); err != nil {
		return nil, usageErr("weights: %v", err)
	}
	return w, nil
}

func (a *app) plan(selected []string) ([]models.Model, error) {
	all, err := models.Load()
	if err != nil {
		return nil, withCode(exitFailure, err)
	}
	p, err := models.Plan(all, selected)
	if err != nil {
		return nil, usageErr("%v", err)
	}
	return p, nil
}

func (a *app) buildCmd() *cobra.Command {
	var selected []string
	cmd := &cobra.Command{
		Use:   "build",
		Short: "Build the SQL models (staging views and marts)",
		Long: `Build the embedded SQL models in dependency order, each in its own
transaction. --select NAME builds NAME and what it depends on.
Peringkat weights come from the configuration (weights.sakip, ...).`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return a.withWarehouse(cmd.Context(), func(wh *warehouse.Warehouse) error {
				_, err := a.build(cmd.Context(), wh, selected, true)
				return err
			})
		},
	}
	cmd.Flags().StringSliceVar(&selected, "select", nil, "models to build (with their dependencies); default all")
	return cmd
}

func (a *app) build(ctx context.Context, wh *warehouse.Warehouse, selected []string, print bool) ([]models.BuildResult, error) {
	plan, err := a.plan(selected)
	if err != nil {
		return nil, err
	}
	w, err := a.weights()
	if err != nil {
		return nil, err
	}
	start := time.Now()
	res, err := models.BuildWith(ctx, wh.Conn(), plan, models.BuildOptions{Weights: w})
	if err != nil {
		return res, withCode(exitFailure, fmt.Errorf("build: %w", err))
	}
	var rows int64
	for _, r := range res {
		rows += r.Rows
	}
	a.log.Info("build finished", "step", "build", "models", len(res), "rows", rows,
		"duration_ms", time.Since(start).Milliseconds())
	if print && !a.cfg.Quiet {
		t := newTable(a)
		t.AppendHeader(table.Row{"model", "materialized", "rows", "ms"})
		for _, r := range res {
			t.AppendRow(table.Row{r.Name, r.Materialized, r.Rows, r.Duration.Milliseconds()})
		}
		t.SetColumnConfigs([]table.ColumnConfig{{Number: 3, Align: text.AlignRight}, {Number: 4, Align: text.AlignRight}})
		t.Render()
	}
	return res, nil
}

func (a *app) planCmd() *cobra.Command {
	var selected []string
	var showSQL bool
	cmd := &cobra.Command{
		Use:   "plan",
		Short: "Show the order models would build in, and their SQL",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			plan, err := a.plan(selected)
			if err != nil {
				return err
			}
			for i, m := range plan {
				deps := "-"
				if len(m.Deps) > 0 {
					deps = strings.Join(m.Deps, ", ")
				}
				fmt.Fprintf(a.stdout, "%2d. %s (%s) ← %s\n", i+1, m.Name, m.Materialized, deps)
				if showSQL {
					fmt.Fprintf(a.stdout, "%s\n\n", strings.TrimSpace(m.SQL))
				}
			}
			return nil
		},
	}
	cmd.Flags().StringSliceVar(&selected, "select", nil, "models to plan (with their dependencies)")
	cmd.Flags().BoolVar(&showSQL, "sql", true, "print each model's SQL")
	return cmd
}

func (a *app) testCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "test",
		Short: "Run the data tests (SQL returning offending rows)",
		Long: `Run every data test of sql/tests plus the uniqueness test of each model's
key. A test passes when its query returns no rows. Error-severity failures
exit 3; warnings are shown but do not change the exit code.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			db, err := a.openReadOnly(cmd.Context())
			if errors.Is(err, warehouse.ErrEmpty) {
				return usageErr("gudang data %s masih kosong: jalankan `lkj ingest PATH...` lalu `lkj build` sebelum `lkj test`", a.cfg.DB)
			}
			if err != nil {
				return err
			}
			defer db.Close()
			if err := missingModels(cmd.Context(), db); err != nil {
				return err
			}
			failed, err := a.dataTests(cmd.Context(), db, true)
			if err != nil {
				return err
			}
			if failed > 0 {
				return errQuiet{exitRejected}
			}
			return nil
		},
	}
}

// missingModels stops `lkj test` before the marts exist with one message
// saying what to run, instead of a "Catalog Error" per data test.
func missingModels(ctx context.Context, q models.Querier) error {
	ms, err := models.Load()
	if err != nil {
		return withCode(exitFailure, err)
	}
	rows, err := q.QueryContext(ctx, `SELECT table_name FROM duckdb_tables() WHERE database_name = current_database()
		UNION ALL SELECT view_name FROM duckdb_views() WHERE database_name = current_database()`)
	if err != nil {
		return withCode(exitFailure, fmt.Errorf("test: %w", err))
	}
	defer rows.Close()
	have := map[string]bool{}
	for rows.Next() {
		var n string
		if err := rows.Scan(&n); err != nil {
			return withCode(exitFailure, fmt.Errorf("test: %w", err))
		}
		have[n] = true
	}
	if err := rows.Err(); err != nil {
		return withCode(exitFailure, fmt.Errorf("test: %w", err))
	}
	var missing []string
	for _, m := range ms {
		if !have[m.Name] {
			missing = append(missing, m.Name)
		}
	}
	if len(missing) > 0 {
		return usageErr("model belum dibangun (%s): jalankan `lkj build` dulu, lalu `lkj test`", strings.Join(missing, ", "))
	}
	return nil
}

// dataTests runs all data tests; it returns how many error-level tests failed.
func (a *app) dataTests(ctx context.Context, q models.Querier, print bool) (int, error) {
	tests, err := models.LoadTests()
	if err != nil {
		return 0, withCode(exitFailure, err)
	}
	start := time.Now()
	res := models.Test(ctx, q, tests)
	failed, warned, broken := 0, 0, 0
	t := newTable(a)
	t.AppendHeader(table.Row{"test", "severity", "result", "offending rows"})
	for _, r := range res {
		status := "ok"
		switch {
		case r.Err != nil:
			status = "ERROR: " + firstLine(r.Err.Error())
			broken++
			failed++
		case r.Failures > 0 && r.Severity == models.SeverityError:
			status = "FAIL"
			failed++
		case r.Failures > 0:
			status = "warn"
			warned++
		}
		t.AppendRow(table.Row{r.Name, r.Severity, status, r.Failures})
	}
	t.SetCaption("%d uji: %d gagal, %d peringatan", len(res), failed, warned)
	a.log.Info("test finished", "step", "test", "tests", len(res), "failed", failed, "warnings", warned,
		"broken", broken, "duration_ms", time.Since(start).Milliseconds())
	if a.jsonLogs() {
		// Every line JSON: one per test that did not pass, errors as errors.
		for _, r := range res {
			switch {
			case r.Err != nil:
				a.log.Error("uji data gagal dijalankan", "uji", r.Name, "galat", firstLine(r.Err.Error()))
			case r.Failures > 0 && r.Severity == models.SeverityError:
				a.log.Error("uji data gagal", "uji", r.Name, "baris_bermasalah", r.Failures)
			case r.Failures > 0:
				a.log.Warn("uji data memperingatkan", "uji", r.Name, "baris_bermasalah", r.Failures)
			}
		}
		return failed, nil
	}
	if print && !a.cfg.Quiet || failed > 0 {
		t.Render()
	}
	for _, r := range res {
		if r.Failures > 0 && len(r.Sample) > 0 && (r.Severity == models.SeverityError || print) {
			fmt.Fprintf(a.stderr, "%s: baris bermasalah pertama:\n", r.Name)
			render(a.stderr, &resultSet{cols: r.Columns, rows: r.Sample}, "table")
		}
	}
	return failed, nil
}

func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}

func newTable(a *app) table.Writer {
	t := table.NewWriter()
	t.SetOutputMirror(a.stdout)
	t.SetStyle(table.StyleLight)
	return t
}
