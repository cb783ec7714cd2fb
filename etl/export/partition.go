package export

import (
	"bufio"
	"context"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"hash"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"

	"github.com/apache/arrow/go/v17/arrow"
	"github.com/apache/arrow/go/v17/arrow/array"
)

// part is one output file: the rows of one partition, or of a whole
// unpartitioned table, as slices of the query's record batches.
type part struct {
	table string
	rel   string // slash-separated path inside the extract
	cols  []column
	recs  []arrow.Record // in order; the part holds one reference to each
	rows  int64
}

func (p *part) release() {
	for _, r := range p.recs {
		r.Release()
	}
	p.recs = nil
}

// splitter cuts a table's ordered record batches into partitions. Rows
// come ordered by the partition columns first, so a partition is a run of
// rows, possibly across batch boundaries.
type splitter struct {
	table   string
	cols    []column
	by      []int    // indexes of the partition columns in the schema
	names   []string // their names, escaped for a folder name
	cur     string   // partition folder of pending; "" for an unpartitioned table
	open    bool     // pending belongs to cur
	pending part
	seen    map[string]bool
	emit    func(part) error
	rows    int64 // rows handed to emit so far
}

func newSplitter(table string, sc *arrow.Schema, cols []column, partitionBy []string, emit func(part) error) (*splitter, error) {
	sp := &splitter{table: table, cols: cols, seen: map[string]bool{}, emit: emit}
	for _, name := range partitionBy {
		idx := sc.FieldIndices(name)
		if len(idx) != 1 {
			return nil, fmt.Errorf("partition column %s: %d columns of that name", name, len(idx))
		}
		sp.by = append(sp.by, idx[0])
		sp.names = append(sp.names, escapeHive(name))
	}
	return sp, nil
}

// add takes the rows of one batch. It keeps its own references to rec.
func (sp *splitter) add(rec arrow.Record) error {
	n := int(rec.NumRows())
	if len(sp.by) == 0 {
		if n > 0 {
			sp.take(rec, 0, n)
		}
		sp.open = true
		return nil
	}
	start := 0
	var b strings.Builder
	for i := 0; i < n; i++ {
		b.Reset()
		for k, c := range sp.by {
			v, err := hiveValue(rec.Column(c), i)
			if err != nil {
				return fmt.Errorf("partition column %s: %w", sp.names[k], err)
			}
			if k > 0 {
				b.WriteByte('/')
			}
			b.WriteString(sp.names[k])
			b.WriteByte('=')
			b.WriteString(v)
		}
		if sp.open && b.String() == sp.cur {
			continue
		}
		if i > start {
			sp.take(rec, start, i)
		}
		if err := sp.flush(); err != nil {
			return err
		}
		dir := b.String()
		if sp.seen[dir] {
			// Cannot happen while the query orders by the partition
			// columns; writing the folder twice would lose rows.
			return fmt.Errorf("partition %s comes back after other partitions", dir)
		}
		sp.seen[dir] = true
		sp.cur, sp.open, start = dir, true, i
	}
	if n > start {
		sp.take(rec, start, n)
	}
	return nil
}

func (sp *splitter) take(rec arrow.Record, lo, hi int) {
	sp.pending.recs = append(sp.pending.recs, rec.NewSlice(int64(lo), int64(hi)))
	sp.pending.rows += int64(hi - lo)
}

// flush hands the pending partition on, if it has rows.
func (sp *splitter) flush() error {
	p := sp.pending
	sp.pending = part{}
	if p.rows == 0 {
		p.release()
		return nil
	}
	p.table, p.cols = sp.table, sp.cols
	p.rel = sp.table + "/data_0.parquet"
	if sp.cur != "" {
		p.rel = sp.table + "/" + sp.cur + "/data_0.parquet"
	}
	sp.rows += p.rows
	return sp.emit(p)
}

// discard drops whatever is pending after a failure.
func (sp *splitter) discard() {
	sp.pending.release()
	sp.pending = part{}
}

