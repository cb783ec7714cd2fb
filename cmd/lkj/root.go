package main

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"syscall"

	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/kpu-ntt/lkj/etl/ingest"
	"github.com/kpu-ntt/lkj/etl/warehouse"
)

// app is what every command shares: configuration, output streams, logger.
type app struct {
	cfg        *config
	configPath string
	stdin      io.Reader
	stdout     io.Writer
	stderr     io.Writer
	log        *slog.Logger
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	a := &app{cfg: newConfig(), stdin: stdin, stdout: stdout, stderr: stderr}
	root := a.rootCmd()
	root.SetArgs(args)
	root.SetOut(stdout)
	root.SetErr(stderr)
	cmd, err := root.ExecuteContextC(ctx)
	err = markCobraUsage(root, cmd, err)
	code := codeOf(err)
	if err != nil {
		var q errQuiet
		if a.cfg.jsonLogs() {
			logJSONError(stderr, err, code)
			return code
		}
		if !errors.As(err, &q) {
			fmt.Fprintf(stderr, "lkj: %v\n", err)
		}
		if code == exitUsage && isCobraUsage(err) {
			// cobra's own errors (unknown command/flag) are usage errors too
			fmt.Fprintln(stderr, "Run 'lkj --help' for usage.")
		}
	}
	return code
}

func (a *app) rootCmd() *cobra.Command {
	root := &cobra.Command{
		Use:   "lkj",
		Short: "Data warehouse for the performance reports (LKj) of KPU satkers",
		Long: `lkj compiles the yearly performance reports (Laporan Kinerja, LKj) of KPU
offices into a DuckDB warehouse: it extracts capaian, SAKIP, RB, budget
absorption and DPT/TPS figures from report text and structured templates,
checks them, and serves comparable tables, reports and Parquet extracts.

Configuration: --config FILE, else ./lkj.yaml, else defaults; every key can
also be set as LKJ_<KEY> (e.g. LKJ_DB) and, for the common ones, by flag.
Run 'lkj config' to see the effective values and where each came from.

` + exitCodesHelp,
		SilenceUsage:  true,
		SilenceErrors: true,
		PersistentPreRunE: func(cmd *cobra.Command, _ []string) error {
			if err := a.cfg.load(a.configPath); err != nil {
				return err
			}
			if err := a.cfg.resolve(); err != nil {
				return err
			}
			a.log = newLogger(a.stderr, a.cfg.LogFormat, a.cfg.Quiet)
			return nil
		},
	}
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return withCode(exitUsage, err) })
	pf := root.PersistentFlags()
	pf.StringVar(&a.configPath, "config", "", "config file (default ./lkj.yaml when present)")
	pf.String("db", "lkj.duckdb", "warehouse file")
	pf.String("log-format", "text", "log format: text or json")
	pf.Bool("quiet", false, "print only warnings, errors and results")
	pf.String("wait", "0s", "wait this long for a warehouse held by another lkj process")
	pf.Int("workers", 0, "parallel document readers (0 = number of CPUs)")
	pf.BoolVar(&ingest.PDFOptions.OCR, "ocr", false, "read scanned PDF pages with tesseract -l ind+eng (ingest, run, extract)")
	if err := a.cfg.bindFlags(pf); err != nil {
		panic(err) // programming error: a setting names a flag that does not exist
	}
	// Every command, explicitly (no init() registration).
	root.AddCommand(a.initCmd(), a.ingestCmd(), a.queryCmd(), a.statusCmd(),
		a.configCmd(), a.versionCmd(),
		a.extractCmd(),
		a.buildCmd(), a.planCmd(), a.testCmd(),
		a.reportCmd(), a.exportCmd(), a.runCmd(),
		a.sampleCmd(), a.evalCmd())
	wrapArgs(root)
	root.SetHelpCommand(&cobra.Command{Hidden: true})
	return root
}

func newLogger(w io.Writer, format string, quiet bool) *slog.Logger {
	level := slog.LevelInfo
	if quiet {
		level = slog.LevelWarn
	}
	opts := &slog.HandlerOptions{Level: level}
	if format == "json" {
		return slog.New(slog.NewJSONHandler(w, opts))
	}
	return slog.New(slog.NewTextHandler(w, opts))
}

// openWarehouse opens the configured warehouse for writing.
func (a *app) openWarehouse(ctx context.Context) (*warehouse.Warehouse, error) {
	wait := a.cfg.Wait
	wh, err := warehouse.Open(ctx, a.cfg.DB, warehouse.Options{
		Wait:        wait,
		Threads:     a.cfg.Threads,
		MemoryLimit: a.cfg.MemoryLimit,
	})
	switch {
	case errors.Is(err, warehouse.ErrNoDir):
		return nil, withCode(exitUsage, err)
	case err != nil:
		return nil, withCode(exitFailure, err)
	}
	return wh, nil
}

// openReadOnly opens the configured warehouse read-only, waiting up to
// --wait for a writer to finish.
func (a *app) openReadOnly(ctx context.Context) (*sql.DB, error) {
	wait := a.cfg.Wait
	db, err := warehouse.OpenReadOnlyWait(ctx, a.cfg.DB, wait)
	switch {
	case errors.Is(err, warehouse.ErrNoDir):
		return nil, withCode(exitUsage, err)
	case errors.Is(err, warehouse.ErrLocked):
		return nil, withCode(exitFailure, fmt.Errorf("%w (readers wait for it with --wait 30s)", err))
	case err != nil:
		return nil, withCode(exitFailure, err)
	}
	return db, nil
}

// isTerminal reports whether w is an interactive terminal (progress bars
// are drawn only there). /dev/null is a character device too, so the mode
// bits are not enough: ask the terminal driver.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// cobraUsageError is one of cobra's own usage errors (unknown command,
// wrong number of arguments), which cobra returns as plain errors.
type cobraUsageError struct{ err error }

func (e *cobraUsageError) Error() string { return e.err.Error() }
func (e *cobraUsageError) Unwrap() error { return e.err }

// isCobraUsage recognises cobra's own usage errors.
func isCobraUsage(err error) bool {
	var e *cobraUsageError
	return errors.As(err, &e)
}

// markCobraUsage marks cobra's usage errors by where they arise rather than
// by their words. Argument counts: every command's Args is wrapped (see
// wrapArgs). Unknown commands: cobra fails in finding the command, before
// any of lkj's code runs, and returns the root; lkj's own errors carry an
// exit code. Flag errors already go through SetFlagErrorFunc.
func markCobraUsage(root, cmd *cobra.Command, err error) error {
	var e *exitError
	var q errQuiet
	if err == nil || errors.As(err, &e) || errors.As(err, &q) || isCobraUsage(err) || cmd != root {
		return err
	}
	return &cobraUsageError{err}
}

// wrapArgs marks the argument-count errors of c and its subcommands.
func wrapArgs(c *cobra.Command) {
	if args := c.Args; args != nil {
		c.Args = func(cmd *cobra.Command, a []string) error {
			err := args(cmd, a)
			var e *exitError
			if err == nil || errors.As(err, &e) {
				return err // nil, or lkj's own validator with its code
			}
			return &cobraUsageError{err}
		}
	}
	for _, sub := range c.Commands() {
		wrapArgs(sub)
	}
}
