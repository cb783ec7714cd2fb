package pdftext

import (
	"bytes"
	"fmt"
)

// pdfWriter writes a minimal PDF: numbered objects in order, then the
// cross-reference table and trailer (object 1 is the catalogue).
type pdfWriter struct {
	b    bytes.Buffer
	offs []int
}

func newPDF() *pdfWriter {
	w := &pdfWriter{}
	w.b.WriteString("%PDF-1.4\n")
	return w
}

// obj writes the next object, numbered from 1.
func (w *pdfWriter) obj(s string) {
	w.offs = append(w.offs, w.b.Len())
	fmt.Fprintf(&w.b, "%d 0 obj\n%s\nendobj\n", len(w.offs), s)
}

// done writes the cross-reference table and trailer and returns the file.
func (w *pdfWriter) done() []byte {
	xref := w.b.Len()
	fmt.Fprintf(&w.b, "xref\n0 %d\n0000000000 65535 f \n", len(w.offs)+1)
	for _, o := range w.offs {
		fmt.Fprintf(&w.b, "%010d 00000 n \n", o)
	}
	fmt.Fprintf(&w.b, "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(w.offs)+1, xref)
	return w.b.Bytes()
}

// imagePDF writes a minimal PDF whose pages each show only a small gray
// image stretched over the page: what a scanner produces, without text.
func imagePDF(pages int) []byte {
	w := newPDF()
	kids := ""
	for i := 0; i < pages; i++ {
		kids += fmt.Sprintf("%d 0 R ", 3+3*i)
	}
	w.obj("<< /Type /Catalog /Pages 2 0 R >>")
	w.obj(fmt.Sprintf("<< /Type /Pages /Kids [%s] /Count %d >>", kids, pages))
	pix := bytes.Repeat([]byte{0x80}, 64)
	for i := 0; i < pages; i++ {
		n := 3 + 3*i
		w.obj(fmt.Sprintf("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents %d 0 R /Resources << /XObject << /Im0 %d 0 R >> >> >>", n+1, n+2))
		content := "q 595 0 0 842 0 0 cm /Im0 Do Q"
		w.obj(fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", len(content), content))
		w.obj(fmt.Sprintf("<< /Type /XObject /Subtype /Image /Width 8 /Height 8 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length %d >>\nstream\n%s\nendstream", len(pix), pix))
	}
	return w.done()
}

// contentPDF writes a one-page A4 PDF with the given content stream,
// Helvetica as /F1 and Courier (monospaced) as /F2.
func contentPDF(content string) []byte {
	return sheetsPDF(595, 842, content)
}

// sheetsPDF writes a PDF of pages w by h points, one per content stream,
// with the fonts of contentPDF.
func sheetsPDF(w, h float64, contents ...string) []byte {
	p := newPDF()
	kids := ""
	for i := range contents {
		kids += fmt.Sprintf("%d 0 R ", 5+2*i)
	}
	p.obj("<< /Type /Catalog /Pages 2 0 R >>")
	p.obj(fmt.Sprintf("<< /Type /Pages /Kids [%s] /Count %d >>", kids, len(contents)))
	p.obj("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
	p.obj("<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>")
	for i, c := range contents {
		p.obj(fmt.Sprintf("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %g %g] /Contents %d 0 R /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> >>", w, h, 6+2*i))
		p.obj(fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", len(c), c))
	}
	return p.done()
}
