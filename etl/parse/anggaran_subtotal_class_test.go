package parse

import (
	"strings"
	"testing"
)

// TestBudgetGroupSubtotals: a budget table grouped per sasaran (or bidang)
// with a total per group and a grand total. The group totals mix programs:
// they are neither the year's TOTAL nor a program's, and load nothing; the
// kegiatan rows and the grand total load. A name run on to a row of its
// own (only the rest of the name) changes nothing. When nothing tells the
// totals apart (same plain label, no sum), they stay and conflict.
func TestBudgetGroupSubtotals(t *testing.T) {
	g1 := []string{
		"076.01.WA.3355\tPengelolaan Keuangan dan Barang Milik Negara\t973.853.000\t953.119.445\t97,87",
		"076.01.WA.3360\tOperasional Perkantoran dan Dukungan Sarana\t1.478.327.000\t1.441.489.599\t97,51",
		"\tPrasarana\t\t\t",
		"076.01.CQ.6640\tPenyelenggaraan Pemutakhiran Data Pemilih\t456.268.000\t445.902.887\t97,73",
	}
	g2 := []string{
		"076.01.WA.3358\tPengelolaan Sumber Daya Manusia\t393.069.000\t378.294.074\t96,24",
		"076.01.CQ.6709\tSosialisasi dan Partisipasi Masyarakat\t384.878.000\t378.453.483\t98,33",
	}
	const (
		s1 = "\t2.908.448.000\t2.840.511.931\t97,66"
		s2 = "\t777.947.000\t756.747.557\t97,28"
		gt = "\t3.686.395.000\t3.597.259.488\t97,58"
	)
	build := func(h1, h2, l1, l2, lt string) []string {
		out := []string{"Tabel 3.6 Realisasi Anggaran per Sasaran Tahun 2024", "", "Kode\tKegiatan\tPagu (Rp)\tRealisasi (Rp)\t%"}
		if h1 != "" {
			out = append(out, h1)
		}
		out = append(out, g1...)
		out = append(out, l1+s1)
		if h2 != "" {
			out = append(out, h2)
		}
		out = append(out, g2...)
		out = append(out, l2+s2, lt+gt)
		return out
	}
	tests := []struct {
		name  string
		body  []string
		total int64 // pagu of the utama TOTAL; 0: NULL or none
		rule  string
	}{
		{"jumlah sasaran n and jumlah total",
			build("Sasaran 1: Meningkatnya kualitas sarana", "Sasaran 2: Meningkatnya akuntabilitas", "\tJumlah Sasaran 1", "\tJumlah Sasaran 2", "\tJUMLAH TOTAL"), 3686395000, "anggaran.subtotal"},
		{"subtotal and total",
			build("", "", "\tSubtotal", "\tSub Total", "\tTotal"), 3686395000, ""},
		{"total per bidang and grand total, English",
			build("", "", "\tTotal Goal 1", "\tTotal Goal 2", "\tGrand Total"), 3686395000, "anggaran.subtotal"},
		{"plain jumlah rows proven by their sum",
			build("Sasaran 1: Meningkatnya kualitas sarana", "Sasaran 2: Meningkatnya akuntabilitas", "\tJumlah", "\tJumlah", "\tJumlah"), 3686395000, "anggaran.subtotal"},
		{"grand total with no label",
			build("", "", "\tJumlah Sasaran 1", "\tJumlah Sasaran 2", "\t"), 3686395000, "anggaran.subtotal"},
	}
	for _, tc := range tests {
		d := parseDoc(t, tc.name, tc.body...)
		var tot int64
		n := 0
		for _, a := range d.Anggaran {
			if a.Kode == "TOTAL" {
				n++
				if a.Utama {
					tot = i64(a.Pagu)
				}
			}
		}
		if tot != tc.total || n != 1 {
			t.Errorf("%s: TOTAL pagu %d in %d rows, want %d in 1", tc.name, tot, n, tc.total)
		}
		kegiatan := 0
		for _, a := range d.Anggaran {
			if a.Tingkat == "kegiatan" && a.Pagu != nil {
				kegiatan++
			}
		}
		if kegiatan != 5 {
			t.Errorf("%s: %d kegiatan loaded, want 5", tc.name, kegiatan)
		}
		if tc.rule != "" && !hasRule(d, tc.rule) {
			t.Errorf("%s: no finding %s", tc.name, tc.rule)
		}
	}
	// two plain totals that do not sum: nothing tells them apart
	body := build("", "", "\tJumlah", "\tJumlah", "\tJumlah")
	body[len(body)-1] = strings.Replace(body[len(body)-1], "3.686.395.000", "3.700.000.000", 1)
	d := parseDoc(t, "unproven", body...)
	if hasRule(d, "anggaran.subtotal") || !hasRule(d, "anggaran.konflik_sumber") {
		t.Errorf("unproven: subtotals dropped or no conflict: %+v", d.Findings)
	}
}

// TestGroupTotalLabel: the labels that name a group and those that name
// the whole.
func TestGroupTotalLabel(t *testing.T) {
	tests := map[string]bool{
		"Jumlah Sasaran 1":     true,
		"Subtotal":             true,
		"Sub Jumlah":           true,
		"Total Program WA":     true,
		"Jumlah Bidang Teknis": true,
		"JUMLAH TOTAL":         false,
		"Total":                false,
		"Grand Total":          false,
		"Jumlah Keseluruhan":   false,
		"Total Anggaran 2024":  false,
		"":                     false,
	}
	for label, want := range tests {
		if got := groupTotalLabel(label); got != want {
			t.Errorf("groupTotalLabel(%q) = %v, want %v", label, got, want)
		}
	}
}
