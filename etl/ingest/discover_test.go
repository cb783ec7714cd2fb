package ingest

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

// DiscoverSkipped names, beside the documents, the files under a folder it
// does not read; not hidden files or folders, not the files of a template
// submission, and never a file named on the command line (that one is a
// source, rejected later if unreadable).
func TestDiscoverSkipped(t *testing.T) {
	dir := t.TempDir()
	for _, rel := range []string{"a.txt", "b.docx", "sub/c.odt", "sub/lkj-e.md", "sub/README.md", "Laporan-F.HTML", ".notes", ".hidden/d.txt", "tpl/identitas.csv", "tpl/capaian.csv"} {
		p := filepath.Join(dir, filepath.FromSlash(rel))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		body := "x\n"
		if rel == "sub/README.md" || rel == "sub/lkj-e.md" || rel == "Laporan-F.HTML" {
			body = "<h1>Laporan Kinerja KPU Kabupaten Alor 2024</h1>\n"
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	named := filepath.Join(dir, "b.docx")
	srcs, skipped, err := DiscoverSkipped([]string{dir, named})
	if err != nil {
		t.Fatal(err)
	}
	wantSrcs := []Source{
		{Path: filepath.Join(dir, "Laporan-F.HTML"), Format: "txt"},
		{Path: filepath.Join(dir, "a.txt"), Format: "txt"},
		{Path: filepath.Join(dir, "sub", "lkj-e.md"), Format: "txt"},
		{Path: filepath.Join(dir, "tpl"), Format: "csv"},
		{Path: named, Format: ""},
	}
	if !reflect.DeepEqual(srcs, wantSrcs) {
		t.Errorf("sources %+v, want %+v", srcs, wantSrcs)
	}
	if want := []string{filepath.Join(dir, "sub", "README.md"), filepath.Join(dir, "sub", "c.odt")}; !reflect.DeepEqual(skipped, want) {
		t.Errorf("skipped %q, want %q", skipped, want)
	}
}
