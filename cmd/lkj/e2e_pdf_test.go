package main_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// pdfRouteSatkers keep the PDF end-to-end test fast on two cores: the
// province (house style provinsi), Alor (kabupaten), Kota Kupang (ringkas)
// and two kabupaten whose style the seed picks.
var pdfRouteSatkers = []string{"53", "5305", "5371", "5301", "5302"}

// TestEvalPDFRoute (issue 10, "Truth for PDFs"): the synthetic corpus drawn
// as PDF scores F1 >= 0.995 in every family with no silently wrong row,
// and loads the same facts as its text twin, view by view and row by row
// (the document id and the line numbers differ by nature).
func TestEvalPDFRoute(t *testing.T) {
	dir := t.TempDir()
	for _, f := range []string{"txt", "pdf"} {
		r := lkj(t, dir, "sample", "--scope", "ntt", "--years", "2024", "--seed", "5", "--noise", "high",
			"--template-share", "0", "--format", f, "--out", f)
		if r.code != 0 {
			t.Fatalf("sample --format %s: exit %d %s", f, r.code, r.stderr)
		}
		keepSatkers(t, filepath.Join(dir, f), pdfRouteSatkers)
	}
	pdfs, _ := filepath.Glob(filepath.Join(dir, "pdf", "*", "*.pdf"))
	if len(pdfs) != len(pdfRouteSatkers) {
		t.Fatalf("%d PDFs, want %d", len(pdfs), len(pdfRouteSatkers))
	}

	if r := lkj(t, dir, "--quiet", "--db", "pdf.duckdb", "ingest", "pdf"); r.code != 0 && r.code != 3 {
		t.Fatalf("ingest pdf: exit %d\n%s", r.code, r.stderr)
	}
	loaded := lkj(t, dir, "--db", "pdf.duckdb", "query", "--format", "csv", "SELECT count(*) AS n FROM dokumen WHERE path LIKE '%.pdf'")
	if loaded.code != 0 {
		t.Fatalf("query: exit %d %s", loaded.code, loaded.stderr)
	}
	if strings.TrimSpace(loaded.stdout) == "n\n0" {
		if os.Getenv("CI") != "true" {
			t.Skip("lkj ingest does not read .pdf yet (branch pdf); under CI=true this fails")
		}
		t.Fatal("lkj ingest loaded no PDF")
	}

	for _, f := range []string{"txt", "pdf"} {
		r := lkj(t, dir, "--quiet", "--db", f+".duckdb", "eval", f, "--min-f1", "0.995", "--list", "silent")
		if r.code != 0 {
			t.Errorf("eval %s route: exit %d\n%s\n%s", f, r.code, r.stdout, r.stderr)
		}
		if strings.Contains(r.stdout, "\tsilent-wrong\t") {
			t.Errorf("eval %s route: silently wrong rows\n%s", f, r.stdout)
		}
	}

	// Not compared: the document, its lines and pages, and sumber, which
	// names the table by its caption or else by its first line.
	for _, v := range []string{"capaian", "capaian_seri", "anggaran", "sakip", "sakip_komponen", "rb", "dpt"} {
		q := "SELECT COLUMNS(c -> c NOT IN ('doc_id', 'path', 'sumber') AND c NOT LIKE 'baris%' AND c NOT LIKE 'halaman%') FROM " + v + " ORDER BY ALL"
		txt := lkj(t, dir, "--db", "txt.duckdb", "query", "--format", "csv", q)
		pdf := lkj(t, dir, "--db", "pdf.duckdb", "query", "--format", "csv", q)
		if txt.code != 0 || pdf.code != 0 {
			t.Fatalf("query %s: exit %d/%d %s %s", v, txt.code, pdf.code, txt.stderr, pdf.stderr)
		}
		if strings.Count(txt.stdout, "\n") < 2 && v != "rb" {
			t.Errorf("%s: the text route loaded no rows", v)
		}
		if txt.stdout != pdf.stdout {
			t.Errorf("%s: the PDF route loads other facts than the text route:\n%s", v, firstDiff(txt.stdout, pdf.stdout))
		}
	}
}

// keepSatkers removes the documents and truth of every other satker.
func keepSatkers(t *testing.T, corpus string, keep []string) {
	t.Helper()
	entries, err := os.ReadDir(corpus)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if e.IsDir() && e.Name() != "truth" && !contains(keep, e.Name()) {
			if err := os.RemoveAll(filepath.Join(corpus, e.Name())); err != nil {
				t.Fatal(err)
			}
		}
	}
	truths, _ := filepath.Glob(filepath.Join(corpus, "truth", "*-*.json"))
	for _, p := range truths {
		id, _, _ := strings.Cut(filepath.Base(p), "-")
		if !contains(keep, id) {
			os.Remove(p)
		}
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// firstDiff shows the first few lines where two CSV outputs differ.
func firstDiff(a, b string) string {
	la, lb := strings.Split(a, "\n"), strings.Split(b, "\n")
	var out []string
	for i := 0; i < max(len(la), len(lb)) && len(out) < 8; i++ {
		x, y := "", ""
		if i < len(la) {
			x = la[i]
		}
		if i < len(lb) {
			y = lb[i]
		}
		if x != y {
			out = append(out, "  text: "+x, "  pdf:  "+y)
		}
	}
	return strings.Join(out, "\n")
}
