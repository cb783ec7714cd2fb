package parse

import (
	"fmt"
	"math/bits"
	"reflect"
	"sync"
	"unsafe"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// The text a document is read from was one string allocated per document,
// a byte per input byte, kept alive by the few facts that hold substrings
// of it. It is read from a pooled buffer instead, and before the document
// is handed back every fact string that points into the buffer moves to
// one fresh array holding only the bytes facts use (the union of their
// ranges): the document owns its text, and the buffer serves the next one.
//
// The walk finds the strings of a Document from its type (docStrings,
// built once by reflection), so a field added to facts is moved too; a
// type it cannot walk (a slice of strings, a map, an interface) turns the
// pooled path off and parse copies the text as before.

// textBuf is a pooled copy of a document's text and the bitmap rehome uses.
type textBuf struct {
	b     []byte    // the text, then (to its capacity) room for arena
	arena []byte    // b's room past the text: the cells extract joins
	used  []uint64  // a bit per byte of b that some fact string holds
	rank  []int32   // the set bits in used before each word
	in    []*string // the strings of the document in b
}

var textPool sync.Pool // of *textBuf

// lendText returns text as a string over a pooled buffer, and an arena
// in the same buffer for the cells extract joins (nil, nil when the facts
// cannot be walked: then the string is a copy of its own).
func lendText(text []byte) (string, *textBuf) {
	if docStringsErr != nil || len(text) == 0 {
		return string(text), nil
	}
	tb, _ := textPool.Get().(*textBuf)
	if tb == nil {
		tb = &textBuf{}
	}
	// room for the joined cells: about a third of a byte per byte of
	// tables; a document that needs more allocates the rest
	if room := len(text)/2 + 4096; cap(tb.b) < len(text)+room {
		tb.b = make([]byte, len(text), len(text)+room+room/2)
	}
	tb.b = tb.b[:len(text)]
	copy(tb.b, text)
	tb.arena = tb.b[len(text):len(text)]
	return unsafe.String(&tb.b[0], len(tb.b)), tb
}

// arenaOf is tb's arena for extract.TextLentIn (nil without a buffer).
func arenaOf(tb *textBuf) *[]byte {
	if tb == nil {
		return nil
	}
	return &tb.arena
}

// rehome moves every string of doc that points into tb to one array of
// its own, and pools tb. After it no string of doc refers to tb.
func rehome(doc *facts.Document, tb *textBuf) {
	if tb == nil {
		return
	}
	full := tb.b[:len(tb.b)+len(tb.arena)] // the text and the arena's part in use
	base := uintptr(unsafe.Pointer(unsafe.SliceData(full)))
	n := uintptr(len(full))
	words := (len(full) + 63) / 64
	if cap(tb.used) < words {
		tb.used = make([]uint64, words)
		tb.rank = make([]int32, words)
	}
	used := tb.used[:words]
	clear(used)
	// mark the bytes each string in the buffer covers, and keep where the
	// string lies
	in := tb.in[:0]
	mark := func(s *string) {
		if off := uintptr(unsafe.Pointer(unsafe.StringData(*s))) - base; off < n && len(*s) > 0 { // below base wraps around
			markRange(used, int(off), int(off)+len(*s))
			in = append(in, s)
		}
	}
	d := unsafe.Pointer(doc)
	for _, o := range docStrings.direct {
		mark((*string)(unsafe.Add(d, o)))
	}
	for _, sl := range docStrings.slices {
		h := (*sliceHeader)(unsafe.Add(d, sl.off))
		for i := 0; i < h.len; i++ {
			e := unsafe.Add(h.data, uintptr(i)*sl.size)
			for _, o := range sl.strs {
				mark((*string)(unsafe.Add(e, o)))
			}
		}
	}
	if len(in) > 0 {
		rank := tb.rank[:words]
		total := int32(0)
		for i, w := range used {
			rank[i] = total
			total += int32(bits.OnesCount64(w))
		}
		out := make([]byte, total)
		// copy each run of marked bytes to its place in out
		k := 0
		for i := 0; i < len(full); {
			w := used[i/64] >> (i % 64)
			if w == 0 {
				i = (i/64 + 1) * 64
				continue
			}
			i += bits.TrailingZeros64(w)
			j := runEnd(used, i)
			k += copy(out[k:], full[i:j])
			i = j
		}
		for _, s := range in {
			k := rankAt(used, rank, int(uintptr(unsafe.Pointer(unsafe.StringData(*s)))-base))
			*s = unsafe.String(&out[k], len(*s))
		}
	}
	clear(in)
	tb.in = in[:0]
	clear(full) // the pool holds no text of the document
	tb.arena = nil
	textPool.Put(tb)
}

// runEnd is the first unmarked byte at or after i.
func runEnd(used []uint64, i int) int {
	for w := i / 64; w < len(used); w++ {
		x := ^used[w]
		if w == i/64 {
			x &= ^uint64(0) << (i % 64)
		}
		if x != 0 {
			return w*64 + bits.TrailingZeros64(x)
		}
	}
	return len(used) * 64
}

// markRange sets the bits [from, to) of used.
func markRange(used []uint64, from, to int) {
	for from < to {
		w, b := from/64, from%64
		if b == 0 && to-from >= 64 {
			used[w] = ^uint64(0)
			from += 64
			continue
		}
		k := min(64-b, to-from)
		used[w] |= (^uint64(0) >> (64 - k)) << b
		from += k
	}
}

// rankAt is the number of marked bytes before byte i.
func rankAt(used []uint64, rank []int32, i int) int {
	return int(rank[i/64]) + bits.OnesCount64(used[i/64]&(1<<(i%64)-1))
}

// stringWalk is where the strings of a Document lie: at fixed offsets in
// the Document itself, and at fixed offsets in each element of its slices.
type stringWalk struct {
	direct []uintptr
	slices []sliceStrings
}

type sliceStrings struct {
	off, size uintptr   // the slice header's offset, the element's size
	strs      []uintptr // the strings' offsets in an element
}

// sliceHeader is the layout of a slice value.
type sliceHeader struct {
	data     unsafe.Pointer
	len, cap int
}

var docStrings, docStringsErr = walkOf(reflect.TypeOf(facts.Document{}))

// walkOf builds the walk of the Document type t: its fields are structs,
// strings, scalars, pointers to scalars, or slices of structs of those.
func walkOf(t reflect.Type) (stringWalk, error) {
	var w stringWalk
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		if f.Type.Kind() == reflect.Slice {
			if f.Type.Elem().Kind() != reflect.Struct {
				return w, fmt.Errorf("rehome: %s.%s: a slice of %s", t.Name(), f.Name, f.Type.Elem())
			}
			strs, err := stringOffsets(f.Type.Elem(), 0)
			if err != nil {
				return w, err
			}
			w.slices = append(w.slices, sliceStrings{off: f.Offset, size: f.Type.Elem().Size(), strs: strs})
			continue
		}
		strs, err := fieldStrings(t, f, 0)
		if err != nil {
			return w, err
		}
		w.direct = append(w.direct, strs...)
	}
	return w, nil
}

// stringOffsets lists the offsets of the strings of struct type t, at
// offset base.
func stringOffsets(t reflect.Type, base uintptr) ([]uintptr, error) {
	var out []uintptr
	for i := 0; i < t.NumField(); i++ {
		strs, err := fieldStrings(t, t.Field(i), base)
		if err != nil {
			return nil, err
		}
		out = append(out, strs...)
	}
	return out, nil
}

// fieldStrings lists the strings of field f of t.
func fieldStrings(t reflect.Type, f reflect.StructField, base uintptr) ([]uintptr, error) {
	k := f.Type.Kind()
	switch {
	case k == reflect.String:
		return []uintptr{base + f.Offset}, nil
	case k == reflect.Struct:
		return stringOffsets(f.Type, base+f.Offset)
	case scalarKind(k), k == reflect.Pointer && scalarKind(f.Type.Elem().Kind()):
		return nil, nil
	}
	return nil, fmt.Errorf("rehome: %s.%s: a field of type %s cannot be walked", t.Name(), f.Name, f.Type)
}

func scalarKind(k reflect.Kind) bool {
	switch k {
	case reflect.Bool, reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Float32, reflect.Float64:
		return true
	}
	return false
}
