package parse

import (
	"strings"
	"testing"

	"github.com/kpu-ntt/lkj/etl/sharedtest"
)

// TestDPTRoleMemo: the memo answers every cell as dptRoleOf does, the
// first time and from memory, and keeps keys of its own (the texts are
// pooled buffers the next document overwrites).
func TestDPTRoleMemo(t *testing.T) {
	cells := []string{"L", "P", "L+P", "Jumlah TPS", "Kecamatan", "DPT L", "% DPT", "Jumlah Pemilih Laki-laki",
		"PEREMPUAN", "Nama Desa/Kelurahan", "Total DPT", "Daerah Pemilihan", "Kode Wilayah", "", " ", "Keterangan"}
	for _, text := range marksTexts(t) {
		for _, ln := range strings.Split(string(text), "\n") {
			cells = append(cells, strings.Split(ln, "\t")...)
			cells = append(cells, strings.Split(ln, "|")...)
		}
	}
	for round := 0; round < 2; round++ {
		for _, c := range cells {
			if got, want := dptRole(c), dptRoleOf(c); got != want {
				t.Fatalf("round %d: dptRole(%q) = %d, dptRoleOf = %d", round, c, got, want)
			}
		}
	}
	for _, p := range sharedtest.RealReports {
		if _, err := Text(p, sharedtest.Read(t, p)); err != nil {
			t.Fatal(err)
		}
	}
	dptRoleMemo.RLock()
	defer dptRoleMemo.RUnlock()
	if len(dptRoleMemo.m) == 0 {
		t.Fatal("the memo is empty")
	}
	for k, r := range dptRoleMemo.m {
		if got, ok := dptRoleMemo.m[strings.Clone(k)]; !ok || got != r || r != dptRoleOf(k) {
			t.Errorf("memo key %q is not found by its text, or not its role", k)
		}
	}
}
