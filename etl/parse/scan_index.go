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
//
// A word that passes the bits is looked for once per indexed text: first
// keeps where bytes.Index found it in the whole text (-1: absent), since a
// few hundred gates ask the same text for the same words ("Realisasi",
// "Pagu", "Actual") and a word absent or far into the text cost a scan to
// the end for every gate that asked. A later question about the whole text
// is answered by first; one about a sub-slice by first where the found
// occurrence lies inside it or the word is absent, by bytes.Contains on the
// slice otherwise — the same answers bytes.Contains gives.
type textIndex struct {
	text   []byte // the text the bits were read from
	builds int
	first  map[string]int // word → bytes.Index(text, word), whole-text questions only
	bits   [1 << (triBits - 6)]uint64
	quads  [1 << (triBits - 6)]uint64 // byte quadruples, hashed like bits
	pairs  [1 << (16 - 6)]uint64      // byte pairs, one bit each: exact
	ones   [4]uint64                  // bytes, one bit each: exact
}

// triBits: 2^17 bits (16 KiB); a real report's 100 KB set about one bit in
// seven, so an absent word of three triples passes by chance once in 300.
const triBits = 17

// The pairs and single bytes are kept exactly (8 KiB, 32 B): a word of
// one or two bytes ("[{", "|*", "¶", "^R") has no triple and cost a scan
// of the whole text in every parse, and its bit is its answer for the
// whole text. The quadruples (hashed, 16 KiB) refuse the longer words whose
// triples all occur in an Indonesian report although the word does not
// ("atalog", "Jumlah Program", "Rentang"): those were most of the scans
// left after the triples.

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

// spare: indexes no parse holds, kept under live's lock for the next
// parses (at most maxSpare). A sync.Pool dropped them at every GC, and an
// index (40 KiB) allocated again each cycle showed in B/op.
var spare []*textIndex

const maxSpare = 8

// bindIndex gives doc's parse an index; releaseIndex takes it back.
func bindIndex(doc *facts.Document) {
	live.Lock()
	defer live.Unlock()
	var x *textIndex
	if n := len(spare); n > 0 {
		x, spare[n-1] = spare[n-1], nil
		spare = spare[:n-1]
	} else {
		x = new(textIndex)
	}
	x.text, x.builds = nil, 0
	live.docs = append(live.docs, doc)
	live.idx = append(live.idx, x)
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
			x.text = nil // a spare keeps no text alive
			clear(x.first)
			if len(spare) < maxSpare {
				spare = append(spare, x)
			}
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

func quadHash(a, b, c, d byte) uint32 {
	return (uint32(a) | uint32(b)<<8 | uint32(c)<<16 | uint32(d)<<24) * 0x9E3779B1 >> (32 - triBits)
}

func (x *textIndex) build(text []byte) {
	x.text = text
	x.builds++
	clear(x.bits[:])
	clear(x.quads[:])
	clear(x.pairs[:])
	clear(x.ones[:])
	clear(x.first)
	// v holds the last four bytes, the oldest lowest, as quadHash reads
	// them: v>>8 is the last triple as triHash reads it, v>>16 the last pair.
	var v uint32
	for i, d := range text {
		v = v>>8 | uint32(d)<<24
		x.ones[d>>6] |= 1 << (d & 63)
		if i < 3 {
			if i >= 1 {
				x.setPair(v >> 16)
			}
			if i == 2 {
				h := (v >> 8) * 0x9E3779B1 >> (32 - triBits)
				x.bits[h>>6] |= 1 << (h & 63)
			}
			continue
		}
		x.setPair(v >> 16)
		h := (v >> 8) * 0x9E3779B1 >> (32 - triBits)
		x.bits[h>>6] |= 1 << (h & 63)
		h = v * 0x9E3779B1 >> (32 - triBits)
		x.quads[h>>6] |= 1 << (h & 63)
	}
}

func (x *textIndex) setPair(p uint32) { x.pairs[p>>6] |= 1 << (p & 63) }

// mayHold is false when some byte, pair, triple or quadruple of s does not
// occur in the text.
func (x *textIndex) mayHold(s string) bool { return triMay(x, s) }

// triMay is mayHold of a string or a byte slice (no conversion). For s of
// one or two bytes the answer is exact: true only when s occurs.
func triMay[S string | []byte](x *textIndex, s S) bool {
	switch len(s) {
	case 0:
		return true
	case 1:
		return x.ones[s[0]>>6]&(1<<(s[0]&63)) != 0
	case 2:
		p := uint32(s[0]) | uint32(s[1])<<8
		return x.pairs[p>>6]&(1<<(p&63)) != 0
	}
	for i := 0; i+3 <= len(s); i++ {
		h := triHash(s[i], s[i+1], s[i+2])
		if x.bits[h>>6]&(1<<(h&63)) == 0 {
			return false
		}
	}
	for i := 0; i+4 <= len(s); i++ {
		h := quadHash(s[i], s[i+1], s[i+2], s[i+3])
		if x.quads[h>>6]&(1<<(h&63)) == 0 {
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

// has is bytes.Contains(data, w) for data inside x's text: the bits first,
// then the remembered first occurrence (see textIndex), then a scan.
func (x *textIndex) has(data []byte, w string) bool {
	if !x.mayHold(w) {
		return false
	}
	whole := len(data) == len(x.text) // covers holds: data is the text itself
	if whole && len(w) <= 2 {
		return true // the exact bits said so
	}
	p, ok := x.first[w]
	if !ok {
		if !whole {
			return bytes.Contains(data, []byte(w))
		}
		p = bytes.Index(data, []byte(w))
		if x.first == nil {
			x.first = make(map[string]int, 64)
		}
		x.first[w] = p
	}
	if p < 0 {
		return false
	}
	off := int(uintptr(unsafe.Pointer(unsafe.SliceData(data))) - uintptr(unsafe.Pointer(unsafe.SliceData(x.text))))
	if p >= off && p+len(w) <= off+len(data) {
		return true
	}
	return bytes.Contains(data, []byte(w))
}

// docHas is bytes.Contains(data, s), answered by doc's index where it can.
func docHas(doc *facts.Document, data []byte, s string) bool {
	if x := triIndexOf(doc, data); x != nil {
		return x.has(data, s)
	}
	return bytes.Contains(data, []byte(s))
}

// docHasAny: data holds one of words (bytes.Contains of each, in order).
func docHasAny(doc *facts.Document, data []byte, words ...string) bool {
	x := triIndexOf(doc, data)
	for _, w := range words {
		if x != nil {
			if x.has(data, w) {
				return true
			}
		} else if bytes.Contains(data, []byte(w)) {
			return true
		}
	}
	return false
}
