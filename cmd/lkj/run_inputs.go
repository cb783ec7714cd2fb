package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"path/filepath"
	"sort"
	"strings"

	"github.com/kpu-ntt/lkj/etl/ingest"
	"github.com/kpu-ntt/lkj/etl/report"
	"github.com/kpu-ntt/lkj/etl/warehouse"
)

// otherSkip is said of any other file ingest does not read.
var otherSkip = skipReason{
	Alasan:   "bukan dokumen yang dibaca lkj (hanya .txt, .rtf, .pdf, .xlsx, laporan .md/.html dan folder templat berisi identitas.csv)",
	Tindakan: "abaikan bila memang bukan laporan; bila laporan, simpan sebagai PDF atau .txt, atau isi templat XLSX/CSV",
	Level:    slog.LevelInfo,
}

type skipReason struct {
	Alasan, Tindakan string
	Level            slog.Level
}

// skipped is one file under a PATH of `lkj run` that ingest does not read.
type skipped struct {
	Path   string
	Reason skipReason
}

// skippedFiles pairs each file ingest.DiscoverSkipped passed over with its
// reason, sorted by path.
func skippedFiles(paths []string) []skipped {
	out := make([]skipped, 0, len(paths))
	for _, p := range paths {
		out = append(out, skipped{Path: filepath.Clean(p), Reason: otherSkip})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Path < out[j].Path })
	return out
}

// maxSkipLines bounds how many paths of one reason the text log lists.
const maxSkipLines = 10

// reportSkipped lists skipped files: one JSON line each with --log-format
// json, else grouped by reason on stderr. PDFs are warnings (shown under
// --quiet too); other files are information.
func (a *app) reportSkipped(list []skipped) {
	if a.jsonLogs() {
		for _, s := range list {
			a.log.Log(context.Background(), s.Reason.Level, "berkas dilewati", "path", s.Path,
				"alasan", s.Reason.Alasan, "tindakan", s.Reason.Tindakan)
		}
		return
	}
	for _, r := range []skipReason{otherSkip} {
		var paths []string
		for _, s := range list {
			if s.Reason == r {
				paths = append(paths, s.Path)
			}
		}
		if len(paths) == 0 || (r.Level < slog.LevelWarn && a.cfg.Quiet) {
			continue
		}
		fmt.Fprintf(a.stderr, "dilewati %d berkas: %s.\n  tindakan: %s\n", len(paths), r.Alasan, r.Tindakan)
		for i, p := range paths {
			if i == maxSkipLines {
				fmt.Fprintf(a.stderr, "  ... dan %d lainnya\n", len(paths)-maxSkipLines)
				break
			}
			fmt.Fprintf(a.stderr, "  %s\n", p)
		}
	}
}

// jsonLogs says whether every line lkj writes must be JSON.
func (a *app) jsonLogs() bool { return a.cfg.jsonLogs() }

// logRejection reports a rejected document on stderr. With --log-format
// json ingest has already logged it as a JSON warning line (which survives
// --quiet); a plain line there would break the stream.
func (a *app) logRejection(r ingest.Rejection) {
	if a.jsonLogs() {
		return
	}
	// "rejected PATH:" is a stable prefix that scripts and tests grep for.
	fmt.Fprintf(a.stderr, "rejected %s: %s\n", r.Path, r.Reason)
}

// A scheduled job that loads nothing must not look like one that
// succeeded: `lkj run` refuses to work on nothing (exit 2).

// checkRunDocuments: with no PATH, the warehouse must already hold documents.
func (a *app) checkRunDocuments(ctx context.Context, wh *warehouse.Warehouse, paths []string) error {
	if len(paths) > 0 {
		return nil
	}
	var n int
	if err := wh.Conn().QueryRowContext(ctx, "SELECT count(*) FROM dokumen WHERE status = 'loaded'").Scan(&n); err != nil {
		return withCode(exitFailure, fmt.Errorf("run: %w", err))
	}
	if n == 0 {
		return usageErr("run: tidak ada dokumen: gudang data %s belum berisi dokumen dan tidak ada PATH; jalankan `lkj run FOLDER-LAPORAN`", wh.Path)
	}
	return nil
}

// checkRunPaths lists what `lkj run` will skip under paths and refuses
// PATHs without a single readable document.
func (a *app) checkRunPaths(paths []string) error {
	if len(paths) == 0 {
		return nil
	}
	for _, p := range paths {
		if _, err := statInput(p); err != nil {
			return usageErr("run: %v", err)
		}
	}
	srcs, passed, err := ingest.DiscoverSkipped(paths)
	if err != nil {
		return usageErr("run: %v", err)
	}
	skip := skippedFiles(passed)
	a.reportSkipped(skip)
	if len(srcs) == 0 {
		return usageErr("run: tidak ada dokumen yang bisa dimuat di %s (%d berkas dilewati, lihat di atas); lkj membaca .txt, .rtf, .pdf, .xlsx, laporan .md/.html dan folder templat berisi identitas.csv",
			strings.Join(paths, ", "), len(skip))
	}
	return nil
}

// printRanking ends `lkj run`: the synthetic-data warning and the
// peringkat table, or with --log-format json the report as one JSON line
// (its "peringatan" field carries the warning). Nothing under --quiet.
func (a *app) printRanking(ctx context.Context, wh *warehouse.Warehouse, tahun int) error {
	if a.cfg.Quiet {
		return nil
	}
	p := report.Params{Tahun: tahun}
	if !a.jsonLogs() {
		if err := a.printSynthetic(ctx, wh); err != nil {
			return err
		}
		return a.renderReport(ctx, wh.Conn(), "peringkat", p, "table", "")
	}
	var buf, line bytes.Buffer
	if err := report.Render(ctx, wh.Conn(), "peringkat", p, "json", &buf); err != nil {
		return reportErr(err)
	}
	if err := json.Compact(&line, buf.Bytes()); err != nil {
		return withCode(exitFailure, fmt.Errorf("run: %w", err))
	}
	line.WriteByte('\n')
	_, err := a.stdout.Write(line.Bytes())
	return err
}
