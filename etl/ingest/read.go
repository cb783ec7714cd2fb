package ingest

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"

	"github.com/kpu-ntt/lkj/etl/facts"
	"github.com/kpu-ntt/lkj/etl/parse"
	"github.com/kpu-ntt/lkj/etl/template"
	"github.com/kpu-ntt/lkj/etl/validate"
)

// TemplateVersion is bumped when the template reader's output changes, so
// re-ingesting re-reads submissions.
const TemplateVersion = "template-2"

// versionOf is the reader version a source will be read with; a document
// already loaded with the same bytes and version is skipped.
func versionOf(format string) string {
	if format == "txt" {
		return parse.Version
	}
	if format == "pdf" {
		return PDFVersion
	}
	return TemplateVersion
}

// parsed is the outcome of reading one source.
type parsed struct {
	src     Source
	sha     string
	bytes   int64
	doc     *facts.Document
	err     error // the document is rejected with this reason
	skip    bool  // same bytes and reader version already in the warehouse
	existed bool  // same bytes loaded before by an older reader: clear first
	// prevRejected is the stored reason when the same bytes were rejected
	// by the same reader before.
	prevRejected string
	status       string
}

// fingerprint hashes a source: a file's bytes, or a submission folder's
// files (names and bytes, in name order).
func fingerprint(src Source, maxBytes int64) (sum string, size int64, data []byte, err error) {
	h := sha256.New()
	if src.Format == "csv" {
		entries, err := os.ReadDir(src.Path)
		if err != nil {
			return "", 0, nil, err
		}
		sort.Slice(entries, func(i, j int) bool { return entries[i].Name() < entries[j].Name() })
		for _, e := range entries {
			if e.IsDir() {
				continue
			}
			b, err := readLimited(filepath.Join(src.Path, e.Name()), maxBytes-size)
			if err != nil {
				return "", 0, nil, err
			}
			size += int64(len(b))
			fmt.Fprintf(h, "%s\x00%d\x00", e.Name(), len(b))
			h.Write(b)
		}
		return hex.EncodeToString(h.Sum(nil)), size, nil, nil
	}
	b, err := readLimited(src.Path, maxBytes)
	if err != nil {
		return "", 0, nil, err
	}
	h.Write(b)
	return hex.EncodeToString(h.Sum(nil)), int64(len(b)), b, nil
}

var errTooBig = errors.New("larger than the maximum document size")

func readLimited(path string, max int64) ([]byte, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if !st.Mode().IsRegular() {
		return nil, fmt.Errorf("%s is not a regular file (%s)", path, st.Mode().Type())
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, max+1))
	if err != nil {
		return nil, err
	}
	if int64(len(b)) > max {
		return nil, fmt.Errorf("%w (%d bytes; see max_document_bytes)", errTooBig, max)
	}
	return b, nil
}

// read turns a source into a validated document. It never panics: a reader
// that does is reported as a rejection.
func read(src Source, data []byte, id parse.Options) (doc *facts.Document, err error) {
	defer func() {
		if r := recover(); r != nil {
			doc, err = nil, fmt.Errorf("internal error while reading (please report): %v%s", r, panicSite())
		}
	}()
	switch src.Format {
	case "txt":
		doc, err = parse.TextWith(src.Path, data, id)
	case "xlsx":
		doc, err = template.ReadXLSX(src.Path)
	case "csv":
		doc, err = template.ReadDir(src.Path)
	case "pdf":
		doc, err = readPDF(src, data, id.Limits)
	default:
		return nil, errors.New("unknown document kind: expected an LKj text (.txt, .rtf, .md or .html), a PDF, a template workbook (.xlsx) or a template folder with identitas.csv")
	}
	if err != nil {
		// A reader may return what it could identify (satker, year) and
		// one finding per problem beside the error; keep them for the
		// rejection record.
		return doc, err
	}
	if doc == nil {
		return nil, errors.New("reader returned no document")
	}
	validate.Document(doc)
	return doc, nil
}

// panicSite names the frame that panicked, for a panic being recovered by
// the caller's deferred function, so a "please report" rejection says
// where the reader failed: a one-off panic under load is otherwise
// undiagnosable. It returns "" when not called during a panic.
func panicSite() string {
	pc := make([]uintptr, 64)
	frames := runtime.CallersFrames(pc[:runtime.Callers(2, pc)])
	panicking := false
	for {
		f, more := frames.Next()
		switch {
		case f.Function == "runtime.gopanic":
			panicking = true
		case panicking && !strings.HasPrefix(f.Function, "runtime."):
			return fmt.Sprintf(" (at %s, %s:%d)", f.Function, filepath.Base(f.File), f.Line)
		}
		if !more {
			return ""
		}
	}
}
