package parse

import (
	"strings"
	"testing"
)

// TestCellNoteDPT: a voter roll whose sex columns hold each count with its
// share of the row in the same cell loads the counts, in any bracket and
// either order; a share that is not the count over the row's total loads
// nothing (with a finding). Made-up figures and satker.
func TestCellNoteDPT(t *testing.T) {
	head := []string{"LAPORAN KINERJA KPU KABUPATEN SIKKA TAHUN 2024", "",
		"Tabel 5.2 Data Pemilih Tetap Pemilu 2024 menurut Kecamatan", "",
		"(persentase dalam kurung dihitung dari jumlah pemilih setiap kecamatan)", ""}
	doc := func(lines ...string) []string { return append(append(append([]string(nil), head...), lines...), "") }
	want := []string{
		"pemilu|2024|kecamatan|NANGAPANDA|20|40|8000|8500|16500",
		"pemilu|2024|kecamatan|DETUSOKO|15|30|6100|5900|12000",
		"pemilu|2024|kabupaten|Kabupaten Sikka|35|70|14100|14400|28500",
	}
	checkDocs(t, []string{"dpt"}, []docCase{
		{"count (share%) with a total column", doc("Kecamatan\tDesa\tTPS\tPria (%)\tWanita (%)\tJumlah Pemilih",
			"NANGAPANDA\t20\t40\t8.000 (48,48%)\t8.500 (51,52%)\t16.500",
			"DETUSOKO\t15\t30\t6.100 (50,83%)\t5.900 (49,17%)\t12.000",
			"Jumlah\t35\t70\t14.100 (49,47%)\t14.400 (50,53%)\t28.500"), map[string][]string{"dpt": want}},
		{"square brackets, space before the sign, one decimal", doc("No\tKecamatan\tDesa\tTPS\tL [%]\tP [%]\tL+P",
			"1\tNANGAPANDA\t20\t40\t8.000 [48,5 %]\t8.500 [51,5 %]\t16.500",
			"2\tDETUSOKO\t15\t30\t6.100 [50,8 %]\t5.900 [49,2 %]\t12.000",
			"\tJumlah\t35\t70\t14.100 [49,5 %]\t14.400 [50,5 %]\t28.500"), map[string][]string{"dpt": want}},
		{"share first, no total column: L + P is the row's total", doc("Kecamatan\tDesa\tTPS\tLaki-laki (%)\tPerempuan (%)\tJumlah",
			"NANGAPANDA\t20\t40\t48,48% (8.000)\t51,52% (8.500)\t16.500",
			"DETUSOKO\t15\t30\t50,83% (6.100)\t49,17% (5.900)\t12.000",
			"Jumlah\t35\t70\t49,47% (14.100)\t50,53% (14.400)\t28.500"), map[string][]string{"dpt": want}},
		{"a share of the kabupaten, not of the row: nothing loaded", doc("Kecamatan\tDesa\tTPS\tPria (%)\tWanita (%)\tJumlah Pemilih",
			"NANGAPANDA\t20\t40\t8.000 (56,74%)\t8.500 (59,03%)\t16.500",
			"DETUSOKO\t15\t30\t6.100 (43,26%)\t5.900 (40,97%)\t12.000",
			"Jumlah\t35\t70\t14.100 (100%)\t14.400 (100%)\t28.500"), map[string][]string{"dpt": {
			"pemilu|2024|kecamatan|NANGAPANDA|20|40|<nil>|<nil>|16500",
			"pemilu|2024|kecamatan|DETUSOKO|15|30|<nil>|<nil>|12000",
			"pemilu|2024|kabupaten|Kabupaten Sikka|35|70|<nil>|<nil>|28500",
		}}},
		{"plain counts keep their reading", doc("Kecamatan\tDesa\tTPS\tPria\tWanita\tJumlah Pemilih",
			"NANGAPANDA\t20\t40\t8.000\t8.500\t16.500",
			"DETUSOKO\t15\t30\t6.100\t5.900\t12.000",
			"Jumlah\t35\t70\t14.100\t14.400\t28.500"), map[string][]string{"dpt": want}},
		{"a (%) column of bare shares beside the counts is no count", doc("Kecamatan\tDesa\tTPS\tPria\tPria (%)\tWanita\tWanita (%)\tJumlah Pemilih",
			"NANGAPANDA\t20\t40\t8.000\t48,48%\t8.500\t51,52%\t16.500",
			"DETUSOKO\t15\t30\t6.100\t50,83%\t5.900\t49,17%\t12.000",
			"Jumlah\t35\t70\t14.100\t49,47%\t14.400\t50,53%\t28.500"), map[string][]string{"dpt": want}},
	})
}

