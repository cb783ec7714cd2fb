package parse

import (
	"sync"
	"unsafe"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// The fact slices of the three large families grow row by row while a
// document is read, so growing them from empty allocated two to three
// times their final size. They are built in scratch arrays reused from
// document to document instead, and the document gets an exact copy of
// each: one allocation of the final size. The findings likewise: a
// report's findings are as many as its facts of a family.

type factScratch struct {
	capaian []facts.Capaian
	seri    []facts.CapaianSeri
	ang     []facts.Anggaran
	dpt     []facts.DPT
	finds   []facts.Finding
	meta    []capMeta // the parser's note beside each capaian fact
	angMeta []angMeta // and beside each anggaran fact
	capSlab []capRow  // capaianTable's logical rows (p.capSlab), cleared after each table
	capRows []*capRow
}

var factPool sync.Pool // of *factScratch

// lendScratch points the document's fact slices, and the notes *meta and
// *angMeta the parser keeps beside its capaian and anggaran facts, at
// scratch arrays, keeping any fact or note already there.
func lendScratch(doc *facts.Document, meta *[]capMeta, angMeta *[]angMeta) *factScratch {
	sc, _ := factPool.Get().(*factScratch)
	if sc == nil {
		sc = &factScratch{}
	}
	doc.Capaian = append(sc.capaian[:0], doc.Capaian...)
	doc.CapaianSeri = append(sc.seri[:0], doc.CapaianSeri...)
	doc.Anggaran = append(sc.ang[:0], doc.Anggaran...)
	doc.DPT = append(sc.dpt[:0], doc.DPT...)
	doc.Findings = append(sc.finds[:0], doc.Findings...)
	*meta = append(sc.meta[:0], *meta...)
	*angMeta = append(sc.angMeta[:0], *angMeta...)
	return sc
}

// returnScratch gives the document exact copies of its fact slices (nil
// when empty, as if never lent) and the arrays, cleared, to the pool,
// with meta's and angMeta's arrays: the parser is done with its notes
// (they hold no text, so need no clearing).
func returnScratch(doc *facts.Document, sc *factScratch, meta []capMeta, angMeta []angMeta) {
	doc.Capaian, sc.capaian = exactCopy(doc.Capaian)
	doc.CapaianSeri, sc.seri = exactCopy(doc.CapaianSeri)
	doc.Anggaran, sc.ang = exactCopy(doc.Anggaran)
	doc.DPT, sc.dpt = exactCopy(doc.DPT)
	doc.Findings, sc.finds = exactCopy(doc.Findings)
	sc.meta = meta[:0]
	sc.angMeta = angMeta[:0]
	factPool.Put(sc)
}

// exactCopy returns a copy of s with no spare capacity (nil when s is
// empty) and s's array cleared to its capacity, so the pool holds no
// text of the document.
func exactCopy[T any](s []T) (out, scratch []T) {
	if len(s) > 0 {
		out = make([]T, len(s))
		copy(out, s)
	}
	scratch = s[:cap(s)]
	clear(scratch)
	return out, scratch[:0]
}

// parserScratch is the parser's scratch that outlives no call: readTitle's
// and heading's bytes (p.titleJoin, p.upBuf: texts joined or upper-cased,
// read and dropped before the next is written, kept by no fact or cache),
// afterTable's spans (p.spanBuf, p.findBuf: line numbers) and the line
// offsets of the text (p.lineOff, kv.go), reused from document to document
// instead of grown from empty in each.
type parserScratch struct {
	join, up     []byte
	spans, finds []facts.Span
	lines        []int
}

var parserPool sync.Pool // of *parserScratch

// parserScratchMax is the largest buffer pooled (bytes or spans): a
// document with a huge title block or table does not pin its size for
// every later one.
const parserScratchMax = 1 << 16

// lendParserScratch gives p pooled scratch (empty).
func (p *parser) lendParserScratch() {
	if ps, _ := parserPool.Get().(*parserScratch); ps != nil {
		p.titleJoin, p.upBuf, p.spanBuf, p.findBuf, p.lineBuf = ps.join, ps.up, ps.spans, ps.finds, ps.lines
	}
}

// returnParserScratch pools p's scratch, the bytes cleared so the pool
// holds no text of the document; p does not use it after.
func (p *parser) returnParserScratch() {
	ps := &parserScratch{}
	if cap(p.titleJoin) <= parserScratchMax {
		ps.join = p.titleJoin[:cap(p.titleJoin)]
		clear(ps.join)
		ps.join = ps.join[:0]
	}
	if cap(p.upBuf) <= parserScratchMax {
		ps.up = p.upBuf[:cap(p.upBuf)]
		clear(ps.up)
		ps.up = ps.up[:0]
	}
	if cap(p.spanBuf) <= parserScratchMax {
		ps.spans = p.spanBuf[:0] // line numbers only: nothing to clear
	}
	if cap(p.findBuf) <= parserScratchMax {
		ps.finds = p.findBuf[:0]
	}
	if p.lineOff != nil {
		p.lineBuf = p.lineOff
	}
	if cap(p.lineBuf) <= parserScratchMax {
		ps.lines = p.lineBuf[:0] // byte offsets only: nothing to clear
	}
	p.titleJoin, p.upBuf, p.spanBuf, p.findBuf, p.lineOff, p.lineBuf = nil, nil, nil, nil, nil, nil
	parserPool.Put(ps)
}

// bytesView is b read as a string without a copy, for a test that keeps
// nothing of it (a gate's yes or no): the string must not outlive a call
// nor be stored, since b's bytes may change after.
func bytesView(b []byte) string {
	return unsafe.String(unsafe.SliceData(b), len(b))
}
