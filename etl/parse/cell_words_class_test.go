package parse

import (
	"strings"
	"testing"
)

// TestCellWords: a table whose cells write each figure and then the same
// figure in words, in parentheses or after "terbilang" without them, reads
// the figure (made-up tables of KPU Sikka 2024: capaian in percent with
// "koma" decimals, a budget in rupiah with ",-" and the words unbracketed,
// DPT counts, SAKIP components).
func TestCellWords(t *testing.T) {
	capTable := func(a, b, c, d, e, f string) []string {
		return []string{"Tabel 3.1 Pengukuran Kinerja Tahun 2024", "",
			"No\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)",
			"1\tPersentase pemutakhiran data pemilih berkelanjutan\t%\t" + a + "\t" + b + "\t" + c,
			"2\tPersentase laporan keuangan yang disusun tepat waktu\t%\t" + d + "\t" + e + "\t" + f, ""}
	}
	checkDocs(t, []string{"capaian", "anggaran", "dpt", "sakip_komponen"}, []docCase{{
		name: "percentages with decimals spelled digit by digit",
		body: capTable("90,00 (sembilan puluh koma nol nol)", "93,15 (sembilan puluh tiga koma satu lima)",
			"103,50 (seratus tiga koma lima nol)", "100,00 (seratus koma nol nol)", "98,07 (sembilan puluh delapan koma nol tujuh)",
			"98,07 (sembilan puluh delapan koma nol tujuh)"),
		want: map[string][]string{"capaian": {
			"Persentase pemutakhiran data pemilih berkelanjutan|90|93.15|103.5",
			"Persentase laporan keuangan yang disusun tepat waktu|100|98.07|98.07"}},
	}, {
		name: "words with a label, a decimal as a number, no space before the parenthesis",
		body: capTable("85,5(terbilang: delapan puluh lima koma lima)", "88,25 (delapan puluh delapan koma dua puluh lima)",
			"103,22(seratus tiga koma dua dua)", "100 (seratus)", "100 (seratus)", "100 (seratus)"),
		want: map[string][]string{"capaian": {
			"Persentase pemutakhiran data pemilih berkelanjutan|85.5|88.25|103.22",
			"Persentase laporan keuangan yang disusun tepat waktu|100|100|100"}},
	}, {
		name: "amounts with the words after terbilang, unbracketed",
		body: []string{"Tabel 3.3 Realisasi Anggaran Tahun 2024", "",
			"Kode\tProgram\tPagu (Rp)\tRealisasi (Rp)\tSisa (Rp)",
			"076.01.WA\tProgram Dukungan Manajemen\tRp 1.250.000,- terbilang: satu juta dua ratus lima puluh ribu rupiah\tRp 1.200.000,- terbilang: satu juta dua ratus ribu rupiah\tRp 50.000,- terbilang: lima puluh ribu rupiah",
			"076.01.CQ\tProgram Penyelenggaraan Pemilu\tRp 3.400.000,- Terbilang : tiga juta empat ratus ribu rupiah\tRp 3.310.000,- Terbilang : tiga juta tiga ratus sepuluh ribu rupiah\tRp 90.000,- Terbilang : sembilan puluh ribu rupiah",
			"\tJUMLAH\tRp 4.650.000,- terbilang: empat juta enam ratus lima puluh ribu rupiah\tRp 4.510.000,- terbilang: empat juta lima ratus sepuluh ribu rupiah\tRp 140.000,- terbilang: seratus empat puluh ribu rupiah", ""},
		want: map[string][]string{"anggaran": {
			"076.01.WA|program||2024|1250000|1200000|50000",
			"076.01.CQ|program||2024|3400000|3310000|90000",
			"TOTAL|total||2024|4650000|4510000|140000"}},
	}, {
		name: "DPT counts, the words in capitals",
		body: []string{"Tabel 3.4 Rekapitulasi DPT Pemilu 2024 per Kecamatan", "",
			"No\tKecamatan\tDesa/Kel\tTPS\tL\tP\tL+P",
			"1\tPAGA\t9 (SEMBILAN)\t21 (DUA PULUH SATU)\t4.105 (EMPAT RIBU SERATUS LIMA)\t4.290 (EMPAT RIBU DUA RATUS SEMBILAN PULUH)\t8.395 (DELAPAN RIBU TIGA RATUS SEMBILAN PULUH LIMA)",
			"2\tLELA\t11 (SEBELAS)\t17 (TUJUH BELAS)\t3.012 (TIGA RIBU DUA BELAS)\t3.118 (TIGA RIBU SERATUS DELAPAN BELAS)\t6.130 (ENAM RIBU SERATUS TIGA PULUH)",
			"\tJUMLAH\t20 (DUA PULUH)\t38 (TIGA PULUH DELAPAN)\t7.117 (TUJUH RIBU SERATUS TUJUH BELAS)\t7.408 (TUJUH RIBU EMPAT RATUS DELAPAN)\t14.525 (EMPAT BELAS RIBU LIMA RATUS DUA PULUH LIMA)", ""},
		want: map[string][]string{"dpt": {
			"pemilu|2024|kecamatan|PAGA|9|21|4105|4290|8395",
			"pemilu|2024|kecamatan|LELA|11|17|3012|3118|6130",
			"pemilu|2024|kabupaten|Kabupaten Sikka|20|38|7117|7408|14525"}},
	}, {
		name: "SAKIP components, the words only on the scores",
		body: []string{"Hasil evaluasi AKIP Tahun 2023 memberikan nilai 66,10 dengan predikat B.", "",
			"Tabel 3.2 Nilai Evaluasi AKIP Tahun 2023 per Komponen", "",
			"No\tKomponen\tBobot\tNilai",
			"1\tPerencanaan Kinerja\t30,00\t20,10 (dua puluh koma satu nol)",
			"2\tPengukuran Kinerja\t30,00\t19,20 (sembilan belas koma dua nol)",
			"3\tPelaporan Kinerja\t15,00\t10,05 (sepuluh koma nol lima)",
			"4\tEvaluasi Akuntabilitas Kinerja Internal\t25,00\t16,75 (enam belas koma tujuh lima)",
			"\tNilai Akhir\t100,00\t66,10 (enam puluh enam koma satu nol)", ""},
		want: map[string][]string{"sakip_komponen": {
			"2023|perencanaan|30|20.1", "2023|pengukuran|30|19.2", "2023|pelaporan|15|10.05", "2023|evaluasi_internal|25|16.75"}},
	}})
}

