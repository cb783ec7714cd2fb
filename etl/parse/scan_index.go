package parse

import (
	"bytes"
	"sync"
	"unsafe"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// textIndex records which byte triples occur in the text, hashed to one
// bit each, read in one pass (issue 13). Each whole-text reader's gate
// looked for its words with bytes.Contains, a scan to the end of the text
// for every word a report does not hold (most of them): on the real reports
// and the national sample the gates cost a fifth of the parse. A word with
// a triple whose bit is clear cannot occur in the text, and the gate is
// answered without a scan; a word whose triples are all set is looked for
// as before, so every answer is bytes.Contains's own.
//
// The index belongs to one parse: TextWith binds it to the document it
// builds (bindIndex, releaseIndex), and a gate finds it through the doc
// its reader is handed, so no other parse ever reads it. It is built on
// the first question about a text, and built again when a reader hands the
// next one a new text (a reader that rewrites the text writes a new slice,
// as textMarks assumes too). A sub-slice of the indexed text is answered
// by the same bits: a word absent from the text is absent from any part.
type textIndex struct {
	text   []byte // the text the bits were read from
	builds int
	bits   [1 << (triBits - 6)]uint64
}

// triBits: 2^17 bits (16 KiB); a real report's 100 KB set about one bit in
// seven, so an absent word of three triples passes by chance once in 300.
const triBits = 17

// indexMin: a shorter text is scanned as before; the index would cost more.
const indexMin = 4096

// maxBuilds bounds the passes over a parse's texts: a text rewritten more
// often than this is scanned by each gate as before.
const maxBuilds = 4

// live: the indexes of the parses running, a pair each (as many as
// parses run at once: a list read under a lock allocates nothing, where a
// sync.Map stored a node per document).
var live struct {
	sync.Mutex
	docs []*facts.Document
	idx  []*textIndex
}

var indexPool sync.Pool // of *textIndex

// bindIndex gives doc's parse an index; releaseIndex takes it back.
func bindIndex(doc *facts.Document) {
	x, _ := indexPool.Get().(*textIndex)
	if x == nil {
		x = new(textIndex)
	}
	x.text, x.builds = nil, 0
	live.Lock()
	live.docs = append(live.docs, doc)
	live.idx = append(live.idx, x)
	live.Unlock()
}

func releaseIndex(doc *facts.Document) {
	live.Lock()
	defer live.Unlock()
	for i, d := range live.docs {
		if d == doc {
			x := live.idx[i]
			n := len(live.docs) - 1
			live.docs[i], live.idx[i] = live.docs[n], live.idx[n]
			live.docs[n], live.idx[n] = nil, nil
			live.docs, live.idx = live.docs[:n], live.idx[:n]
			x.text = nil // the pool keeps no text alive
			indexPool.Put(x)
			return
		}
	}
}

// boundIndex is doc's index, nil when no parse bound one.
func boundIndex(doc *facts.Document) *textIndex {
	live.Lock()
	defer live.Unlock()
	for i, d := range live.docs {
		if d == doc {
			return live.idx[i]
		}
	}
	return nil
}

// triIndexOf is the index that answers for data, nil when none does (no parse
// bound to doc, a short text, a text rewritten too often).
func triIndexOf(doc *facts.Document, data []byte) *textIndex {
	if doc == nil || len(data) < indexMin {
		return nil
	}
	x := boundIndex(doc)
	if x == nil {
		return nil
	}
	if x.covers(data) {
		return x
	}
	if x.builds >= maxBuilds {
		return nil
	}
	x.build(data)
	return x
}

// covers: data lies inside the indexed text.
func (x *textIndex) covers(data []byte) bool {
	if len(x.text) == 0 || len(data) > len(x.text) {
		return false
	}
	base := uintptr(unsafe.Pointer(unsafe.SliceData(x.text)))
	p := uintptr(unsafe.Pointer(unsafe.SliceData(data)))
	return p >= base && p-base <= uintptr(len(x.text)-len(data))
}

func triHash(a, b, c byte) uint32 {
	return (uint32(a) | uint32(b)<<8 | uint32(c)<<16) * 0x9E3779B1 >> (32 - triBits)
}

func (x *textIndex) build(text []byte) {
	x.text = text
	x.builds++
	clear(x.bits[:])
	if len(text) < 3 {
		return
	}
	a, b := text[0], text[1]
	for _, c := range text[2:] {
		h := triHash(a, b, c)
		x.bits[h>>6] |= 1 << (h & 63)
		a, b = b, c
	}
}

// mayHold is false when some triple of s does not occur in the text.
func (x *textIndex) mayHold(s string) bool { return triMay(x, s) }

// triMay is mayHold of a string or a byte slice (no conversion).
func triMay[S string | []byte](x *textIndex, s S) bool {
	for i := 0; i+3 <= len(s); i++ {
		h := triHash(s[i], s[i+1], s[i+2])
		if x.bits[h>>6]&(1<<(h&63)) == 0 {
			return false
		}
	}
	return true
}

// docMay is false when the index of doc's parse proves s absent from data;
// true means look (bytes.Index, a reader's own loop).
func docMay(doc *facts.Document, data []byte, s string) bool {
	x := triIndexOf(doc, data)
	return x == nil || x.mayHold(s)
}

// docHas is bytes.Contains(data, s), answered by doc's index where it can.
func docHas(doc *facts.Document, data []byte, s string) bool {
	return docMay(doc, data, s) && bytes.Contains(data, []byte(s))
}

// docHasAny: data holds one of words (bytes.Contains of each, in order).
func docHasAny(doc *facts.Document, data []byte, words ...string) bool {
	x := triIndexOf(doc, data)
	for _, w := range words {
		if (x == nil || x.mayHold(w)) && bytes.Contains(data, []byte(w)) {
			return true
		}
	}
	return false
}
