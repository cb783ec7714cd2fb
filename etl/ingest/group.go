package ingest

import (
	"context"
	"fmt"
	"log/slog"

	"github.com/kpu-ntt/lkj/etl/load"
	"github.com/kpu-ntt/lkj/etl/warehouse"
)

// group collects parsed documents that will share one load transaction.
//
// Each transaction costs a WAL commit and each family a registered Arrow
// view; paying them once per group instead of once per document is what
// makes a national corpus load in seconds. Atomicity per document holds:
// a group commits whole, and a group that fails is retried one document
// per transaction, so a bad document rejects only itself.
type group struct {
	max   int
	docs  []parsed
	facts int
	ids   map[string]bool // satker/tahun/kind identities in the group
}

// maxGroupFacts bounds a group's memory: a few very large documents close
// it early.
const maxGroupFacts = 200_000

func (g *group) identity(p parsed) string {
	m := p.doc.Meta
	return fmt.Sprintf("%s/%d/%s", m.SatkerID, m.Tahun, kindOf(m))
}

func (g *group) conflicts(p parsed) bool { return g.ids[g.identity(p)] }

func (g *group) add(p parsed) {
	if g.ids == nil {
		g.ids = map[string]bool{}
	}
	g.docs = append(g.docs, p)
	g.facts += p.doc.FactCount() + len(p.doc.Findings)
	g.ids[g.identity(p)] = true
}

func (g *group) full() bool { return len(g.docs) >= g.max || g.facts >= maxGroupFacts }

func (g *group) reset() {
	g.docs = nil
	g.facts = 0
	g.ids = nil
}

// storeGroup loads documents in one transaction, falling back to one
// transaction per document when that fails.
func storeGroup(ctx context.Context, wh *warehouse.Warehouse, runID int64, docs []parsed, sum *Summary, log *slog.Logger) error {
	if len(docs) == 0 {
		return nil
	}
	if len(docs) == 1 {
		return storeOne(ctx, wh, runID, docs[0], sum, log)
	}
	items := make([]load.Item, len(docs))
	for i, p := range docs {
		items[i] = load.Item{ID: docID(p.sha), Doc: p.doc}
	}
	staged, err := load.StageBatch(ctx, wh, items)
	if err == nil {
		replaced := 0
		err = wh.InTx(ctx, func() error {
			for _, p := range docs {
				id := docID(p.sha)
				n, err := clearFor(ctx, wh.Conn(), id, p.existed, p.doc.Meta)
				if err != nil {
					return err
				}
				replaced += n
				if err := insertDocument(ctx, wh.Conn(), id, runID, p, "loaded", ""); err != nil {
					return err
				}
				if _, err := wh.Conn().ExecContext(ctx, "UPDATE etl_document SET facts = ? WHERE doc_id = ?",
					p.doc.FactCount(), id); err != nil {
					return err
				}
			}
			// Insert checks that every staged row arrived, so the per
			// document counts above are exact.
			_, err := staged.Insert(ctx)
			return err
		})
		staged.Close()
		if err == nil {
			for _, p := range docs {
				sum.Loaded++
				sum.Facts += int64(p.doc.FactCount())
				sum.Findings += int64(len(p.doc.Findings))
				log.Info("loaded", "path", p.src.Path, "doc_id", docID(p.sha), "satker", p.doc.Meta.SatkerID,
					"tahun", p.doc.Meta.Tahun, "facts", p.doc.FactCount(), "findings", len(p.doc.Findings))
			}
			sum.Replaced += replaced
			return nil
		}
	}
	if ctx.Err() != nil {
		return ctx.Err()
	}
	if Fatal(err) {
		return fmt.Errorf("load group of %d documents: %w", len(docs), err)
	}
	log.Warn("group load failed; loading its documents one by one", "documents", len(docs), "error", err)
	for _, p := range docs {
		if err := storeOne(ctx, wh, runID, p, sum, log); err != nil {
			return err
		}
	}
	return nil
}
