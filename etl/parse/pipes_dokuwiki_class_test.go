package parse

import (
	"testing"
)

// dokuPage is a made-up DokuWiki page source: the page title as a level 1
// heading, a tag line, the body, the discussion macro last.
func dokuPage(title string, body ...string) []string {
	out := []string{"====== " + title + " ======", "", "{{tag>lkj laporan}}", ""}
	out = append(out, body...)
	return append(out, "", "~~NOCACHE~~", "//Terakhir diubah: 3 Maret 2023//")
}

// TestDokuwikiTables: tables left in DokuWiki markup (a report kept as a
// wiki page's source) are read as TAB tables: "^" header cells, "|" body
// cells, ":::" the cell above merged down, an empty cell the span of the
// label before it, the page's headings and macros dropped.
func TestDokuwikiTables(t *testing.T) {
	tests := []struct {
		name string
		page []string
		fam  string
		want []string
	}{{
		name: "budget with the program merged down over its kegiatan, total spanning three columns",
		page: dokuPage("Laporan Kinerja KPU Kabupaten Lembata Tahun 2021",
			"===== BAB III =====", "==== C. Realisasi Anggaran ====", "",
			"**Tabel 3.3 Realisasi Anggaran Tahun 2021**", "",
			"^ Program ^ Kode ^ Uraian ^ Pagu ^ Realisasi ^ Sisa ^",
			"| 076.01.WA | 076.01.WA | Program Dukungan Manajemen |  2.400.000.000 |  2.300.000.000 |  100.000.000 |",
			"| ::: |  3355 | Pengelolaan Keuangan |  1.000.000.000 |  960.000.000 |  40.000.000 |",
			"| ::: |  3360 | Operasional Perkantoran |  1.400.000.000 |  1.340.000.000 |  60.000.000 |",
			"| 076.01.CQ | 076.01.CQ | Program Penyelenggaraan Pemilu |  800.000.000 |  780.000.000 |  20.000.000 |",
			"| ::: |  6639 | Teknis Penyelenggaraan |  800.000.000 |  780.000.000 |  20.000.000 |",
			"| **Jumlah** |||  3.200.000.000 |  3.080.000.000 |  120.000.000 |"),
		fam: "anggaran",
		want: []string{"076.01.WA|program||2021|2400000000|2300000000|100000000",
			"3355|kegiatan|076.01.WA|2021|1000000000|960000000|40000000",
			"3360|kegiatan|076.01.WA|2021|1400000000|1340000000|60000000",
			"076.01.CQ|program||2021|800000000|780000000|20000000",
			"6639|kegiatan|076.01.CQ|2021|800000000|780000000|20000000",
			"TOTAL|total||2021|3200000000|3080000000|120000000"},
	}, {
		name: "DPT whose total row is one span cell wider than the header, a linked kecamatan",
		page: dokuPage("Laporan Kinerja KPU Kabupaten Flores Timur Tahun 2019",
			"==== D. Data Pemilih ====", "",
			"//Tabel 3.4 Rekapitulasi DPT Pemilu 2019 per Kecamatan//", "",
			"^ No ^ Kecamatan ^ TPS ^ L ^ P ^ L+P ^",
			"|  1 | [[wilayah:wulanggitang|WULANGGITANG]] |  41 |  6.120 |  6.402 |  12.522 |",
			"|  2 | TITEHENA |  30 |  3.911 |  4.105 |  8.016 |",
			"|  3 | ILE BURA |  22 |  2.870 |  3.015 |  5.885 |",
			"| Jumlah |||  93 |  12.901 |  13.522 |  26.423 |"),
		fam: "dpt",
		want: []string{"pemilu|2019|kecamatan|WULANGGITANG|<nil>|41|6120|6402|12522",
			"pemilu|2019|kecamatan|TITEHENA|<nil>|30|3911|4105|8016",
			"pemilu|2019|kecamatan|ILE BURA|<nil>|22|2870|3015|5885",
			"pemilu|2019|kabupaten|Kabupaten Flores Timur|<nil>|93|12901|13522|26423"},
	}, {
		name: "capaian with a forced line break in a cell and bold header text",
		page: dokuPage("Laporan Kinerja KPU Kabupaten Sabu Raijua Tahun 2022",
			"==== A. Capaian Kinerja ====", "",
			"**Tabel 3.1 Pengukuran Kinerja Tahun 2022**", "",
			"^ No ^ **Indikator Kinerja** ^ Target ^ Realisasi ^ Capaian (%) ^",
			"|  1 | Persentase laporan keuangan \\\\ yang tepat waktu |  100,00 |  95,00 |  95,00 |",
			"|  2 | Opini BPK atas Laporan Keuangan | WTP | WTP |  100,00 |"),
		fam: "capaian",
		want: []string{"Persentase laporan keuangan yang tepat waktu|100|95|95",
			"Opini BPK atas Laporan Keuangan|<nil>|<nil>|100"},
	}, {
		name: "a body row narrower than the header: the table is not rebuilt",
		page: dokuPage("Laporan Kinerja KPU Kabupaten Belu Tahun 2020",
			"**Tabel 3.4 Rekapitulasi DPT Pemilihan 2020 per Kecamatan**", "",
			"^ No ^ Kecamatan ^ L ^ P ^ L+P ^",
			"|  1 | ATAMBUA BARAT |  4.100 |  4.300 |  8.400 |",
			"|  2 | TASIFETO TIMUR |  3.200 |  3.350 |"),
		fam: "dpt",
	}}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := parseDoc2(t, tc.name, tc.page)
			wantRows(t, tc.fam, factRows[tc.fam](d), tc.want)
		})
	}
}

// TestDokuwikiTablesUnchanged: a text with no DokuWiki header line comes
// back as it is (the same bytes), and a line opening with "^" that is no
// row of cells rebuilds nothing.
func TestDokuwikiTablesUnchanged(t *testing.T) {
	for _, s := range []string{"", "| a | b |\n|---|---|\n| 1 | 2 |", "^ bukan tabel", "x\n^^\n| 1 | 2 |",
		"^ No ^ Nama ^\n\nteks biasa", "Tabel\n^{*} Realisasi memakai hasil 2022\n|  1 | 2 |",
		"^ No ^ Kecamatan ^ L ^\n| ::: | ATAMBUA BARAT |  4.100 |\n|  2 | TASIFETO TIMUR |  3.200 |"} {
		if got := dokuwikiTables([]byte(s)); string(got) != s {
			t.Errorf("dokuwikiTables(%q) = %q, want it unchanged", s, got)
		}
	}
}

// TestDokuwikiMacroLine: a page's macro line ("~~NOCACHE~~",
// "~~DISCUSSION:off~~") is no struck-out suggested edit: the page raises no
// dokumen.saran_suntingan, while a struck figure in a row still does.
func TestDokuwikiMacroLine(t *testing.T) {
	for _, tc := range []struct {
		macro string
		edits bool
	}{{"~~DISCUSSION:off~~", false}, {"~~NOTOC~~", false}, {"~~NOCACHE~~", false}, {"Nilai ~~74,10~~ 75,20", true}} {
		page := dokuPage("Laporan Kinerja KPU Kabupaten Sumba Tengah Tahun 2024", "Catatan halaman.", "", tc.macro, "")
		d := parseDoc2(t, tc.macro, page)
		got := false
		for _, f := range d.Findings {
			got = got || f.Aturan == "dokumen.saran_suntingan"
		}
		if got != tc.edits {
			t.Errorf("%q: dokumen.saran_suntingan raised %v, want %v", tc.macro, got, tc.edits)
		}
	}
}
