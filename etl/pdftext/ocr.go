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
	// --psm 11 (sparse text) reads table cells one by one; the block
	// modes skipped the shaded header row and read rules as "|".
	cmd := exec.CommandContext(ctx, bin, in, "stdout", "-l", lang, "--dpi", strconv.Itoa(dpi), "--psm", "11", "tsv")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return fmt.Errorf("tesseract: %w: %s", err, strings.TrimSpace(stderr.String()))
	}
	scale := 72 / float64(dpi)
	words, err := parseTSV(out, scale)
	if err != nil {
		return err
	}
	p.glyphs = words
	p.rules = bitmapRules(gray, scale)
	return nil
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
		out = append(out, glyph{text: text, x0: left, x1: left + w, base: top + h,
			size: size, top: top, bottom: top + h, ocr: true, wordBreakAfter: true, confidence: num(10)})
	}
	return out, nil
}
