package export

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"

	"github.com/apache/arrow/go/v17/arrow"
	"github.com/apache/arrow/go/v17/arrow/array"
)

// This file maps Arrow types to Parquet columns and encodes Arrow values
// as Parquet PLAIN values, for the encoder in parquet.go.

// column is one Parquet column of a flat schema; every column is OPTIONAL,
// as DuckDB marks every Arrow field nullable and writes them so itself.
type column struct {
	name      string
	phys      int32
	typeLen   int32 // FIXED_LEN_BYTE_ARRAY only
	converted int32 // -1: none
	scale     int32 // decimals only
	precision int32
	logical   func(w *thriftWriter) // writes the LogicalType union; nil: none
	minMax    bool                  // statistics carry min and max
}

// parquetColumns maps an Arrow schema to Parquet columns. Types follow
// DuckDB's COPY TO parquet, so read_parquet gives the source's types back.
func parquetColumns(sc *arrow.Schema) ([]column, error) {
	cols := make([]column, sc.NumFields())
	for i, f := range sc.Fields() {
		c, err := parquetType(f.Type)
		if err != nil {
			return nil, fmt.Errorf("column %s: %w", f.Name, err)
		}
		c.name = f.Name
		cols[i] = c
	}
	return cols, nil
}

func intType(bits int8, signed bool) func(*thriftWriter) {
	return func(w *thriftWriter) {
		w.begin(10) // INTEGER
		w.byte(1, bits)
		w.bool(2, signed)
		w.end()
	}
}

// timeLogical writes a TIME (7) or TIMESTAMP (8) logical type; unit is
// the TimeUnit union's member: 1 millis, 2 micros, 3 nanos.
func timeLogical(field int16, adjusted bool, unit int16) func(*thriftWriter) {
	return func(w *thriftWriter) {
		w.begin(field) // 7 TIME, 8 TIMESTAMP
		w.bool(1, adjusted)
		w.begin(2)
		w.empty(unit)
		w.end()
		w.end()
	}
}

func parquetType(t arrow.DataType) (column, error) {
	c := column{converted: -1, minMax: true}
	switch t := t.(type) {
	case *arrow.BooleanType:
		c.phys = ptBoolean
	case *arrow.Int8Type:
		c.phys, c.converted, c.logical = ptInt32, ctInt8, intType(8, true)
	case *arrow.Int16Type:
		c.phys, c.converted, c.logical = ptInt32, ctInt16, intType(16, true)
	case *arrow.Int32Type:
		c.phys = ptInt32
	case *arrow.Int64Type:
		c.phys = ptInt64
	// Unsigned values are stored as the same bits; their statistics would
	// need unsigned order, so none are written.
	case *arrow.Uint8Type:
		c.phys, c.converted, c.logical, c.minMax = ptInt32, ctUint8, intType(8, false), false
	case *arrow.Uint16Type:
		c.phys, c.converted, c.logical, c.minMax = ptInt32, ctUint16, intType(16, false), false
	case *arrow.Uint32Type:
		c.phys, c.converted, c.logical, c.minMax = ptInt32, ctUint32, intType(32, false), false
	case *arrow.Uint64Type:
		c.phys, c.converted, c.logical, c.minMax = ptInt64, ctUint64, intType(64, false), false
	case *arrow.Float32Type:
		c.phys = ptFloat
	case *arrow.Float64Type:
		c.phys = ptDouble
	case *arrow.StringType, *arrow.LargeStringType:
		c.phys, c.converted = ptByteArray, ctUTF8
		c.logical = func(w *thriftWriter) { w.empty(1) } // STRING
	case *arrow.BinaryType, *arrow.LargeBinaryType:
		c.phys = ptByteArray
	case *arrow.Date32Type:
		c.phys, c.converted = ptInt32, ctDate
		c.logical = func(w *thriftWriter) { w.empty(6) } // DATE
	case *arrow.TimestampType:
		// Seconds are written as milliseconds. The converted type means
		// "adjusted to UTC", so only a zoned timestamp gets one.
		unit, ct := int16(2), int32(ctTimestampMicros)
		switch t.Unit {
		case arrow.Second, arrow.Millisecond:
			unit, ct = 1, ctTimestampMillis
		case arrow.Nanosecond:
			unit, ct = 3, -1
		}
		c.phys, c.logical = ptInt64, timeLogical(8, t.TimeZone != "", unit)
		if t.TimeZone != "" {
			c.converted = ct
		}
	case *arrow.Time64Type:
		unit := int16(2)
		if t.Unit == arrow.Nanosecond {
			unit = 3
		}
		c.phys, c.logical = ptInt64, timeLogical(7, false, unit)
	case *arrow.Decimal128Type:
		c.converted, c.scale, c.precision = ctDecimal, t.Scale, t.Precision
		c.logical = func(w *thriftWriter) {
			w.begin(5) // DECIMAL
			w.i32(1, t.Scale)
			w.i32(2, t.Precision)
			w.end()
		}
		switch {
		case t.Precision <= 9:
			c.phys = ptInt32
		case t.Precision <= 18:
			c.phys = ptInt64
		default: // big-endian two's complement; signed byte order is not byte order
			c.phys, c.typeLen, c.minMax = ptFixed, 16, false
		}
	default:
		return c, fmt.Errorf("Arrow type %s has no Parquet mapping in the exporter", t)
	}
	return c, nil
}

// errType reports an Arrow array whose type the column mapping did not
// expect; it cannot happen while both come from one schema.
var errType = errors.New("Arrow array type differs from the schema")

