package parse

import (
	"fmt"
	"strings"
	"testing"
)

// TestFlattenedDocumentClasses: documents whose tables lost their layout
// on the way (a spreadsheet pasted as semicolon rows, a web page saved in
// reader mode as a bulleted list whose cells are named in words) are read
// as the tables they stand for, every family alike; what does not prove
// its columns stays unread:
//   - delimited rows under a header of column words: capaian, budget
//     with codes and JUMLAH, DPT per kecamatan;
//   - labelled items: capaian, budget with codes in parentheses and a
//     total, SAKIP components with their weights in the label;
//   - items that name other columns than the first, or a figure with a
//     second one beside it, are no table.
func TestFlattenedDocumentClasses(t *testing.T) {
	capWant := []string{"Opini BPK atas Laporan Keuangan: WTP / WTP", "Indeks kepuasan layanan informasi: 80 / 84,50"}
	budgetTotal := []string{"076.01.WA pagu=1000000000 real=900000000", "3357 pagu=600000000 real=550000000",
		"3359 pagu=400000000 real=350000000", "TOTAL pagu=1000000000 real=900000000"}
	// a heading and its list, as a reader-mode page writes them
	capDoc := func(items ...string) []string {
		return append(append([]string{"Capaian Indikator Kinerja Utama 2024", ""}, items...), "")
	}
	budgetDoc := func(items ...string) []string {
		return append(append([]string{"Realisasi Anggaran Tahun 2024", ""}, items...), "")
	}
	tests := []struct {
		name, fam  string
		body, want []string
	}{
		{"semicolon capaian rows", "capaian",
			[]string{"Tabel 3.1 Capaian Indikator Kinerja", "",
				"No;Indikator Kinerja;Satuan;Target;Realisasi;Capaian (%)",
				"1;Opini BPK atas Laporan Keuangan;Opini;WTP;WTP;100,00",
				"2;Indeks kepuasan layanan informasi;Nilai;80;84;105,00", ""},
			[]string{"Opini BPK atas Laporan Keuangan: WTP / WTP", "Indeks kepuasan layanan informasi: 80 / 84"}},
		{"semicolon budget rows with codes and JUMLAH", "anggaran",
			[]string{"Tabel 3.5 Realisasi Anggaran", "",
				"Kode;Uraian;Pagu;Realisasi;Sisa;Serapan (%)",
				"WA;Program Dukungan Manajemen;1.000.000.000;900.000.000;100.000.000;90,00",
				"WA.3357;Pengelolaan Umum;600.000.000;550.000.000;50.000.000;91,67",
				"WA.3359;Pengelolaan Data;400.000.000;350.000.000;50.000.000;87,50",
				";JUMLAH;1.000.000.000;900.000.000;100.000.000;90,00", ""},
			budgetTotal},
		{"semicolon DPT rows per kecamatan", "dpt",
			[]string{"Tabel 3.4 Rekapitulasi DPT Pemilu 2024 per Kecamatan", "",
				"No;Kecamatan;TPS;Laki-laki;Perempuan;Jumlah",
				"1;Alok;40;6.000;6.200;12.200", "2;Nita;30;4.100;4.300;8.400", ";Jumlah;70;10.100;10.500;20.600", ""},
			[]string{"pemilu 2024 kecamatan ALOK tps=40 L=6000 P=6200 LP=12200",
				"pemilu 2024 kecamatan NITA tps=30 L=4100 P=4300 LP=8400",
				"pemilu 2024 kabupaten Kabupaten Sikka tps=70 L=10100 P=10500 LP=20600"}},
		{"labelled capaian items", "capaian",
			capDoc(
				"• Opini BPK atas Laporan Keuangan: target WTP, realisasi WTP, capaian 100,00%",
				"• Indeks kepuasan layanan informasi: target 80, realisasi 84,50, capaian 105,63%"),
			capWant},
		{"labelled budget items, codes in parentheses, a total", "anggaran",
			budgetDoc(
				"• Program Dukungan Manajemen (076.01.WA): pagu Rp 1.000.000.000, realisasi Rp 900.000.000, sisa Rp 100.000.000, serapan 90,00%",
				"• Pengelolaan Umum (3357): pagu Rp 600.000.000, realisasi Rp 550.000.000, sisa Rp 50.000.000, serapan 91,67%",
				"• Pengelolaan Data (3359): pagu Rp 400.000.000, realisasi Rp 350.000.000, sisa Rp 50.000.000, serapan 87,50%",
				"• Jumlah seluruhnya: pagu Rp 1.000.000.000, realisasi Rp 900.000.000, sisa Rp 100.000.000, serapan 90,00%"),
			budgetTotal},
		{"labelled items name their cells: another order, a cell left out", "capaian",
			capDoc(
				"• Indeks kepuasan layanan informasi: target 80, realisasi 84,50, capaian 105,63%",
				"• Nilai keterbukaan informasi: realisasi 79, target 75"),
			[]string{"Indeks kepuasan layanan informasi: 80 / 84,50", "Nilai keterbukaan informasi: 75 / 79"}},
		{"labelled lines without list marks", "capaian",
			capDoc(
				"Opini BPK atas Laporan Keuangan: target WTP, realisasi WTP, capaian 100,00%",
				"Indeks kepuasan layanan informasi: target 80, realisasi 84,50, capaian 105,63%"),
			capWant},
		{"labelled years: a multi-year budget table", "anggaran",
			[]string{"Perbandingan realisasi anggaran tiga tahun terakhir:",
				"• Tahun Anggaran 2022: pagu Rp 900.000.000, realisasi Rp 850.000.000, serapan 94,44%",
				"• Tahun Anggaran 2023: pagu Rp 950.000.000, realisasi Rp 900.000.000, serapan 94,74%",
				"• Tahun Anggaran 2024: pagu Rp 1.000.000.000, realisasi Rp 900.000.000, serapan 90,00%", ""},
			[]string{"TOTAL pagu=900000000 real=850000000", "TOTAL pagu=950000000 real=900000000", "TOTAL pagu=1000000000 real=900000000"}},
		{"labelled kecamatan rows of a voter roll", "dpt",
			[]string{"Rekapitulasi DPT Pemilu 2024 per Kecamatan:",
				"• Alok: L 6.000, P 6.200, jumlah 12.200",
				"• Nita: L 4.100, P 4.300, jumlah 8.400",
				"• Jumlah: L 10.100, P 10.500, jumlah 20.600", ""},
			[]string{"pemilu 2024 kecamatan ALOK tps=- L=6000 P=6200 LP=12200",
				"pemilu 2024 kecamatan NITA tps=- L=4100 P=4300 LP=8400",
				"pemilu 2024 kabupaten Kabupaten Sikka tps=- L=10100 P=10500 LP=20600"}},
		{"labelled items: a dash after the label, cells named with a colon, parted by semicolons", "capaian",
			capDoc(
				"• Opini BPK atas Laporan Keuangan – Target: WTP; Realisasi: WTP; Capaian: 100,00%",
				"• Indeks kepuasan layanan informasi – Target: 80; Realisasi: 84,50; Capaian: 105,63%"),
			capWant},
		{"labelled budget items opening with their codes", "anggaran",
			budgetDoc(
				"• 076.01.WA Program Dukungan Manajemen: pagu Rp 1.000.000.000, realisasi Rp 900.000.000",
				"• 3357 Pengelolaan Umum: pagu Rp 600.000.000, realisasi Rp 550.000.000",
				"• 3359 Pengelolaan Data: pagu Rp 400.000.000, realisasi Rp 350.000.000"),
			budgetTotal[:3]},
		{"labelled kecamatan rows, the figure before its name", "dpt",
			[]string{"Rekapitulasi DPT Pemilu 2024 per Kecamatan:",
				"• Alok: 40 TPS, 6.000 laki-laki, 6.200 perempuan, 12.200 pemilih",
				"• Nita: 30 TPS, 4.100 laki-laki, 4.300 perempuan, 8.400 pemilih", ""},
			[]string{"pemilu 2024 kecamatan ALOK tps=40 L=6000 P=6200 LP=12200",
				"pemilu 2024 kecamatan NITA tps=30 L=4100 P=4300 LP=8400"}},
		{"labelled items with a remark beside the figures", "capaian",
			capDoc(
				"• Opini BPK atas Laporan Keuangan: target WTP, realisasi WTP, capaian 100%, keterangan tercapai",
				"• Indeks kepuasan layanan informasi: target 80, realisasi 76, capaian 95%, keterangan tidak tercapai"),
			[]string{"Opini BPK atas Laporan Keuangan: WTP / WTP", "Indeks kepuasan layanan informasi: 80 / 76"}},
		{"labelled items with a second figure beside one are no table", "capaian",
			capDoc(
				"• Indeks kepuasan layanan informasi: target 80, realisasi 84,50 (naik 2,1), capaian 105,63%",
				"• Nilai keterbukaan informasi: target 75, realisasi 79 (naik 1,5), capaian 105,33%"),
			nil},
	}
	for _, tc := range tests {
		wantFacts(t, tc.name, tc.fam, tc.body, tc.want)
	}
}

