package pdftext

import (
	"bytes"
	"context"
	"encoding/csv"
	"errors"
	"fmt"
	"image"
	"image/png"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/klippa-app/go-pdfium"
	"github.com/klippa-app/go-pdfium/references"
	"github.com/klippa-app/go-pdfium/requests"
)

// TesseractPath finds tesseract on PATH; the error wraps ErrNoOCR.
func TesseractPath() (string, error) {
	p, err := exec.LookPath("tesseract")
	if err != nil {
		return "", ErrNoOCR
	}
	return p, nil
}

// ocrPage renders page p at opt.DPI, reads it with tesseract and replaces
// the page's glyphs with OCR words (one glyph per word) and its rules with
// the ruling lines found in the bitmap, so the ordinary layout step makes
// lines and table rows of them.
func ocrPage(ctx context.Context, inst pdfium.Pdfium, doc references.FPDF_DOCUMENT, p *pageData, opt Options) error {
	bin, err := TesseractPath()
	if err != nil {
		return err
	}
	dpi := opt.DPI
	if dpi <= 0 {
		dpi = 300
	}
	lang := opt.OCRLang
	if lang == "" {
		lang = "ind+eng"
	}
	r, err := inst.RenderPageInDPI(&requests.RenderPageInDPI{
		Page: requests.Page{ByIndex: &requests.PageByIndex{Document: doc, Index: p.n - 1}},
		DPI:  dpi,
	})
	if err != nil {
		return fmt.Errorf("render: %w", err)
	}
	img := image.Image(r.Result.Image)
	var buf bytes.Buffer
	encErr := png.Encode(&buf, img)
	gray := toGray(img)
	r.Cleanup()
	if encErr != nil {
		return encErr
	}
	dir, err := os.MkdirTemp("", "lkj-ocr-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	in := filepath.Join(dir, "page.png")
	if err := os.WriteFile(in, buf.Bytes(), 0o600); err != nil {
		return err
	}
	// --psm 11 (sparse text) reads table cells one by one; the block mode
	// (--psm 6) skips a shaded header row and reads rules as "|", but it
	// finds the lone row numbers the sparse mode drops. Both run at once;
	// the block mode only adds short words where the sparse one saw none.
	scale := 72 / float64(dpi)
	type pass struct {
		words []glyph
		err   error
	}
	run := func(psm string, ch chan<- pass) {
		cmd := exec.CommandContext(ctx, bin, in, "stdout", "-l", lang, "--dpi", strconv.Itoa(dpi), "--psm", psm, "tsv")
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		out, err := cmd.Output()
		if err != nil {
			ch <- pass{err: fmt.Errorf("tesseract: %w: %s", err, strings.TrimSpace(stderr.String()))}
			return
		}
		w, err := parseTSV(out, scale)
		ch <- pass{w, err}
	}
	sparse, block := make(chan pass, 1), make(chan pass, 1)
	go run("11", sparse)
	go run("6", block)
	sp, bl := <-sparse, <-block
	if sp.err != nil {
		return sp.err
	}
	words := sp.words
	if bl.err == nil {
		words = addMissing(words, bl.words)
	}
	p.glyphs = words
	p.rules = bitmapRules(gray, scale)
	return nil
}

// addMissing adds to words the short words of extra (row numbers, single
// letters) that overlap none of them.
func addMissing(words, extra []glyph) []glyph {
	out := words
	for _, e := range extra {
		if len([]rune(e.text)) > 3 || strings.Trim(e.text, "|!l1I") == "" && e.text != "1" {
			continue
		}
		free := true
		for _, w := range words {
			if e.x0 < w.x1 && w.x0 < e.x1 && e.top < w.bottom && w.top < e.bottom {
				free = false
				break
			}
		}
		if free {
			out = append(out, e)
		}
	}
	return out
}

// parseTSV reads tesseract's TSV (level 5 rows are words) into glyphs in
// points.
func parseTSV(b []byte, scale float64) ([]glyph, error) {
	rd := csv.NewReader(bytes.NewReader(b))
	rd.Comma = '\t'
	rd.LazyQuotes = true
	rd.FieldsPerRecord = -1
	var out []glyph
	first := true
	for {
		rec, err := rd.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("keluaran tesseract: %w", err)
		}
		if first {
			first = false
			continue
		}
		if len(rec) < 12 || rec[0] != "5" {
			continue
		}
		// Rules read as letters: drop bars at the edges of a word.
		text := strings.Trim(strings.TrimSpace(rec[11]), "|")
		if text == "" {
			continue
		}
		num := func(i int) float64 { v, _ := strconv.ParseFloat(rec[i], 64); return v }
		left, top, w, h := num(6)*scale, num(7)*scale, num(8)*scale, num(9)*scale
		size := h / 0.75 // a word box is about ascent+descent of its letters
		out = append(out, glyph{text: text, x0: left, x1: left + w, base: top + h/2,
			size: size, top: top, bottom: top + h, ocr: true, wordBreakAfter: true, confidence: num(10)})
	}
	return out, nil
}
