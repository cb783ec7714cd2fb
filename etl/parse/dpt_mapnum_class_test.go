package parse

import "testing"

// mapnumDoc sets a keyed DPT table under its caption in a report whose
// other tables are TAB tables; before and after are the lines around it.
func mapnumDoc(before []string, table []string, after ...string) []string {
	out := []string{"Tabel 3.1 Rekapitulasi Anggaran", "", "No\tUraian\tPagu\tRealisasi",
		"1\tBelanja Pegawai\t1.000.000\t900.000", ""}
	out = append(out, before...)
	out = append(out, "", "Tabel 3.5 Rekapitulasi DPT Pemilu 2024 per Kecamatan", "")
	out = append(out, table...)
	out = append(out, "")
	out = append(out, after...)
	return append(out, "", "Sumber: Subbagian Data dan Informasi.", "")
}

// TestMapnumDPTClass: a DPT whose rows carry only a key (map number,
// kecamatan code, letter) that a kecamatan legend elsewhere names; each row
// proven by L + P = total, the kabupaten's by the sums.
func TestMapnumDPTClass(t *testing.T) {
	numbered := []string{"No. Peta\tDesa/Kel\tTPS\tLaki-laki\tPerempuan\tJumlah",
		"01\t-\t60\t7.210\t7.305\t14.515", "02\t-\t41\t4.120\t4.033\t8.153", "03\t-\t25\t3.001\t3.100\t6.101",
		"KAB. SIKKA\t-\t126\t14.331\t14.438\t28.769"}
	// rows in the table's order, the kabupaten's last
	all := []string{"pemilu|2024|kecamatan|ALOK|<nil>|60|7210|7305|14515", "pemilu|2024|kecamatan|NITA|<nil>|41|4120|4033|8153",
		"pemilu|2024|kecamatan|MAGEPANDA|<nil>|25|3001|3100|6101", "pemilu|2024|kabupaten|Kabupaten Sikka|<nil>|126|14331|14438|28769"}
	// the legend below, entries parted by ';', names in capitals
	below := mapnumDoc(nil, numbered, "Legenda Peta Wilayah Kerja (nomor = kecamatan):",
		"   1 = ALOK;   2 = NITA;", "   3 = MAGEPANDA;")
	// the legend above as a TAB table of codes, in another order; no TPS column
	codes := mapnumDoc([]string{"Kode wilayah kecamatan:", "", "Kode\tKecamatan", "53.07.03\tMagepanda", "53.07.01\tAlok", "53.07.02\tNita"},
		[]string{"Kode Kec.\tL\tP\tL+P", "53.07.01\t7.210\t7.305\t14.515", "53.07.02\t4.120\t4.033\t8.153", "53.07.03\t3.001\t3.100\t6.101",
			"Jumlah\t14.331\t14.438\t28.769"})
	codesWant := []string{"pemilu|2024|kecamatan|ALOK|<nil>|<nil>|7210|7305|14515", "pemilu|2024|kecamatan|NITA|<nil>|<nil>|4120|4033|8153",
		"pemilu|2024|kecamatan|MAGEPANDA|<nil>|<nil>|3001|3100|6101", "pemilu|2024|kabupaten|Kabupaten Sikka|<nil>|<nil>|14331|14438|28769"}
	// letters keyed by a comma-separated legend chapters before, "Kec." before the names
	letters := mapnumDoc([]string{"BAB I PENDAHULUAN", "", "Keterangan huruf kecamatan: (A) Kec. Nita, (B) Kec. Alok, (C) Kec. Magepanda.",
		"", "Wilayah kerja terdiri atas tiga kecamatan.", "", "BAB III AKUNTABILITAS KINERJA", ""},
		[]string{"Huruf\tDesa/Kel\tTPS\tLaki-laki\tPerempuan\tJumlah",
			"B\t12\t60\t7.210\t7.305\t14.515", "A\t9\t41\t4.120\t4.033\t8.153", "C\t7\t25\t3.001\t3.100\t6.101"})
	lettersWant := []string{"pemilu|2024|kecamatan|ALOK|12|60|7210|7305|14515", "pemilu|2024|kecamatan|NITA|9|41|4120|4033|8153",
		"pemilu|2024|kecamatan|MAGEPANDA|7|25|3001|3100|6101"}
	// a numbered list under the heading
	listed := mapnumDoc(nil, numbered, "Nomor peta menunjuk kecamatan berikut:", "1. Alok", "2. Nita", "3. Magepanda")
	// look-alike: the map's legend is of its symbols, not the kecamatan
	symbols := mapnumDoc(nil, numbered, "Legenda peta:", "   1 = Kantor KPU;   2 = Gudang logistik;", "   3 = Sungai;")
	// a number missing from the legend: that row and the kabupaten's give nothing
	missing := mapnumDoc(nil, numbered, "Legenda (nomor = kecamatan):", "1 = ALOK; 3 = MAGEPANDA;")
	missingWant := []string{"pemilu|2024|kecamatan|ALOK|<nil>|60|7210|7305|14515", "pemilu|2024|kecamatan|MAGEPANDA|<nil>|25|3001|3100|6101"}
	// two kecamatan legends that differ on one number: that number resolves to neither
	two := mapnumDoc([]string{"Nomor kecamatan pada peta 2019:", "1 = ALOK; 2 = KANGAE; 3 = MAGEPANDA"}, numbered,
		"Legenda (nomor = kecamatan):", "1 = ALOK; 2 = NITA; 3 = MAGEPANDA;")
	// a row whose L + P is not its total gives nothing, nor the kabupaten's
	odd := mapnumDoc(nil, []string{"No. Peta\tDesa/Kel\tTPS\tLaki-laki\tPerempuan\tJumlah",
		"1\t-\t60\t7.210\t7.305\t14.516", "2\t-\t41\t4.120\t4.033\t8.153", "3\t-\t25\t3.001\t3.100\t6.101",
		"Jumlah\t-\t126\t14.331\t14.438\t28.770"}, "Legenda (nomor = kecamatan): 1 = ALOK; 2 = NITA; 3 = MAGEPANDA")
	oddWant := []string{"pemilu|2024|kecamatan|NITA|<nil>|41|4120|4033|8153", "pemilu|2024|kecamatan|MAGEPANDA|<nil>|25|3001|3100|6101"}
	checkDocs(t, []string{"dpt"}, []docCase{
		{"legend below, entries parted by ';'", below, map[string][]string{"dpt": all}},
		{"codes, legend above as a table, other order", codes, map[string][]string{"dpt": codesWant}},
		{"letters, legend chapters before, comma-separated", letters, map[string][]string{"dpt": lettersWant}},
		{"numbered list", listed, map[string][]string{"dpt": all}},
		{"map symbols' legend", symbols, map[string][]string{"dpt": nil}},
		{"a number missing from the legend", missing, map[string][]string{"dpt": missingWant}},
		{"two legends differ", two, map[string][]string{"dpt": missingWant}},
		{"L + P not the total", odd, map[string][]string{"dpt": oddWant}},
	})
}
