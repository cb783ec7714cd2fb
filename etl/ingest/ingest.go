// Package ingest runs the ETL for a set of documents: discover, read and
// validate in parallel ahead of the writer, then load in input order on the
// single writer, a group of documents per transaction, each document whole
// or absent. The writer does bulk work only: per group, one statement per
// table (document rows included) through Arrow.
package ingest

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"runtime"
	"time"

	"github.com/kpu-ntt/lkj/etl/facts"
	"github.com/kpu-ntt/lkj/etl/models"
	"github.com/kpu-ntt/lkj/etl/parse"
	"github.com/kpu-ntt/lkj/etl/warehouse"
)

// Options tune a run.
type Options struct {
	Workers          int   // parallel readers; 0 = number of CPUs
	MaxDocumentBytes int64 // larger documents are rejected; 0 = 64 MiB
	// GroupDocuments is how many documents share one load transaction
	// (0 = DefaultGroupDocuments; 1 = one transaction per document). Each
	// document is still whole or absent: a group that fails is retried
	// document by document. Readers run one group ahead of the writer.
	GroupDocuments int
	Command        string
	Log            *slog.Logger
	// Progress is called after each document with the count done so far.
	Progress func(done, total int, path string)
	// Identity, when set (lkj ingest --satker ID --tahun Y), is the
	// identity of every text document of the run, for reports whose own
	// text does not state it.
	Identity parse.Options
}

// Rejection says why one document was not loaded.
type Rejection struct {
	Path   string
	Reason string
}

// Summary counts what a run did.
type Summary struct {
	RunID      int64
	Seen       int
	Loaded     int
	Skipped    int // same bytes and reader version already loaded
	Replaced   int // an older version of the same satker/year replaced
	Rejected   int
	Facts      int64
	Findings   int64
	Rejections []Rejection
	Duration   time.Duration
}

// DefaultMaxDocumentBytes bounds what one document may weigh.
const DefaultMaxDocumentBytes = 64 << 20

// DefaultGroupDocuments is how many documents share a transaction. Each
// group costs a commit and some 40 statements (Arrow views, inserts).
// Measured on the national corpus (2,760 documents, fresh warehouse): the
// writer's CPU was 3.7 s with groups of 64, about 3 s with 128 and 2.3 s
// with 256; but two groups of parsed documents are alive at once, and 256
// took peak RSS to 285-306 MB against 260-269 MB with 128, too close to the
// 300 MiB the national ingest must stay under.
const DefaultGroupDocuments = 128

// firstGroupDocuments is the size of a run's first group.
const firstGroupDocuments = 32

