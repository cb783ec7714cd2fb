package pdftext

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sync"
	"sync/atomic"
	"time"

	"github.com/klippa-app/go-pdfium"
	pdferr "github.com/klippa-app/go-pdfium/errors"
	"github.com/klippa-app/go-pdfium/requests"
	"github.com/klippa-app/go-pdfium/webassembly"
	"github.com/tetratelabs/wazero"
	"github.com/tetratelabs/wazero/api"
	"github.com/tetratelabs/wazero/experimental"
)

// Errors a caller can test with errors.Is; the wrapped message says more.
var (
	ErrNotPDF    = errors.New("bukan berkas PDF (tidak diawali %PDF-)")
	ErrEncrypted = errors.New("PDF terenkripsi dengan kata sandi; buka kuncinya dulu (mis. qpdf --decrypt) lalu ulangi")
	ErrCorrupt   = errors.New("PDF rusak atau tidak dapat dibaca PDFium")
	ErrScanned   = errors.New("sebagian besar halaman PDF tidak memiliki lapisan teks (hasil pindai)")
	ErrNoOCR     = errors.New("tesseract tidak ditemukan; pasang paket Debian tesseract-ocr dan tesseract-ocr-ind")
)

// Config sets up a Converter.
type Config struct {
	// CacheDir keeps wazero's compiled module between runs. Empty means
	// os.UserCacheDir()/lkj/wazero; "-" keeps it in memory only. The first
	// Converter of a process decides; later ones share its cache.
	CacheDir string
	// MaxDocs replaces the PDFium instance after this many documents,
	// because WebAssembly memory only grows. 0 means 25.
	MaxDocs int
	// MemoryLimitMB caps the WebAssembly memory of the instance; a document
	// needing more fails alone. 0 means 512.
	MemoryLimitMB int
}

// Options change how one document is converted.
type Options struct {
	// OCR reads pages without a text layer with tesseract.
	OCR bool
	// OCRLang is tesseract's -l; empty means "ind+eng".
	OCRLang string
	// DPI for rendering pages for OCR; 0 means 300.
	DPI int
	// KeepRunning keeps running headers and footers (for debugging).
	KeepRunning bool
}

// Finding is something a reader of the document should know, tied to a page.
type Finding struct {
	Page    int    // 1-based
	Code    string // e.g. "pdf.halaman_pindaian"
	Message string // Indonesian
}

// Result is the derived text of one PDF.
type Result struct {
	Text     []byte // lines separated by "\n"; "\f" lines between pages
	LinePage []int  // LinePage[i] is the 1-based page of line i+1 of Text
	LineOCR  []bool // LineOCR[i] is true when line i+1 was read by OCR
	Pages    int
	Findings []Finding
}

// Converter owns one PDFium WebAssembly instance. Not safe for concurrent
// use: keep one per worker.
type Converter struct {
	cfg  Config
	pool pdfium.Pool
	inst pdfium.Pdfium
	docs int
	safe bool // the runtime can stop PDFium mid-call (see stuck)
}

// stuck is set once a conversion of this process outlived its context.
// PDFium runs in a runtime that cannot stop it mid-call until then: the
// checks that let wazero stop a call (WithCloseOnContextDone) leave
// compiled code for Go at every loop and start a goroutine per call, and
// made conversion three to four times slower (BenchmarkConvert, 19 → 64-83
// pages/s). A conversion runs in a goroutine of its own and is left behind
// when its context ends; it stops at the next page (convertDoc checks the
// context), or when PDFium returns. Every runtime started after that is
// one that stops PDFium mid-call, so a document that hangs PDFium for good
// costs at most one left-behind call per converter.
var stuck atomic.Bool

var (
	cacheOnce sync.Once
	cacheVal  wazero.CompilationCache
)

func compilationCache(dir string) wazero.CompilationCache {
	cacheOnce.Do(func() {
		if dir != "-" {
			if dir == "" {
				if base, err := os.UserCacheDir(); err == nil {
					dir = filepath.Join(base, "lkj", "wazero")
				}
			}
			if dir != "" && os.MkdirAll(dir, 0o755) == nil {
				if c, err := wazero.NewCompilationCacheWithDir(dir); err == nil {
					cacheVal = c
					return
				}
			}
		}
		// No usable cache folder: still compile only once per process.
		cacheVal = wazero.NewCompilationCache()
	})
	return cacheVal
}

// NewConverter starts a PDFium instance. The first call on a machine
// compiles the WebAssembly module (~4.5 CPU-seconds); later runs load it from the
// cache.
func NewConverter(cfg Config) (*Converter, error) {
	if cfg.MaxDocs <= 0 {
		cfg.MaxDocs = 25
	}
	if cfg.MemoryLimitMB <= 0 {
		cfg.MemoryLimitMB = 512
	}
	c := &Converter{cfg: cfg}
	if err := c.start(); err != nil {
		return nil, err
	}
	return c, nil
}

