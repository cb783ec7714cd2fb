package main

import (
	"bufio"
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"github.com/kpu-ntt/lkj/etl/ingest"
	"github.com/kpu-ntt/lkj/etl/pdftext"
)

// extractCmd prints the text lkj derives from a PDF: exactly what the
// parser reads during ingest, so a user can see why a value was (not) read.
func (a *app) extractCmd() *cobra.Command {
	var pages bool
	cmd := &cobra.Command{
		Use:   "extract FILE.pdf",
		Short: "Print the text lkj derives from a PDF (what the parser reads)",
		Long: `Print the text lkj derives from a PDF: one line per visual line and per
table row, TAB between table cells, a form-feed line between pages. This
is exactly what 'lkj ingest' parses; line numbers match baris_awal and
baris_akhir of its facts and findings.

With --halaman every line is prefixed by its line number, PDF page and
source: LINE<TAB>PAGE<TAB>teks|ocr<TAB>text. With --ocr, pages without a
text layer are read with tesseract (-l ind+eng); their lines say "ocr".
Findings (scanned pages) go to stderr.`,
		Args: func(_ *cobra.Command, args []string) error {
			if len(args) != 1 {
				return usageErr("extract needs exactly one PDF file")
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			data, err := os.ReadFile(args[0])
			if err != nil {
				return usageErr("%v", err)
			}
			if !pdftext.IsPDF(data) {
				return usageErr("%s: %v", args[0], pdftext.ErrNotPDF)
			}
			res, err := pdftext.Convert(cmd.Context(), data, ingest.PDFOptions)
			if err != nil {
				if errors.Is(err, pdftext.ErrNoOCR) {
					return withCode(exitUsage, fmt.Errorf("%s: %w", args[0], err))
				}
				// The document cannot be read: like a rejection in ingest.
				fmt.Fprintf(a.stderr, "%s: %v\n", args[0], err)
				return errQuiet{exitRejected}
			}
			for _, f := range res.Findings {
				fmt.Fprintf(a.stderr, "%s: halaman %d: %s (%s)\n", args[0], f.Page, f.Message, f.Code)
			}
			w := bufio.NewWriter(a.stdout)
			defer w.Flush()
			if !pages {
				_, err = w.Write(res.Text)
				return err
			}
			lines := strings.Split(strings.TrimSuffix(string(res.Text), "\n"), "\n")
			for i, l := range lines {
				mark := "teks"
				if i < len(res.LineOCR) && res.LineOCR[i] {
					mark = "ocr"
				}
				page := 0
				if i < len(res.LinePage) {
					page = res.LinePage[i]
				}
				fmt.Fprintf(w, "%d\t%d\t%s\t%s\n", i+1, page, mark, l)
			}
			return nil
		},
	}
	cmd.Flags().BoolVar(&pages, "halaman", false, "prefix each line with its line number and PDF page")
	return cmd
}
