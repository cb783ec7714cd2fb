package parse

import "testing"

// TestAlignedPageFoot: a space-aligned table printed with its page's
// footer right under the last row ("Rekap DPT  -  Halaman 3", "Page 2", a
// sheet's name and page) is proven without the footer, whose parts
// the spaces part like cells; a contents list naming pages and a table
// whose columns nothing proves still give no facts.
func TestAlignedPageFoot(t *testing.T) {
	// parseDoc heads each document with its Sikka cover
	doc := func(lines ...string) []string { return lines }
	dptWant := []string{
		"pemilu|2024|kecamatan|ALOK|18|61|8210|8433|16643",
		"pemilu|2024|kecamatan|KEWAPANTE|13|40|5102|5276|10378",
		"pemilu|2024|kecamatan|MAGEPANDA|22|52|7015|7120|14135",
		"pemilu|2024|kabupaten|Kabupaten Sikka|53|153|20327|20829|41156"}
	cases := []docCase{{
		name: "DPT, a report tool's footer: sheet name and page",
		body: doc("Tabel 3.5 Rekapitulasi DPT Pemilu 2024 per Kecamatan", "",
			"  No   Kecamatan   Jumlah Desa   Jumlah TPS   Laki-laki   Perempuan   Jumlah",
			"   1   ALOK                 18           61       8.210       8.433   16.643",
			"   2   KEWAPANTE            13           40       5.102       5.276   10.378",
			"   3   MAGEPANDA             22           52       7.015       7.120   14.135",
			"       JUMLAH               53          153      20.327      20.829   41.156",
			"Rekap DPT  -  Halaman 3", "", "Sumber: Subbagian Teknis, diolah."),
		want: map[string][]string{"dpt": dptWant},
	}, {
		name: "capaian, an English page footer, indented",
		body: doc("Tabel 3.1 Capaian Indikator Kinerja Utama", "",
			"  No.   Indikator Kinerja Utama                      Satuan   Target   Realisasi   Capaian",
			"   1    Persentase partisipasi pemilih               %         77,50       81,20    104,77",
			"   2    Persentase pemutakhiran data pemilih         %        100,00       96,00     96,00",
			"   3    Persentase laporan keuangan tepat waktu      %         90,00       99,00    110,00",
			"        Capaian IKU   Page 2", "", "Capaian tersebut dibahas berikut."),
		want: map[string][]string{"capaian": {
			"Persentase partisipasi pemilih|77.5|81.2|104.77",
			"Persentase pemutakhiran data pemilih|100|96|96",
			"Persentase laporan keuangan tepat waktu|90|99|110"}},
	}, {
		name: "a printed sheet: letters, row numbers, footer with Hal.",
		body: doc("Lembar kerja: DPT", "      A   B   C   D   E   F   G",
			"  1   Rekapitulasi DPT Pemilu 2024", "2",
			"  3   No   Kecamatan   Desa   TPS   L        P        L+P",
			"  4    1   ALOK          18    61   8.210    8.433    16.643",
			"  5    2   KEWAPANTE     13    40   5.102    5.276    10.378",
			"  6    3   MAGEPANDA      22    52   7.015    7.120    14.135",
			"  7        JUMLAH        53   153   20.327   20.829   41.156",
			"Rekap Kecamatan  -  Hal. 7", "", "Sumber: diolah."),
		want: map[string][]string{"dpt": dptWant},
	}, {
		name: "a contents list naming pages: no table",
		body: doc("DAFTAR ISI", "",
			"  BAB I     Pendahuluan          Halaman 1",
			"  BAB II    Perencanaan Kinerja  Halaman 7",
			"  BAB III   Akuntabilitas        Halaman 12",
			"", "BAB I PENDAHULUAN"),
		want: map[string][]string{},
	}, {
		name: "a footer under rows whose columns nothing proves: no facts",
		body: doc("Tabel 3.5 Rekapitulasi DPT Pemilu 2024 per Kecamatan", "",
			"  No   Kecamatan   Jumlah Desa   Jumlah TPS   Laki-laki   Perempuan   Jumlah",
			"   1   ALOK       18    61       8.210       8.433   16.643",
			"   2   KEWAPANTE            13           40   5.102    5.276      10.378",
			"Rekap DPT  -  Halaman 3", "", "Sumber: Subbagian Teknis, diolah."),
		want: map[string][]string{},
	}}
	checkDocs(t, []string{"dpt", "capaian"}, cases)
}
