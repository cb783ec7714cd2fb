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
	// kegiatan rows: code, name, pagu, realisasi, percent; "" code: the rest of a name
	kg := func(rows ...[5]string) (out []string) {
		for _, r := range rows {
			out = append(out, strings.Join(r[:], "\t"))
		}
		return out
	}
	g1 := kg([5]string{"076.01.WA.3355", "Pengelolaan Keuangan dan Barang Milik Negara", "973.853.000", "953.119.445", "97,87"},
		[5]string{"076.01.WA.3360", "Operasional Perkantoran dan Dukungan Sarana", "1.478.327.000", "1.441.489.599", "97,51"},
		[5]string{"", "Prasarana"},
		[5]string{"076.01.CQ.6640", "Penyelenggaraan Pemutakhiran Data Pemilih", "456.268.000", "445.902.887", "97,73"})
	g2 := kg([5]string{"076.01.WA.3358", "Pengelolaan Sumber Daya Manusia", "393.069.000", "378.294.074", "96,24"},
		[5]string{"076.01.CQ.6709", "Sosialisasi dan Partisipasi Masyarakat", "384.878.000", "378.453.483", "98,33"})
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
		{"grand total naming the satker, proven by the sum",
			build("", "", "\tJumlah Sasaran 1", "\tJumlah Sasaran 2", "\tJumlah Total KPU Kabupaten Sikka"), 3686395000, "anggaran.subtotal"},
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
	// only group totals, no grand total: none is the year's
	body := build("", "", "\tJumlah Sasaran 1", "\tJumlah Sasaran 2", "\tJumlah Sasaran 3")
	body[len(body)-1] = "\tJumlah Sasaran 3\t500.000.000\t490.000.000\t98,00"
	d := parseDoc(t, "only group totals", body...)
	for _, a := range d.Anggaran {
		if a.Kode == "TOTAL" {
			t.Errorf("only group totals: TOTAL loaded: %+v", a)
		}
	}
	// two plain totals that do not sum: nothing tells them apart
	body = build("", "", "\tJumlah", "\tJumlah", "\tJumlah")
	body[len(body)-1] = strings.Replace(body[len(body)-1], "3.686.395.000", "3.700.000.000", 1)
	d = parseDoc(t, "unproven", body...)
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
