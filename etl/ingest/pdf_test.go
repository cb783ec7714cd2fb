package ingest_test

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kpu-ntt/lkj/etl/ingest"
	"github.com/kpu-ntt/lkj/etl/sharedtest"
	"github.com/kpu-ntt/lkj/etl/warehouse/whtest"
)

// A folder of PDFs loads them; a corrupt and an encrypted PDF are rejected
// alone with their reason; a PDF is known by its bytes whatever its name;
// the page of every line is recorded as pdf.halaman findings.
func TestIngestPDFFolder(t *testing.T) {
	in := t.TempDir()
	good := map[string][]byte{}
	for _, n := range []string{"lkj-synth-a.pdf", "lkj-synth-b.pdf", "lkj-office.pdf"} {
		good[n] = sharedtest.Read(t, "corpus/pdf/"+n)
		os.WriteFile(filepath.Join(in, n), good[n], 0o644)
	}
	// Named without an extension: still a PDF.
	pandoc := sharedtest.Read(t, "corpus/pdf/lkj-pandoc.pdf")
	os.WriteFile(filepath.Join(in, "laporan-tanpa-ekstensi"), pandoc, 0o644)
	good["laporan-tanpa-ekstensi"] = pandoc
	enc, err := os.ReadFile("../pdftext/testdata/encrypted.pdf")
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(in, "terkunci.pdf"), enc, 0o644)
	os.WriteFile(filepath.Join(in, "rusak.pdf"), good["lkj-synth-a.pdf"][:3000], 0o644)

	ctx := context.Background()
	wh := whtest.New(t) // a folder of its own, not among the inputs
	sum, err := ingest.Run(ctx, wh, []string{in}, ingest.Options{Workers: 2})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Seen != 6 || sum.Rejected != 2 {
		t.Fatalf("summary %+v, want 6 seen and 2 rejected", sum)
	}
	rows, err := wh.Conn().QueryContext(ctx, "SELECT path, sha256, format, status, coalesce(pesan, '') FROM etl_document")
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	for rows.Next() {
		var path, sha, format, status, pesan string
		if err := rows.Scan(&path, &sha, &format, &status, &pesan); err != nil {
			t.Fatal(err)
		}
		name := filepath.Base(path)
		if format != "pdf" {
			t.Errorf("%s: format %q", name, format)
		}
		switch name {
		case "terkunci.pdf":
			if status != "rejected" || !strings.Contains(pesan, "kata sandi") {
				t.Errorf("%s: %s %q", name, status, pesan)
			}
		case "rusak.pdf":
			if status != "rejected" || !strings.Contains(pesan, "PDF") {
				t.Errorf("%s: %s %q", name, status, pesan)
			}
		default:
			sum := sha256.Sum256(good[name])
			if sha != hex.EncodeToString(sum[:]) {
				t.Errorf("%s: sha256 %s is not that of the PDF bytes", name, sha)
			}
			// office and pandoc report the same satker and year as
			// synth-a: one replaces the other, which is fine here.
			if status != "loaded" && status != "replaced" {
				t.Errorf("%s: %s %q", name, status, pesan)
			}
			t.Logf("%s: %s %s", name, status, pesan)
		}
	}
	var pages int
	wh.Conn().QueryRowContext(ctx, "SELECT count(*) FROM etl_finding WHERE aturan = 'pdf.halaman'").Scan(&pages)
	if pages == 0 {
		t.Error("no pdf.halaman findings: the page of a line is lost")
	}
}
