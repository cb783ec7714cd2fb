package ingest

import (
	"context"
	"database/sql"
	"fmt"
	"log/slog"
	"strings"

	"github.com/kpu-ntt/lkj/etl/facts"
	"github.com/kpu-ntt/lkj/etl/family"
	"github.com/kpu-ntt/lkj/etl/load"
	"github.com/kpu-ntt/lkj/etl/warehouse"
)

// group collects documents, loaded or rejected, that will share one load
// transaction.
//
// Each transaction costs a WAL commit and each family a registered Arrow
// view; paying them once per group instead of once per document is what
// makes a national corpus load in seconds. Atomicity per document holds:
// a group commits whole, and a group that fails is retried one document
// per transaction, so a bad document rejects only itself.
//
// The documents of a group are independent: none replaces or rewrites a
// document another one writes. So the group's statements can run in any
// order, and one statement per table serves them all.
type group struct {
	max     int
	docs    []parsed
	facts   int
	idents  map[string]bool // identities (satker, year, kind) loaded by the group
	touched map[string]bool // doc ids the group writes: its own and those it replaces
}

// maxGroupFacts bounds a group's memory: a few very large documents close
// it early.
const maxGroupFacts = 200_000

// fits reports whether p is independent of the documents already in the
// group. Two versions of one report must not share a group: the later
// replaces the earlier, which needs the earlier committed.
func (g *group) fits(p parsed, cat *catalog) bool {
	id := docID(p.sha)
	if g.touched[id] {
		return false
	}
	if p.err != nil {
		return true
	}
	ident := identityOfMeta(p.doc.Meta)
	if ident != "" && g.idents[ident] {
		return false
	}
	for _, d := range cat.replaces(id, ident) {
		if g.touched[d] {
			return false
		}
	}
	return true
}

func (g *group) add(p parsed, cat *catalog) {
	if g.idents == nil {
		g.idents, g.touched = map[string]bool{}, map[string]bool{}
	}
	id := docID(p.sha)
	g.docs = append(g.docs, p)
	g.touched[id] = true
	if p.doc != nil {
		g.facts += len(p.doc.Findings)
	}
	if p.err != nil {
		return
	}
	g.facts += p.doc.FactCount()
	ident := identityOfMeta(p.doc.Meta)
	if ident != "" {
		g.idents[ident] = true
	}
	for _, d := range cat.replaces(id, ident) {
		g.touched[d] = true
	}
}

func (g *group) full() bool { return len(g.docs) >= g.max || g.facts >= maxGroupFacts }

func (g *group) reset() { *g = group{max: g.max} }

// writer is the single writer of a run: it loads groups and keeps the
// catalog of loaded documents and the summary current.
type writer struct {
	wh    *warehouse.Warehouse
	runID int64
	cat   *catalog
	sum   *Summary
	log   *slog.Logger
}

// store loads docs in one transaction. When that fails for a reason other
// than the warehouse itself, it stores each document alone; a document
// that fails alone is rejected with the reason. An error returned here is
// a warehouse failure and stops the run.
func (w *writer) store(ctx context.Context, docs []parsed) error {
	if len(docs) == 0 {
		return nil
	}
	err := w.storeTx(ctx, docs)
	if err == nil {
		return nil
	}
	if ctx.Err() != nil {
		return ctx.Err()
	}
	if len(docs) > 1 {
		if warehouse.Fatal(err) {
			return fmt.Errorf("load group of %d documents: %w", len(docs), err)
		}
		w.log.Warn("group load failed; loading its documents one by one", "documents", len(docs), "error", err)
		for i := range docs {
			if err := w.store(ctx, docs[i:i+1]); err != nil {
				return err
			}
		}
		return nil
	}
	p := docs[0]
	if p.err != nil {
		return fmt.Errorf("record rejection of %s: %w", p.src.Path, err)
	}
	if warehouse.Fatal(err) {
		return fmt.Errorf("load %s: %w", p.src.Path, err)
	}
	// The load itself failed (a constraint, a bad value): the document is
	// rejected whole, the run goes on.
	p.err = fmt.Errorf("load: %w", err)
	return w.store(ctx, []parsed{p})
}

