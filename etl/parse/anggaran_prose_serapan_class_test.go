package parse

import (
	"strings"
	"testing"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// TestBudgetProseSerapanClass: a budget table printing its total's
// absorption only as an unspent share or a ratio, the sentence beside it
// stating the total's pagu, realisasi and percent in words: the table's
// TOTAL takes the sentence's percent. Look-alikes: a table printing its
// own percent (kept), one with no absorption column at all (nothing), a
// sentence about another year, about a part of the table, or far from it
// (nothing), a percent the figures or the table's cell do not make (a
// finding) (anggaran_prose_serapan.go).
func TestBudgetProseSerapanClass(t *testing.T) {
	table := func(head string, rows ...string) []string {
		return barred(append(append([]string{"Tabel 3.6 Pagu dan Realisasi Anggaran 2024", "", head}, rows...), "")...)
	}
	plain := table("Kode|Program|Pagu (Rp)|Realisasi (Rp)|Sisa (Rp)",
		"076.01.CQ|Program Penyelenggaraan Pemilu|5.000.000.000|4.900.000.000|100.000.000",
		"076.01.WA|Program Dukungan Manajemen|2.000.000.000|1.950.000.000|50.000.000",
		"|TOTAL|7.000.000.000|6.850.000.000|150.000.000")
	unspent := table("Kode|Program|Pagu (Rp)|Realisasi (Rp)|% Sisa Anggaran",
		"076.01.CQ|Program Penyelenggaraan Pemilu|5.000.000.000|4.900.000.000|2,00",
		"076.01.WA|Program Dukungan Manajemen|2.000.000.000|1.950.000.000|2,50",
		"|TOTAL|7.000.000.000|6.850.000.000|2,14")
	ratio := table("Kode|Program|Pagu (Rp)|Realisasi (Rp)|Rasio",
		"076.01.CQ|Program Penyelenggaraan Pemilu|5.000.000.000|4.900.000.000|0,9800",
		"076.01.WA|Program Dukungan Manajemen|2.000.000.000|1.950.000.000|0,9750",
		"|TOTAL|7.000.000.000|6.850.000.000|0,9786")
	printed := table("Kode|Program|Pagu (Rp)|Realisasi (Rp)|Serapan (%)",
		"076.01.CQ|Program Penyelenggaraan Pemilu|5.000.000.000|4.900.000.000|98,0",
		"076.01.WA|Program Dukungan Manajemen|2.000.000.000|1.950.000.000|97,5",
		"|TOTAL|7.000.000.000|6.850.000.000|97,9")
	src := []string{"Sumber: aplikasi SAKTI, Desember 2024", ""}
	join := func(parts ...[]string) (out []string) {
		for _, p := range parts {
			out = append(out, p...)
		}
		return out
	}
	sentence := "Secara total realisasi anggaran mencapai Rp6.850.000.000 dari pagu Rp7.000.000.000 atau terserap 97,86%."
	tests := []struct {
		name string
		body []string
		want string // the TOTAL 2024's serapan_lapor
		find bool   // an anggaran.serapan_kalimat finding
	}{
		{"an unspent share column, the sentence under the table's source line", join(unspent, src, []string{sentence, ""}), "97.86", false},
		{"a ratio column, the sentence right under the table", join(ratio, []string{sentence, ""}, src), "97.86", false},
		{"no absorption column at all: the table reports none, nothing", join(plain, src, []string{sentence, ""}), "<nil>", false},
		{"a share the sentence's percent does not make: a finding, nothing loaded", join(table("Kode|Program|Pagu (Rp)|Realisasi (Rp)|% Tidak Terserap",
			"076.01.CQ|Program Penyelenggaraan Pemilu|5.000.000.000|4.900.000.000|2,00",
			"076.01.WA|Program Dukungan Manajemen|2.000.000.000|1.950.000.000|2,50",
			"|TOTAL|7.000.000.000|6.850.000.000|3,14"), src, []string{sentence, ""}), "<nil>", true},
		{"a ratio printed to four places the sentence's percent does not make (0,9800, not 0,9786): a finding, nothing loaded",
			join(table("Kode|Program|Pagu (Rp)|Realisasi (Rp)|Rasio",
				"076.01.CQ|Program Penyelenggaraan Pemilu|5.000.000.000|4.900.000.000|0,9800",
				"076.01.WA|Program Dukungan Manajemen|2.000.000.000|1.950.000.000|0,9750",
				"|TOTAL|7.000.000.000|6.850.000.000|0,9800"), []string{sentence, ""}, src), "<nil>", true},
		{"an unspent share column, the sentence over the table", join([]string{
			"Pagu TA 2024 sebesar Rp7.000.000.000 dengan realisasi Rp6.850.000.000 (serapan 97,86%), dirinci pada tabel berikut.", ""},
			unspent, src), "97.86", false},
		{"the table prints its own percent: kept", join(printed, src, []string{sentence, ""}), "97.9", false},
		{"a percent the total's figures do not make: a finding, nothing loaded", join(unspent, src,
			[]string{"Dari pagu keseluruhan Rp7.000.000.000 telah terealisasi Rp6.850.000.000, atau serapan 97,50%.", ""}), "<nil>", true},
		{"another year's sentence: nothing", join(unspent, src,
			[]string{"Pada tahun 2023 pagu Rp6.000.000.000 terealisasi Rp5.700.000.000 atau terserap 95,00%.", ""}), "<nil>", false},
		{"a part of the table: nothing", join(unspent, src,
			[]string{"Program Dukungan Manajemen dengan pagu Rp2.000.000.000 terealisasi Rp1.950.000.000 atau terserap 97,50%.", ""}), "<nil>", false},
		{"far from the table: nothing", join(unspent, src,
			[]string{"Kendala pelaksanaan anggaran diuraikan pada bagian berikut.", "", "Faktor penyebab sisa anggaran adalah efisiensi.", "",
				sentence, ""}), "<nil>", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := parseDoc(t, tc.name, tc.body...)
			u := utamaTotal(d, 2024)
			if u == nil {
				t.Fatalf("no TOTAL 2024; rows %v", factRows["anggaran"](d))
			}
			if *u.Pagu != 7000000000 || *u.Realisasi != 6850000000 {
				t.Errorf("TOTAL pagu %s realisasi %s, want the table's", nv(u.Pagu), nv(u.Realisasi))
			}
			if got := nv(u.SerapanLapor); got != tc.want {
				t.Errorf("TOTAL serapan_lapor = %s, want %s", got, tc.want)
			}
			if got := hasFinding(d, "anggaran.serapan_kalimat"); got != tc.find {
				t.Errorf("finding anggaran.serapan_kalimat = %v, want %v", got, tc.find)
			}
			// a percent taken from the sentence names it; one printed or refused does not
			fromSentence := tc.want != "<nil>" && !strings.Contains(strings.Join(tc.body, "\n"), "Serapan (%)")
			if got := hasFinding(d, "anggaran.serapan_dari_kalimat"); got != fromSentence {
				t.Errorf("finding anggaran.serapan_dari_kalimat = %v, want %v", got, fromSentence)
			}
		})
	}
}

// utamaTotal is the kept TOTAL row of year y.
func utamaTotal(d *facts.Document, y int) *facts.Anggaran {
	for i := range d.Anggaran {
		if a := &d.Anggaran[i]; a.Kode == "TOTAL" && a.Tahun == y && a.Utama {
			return a
		}
	}
	return nil
}
