package parse

import (
	"strings"
	"testing"
)

// TestXMLTables: tables pasted as an application's XML export (a table
// element titled by an attribute or a child, one element per row, its
// cells as child elements or attributes named by the column, a total
// element last) are read like TAB tables by every family.
func TestXMLTables(t *testing.T) {
	checkDocs(t, []string{"capaian", "anggaran", "dpt", "sakip", "sakip_komponen", "rb"}, []docCase{{
		name: "declaration, titled table element, one child element per cell, an entity",
		body: []string{"Hasil pengukuran diekspor dari aplikasi kinerja.", "",
			`<?xml version="1.0" encoding="UTF-8"?>`,
			`<tabel judul="Tabel 3.1 Capaian Kinerja Tahun 2024">`,
			"  <indikator>", "    <no>1</no>", "    <nama>Persentase pengaduan &amp; keberatan yang dijawab</nama>",
			"    <target>90,00</target>", "    <realisasi>94,50</realisasi>", "    <capaian_persen>105,00</capaian_persen>", "  </indikator>",
			"  <indikator>", "    <no>2</no>", "    <nama>Persentase salinan SK yang diarsipkan</nama>",
			"    <target>100,00</target>", "    <realisasi>87,00</realisasi>", "    <capaian_persen>87,00</capaian_persen>", "  </indikator>",
			"</tabel>", "", "Sumber: aplikasi."},
		want: map[string][]string{"capaian": {"Persentase pengaduan & keberatan yang dijawab|90|94.5|105", "Persentase salinan SK yang diarsipkan|100|87|87"}},
	}, {
		name: "rows as attributes on one line each, a total element, caption in the text above",
		body: []string{"Tabel 3.3 Realisasi Anggaran Tahun 2023 (dalam rupiah)", "",
			"<anggaran>",
			`  <program kode="076.01.WA" uraian="Program Dukungan Manajemen" pagu="2.600.000.000" realisasi="2.470.000.000"/>`,
			`  <program kode="076.01.CQ" uraian="Program Penyelenggaraan Pemilu" pagu="400.000.000" realisasi="380.000.000"/>`,
			`  <jumlah pagu="3.000.000.000" realisasi="2.850.000.000"/>`, "</anggaran>"},
		want: map[string][]string{"anggaran": {"076.01.WA|program||2023|2600000000|2470000000|130000000",
			"076.01.CQ|program||2023|400000000|380000000|20000000", "TOTAL|total||2023|3000000000|2850000000|150000000"}},
	}, {
		name: "fenced, caption attribute, generic row tags, an empty cell written <kode/>, a labelled total",
		body: []string{"```xml", `<table caption="Tabel 3.2 Realisasi Anggaran Tahun Anggaran 2022">`,
			"<row><kode>076.01.WA</kode><program_kegiatan>Program Dukungan Manajemen</program_kegiatan><pagu>1.800.000.000</pagu><realisasi>1.710.000.000</realisasi></row>",
			"<row><kode>3358</kode><program_kegiatan>Layanan Sekretariat</program_kegiatan><pagu>1.800.000.000</pagu><realisasi>1.710.000.000</realisasi></row>",
			"<total><kode/><program_kegiatan>Jumlah</program_kegiatan><pagu>1.800.000.000</pagu><realisasi>1.710.000.000</realisasi></total>",
			"</table>", "```"},
		want: map[string][]string{"anggaran": {"076.01.WA|program||2022|1800000000|1710000000|90000000",
			"3358|kegiatan|076.01.WA|2022|1800000000|1710000000|90000000", "TOTAL|total||2022|1800000000|1710000000|90000000"}},
	}, {
		name: "DPT list titled by nama, tags naming the voters by sex, a total element",
		body: []string{"Tabel 3.4 Rekapitulasi DPT per Kecamatan", "",
			`<daftar nama="Rekapitulasi DPT Pemilu 2019">`,
			"  <kecamatan><nama_kecamatan>Paga</nama_kecamatan><jumlah_pemilih_l>3.210</jumlah_pemilih_l><jumlah_pemilih_p>3.390</jumlah_pemilih_p><jumlah_pemilih>6.600</jumlah_pemilih></kecamatan>",
			"  <kecamatan><nama_kecamatan>Mego</nama_kecamatan><jumlah_pemilih_l>4.005</jumlah_pemilih_l><jumlah_pemilih_p>4.115</jumlah_pemilih_p><jumlah_pemilih>8.120</jumlah_pemilih></kecamatan>",
			"  <jumlah><nama_kecamatan>Jumlah</nama_kecamatan><jumlah_pemilih_l>7.215</jumlah_pemilih_l><jumlah_pemilih_p>7.505</jumlah_pemilih_p><jumlah_pemilih>14.720</jumlah_pemilih></jumlah>",
			"</daftar>"},
		want: map[string][]string{"dpt": {"pemilu|2019|kecamatan|PAGA|<nil>|<nil>|3210|3390|6600",
			"pemilu|2019|kecamatan|MEGO|<nil>|<nil>|4005|4115|8120", "pemilu|2019|kabupaten|Kabupaten Sikka|<nil>|<nil>|7215|7505|14720"}},
	}, {
		name: "records standing alone, no table element, nama named by the row tag",
		body: []string{"Tabel 3.5 Rekapitulasi DPT Pemilu 2024", "",
			"<kecamatan><nama>Nelle</nama><l>2.950</l><p>3.020</p><l_p>5.970</l_p></kecamatan>",
			"<kecamatan><nama>Koting</nama><l>3.300</l><p>3.410</p><l_p>6.710</l_p></kecamatan>",
			"<total><l>6.250</l><p>6.430</p><l_p>12.680</l_p></total>", ""},
		want: map[string][]string{"dpt": {"pemilu|2024|kecamatan|NELLE|<nil>|<nil>|2950|3020|5970",
			"pemilu|2024|kecamatan|KOTING|<nil>|<nil>|3300|3410|6710", "pemilu|2024|kabupaten|Kabupaten Sikka|<nil>|<nil>|6250|6430|12680"}},
	}, {
		name: "one export holding two tables, each titled by its attribute or its tag",
		body: []string{"Ekspor aplikasi:", "", `<laporan satker="KPU Kabupaten Sikka" tahun="2024">`,
			"  <pengukuran_kinerja_2024>",
			"    <baris><indikator>Persentase TPS yang dipetakan</indikator><target>95</target><realisasi>98</realisasi><capaian>103,16</capaian></baris>",
			"  </pengukuran_kinerja_2024>",
			`  <evaluasi judul="Nilai Evaluasi AKIP Tahun 2022 per Komponen">`,
			`    <komponen nama="Perencanaan Kinerja" bobot="30" nilai="22,50"/>`,
			`    <komponen nama="Pengukuran Kinerja" bobot="30" nilai="19,80"/>`,
			`    <komponen nama="Pelaporan Kinerja" bobot="15" nilai="11,10"/>`,
			`    <komponen nama="Evaluasi Akuntabilitas Kinerja Internal" bobot="25" nilai="16,60"/>`,
			`    <jumlah bobot="100" nilai="70,00"/>`, "  </evaluasi>", "</laporan>"},
		want: map[string][]string{"capaian": {"Persentase TPS yang dipetakan|95|98|103.16"},
			"sakip": {"2022|70|B"}, "sakip_komponen": {"2022|perencanaan|30|22.5", "2022|pengukuran|30|19.8", "2022|pelaporan|15|11.1", "2022|evaluasi_internal|25|16.6"}},
	}, {
		name: "an RB result as one element, its year an attribute",
		body: []string{"Hasil evaluasi Reformasi Birokrasi:", "", `<hasil_rb tahun="2022">`,
			"  <nilai>23,96</nilai>", "  <bobot>36,30</bobot>", "  <persen>66,01</persen>", "</hasil_rb>"},
		want: map[string][]string{"rb": {"2022|23.96"}},
	}, {
		name: "an RB result as one element under a sentence naming its year",
		body: []string{"Nilai Reformasi Birokrasi KPU Kabupaten Sikka Tahun 2021 menurut aplikasi:",
			"<nilai_reformasi_birokrasi>", "\t<nilai>20,15</nilai>", "\t<bobot>36,30</bobot>", "\t<persen>55,51</persen>", "</nilai_reformasi_birokrasi>"},
		want: map[string][]string{"rb": {"2021|20.15"}},
	}, {
		name: "one element alone on a line, its cells as attributes, or its score as its text",
		body: []string{"Hasil evaluasi dari aplikasi:", "", `<sakip tahun_dinilai="2021" nilai="65,40" predikat="B"/>`, "",
			"Reformasi birokrasi:", "", `<nilai_rb tahun="2021" bobot="36,30" persen="62,67">22,75</nilai_rb>`, ""},
		want: map[string][]string{"sakip": {"2021|65.4|B"}, "rb": {"2021|22.75"}},
	}, {
		name: "a row holding its rows: the program's row, then its kegiatan's",
		body: []string{"Tabel 3.3 Realisasi Anggaran Tahun 2021", "", "<realisasi_anggaran>",
			`  <program kode="076.01.WA" uraian="Program Dukungan Manajemen" pagu="900.000.000" realisasi="850.000.000">`,
			`    <kegiatan kode="3358" uraian="Layanan Umum" pagu="600.000.000" realisasi="560.000.000"/>`,
			`    <kegiatan kode="3359" uraian="Layanan Keuangan" pagu="300.000.000" realisasi="290.000.000"/>`,
			"  </program>", `  <jumlah pagu="900.000.000" realisasi="850.000.000"/>`, "</realisasi_anggaran>"},
		want: map[string][]string{"anggaran": {"076.01.WA|program||2021|900000000|850000000|50000000",
			"3358|kegiatan|076.01.WA|2021|600000000|560000000|40000000", "3359|kegiatan|076.01.WA|2021|300000000|290000000|10000000",
			"TOTAL|total||2021|900000000|850000000|50000000"}},
	}, {
		name: "a sasaran holding its indikator, cells as children, the caption a child",
		body: []string{"<pengukuran>", "  <judul>Tabel 3.1 Pengukuran Kinerja Tahun 2020</judul>",
			"  <sasaran>", "    <uraian>Meningkatnya kualitas pelayanan data pemilih</uraian>",
			"    <indikator><uraian>Persentase data pemilih yang dimutakhirkan</uraian><target>100</target><realisasi>98,50</realisasi><capaian>98,50</capaian></indikator>",
			"    <indikator><uraian>Persentase keberatan pemilih yang ditindaklanjuti</uraian><target>90</target><realisasi>99</realisasi><capaian>110,00</capaian></indikator>",
			"  </sasaran>", "</pengukuran>"},
		want: map[string][]string{"capaian": {"Persentase data pemilih yang dimutakhirkan|100|98.5|98.5", "Persentase keberatan pemilih yang ditindaklanjuti|90|99|110"}},
	}, {
		name: "rows as their name written inside, the counts as attributes",
		body: []string{"Tabel 3.6 Rekapitulasi DPT Pemilu 2024 per Kecamatan", "", "<dpt>",
			`  <kecamatan l="1.904" p="2.011" jumlah="3.915">Waiblama</kecamatan>`,
			`  <kecamatan l="2.640" p="2.705" jumlah="5.345">Tana Wawo</kecamatan>`,
			`  <total l="4.544" p="4.716" jumlah="9.260"/>`, "</dpt>"},
		want: map[string][]string{"dpt": {"pemilu|2024|kecamatan|WAIBLAMA|<nil>|<nil>|1904|2011|3915",
			"pemilu|2024|kecamatan|TANA WAWO|<nil>|<nil>|2640|2705|5345", "pemilu|2024|kabupaten|Kabupaten Sikka|<nil>|<nil>|4544|4716|9260"}},
	}, {
		name: "an RB result as one element, its year a child",
		body: []string{"Hasil evaluasi RB dari Kementerian PANRB:", "", "<reformasi_birokrasi>",
			"  <tahun>2023</tahun>", "  <nilai>26,88</nilai>", "  <bobot>36,30</bobot>", "  <persen>74,05</persen>", "</reformasi_birokrasi>"},
		want: map[string][]string{"rb": {"2023|26.88"}},
	}, {
		name: "cells under one tag, the column names in a header element",
		body: []string{"Tabel 3.4 Rekapitulasi DPT Pemilu 2019", "", "<tabel>",
			"  <kolom><nama>No</nama><nama>Kecamatan</nama><nama>L</nama><nama>P</nama><nama>L+P</nama></kolom>",
			"  <baris><sel>1</sel><sel>Kangae</sel><sel>4.120</sel><sel>4.300</sel><sel>8.420</sel></baris>",
			"  <baris><sel>2</sel><sel>Kewapante</sel><sel>5.010</sel><sel>5.115</sel><sel>10.125</sel></baris>",
			"  <baris><sel></sel><sel>Jumlah</sel><sel>9.130</sel><sel>9.415</sel><sel>18.545</sel></baris>", "</tabel>"},
		want: map[string][]string{"dpt": {"pemilu|2019|kecamatan|KANGAE|<nil>|<nil>|4120|4300|8420",
			"pemilu|2019|kecamatan|KEWAPANTE|<nil>|<nil>|5010|5115|10125", "pemilu|2019|kabupaten|Kabupaten Sikka|<nil>|<nil>|9130|9415|18545"}},
	}, {
		name: "cells under one tag, a row one cell short: no table",
		body: []string{"Tabel 3.3 Realisasi Anggaran Tahun 2024", "", "<tabel>",
			"<header><c>Kode</c><c>Uraian</c><c>Pagu</c><c>Realisasi</c></header>",
			"<row><c>076.01.WA</c><c>Program Dukungan Manajemen</c><c>800.000.000</c><c>760.000.000</c></row>",
			"<row><c>076.01.CQ</c><c>400.000.000</c><c>390.000.000</c></row>", "</tabel>"},
	}, {
		name: "the table's number, unit and export date as attributes",
		body: []string{"Rincian realisasi diekspor dari SAKTI:", "",
			`<tabel nomor="3.3" judul="Realisasi Anggaran Tahun 2020" satuan="ribu rupiah" diekspor="2021-01-15T09:30:00">`,
			`  <program><kode>076.01.WA</kode><uraian>Program Dukungan Manajemen</uraian><pagu>1.420.000</pagu><realisasi>1.349.000</realisasi></program>`,
			`  <jumlah><pagu>1.420.000</pagu><realisasi>1.349.000</realisasi></jumlah>`, "</tabel>"},
		want: map[string][]string{"anggaran": {"076.01.WA|program||2020|1420000000|1349000000|71000000", "TOTAL|total||2020|1420000000|1349000000|71000000"}},
	}, {
		name: "a report element holding a table, then an RB result beside it; a note after the rows",
		body: []string{"<?xml version=\"1.0\"?>", "<lkj>", `  <realisasi_anggaran tahun="2019">`,
			"    <program><kode>076.01.WA</kode><uraian>Program Dukungan Manajemen</uraian><pagu>2.210.500</pagu><realisasi>2.100.000</realisasi></program>",
			"    <catatan>Angka dalam ribuan rupiah</catatan>", "  </realisasi_anggaran>",
			`  <nilai_rb tahun="2019">`, "    <nilai>18,30</nilai>", "    <bobot>36,30</bobot>", "    <persen>50,41</persen>", "  </nilai_rb>", "</lkj>"},
		want: map[string][]string{"anggaran": {"076.01.WA|program||2019|2210500000|2100000000|110500000"}, "rb": {"2019|18.3"}},
	}, {
		name: "cells holding units that differ from row to row: no table",
		body: []string{"Tabel 3.1 Capaian Kinerja Tahun 2024", "", "<capaian>",
			`  <indikator><nama>Persentase arsip tertata</nama><target satuan="%">80</target><realisasi>82</realisasi></indikator>`,
			`  <indikator><nama>Jumlah laporan tepat waktu</nama><target satuan="dokumen">12</target><realisasi>11</realisasi></indikator>`, "</capaian>"},
	}, {
		name: "rows of other cells: no table",
		body: []string{"Tabel 3.1 Capaian Kinerja Tahun 2024", "", "<capaian>",
			"  <indikator><nama>Persentase arsip tertata</nama><target>80</target><realisasi>82</realisasi></indikator>",
			"  <indikator><nama>Persentase laporan tepat waktu</nama><sasaran>100</sasaran><realisasi>90</realisasi></indikator>", "</capaian>"},
	}})
}

