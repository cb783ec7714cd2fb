package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/kpu-ntt/lkj/etl/eval"
	"github.com/kpu-ntt/lkj/etl/sample"
	"github.com/kpu-ntt/lkj/etl/warehouse"
)

func (a *app) sampleCmd() *cobra.Command {
	var scope, years, noise, out, styles, format string
	var seed int64
	var share float64
	cmd := &cobra.Command{
		Use:   "sample",
		Short: "Generate a synthetic LKj corpus with known truth",
		Long: `Generate LKj-style documents (report text in three house styles, and
structured templates) for every satker of the scope and every year, with the
quirks of real reports injected at a rate set by --noise, plus the truth
under OUT/truth/. The same arguments always give the same bytes.
--format pdf writes each report as a PDF drawing the same text (the truth
is unchanged), --format both the PDF beside the text.
Every generated document says in its first line that it is synthetic.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			from, to, err := sample.ParseYears(years)
			if err != nil {
				return usageErr("--years: %v", err)
			}
			if scope != "ntt" && scope != "national" {
				return usageErr("--scope must be ntt or national, not %q", scope)
			}
			if share == 0 {
				share = -1 // sample treats 0 as "default"; on the command line 0 means none
			}
			if format != "txt" && format != "pdf" && format != "both" {
				return usageErr("--format must be txt, pdf or both, not %q", format)
			}
			start := time.Now()
			res, err := sample.Generate(sample.Options{
				Scope: scope, FromYear: from, ToYear: to, Seed: seed, Noise: noise,
				TemplateShare: share, Out: out, Styles: styles, Format: format,
			})
			if err != nil {
				return withCode(exitFailure, fmt.Errorf("sample: %w", err))
			}
			fmt.Fprintf(a.stdout, "sample: %d SYNTHETIC documents (%d text, %d template), %.1f MB in %s → %s\n",
				res.Documents, res.TextDocs, res.TemplateDocs, float64(res.Bytes)/1e6,
				time.Since(start).Round(time.Millisecond), out)
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&scope, "scope", "ntt", "ntt (23 NTT satkers) or national (38 provinces + 514 kabupaten/kota)")
	f.StringVar(&years, "years", "2020-2024", "year or range, e.g. 2024 or 2020-2024")
	f.Int64Var(&seed, "seed", 1, "random seed")
	f.StringVar(&noise, "noise", "default", "quirk rate: none, low, default, high")
	f.Float64Var(&share, "template-share", 0.1, "share of satkers submitting the structured template (0 = none)")
	f.StringVar(&out, "out", "data/sample", "output folder")
	f.StringVar(&styles, "styles", "classic", "classic (three house styles), mixed (each table's layout drawn from independent dimensions) or mixed-holdout (only the held-out layout combinations)")
	f.StringVar(&format, "format", "txt", "report documents as txt, pdf, or both")
	return cmd
}

func (a *app) evalCmd() *cobra.Command {
	var minF1 float64
	var list string
	cmd := &cobra.Command{
		Use:   "eval DIR",
		Short: "Ingest a synthetic corpus and score extraction against its truth",
		Long: `Ingest the corpus in DIR into a fresh temporary warehouse (or the one named
with --db), compare the contract views with DIR/truth, and print per fact
family: expected, found, exact, wrong, missing, extra, precision, recall and
F1, with wrong values split into flagged (a finding covers them), silent,
and wrong-key (a row loaded under another key than the truth's: a missing
and an extra row of one satker with equal measures, or the only such pair).
--min-f1 X exits 3 when any family falls below X. --list silent (or wrong,
wrong-key, missing, extra, all) then prints the rows behind those counters:
family, kind, key, column, want, got and the found row's doc_id:lines; a
wrong-key row's column "kunci" gives the true key and the loaded one.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			dir := args[0]
			kinds, err := diffKinds(list)
			if err != nil {
				return err
			}
			if _, err := os.Stat(filepath.Join(dir, "truth")); err != nil {
				return usageErr("%s has no truth/ folder: is it a corpus from `lkj sample`?", dir)
			}
			ctx := cmd.Context()
			wh, cleanup, err := a.evalWarehouse(ctx, cmd)
			if err != nil {
				return err
			}
			defer cleanup()
			if _, err := a.ingest(ctx, wh, []string{dir}, "eval"); err != nil {
				return err
			}
			rep, err := eval.Compare(ctx, wh.Conn(), filepath.Join(dir, "truth"))
			if err != nil {
				return withCode(exitFailure, fmt.Errorf("eval: %w", err))
			}
			fmt.Fprintln(a.stdout, rep.Table())
			if list != "" {
				fmt.Fprint(a.stdout, rep.DiffTable(kinds...))
			}
			if minF1 > 0 {
				if below := rep.Below(minF1); len(below) > 0 {
					fmt.Fprintf(a.stderr, "eval: F1 below %.3f for %v\n", minF1, below)
					return errQuiet{exitRejected}
				}
			}
			return nil
		},
	}
	cmd.Flags().Float64Var(&minF1, "min-f1", 0, "exit 3 when any family's F1 is below this")
	cmd.Flags().StringVar(&list, "list", "", "also list rows: silent, wrong (silent, flagged and wrong-key), wrong-key, missing, extra or all; comma-separated")
	return cmd
}

// diffKinds maps the --list words to eval.Diff kinds; "all" (or an empty
// list) is every kind.
func diffKinds(list string) ([]string, error) {
	var out []string
	for _, w := range strings.Split(list, ",") {
		switch w = strings.TrimSpace(w); w {
		case "silent":
			out = append(out, "silent-wrong")
		case "wrong":
			out = append(out, "silent-wrong", "flagged", "wrong-key")
		case "wrong-key", "wrongkey":
			out = append(out, "wrong-key")
		case "missing", "extra":
			out = append(out, w)
		case "all", "":
			return nil, nil
		default:
			return nil, usageErr("--list %q: want silent, wrong, wrong-key, missing, extra or all", w)
		}
	}
	return out, nil
}

// evalWarehouse is the --db warehouse when the user named one, else a fresh
// temporary one removed afterwards.
func (a *app) evalWarehouse(ctx context.Context, cmd *cobra.Command) (*warehouse.Warehouse, func(), error) {
	if f := cmd.Flags().Lookup("db"); (f != nil && f.Changed) || os.Getenv("LKJ_DB") != "" {
		wh, err := a.openWarehouse(ctx)
		if err != nil {
			return nil, nil, err
		}
		return wh, func() { wh.Close() }, nil
	}
	tmp, err := os.MkdirTemp("", "lkj-eval-")
	if err != nil {
		return nil, nil, withCode(exitFailure, err)
	}
	wh, err := warehouse.Open(ctx, filepath.Join(tmp, "eval.duckdb"), warehouse.Options{})
	if err != nil {
		os.RemoveAll(tmp)
		return nil, nil, withCode(exitFailure, err)
	}
	return wh, func() { wh.Close(); os.RemoveAll(tmp) }, nil
}