// wantFacts parses body as a document and compares the Utama facts of
// family fam, one line each (factLines), with want.
func wantFacts(t *testing.T, name, fam string, body, want []string) {
	t.Helper()
	t.Run(name, func(t *testing.T) {
		d, err := Text(name, doc(body...))
		if err != nil {
			t.Fatal(err)
		}
		if got := factLines(d, fam); strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Errorf("%s facts:\n got %q\nwant %q", fam, got, want)
		}
	})
}

// TestLabelledKomponen: bulleted SAKIP components with their weights in
// the label are the component table; without weights they are not.
func TestLabelledKomponen(t *testing.T) {
	for _, tc := range []struct {
		name  string
		items []string
		want  string
	}{
		{"weights in the labels", []string{"• Perencanaan Kinerja (bobot 30): 20,15", "• Pengukuran Kinerja (bobot 30): 18,85",
			"• Pelaporan Kinerja (bobot 15): 10,40", "• Evaluasi Akuntabilitas Kinerja Internal (bobot 25): 17,26",
			"• Jumlah (bobot 100): 66,66"}, "perencanaan=20.15 pengukuran=18.85 pelaporan=10.4 evaluasi_internal=17.26"},
		{"no weights: no components", []string{"• Perencanaan Kinerja: 20,15", "• Pengukuran Kinerja: 18,85",
			"• Pelaporan Kinerja: 10,40"}, ""},
	} {
		body := append([]string{"Hasil Evaluasi AKIP Tahun 2023 atas Sekretariat KPU Kabupaten Sikka memberikan nilai 66,66 dengan predikat B. Nilai per komponen:", ""},
			tc.items...)
		d := parseDoc(t, tc.name, body...)
		var got []string
		for _, k := range d.SakipKomponen {
			if k.Nilai != nil && k.TahunDinilai == 2023 {
				got = append(got, fmt.Sprintf("%s=%v", k.Komponen, *k.Nilai))
			}
		}
		if strings.Join(got, " ") != tc.want {
			t.Errorf("%s: komponen %q, want %q", tc.name, strings.Join(got, " "), tc.want)
		}
	}
}

