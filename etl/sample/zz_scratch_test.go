package sample

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kpu-ntt/lkj/etl/pdftext"
)

func TestScratchConvert(t *testing.T) {
	dir := os.Getenv("SCRATCH_DIR")
	if dir == "" {
		t.Skip()
	}
	c, err := pdftext.NewConverter(pdftext.Config{})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	files, _ := filepath.Glob(filepath.Join(dir, "*", "*.pdf"))
	for _, f := range files {
		b, _ := os.ReadFile(f)
		res, err := c.Convert(context.Background(), b, pdftext.Options{})
		if err != nil {
			t.Errorf("%s: %v", f, err)
			continue
		}
		os.WriteFile(strings.TrimSuffix(f, ".pdf")+".conv", res.Text, 0o644)
	}
}
