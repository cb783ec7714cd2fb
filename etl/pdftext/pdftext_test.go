package pdftext

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/kpu-ntt/lkj/etl/sharedtest"
)

func TestRejects(t *testing.T) {
	c := newTestConverter(t)
	cases := []struct {
		file string
		want error
	}{
		{"encrypted.pdf", ErrEncrypted},
		{"truncated.pdf", ErrCorrupt},
		{"garbage.pdf", ErrCorrupt},
	}
	for _, tc := range cases {
		t.Run(tc.file, func(t *testing.T) {
			b, err := os.ReadFile(filepath.Join("testdata", tc.file))
			if err != nil {
				t.Fatal(err)
			}
			_, err = c.Convert(context.Background(), b, Options{})
			if !errors.Is(err, tc.want) {
				t.Fatalf("got %v, want %v", err, tc.want)
			}
		})
	}
	// After failures the converter still reads a good document.
	b := sharedtest.Read(t, "corpus/pdf/lkj-synth-rot.pdf")
	if res, err := c.Convert(context.Background(), b, Options{}); err != nil || res.Pages != 1 {
		t.Fatalf("good PDF after bad ones: %v", err)
	}
}

func TestNotPDF(t *testing.T) {
	c := newTestConverter(t)
	if _, err := c.Convert(context.Background(), []byte("Laporan Kinerja\n"), Options{}); !errors.Is(err, ErrNotPDF) {
		t.Fatalf("got %v", err)
	}
	if !IsPDF([]byte("\xef\xbb\xbf%PDF-1.4")) || IsPDF([]byte("PDF-1.4")) {
		t.Fatal("IsPDF")
	}
}

// An owner password without a user password (printing/copy limits) does
// not stop reading, as in every viewer.
func TestOwnerPasswordOnly(t *testing.T) {
	b, err := os.ReadFile("testdata/owner-only.pdf")
	if err != nil {
		t.Fatal(err)
	}
	res, err := Convert(context.Background(), b, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(res.Text), "Tabel L.1") {
		t.Fatalf("text lost:\n%s", res.Text)
	}
}

func TestPagesAndRunningHeaders(t *testing.T) {
	c := newTestConverter(t)
	b := sharedtest.Read(t, "corpus/pdf/lkj-synth-b.pdf")
	header := "Laporan Kinerja KPU Provinsi Nusa Tenggara Timur Tahun 2024"
	for _, tc := range []struct {
		keep bool
		want bool
	}{{false, false}, {true, true}} {
		res, err := c.Convert(context.Background(), b, Options{KeepRunning: tc.keep})
		if err != nil {
			t.Fatal(err)
		}
		lines := strings.Split(strings.TrimSuffix(string(res.Text), "\n"), "\n")
		if len(lines) != len(res.LinePage) || len(lines) != len(res.LineOCR) {
			t.Fatalf("%d lines, %d pages, %d ocr marks", len(lines), len(res.LinePage), len(res.LineOCR))
		}
		has := false
		ff := 0
		for i, l := range lines {
			has = has || l == header
			if l == "\f" {
				ff++
				// The form feed line opens the next page.
				if i == 0 || res.LinePage[i] != res.LinePage[i-1]+1 || res.LinePage[i+1] != res.LinePage[i] {
					t.Errorf("form feed line %d: pages %v", i+1, res.LinePage[max(i-1, 0):i+2])
				}
			}
			if l == "Tabel 3.1 Hasil Evaluasi SAKIP" && res.LinePage[i] != 3 {
				t.Errorf("Tabel 3.1 on page %d, want 3", res.LinePage[i])
			}
		}
		if has != tc.want {
			t.Errorf("KeepRunning=%v: running header present=%v", tc.keep, has)
		}
		if ff != res.Pages-1 {
			t.Errorf("%d form feeds for %d pages", ff, res.Pages)
		}
	}
}

// The intended text of the two fpdf files (form feeds included) appears in
// order in the derived text.
func TestIntendedTSV(t *testing.T) {
	c := newTestConverter(t)
	for _, name := range []string{"lkj-synth-a", "lkj-synth-b"} {
		b := sharedtest.Read(t, "corpus/pdf/"+name+".pdf")
		res, err := c.Convert(context.Background(), b, Options{})
		if err != nil {
			t.Fatal(err)
		}
		var want []string
		for _, l := range strings.Split(string(sharedtest.Read(t, "corpus/pdf/"+name+".intended.tsv")), "\n") {
			if l != "" {
				want = append(want, l)
			}
		}
		if miss := missingLines(strings.Split(string(res.Text), "\n"), want); len(miss) > 0 {
			t.Errorf("%s: %d of %d intended lines missing, first %q", name, len(miss), len(want), miss[0])
		}
	}
}