// storeTx writes docs in one transaction: for each, its etl_document row
// (fact count included), its facts and findings, or for a rejected one its
// reasons; and it clears what they supersede. Everything but the clearing
// goes through Arrow, one statement per table for the whole group.
func (w *writer) storeTx(ctx context.Context, docs []parsed) error {
	items := make([]load.Item, 0, len(docs))
	var clear, replaced []string
	replacedBy := make([][]string, len(docs))
	for i, p := range docs {
		id := docID(p.sha)
		if p.existed {
			// An earlier read of the same bytes (older reader, or
			// rejected): its facts and findings go, its row is rewritten.
			clear = append(clear, id)
		}
		if p.err != nil {
			items = append(items, load.Item{ID: id, Doc: rejection(p), Row: w.row(p, id)})
			continue
		}
		replacedBy[i] = w.cat.replaces(id, identityOfMeta(p.doc.Meta))
		clear = append(clear, replacedBy[i]...)
		replaced = append(replaced, replacedBy[i]...)
		items = append(items, load.Item{ID: id, Doc: p.doc, Row: w.row(p, id)})
	}
	// Arrow views are registered before the transaction (DuckDB lets one
	// transaction write to one database only) and dropped after it.
	staged, err := load.StageBatch(ctx, w.wh, items)
	if err != nil {
		return err
	}
	defer staged.Close()
	err = w.wh.Tx(ctx, func(conn *sql.Conn) error {
		if err := deleteFacts(ctx, conn, clear); err != nil {
			return err
		}
		if len(replaced) > 0 {
			if _, err := conn.ExecContext(ctx, "UPDATE etl_document SET status = 'replaced', facts = 0 WHERE doc_id IN ("+
				placeholders(len(replaced))+")", anys(replaced)...); err != nil {
				return fmt.Errorf("mark replaced: %w", err)
			}
		}
		// Insert checks that every staged row arrived, so the fact counts
		// in the document rows are exact.
		_, err := staged.Insert(ctx)
		return err
	})
	if err != nil {
		return err
	}
	for i, p := range docs {
		id := docID(p.sha)
		if p.err != nil {
			w.cat.drop(id)
			w.sum.Rejected++
			w.sum.Rejections = append(w.sum.Rejections, Rejection{Path: p.src.Path, Reason: p.err.Error()})
			w.log.Warn("rejected", "path", p.src.Path, "reason", p.err.Error())
			continue
		}
		for _, d := range replacedBy[i] {
			w.cat.drop(d)
		}
		w.cat.setLoaded(id, identityOfMeta(p.doc.Meta))
		w.sum.Loaded++
		w.sum.Replaced += len(replacedBy[i])
		w.sum.Facts += int64(p.doc.FactCount())
		w.sum.Findings += int64(len(p.doc.Findings))
		w.log.Info("loaded", "path", p.src.Path, "doc_id", id, "satker", p.doc.Meta.SatkerID,
			"tahun", p.doc.Meta.Tahun, "facts", p.doc.FactCount(), "findings", len(p.doc.Findings))
	}
	return nil
}

// skipped accounts for a document whose bytes and reader are unchanged.
func (w *writer) skipped(p parsed) {
	if p.prevRejected != "" {
		// Same bytes, same reader: still rejected. Say so again, so a
		// scheduled job keeps exiting 3 until the document is fixed.
		w.sum.Rejected++
		w.sum.Rejections = append(w.sum.Rejections, Rejection{Path: p.src.Path, Reason: p.prevRejected + " (unchanged since an earlier run)"})
		return
	}
	w.sum.Skipped++
	w.log.Debug("unchanged", "path", p.src.Path)
}

// row is p's etl_document row.
func (w *writer) row(p parsed, id string) *load.DocumentRow {
	r := &load.DocumentRow{ID: id, Path: p.src.Path, SHA256: p.sha, Kind: "lkj", Format: orUnknown(p.src.Format),
		Status: "loaded", ParserVersion: versionOf(p.src.Format), Bytes: p.bytes, RunID: w.runID, Exists: p.existed}
	if p.doc != nil {
		r.SatkerID, r.Tahun, r.Kind, r.Synthetic = p.doc.Meta.SatkerID, p.doc.Meta.Tahun, kindOf(p.doc.Meta), p.doc.Meta.Synthetic
	}
	if p.err != nil {
		r.Status, r.Pesan = "rejected", p.err.Error()
	} else {
		r.Facts = int64(p.doc.FactCount())
	}
	return r
}

// maxRejectFindings bounds what a rejected document records: enough to fix
// it, not a flood from a garbage file.
const maxRejectFindings = 50

// rejection is what a rejected document records: why, and the reader's own
// error findings, which say where (row, column, line).
func rejection(p parsed) *facts.Document {
	d := &facts.Document{Findings: []facts.Finding{{Aturan: "dokumen.ditolak", Tingkat: facts.Error, Pesan: p.err.Error()}}}
	if p.doc == nil {
		return d
	}
	n := 0
	for _, f := range p.doc.Findings {
		if f.Tingkat != facts.Error || n >= maxRejectFindings {
			continue
		}
		n++
		d.Findings = append(d.Findings, f)
	}
	return d
}

var factTables = append(family.Tables(), "etl_finding")

// deleteFacts removes the facts and findings of ids. It scans the fact
// tables, so it runs only when a group supersedes something: loading into
// a fresh warehouse never deletes.
func deleteFacts(ctx context.Context, conn *sql.Conn, ids []string) error {
	if len(ids) == 0 {
		return nil
	}
	in := placeholders(len(ids))
	for _, t := range factTables {
		if _, err := conn.ExecContext(ctx, "DELETE FROM "+t+" WHERE doc_id IN ("+in+")", anys(ids)...); err != nil {
			return fmt.Errorf("clear %s: %w", t, err)
		}
	}
	return nil
}

func placeholders(n int) string { return strings.TrimSuffix(strings.Repeat("?, ", n), ", ") }

func anys(ss []string) []any {
	out := make([]any, len(ss))
	for i, s := range ss {
		out[i] = s
	}
	return out
}

func orUnknown(f string) string {
	if f == "" {
		return "unknown"
	}
	return f
}