// hiveValue is row i of a partition column as DuckDB's PARTITION_BY names
// its folder: NULL as "NULL", integers in decimal, strings escaped.
func hiveValue(a arrow.Array, i int) (string, error) {
	if a.IsNull(i) {
		return "NULL", nil
	}
	switch a := a.(type) {
	case *array.Int8:
		return strconv.FormatInt(int64(a.Value(i)), 10), nil
	case *array.Int16:
		return strconv.FormatInt(int64(a.Value(i)), 10), nil
	case *array.Int32:
		return strconv.FormatInt(int64(a.Value(i)), 10), nil
	case *array.Int64:
		return strconv.FormatInt(a.Value(i), 10), nil
	case *array.Uint8:
		return strconv.FormatUint(uint64(a.Value(i)), 10), nil
	case *array.Uint16:
		return strconv.FormatUint(uint64(a.Value(i)), 10), nil
	case *array.Uint32:
		return strconv.FormatUint(uint64(a.Value(i)), 10), nil
	case *array.Uint64:
		return strconv.FormatUint(a.Value(i), 10), nil
	case *array.String:
		return escapeHive(a.Value(i)), nil
	case *array.LargeString:
		return escapeHive(a.Value(i)), nil
	}
	return "", fmt.Errorf("type %s is not an integer or a string", a.DataType())
}

// escapeHive percent-encodes every byte but RFC 3986's unreserved
// characters, as DuckDB 1.1 does for hive folder names (measured: "a b/c"
// becomes "a%20b%2Fc"), so a value can never add a folder level.
func escapeHive(s string) string {
	plain := func(c byte) bool {
		return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '-' || c == '_' || c == '.' || c == '~'
	}
	i := 0
	for i < len(s) && plain(s[i]) {
		i++
	}
	if i == len(s) {
		return s
	}
	const hexUpper = "0123456789ABCDEF"
	var b strings.Builder
	b.WriteString(s[:i])
	for ; i < len(s); i++ {
		if c := s[i]; plain(c) {
			b.WriteByte(c)
		} else {
			b.WriteByte('%')
			b.WriteByte(hexUpper[c>>4])
			b.WriteByte(hexUpper[c&15])
		}
	}
	return b.String()
}

// pool writes parts on a few goroutines while the caller queries and
// splits the next table. The first failure cancels the rest.
type pool struct {
	dir    string
	ctx    context.Context
	cancel context.CancelCauseFunc
	parts  chan part
	wg     sync.WaitGroup
	once   sync.Once
	err    error // set by wait
	mu     sync.Mutex
	files  []File
}

// queued bounds the parts waiting for a writer. The rows are already in
// memory (go-duckdb fetches a whole result before returning it), so this
// only lets the next table's query overlap the current table's writing.
const queued = 4096

func newPool(ctx context.Context, dir string, workers int) (*pool, error) {
	p := &pool{dir: dir, parts: make(chan part, queued)}
	var ws []*partWriter
	for range workers {
		enc, err := newEncoder()
		if err != nil {
			return nil, err
		}
		ws = append(ws, &partWriter{enc: enc, hash: sha256.New(), buf: bufio.NewWriterSize(nil, 64<<10)})
	}
	p.ctx, p.cancel = context.WithCancelCause(ctx)
	for _, w := range ws {
		p.wg.Add(1)
		go p.work(w)
	}
	return p, nil
}

// submit queues a part; the pool owns it from here, also on failure.
func (p *pool) submit(pt part) error {
	if err := p.ctx.Err(); err != nil {
		pt.release()
		return context.Cause(p.ctx)
	}
	select {
	case p.parts <- pt:
		return nil
	case <-p.ctx.Done():
		pt.release()
		return context.Cause(p.ctx)
	}
}

// failure is the error that stopped the pool, nil while it runs.
func (p *pool) failure() error {
	if p.ctx.Err() == nil {
		return nil
	}
	cause := context.Cause(p.ctx)
	if errors.Is(cause, context.Canceled) || errors.Is(cause, context.DeadlineExceeded) {
		return fmt.Errorf("export: %w", cause)
	}
	return cause
}

// wait stops the pool and returns the files written, or the first error.
func (p *pool) wait() ([]File, error) {
	p.once.Do(func() {
		close(p.parts)
		p.wg.Wait()
		p.err = p.failure()
		p.cancel(nil)
	})
	if p.err != nil {
		return nil, p.err
	}
	return p.files, nil
}