// TestCellWordsDisagree: words that spell another number than the figure
// beside them prove neither: the cell is NULL with a finding, the other
// cells of the row are read; a parenthesis that is no number in words (a
// note, a unit) is left to the readers as before.
func TestCellWordsDisagree(t *testing.T) {
	d := parseDoc(t, "disagree", "Tabel 3.1 Pengukuran Kinerja Tahun 2024", "",
		"No\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)",
		"1\tPersentase pemutakhiran data pemilih berkelanjutan\t%\t90,00 (sembilan puluh koma nol nol)\t93,15 (sembilan puluh tiga koma lima satu)\t103,50 (seratus tiga koma lima nol)",
		"2\tPersentase laporan keuangan yang disusun tepat waktu\t%\t100,00 (seratus koma nol nol)\t98,07 (sembilan puluh delapan koma nol tujuh)\t98,07 (sembilan puluh delapan koma nol tujuh)", "",
		"Tabel 3.4 Rekapitulasi DPT Pemilu 2024 per Kecamatan", "",
		"No\tKecamatan\tDesa/Kel\tTPS\tL\tP\tL+P",
		"1\tPAGA\t9 (sembilan)\t21 (dua puluh dua)\t4.105\t4.290\t8.395",
		"2\tLELA\t11 (sebelas)\t17 (tujuh belas)\t3.012\t3.118\t6.130",
		"\tJUMLAH\t20 (dua puluh)\t38 (tiga puluh delapan)\t7.117\t7.408\t14.525", "")
	got := factRows["capaian"](d)
	want := []string{"Persentase pemutakhiran data pemilih berkelanjutan|90|<nil>|103.5",
		"Persentase laporan keuangan yang disusun tepat waktu|100|98.07|98.07"}
	wantRows(t, "capaian", got, want)
	for _, r := range factRows["dpt"](d) {
		if strings.Contains(r, "|PAGA|") && strings.Contains(r, "|21|") {
			t.Errorf("a TPS count whose words say 22 loaded: %s", r)
		}
	}
	var clashes []int
	for _, f := range d.Findings {
		if f.Aturan == "nilai.terbilang_berbeda" {
			clashes = append(clashes, f.Span.Start)
		}
	}
	if len(clashes) != 2 {
		t.Errorf("findings nilai.terbilang_berbeda on lines %v, want 2 (one per disagreeing cell)", clashes)
	}

	// a note or a unit in parentheses is no amount in words
	d = parseDoc(t, "notes", "Tabel 3.1 Pengukuran Kinerja Tahun 2024", "",
		"No\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)",
		"1\tPersentase pemutakhiran data pemilih berkelanjutan\t%\t90,00 (revisi)\t93,15 (sementara)\t103,50",
		"2\tPersentase laporan keuangan yang disusun tepat waktu\t%\t100 (persen)\t98,07\t98,07",
		"3\tPersentase sengketa yang dijawab paling lambat 3 (tiga) hari kerja\t%\t100 (seratus)\t100 (seratus)\t100 (seratus)", "")
	if len(d.Capaian) != 3 || d.Capaian[2].Indikator != "Persentase sengketa yang dijawab paling lambat 3 (tiga) hari kerja" {
		t.Errorf("words after a figure inside a name are the name's: %+v", d.Capaian)
	}
	for _, c := range d.Capaian {
		if c.TargetNilai != nil && *c.TargetNilai != 90 && *c.TargetNilai != 100 {
			t.Errorf("%s: target %v", c.Indikator, *c.TargetNilai)
		}
	}
	for _, f := range d.Findings {
		if f.Aturan == "nilai.terbilang_berbeda" {
			t.Errorf("a note taken for words: %+v", f)
		}
	}
}