func TestScannedPage(t *testing.T) {
	c := newTestConverter(t)
	b := sharedtest.Read(t, "corpus/pdf/lkj-synth-scan.pdf")
	res, err := c.Convert(context.Background(), b, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var pages []int
	for _, f := range res.Findings {
		if f.Code == "pdf.halaman_pindaian" {
			pages = append(pages, f.Page)
		}
	}
	if len(pages) != 1 || pages[0] != 2 {
		t.Fatalf("scanned pages %v, want [2]; findings %+v", pages, res.Findings)
	}
	if strings.Contains(string(res.Text), "Meningkatnya Kapasitas") {
		t.Fatal("text of the image page appeared without OCR")
	}
}

// TestScannedDocument: a document that is only its scanned page is
// rejected with advice to use --ocr.
func TestScannedDocument(t *testing.T) {
	_, err := Convert(context.Background(), imagePDF(3), Options{})
	if !errors.Is(err, ErrScanned) || !strings.Contains(err.Error(), "--ocr") {
		t.Fatalf("got %v", err)
	}
}

func TestOCR(t *testing.T) {
	if _, err := TesseractPath(); err != nil {
		t.Skip("SKIP (loud): tesseract is not installed; install tesseract-ocr and tesseract-ocr-ind to test --ocr")
	}
	b := sharedtest.Read(t, "corpus/pdf/lkj-synth-scan.pdf")
	res, err := Convert(context.Background(), b, Options{OCR: true})
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(string(res.Text), "\n")
	ocrLines := 0
	for i := range res.LineOCR {
		if res.LineOCR[i] {
			ocrLines++
			if res.LinePage[i] != 2 {
				t.Errorf("OCR line %d on page %d", i+1, res.LinePage[i])
			}
		}
	}
	if ocrLines < 8 {
		t.Errorf("only %d OCR lines", ocrLines)
	}
	var tables []truthTable
	readJSON(t, "corpus/pdf/lkj-synth-scan.truth.json", &tables)
	// Tesseract's sparse mode misses lone digits (the "No" column), so
	// compare rows from their second cell on. OCR is not exact (its values
	// load with low confidence), but most rows must come out as rows with
	// their cells.
	rest := func(s string) string { _, r, _ := strings.Cut(s, "\t"); return r }
	var got, want []string
	for _, l := range lines {
		got = append(got, rest(l))
	}
	for _, l := range tables[0].expectedLines()[1:] {
		want = append(want, rest(l))
	}
	found := len(want) - len(missingLines(got, want))
	t.Logf("OCR: %d of %d table rows exact from the second cell on", found, len(want))
	if 3*found < 2*len(want) {
		t.Errorf("OCR read %d of %d rows:\n%s", found, len(want), res.Text)
	}
}

func TestOCRWithoutTesseract(t *testing.T) {
	t.Setenv("PATH", t.TempDir())
	b := sharedtest.Read(t, "corpus/pdf/lkj-synth-scan.pdf")
	_, err := Convert(context.Background(), b, Options{OCR: true})
	if !errors.Is(err, ErrNoOCR) || !strings.Contains(err.Error(), "tesseract-ocr-ind") {
		t.Fatalf("got %v", err)
	}
}

// A document cut off by its deadline fails alone: the converter starts a
// fresh PDFium instance for the next one.
func TestDeadline(t *testing.T) {
	c := newTestConverter(t)
	b := sharedtest.Read(t, "corpus/pdf/lkj-synth-b.pdf")
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := c.Convert(ctx, b, Options{}); err == nil {
		t.Fatal("a cancelled conversion succeeded")
	}
	res, err := c.Convert(context.Background(), b, Options{})
	if err != nil || res.Pages != 4 {
		t.Fatalf("after a cancelled one: %v", err)
	}
}

// A table ruled around its edges, between its columns and under its
// header, but not between rows: the body is cut into rows at its numbers.
func TestUnruledRows(t *testing.T) {
	var c strings.Builder
	// columns at x 50, 90, 300, 400; top 800, header rule 780, bottom 700
	c.WriteString("0.5 w 50 700 350 100 re S 90 700 m 90 800 l S 300 700 m 300 800 l S 50 780 m 400 780 l S\n")
	for _, w := range []struct {
		x, y float64
		s    string
	}{
		{55, 786, "No"}, {95, 786, "Indikator"}, {305, 786, "Target"},
		{55, 766, "1"}, {95, 766, "Nilai SAKIP"}, {305, 766, "77,55"},
		{55, 752, "2"}, {95, 752, "Indeks Reformasi"}, {95, 740, "Birokrasi"}, {305, 752, "79"},
		{55, 724, "3"}, {95, 724, "Persentase DPT"}, {305, 724, "100%"},
	} {
		fmt.Fprintf(&c, "BT /F1 10 Tf %.1f %.1f Td (%s) Tj ET\n", w.x, w.y, w.s)
	}
	res, err := Convert(context.Background(), contentPDF(c.String()), Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"No\tIndikator\tTarget", "1\tNilai SAKIP\t77,55", "2\tIndeks Reformasi Birokrasi\t79", "3\tPersentase DPT\t100%"}
	got := strings.Split(string(res.Text), "\n")
	if miss := missingLines(got, want); len(miss) > 0 {
		t.Errorf("missing %q in:\n%s", miss, res.Text)
	}
}

// Small texts drawn by hand: a raised footnote mark stays on its line but
// never joins the number it follows; a hyphen ending a line, which PDFium
// reports as U+0002, stays a hyphen.
func TestDrawnText(t *testing.T) {
	tests := []struct{ name, content, want string }{
		{"superscript", "BT /F1 10 Tf 72 700 Td (Nilai SAKIP 77,55) Tj /F1 6 Tf 4 Ts (1) Tj 0 Ts /F1 10 Tf ( tahun 2024) Tj ET",
			"Nilai SAKIP 77,55 1 tahun 2024"},
		{"line-end hyphen", "BT /F1 10 Tf 72 700 Td (dengan realisasi masing-) Tj 0 -12 Td (masing indikator kinerja.) Tj ET",
			"dengan realisasi masing-\nmasing indikator kinerja."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res, err := Convert(context.Background(), contentPDF(tc.content), Options{})
			if err != nil {
				t.Fatal(err)
			}
			if got := strings.TrimSpace(string(res.Text)); got != tc.want {
				t.Fatalf("got %q, want %q", got, tc.want)
			}
		})
	}
}

