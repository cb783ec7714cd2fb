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
	if pc.PageCount == 0 {
		return nil, fmt.Errorf("%w: PDF tidak memiliki halaman", ErrCorrupt)
	}
	var sheets []panel
	var scanned []int
	var raw []*pageData
	for i := 0; i < pc.PageCount; i++ {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		p, err := readPage(inst, doc, i)
		if err != nil {
			return nil, fmt.Errorf("%w: %v", ErrCorrupt, err)
		}
		if p.scanned() {
			scanned = append(scanned, i)
			if opt.OCR {
				if err := ocrPage(ctx, inst, doc, p, opt); err != nil {
					return nil, fmt.Errorf("halaman %d: OCR: %w", i+1, err)
				}
				res.Findings = append(res.Findings, Finding{Page: i + 1, Code: "pdf.ocr",
					Message: fmt.Sprintf("halaman %d adalah gambar hasil pindai dan dibaca dengan OCR (tesseract); nilai dari halaman ini berkeyakinan rendah", i+1)})
			} else {
				res.Findings = append(res.Findings, Finding{Page: i + 1, Code: "pdf.halaman_pindaian",
					Message: fmt.Sprintf("halaman %d tidak memiliki lapisan teks (gambar hasil pindai); isinya tidak dibaca — jalankan dengan --ocr untuk membacanya", i+1)})
			}
		}
		if n := p.textCount(); p.unmapped > 20 && p.unmapped*5 > n+p.unmapped {
			res.Findings = append(res.Findings, Finding{Page: i + 1, Code: "pdf.teks_tak_terbaca",
				Message: fmt.Sprintf("halaman %d: %d dari %d karakter tidak dapat dipetakan ke huruf (font tanpa tabel ToUnicode); teks halaman ini tidak lengkap", i+1, p.unmapped, n+p.unmapped)})
		}
		raw = append(raw, p)
	}
	dropSidebars(raw)     // a dashboard's navigation strip on every page (sidebar.go)
	dropSharedGhosts(raw) // a lattice behind every page, a ghost on most (ghost_pages.go)
	dropSharedPads(raw)   // a pad's ruling drawn alike on every page, proven on some (pad.go)
	drawn := make([][]panel, len(raw))
	var plain []*pageData
	for i, p := range raw {
		if p.scanned() {
			continue
		}
		if ds := splitDrawingSheet(p); len(ds) > 1 || ds[0].p != p {
			drawn[i] = ds // a drawing sheet's frame and columns (drawsheet.go)
		} else {
			plain = append(plain, p)
		}
	}
	// the paper's own marks at one place on most pages: a planner's hours
	// (stationery_pages.go); a drawing sheet's frame keeps its marks
	dropSharedStationery(plain)
	for i, p := range raw {
		if p.scanned() {
			sheets = append(sheets, panel{p: p, num: -1})
		} else if drawn[i] != nil {
			sheets = append(sheets, drawn[i]...)
		} else {
			sheets = append(sheets, splitSheet(p)...)
		}
	}
	// Pages printed side by side on a sheet are laid out one by one, in
	// reading order; a page number of the output is still its sheet's.
	sheets = readingOrder(sheets)
	pages := make([]pageLines, len(sheets))
	cc := &carry{}
	pp := plainPrintOf(sheets) // a text file printed as it is (plainprint.go)
	var notes map[*pageData]*marginCut
	if pp == nil {
		notes = marginColumns(sheets) // a column of side notes beside the text (margin_column.go)
	}
	for i, q := range sheets {
		if pp != nil {
			pages[i] = pp.page(q.p)
			continue
		}
		pages[i] = pageLines{lines: layoutNoted(q.p, cc, notes[q.p]), h: q.p.h}
	}
	if !opt.OCR && 2*len(scanned) > pc.PageCount {
		return res, fmt.Errorf("%w: %d dari %d halaman hanya berisi gambar; jalankan ulang dengan --ocr (memerlukan paket tesseract-ocr dan tesseract-ocr-ind) atau kirim PDF hasil ekspor Word/LibreOffice", ErrScanned, len(scanned), pc.PageCount)
	}
	if !opt.KeepRunning {
		dropStampBoxes(pages) // a paraf box closing every page (stampbox.go)
		dropRunning(pages)
		dropFolios(pages)       // a page number at the foot of a page smaller than its sheet (folio.go)
		dropCountedHeads(pages) // a page counter and a stamp frame cut into cells (running_cells.go)
		dropContinuedTitles(pages)
	}
	pp.rejoin(pages)
	resolveBreaks(pages) // a word a narrow ruled cell broke, whole where the document writes it whole (cell_break.go)
	sp := docPitches(pages)
	for i := range pages {
		pages[i].lines = withGaps(pages[i].lines, sp)
	}
	var b strings.Builder
	for i, pl := range pages {
		n := sheets[i].p.n
		if i > 0 {
			b.WriteString("\f\n")
			res.LinePage = append(res.LinePage, n)
			res.LineOCR = append(res.LineOCR, false)
		}
		for _, l := range pl.lines {
			b.WriteString(l.text)
			b.WriteByte('\n')
			res.LinePage = append(res.LinePage, n)
			res.LineOCR = append(res.LineOCR, l.ocr)
		}
	}
	res.Text = []byte(b.String())
	return res, nil
}
