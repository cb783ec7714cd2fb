package export

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"io"
	"math"
	"slices"

	"github.com/apache/arrow/go/v17/arrow"
	"github.com/klauspost/compress/zstd"
)

// This file writes flat Arrow record batches as Parquet
// (https://github.com/apache/parquet-format): per row group and column one
// data page (v1) of PLAIN values with RLE definition levels, compressed
// with zstd unless tiny, min/max statistics, and the footer.
//
// Why not a library: the Arrow module's parquet/file writer spends about
// 0.5 ms of CPU per file on setting up encoders, dictionaries and Thrift
// (measured on 20-column, 4-row files) and its pqarrow layer links Arrow
// Flight (gRPC) and the compute kernels, 31 MB more binary. A national
// extract is 33,000 such files. The columns here are flat and of a few plain
// types, which this encoder writes in a few µs; any other type is an error
// naming the column. DuckDB reading the files back is checked by the tests.

// Parquet enum values (parquet.thrift).
const (
	ptBoolean   = 0
	ptInt32     = 1
	ptInt64     = 2
	ptFloat     = 4
	ptDouble    = 5
	ptByteArray = 6
	ptFixed     = 7

	ctUTF8            = 0
	ctDecimal         = 5
	ctDate            = 6
	ctTimestampMillis = 9
	ctTimestampMicros = 10
	ctUint8           = 11
	ctUint16          = 12
	ctUint32          = 13
	ctUint64          = 14
	ctInt8            = 15
	ctInt16           = 16

	encPlain = 0
	encRLE   = 3

	codecNone = 0
	codecZstd = 6
)

// compressFrom is the smallest page body worth compressing.
const compressFrom = 512

// rowGroupRows caps a row group, as DuckDB's own writer does (its default
// ROW_GROUP_SIZE), so the unpartitioned tables read back in parallel.
const rowGroupRows = 122880

// encoder writes Parquet files; one per writer goroutine, reused.
type encoder struct {
	zstd  *zstd.Encoder
	th    thriftWriter
	def   []byte // definition levels, one bit per row
	vals  []byte // PLAIN values of the non-null rows
	body  []byte // levels and values: the uncompressed page
	comp  []byte
	pos   int64
	metas []chunkMeta
	st    stats
}

// chunkMeta is what the footer says about one column chunk.
type chunkMeta struct {
	offset, rows, nulls   int64
	codec                 int32
	uncompressed, written int64
	min, max              []byte // nil: no min/max
}

func newEncoder() (*encoder, error) {
	z, err := zstd.NewWriter(nil, zstd.WithEncoderLevel(zstd.SpeedDefault), zstd.WithEncoderConcurrency(1))
	if err != nil {
		return nil, fmt.Errorf("zstd: %w", err)
	}
	return &encoder{zstd: z}, nil
}

var magic = []byte("PAR1")

// write encodes rows records (slices of one table's batches, in order)
// to w as one Parquet file. Each column of a row group is one page built
// from the rows alone, so the bytes do not depend on how DuckDB cut its
// result into batches.
func (e *encoder) write(w io.Writer, cols []column, recs []arrow.Record, rows int64) error {
	e.pos, e.metas = 0, e.metas[:0]
	if err := e.out(w, magic); err != nil {
		return err
	}
	for start := int64(0); start < rows; start += rowGroupRows {
		end := min(start+rowGroupRows, rows)
		for c := range cols {
			if err := e.chunk(w, cols[c], recs, c, start, end); err != nil {
				return fmt.Errorf("column %s: %w", cols[c].name, err)
			}
		}
	}
	e.footer(cols, rows)
	n := len(e.th.b)
	if err := e.out(w, e.th.b); err != nil {
		return err
	}
	return e.out(w, binary.LittleEndian.AppendUint32(nil, uint32(n)), magic)
}

func (e *encoder) out(w io.Writer, bs ...[]byte) error {
	for _, b := range bs {
		n, err := w.Write(b)
		e.pos += int64(n)
		if err != nil {
			return err
		}
	}
	return nil
}