// start gives c a runtime: the fast one, or, once a conversion of this
// process got stuck, one that can stop PDFium mid-call.
func (c *Converter) start() error {
	c.safe = stuck.Load()
	rc := wazero.NewRuntimeConfig().
		WithCoreFeatures(api.CoreFeaturesV2 | experimental.CoreFeaturesExceptionHandling).
		WithMemoryLimitPages(uint32(c.cfg.MemoryLimitMB) * 16). // 64 KiB pages
		WithCloseOnContextDone(c.safe)
	rc = rc.WithCompilationCache(compilationCache(c.cfg.CacheDir))
	pool, err := webassembly.Init(webassembly.Config{
		MinIdle:       0,
		MaxIdle:       1,
		MaxTotal:      1,
		RuntimeConfig: rc,
		FSConfig:      wazero.NewFSConfig(), // no host files: documents come as bytes
		Stdout:        io.Discard,
		Stderr:        io.Discard,
	})
	if err != nil {
		return fmt.Errorf("memulai PDFium: %w", err)
	}
	c.pool = pool
	return nil
}

// instance returns a live PDFium instance, replacing a used-up one.
func (c *Converter) instance() (pdfium.Pdfium, error) {
	if c.inst != nil && c.docs >= c.cfg.MaxDocs {
		c.dropInstance()
	}
	if c.pool == nil {
		if err := c.start(); err != nil {
			return nil, err
		}
	}
	if c.inst == nil {
		inst, err := c.pool.GetInstance(time.Minute)
		if err != nil {
			return nil, fmt.Errorf("memulai instans PDFium: %w", err)
		}
		c.inst, c.docs = inst, 0
	}
	c.docs++
	return c.inst, nil
}

func (c *Converter) dropInstance() {
	if c.inst != nil {
		_ = c.inst.Close()
		c.inst = nil
	}
}

// Close releases the instance and the runtime.
func (c *Converter) Close() error {
	if c == nil || c.pool == nil {
		return nil
	}
	c.dropInstance()
	err := c.pool.Close()
	c.pool = nil
	return err
}

// IsPDF reports whether b starts like a PDF. The header may follow a little
// junk (the spec allows it within the first 1024 bytes).
func IsPDF(b []byte) bool {
	n := len(b)
	if n > 1024 {
		n = 1024
	}
	for i := 0; i+5 <= n; i++ {
		if string(b[i:i+5]) == "%PDF-" {
			return true
		}
	}
	return false
}

// Convert derives the text of one PDF. Errors wrap ErrNotPDF, ErrEncrypted,
// ErrCorrupt, ErrScanned or ErrNoOCR when they apply.
func (c *Converter) Convert(ctx context.Context, pdf []byte, opt Options) (*Result, error) {
	if !IsPDF(pdf) {
		return nil, ErrNotPDF
	}
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("%w: dihentikan setelah batas waktu: %v", ErrCorrupt, err)
	}
	inst, err := c.instance()
	if err != nil {
		return nil, err
	}
	var o outcome
	if c.safe {
		o = convertIn(ctx, inst, pdf, opt, true)
	} else {
		done := make(chan outcome, 1)
		go func() { done <- convertIn(ctx, inst, pdf, opt, false) }()
		select {
		case o = <-done:
		case <-ctx.Done():
			// left behind: the call keeps its instance and runtime and
			// closes them when PDFium returns (see stuck)
			stuck.Store(true)
			pool := c.pool
			c.inst, c.pool = nil, nil
			go func() {
				<-done
				_ = inst.Close()
				_ = pool.Close()
			}()
			return nil, fmt.Errorf("%w: dihentikan setelah batas waktu: %v", ErrCorrupt, ctx.Err())
		}
	}
	if ctx.Err() != nil {
		if c.safe {
			c.inst = nil // killed: nothing left to close
		}
		if o.err != nil {
			o.err = fmt.Errorf("%w: dihentikan setelah batas waktu: %v", ErrCorrupt, o.err)
		}
	}
	if o.err != nil && !errors.Is(o.err, ErrScanned) && !errors.Is(o.err, ErrNoOCR) {
		// a failure inside the instance may leave it broken: start a
		// fresh one for the next document
		c.dropInstance()
	}
	return o.res, o.err
}

type outcome struct {
	res *Result
	err error
}

// convertIn converts pdf on inst. With kill, a context that ends kills the
// instance (its runtime stops PDFium mid-call), so the call returns.
func convertIn(ctx context.Context, inst pdfium.Pdfium, pdf []byte, opt Options, kill bool) (o outcome) {
	defer func() {
		if r := recover(); r != nil {
			o = outcome{nil, fmt.Errorf("%w: PDFium gagal: %v", ErrCorrupt, r)}
		}
	}()
	if kill {
		stop := context.AfterFunc(ctx, func() { _ = inst.Kill() })
		defer stop()
	}
	doc, err := inst.OpenDocument(&requests.OpenDocument{File: &pdf})
	if err != nil {
		switch {
		case errors.Is(err, pdferr.ErrPassword), errors.Is(err, pdferr.ErrSecurity):
			return outcome{nil, ErrEncrypted}
		default:
			return outcome{nil, fmt.Errorf("%w (%v)", ErrCorrupt, err)}
		}
	}
	defer inst.FPDF_CloseDocument(&requests.FPDF_CloseDocument{Document: doc.Document})
	res, err := convertDoc(ctx, inst, doc.Document, opt)
	return outcome{res, err}
}

// Convert is a one-shot helper: a fresh Converter for one document.
func Convert(ctx context.Context, pdf []byte, opt Options) (*Result, error) {
	c, err := NewConverter(Config{})
	if err != nil {
		return nil, err
	}
	defer c.Close()
	return c.Convert(ctx, pdf, opt)
}
