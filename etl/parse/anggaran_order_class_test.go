package parse

import (
	"fmt"
	"sort"
	"strings"
	"testing"
)

// TestBudgetRowsOutOfOrder: a budget table whose rows are not in
// program → kegiatan order (a form's responses in submission order, a
// table sorted by amount) proves no parent by order: a kegiatan under the
// program row just above it keeps that parent only when its code and its
// official name prove it; otherwise kode_induk is NULL with
// anggaran.induk_tidak_diketahui. A table in order keeps its parents.
func TestBudgetRowsOutOfOrder(t *testing.T) {
	const capt = "Tabel 3.3 Realisasi Anggaran Tahun 2022"
	const hdr = "Kode\tProgram/Kegiatan\tPagu\tRealisasi\tSisa"
	wa := "076.01.WA\tProgram Dukungan Manajemen\t5.000.000.000\t4.900.000.000\t100.000.000"
	cq := "076.01.CQ\tProgram Penyelenggaraan Pemilu dalam Proses Konsolidasi Demokrasi\t3.000.000.000\t2.900.000.000\t100.000.000"
	k3355 := "3355\tPengelolaan Keuangan dan Barang Milik Negara\t1.000.000.000\t990.000.000\t10.000.000"
	k6640 := "6640\tPenyelenggaraan Pemutakhiran Data Pemilih\t1.200.000.000\t1.150.000.000\t50.000.000"
	k6709 := "6709\tSosialisasi Pemilu\t800.000.000\t790.000.000\t10.000.000" // not the official name
	parents := func(lines ...string) string {
		d := parseDoc(t, "budget", append([]string{capt, "", hdr}, lines...)...)
		var out []string
		for _, a := range d.Anggaran {
			if a.Tingkat == "kegiatan" {
				out = append(out, fmt.Sprintf("%s<%s", a.Kode, a.KodeInduk))
			}
		}
		sort.Strings(out)
		return strings.Join(out, " ")
	}
	for _, tc := range []struct {
		name, want string
		lines      []string
	}{
		{"submission order: kegiatan first", "3355<076.01.WA 6640<076.01.CQ 6709<", []string{k6640, wa, k6709, cq, k3355}},
		{"sorted by amount", "3355<076.01.WA 6640<076.01.CQ 6709<", []string{k6640, k3355, wa, cq, k6709}},
		{"in order: parents by order kept", "3355<076.01.WA 6640<076.01.CQ 6709<076.01.CQ", []string{wa, k3355, cq, k6640, k6709}},
	} {
		if got := parents(tc.lines...); got != tc.want {
			t.Errorf("%s: parents %q, want %q", tc.name, got, tc.want)
		}
	}
	d := parseDoc(t, "budget", capt, "", hdr, k6640, wa, k6709, cq, k3355)
	if !hasRule(d, "anggaran.induk_tidak_diketahui") {
		t.Errorf("no anggaran.induk_tidak_diketahui: %+v", d.Findings)
	}
}
