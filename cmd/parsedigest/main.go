// Command parsedigest prints one line per LKj document under the given
// folders: its path, its fact and finding counts and a hash of everything
// the parser made of it. Run it before and after a parser change and diff
// the two outputs: the documents whose line changed are exactly the ones the
// change reaches, which no corpus score can show (a score misses a moved
// finding, a changed raw text, a fact no truth holds).
//
// Usage:
//
//	parsedigest [-pdf] [-dump DIR] FOLDER...
//
// Held-out folders (unseen*) and truth folders are skipped. The parser
// version is blanked before hashing, so a version bump alone moves nothing.
//
// Exit codes: 0 every document digested; 1 some document could not be read,
// converted or parsed (its line says why); 2 usage error.
package main

import (
	"context"
	"crypto/sha256"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/kpu-ntt/lkj/etl/parse"
	"github.com/kpu-ntt/lkj/etl/pdftext"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	fl := flag.NewFlagSet("parsedigest", flag.ContinueOnError)
	fl.SetOutput(stderr)
	withPDF := fl.Bool("pdf", false, "also convert and digest every PDF (slow)")
	dump := fl.String("dump", "", "write each parsed document as JSON into this folder")
	fl.Usage = func() {
		fmt.Fprintln(stderr, "usage: parsedigest [-pdf] [-dump DIR] FOLDER...")
		fl.PrintDefaults()
	}
	if err := fl.Parse(args); err != nil {
		return 2
	}
	if fl.NArg() == 0 {
		fl.Usage()
		return 2
	}
	files, err := documents(fl.Args(), *withPDF)
	if err != nil {
		fmt.Fprintln(stderr, "parsedigest:", err)
		return 2
	}
	code := 0
	for _, p := range files {
		line, err := digest(p, *dump)
		if err != nil {
			fmt.Fprintf(stdout, "%s ERROR %v\n", p, err)
			code = 1
			continue
		}
		fmt.Fprintln(stdout, line)
	}
	return code
}

// documents lists the .txt (and .pdf) files under roots, sorted.
func documents(roots []string, withPDF bool) ([]string, error) {
	var files []string
	for _, root := range roots {
		err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.IsDir() && p != root && (strings.HasPrefix(d.Name(), "unseen") || d.Name() == "truth") {
				return filepath.SkipDir
			}
			if strings.HasSuffix(p, ".txt") || withPDF && strings.HasSuffix(p, ".pdf") {
				files = append(files, p)
			}
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("walk %s: %w", root, err)
		}
	}
	sort.Strings(files)
	return files, nil
}

// digest parses one document and returns its line.
func digest(p, dump string) (string, error) {
	b, err := os.ReadFile(p)
	if err != nil {
		return "", err
	}
	if strings.HasSuffix(p, ".pdf") {
		r, err := pdftext.Convert(context.Background(), b, pdftext.Options{})
		if err != nil {
			return "", fmt.Errorf("convert: %w", err)
		}
		b = r.Text
	}
	d, err := parse.Text(filepath.Base(p), b)
	if err != nil {
		return "", fmt.Errorf("parse: %w", err)
	}
	d.Meta.ParserVersion = ""
	j, err := json.Marshal(d)
	if err != nil {
		return "", fmt.Errorf("encode: %w", err)
	}
	if dump != "" {
		jj, _ := json.MarshalIndent(d, "", " ")
		if err := os.WriteFile(filepath.Join(dump, strings.ReplaceAll(filepath.ToSlash(p), "/", "_")+".json"), jj, 0o644); err != nil {
			return "", fmt.Errorf("dump: %w", err)
		}
	}
	h := sha256.Sum256(j)
	return fmt.Sprintf("%s facts=%d findings=%d %x", p, d.FactCount(), len(d.Findings), h[:8]), nil
}
