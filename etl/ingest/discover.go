package ingest

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/kpu-ntt/lkj/etl/template"
)

// Source is one document to ingest.
type Source struct {
	Path   string // as the user named it (or found under a named folder)
	Format string // txt, xlsx, csv, pdf
}

// Discover expands paths into documents: .txt, .rtf, .md, .html, .xlsx and PDF files, and CSV
// template submissions (folders holding identitas.csv). Folders are walked in
// name order so runs are repeatable. A named file of an unknown kind is
// returned with Format "" so it is rejected with a message rather than
// silently dropped; unknown files found while walking are skipped.
func Discover(paths []string) ([]Source, error) {
	srcs, _, err := DiscoverSkipped(paths)
	return srcs, err
}

// DiscoverSkipped is Discover that also returns, in walk order, the regular
// files it finds under a folder and does not read (hidden files aside):
// what `lkj run` lists as skipped.
func DiscoverSkipped(paths []string) ([]Source, []string, error) {
	var out []Source
	var skipped []string
	for _, p := range paths {
		st, err := os.Stat(p)
		if err != nil {
			return nil, nil, fmt.Errorf("input %s: %w", p, err)
		}
		if !st.IsDir() {
			out = append(out, Source{Path: p, Format: formatOf(p)})
			continue
		}
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.IsDir() {
				if path != p && strings.HasPrefix(d.Name(), ".") {
					return filepath.SkipDir
				}
				if template.IsSubmission(path) {
					out = append(out, Source{Path: path, Format: "csv"})
					return filepath.SkipDir
				}
				return nil
			}
			// Only regular files: a named pipe or device called .txt would
			// block the reader forever.
			if !d.Type().IsRegular() && d.Type()&fs.ModeSymlink == 0 {
				return nil
			}
			if f := formatOf(path); f == "txt" || f == "xlsx" || f == "pdf" {
				out = append(out, Source{Path: path, Format: f})
			} else if d.Type().IsRegular() && !strings.HasPrefix(d.Name(), ".") {
				skipped = append(skipped, path)
			}
			return nil
		})
		if err != nil {
			return nil, nil, fmt.Errorf("input %s: %w", p, err)
		}
	}
	// A file also named on its own is a document, not skipped.
	named := map[string]bool{}
	for _, s := range out {
		named[filepath.Clean(s.Path)] = true
	}
	skipped = slices.DeleteFunc(skipped, func(p string) bool { return named[filepath.Clean(p)] })
	return out, skipped, nil
}

func formatOf(path string) string {
	// A PDF is known by its first bytes, whatever its name (see pdf.go).
	if isPDFFile(path) {
		return "pdf"
	}
	switch strings.ToLower(filepath.Ext(path)) {
	case ".pdf":
		return "pdf"
	case ".txt", ".text":
		return "txt"
	case ".md", ".markdown", ".html", ".htm":
		if isReportMarkup(path) {
			return "txt"
		}
	case ".rtf":
		// RTF is text: the text reader turns its markup into lines and
		// TAB rows before any table is read (parse/rtf.go).
		return "txt"
	case ".xlsx":
		return "xlsx"
	}
	if template.IsSubmission(path) {
		return "csv"
	}
	return ""
}
