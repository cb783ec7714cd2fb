// Package load moves one document's typed facts into the warehouse through
// Apache Arrow: each fact family becomes Arrow record batches, registered as
// a view in DuckDB's in-memory catalog, inserted once into the attached
// warehouse table, then dropped and released.
package load

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/apache/arrow/go/v17/arrow"
	"github.com/apache/arrow/go/v17/arrow/array"
	"github.com/apache/arrow/go/v17/arrow/memory"

	"github.com/kpu-ntt/lkj/etl/facts"
	"github.com/kpu-ntt/lkj/etl/warehouse"
)

// BatchRows is the Arrow batch size. 122,880 rows is DuckDB's row group and
// measured fastest.
const BatchRows = 122880

var viewSeq atomic.Int64

// Counts is how many rows a load wrote per table.
type Counts map[string]int64

// Total is the sum over all fact tables (findings and document rows
// excluded).
func (c Counts) Total() int64 {
	var n int64
	for t, v := range c {
		if t != findingTable.name && t != documentTableName {
			n += v
		}
	}
	return n
}

// Staged holds one document's facts registered as Arrow views in the memory
// catalog, ready to be inserted.
//
// DuckDB lets a transaction write to one attached database only, and
// registering a view writes the memory catalog. So views are registered
// before the document's transaction, the INSERTs run inside it, and Close
// drops the views afterwards whatever happened.
type Staged struct {
	wh    *warehouse.Warehouse
	views []*stagedView
}

type stagedView struct {
	name, table, cols string
	stmt              string // the statement that consumes the view; "" = INSERT INTO table
	rows              int64
	release           func()
	rdr               interface{ Release() }
	inserted          bool
}

// Item is one document to stage: its facts and findings (Doc, may be nil)
// and, when Row is set, its etl_document row.
type Item struct {
	ID  string
	Doc *facts.Document
	Row *DocumentRow
}

// Stage registers every family of doc (and its findings) under docID.
// The caller must Close the result.
func Stage(ctx context.Context, wh *warehouse.Warehouse, docID string, doc *facts.Document) (*Staged, error) {
	return StageBatch(ctx, wh, []Item{{ID: docID, Doc: doc}})
}

// StageBatch registers the facts of several documents, one view per family
// for all of them: registering views is a fixed cost per call, so loading
// documents in groups is much cheaper than one by one.
func StageBatch(ctx context.Context, wh *warehouse.Warehouse, items []Item) (*Staged, error) {
	s := &Staged{wh: wh}
	steps := []func() error{
		func() error { return stageDocuments(ctx, s, items) },
		stageStep(ctx, s, capaianTable, items, func(d *facts.Document) []facts.Capaian { return d.Capaian }),
		stageStep(ctx, s, seriTable, items, func(d *facts.Document) []facts.CapaianSeri { return d.CapaianSeri }),
		stageStep(ctx, s, anggaranTable, items, func(d *facts.Document) []facts.Anggaran { return d.Anggaran }),
		stageStep(ctx, s, sakipTable, items, func(d *facts.Document) []facts.Sakip { return d.Sakip }),
		stageStep(ctx, s, komponenTable, items, func(d *facts.Document) []facts.SakipKomponen { return d.SakipKomponen }),
		stageStep(ctx, s, rbTable, items, func(d *facts.Document) []facts.RB { return d.RB }),
		stageStep(ctx, s, dptTable, items, func(d *facts.Document) []facts.DPT { return d.DPT }),
		stageStep(ctx, s, findingTable, items, func(d *facts.Document) []facts.Finding { return d.Findings }),
	}
	for _, step := range steps {
		if err := step(); err != nil {
			s.Close()
			return nil, err
		}
	}
	return s, nil
}

// stageStep is the step of StageBatch that stages one family: the rows get
// picks from each document, into table t.
func stageStep[T any](ctx context.Context, s *Staged, t table[T], items []Item, get func(*facts.Document) []T) func() error {
	return func() error { return stageFamily(ctx, s, t, rowsOf(items, get)) }
}

func rowsOf[T any](items []Item, get func(*facts.Document) []T) []Row[T] {
	n := 0
	for _, it := range items {
		if it.Doc != nil {
			n += len(get(it.Doc))
		}
	}
	rows := make([]Row[T], 0, n)
	for _, it := range items {
		if it.Doc == nil {
			continue
		}
		fs := get(it.Doc)
		for i := range fs {
			rows = append(rows, Row[T]{Doc: it.ID, F: &fs[i]})
		}
	}
	return rows
}