// TestXMLUnproven: an XML export that is no proven table is reported
// (tabel.tidak_dikenali), never read.
func TestXMLUnproven(t *testing.T) {
	checkUnproven(t, map[string][]string{
		"rows under a row of other columns": {"<anggaran>", `  <program kode="WA" pagu="1.000.000">`, `    <rincian akun="521211" jumlah="1.000.000"/>`, "  </program>", "</anggaran>"},
		"cell attributes": {"<dpt>", `  <kecamatan><nama>Nita</nama><l tahun="2024">2.081</l><p>2.005</p></kecamatan>`,
			`  <kecamatan><nama>Magepanda</nama><l tahun="2024">3.853</l><p>3.821</p></kecamatan>`, "</dpt>"},
		"an amount beside the rows":  {`<anggaran pagu_total="3.000.000">`, `  <program kode="WA" pagu="1.000.000"/>`, `  <program kode="CQ" pagu="2.000.000"/>`, "</anggaran>"},
		"a unit written as a number": {`<anggaran satuan="1.000">`, `  <program kode="WA" pagu="1.000.000"/>`, `  <program kode="CQ" pagu="2.000.000"/>`, "</anggaran>"},
		"no line to hold the rows":   {"Tabel 3.3 Realisasi Anggaran Tahun 2024:", `<anggaran><program kode="WA" pagu="1.000.000"/><program kode="CQ" pagu="2.000.000"/></anggaran>`, "Sumber: SAKTI."},
	})
}

