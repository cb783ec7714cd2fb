package parse

import (
	"strings"
	"testing"
)

// TestXMLWholeExport: an application's whole export pasted into a report,
// its root element holding the report's paragraphs (and page breaks)
// between its tables, each table stating how many rows it holds, is read
// table by table; the paragraphs stay text.
func TestXMLWholeExport(t *testing.T) {
	checkDocs(t, []string{"capaian", "anggaran", "dpt", "sakip", "sakip_komponen", "rb"}, []docCase{{
		name: "root of prose and tables, row counts as attributes, a page break in the prose, an RB record alone",
		body: []string{"Tabel berikut diekspor dari aplikasi.", "",
			`<?xml version="1.0"?>`, `<ekspor_data sumber="SIPP" tahun="2024">`, "",
			`<tabel judul="Tabel 3.1 Capaian Indikator Kinerja 2024" jumlah_baris="2">`,
			"  <indikator><no>1</no><uraian>Persentase laporan keuangan tepat waktu</uraian><target>100,00</target><realisasi>95,00</realisasi><capaian>95,00</capaian></indikator>",
			"  <indikator><no>2</no><uraian>Persentase aduan yang ditindaklanjuti</uraian><target>80,00</target><realisasi>84,00</realisasi><capaian>105,00</capaian></indikator>",
			"</tabel>", "", "Sumber: aplikasi, diolah.", "",
			"Capaian indikator kedua didukung koordinasi yang baik.", "",
			"\fC. Reformasi Birokrasi", "",
			`<rb tahun="2024"><nilai>24,10</nilai><bobot>36,30</bobot><persen>66,39</persen></rb>`, "",
			"D. Anggaran", "", "Realisasi menurut program (rupiah):", "",
			`<tabel judul="Tabel 3.3 Realisasi Anggaran Tahun 2024" jumlah_baris="3">`,
			"  <anggaran><kode>076.01.WA</kode><uraian>Program Dukungan Manajemen</uraian><pagu>2.500.000.000</pagu><realisasi>2.400.000.000</realisasi></anggaran>",
			"  <anggaran><kode>3358</kode><uraian>Layanan Umum</uraian><pagu>2.500.000.000</pagu><realisasi>2.400.000.000</realisasi></anggaran>",
			"  <anggaran><kode/><uraian>JUMLAH</uraian><pagu>2.500.000.000</pagu><realisasi>2.400.000.000</realisasi></anggaran>",
			"</tabel>", "", "</ekspor_data>", "", "BAB IV", "PENUTUP"},
		want: map[string][]string{
			"capaian": {"Persentase laporan keuangan tepat waktu|100|95|95", "Persentase aduan yang ditindaklanjuti|80|84|105"},
			"anggaran": {"076.01.WA|program||2024|2500000000|2400000000|100000000",
				"3358|kegiatan|076.01.WA|2024|2500000000|2400000000|100000000", "TOTAL|total||2024|2500000000|2400000000|100000000"},
			"rb": {"2024|24.1"}},
	}, {
		name: "English wrapper and caption, the count a child element, a page break opening a row's line inside the table",
		body: []string{"The export follows.", "", `<export app="eKinerja">`,
			`<table title="Tabel 3.4 Rekapitulasi DPT Pemilu 2019">`, "  <rowCount>3</rowCount>",
			"  <kec><nama_kecamatan>Alok Timur</nama_kecamatan><jml_desa>7</jml_desa><jml_tps>61</jml_tps><pemilih_l>9.100</pemilih_l><pemilih_p>9.450</pemilih_p><total_pemilih>18.550</total_pemilih></kec>",
			"\f  <kec><nama_kecamatan>Waigete</nama_kecamatan><jml_desa>10</jml_desa><jml_tps>38</jml_tps><pemilih_l>5.020</pemilih_l><pemilih_p>5.080</pemilih_p><total_pemilih>10.100</total_pemilih></kec>",
			"  <kec><nama_kecamatan>Jumlah</nama_kecamatan><jml_desa>17</jml_desa><jml_tps>99</jml_tps><pemilih_l>14.120</pemilih_l><pemilih_p>14.530</pemilih_p><total_pemilih>28.650</total_pemilih></kec>",
			"</table>", "", "Data pemilih di atas adalah DPT hasil penetapan.", "</export>"},
		want: map[string][]string{"dpt": {"pemilu|2019|kecamatan|ALOK TIMUR|7|61|9100|9450|18550",
			"pemilu|2019|kecamatan|WAIGETE|10|38|5020|5080|10100", "pemilu|2019|kabupaten|Kabupaten Sikka|17|99|14120|14530|28650"}},
	}, {
		name: "a table printed over two pages: the page number and running header between its rows",
		body: []string{"Tabel 3.4 Rekapitulasi DPT Pemilu 2019", "", `<tabel jumlah_baris="3">`,
			"  <kecamatan><nama>Alor Barat Daya</nama><l>9.870</l><p>10.120</p><jumlah>19.990</jumlah></kecamatan>",
			"", "                                   17", "\fLaporan Kinerja KPU Kabupaten Sikka Tahun 2024", "",
			"  <kecamatan><nama>Mataru</nama><l>2.005</l><p>2.110</p><jumlah>4.115</jumlah></kecamatan>",
			"  <kecamatan><nama>Jumlah</nama><l>11.875</l><p>12.230</p><jumlah>24.105</jumlah></kecamatan>", "</tabel>"},
		want: map[string][]string{"dpt": {"pemilu|2019|kecamatan|ALOR BARAT DAYA|<nil>|<nil>|9870|10120|19990",
			"pemilu|2019|kecamatan|MATARU|<nil>|<nil>|2005|2110|4115", "pemilu|2019|kabupaten|Kabupaten Sikka|<nil>|<nil>|11875|12230|24105"}},
	}, {
		name: "cells as attributes, a total element left out of the count, the prose between on lines of its own",
		body: []string{"<laporan_aplikasi>",
			"Rincian hasil evaluasi AKIP per komponen menurut aplikasi:", "",
			`<penilaian nama="Nilai per Komponen AKIP 2023" banyak_data="4">`,
			`  <komponen nama="Perencanaan Kinerja" bobot="30" nilai="21,00"/>`,
			`  <komponen nama="Pengukuran Kinerja" bobot="30" nilai="19,50"/>`,
			`  <komponen nama="Pelaporan Kinerja" bobot="15" nilai="10,40"/>`,
			`  <komponen nama="Evaluasi Akuntabilitas Kinerja Internal" bobot="25" nilai="15,60"/>`,
			`  <jumlah bobot="100" nilai="66,50"/>`, "</penilaian>", "",
			"Catatan: nilai dibulatkan dua angka desimal.", "</laporan_aplikasi>"},
		want: map[string][]string{"sakip": {"2023|66.5|B"},
			"sakip_komponen": {"2023|perencanaan|30|21", "2023|pengukuran|30|19.5", "2023|pelaporan|15|10.4", "2023|evaluasi_internal|25|15.6"}},
	}})
}