// TestUnspellCell: the cell rewrite alone, over the forms a figure and
// its words take.
func TestUnspellCell(t *testing.T) {
	tests := []struct{ in, out, clash string }{
		{"0,64 ( koma enam empat)", "0,64", ""},
		{"1.500 (seribu lima ratus)", "1.500", ""},
		{"Rp 2.000.000,- (dua juta rupiah)", "Rp 2.000.000,-", ""},
		{"12 (dua belas) orang", "12 orang", ""},
		{"75,00 (tujuh puluh lima koma nol nol) / 80,10 (delapan puluh koma satu nol)", "75,00 / 80,10", ""},
		{"7 (tujuh)", "7", ""},
		{"7 (delapan)", "7 (delapan)", "7 (delapan)"},
		{"45,5 (empat puluh lima koma enam)", "45,5 (empat puluh lima koma enam)", "45,5 (empat puluh lima koma enam)"},
		{"21/PL.01-Kpt/2024 (dua puluh satu)", "21/PL.01-Kpt/2024 (dua puluh satu)", ""},
		{"B (baik)", "B (baik)", ""},
		{"100 persen", "100 persen", ""},
		{"Tahap 2 (kedua)", "Tahap 2 (kedua)", ""},
	}
	for _, tc := range tests {
		out, clash := unspellCell(tc.in)
		if clash != "" {
			out = tc.in
		}
		if out != tc.out || clash != tc.clash {
			t.Errorf("unspellCell(%q) = %q, %q; want %q, %q", tc.in, out, clash, tc.out, tc.clash)
		}
	}
}
