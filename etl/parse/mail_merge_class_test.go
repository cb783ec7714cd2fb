package parse

import (
	"fmt"
	"testing"
)

// mergeDoc writes a report whose table is a printed mail merge: one letter
// a record, its marker, an address line, then the record's sentence.
func mergeDoc(title, caption, word, of string, addr func(i int) string, sentences ...string) []string {
	out := []string{title, "", caption, ""}
	for i, s := range sentences {
		out = append(out, fmt.Sprintf("%s %d %s %d", word, i+1, of, len(sentences)))
		if a := addr(i); a != "" {
			out = append(out, a)
		}
		out = append(out, s, "")
	}
	return append(out, "Sumber: lembar data sekretariat.")
}

// TestMailMerge: a table printed as merged letters, one a record, is read
// as the table its data sheet holds: the words every letter repeats are
// the template, the rest the fields, each named by the fixed words before
// it (or after it, before a separator); an area the address names is its
// level. Letters cut ambiguously stay unread.
func TestMailMerge(t *testing.T) {
	kec := []string{"Alok Timur", "Waigete", "Talibura"}
	dpt := mergeDoc("LAPORAN KINERJA\nSEKRETARIAT KPU KABUPATEN SIKKA\nTAHUN 2019",
		"Tabel 3.5 DPT Pemilu 2019 per Kecamatan (hasil gabung surat)", "Rekaman", "dari",
		func(i int) string {
			if i < len(kec) {
				return "Kepada Yth. Ketua PPK Kecamatan " + kec[i]
			}
			return "Kepada Yth. Ketua KPU Kabupaten Sikka"
		},
		"Wilayah ALOK TIMUR: 7 desa/kelurahan, 60 TPS, pemilih laki-laki 12.100, perempuan 12.400, jumlah 24.500.",
		"Wilayah WAIGETE: 21 desa/kelurahan, 88 TPS, pemilih laki-laki 15.010, perempuan 14.990, jumlah 30.000.",
		"Wilayah TALIBURA: 16 desa/kelurahan, 71 TPS, pemilih laki-laki 11.200, perempuan 11.305, jumlah 22.505.",
		"Wilayah KABUPATEN SIKKA: 44 desa/kelurahan, 219 TPS, pemilih laki-laki 38.310, perempuan 38.695, jumlah 77.005.")
	capaian := mergeDoc("LAPORAN KINERJA KPU KABUPATEN ALOR TAHUN 2022",
		"Tabel 3.1 Pengukuran Kinerja 2022 (mail merge)", "Record", "of",
		func(int) string { return "Dear Penanggung Jawab Sasaran" },
		"Sasaran no. 1 adalah Persentase arsip yang tertata, satuan persen; target 90,00; realisasi 94,50; capaian 105,00.",
		"Sasaran no. 2 adalah Persentase pegawai yang mengikuti bimbingan teknis, satuan persen; target 80,00; realisasi 72,00; capaian 90,00.",
		"Sasaran no. 3 adalah Indeks kepuasan layanan informasi publik, satuan indeks; target 3,20; realisasi 3,36; capaian 105,00.")
	sakip := mergeDoc("LAPORAN KINERJA KPU KABUPATEN BELU TAHUN 2021",
		"Tabel 3.2 Nilai Evaluasi AKIP Tahun 2020 per Komponen", "Entri", "dari",
		func(int) string { return "Yth. Kepala Subbagian Program dan Data" },
		"Komponen Perencanaan Kinerja, bobot 30,00, nilai 22,40.",
		"Komponen Pengukuran Kinerja, bobot 25,00, nilai 16,10.",
		"Komponen Pelaporan Kinerja, bobot 15,00, nilai 10,30.",
		"Komponen Evaluasi Internal, bobot 30,00, nilai 19,85.",
		"Komponen Nilai Akhir, bobot 100,00, nilai 68,65.")
	// no separator between a field and the next one's name: whose name
	// "desa" is is not stated, so nothing is read from the letters
	loose := mergeDoc("LAPORAN KINERJA KPU KABUPATEN ENDE TAHUN 2024",
		"Tabel 3.4 DPT Pemilihan 2024 per Kecamatan", "Rekaman", "dari",
		func(i int) string { return "" },
		"Kecamatan NDONA 12 desa 40 TPS laki-laki 9.000 perempuan 9.100 jumlah 18.100.",
		"Kecamatan WOLOWARU 10 desa 35 TPS laki-laki 7.000 perempuan 7.050 jumlah 14.050.",
		"Kecamatan DETUKELI 5 desa 20 TPS laki-laki 3.000 perempuan 3.020 jumlah 6.020.")
	checkDocs(t, []string{"dpt", "capaian", "sakip_komponen"}, []docCase{
		{"lkj-sikka-2019.txt", dpt, map[string][]string{"dpt": {
			"pemilu|2019|kecamatan|ALOK TIMUR|7|60|12100|12400|24500",
			"pemilu|2019|kecamatan|WAIGETE|21|88|15010|14990|30000",
			"pemilu|2019|kecamatan|TALIBURA|16|71|11200|11305|22505",
			"pemilu|2019|kabupaten|Kabupaten Sikka|44|219|38310|38695|77005"}}},
		{"capaian", capaian, map[string][]string{"capaian": {
			"Persentase arsip yang tertata|90|94.5|105",
			"Persentase pegawai yang mengikuti bimbingan teknis|80|72|90",
			"Indeks kepuasan layanan informasi publik|3.2|3.36|105"}}},
		{"sakip", sakip, map[string][]string{"sakip_komponen": {
			"2020|perencanaan|30|22.4", "2020|pengukuran|25|16.1", "2020|pelaporan|15|10.3",
			"2020|evaluasi_internal|30|19.85"}}},
		{"loose", loose, map[string][]string{}},
	})
}
