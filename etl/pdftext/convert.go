package pdftext

import (
	"context"
	"fmt"
	"strings"

	"github.com/klippa-app/go-pdfium"
	"github.com/klippa-app/go-pdfium/references"
	"github.com/klippa-app/go-pdfium/requests"
)

// convertDoc reads every page, lays it out and joins the pages.
func convertDoc(ctx context.Context, inst pdfium.Pdfium, doc references.FPDF_DOCUMENT, opt Options) (*Result, error) {
	pc, err := inst.FPDF_GetPageCount(&requests.FPDF_GetPageCount{Document: doc})
	if err != nil {
		return nil, fmt.Errorf("%w (jumlah halaman: %v)", ErrCorrupt, err)
	}
	res := &Result{Pages: pc.PageCount}
	pages := make([][]outLine, pc.PageCount)
	for i := 0; i < pc.PageCount; i++ {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		p, err := readPage(inst, doc, i)
		if err != nil {
			return nil, fmt.Errorf("%w: %v", ErrCorrupt, err)
		}
		pages[i] = layoutPage(p)
	}
	if !opt.KeepRunning {
		dropRunning(pages)
	}
	var b strings.Builder
	for i, lines := range pages {
		if i > 0 {
			b.WriteString("\f\n")
			res.LinePage = append(res.LinePage, i+1)
			res.LineOCR = append(res.LineOCR, false)
		}
		for _, l := range lines {
			b.WriteString(l.text)
			b.WriteByte('\n')
			res.LinePage = append(res.LinePage, i+1)
			res.LineOCR = append(res.LineOCR, l.ocr)
		}
	}
	res.Text = []byte(b.String())
	return res, nil
}

// dropRunning removes running headers and footers: none yet.
func dropRunning(pages [][]outLine) {}
