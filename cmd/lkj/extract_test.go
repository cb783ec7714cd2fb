package main_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kpu-ntt/lkj/etl/sharedtest"
)

func TestExtractCommand(t *testing.T) {
	dir := t.TempDir()
	wd, _ := os.Getwd()
	pdf := sharedtest.Path(t, "corpus/pdf/lkj-synth-b.pdf")
	notPDF := filepath.Join(dir, "laporan.txt")
	os.WriteFile(notPDF, []byte("Laporan Kinerja\n"), 0o644)
	cases := []struct {
		args     []string
		code     int
		stdout   string // a line that must appear
		stderrIn string
	}{
		{[]string{"extract", pdf}, 0, "1\tPerencanaan Kinerja\t30\t22,50\t24,15", ""},
		{[]string{"extract", "--halaman", pdf}, 0, "\t3\tteks\tTabel 3.1 Hasil Evaluasi SAKIP", ""},
		{[]string{"extract", notPDF}, 2, "", "bukan berkas PDF"},
		{[]string{"extract", "../../etl/pdftext/testdata/encrypted.pdf"}, 3, "", "kata sandi"},
		{[]string{"extract"}, 2, "", "exactly one"},
	}
	for _, tc := range cases {
		r := lkj(t, wd, tc.args...)
		if r.code != tc.code {
			t.Errorf("%v: exit %d, want %d; stderr %s", tc.args, r.code, tc.code, r.stderr)
		}
		if tc.stdout != "" && !strings.Contains(r.stdout, tc.stdout) {
			t.Errorf("%v: stdout lacks %q", tc.args, tc.stdout)
		}
		if tc.stderrIn != "" && !strings.Contains(r.stderr, tc.stderrIn) {
			t.Errorf("%v: stderr %q lacks %q", tc.args, r.stderr, tc.stderrIn)
		}
	}
}
