package parse

import (
	"strings"
	"sync"
)

// The cell predicates (valueLike, wordValue, shardLike, wellFormedValue)
// are asked of the same cells again and again: by the classifier, by the
// family parsers, and for every copy of a header or value a report
// repeats. Each answer is a pure function of the cell's text, so it is
// computed once and shared: one map look-up instead of a ParseValue (a
// lock, a look-up and an allocation) per question.

// cell predicate bits
const (
	ccValueLike uint8 = 1 << iota
	ccWordValue
	ccShardLike
	ccWellFormed
)

// cellClassMax bounds the memo; it starts afresh when full, so a national
// ingest does not keep every cell it ever saw.
const cellClassMax = 1 << 16

// cellClassLen is the longest cell the memo keeps. Indicator names run to
// ~240 bytes and are asked again in every table and every report that
// states them (44 distinct names made 10,470 of the national sample's
// 12,138 first-time valueLike questions when the bound was 64 bytes);
// longer cells are prose.
const cellClassLen = 256

var cellClasses struct {
	sync.RWMutex
	m map[string]*cellClass
}

// cellClass holds, per predicate bit, whether it is known and its answer.
// The map holds pointers: a bit learnt later is set in place. Assigning
// to an entry that exists would replace its key with the string given, a
// substring of the document's text, which is a pooled buffer the next
// document overwrites (scan_rehome.go): a key whose bytes change under
// the map.
type cellClass struct{ known, yes uint8 }

// cellIs answers predicate bit of c, computing it with f on first ask.
func cellIs(c string, bit uint8, f func(string) bool) bool {
	if len(c) > cellClassLen {
		return f(c) // prose: rarely asked twice
	}
	cellClasses.RLock()
	var cl cellClass
	p, ok := cellClasses.m[c]
	if ok {
		cl = *p
	}
	cellClasses.RUnlock()
	if ok && cl.known&bit != 0 {
		return cl.yes&bit != 0
	}
	v := f(c)
	cellClasses.Lock()
	if cellClasses.m == nil || len(cellClasses.m) >= cellClassMax {
		cellClasses.m = make(map[string]*cellClass, 1024)
	}
	p, ok = cellClasses.m[c]
	if !ok {
		p = new(cellClass)
		cellClasses.m[strings.Clone(c)] = p // a copy: never keep a document's text
	}
	p.known |= bit
	if v {
		p.yes |= bit
	}
	cellClasses.Unlock()
	return v
}