// Run ingests paths into wh. A rejected document does not stop the others;
// the returned error is only for failures of the run itself (the warehouse,
// the context). Callers turn Summary.Rejected > 0 into exit code 3.
func Run(ctx context.Context, wh *warehouse.Warehouse, paths []string, opt Options) (Summary, error) {
	start := time.Now()
	if opt.Workers <= 0 {
		opt.Workers = runtime.GOMAXPROCS(0)
	}
	if opt.MaxDocumentBytes <= 0 {
		opt.MaxDocumentBytes = DefaultMaxDocumentBytes
	}
	if opt.Log == nil {
		opt.Log = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	if opt.Command == "" {
		opt.Command = "ingest"
	}
	if opt.GroupDocuments <= 0 {
		opt.GroupDocuments = DefaultGroupDocuments
	}
	var sum Summary
	srcs, err := Discover(paths)
	if err != nil {
		return sum, err
	}
	sum.Seen = len(srcs)
	runID, err := beginRun(ctx, wh, opt.Command)
	if err != nil {
		return sum, fmt.Errorf("start run: %w", err)
	}
	sum.RunID = runID
	cat, err := loadCatalog(ctx, wh.Conn())
	if err != nil {
		return sum, err
	}
	// DuckDB's settings for the load (settings.go), put back on return.
	restore, err := loadSettings(ctx, wh)
	if err != nil {
		return sum, fmt.Errorf("start run: %w", err)
	}
	defer restore()

	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	ahead := startReadAhead(ctx, srcs, opt.Workers, opt.GroupDocuments, readAheadBytes, opt.MaxDocumentBytes, cat.byID, opt.Identity)
	w := &writer{wh: wh, runID: runID, cat: cat, sum: &sum, log: opt.Log}

	// The contract views are models (etl/family): built when missing or
	// changed, so a query answers right after an ingest. They read no
	// data, so they are built first, while the readers parse the first
	// group and the writer would wait anyway: at the end of the run
	// nothing overlapped them (0.6 s of a national ingest into a fresh
	// warehouse). A failure still fails the run, but only once the
	// documents are loaded, as when they were built last.
	_, viewsErr := models.EnsureViews(ctx, wh.Conn())

	var runErr error
	done := map[string]bool{} // doc ids stored in this run: a file named twice loads once
	// Groups start small and double up to GroupDocuments: the first
	// commit comes early (progress shows, an interrupted run has kept
	// something, a failing group is retried cheaply), later groups
	// amortise the fixed cost of a transaction.
	g := &group{max: min(firstGroupDocuments, opt.GroupDocuments)}
	processed := 0
	flush := func() error {
		err := w.store(ctx, g.docs)
		processed += len(g.docs)
		g.reset()
		g.max = min(2*g.max, opt.GroupDocuments)
		if opt.Progress != nil && err == nil {
			opt.Progress(processed, len(srcs), "")
		}
		return err
	}
	for i := range srcs {
		var p parsed
		if p, runErr = ahead.next(ctx, i); runErr != nil {
			break
		}
		if !p.skip && p.sha != "" && done[docID(p.sha)] {
			p.skip = true
		}
		done[docID(p.sha)] = true
		if p.skip {
			w.skipped(p)
			processed++
			if opt.Progress != nil {
				opt.Progress(processed, len(srcs), p.src.Path)
			}
			continue
		}
		if !g.fits(p, cat) {
			if runErr = flush(); runErr != nil {
				break
			}
		}
		g.add(p, cat)
		if g.full() {
			if runErr = flush(); runErr != nil {
				break
			}
		}
	}
	if runErr == nil && len(g.docs) > 0 {
		runErr = flush()
	}
	if runErr == nil && viewsErr != nil {
		runErr = fmt.Errorf("contract views: %w", viewsErr)
	}
	sum.Duration = time.Since(start)
	if err := endRun(context.WithoutCancel(ctx), wh, sum, runErr); err != nil && runErr == nil {
		runErr = err
	}
	return sum, runErr
}

func readOne(src Source, maxBytes int64, known map[string]knownDoc, id parse.Options) parsed {
	p := parsed{src: src}
	sha, size, data, err := fingerprint(src, maxBytes)
	if err != nil {
		// Unreadable: key the rejection by the path, since there are no bytes.
		h := sha256.Sum256([]byte("unreadable\x00" + src.Path))
		p.err, p.sha = err, hex.EncodeToString(h[:])
		if k, ok := known[docID(p.sha)]; ok {
			if k.status == "rejected" && k.pesan == err.Error() {
				p.skip, p.prevRejected = true, k.pesan
			}
			p.existed = true
		}
		return p
	}
	p.sha, p.bytes = sha, size
	if k, ok := known[docID(sha)]; ok {
		// Same bytes, same reader: nothing to do, whatever became of it. A
		// version replaced by a newer one stays replaced, so a folder that
		// holds both versions gives the same warehouse on every run.
		// (a rejected text read again with a stated identity is read again)
		if k.version == versionOf(src.Format) && !(k.status == "rejected" && id != (parse.Options{Limits: id.Limits})) {
			p.skip = true
			if k.status == "rejected" {
				p.prevRejected = k.pesan
			}
			return p
		}
		p.existed = true
	}
	p.doc, p.err = read(src, data, id)
	if p.err == nil && p.doc.HasErrors() {
		p.err = firstError(p.doc)
	}
	return p
}

func firstError(doc *facts.Document) error {
	for _, f := range doc.Findings {
		if f.Tingkat == facts.Error {
			if f.Start > 0 {
				return fmt.Errorf("line %d: %s (%s)", f.Start, f.Pesan, f.Aturan)
			}
			return fmt.Errorf("%s (%s)", f.Pesan, f.Aturan)
		}
	}
	return errors.New("document has errors")
}

// docID is the warehouse key of a document: the first 16 hex digits of its
// sha256, short enough to type and wide enough not to collide.
func docID(sha string) string {
	if len(sha) > 16 {
		return sha[:16]
	}
	return sha
}

func beginRun(ctx context.Context, wh *warehouse.Warehouse, command string) (int64, error) {
	// Only one writer can hold the warehouse, so a run still marked running
	// belongs to a process that died (killed, power cut): say so.
	if _, err := wh.Conn().ExecContext(ctx, `UPDATE etl_run SET status = 'interrupted',
		ended_at = coalesce(ended_at, now()::TIMESTAMP) WHERE status = 'running'`); err != nil {
		return 0, err
	}
	var id int64
	if err := wh.Conn().QueryRowContext(ctx, "SELECT nextval('etl_run_seq')").Scan(&id); err != nil {
		return 0, err
	}
	_, err := wh.Conn().ExecContext(ctx,
		"INSERT INTO etl_run (run_id, command, started_at, status) VALUES (?, ?, now()::TIMESTAMP, 'running')", id, command)
	return id, err
}

func endRun(ctx context.Context, wh *warehouse.Warehouse, s Summary, runErr error) error {
	status := "ok"
	switch {
	case runErr != nil:
		status = "failed"
	case s.Rejected > 0:
		status = "partial"
	}
	_, err := wh.Conn().ExecContext(ctx, `UPDATE etl_run SET ended_at = now()::TIMESTAMP, status = ?,
		docs_seen = ?, docs_loaded = ?, docs_skipped = ?, docs_replaced = ?, docs_rejected = ?,
		facts_loaded = ?, findings = ? WHERE run_id = ?`,
		status, s.Seen, s.Loaded, s.Skipped, s.Replaced, s.Rejected, s.Facts, s.Findings, s.RunID)
	return err
}
