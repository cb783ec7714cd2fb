package parse

import "testing"

// TestBrokenFigures: narrow Word columns break a figure inside its cell,
// its tail on the next TAB line with the other cells empty or holding the
// rest of a wrapped name. The tail is joined to the figure above when the
// join is proven (a tail or head that cannot stand alone, the row's own
// sum), else the figure loads NULL with nilai.terpotong; never the short
// head as a number. Tables printed space-aligned (a PDF's text) take the
// same route; bare page numbers under a wrapped title stay two numbers.
func TestBrokenFigures(t *testing.T) {
	const (
		dptCapt = "Tabel 3.5 Rekapitulasi DPT Pemilihan 2024 per Kecamatan"
		dptHdr  = "No\tKecamatan\tDesa/Kel\tTPS\tL\tP\tL+P"
		budCapt = "Tabel 3.3 Realisasi Anggaran Tahun 2024"
		budHdr  = "Kode\tProgram / Kegiatan\tPagu\tRealisasi\tSisa\tSerapan (%)"
	)
	dptRows := []string{"pilkada|2024|kecamatan|PAGA|17|41|7318|7402|14720", "pilkada|2024|kecamatan|MEGO|13|35|10264|10119|20383",
		"pilkada|2024|kecamatan|ALOK TIMUR|12|30|6405|6587|12992", "pilkada|2024|kabupaten|Kabupaten Sikka|42|106|23987|24108|48095"}
	budRows := []string{"076.01.WA|program||2024|3218560000|3101244780|117315220", "4151|kegiatan|076.01.WA|2024|612450000|598120345|14329655",
		"4152|kegiatan|076.01.WA|2024|2606110000|2503124435|102985565", "TOTAL|total||2024|3218560000|3101244780|117315220"}
	checkDocs(t, []string{"dpt", "anggaran"}, []docCase{
		{"DPT: lone digits under figures cut mid-group, L + P = total proves them",
			[]string{dptCapt, "", dptHdr,
				"1\tPAGA\t17\t41\t7.318\t7.402\t14.72", "\t\t\t\t\t\t0",
				"2\tMEGO\t13\t35\t10.26\t10.11\t20.38", "\t\t\t\t4\t9\t3",
				"3\tALOK\t12\t30\t6.405\t6.587\t12.99", "\tTIMUR\t\t\t\t\t2",
				"\tJUMLAH\t42\t106\t23.98\t24.10\t48.09", "\t\t\t\t7\t8\t5", ""},
			map[string][]string{"dpt": dptRows}},
		{"DPT: a three-character column, breaks after the dot, a name wrapped beside them",
			[]string{dptCapt, "", dptHdr,
				"1\tPAGA\t17\t41\t7.3\t7.4\t14.", "\t\t\t\t18\t02\t720",
				"2\tMEGO\t13\t35\t10.\t10.\t20.", "\t\t\t\t264\t119\t383",
				"3\tALOK\t12\t30\t6.4\t6.5\t12.", "\tTIMUR\t\t\t05\t87\t992",
				"\tJUMLAH\t42\t106\t23.\t24.\t48.", "\t\t\t\t987\t108\t095", ""},
			map[string][]string{"dpt": dptRows}},
		{"DPT space-aligned as a PDF's text: the same tails under their columns",
			[]string{dptCapt, "",
				"  No   Kecamatan    Desa/Kel   TPS   L       P       L+P",
				"  1    PAGA         17         41    7.318   7.402   14.72",
				"                                                     0",
				"  2    MEGO         13         35    10.26   10.11   20.38",
				"                                     4       9       3",
				"  3    ALOK         12         30    6.405   6.587   12.99",
				"       TIMUR                                         2",
				"       JUMLAH       42         106   23.98   24.10   48.09",
				"                                     7       8       5", ""},
			map[string][]string{"dpt": dptRows}},
		{"budget: tails after a dot, in the middle of a group, names wrapped on the same line",
			[]string{budCapt, "", budHdr,
				"076.01.WA\tProgram Dukungan\t3.218.560\t3.101.244\t117.315.2\t96,36", "\tManajemen\t.000\t.780\t20\t",
				"4151\tPembinaan Administrasi dan\t612.450.0\t598.120.3\t14.329.65\t97,66", "\tPengelolaan Keuangan\t00\t45\t5\t",
				"4152\tPengelolaan Sumber Daya\t2.606.110.\t2.503.124.\t102.985.5\t96,05", "\tManusia Aparatur\t000\t435\t65\t",
				"\tJUMLAH\t3.218.560\t3.101.244\t117.315.2\t96,36", "\t\t.000\t.780\t20\t", ""},
			map[string][]string{"anggaran": budRows}},
		{"DPT: a TPS count cut in two that no sum holds loads NULL, its row's other figures stay",
			[]string{dptCapt, "", dptHdr,
				"1\tPAGA\t17\t41\t7.318\t7.402\t14.720",
				"2\tMEGO\t13\t1.0\t10.264\t10.119\t20.383", "\t\t\t24\t\t\t",
				"3\tALOK TIMUR\t12\t30\t6.405\t6.587\t12.992", ""},
			map[string][]string{"dpt": {dptRows[0], "pilkada|2024|kecamatan|MEGO|13|<nil>|10264|10119|20383", dptRows[2]}}},
	})
	d := parseDoc(t, "unproven", dptCapt, "", dptHdr, "1\tMEGO\t13\t1.0\t10.264\t10.119\t20.383", "\t\t\t24\t\t\t", "")
	if !hasRule(d, "nilai.terpotong") {
		t.Errorf("no nilai.terpotong in %+v", d.Findings)
	}
	// bare page numbers under a wrapped title are two numbers, not one cut
	toc := parseDoc(t, "contents", "DAFTAR TABEL", "", "Tabel 2.4\tRencana Kinerja Bagian Keuangan, Umum dan\t118",
		"\tLogistik\t119", "Tabel 2.5\tRealisasi Anggaran per Kegiatan\t120", "")
	if hasRule(toc, "nilai.terpotong") {
		t.Errorf("page numbers joined: %+v", toc.Findings)
	}
}

// TestFigureShapes: what joins into a figure and what stands alone.
func TestFigureShapes(t *testing.T) {
	for _, tc := range []struct {
		c              string
		grouped, alone bool
	}{
		{"2.715.422.000", true, true}, {"11.437", true, true}, {"96,5", true, true}, {"1.250,50", true, true},
		{"112.001.6", false, false}, {"2.606.110.", false, false}, {"11.4377", false, true}, {"12.34.567", false, false},
		{"1234", true, true}, {"1,250.5", true, true}, {"7a", false, false},
	} {
		if g, a := groupedFigure(tc.c), figureAlone(tc.c); g != tc.grouped || a != tc.alone {
			t.Errorf("%q: grouped %v alone %v; want %v %v", tc.c, g, a, tc.grouped, tc.alone)
		}
	}
}
