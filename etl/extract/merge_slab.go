package extract

import "sync"

// slab holds, for one document whose blocks are lent, the arrays of the
// rows merged from several lines: each such row's own copy of its cells
// and its list of lines. They were two allocations per merged row, the
// extractor's largest after the text; carved from a pooled array, they
// serve the next document once the caller is done (TextLentIn's done).
type slab struct {
	strs []string
	rows [][]string
}

var slabPool sync.Pool // of *slab

func getSlab() *slab {
	if s, ok := slabPool.Get().(*slab); ok {
		return s
	}
	return new(slab)
}

// putSlab clears the arrays (no pooled array holds a document's text)
// and pools them.
func putSlab(s *slab) {
	a := s.strs[:cap(s.strs)]
	clear(a)
	s.strs = a[:0]
	b := s.rows[:cap(s.rows)]
	clear(b)
	s.rows = b[:0]
	slabPool.Put(s)
}

// strings returns an empty slice with room for n cells and none beyond (an
// append past n copies, as from an array of its own); a nil slab makes
// one. A full slab moves to a larger array; the slices carved before stay
// in the old one.
func (s *slab) strings(n int) []string {
	if s == nil {
		return make([]string, 0, n)
	}
	return carve(&s.strs, n)
}

// lines is strings for a row's list of lines.
func (s *slab) lines(n int) [][]string {
	if s == nil {
		return make([][]string, 0, n)
	}
	return carve(&s.rows, n)
}

func carve[T any](arena *[]T, n int) []T {
	a := *arena
	if cap(a)-len(a) < n {
		a = make([]T, 0, max(2*cap(a), n, 256))
	}
	k := len(a)
	*arena = a[:k+n]
	return a[k : k : k+n]
}