// chunk writes rows [start, end) of column c, counted across recs, as one
// page.
func (e *encoder) chunk(w io.Writer, col column, recs []arrow.Record, c int, start, end int64) error {
	n := int(end - start)
	e.def = slices.Grow(e.def[:0], (n+7)/8)[:(n+7)/8]
	clear(e.def)
	e.vals = e.vals[:0]
	e.st = stats{}
	var row int
	var off int64
	for _, r := range recs {
		rn := r.NumRows()
		lo, hi := max(start-off, 0), min(end-off, rn)
		off += rn
		if lo >= hi {
			continue
		}
		if err := e.add(r.Column(c), int(lo), int(hi), row, col); err != nil {
			return err
		}
		row += int(hi - lo)
	}
	if row != n {
		return fmt.Errorf("gathered %d rows, want %d", row, n)
	}
	nulls := int64(n - e.st.count)

	// Page body: 4-byte length, definition levels, values.
	e.body = append(e.body[:0], 0, 0, 0, 0)
	if nulls == 0 { // one RLE run of 1s
		e.body = binary.AppendUvarint(e.body, uint64(n)<<1)
		e.body = append(e.body, 1)
	} else { // bit-packed groups of 8 levels
		e.body = binary.AppendUvarint(e.body, uint64(len(e.def))<<1|1)
		e.body = append(e.body, e.def...)
	}
	binary.LittleEndian.PutUint32(e.body, uint32(len(e.body)-4))
	e.body = append(e.body, e.vals...)
	if len(e.body) > math.MaxInt32 {
		return fmt.Errorf("page of %d bytes is too large", len(e.body))
	}
	// Compress only pages worth it: zstd costs a few µs per page even on
	// a dozen bytes, and a national extract has 600,000 pages, most of a
	// partition's few rows. The codec is per column chunk in Parquet.
	codec, page := int32(codecNone), e.body
	if len(e.body) >= compressFrom {
		e.comp = e.zstd.EncodeAll(e.body, e.comp[:0])
		if len(e.comp) < len(e.body) {
			codec, page = codecZstd, e.comp
		}
	}

	e.th.reset()   // PageHeader
	e.th.i32(1, 0) // DATA_PAGE
	e.th.i32(2, int32(len(e.body)))
	e.th.i32(3, int32(len(page)))
	e.th.begin(5) // DataPageHeader
	e.th.i32(1, int32(n))
	e.th.i32(2, encPlain)
	e.th.i32(3, encRLE)
	e.th.i32(4, encRLE)
	e.th.end()
	e.th.b = append(e.th.b, 0)

	m := chunkMeta{offset: e.pos, rows: int64(n), nulls: nulls, codec: codec,
		uncompressed: int64(len(e.th.b) + len(e.body)), written: int64(len(e.th.b) + len(page))}
	if col.minMax && e.st.set && !e.st.nan {
		m.min, m.max = e.st.encode(col.phys)
	}
	e.metas = append(e.metas, m)
	return e.out(w, e.th.b, page)
}

