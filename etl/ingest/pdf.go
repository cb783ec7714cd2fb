package ingest

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"sync"
	"time"

	"github.com/kpu-ntt/lkj/etl/extract"
	"github.com/kpu-ntt/lkj/etl/facts"
	"github.com/kpu-ntt/lkj/etl/parse"
	"github.com/kpu-ntt/lkj/etl/pdftext"
)

// PDFOptions are the options every PDF of a run is converted with (the
// --ocr flag sets OCR).
var PDFOptions pdftext.Options

// PDFVersion is the reader version of PDFs: the text parser's and the
// layout step's, so a change in either re-reads the PDFs.
const PDFVersion = parse.Version + "+" + pdftext.Version

// A PDF that keeps PDFium busy longer than this is rejected alone (a
// 300-page report takes well under a minute); OCR is far slower.
const (
	pdfTimeout    = 10 * time.Minute
	pdfOCRTimeout = 3 * time.Hour
)

// isPDFFile reports whether the file at path starts like a PDF, whatever
// its name.
func isPDFFile(path string) bool {
	head, ok := fileHead(path, 1024)
	return ok && pdftext.IsPDF(head)
}

// fileHead returns up to n first bytes of the regular file at path; not
// ok for anything else, since opening a named pipe would block.
func fileHead(path string, n int) ([]byte, bool) {
	if st, err := os.Stat(path); err != nil || !st.Mode().IsRegular() {
		return nil, false
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, false
	}
	defer f.Close()
	head := make([]byte, n)
	k, _ := io.ReadFull(f, head)
	return head[:k], true
}

// readPDF derives the text of a PDF and parses it like a report text. The
// page of every line is kept as "pdf.halaman" findings (one per page, with
// the page's line range), so a fact's baris_awal/baris_akhir still lead a
// person to the page: lkj extract --halaman shows the same numbering.
func readPDF(src Source, data []byte, lim extract.Limits) (*facts.Document, error) {
	c, err := converters.get()
	if err != nil {
		return nil, err
	}
	limit := pdfTimeout
	if PDFOptions.OCR {
		limit = pdfOCRTimeout
	}
	ctx, cancel := context.WithTimeout(context.Background(), limit)
	res, err := c.Convert(ctx, data, PDFOptions)
	cancel()
	converters.put(c)
	if err != nil {
		return nil, pdfError(err)
	}
	doc, err := parse.TextWith(src.Path, res.Text, parse.Options{Limits: lim})
	if doc == nil {
		return nil, err
	}
	addPageFindings(doc, res)
	markOCR(doc, res)
	return doc, err
}

// pdfError words a conversion failure for the rejection record.
func pdfError(err error) error {
	switch {
	case errors.Is(err, pdftext.ErrEncrypted), errors.Is(err, pdftext.ErrScanned), errors.Is(err, pdftext.ErrNoOCR):
		return err
	case errors.Is(err, pdftext.ErrNotPDF):
		return fmt.Errorf("berkas bernama .pdf tetapi %w", err)
	}
	return fmt.Errorf("PDF tidak dapat dibaca: %w", err)
}

// addPageFindings records the line range of every page, and the
// converter's own findings (scanned pages, OCR) on their page's lines.
func addPageFindings(doc *facts.Document, res *pdftext.Result) {
	first := map[int]int{}
	last := map[int]int{}
	for i, p := range res.LinePage {
		if _, ok := first[p]; !ok {
			first[p] = i + 1
		}
		last[p] = i + 1
	}
	for p := 1; p <= res.Pages; p++ {
		s, ok := first[p]
		if !ok {
			continue
		}
		doc.Findings = append(doc.Findings, facts.Finding{
			Span: facts.Span{Start: s, End: last[p]}, Aturan: "pdf.halaman", Tingkat: facts.Info,
			Pesan: fmt.Sprintf("baris %d–%d berasal dari halaman %d PDF", s, last[p], p),
			Nilai: fmt.Sprint(p)})
	}
	for _, f := range res.Findings {
		doc.Findings = append(doc.Findings, facts.Finding{
			Span: facts.Span{Start: first[f.Page], End: last[f.Page]}, Aturan: f.Code,
			Tingkat: facts.Warning, Pesan: f.Message, Nilai: fmt.Sprint(f.Page)})
	}
}