// TestCellNoteDPTRefusedFinding: the refused share says why.
func TestCellNoteDPTRefusedFinding(t *testing.T) {
	d := parseDoc(t, "kabupaten share", "LAPORAN KINERJA KPU KABUPATEN SIKKA TAHUN 2024", "",
		"Tabel 5.2 Data Pemilih Tetap Pemilu 2024 menurut Kecamatan", "",
		"Kecamatan\tDesa\tTPS\tPria (%)\tWanita (%)\tJumlah Pemilih",
		"NANGAPANDA\t20\t40\t8.000 (56,74%)\t8.500 (59,03%)\t16.500",
		"DETUSOKO\t15\t30\t6.100 (43,26%)\t5.900 (40,97%)\t12.000", "")
	n := 0
	for _, f := range d.Findings {
		if f.Aturan == "nilai.catatan_sel" {
			n++
		}
	}
	if n != 4 {
		t.Errorf("want 4 nilai.catatan_sel findings, got %d", n)
	}
}

// TestCellNoteCapaian: the capaian percent inside a status phrase (or the
// status beside the percent) loads as capaian_lapor when the word agrees
// with it; a phrase against its figure loads none; grades with their
// score and footnote marks keep their reading. Made-up indicators.
func TestCellNoteCapaian(t *testing.T) {
	head := []string{"LAPORAN KINERJA KPU KABUPATEN ROTE NDAO TAHUN 2023", "",
		"Tabel 2.1 Capaian Indikator Kinerja Utama Tahun 2023", ""}
	doc := func(lines ...string) []string { return append(append(append([]string(nil), head...), lines...), "") }
	ind1 := "Persentase dokumen perencanaan yang disusun tepat waktu"
	ind2 := "Persentase laporan keuangan yang disampaikan tepat waktu"
	checkDocs(t, []string{"capaian"}, []docCase{
		{"status then percent", doc("No\tIndikator Kinerja\tTarget\tRealisasi\tKeterangan Capaian",
			"1\t"+ind1+"\t80,00\t84,00\tTERCAPAI (105,00%)",
			"2\t"+ind2+"\t90,00\t81,00\tBelum Tercapai (90,00%)"),
			map[string][]string{"capaian": {ind1 + "|80|84|105", ind2 + "|90|81|90"}}},
		{"percent then status in brackets, a dash, a check mark", doc("No\tIndikator Kinerja\tTarget\tRealisasi\tCapaian",
			"1\t"+ind1+"\t80,00\t84,00\t105,00 (Tercapai)",
			"2\t"+ind2+"\t90,00\t81,00\t90% – Tidak Tercapai"),
			map[string][]string{"capaian": {ind1 + "|80|84|105", ind2 + "|90|81|90"}}},
		{"a check mark and a performance band", doc("No\tIndikator Kinerja\tTarget\tRealisasi\tCapaian",
			"1\t"+ind1+"\t80,00\t84,00\t105,00% ✓",
			"2\t"+ind2+"\t90,00\t81,00\tBaik (90,00%)"),
			map[string][]string{"capaian": {ind1 + "|80|84|105", ind2 + "|90|81|90"}}},
		{"a phrase against its figure loads no capaian", doc("No\tIndikator Kinerja\tTarget\tRealisasi\tStatus Capaian",
			"1\t"+ind1+"\t80,00\t84,00\tTidak tercapai (105,00%)",
			"2\t"+ind2+"\t90,00\t81,00\tTercapai (90,00%)"),
			map[string][]string{"capaian": {ind1 + "|80|84|<nil>", ind2 + "|90|81|<nil>"}}},
		{"footnote marks and plain percents keep their reading", doc("No\tIndikator Kinerja\tTarget\tRealisasi\tCapaian (%)",
			"1\t"+ind1+"\t80,00\t84,00\t105,00*",
			"2\t"+ind2+"\t90,00\t81,00\t90,00"),
			map[string][]string{"capaian": {ind1 + "|80|84|105", ind2 + "|90|81|90"}}},
	})
}

// TestCellNoteSplit: the splitter itself, and what it must refuse.
func TestCellNoteSplit(t *testing.T) {
	for _, c := range []struct {
		cell  string
		ok    bool
		count int64
	}{
		{"5.633 (48,12%)", true, 5633},
		{"12.345 (51,2 %)", true, 12345},
		{"1.234 [10,5%]", true, 1234},
		{"48,12% (5.633)", true, 5633},
		{"(75.347.501)", false, 0}, // a minus in accounting notation
		{"B (65,12)", false, 0},    // a grade with its score
		{"82,98*", false, 0},       // a footnote mark
		{"5.633", false, 0},        // plain
		{"1.234 (orang)", false, 0},
		{"48,12% (51,88%)", false, 0}, // two shares: no count
		{"Rp 1.234.000 (97,5%)", false, 0},
	} {
		cs, ok := readCountShare(c.cell)
		if ok != c.ok || ok && cs.count != c.count {
			t.Errorf("%q: got %v %d, want %v %d", c.cell, ok, cs.count, c.ok, c.count)
		}
	}
	if !strings.Contains(withoutPercentMark("Laki-laki (%)"), "Laki-laki") || withoutPercentMark("P [ % ]") != "P" {
		t.Errorf("withoutPercentMark: %q %q", withoutPercentMark("Laki-laki (%)"), withoutPercentMark("P [ % ]"))
	}
}
