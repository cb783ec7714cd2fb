// Package template reads and writes the structured LKj template: the CSV
// directory or XLSX workbook in which a satker submits its facts directly
// instead of a PDF report. The layout is documented in schemas/TEMPLATE.md;
// column names mirror the contract views, so a submission reads like the
// warehouse it feeds.
//
// A template is strict where the text parser is forgiving: it is typed by
// the satker itself, so a cell that does not hold what its column promises
// rejects the whole document, with an error naming file, sheet, row and
// column. The satker fixes and resubmits; nothing is guessed. Arithmetic
// consistency (children sum to parents, L+P = total, capaian recomputed) is
// not checked here: that is the validate stage's job for every source.
package template

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// parserVersion is recorded in etl_document; bump it when a reading rule
// changes, so documents can be re-read.
const parserVersion = "template/1"

// Size limits: a template is a few hundred rows; anything far larger is
// not a template, and reading it whole would only waste memory.
const (
	maxCSVBytes   = 32 << 20
	maxXLSXBytes  = 64 << 20
	maxUnzipBytes = 512 << 20
)

// IsSubmission reports whether path is a CSV submission directory (has identitas.csv).
func IsSubmission(path string) bool {
	entries, err := os.ReadDir(path)
	if err != nil {
		return false
	}
	for _, e := range entries {
		if e.Type().IsRegular() && strings.EqualFold(e.Name(), "identitas.csv") {
			return true
		}
	}
	return false
}

// ReadDir reads a CSV submission directory.
//
// On a rejected submission it returns the error together with a document
// holding only Meta and the error findings, so the caller can record the
// rejection; such a document never holds facts. I/O failures return a nil
// document.
func ReadDir(path string) (doc *facts.Document, err error) {
	defer guard(path, &doc, &err)
	files, err := loadDir(path)
	if err != nil {
		return nil, fmt.Errorf("template %s: %w", path, err)
	}
	return readCSVFiles(path, files)
}

// ReadXLSX reads an XLSX submission. Errors are as for ReadDir.
func ReadXLSX(path string) (doc *facts.Document, err error) {
	defer guard(path, &doc, &err)
	st, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("template %s: %w", path, err)
	}
	if st.Size() > maxXLSXBytes {
		return nil, fmt.Errorf("template %s: %d bytes is too large for a template (limit %d)", path, st.Size(), maxXLSXBytes)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("template %s: %w", path, err)
	}
	return readXLSXBytes(path, data)
}

// guard turns a panic into an error, so one hostile file cannot stop a run
// over many documents.
func guard(path string, doc **facts.Document, err *error) {
	if v := recover(); v != nil {
		*doc = nil
		*err = fmt.Errorf("template %s: internal error: %v", path, v)
	}
}

// csvFile is one CSV of a submission, read into memory: the parser works on
// these, so the fuzz target can feed it without touching the disk.
type csvFile struct {
	name string
	data []byte
}

// loadDir reads the .csv files of a submission directory (not recursing).
func loadDir(path string) ([]csvFile, error) {
	entries, err := os.ReadDir(path)
	if err != nil {
		return nil, err
	}
	var files []csvFile
	for _, e := range entries {
		if !e.Type().IsRegular() || !strings.EqualFold(filepath.Ext(e.Name()), ".csv") {
			continue
		}
		p := filepath.Join(path, e.Name())
		info, err := e.Info()
		if err != nil {
			return nil, err
		}
		if info.Size() > maxCSVBytes {
			return nil, fmt.Errorf("%s: %d bytes is too large for a template file (limit %d)", e.Name(), info.Size(), maxCSVBytes)
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return nil, err
		}
		files = append(files, csvFile{name: e.Name(), data: data})
	}
	return files, nil
}

// readCSVFiles parses a submission's files. The document identity (sha256)
// covers the template files only, in name order, so a notes file beside
// them does not make an unchanged submission look new.
func readCSVFiles(path string, files []csvFile) (*facts.Document, error) {
	r, err := newReader(path, "csv")
	if err != nil {
		return nil, err
	}
	sort.Slice(files, func(i, j int) bool { return files[i].name < files[j].name })
	h := sha256.New()
	tables := map[*family]*table{}
	for _, f := range files {
		fam := familyNamed(strings.TrimSuffix(strings.ToLower(f.name), ".csv"))
		if fam == nil {
			r.warn(problem{where: f.name, msg: "not a template file; ignored"}, "template.lembar_tidak_dikenal", "")
			continue
		}
		fmt.Fprintf(h, "%s\x00%d\x00", strings.ToLower(f.name), len(f.data))
		h.Write(f.data)
		r.doc.Meta.Bytes += int64(len(f.data))
		if prev := tables[fam]; prev != nil {
			r.fail(problem{where: f.name, msg: "duplicates " + prev.where + "; keep one"}, "template.berkas", "")
			continue
		}
		if t := r.parseCSV(f.name, f.data); t != nil {
			t.fam = fam
			tables[fam] = t
		}
	}
	r.doc.Meta.SHA256 = hex.EncodeToString(h.Sum(nil))
	return r.read(tables, "identitas.csv")
}

// WriteXLSX writes doc as a template workbook (used by the synthetic generator and tests).
func WriteXLSX(w io.Writer, doc *facts.Document) (err error) {
	defer func() {
		if v := recover(); v != nil {
			err = fmt.Errorf("template: writing workbook: internal error: %v", v)
		}
	}()
	return writeXLSX(w, doc)
}

// WriteDir writes doc as a CSV submission directory.
func WriteDir(dir string, doc *facts.Document) (err error) {
	defer func() {
		if v := recover(); v != nil {
			err = fmt.Errorf("template %s: internal error: %v", dir, v)
		}
	}()
	return writeDir(dir, doc)
}