// TestSentenceAcrossPageBreak: a DPT sentence cut by a page break (blank
// lines and a footer with the page number, or a running header the
// document repeats) is read whole; a paragraph that opens a sentence of
// its own is never read with the one before.
func TestSentenceAcrossPageBreak(t *testing.T) {
	tests := []struct {
		name string
		body []string
		want []string
	}{
		{"cut before the count, a footer with the page number",
			[]string{"Pada Pemilu Tahun 2024 Daftar Pemilih Tetap Kabupaten Sikka yang ditetapkan dalam rapat pleno berjumlah", "",
				"LKj KPU Kab. Sikka 2024 | hal. 17", "",
				"233.337 pemilih, terdiri atas 112.406 laki-laki dan 120.931 perempuan, yang tersebar di 587 TPS."},
			[]string{"pemilu 2024 kabupaten Kabupaten Sikka tps=587 L=112406 P=120931 LP=233337"}},
		{"cut after the count, a running header",
			[]string{"Laporan Kinerja KPU Kabupaten Sikka", "",
				"Pada Pemilu Tahun 2024 Daftar Pemilih Tetap Kabupaten Sikka berjumlah 233.337 pemilih, terdiri atas", "",
				"Laporan Kinerja KPU Kabupaten Sikka", "",
				"112.406 laki-laki dan 120.931 perempuan."},
			[]string{"pemilu 2024 kabupaten Kabupaten Sikka tps=- L=112406 P=120931 LP=233337"}},
		{"a new sentence after the break is its own paragraph",
			[]string{"Pada Pemilu Tahun 2024 jumlah pemilih di seluruh wilayah Kabupaten Sikka", "",
				"Sebanyak 1.000 pemilih tercatat sebagai pemilih pindahan."},
			nil},
	}
	for _, tc := range tests {
		wantFacts(t, tc.name, "dpt", tc.body, tc.want)
	}
}
