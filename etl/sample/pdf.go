package sample

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"strings"
	"time"

	"codeberg.org/go-pdf/fpdf"
	"golang.org/x/image/font/gofont/goregular"
)

// The PDF twin of a text document. The text the generator writes is what a
// faithful PDF-to-text step should give back (one line per visual line, one
// line per table row, TAB between cells), so the PDF draws exactly that
// text: prose lines as single visual lines, TAB blocks as tables whose
// cells wrap inside their cell, the generator's page-break noise as real
// page breaks. The truth of the text document is then the truth of the PDF.

// pdfStyle is one document's look, drawn from the seed.
type pdfStyle struct {
	size      fpdf.SizeType // page size in points
	landscape bool
	header    string // running page header
	// borders is the weighted choice per table: "grid" (stroked cell
	// lines), "word" (thin filled rectangles, as Word draws borders) or
	// "none" (borderless; only for tables that fit without wrapping).
	borders []string
	date    time.Time // creation date written into the PDF
}

const (
	pdfFont     = "go"
	pdfMargin   = 48.0 // points
	pdfProseLH  = 13.0 // prose line height
	pdfProseMax = 10.0 // prose font size, shrunk to keep a line on one visual line
)

// pdfStyleFor picks a document's look: the provincial style prints
// landscape with Word borders, the kabupaten style portrait with a plain
// grid, the invented one on F4 with a share of borderless tables.
func pdfStyleFor(w *world, d *doc, gaya string) pdfStyle {
	r := w.rng("pdf", d.s.ID, itoa(d.y))
	st := pdfStyle{
		size:   fpdf.SizeType{Wd: 595.28, Ht: 841.89}, // A4
		header: "Laporan Kinerja " + d.s.nama() + " Tahun " + itoa(d.y),
		date:   time.Date(d.y+1, time.March, 1+r.IntN(28), 9, 0, 0, 0, time.UTC),
	}
	switch gaya {
	case "provinsi":
		st.landscape = true
		st.borders = []string{"word", "word", "word", "grid", "none"}
	case "ringkas":
		st.size = fpdf.SizeType{Wd: 609.45, Ht: 935.43} // F4, common in Indonesian offices
		st.borders = []string{"none", "none", "grid", "word"}
	default:
		st.borders = []string{"grid", "grid", "grid", "word", "none"}
	}
	return st
}

// pdfDoc is the drawing state of one document.
type pdfDoc struct {
	f                  *fpdf.Fpdf
	st                 pdfStyle
	r                  *rand.Rand
	y                  float64 // cursor: top of the next line
	left, width        float64
	top, bottom        float64
	pageHasContent     bool
	cont               *tableLayout   // the last table's layout, kept for its next page
	bordersUsed        map[string]int // tables per border kind, for tests
	tableBreaks, pages int            // page breaks inside tables; pages in all
}

// renderPDF draws text (lines, TAB tables, "\f" lines as page breaks) as a
// PDF. breaks holds the 1-based numbers of page-number lines the generator
// injected (doc.pageBreak): each becomes a real page break, and it and the
// blank line after it are not drawn. Same inputs, same bytes.
func renderPDF(text []byte, st pdfStyle, r *rand.Rand, breaks []int) ([]byte, *pdfDoc, error) {
	orient := "P"
	if st.landscape {
		orient = "L"
	}
	f := fpdf.NewCustom(&fpdf.InitType{OrientationStr: orient, UnitStr: "pt", Size: st.size})
	f.SetCompression(true)
	f.SetCatalogSort(true)
	f.SetCreationDate(st.date)
	f.SetModificationDate(st.date)
	f.SetCreator("lkj sample", true)
	f.SetTitle(st.header+" (DOKUMEN SINTETIS)", true)
	f.AddUTF8FontFromBytes(pdfFont, "", goregular.TTF)
	f.SetAutoPageBreak(false, 0)
	f.SetMargins(pdfMargin, pdfMargin, pdfMargin)
	pw, ph := f.GetPageSize()
	p := &pdfDoc{f: f, st: st, r: r, left: pdfMargin, width: pw - 2*pdfMargin,
		top: pdfMargin + 24, bottom: ph - pdfMargin - 10, bordersUsed: map[string]int{}}
	f.SetHeaderFunc(func() {
		f.SetFont(pdfFont, "", 8)
		f.Text(pdfMargin, pdfMargin-12, st.header)
	})
	f.SetFooterFunc(func() {
		f.SetFont(pdfFont, "", 8)
		s := itoa(f.PageNo())
		f.Text((pw-f.GetStringWidth(s))/2, ph-pdfMargin+12, s)
	})
	p.newPage()

	isBreak := map[int]bool{}
	for _, b := range breaks {
		isBreak[b] = true
	}
	lines := strings.Split(strings.TrimSuffix(string(text), "\n"), "\n")
	contAt := -1 // where the next page of the last table starts
	for i := 0; i < len(lines); {
		ln := lines[i]
		switch {
		case isBreak[i+1]:
			p.newPage()
			i++
			if i < len(lines) && lines[i] == "" {
				i++
			}
		case ln == "\f":
			p.newPage()
			i++
		case strings.Contains(ln, "\t"):
			j := i
			for j < len(lines) && strings.Contains(lines[j], "\t") {
				j++
			}
			var more []string
			k := continuation(lines, j, isBreak)
			if k > 0 {
				m := k
				for m < len(lines) && strings.Contains(lines[m], "\t") {
					m++
				}
				more = lines[k:m]
			}
			if i != contAt || !p.cont.fits(lines[i:j]) {
				p.cont = p.layout(lines[i:j], more)
			}
			p.table(lines[i:j], p.cont)
			contAt = k
			i = j
		case strings.TrimSpace(ln) == "":
			if p.pageHasContent {
				p.y += pdfProseLH
			}
			i++
		default:
			p.prose(ln)
			i++
		}
	}
	var buf bytes.Buffer
	if err := f.Output(&buf); err != nil {
		return nil, nil, fmt.Errorf("sample: pdf: %w", err)
	}
	p.pages = f.PageNo()
	return buf.Bytes(), p, nil
}

// continuation returns where a table ending before line j goes on after
// an injected page break (blank lines, the page number, perhaps a caption,
// then the table again), or 0.
func continuation(lines []string, j int, isBreak map[int]bool) int {
	k := j
	for k < len(lines) && strings.TrimSpace(lines[k]) == "" {
		k++
	}
	if k >= len(lines) || !isBreak[k+1] {
		return 0
	}
	k++
	captions := 0
	for k < len(lines) && !strings.Contains(lines[k], "\t") {
		if strings.TrimSpace(lines[k]) != "" {
			if captions++; captions > 1 {
				return 0
			}
		}
		k++
	}
	if k >= len(lines) {
		return 0
	}
	return k
}

func (p *pdfDoc) newPage() {
	p.f.AddPage()
	p.y = p.top
	p.pageHasContent = false
}

// prose draws one line on one visual line, shrinking the font when the
// line is longer than the page is wide: the parser reads a statement such
// as "memperoleh nilai 73,15 atau predikat BB" from one line, and the text
// twin has it on one line.
func (p *pdfDoc) prose(s string) {
	if p.y+pdfProseLH > p.bottom {
		p.newPage()
	}
	size := pdfProseMax
	p.f.SetFont(pdfFont, "", size)
	if w := p.f.GetStringWidth(s); w > p.width {
		size = float64(int(size*p.width/w*10)) / 10
		p.f.SetFontSize(size)
	}
	p.f.Text(p.left, p.y+pdfProseLH-3, s)
	p.y += pdfProseLH
	p.pageHasContent = true
}
