// Package ingest runs the ETL for a set of documents: discover, read and
// validate in parallel, then load each document in its own transaction on
// the single writer, in input order.
package ingest

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"runtime"
	"strings"
	"time"

	"github.com/kpu-ntt/lkj/etl/facts"
	"github.com/kpu-ntt/lkj/etl/load"
	"github.com/kpu-ntt/lkj/etl/parse"
	"github.com/kpu-ntt/lkj/etl/warehouse"
)

// Options tune a run.
type Options struct {
	Workers          int   // parallel readers; 0 = number of CPUs
	MaxDocumentBytes int64 // larger documents are rejected; 0 = 64 MiB
	// GroupDocuments is how many documents share one load transaction
	// (0 = 64; 1 = one transaction per document). Each document is still
	// whole or absent: a group that fails is retried document by document.
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
		opt.GroupDocuments = 64
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
	known, err := knownDocuments(ctx, wh.Conn())
	if err != nil {
		return sum, err
	}

	// Readers work ahead of the writer, bounded so memory stays flat on
	// large corpora; results are consumed in input order.
	slots := make([]chan parsed, len(srcs))
	for i := range slots {
		slots[i] = make(chan parsed, 1)
	}
	sem := make(chan struct{}, opt.Workers*2)
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	go func() {
		work := make(chan int)
		for w := 0; w < opt.Workers; w++ {
			go func() {
				for i := range work {
					slots[i] <- readOne(srcs[i], opt.MaxDocumentBytes, known, opt.Identity)
				}
			}()
		}
		defer close(work)
		for i := range srcs {
			select {
			case sem <- struct{}{}:
			case <-ctx.Done():
				return
			}
			select {
			case work <- i:
			case <-ctx.Done():
				return
			}
		}
	}()

	var runErr error
	done := map[string]bool{} // doc ids stored in this run: a file named twice loads once
	g := &group{max: opt.GroupDocuments}
	processed := 0
	flush := func() error {
		err := storeGroup(ctx, wh, runID, g.docs, &sum, opt.Log)
		processed += len(g.docs)
		g.reset()
		if opt.Progress != nil && err == nil {
			opt.Progress(processed, len(srcs), "")
		}
		return err
	}
	for i := range srcs {
		var p parsed
		select {
		case p = <-slots[i]:
		case <-ctx.Done():
			runErr = ctx.Err()
		}
		if runErr != nil {
			break
		}
		<-sem
		if !p.skip && p.sha != "" && done[docID(p.sha)] {
			p.skip = true
		}
		done[docID(p.sha)] = true
		if p.skip || p.err != nil {
			if err := storeOne(ctx, wh, runID, p, &sum, opt.Log); err != nil {
				runErr = err
				break
			}
			processed++
			if opt.Progress != nil {
				opt.Progress(processed+len(g.docs), len(srcs), p.src.Path)
			}
			continue
		}
		// Two versions of one satker and year must not share a group: the
		// later replaces the earlier, which needs the earlier loaded.
		if g.conflicts(p) {
			if runErr = flush(); runErr != nil {
				break
			}
		}
		g.add(p)
		if g.full() {
			if runErr = flush(); runErr != nil {
				break
			}
		}
	}
	if runErr == nil && len(g.docs) > 0 {
		runErr = flush()
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
		if k.version == versionOf(src.Format) && !(k.status == "rejected" && id != (parse.Options{})) {
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

// storeOne writes one parsed document; an error here is a warehouse failure
// and stops the run, while a document's own problems become a rejection.
func storeOne(ctx context.Context, wh *warehouse.Warehouse, runID int64, p parsed, sum *Summary, log *slog.Logger) error {
	if p.skip {
		if p.prevRejected != "" {
			// Same bytes, same reader: still rejected. Say so again, so a
			// scheduled job keeps exiting 3 until the document is fixed.
			sum.Rejected++
			sum.Rejections = append(sum.Rejections, Rejection{Path: p.src.Path, Reason: p.prevRejected + " (unchanged since an earlier run)"})
			return nil
		}
		sum.Skipped++
		log.Debug("unchanged", "path", p.src.Path)
		return nil
	}
	if p.err != nil {
		return reject(ctx, wh, runID, p, p.err, sum, log)
	}
	id := docID(p.sha)
	// Arrow views are registered before the transaction (DuckDB lets one
	// transaction write to one database only) and dropped after it.
	staged, err := load.Stage(ctx, wh, id, p.doc)
	if err != nil {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		if Fatal(err) {
			return fmt.Errorf("load %s: %w", p.src.Path, err)
		}
		return reject(ctx, wh, runID, p, fmt.Errorf("load: %w", err), sum, log)
	}
	defer staged.Close()
	var counts load.Counts
	replaced := 0
	err = wh.InTx(ctx, func() error {
		var err error
		replaced, err = clearFor(ctx, wh.Conn(), id, p.existed, p.doc.Meta)
		if err != nil {
			return err
		}
		if err := insertDocument(ctx, wh.Conn(), id, runID, p, "loaded", ""); err != nil {
			return err
		}
		counts, err = staged.Insert(ctx)
		if err != nil {
			return err
		}
		_, err = wh.Conn().ExecContext(ctx, "UPDATE etl_document SET facts = ? WHERE doc_id = ?", counts.Total(), id)
		return err
	})
	if err != nil {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		if Fatal(err) {
			return fmt.Errorf("load %s: %w", p.src.Path, err)
		}
		// The load itself failed (a constraint, a bad value): the document
		// is rejected whole, the run goes on.
		return reject(ctx, wh, runID, p, fmt.Errorf("load: %w", err), sum, log)
	}
	sum.Loaded++
	sum.Replaced += replaced
	sum.Facts += counts.Total()
	sum.Findings += int64(len(p.doc.Findings))
	log.Info("loaded", "path", p.src.Path, "doc_id", id, "satker", p.doc.Meta.SatkerID,
		"tahun", p.doc.Meta.Tahun, "facts", counts.Total(), "findings", len(p.doc.Findings))
	return nil
}

func reject(ctx context.Context, wh *warehouse.Warehouse, runID int64, p parsed, reason error, sum *Summary, log *slog.Logger) error {
	id := docID(p.sha)
	msg := reason.Error()
	err := wh.InTx(ctx, func() error {
		if p.existed {
			if err := deleteFacts(ctx, wh.Conn(), id); err != nil {
				return err
			}
		}
		if err := insertDocument(ctx, wh.Conn(), id, runID, p, "rejected", msg); err != nil {
			return err
		}
		if _, err := wh.Conn().ExecContext(ctx,
			"INSERT INTO etl_finding (doc_id, aturan, tingkat, pesan) VALUES (?, 'dokumen.ditolak', 'error', ?)", id, msg); err != nil {
			return err
		}
		// The reader's own error findings say where (row, column, line).
		if p.doc != nil {
			n := 0
			for _, f := range p.doc.Findings {
				if f.Tingkat != facts.Error || n >= maxRejectFindings {
					continue
				}
				n++
				if _, err := wh.Conn().ExecContext(ctx, `INSERT INTO etl_finding
					(doc_id, aturan, tingkat, pesan, nilai, baris_awal, baris_akhir) VALUES (?, ?, 'error', ?, ?, ?, ?)`,
					id, f.Aturan, f.Pesan, nullStr(f.Nilai), nullInt(f.Start), nullInt(f.End)); err != nil {
					return err
				}
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("record rejection of %s: %w", p.src.Path, err)
	}
	sum.Rejected++
	sum.Rejections = append(sum.Rejections, Rejection{Path: p.src.Path, Reason: msg})
	log.Warn("rejected", "path", p.src.Path, "reason", msg)
	return nil
}

// clearFor removes what the new document supersedes: an earlier load of the
// same bytes (re-read with a newer reader) and an older version of the same
// satker, year and kind. It returns how many older versions it replaced.
//
// Deleting scans the fact tables, so it runs only for documents that are
// known to exist: a new document costs one small lookup.
func clearFor(ctx context.Context, conn *sql.Conn, id string, existed bool, m facts.Meta) (int, error) {
	var old []string
	rows, err := conn.QueryContext(ctx, `SELECT doc_id FROM etl_document
		WHERE status = 'loaded' AND satker_id = ? AND tahun = ? AND kind = ? AND doc_id <> ?`,
		m.SatkerID, m.Tahun, kindOf(m), id)
	if err != nil {
		return 0, err
	}
	for rows.Next() {
		var d string
		if err := rows.Scan(&d); err != nil {
			rows.Close()
			return 0, err
		}
		old = append(old, d)
	}
	rows.Close()
	clear := old
	if existed {
		// The document's own row is updated in place by insertDocument:
		// DuckDB rejects deleting and re-inserting one primary key in a
		// transaction ("Duplicate key"), a documented index limitation.
		clear = append(clear, id)
	}
	for _, d := range clear {
		if err := deleteFacts(ctx, conn, d); err != nil {
			return 0, err
		}
	}
	for _, d := range old {
		if _, err := conn.ExecContext(ctx, "UPDATE etl_document SET status = 'replaced', facts = 0 WHERE doc_id = ?", d); err != nil {
			return 0, err
		}
	}
	return len(old), nil
}

var factTables = []string{"fact_capaian", "fact_capaian_seri", "fact_anggaran", "fact_sakip",
	"fact_sakip_komponen", "fact_rb", "fact_dpt", "etl_finding"}

func deleteFacts(ctx context.Context, conn *sql.Conn, id string) error {
	for _, t := range factTables {
		if _, err := conn.ExecContext(ctx, "DELETE FROM "+t+" WHERE doc_id = ?", id); err != nil {
			return fmt.Errorf("clear %s: %w", t, err)
		}
	}
	return nil
}

func kindOf(m facts.Meta) string {
	if m.Kind == "" {
		return "lkj"
	}
	return m.Kind
}

func insertDocument(ctx context.Context, conn *sql.Conn, id string, runID int64, p parsed, status, msg string) error {
	var satker, kind any = nil, "lkj"
	var tahun any
	synthetic := false
	if p.doc != nil {
		if p.doc.Meta.SatkerID != "" {
			satker = p.doc.Meta.SatkerID
		}
		if p.doc.Meta.Tahun != 0 {
			tahun = p.doc.Meta.Tahun
		}
		kind = kindOf(p.doc.Meta)
		synthetic = p.doc.Meta.Synthetic
	}
	var pesan any
	if msg != "" {
		pesan = msg
	}
	args := []any{p.src.Path, p.sha, satker, tahun, kind, orUnknown(p.src.Format), status, pesan,
		versionOf(p.src.Format), synthetic, p.bytes, runID, id}
	if p.existed {
		_, err := conn.ExecContext(ctx, `UPDATE etl_document SET path = ?, sha256 = ?, satker_id = ?, tahun = ?,
			kind = ?, format = ?, status = ?, pesan = ?, parser_version = ?, synthetic = ?, bytes = ?, facts = 0,
			run_id = ?, loaded_at = now()::TIMESTAMP WHERE doc_id = ?`, args...)
		return err
	}
	_, err := conn.ExecContext(ctx, `INSERT INTO etl_document
		(path, sha256, satker_id, tahun, kind, format, status, pesan, parser_version, synthetic, bytes, run_id, doc_id, facts, loaded_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, now()::TIMESTAMP)`, args...)
	return err
}

func orUnknown(f string) string {
	if f == "" {
		return "unknown"
	}
	return f
}

type knownDoc struct{ version, status, pesan string }

func knownDocuments(ctx context.Context, conn *sql.Conn) (map[string]knownDoc, error) {
	rows, err := conn.QueryContext(ctx, "SELECT doc_id, coalesce(parser_version, ''), status, coalesce(pesan, '') FROM etl_document")
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	m := map[string]knownDoc{}
	for rows.Next() {
		var id string
		var k knownDoc
		if err := rows.Scan(&id, &k.version, &k.status, &k.pesan); err != nil {
			return nil, err
		}
		m[id] = k
	}
	return m, rows.Err()
}

// Fatal reports whether err means the warehouse itself failed (a commit that
// could not be written, a full disk, an invalidated database) rather than
// one document being bad. Such errors stop the run: recording a rejection
// on a warehouse that cannot write would only make things worse.
func Fatal(err error) bool {
	if err == nil {
		return false
	}
	msg := err.Error()
	for _, s := range []string{"IO Error", "Failed to commit", "No space left", "database has been invalidated",
		"FATAL Error", "Could not write file", "disk I/O error", "read-only file system"} {
		if strings.Contains(msg, s) {
			return true
		}
	}
	return false
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

// maxRejectFindings bounds what a rejected document records: enough to fix
// it, not a flood from a garbage file.
const maxRejectFindings = 50

func nullStr(s string) any {
	if s == "" {
		return nil
	}
	return s
}

func nullInt(i int) any {
	if i == 0 {
		return nil
	}
	return i
}
