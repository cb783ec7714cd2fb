package parse

import (
	"sync"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// The fact slices of the three large families grow row by row while a
// document is read, so growing them from empty allocated two to three
// times their final size. They are built in scratch arrays reused from
// document to document instead, and the document gets an exact copy of
// each: one allocation of the final size.

type factScratch struct {
	capaian []facts.Capaian
	seri    []facts.CapaianSeri
	ang     []facts.Anggaran
	dpt     []facts.DPT
}

var factPool sync.Pool // of *factScratch

// lendScratch points the document's fact slices at scratch arrays,
// keeping any fact already read.
func lendScratch(doc *facts.Document) *factScratch {
	sc, _ := factPool.Get().(*factScratch)
	if sc == nil {
		sc = &factScratch{}
	}
	doc.Capaian = append(sc.capaian[:0], doc.Capaian...)
	doc.CapaianSeri = append(sc.seri[:0], doc.CapaianSeri...)
	doc.Anggaran = append(sc.ang[:0], doc.Anggaran...)
	doc.DPT = append(sc.dpt[:0], doc.DPT...)
	return sc
}

// returnScratch gives the document exact copies of its fact slices (nil
// when empty, as if never lent) and the arrays, cleared, to the pool.
func returnScratch(doc *facts.Document, sc *factScratch) {
	doc.Capaian, sc.capaian = exactCopy(doc.Capaian)
	doc.CapaianSeri, sc.seri = exactCopy(doc.CapaianSeri)
	doc.Anggaran, sc.ang = exactCopy(doc.Anggaran)
	doc.DPT, sc.dpt = exactCopy(doc.DPT)
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