// add appends rows [lo, hi) of a, whose first row is row row of the
// chunk: a definition bit for each row, the PLAIN value of each non-null
// one.
func (e *encoder) add(a arrow.Array, lo, hi, row int, col column) error {
	le := binary.LittleEndian
	for i := lo; i < hi; i++ {
		if a.IsValid(i) {
			k := row + i - lo
			e.def[k>>3] |= 1 << (k & 7)
		}
	}
	switch a := a.(type) {
	case *array.Boolean:
		for i := lo; i < hi; i++ {
			if a.IsValid(i) {
				v := a.Value(i)
				if e.st.count%8 == 0 {
					e.vals = append(e.vals, 0)
				}
				var b int64
				if v {
					e.vals[len(e.vals)-1] |= 1 << (e.st.count % 8)
					b = 1
				}
				e.st.int(b)
				e.st.count++
			}
		}
	case *array.Int8:
		addInt(e, a, lo, hi, 1, 4)
	case *array.Int16:
		addInt(e, a, lo, hi, 1, 4)
	case *array.Int32:
		addInt(e, a, lo, hi, 1, 4)
	case *array.Date32:
		addInt(e, a, lo, hi, 1, 4)
	case *array.Int64:
		addInt(e, a, lo, hi, 1, 8)
	case *array.Time64:
		addInt(e, a, lo, hi, 1, 8)
	case *array.Timestamp:
		scale := int64(1) // seconds are written as milliseconds
		if a.DataType().(*arrow.TimestampType).Unit == arrow.Second {
			scale = 1000
		}
		addInt(e, a, lo, hi, scale, 8)
	case *array.Uint8:
		addInt(e, a, lo, hi, 1, 4)
	case *array.Uint16:
		addInt(e, a, lo, hi, 1, 4)
	case *array.Uint32:
		addInt(e, a, lo, hi, 1, 4)
	case *array.Uint64:
		addInt(e, a, lo, hi, 1, 8)
	case *array.Float32:
		addFloat(e, a, lo, hi)
	case *array.Float64:
		addFloat(e, a, lo, hi)
	case *array.String:
		offs, data := a.ValueOffsets(), a.ValueBytes()
		for i := lo; i < hi; i++ {
			if a.IsValid(i) {
				e.addBytes(data[offs[i]-offs[0] : offs[i+1]-offs[0]])
			}
		}
	case *array.LargeString:
		offs, data := a.ValueOffsets(), a.ValueBytes()
		for i := lo; i < hi; i++ {
			if a.IsValid(i) {
				e.addBytes(data[offs[i]-offs[0] : offs[i+1]-offs[0]])
			}
		}
	case *array.Binary:
		for i := lo; i < hi; i++ {
			if a.IsValid(i) {
				e.addBytes(a.Value(i))
			}
		}
	case *array.LargeBinary:
		for i := lo; i < hi; i++ {
			if a.IsValid(i) {
				e.addBytes(a.Value(i))
			}
		}
	case *array.Decimal128:
		for i := lo; i < hi; i++ {
			if !a.IsValid(i) {
				continue
			}
			v := a.Value(i)
			switch col.phys {
			case ptInt32:
				e.vals = le.AppendUint32(e.vals, uint32(v.LowBits()))
			case ptInt64:
				e.vals = le.AppendUint64(e.vals, v.LowBits())
			default:
				e.vals = binary.BigEndian.AppendUint64(e.vals, uint64(v.HighBits()))
				e.vals = binary.BigEndian.AppendUint64(e.vals, v.LowBits())
			}
			e.st.int(int64(v.LowBits())) // used only for precision <= 18
			e.st.count++
		}
	default:
		return fmt.Errorf("%w: %s", errType, a.DataType())
	}
	return nil
}

func (e *encoder) addBytes(v []byte) {
	e.vals = binary.LittleEndian.AppendUint32(e.vals, uint32(len(v)))
	e.vals = append(e.vals, v...)
	e.st.bytes(v)
	e.st.count++
}

type integer interface {
	~int8 | ~int16 | ~int32 | ~int64 | ~uint8 | ~uint16 | ~uint32 | ~uint64
}

// addInt appends the non-null values of a[lo:hi], times scale, as PLAIN
// values of width 4 or 8 bytes. Statistics track them as int64; unsigned
// columns write none, so uint64's wrap does not matter.
func addInt[T integer, A interface {
	IsValid(int) bool
	Value(int) T
}](e *encoder, a A, lo, hi int, scale int64, width int) {
	for i := lo; i < hi; i++ {
		if !a.IsValid(i) {
			continue
		}
		v := int64(a.Value(i)) * scale
		if width == 4 {
			e.vals = binary.LittleEndian.AppendUint32(e.vals, uint32(v))
		} else {
			e.vals = binary.LittleEndian.AppendUint64(e.vals, uint64(v))
		}
		e.st.int(v)
		e.st.count++
	}
}

// addFloat appends the non-null values of a[lo:hi] as PLAIN FLOAT or
// DOUBLE values.
func addFloat[T float32 | float64, A interface {
	IsValid(int) bool
	Value(int) T
}](e *encoder, a A, lo, hi int) {
	for i := lo; i < hi; i++ {
		if !a.IsValid(i) {
			continue
		}
		switch v := a.Value(i); any(v).(type) {
		case float32:
			e.vals = binary.LittleEndian.AppendUint32(e.vals, math.Float32bits(float32(v)))
		default:
			e.vals = binary.LittleEndian.AppendUint64(e.vals, math.Float64bits(float64(v)))
		}
		e.st.float(float64(a.Value(i)))
		e.st.count++
	}
}