// checkUnproven: each serialized table named is reported
// (tabel.tidak_dikenali) and gives no row.
func checkUnproven(t *testing.T, cases map[string][]string) {
	t.Helper()
	for name, body := range cases {
		d := parseDoc(t, name, body...)
		if len(d.DPT)+len(d.Anggaran)+len(d.Capaian)+len(d.RB) != 0 {
			t.Errorf("%s: rows from an unproven table: %v %v %v", name, factRows["dpt"](d), factRows["anggaran"](d), factRows["capaian"](d))
		}
		found := false
		for _, f := range d.Findings {
			found = found || f.Aturan == "tabel.tidak_dikenali"
		}
		if !found {
			t.Errorf("%s: no tabel.tidak_dikenali for the unproven table", name)
		}
	}
}

// TestXMLTablesLines: the rewrite keeps every line where it was; text
// whose XML is no table, and web pages' tables, come back as they are.
func TestXMLTablesLines(t *testing.T) {
	in := "Tabel 1\n<t judul=\"Tabel 3.2\">\n<r><x>1</x><y>2</y></r>\n<r><x>3</x><y/></r>\n</t>\nakhir"
	out := string(xmlTables([]byte(in), nil))
	if strings.Count(out, "\n") != strings.Count(in, "\n") || !strings.Contains(out, "Tabel 3.2\nx\ty\n1\t2\n3\t\n") {
		t.Errorf("rewrite:\n%q", out)
	}
	for _, s := range []string{"", "teks biasa", "<p>Paragraf</p>", "<satker>KPU Kabupaten Alor</satker>", "nilai <5% dari target</b>",
		"<table>\n<tr><td>a</td><td>b</td></tr>\n<tr><td>1</td><td>2</td></tr>\n</table>", "<r><b>1</b>\n<c>2</c>", "<r><b>1</b><c>2</c></r> lanjut teks",
		"<section>\n<h2>BAB III</h2>\n<p>Capaian 2024 sebesar 98,5%.</p>\n</section>", "<div><p>Pagu</p><p>1.000.000</p></div>"} {
		var miss [][2]int
		if got := string(xmlTables([]byte(s), &miss)); got != s || len(miss) != 0 {
			t.Errorf("xmlTables(%q) = %q %v, want it unchanged and unreported", s, got, miss)
		}
	}
}

// TestXMLRBWhole: the RB element gives its weight and percentage too.
func TestXMLRBWhole(t *testing.T) {
	d := parseDoc(t, "rb", "Hasil evaluasi Reformasi Birokrasi:", "", `<rb tahun="2023"><nilai>25,40</nilai><bobot>36,30</bobot><persen>69,97</persen></rb>`)
	if len(d.RB) != 1 || nv(d.RB[0].Bobot)+"|"+nv(d.RB[0].Persen) != "36.3|69.97" {
		t.Errorf("rb: %v %+v", factRows["rb"](d), d.RB)
	}
}
