package parse

import "testing"

// TestLeaderRecords: records whose keys and values are parted by leader
// dots, each named on a line of its own under a numbered heading, read as
// the rows they stand for; the colon form of the same layout too; lines
// of a table of contents give nothing (made-up figures).
func TestLeaderRecords(t *testing.T) {
	tests := []struct {
		name string
		fam  string
		body []string
		want []string
	}{{
		name: "leader records named under numbered headings",
		fam:  "capaian",
		body: []string{"3.1 Capaian Indikator Kinerja Sasaran Strategis", "",
			"Indikator Kinerja 1", "Indeks Kepuasan Layanan Informasi",
			"    Target 2024 ............ 80", "    Realisasi 2024 ......... 84,50", "    Capaian ................ 105,63 %", "",
			"Indikator Kinerja 2", "Persentase arsip inaktif yang tertata sesuai aturan kearsipan pada sekretariat",
			"    Realisasi 2023 ......... 61 %", "    Target 2024 ............ 70 %", "    Realisasi 2024 ......... 66,50 %",
			"    Capaian ................ 95,00 %"},
		want: []string{"Indeks Kepuasan Layanan Informasi: 80 / 84,50",
			"Persentase arsip inaktif yang tertata sesuai aturan kearsipan pada sekretariat: 70 % / 66,50 %"},
	}, {
		name: "an earlier year's realisasi in a record is a series point",
		fam:  "seri",
		body: []string{"3.1 Capaian Indikator Kinerja Sasaran Strategis", "",
			"Indikator Kinerja 1", "Persentase arsip inaktif yang tertata",
			"    Realisasi 2023 ......... 61 %", "    Target 2024 ............ 70 %", "    Realisasi 2024 ......... 66,50 %",
			"    Capaian ................ 95,00 %"},
		want: []string{"Persentase arsip inaktif yang tertata 2023 realisasi 61 %"},
	}, {
		name: "the colon form with an ellipsis character and a kegiatan heading",
		fam:  "capaian",
		body: []string{"3.2 Capaian Indikator Kinerja Kegiatan", "",
			"Indikator Kinerja Kegiatan 1", "Jumlah laporan keuangan yang disusun tepat waktu",
			"Target 2024 : 14 Laporan", "Realisasi 2024 : 14 Laporan", "Capaian …… 100,00 %"},
		want: []string{"Jumlah laporan keuangan yang disusun tepat waktu: 14 Laporan / 14 Laporan"},
	}, {
		name: "records named by their titles alone, with or without a number",
		fam:  "capaian",
		body: []string{"3.1 Capaian Indikator Kinerja Sasaran Strategis", "",
			"Indeks Kepuasan Layanan Informasi", "    Target 2024 ........ 80", "    Realisasi 2024 ..... 84,50",
			"    Capaian ............ 105,63 %", "",
			"IKU 2. Persentase arsip inaktif yang tertata sesuai aturan kearsipan pada sekretariat kabupaten",
			"    Target ........ : 70 %", "    Realisasi ..... : 66,50 %", "    Capaian ....... : 95,00 %"},
		want: []string{"Indeks Kepuasan Layanan Informasi: 80 / 84,50",
			"Persentase arsip inaktif yang tertata sesuai aturan kearsipan pada sekretariat kabupaten: 70 % / 66,50 %"},
	}, {
		name: "the last line of a sentence above the records names no row",
		fam:  "capaian",
		body: []string{"3.1 Capaian Indikator Kinerja Sasaran Strategis", "",
			"Capaian indikator kepuasan layanan pada tahun ini disajikan", "dalam rincian sebagai berikut",
			"    Target 2024 ........ 80", "    Realisasi 2024 ..... 84,50", "    Capaian ............ 105,63 %"},
	}, {
		name: "a table of contents gives nothing",
		fam:  "capaian",
		body: []string{"DAFTAR ISI", "KATA PENGANTAR ............ i", "BAB I PENDAHULUAN ......... 1",
			"BAB II PERENCANAAN KINERJA ........ 5", "Capaian Kinerja ........ 9"},
	}}
	for _, tc := range tests {
		wantFacts(t, tc.name, tc.fam, tc.body, tc.want)
	}
}
