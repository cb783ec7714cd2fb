package parse

import "testing"

// TestEndnoteCapaianClass: a capaian table whose figures sit in notes under
// it, joined to its rows by the marks (endnotes i, ii; footnotes 1), 2);
// [a]; superscripts after the name; a "lihat catatan 3" column), the notes
// in any order and their labels in any order, each row proven by
// capaian = realisasi/target; tables of ordinary footnotes, legal
// references and notes with figures for no row give nothing.
func TestEndnoteCapaianClass(t *testing.T) {
	const cap24 = "Tabel 3.1 Pengukuran Kinerja Tahun 2024"
	// roman endnotes, the notes under a heading, grades with their capaian
	roman := []string{cap24, "",
		"No\tIndikator Kinerja\tSatuan\tCatatan",
		"1\tPersentase partisipasi pemilih dalam Pemilu\t%\ti",
		"2\tPersentase pegawai yang mengikuti pelatihan\t%\tii",
		"3\tNilai Evaluasi AKIP\tPredikat\tiii",
		"", "Catatan Akhir", "",
		"i  Target 77,50; realisasi 81,37; capaian 104,99 persen.",
		"ii  Target 90,00; realisasi 88,40; capaian 98,22 persen.",
		"iii  Target B; realisasi BB; capaian 100,00 persen.",
		"", "Sumber: Subbagian Program, diolah.", ""}
	wantRoman := []string{"Persentase partisipasi pemilih dalam Pemilu|77.5|81.37|104.99",
		"Persentase pegawai yang mengikuti pelatihan|90|88.4|98.22", "Nilai Evaluasi AKIP|<nil>|<nil>|100"}
	// footnotes 1), 2) in a Ket. column, the notes out of order, labels
	// with colons and in another order, a note wrapped over two lines, no
	// unit column (the unit from the target's percent)
	foot := []string{"Tabel 2 Capaian Indikator Kinerja Utama 2024", "",
		"No.\tSasaran\tIndikator Kinerja Utama\tKet.",
		"1.\tMeningkatnya kualitas data\tPersentase data pemilih yang dimutakhirkan tepat waktu\t1)",
		"2.\tMeningkatnya kapasitas SDM\tIndeks profesionalitas ASN\t2)",
		"", "Keterangan:",
		"2) realisasi: 71,5; target: 70; capaian: 102,14.",
		"1) capaian 98,00%, target 100%,",
		"   realisasi 98%.", ""}
	wantFoot := []string{"Persentase data pemilih yang dimutakhirkan tepat waktu|100|98|98",
		"Indeks profesionalitas ASN|70|71.5|102.14"}
	// [a] marks in a "lihat catatan" column, a lower-is-better row
	letters := []string{"Tabel 3.2 Capaian Kinerja 2023", "",
		"No\tIndikator Kinerja\tSatuan\tRujukan",
		"1\tPersentase penyelenggara yang melanggar kode etik\t%\tlihat catatan [a]",
		"2\tOpini BPK atas Laporan Keuangan\tOpini\tlihat catatan [b]",
		"",
		"[b] Target WTP; Realisasi WTP; Capaian 100%",
		"[a] Target 2,00; Realisasi 1,00; Capaian 150,00%", ""}
	wantLetters := []string{"Persentase penyelenggara yang melanggar kode etik|2|1|150",
		"Opini BPK atas Laporan Keuangan|<nil>|<nil>|100"}
	// superscript marks after the names, a note whose capaian does not fit
	// (not loaded) and a source footnote among the notes
	super := []string{cap24, "",
		"No\tIndikator Kinerja\tSatuan",
		"1\tPersentase laporan keuangan tepat waktu¹\tpersen",
		"2\tPersentase arsip yang tertata²\tpersen",
		"3\tIndeks kepuasan layanan³\tindeks",
		"",
		"¹ Target 100; realisasi 100; capaian 100,00.",
		"² Target 80; realisasi 60; capaian 95,00.",
		"³ Target 3,20; realisasi 3,36; capaian 105,00.",
		"⁴ Sumber: survei kepuasan 2024.", ""}
	wantSuper := []string{"Persentase laporan keuangan tepat waktu|100|100|100", "Indeks kepuasan layanan|3.2|3.36|105"}
	// a space-aligned table (a PDF's text), a name wrapped, *) marks in
	// a "Lihat" column, notes led by "Catatan", labels with the year
	spaced := []string{"Tabel 3.3 Pengukuran Kinerja Tahun 2022", "",
		"No   Indikator Kinerja                          Satuan    Lihat",
		"1    Persentase laporan yang disampaikan        %         *)",
		"     tepat waktu",
		"2    Indeks kepuasan layanan informasi          indeks    **)",
		"", "Catatan *): Target 2022: 100; Realisasi 2022: 95; Capaian (%) 95,00",
		"Catatan **): Target 2022: 3,20; Realisasi 2022: 3,36; Capaian (%) 105,00", ""}
	wantSpaced := []string{"Persentase laporan yang disampaikan tepat waktu|100|95|95", "Indeks kepuasan layanan informasi|3.2|3.36|105"}
	// look-alike: an ordinary capaian table with footnotes: its own rows
	// only, the note's other figures read as no row
	ordinary := []string{cap24, "",
		"No\tIndikator Kinerja\tTarget\tRealisasi\tCapaian (%)\tKet.",
		"1\tPersentase partisipasi pemilih\t77,50\t81,37\t104,99\t1)",
		"2\tPersentase pegawai terlatih\t90,00\t88,40\t98,22\t",
		"", "1) Target awal 75,00; realisasi 81,37; capaian 108,49.", ""}
	wantOrdinary := []string{"Persentase partisipasi pemilih|77.5|81.37|104.99", "Persentase pegawai terlatih|90|88.4|98.22"}
	// look-alike: a table with ordinary source footnotes
	sources := []string{"Tabel 1.1 Jumlah Pegawai 2024", "",
		"No\tIndikator\tSatuan\tCatatan",
		"1\tJumlah pegawai organik\torang\t¹",
		"2\tJumlah PPNPN\torang\t²",
		"", "¹ Sumber: BPS Kabupaten Sikka.", "² Sumber: SIMPEG, keadaan 31 Desember 2024.", ""}
	// look-alike: legal references in the Ket. column, labelled figures
	// in prose below
	legal := []string{"Tabel 2.1 Indikator Kinerja dan Dasar Hukum", "",
		"No\tIndikator Kinerja\tSatuan\tKet.",
		"1\tPersentase partisipasi pemilih\t%\tPasal 3",
		"2\tPersentase pegawai terlatih\t%\tPasal 7 ayat (2)",
		"", "1) Target 77,50; realisasi 81,37; capaian 104,99 persen.", ""}
	// look-alike: notes giving figures for no row of the table
	norow := []string{cap24, "",
		"No\tIndikator Kinerja\tSatuan\tCatatan",
		"1\tPersentase partisipasi pemilih\t%\ti",
		"2\tPersentase pegawai terlatih\t%\tii",
		"", "Catatan Akhir", "",
		"i  Target 77,50; realisasi 81,37; capaian 104,99 persen.",
		"ii  Target 90,00; realisasi 88,40; capaian 98,22 persen.",
		"iii  Target 95,00; realisasi 97,26; capaian 102,38 persen.", ""}
	// look-alike: a shop's stock list with footnoted items and notes of
	// prices, no labelled target or realisasi
	stock := []string{"Daftar Persediaan Toko", "",
		"No\tIndikator Barang\tSatuan\tCatatan",
		"1\tKertas HVS A4\trim\t1)",
		"2\tTinta printer\tbotol\t2)",
		"", "1) Harga 55.000; stok 12; terjual 40.", "2) Harga 120.000; stok 5; terjual 9.", ""}
	checkDocs(t, []string{"capaian"}, []docCase{
		{"roman endnotes, grades", roman, map[string][]string{"capaian": wantRoman}},
		{"footnotes 1) 2), notes out of order, labels reordered, wrapped", foot, map[string][]string{"capaian": wantFoot}},
		{"[a] marks behind lihat catatan, lower is better", letters, map[string][]string{"capaian": wantLetters}},
		{"superscripts after the names, a capaian that does not fit", super, map[string][]string{"capaian": wantSuper}},
		{"space-aligned, a name wrapped, *) marks, years in the labels", spaced, map[string][]string{"capaian": wantSpaced}},
		{"an ordinary table with footnotes", ordinary, map[string][]string{"capaian": wantOrdinary}},
		{"ordinary source footnotes", sources, map[string][]string{"capaian": nil}},
		{"legal references", legal, map[string][]string{"capaian": nil}},
		{"notes with figures for no row", norow, map[string][]string{"capaian": nil}},
		{"a shop's stock list", stock, map[string][]string{"capaian": nil}},
	})
}
