package main

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/jedib0t/go-pretty/v6/progress"
	"github.com/spf13/cobra"

	"github.com/kpu-ntt/lkj/etl/extract"
	"github.com/kpu-ntt/lkj/etl/ingest"
	"github.com/kpu-ntt/lkj/etl/normalize"
	"github.com/kpu-ntt/lkj/etl/parse"
	"github.com/kpu-ntt/lkj/etl/warehouse"
)

func (a *app) ingestCmd() *cobra.Command {
	var id parse.Options
	cmd := &cobra.Command{
		Use:   "ingest PATH...",
		Short: "Load LKj documents (PDF, text, template folders, XLSX) into the warehouse",
		Long: `Load documents into the warehouse. PATH may be a file (.txt or .rtf report text,
a .md or .html page that names a performance report, PDF report — known by
its content, see 'lkj extract' —, .xlsx template workbook), a template
folder (holding identitas.csv), or a folder searched for all of these. --ocr reads scanned PDF pages with tesseract.

Each document loads whole or not at all, in its own transaction. A document
already loaded with the same bytes is skipped; a new version of the same
satker and year replaces the old one. A rejected document is reported with
the reason and does not stop the others; the exit code is then 3.

A report whose satker or year cannot be read from its text is rejected
with dokumen.identitas; name them with --satker ID --tahun Y (the text's
own reading is still checked, and a disagreement is a finding).`,
		Args: func(_ *cobra.Command, args []string) error {
			if len(args) == 0 {
				return usageErr("ingest needs at least one file or folder")
			}
			if id.SatkerID != "" {
				sid, ok := satkerArg(id.SatkerID)
				if !ok {
					return usageErr("--satker %q: bukan kode atau nama satker yang dikenal", id.SatkerID)
				}
				id.SatkerID = sid
			}
			if id.Tahun != 0 && (id.Tahun < 2000 || id.Tahun > 2099) {
				return usageErr("--tahun %d: bukan tahun laporan (2000-2099)", id.Tahun)
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			return a.withWarehouse(cmd.Context(), func(wh *warehouse.Warehouse) error {
				sum, err := a.ingest(cmd.Context(), wh, args, "ingest", id)
				if err != nil {
					return err
				}
				if sum.Rejected > 0 {
					return errQuiet{exitRejected}
				}
				return nil
			})
		},
	}
	cmd.Flags().StringVar(&id.SatkerID, "satker", "", "satker of the documents, for reports whose text does not state it (code 5309 or name)")
	cmd.Flags().IntVar(&id.Tahun, "tahun", 0, "report year of the documents, for reports whose text does not state it")
	return cmd
}

// satkerArg reads --satker: a satker code or a name ("Kabupaten Ngada").
func satkerArg(s string) (string, bool) {
	if _, ok := normalize.SatkerByID(s); ok {
		return s, true
	}
	return normalize.ResolveSatker(s, "")
}

// ingest runs the ingest stage with progress and a summary; shared by
// `lkj ingest` and `lkj run`.
func (a *app) ingest(ctx context.Context, wh *warehouse.Warehouse, paths []string, command string, id ...parse.Options) (ingest.Summary, error) {
	for _, p := range paths {
		if _, err := statInput(p); err != nil {
			return ingest.Summary{}, usageErr("%v", err)
		}
	}
	// The parser's limits travel with every document's parse options.
	limits := extract.Limits{MaxLineLen: a.cfg.MaxLineBytes, MaxCells: a.cfg.MaxCells,
		MaxBytes: int(a.cfg.MaxDocumentBytes)}
	opt := ingest.Options{
		GroupDocuments:   a.cfg.GroupDocuments,
		Workers:          a.cfg.Workers,
		MaxDocumentBytes: a.cfg.MaxDocumentBytes,
		Command:          command,
		Log:              a.log,
	}
	if len(id) > 0 {
		opt.Identity = id[0]
	}
	opt.Identity.Limits = limits
	var pw progress.Writer
	var tracker *progress.Tracker
	if isTerminal(a.stderr) && !a.cfg.Quiet && a.cfg.LogFormat == "text" {
		pw = progress.NewWriter()
		pw.SetOutputWriter(a.stderr)
		pw.SetUpdateFrequency(100 * time.Millisecond)
		pw.Style().Visibility.ETA = true
		tracker = &progress.Tracker{Message: "ingest", Units: progress.UnitsDefault}
		pw.AppendTracker(tracker)
		go pw.Render()
		opt.Progress = func(done, total int, _ string) {
			tracker.UpdateTotal(int64(total))
			tracker.SetValue(int64(done))
		}
		// Per-document log lines would fight the bar; keep warnings.
		opt.Log = newLogger(a.stderr, "text", true)
	}
	sum, err := ingest.Run(ctx, wh, paths, opt)
	if pw != nil {
		// Finish the bar whatever happened: waiting for it to reach 100%
		// after an interrupted run would wait forever.
		if err != nil {
			tracker.MarkAsErrored()
		} else {
			tracker.MarkAsDone()
		}
		time.Sleep(150 * time.Millisecond)
		pw.Stop()
	}
	if errors.Is(err, context.Canceled) {
		return sum, withCode(exitFailure, fmt.Errorf("ingest interrupted after %d documents loaded; run it again to finish (loaded documents are complete)", sum.Loaded))
	}
	if err != nil {
		return sum, withCode(exitFailure, fmt.Errorf("ingest: %w", err))
	}
	a.log.Info("ingest finished", "step", "ingest", "command", command, "run_id", sum.RunID, "seen", sum.Seen, "loaded", sum.Loaded,
		"unchanged", sum.Skipped, "replaced", sum.Replaced, "rejected", sum.Rejected,
		"facts", sum.Facts, "findings", sum.Findings, "duration_ms", sum.Duration.Milliseconds())
	if !a.cfg.Quiet && !a.jsonLogs() {
		fmt.Fprintf(a.stdout, "ingest: %d documents: %d loaded, %d unchanged, %d replaced, %d rejected; %d facts, %d findings (run %d, %s)\n",
			sum.Seen, sum.Loaded, sum.Skipped, sum.Replaced, sum.Rejected, sum.Facts, sum.Findings, sum.RunID,
			sum.Duration.Round(time.Millisecond))
		if command == "ingest" && sum.Loaded+sum.Replaced > 0 {
			if err := a.printCoverage(ctx, wh.Conn(), sum.RunID); err != nil {
				return sum, err
			}
		}
	}
	for _, r := range sum.Rejections {
		a.logRejection(r)
	}
	return sum, nil
}