// footer builds the FileMetaData struct in e.th.
func (e *encoder) footer(cols []column, rows int64) {
	t := &e.th
	t.reset()
	t.i32(1, 1) // version
	t.list(2, tcStruct, len(cols)+1)
	t.begin(0)  // root
	t.i32(3, 0) // REQUIRED
	t.string(4, "duckdb_schema")
	t.i32(5, int32(len(cols)))
	t.end()
	for _, c := range cols {
		t.begin(0)
		t.i32(1, c.phys)
		if c.typeLen > 0 {
			t.i32(2, c.typeLen)
		}
		t.i32(3, 1) // OPTIONAL
		t.string(4, c.name)
		if c.converted >= 0 {
			t.i32(6, c.converted)
		}
		if c.converted == ctDecimal {
			t.i32(7, c.scale)
			t.i32(8, c.precision)
		}
		if c.logical != nil {
			t.begin(10)
			c.logical(t)
			t.end()
		}
		t.end()
	}
	t.i64(3, rows)
	groups := (len(e.metas) + len(cols) - 1) / max(len(cols), 1)
	t.list(4, tcStruct, groups)
	for g := 0; g < groups; g++ {
		metas := e.metas[g*len(cols) : (g+1)*len(cols)]
		var size, written int64
		for _, m := range metas {
			size += m.uncompressed
			written += m.written
		}
		t.begin(0) // RowGroup
		t.list(1, tcStruct, len(cols))
		for i, m := range metas {
			t.begin(0) // ColumnChunk
			t.i64(2, m.offset)
			t.begin(3) // ColumnMetaData
			t.i32(1, cols[i].phys)
			t.list(2, tcI32, 2)
			t.elemI32(encPlain)
			t.elemI32(encRLE)
			t.list(3, tcBinary, 1)
			t.elemString(cols[i].name)
			t.i32(4, m.codec)
			t.i64(5, m.rows)
			t.i64(6, m.uncompressed)
			t.i64(7, m.written)
			t.i64(9, m.offset)
			t.begin(12) // Statistics
			t.i64(3, m.nulls)
			if m.min != nil {
				t.binary(5, m.max)
				t.binary(6, m.min)
			}
			t.end()
			t.end()
			t.end()
		}
		t.i64(2, size)
		t.i64(3, metas[0].rows)
		t.i64(5, metas[0].offset)
		t.i64(6, written)
		t.i16(7, int16(g))
		t.end()
	}
	t.string(6, "lkj")
	t.list(7, tcStruct, len(cols)) // column orders: min/max in the type's order
	for range cols {
		t.begin(0)
		t.empty(1) // TYPE_ORDER
		t.end()
	}
	t.b = append(t.b, 0)
}

// stats tracks a chunk's non-null count and min and max.
type stats struct {
	count      int // non-null values
	set        bool
	nan        bool // a float column holds NaN: no min and max
	imin, imax int64
	fmin, fmax float64
	bmin, bmax []byte
}

func (s *stats) int(v int64) {
	if !s.set {
		s.imin, s.imax, s.set = v, v, true
	}
	s.imin, s.imax = min(s.imin, v), max(s.imax, v)
}

// float tracks min and max; a NaN drops both. The format leaves NaN out
// of them, but DuckDB orders NaN above every number and skips a row group
// whose max is below the value a filter asks for: "x >= 'NaN'" would lose
// the NaN rows.
func (s *stats) float(v float64) {
	if v != v {
		s.nan = true
		return
	}
	if !s.set {
		s.fmin, s.fmax, s.set = v, v, true
	}
	s.fmin, s.fmax = min(s.fmin, v), max(s.fmax, v)
}

func (s *stats) bytes(v []byte) {
	if !s.set {
		s.bmin, s.bmax, s.set = v, v, true
	}
	if bytes.Compare(v, s.bmin) < 0 {
		s.bmin = v
	}
	if bytes.Compare(v, s.bmax) > 0 {
		s.bmax = v
	}
}

// encode gives min and max as PLAIN values of the physical type. A zero
// minimum is written as -0 and a zero maximum as +0, as the format asks.
func (s *stats) encode(phys int32) (lo, hi []byte) {
	le := binary.LittleEndian
	switch phys {
	case ptBoolean:
		return []byte{byte(s.imin)}, []byte{byte(s.imax)}
	case ptInt32:
		return le.AppendUint32(nil, uint32(int32(s.imin))), le.AppendUint32(nil, uint32(int32(s.imax)))
	case ptInt64:
		return le.AppendUint64(nil, uint64(s.imin)), le.AppendUint64(nil, uint64(s.imax))
	case ptFloat, ptDouble:
		fmin, fmax := s.fmin, s.fmax
		if fmin == 0 {
			fmin = math.Copysign(0, -1)
		}
		if fmax == 0 {
			fmax = 0
		}
		if phys == ptFloat {
			return le.AppendUint32(nil, math.Float32bits(float32(fmin))), le.AppendUint32(nil, math.Float32bits(float32(fmax)))
		}
		return le.AppendUint64(nil, math.Float64bits(fmin)), le.AppendUint64(nil, math.Float64bits(fmax))
	case ptByteArray:
		return append([]byte{}, s.bmin...), append([]byte{}, s.bmax...)
	}
	return nil, nil
}
