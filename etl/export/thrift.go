package export

import (
	"encoding/binary"
	"errors"
	"fmt"
)

// Parquet's page headers and footer are Thrift structs in the compact
// protocol (https://github.com/apache/thrift/blob/master/doc/specs/thrift-compact-protocol.md).
// The exporter writes the few structs it needs by hand and reads back only
// the footer's row count, so it needs no Thrift library.

// Compact protocol type codes.
const (
	tcTrue   = 1
	tcFalse  = 2
	tcByte   = 3
	tcI16    = 4
	tcI32    = 5
	tcI64    = 6
	tcDouble = 7
	tcBinary = 8
	tcList   = 9
	tcSet    = 10
	tcMap    = 11
	tcStruct = 12
)

// thriftWriter appends compact-protocol Thrift to b. Field ids must rise
// within a struct, as the structs below are written.
type thriftWriter struct {
	b     []byte
	last  int16   // previous field id in the current struct
	stack []int16 // last of the enclosing structs
}

func (w *thriftWriter) reset() { w.b, w.last, w.stack = w.b[:0], 0, w.stack[:0] }

func (w *thriftWriter) field(id int16, typ byte) {
	if d := id - w.last; d > 0 && d <= 15 {
		w.b = append(w.b, byte(d)<<4|typ)
	} else {
		w.b = append(w.b, typ)
		w.b = binary.AppendVarint(w.b, int64(id))
	}
	w.last = id
}

func (w *thriftWriter) i32(id int16, v int32) {
	w.field(id, tcI32)
	w.b = binary.AppendVarint(w.b, int64(v))
}

func (w *thriftWriter) i64(id int16, v int64) {
	w.field(id, tcI64)
	w.b = binary.AppendVarint(w.b, v)
}

func (w *thriftWriter) i16(id int16, v int16) {
	w.field(id, tcI16)
	w.b = binary.AppendVarint(w.b, int64(v))
}

func (w *thriftWriter) byte(id int16, v int8) {
	w.field(id, tcByte)
	w.b = append(w.b, byte(v))
}

func (w *thriftWriter) bool(id int16, v bool) {
	if v {
		w.field(id, tcTrue)
	} else {
		w.field(id, tcFalse)
	}
}

func (w *thriftWriter) binary(id int16, v []byte) {
	w.field(id, tcBinary)
	w.b = binary.AppendUvarint(w.b, uint64(len(v)))
	w.b = append(w.b, v...)
}

func (w *thriftWriter) string(id int16, v string) {
	w.field(id, tcBinary)
	w.b = binary.AppendUvarint(w.b, uint64(len(v)))
	w.b = append(w.b, v...)
}

// list starts a list field of n elements of type elem; the caller then
// writes the elements with the element helpers below.
func (w *thriftWriter) list(id int16, elem byte, n int) {
	w.field(id, tcList)
	if n < 15 {
		w.b = append(w.b, byte(n)<<4|elem)
	} else {
		w.b = append(w.b, 0xf0|elem)
		w.b = binary.AppendUvarint(w.b, uint64(n))
	}
}

func (w *thriftWriter) elemI32(v int32) { w.b = binary.AppendVarint(w.b, int64(v)) }

func (w *thriftWriter) elemString(v string) {
	w.b = binary.AppendUvarint(w.b, uint64(len(v)))
	w.b = append(w.b, v...)
}

// begin opens a struct: a field of the enclosing struct when id > 0, a
// list element when id == 0.
func (w *thriftWriter) begin(id int16) {
	if id > 0 {
		w.field(id, tcStruct)
	}
	w.stack = append(w.stack, w.last)
	w.last = 0
}

// end closes the struct begin opened.
func (w *thriftWriter) end() {
	w.b = append(w.b, 0)
	w.last = w.stack[len(w.stack)-1]
	w.stack = w.stack[:len(w.stack)-1]
}

// empty writes a field holding an empty struct (a union's marker).
func (w *thriftWriter) empty(id int16) {
	w.begin(id)
	w.end()
}

// footerRowCount decodes num_rows (field 3) from a FileMetaData struct,
// skipping every other field.
func footerRowCount(b []byte) (int64, error) {
	r := thriftReader{b: b}
	var last int16
	for {
		id, typ, ok := r.fieldHeader(&last)
		if r.err != nil {
			return 0, r.err
		}
		if !ok {
			return 0, errors.New("footer has no num_rows")
		}
		if id == 3 && typ == tcI64 {
			n := r.varint()
			return n, r.err
		}
		r.skip(typ, 0)
	}
}

type thriftReader struct {
	b   []byte
	err error
}

func (r *thriftReader) fail(format string, a ...any) {
	if r.err == nil {
		r.err = fmt.Errorf("footer: "+format, a...)
	}
	r.b = nil
}

func (r *thriftReader) next(n int) []byte {
	if n < 0 || n > len(r.b) {
		r.fail("truncated")
		return nil
	}
	v := r.b[:n]
	r.b = r.b[n:]
	return v
}

func (r *thriftReader) uvarint() uint64 {
	v, n := binary.Uvarint(r.b)
	if n <= 0 {
		r.fail("bad varint")
		return 0
	}
	r.b = r.b[n:]
	return v
}

func (r *thriftReader) varint() int64 {
	v, n := binary.Varint(r.b)
	if n <= 0 {
		r.fail("bad varint")
		return 0
	}
	r.b = r.b[n:]
	return v
}

// fieldHeader reads a field header; ok is false at the struct's stop byte.
func (r *thriftReader) fieldHeader(last *int16) (id int16, typ byte, ok bool) {
	h := r.next(1)
	if len(h) == 0 || h[0] == 0 {
		return 0, 0, false
	}
	typ = h[0] & 0x0f
	if d := int16(h[0] >> 4); d != 0 {
		id = *last + d
	} else {
		id = int16(r.varint())
	}
	*last = id
	return id, typ, true
}

// skip passes over one value of type typ; depth bounds nesting so a
// corrupt footer cannot recurse without end.
func (r *thriftReader) skip(typ byte, depth int) {
	if depth > 32 {
		r.fail("nested too deep")
		return
	}
	switch typ {
	case tcTrue, tcFalse:
	case tcByte:
		r.next(1)
	case tcI16, tcI32, tcI64:
		r.varint()
	case tcDouble:
		r.next(8)
	case tcBinary:
		r.next(int(r.uvarint()))
	case tcList, tcSet:
		h := r.next(1)
		if len(h) == 0 {
			return
		}
		n, elem := uint64(h[0]>>4), h[0]&0x0f
		if n == 15 {
			n = r.uvarint()
		}
		for i := uint64(0); i < n && r.err == nil; i++ {
			if elem == tcTrue || elem == tcFalse {
				r.next(1) // a bool element takes a byte
				continue
			}
			r.skip(elem, depth+1)
		}
	case tcMap:
		n := r.uvarint()
		if n == 0 {
			return
		}
		kv := r.next(1)
		if len(kv) == 0 {
			return
		}
		for i := uint64(0); i < n && r.err == nil; i++ {
			r.skip(kv[0]>>4, depth+1)
			r.skip(kv[0]&0x0f, depth+1)
		}
	case tcStruct:
		var last int16
		for r.err == nil {
			_, t, ok := r.fieldHeader(&last)
			if !ok {
				return
			}
			r.skip(t, depth+1)
		}
	default:
		r.fail("unknown type %d", typ)
	}
}