// TestXMLExportShapes: the shapes one application's export takes: the rows
// one element deeper under the titled table element, a cell carrying its
// unit as its one attribute, the table's column count and page beside its
// caption.
func TestXMLExportShapes(t *testing.T) {
	checkDocs(t, []string{"capaian", "anggaran", "dpt"}, []docCase{{
		name: "rows in a data element, the total beside it, amounts in thousands as cell units, column count and page",
		body: []string{"Realisasi anggaran menurut aplikasi:", "",
			`<tabel judul="Tabel 3.5 Realisasi Anggaran Tahun 2023" jumlah_kolom="4" halaman="21">`, "  <data>",
			`    <program><kode>076.01.WA</kode><uraian>Program Dukungan Manajemen</uraian><pagu satuan="ribu rupiah">1.640.000</pagu><realisasi satuan="ribu rupiah">1.558.000</realisasi></program>`,
			`    <program><kode>076.01.CQ</kode><uraian>Program Penyelenggaraan Pemilu</uraian><pagu satuan="ribu rupiah">360.000</pagu><realisasi satuan="ribu rupiah">342.000</realisasi></program>`,
			"  </data>",
			`  <jumlah><pagu satuan="ribu rupiah">2.000.000</pagu><realisasi satuan="ribu rupiah">1.900.000</realisasi></jumlah>`, "</tabel>"},
		want: map[string][]string{"anggaran": {"076.01.WA|program||2023|1640000000|1558000000|82000000",
			"076.01.CQ|program||2023|360000000|342000000|18000000", "TOTAL|total||2023|2000000000|1900000000|100000000"}},
	}, {
		name: "an English table of rows under a rows element, percent units on the cells",
		body: []string{`<table caption="Tabel 3.1 Pengukuran Kinerja Tahun 2021">`, "<rows>",
			`<row><indicator>Persentase rapat pleno yang didokumentasikan</indicator><target unit="%">90</target><realisasi unit="%">99</realisasi><capaian unit="%">110,00</capaian></row>`,
			`<row><indicator>Persentase JDIH yang diperbarui</indicator><target unit="%">100</target><realisasi unit="%">75</realisasi><capaian unit="%">75,00</capaian></row>`,
			"</rows>", "</table>"},
		want: map[string][]string{"capaian": {"Persentase rapat pleno yang didokumentasikan|90|99|110", "Persentase JDIH yang diperbarui|100|75|75"}},
	}, {
		name: "cells under one tag in an isi element below the column names, the row count a child",
		body: []string{"Tabel 3.6 Rekapitulasi DPT Pemilu 2019", "", "<rekap>", "  <banyak_baris>3</banyak_baris>",
			"  <kolom><v>Kecamatan</v><v>L</v><v>P</v><v>L+P</v></kolom>", "  <isi>",
			"    <rec><v>Nangapanda</v><v>7.040</v><v>7.310</v><v>14.350</v></rec>",
			"    <rec><v>Maukaro</v><v>3.115</v><v>3.260</v><v>6.375</v></rec>",
			"    <rec><v>Jumlah</v><v>10.155</v><v>10.570</v><v>20.725</v></rec>", "  </isi>", "</rekap>"},
		want: map[string][]string{"dpt": {"pemilu|2019|kecamatan|NANGAPANDA|<nil>|<nil>|7040|7310|14350",
			"pemilu|2019|kecamatan|MAUKARO|<nil>|<nil>|3115|3260|6375", "pemilu|2019|kabupaten|Kabupaten Sikka|<nil>|<nil>|10155|10570|20725"}},
	}, {
		name: "the satker's code and the table's id beside the caption",
		body: []string{"Capaian kinerja menurut aplikasi:", "",
			`<capaian_kinerja kode_satker="654321" id_tabel="CK-2023-01" judul="Tabel 3.1 Capaian Kinerja Tahun 2023">`,
			"  <indikator><uraian>Persentase surat masuk yang didisposisi tepat waktu</uraian><target>95</target><realisasi>97</realisasi><capaian>102,11</capaian></indikator>",
			"  <indikator><uraian>Persentase BMN yang tercatat dalam SIMAK</uraian><target>100</target><realisasi>100</realisasi><capaian>100,00</capaian></indikator>",
			"</capaian_kinerja>"},
		want: map[string][]string{"capaian": {"Persentase surat masuk yang didisposisi tepat waktu|95|97|102.11", "Persentase BMN yang tercatat dalam SIMAK|100|100|100"}},
	}, {
		name: "records of fields named by a name attribute, header words with spaces",
		body: []string{"Tabel 3.1 Pengukuran Kinerja Tahun 2022", "", "<dataset>",
			`  <record><field name="No">1</field><field name="Indikator Kinerja">Persentase pegawai yang mengikuti diklat</field><field name="Target">60</field><field name="Realisasi">72</field><field name="Capaian (%)">120,00</field></record>`,
			`  <record><field name="No">2</field><field name="Indikator Kinerja">Persentase TPS yang ramah disabilitas</field><field name="Target">100</field><field name="Realisasi">96</field><field name="Capaian (%)">96,00</field></record>`,
			"</dataset>"},
		want: map[string][]string{"capaian": {"Persentase pegawai yang mengikuti diklat|60|72|120", "Persentase TPS yang ramah disabilitas|100|96|96"}},
	}, {
		name: "kolom cells named by nama, a jumlah element of them after the rows",
		body: []string{`<rekap judul="Tabel 3.4 Rekapitulasi DPT Pemilu 2019">`,
			`  <baris><kolom nama="Kecamatan">Golewa</kolom><kolom nama="L">8.020</kolom><kolom nama="P">8.450</kolom><kolom nama="L+P">16.470</kolom></baris>`,
			`  <baris><kolom nama="Kecamatan">Soa</kolom><kolom nama="L">4.110</kolom><kolom nama="P">4.260</kolom><kolom nama="L+P">8.370</kolom></baris>`,
			`  <jumlah><kolom nama="L">12.130</kolom><kolom nama="P">12.710</kolom><kolom nama="L+P">24.840</kolom></jumlah>`, "</rekap>"},
		want: map[string][]string{"dpt": {"pemilu|2019|kecamatan|GOLEWA|<nil>|<nil>|8020|8450|16470",
			"pemilu|2019|kecamatan|SOA|<nil>|<nil>|4110|4260|8370", "pemilu|2019|kabupaten|Kabupaten Sikka|<nil>|<nil>|12130|12710|24840"}},
	}, {
		name: "values keyed by a key attribute under items, amounts in rupiah",
		body: []string{"Realisasi anggaran (rupiah):", "", `<laporan judul="Tabel 3.3 Realisasi Anggaran Tahun 2020">`, "<items>",
			`<item><value key="Kode">076.01.WA</value><value key="Program/Kegiatan">Program Dukungan Manajemen</value><value key="Pagu">980.000.000</value><value key="Realisasi">931.000.000</value></item>`,
			`<item><value key="Kode">076.01.CQ</value><value key="Program/Kegiatan">Program Penyelenggaraan Pemilu</value><value key="Pagu">20.000.000</value><value key="Realisasi">19.000.000</value></item>`,
			"</items>", "</laporan>"},
		want: map[string][]string{"anggaran": {"076.01.WA|program||2020|980000000|931000000|49000000",
			"076.01.CQ|program||2020|20000000|19000000|1000000"}},
	}})
}