func (p *pool) work(w *partWriter) {
	defer p.wg.Done()
	for pt := range p.parts {
		if p.ctx.Err() != nil {
			pt.release()
			continue
		}
		f, err := w.safeWrite(p.dir, pt)
		pt.release()
		if err != nil {
			p.cancel(fmt.Errorf("export %s: %w", pt.table, err))
			continue
		}
		p.mu.Lock()
		p.files = append(p.files, f)
		p.mu.Unlock()
	}
}

// safeWrite is write with a panic (a bug, or a corrupt Arrow batch from
// the driver) turned into an error: it runs on the pool's goroutine,
// where nothing else could recover it.
func (w *partWriter) safeWrite(dir string, pt part) (f File, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("write %s: %v", pt.rel, r)
		}
	}()
	return w.write(dir, pt)
}

// partWriter holds one writer goroutine's reusable buffers.
type partWriter struct {
	enc  *encoder
	hash hash.Hash
	buf  *bufio.Writer
	tail []byte
}

// write stores one part, hashing the bytes on their way to the disk, then
// reads the file's footer back to check its row count.
func (w *partWriter) write(dir string, pt part) (f File, err error) {
	f = File{Path: pt.rel, Table: pt.table, Rows: pt.rows}
	path := filepath.Join(dir, filepath.FromSlash(pt.rel))
	// Each partition has a folder of its own, so one Mkdir mostly does;
	// MkdirAll would stat every level first.
	if err := os.Mkdir(filepath.Dir(path), 0o755); errors.Is(err, fs.ErrNotExist) {
		err = os.MkdirAll(filepath.Dir(path), 0o755)
		if err != nil {
			return f, err
		}
	} else if err != nil && !errors.Is(err, fs.ErrExist) {
		return f, err
	}
	out, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return f, err
	}
	w.hash.Reset()
	cw := &countWriter{w: io.MultiWriter(out, w.hash)}
	w.buf.Reset(cw)
	err = w.enc.write(w.buf, pt.cols, pt.recs, pt.rows)
	if err == nil {
		err = w.buf.Flush()
	}
	if cerr := out.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return f, fmt.Errorf("write %s: %w", pt.rel, err)
	}
	f.SHA256 = hex.EncodeToString(w.hash.Sum(nil))
	n, err := w.footerRows(path, cw.n)
	if err != nil {
		return f, fmt.Errorf("read back %s: %w", pt.rel, err)
	}
	if n != pt.rows {
		return f, fmt.Errorf("read back %d rows from %s, wrote %d", n, pt.rel, pt.rows)
	}
	return f, nil
}

// footerRows reads a Parquet file of size bytes back from the disk and
// returns the row count its footer states, checking both magic numbers.
func (w *partWriter) footerRows(path string, size int64) (int64, error) {
	f, err := os.Open(path)
	if err != nil {
		return 0, err
	}
	defer f.Close()
	if size < 12 {
		return 0, fmt.Errorf("%d bytes is no Parquet file", size)
	}
	// A small file is read whole, in one call; of a large one the last
	// 64 kB, more than any footer here, and its first four bytes.
	n := min(size, 64<<10)
	w.tail = append(w.tail[:0], make([]byte, n)...)
	if _, err := f.ReadAt(w.tail, size-n); err != nil {
		return 0, err
	}
	head := w.tail[:4]
	if n < size {
		head = make([]byte, 4)
		if _, err := f.ReadAt(head, 0); err != nil {
			return 0, err
		}
	}
	if string(head) != "PAR1" {
		return 0, errors.New("no Parquet magic at the start")
	}
	end := w.tail[n-8:]
	if string(end[4:]) != "PAR1" {
		return 0, errors.New("no Parquet magic at the end")
	}
	flen := int64(binary.LittleEndian.Uint32(end))
	if flen > n-12 {
		return 0, fmt.Errorf("footer of %d bytes is larger than the %d read", flen, n-12)
	}
	return footerRowCount(w.tail[n-8-flen : n-8])
}

// countWriter counts the bytes written through it.
type countWriter struct {
	w io.Writer
	n int64
}

func (c *countWriter) Write(b []byte) (int, error) {
	n, err := c.w.Write(b)
	c.n += int64(n)
	return n, err
}