// markOCR lowers the confidence of facts read from OCR lines: SAKIP
// results get keyakinan "rendah" (as the photographed SAKIP table does);
// every such fact gets a pdf.ocr_keyakinan_rendah finding on its lines.
func markOCR(doc *facts.Document, res *pdftext.Result) {
	fromOCR := func(s facts.Span) bool {
		for l := s.Start; l <= s.End; l++ {
			if l >= 1 && l <= len(res.LineOCR) && res.LineOCR[l-1] {
				return true
			}
		}
		return false
	}
	var spans []facts.Span
	for i := range doc.Sakip {
		if fromOCR(doc.Sakip[i].Span) {
			doc.Sakip[i].Keyakinan = "rendah"
			spans = append(spans, doc.Sakip[i].Span)
		}
	}
	for _, s := range factSpans(doc) {
		if fromOCR(s) {
			spans = append(spans, s)
		}
	}
	seen := map[facts.Span]bool{}
	for _, s := range spans {
		if seen[s] {
			continue
		}
		seen[s] = true
		doc.Findings = append(doc.Findings, facts.Finding{Span: s, Aturan: "pdf.ocr_keyakinan_rendah",
			Tingkat: facts.Warning, Pesan: fmt.Sprintf("baris %d–%d dibaca dengan OCR dari halaman hasil pindai; keyakinan rendah, periksa dengan dokumen aslinya", s.Start, s.End)})
	}
}

// factSpans lists the spans of facts other than SAKIP results.
func factSpans(doc *facts.Document) []facts.Span {
	var out []facts.Span
	add := func(n int, span func(i int) facts.Span) {
		for i := range n {
			out = append(out, span(i))
		}
	}
	add(len(doc.Capaian), func(i int) facts.Span { return doc.Capaian[i].Span })
	add(len(doc.CapaianSeri), func(i int) facts.Span { return doc.CapaianSeri[i].Span })
	add(len(doc.Anggaran), func(i int) facts.Span { return doc.Anggaran[i].Span })
	add(len(doc.SakipKomponen), func(i int) facts.Span { return doc.SakipKomponen[i].Span })
	add(len(doc.RB), func(i int) facts.Span { return doc.RB[i].Span })
	add(len(doc.DPT), func(i int) facts.Span { return doc.DPT[i].Span })
	return out
}

// converterPool keeps at most one PDFium instance per concurrent reader
// (ingest's workers): a reader takes an idle converter or starts one, and
// gives it back after the document. Converters idle for a minute are
// closed, so a long-lived process does not keep their memory.
type converterPool struct {
	mu   sync.Mutex
	idle []*idleConverter
}

type idleConverter struct {
	c     *pdftext.Converter
	timer *time.Timer
}

var converters = &converterPool{}

const converterIdle = time.Minute

func (p *converterPool) get() (*pdftext.Converter, error) {
	p.mu.Lock()
	for len(p.idle) > 0 {
		ic := p.idle[len(p.idle)-1]
		p.idle = p.idle[:len(p.idle)-1]
		if ic.timer.Stop() {
			p.mu.Unlock()
			return ic.c, nil
		}
	}
	p.mu.Unlock()
	c, err := pdftext.NewConverter(pdftext.Config{})
	if err != nil {
		return nil, fmt.Errorf("PDFium tidak dapat dimulai: %w", err)
	}
	return c, nil
}

func (p *converterPool) put(c *pdftext.Converter) {
	p.mu.Lock()
	defer p.mu.Unlock()
	ic := &idleConverter{c: c}
	ic.timer = time.AfterFunc(converterIdle, func() {
		p.mu.Lock()
		for i, x := range p.idle {
			if x == ic {
				p.idle = append(p.idle[:i], p.idle[i+1:]...)
				break
			}
		}
		p.mu.Unlock()
		c.Close()
	})
	p.idle = append(p.idle, ic)
}
