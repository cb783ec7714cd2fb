package ingest

import (
	"testing"

	"github.com/kpu-ntt/lkj/etl/facts"
	"github.com/kpu-ntt/lkj/etl/pdftext"
)

// Facts read from OCR lines lose confidence; facts from the text layer
// keep theirs. Every page's lines are recorded.
func TestMarkOCRAndPages(t *testing.T) {
	res := &pdftext.Result{
		Pages:    2,
		LinePage: []int{1, 1, 2, 2, 2},
		LineOCR:  []bool{false, false, false, true, true},
		Findings: []pdftext.Finding{{Page: 2, Code: "pdf.ocr", Message: "m"}},
	}
	v := 77.5
	doc := &facts.Document{
		Sakip: []facts.Sakip{
			{Span: facts.Span{Start: 2, End: 2}, Nilai: &v, Keyakinan: "tinggi"},
			{Span: facts.Span{Start: 4, End: 4}, Nilai: &v, Keyakinan: "tinggi"},
		},
		Anggaran: []facts.Anggaran{{Span: facts.Span{Start: 5, End: 5}}},
	}
	addPageFindings(doc, res)
	markOCR(doc, res)
	if doc.Sakip[0].Keyakinan != "tinggi" || doc.Sakip[1].Keyakinan != "rendah" {
		t.Errorf("keyakinan %q %q, want tinggi rendah", doc.Sakip[0].Keyakinan, doc.Sakip[1].Keyakinan)
	}
	count := map[string]int{}
	for _, f := range doc.Findings {
		count[f.Aturan]++
		if f.Aturan == "pdf.halaman" && f.Nilai == "2" && (f.Start != 3 || f.End != 5) {
			t.Errorf("page 2 lines %d-%d, want 3-5", f.Start, f.End)
		}
	}
	want := map[string]int{"pdf.halaman": 2, "pdf.ocr": 1, "pdf.ocr_keyakinan_rendah": 2}
	for k, n := range want {
		if count[k] != n {
			t.Errorf("%s: %d findings, want %d (all: %v)", k, count[k], n, count)
		}
	}
}