// Insert copies every staged view into its warehouse table. Each Arrow
// stream can be scanned once only, so Insert may run once.
func (s *Staged) Insert(ctx context.Context) (Counts, error) {
	c := Counts{}
	for _, v := range s.views {
		if v.inserted {
			return c, fmt.Errorf("load %s: arrow stream already consumed", v.table)
		}
		v.inserted = true
		stmt := v.stmt
		if stmt == "" {
			stmt = "INSERT INTO " + v.table + " (" + v.cols + ") SELECT " + v.cols + " FROM memory.main." + v.name
		}
		res, err := s.wh.Conn().ExecContext(ctx, stmt)
		if err != nil {
			return c, fmt.Errorf("load %s: %w", v.table, err)
		}
		n, _ := res.RowsAffected()
		c[v.table] += n
		if n != v.rows {
			return c, fmt.Errorf("load %s: wrote %d rows, expected %d (arrow stream scanned twice, or a row to update missing?)", v.table, n, v.rows)
		}
	}
	return c, nil
}

// Close drops the views and frees their streams.
func (s *Staged) Close() error {
	var errs []error
	ctx := context.Background()
	for _, v := range s.views {
		if err := s.wh.DropArrow(ctx, v.name); err != nil {
			errs = append(errs, err)
		}
		v.release()
		v.rdr.Release()
	}
	s.views = nil
	return errors.Join(errs...)
}

// Anggaran stages and inserts budget rows outside any explicit transaction;
// the loader benchmark pushes a million rows through it.
func Anggaran(ctx context.Context, wh *warehouse.Warehouse, docID string, rows []facts.Anggaran) (int64, error) {
	s := &Staged{wh: wh}
	defer s.Close()
	if err := stageFamily(ctx, s, anggaranTable, rowsOf([]Item{{ID: docID, Doc: &facts.Document{Anggaran: rows}}},
		func(d *facts.Document) []facts.Anggaran { return d.Anggaran })); err != nil {
		return 0, err
	}
	c, err := s.Insert(ctx)
	return c[anggaranTable.name], err
}

func stageFamily[T any](ctx context.Context, s *Staged, t table[T], rows []Row[T]) error {
	if len(rows) == 0 {
		return nil
	}
	rdr := newRowReader(t, rows)
	name := fmt.Sprintf("lkj_arrow_%d", viewSeq.Add(1))
	release, err := s.wh.RegisterArrow(ctx, rdr, name)
	if err != nil {
		rdr.Release()
		return fmt.Errorf("load %s: register arrow view: %w", t.name, err)
	}
	names := make([]string, len(t.cols))
	for i, c := range t.cols {
		names[i] = c.name
	}
	s.views = append(s.views, &stagedView{name: name, table: t.name, cols: strings.Join(names, ", "),
		rows: int64(len(rows)), release: release, rdr: rdr})
	return nil
}

// rowReader is an array.RecordReader that builds batches in a goroutine one
// step ahead of DuckDB's scan, so Go's building and DuckDB's conversion
// overlap. At most two batches are alive (the one DuckDB reads, the one being
// built); the previous is released on Next and the last when the stream ends.
type rowReader[T any] struct {
	refs   atomic.Int64
	schema *arrow.Schema
	next   chan arrow.Record
	stop   chan struct{}
	cur    arrow.Record
	once   sync.Once
}

func newRowReader[T any](t table[T], rows []Row[T]) *rowReader[T] {
	fields := make([]arrow.Field, len(t.cols))
	for i, c := range t.cols {
		fields[i] = arrow.Field{Name: c.name, Type: c.typ, Nullable: true}
	}
	sc := arrow.NewSchema(fields, nil)
	r := &rowReader[T]{schema: sc, next: make(chan arrow.Record), stop: make(chan struct{})}
	r.refs.Store(1)
	go func() {
		defer close(r.next)
		bld := array.NewRecordBuilder(memory.DefaultAllocator, sc)
		defer bld.Release()
		for off := 0; off < len(rows); off += BatchRows {
			end := min(off+BatchRows, len(rows))
			for i, c := range t.cols {
				b := bld.Field(i)
				b.Reserve(end - off)
				c.fill(b, rows[off:end])
			}
			rec := bld.NewRecord()
			select {
			case r.next <- rec:
			case <-r.stop:
				rec.Release()
				return
			}
		}
	}()
	return r
}

func (r *rowReader[T]) Retain() { r.refs.Add(1) }

func (r *rowReader[T]) Release() {
	if r.refs.Add(-1) == 0 {
		r.once.Do(func() { close(r.stop) })
		if r.cur != nil {
			r.cur.Release()
			r.cur = nil
		}
		// Drain a batch the builder may have finished meanwhile.
		for rec := range r.next {
			rec.Release()
		}
	}
}

func (r *rowReader[T]) Schema() *arrow.Schema { return r.schema }
func (r *rowReader[T]) Record() arrow.Record  { return r.cur }
func (r *rowReader[T]) Err() error            { return nil }

func (r *rowReader[T]) Next() bool {
	if r.cur != nil {
		r.cur.Release()
		r.cur = nil
	}
	rec, ok := <-r.next
	if !ok {
		return false
	}
	r.cur = rec
	return true
}