// The instance is replaced after MaxDocs documents and the output stays
// the same; a memory cap too small for PDFium fails the document, not the
// process.
func TestRecycleAndMemoryCap(t *testing.T) {
	b := sharedtest.Read(t, "corpus/pdf/lkj-synth-rot.pdf")
	c, err := NewConverter(Config{MaxDocs: 1})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	var first string
	for i := 0; i < 3; i++ {
		res, err := c.Convert(context.Background(), b, Options{})
		if err != nil {
			t.Fatalf("document %d: %v", i+1, err)
		}
		if i == 0 {
			first = string(res.Text)
		} else if string(res.Text) != first {
			t.Fatalf("document %d differs after recycling", i+1)
		}
	}
	small, err := NewConverter(Config{MemoryLimitMB: 2})
	if err != nil {
		// Refusing to start under the cap is a clear failure too.
		t.Logf("2 MB cap: %v", err)
		return
	}
	defer small.Close()
	if _, err := small.Convert(context.Background(), b, Options{}); err == nil {
		t.Fatal("PDFium ran in 2 MB of WebAssembly memory")
	}
}

// endingCtx passes Convert's first look (Err is nil once) and is done from
// then on, so the conversion it starts outlives it at once.
type endingCtx struct {
	context.Context
	done  chan struct{}
	looks atomic.Int32
}

func (c *endingCtx) Done() <-chan struct{} { return c.done }
func (c *endingCtx) Err() error {
	if c.looks.Add(1) == 1 {
		return nil
	}
	return context.Canceled
}

// A conversion that outlives its context is left behind and fails alone;
// the converter goes on in a runtime that can stop PDFium mid-call, and
// that runtime reads the document to the same text.
func TestLeftBehind(t *testing.T) {
	t.Cleanup(func() { stuck.Store(false) })
	b := sharedtest.Read(t, "corpus/pdf/lkj-synth-b.pdf")
	c := newTestConverter(t)
	want, err := c.Convert(context.Background(), b, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if c.safe {
		t.Fatal("a fresh converter starts in the runtime that stops PDFium mid-call")
	}
	ctx := &endingCtx{Context: context.Background(), done: make(chan struct{})}
	close(ctx.done)
	if _, err := c.Convert(ctx, b, Options{}); !errors.Is(err, ErrCorrupt) || !strings.Contains(err.Error(), "batas waktu") {
		t.Fatalf("a conversion past its context: %v", err)
	}
	if !stuck.Load() {
		t.Fatal("the conversion left behind is not recorded")
	}
	got, err := c.Convert(context.Background(), b, Options{})
	if err != nil {
		t.Fatalf("after one left behind: %v", err)
	}
	if !c.safe {
		t.Error("after one left behind the converter still runs PDFium where it cannot be stopped")
	}
	if !bytes.Equal(got.Text, want.Text) || got.Pages != want.Pages {
		t.Errorf("the stoppable runtime reads another text (%d pages, %d bytes; want %d, %d)", got.Pages, len(got.Text), want.Pages, len(want.Text))
	}
}