// TestXMLWholeExportUnproven: a count the table does not hold, units whose
// scales differ by column, rows of two levels nothing in their cells tells
// apart, or prose sharing a line with an element of the export: reported,
// never read.
func TestXMLWholeExportUnproven(t *testing.T) {
	checkUnproven(t, map[string][]string{
		"a row count the rows do not reach": {`<tabel judul="Rekapitulasi DPT Pemilu 2024" jumlah_baris="3">`,
			"  <kecamatan><nama>Bola</nama><l>2.100</l><p>2.230</p><jumlah>4.330</jumlah></kecamatan>",
			"  <kecamatan><nama>Doreng</nama><l>1.870</l><p>1.905</p><jumlah>3.775</jumlah></kecamatan>", "</tabel>"},
		"a column count the header does not reach": {`<tabel judul="Rekapitulasi DPT Pemilu 2024" jumlah_kolom="5">`,
			"  <kecamatan><nama>Bola</nama><l>2.100</l><p>2.230</p><jumlah>4.330</jumlah></kecamatan>",
			"  <kecamatan><nama>Doreng</nama><l>1.870</l><p>1.905</p><jumlah>3.775</jumlah></kecamatan>", "</tabel>"},
		"a cell's unit written as a number": {`<tabel judul="Realisasi Anggaran Tahun 2024">`,
			`  <program kode="076.01.WA"><pagu satuan="1.000">1.000.000</pagu><realisasi satuan="1.000">900.000</realisasi></program>`,
			`  <program kode="076.01.CQ"><pagu satuan="1.000">2.000.000</pagu><realisasi satuan="1.000">1.800.000</realisasi></program>`, "</tabel>"},
		"columns of other scales": {`<tabel judul="Realisasi Anggaran Tahun 2022">`,
			`  <program><kode>076.01.WA</kode><pagu satuan="ribu rupiah">1.500.000</pagu><realisasi satuan="rupiah">1.425.000.000</realisasi></program>`,
			`  <program><kode>076.01.CQ</kode><pagu satuan="ribu rupiah">500.000</pagu><realisasi satuan="rupiah">475.000.000</realisasi></program>`, "</tabel>"},
		"a scaled column beside amounts of no unit": {`<tabel judul="Realisasi Anggaran Tahun 2022">`,
			`  <program><kode>076.01.WA</kode><pagu satuan="Rp juta">1.500</pagu><realisasi>1.425.000.000</realisasi></program>`,
			`  <program><kode>076.01.CQ</kode><pagu satuan="Rp juta">500</pagu><realisasi>475.000.000</realisasi></program>`, "</tabel>"},
		"a kecamatan holding its desa, each with voters": {"Tabel 3.4 Rekapitulasi DPT Pemilu 2019 per Kecamatan dan Desa", "", "<dpt>",
			`  <kecamatan nama="Lio Timur" l="1.300" p="1.350" jumlah="2.650">`,
			`    <desa nama="Wolofeo" l="600" p="640" jumlah="1.240"/>`,
			`    <desa nama="Hobatuwa" l="700" p="710" jumlah="1.410"/>`, "  </kecamatan>",
			`  <kecamatan nama="Ndori" l="410" p="420" jumlah="830">`,
			`    <desa nama="Serandori" l="410" p="420" jumlah="830"/>`, "  </kecamatan>", "</dpt>"},
		"a program of no code holding its kegiatan": {"Tabel 3.3 Realisasi Anggaran Tahun 2021", "", "<realisasi>",
			`  <program uraian="Program Dukungan Manajemen" pagu="700.000.000" realisasi="650.000.000">`,
			`    <kegiatan uraian="Layanan Umum" pagu="400.000.000" realisasi="370.000.000"/>`,
			`    <kegiatan uraian="Layanan Keuangan" pagu="300.000.000" realisasi="280.000.000"/>`, "  </program>", "</realisasi>"},
		"a note between the rows, no page break": {`<tabel judul="Rekapitulasi DPT Pemilu 2024">`,
			"  <kecamatan><nama>Bola</nama><l>2.100</l><p>2.230</p><jumlah>4.330</jumlah></kecamatan>",
			"", "Catatan: kecamatan berikut hasil pemekaran.", "",
			"  <kecamatan><nama>Doreng</nama><l>1.870</l><p>1.905</p><jumlah>3.775</jumlah></kecamatan>", "</tabel>"},
		"prose on a table element's line": {"<ekspor>", "Rinciannya sebagai berikut: <tabel judul=\"Realisasi Anggaran Tahun 2024\">",
			`  <program kode="076.01.WA" pagu="1.000.000" realisasi="900.000"/>`,
			`  <program kode="076.01.CQ" pagu="2.000.000" realisasi="1.800.000"/>`, "</tabel>", "", "Sumber: SAKTI.", "</ekspor>"},
	})
}

// TestXMLKeepsPageBreaks: a table rewritten from an export keeps the page
// break on the line that held it, every line where it was.
func TestXMLKeepsPageBreaks(t *testing.T) {
	in := "<t judul=\"Tabel 3.2\">\n<r><x>1</x><y>2</y></r>\n\f<r><x>3</x><y>4</y></r>\n</t>\nakhir"
	out := string(xmlTables([]byte(in), nil))
	if strings.Count(out, "\n") != strings.Count(in, "\n") || strings.Count(out, "\f") != 1 || !strings.Contains(out, "x\ty\n\f1\t2\n3\t4\nakhir") {
		t.Errorf("rewrite:\n%q", out)
	}
}
