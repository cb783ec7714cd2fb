package pdftext

import (
	"context"
	"fmt"
	"os"
	"testing"

	"github.com/klippa-app/go-pdfium/requests"
	"github.com/kpu-ntt/lkj/etl/sharedtest"
)

// TestDebugGeometry prints line geometry of $PDFTEXT_GEOM page $PDFTEXT_PAGE.
func TestDebugGeometry(t *testing.T) {
	name := os.Getenv("PDFTEXT_GEOM")
	if name == "" {
		t.Skip("PDFTEXT_GEOM not set")
	}
	c := newTestConverter(t)
	inst, _ := c.instance()
	b := sharedtest.Read(t, "corpus/pdf/"+name)
	doc, err := inst.OpenDocument(&requests.OpenDocument{File: &b})
	if err != nil {
		t.Fatal(err)
	}
	var pn int
	fmt.Sscan(os.Getenv("PDFTEXT_PAGE"), &pn)
	p, err := readPage(inst, doc.Document, pn-1)
	if err != nil {
		t.Fatal(err)
	}
	fmt.Printf("page %d %.1fx%.1f rules=%d image=%.2f\n", p.n, p.w, p.h, len(p.rules), p.imageShare)
	for _, l := range groupLines(p.glyphs) {
		fmt.Printf("top=%.1f bot=%.1f base=%.1f size=%.1f |", l.top, l.bottom, l.base, l.size)
		for _, w := range l.words {
			fmt.Printf(" [%.0f-%.0f %s]", w.x0, w.x1, w.text)
		}
		fmt.Println()
	}
	debugCols = func(c []column) { fmt.Println("cols", c) }
	layoutPage(p)
	_ = context.Background()
}

func TestDebugOCR(t *testing.T) {
	name := os.Getenv("PDFTEXT_OCR")
	if name == "" {
		t.Skip("PDFTEXT_OCR not set")
	}
	c := newTestConverter(t)
	b := sharedtest.Read(t, "corpus/pdf/"+name)
	res, err := c.Convert(context.Background(), b, Options{OCR: true})
	if err != nil {
		t.Fatal(err)
	}
	fmt.Printf("%s\n%+v\n", res.Text, res.Findings)
}
