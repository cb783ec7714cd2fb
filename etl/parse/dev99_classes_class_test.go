package parse

import "testing"

// TestKecamatanLedNames: a DPT table whose name column is titled
// "Wilayah" but whose names are led by "KECAMATAN" is a kecamatan table
// (made-up figures); without the level word the same rows name no satker
// and load nothing.
func TestKecamatanLedNames(t *testing.T) {
	doc := func(a, b string) []string {
		return []string{"DPT Pemilu 2019 Kabupaten Sikka per kecamatan:", "",
			"Tabel 3.4 Rekapitulasi DPT Pemilu 2019 per Kecamatan", "",
			"No\tWilayah\tDesa/Kel.\tTPS\tL\tP\tL+P",
			"1\t" + a + "\t11\t38\t8.114\t8.402\t16.516", "2\t" + b + "\t12\t27\t5.230\t5.461\t10.691"}
	}
	checkDocs(t, []string{"dpt"}, []docCase{
		{"names led by KECAMATAN", doc("KECAMATAN ALOK", "KECAMATAN NITA"), map[string][]string{"dpt": {
			"pemilu|2019|kecamatan|ALOK|11|38|8114|8402|16516", "pemilu|2019|kecamatan|NITA|12|27|5230|5461|10691"}}},
		{"bare names under Wilayah", doc("ALOK", "NITA"), nil},
	})
}

// TestCapaianBracketUnit: an indicator's unit in square brackets closing
// its name, the table having no Satuan column, is no part of its name; a
// bracket holding no unit word stays in the name.
func TestCapaianBracketUnit(t *testing.T) {
	checkDocs(t, []string{"capaian"}, []docCase{
		{"units in brackets", []string{"Tabel 3.1 Pengukuran Kinerja Tahun 2020", "",
			"No\tIndikator Kinerja [Satuan]\tTarget\tRealisasi\tCapaian (%)",
			"1\tPersentase kesesuaian Kompetensi Pegawai terhadap standar kompetensi penugasannya [%]\t85,00\t88,24\t103,81",
			"2\tOpini BPK atas Laporan Keuangan [Opini]\tWTP\tWTP\t100,00",
			"3\tPersentase arsip inaktif [Tahap II]\t80,00\t71,43\t89,29"},
			map[string][]string{"capaian": {
				"Persentase kesesuaian Kompetensi Pegawai terhadap standar kompetensi penugasannya|85|88.24|103.81",
				"Opini BPK atas Laporan Keuangan|<nil>|<nil>|100",
				"Persentase arsip inaktif [Tahap II]|80|71.43|89.29"}}},
	})
}

// TestCapaianRealisasiTitledCapaian: a realisasi column titled "Capaian"
// beside "Persentase Capaian (%)" is named the realisasi by the figures
// (the percentage is it over the target); figures that prove neither name
// no realisasi: it stays NULL beside the stated percentage.
func TestCapaianRealisasiTitledCapaian(t *testing.T) {
	doc := func(p1, p2 string) []string {
		return []string{"Tabel 3.1 Pengukuran Kinerja Tahun 2024", "",
			"No\tIndikator Kinerja\tSatuan\tTarget\tCapaian\tPersentase Capaian (%)",
			"1\tPersentase Partisipasi Pemilih dalam Pemilu/Pemilihan\t%\t80,00\t83,71\t" + p1,
			"2\tPersentase Partisipasi Pemilih Perempuan dalam Pemilu/Pemilihan\t%\t80,00\t85,96\t" + p2}
	}
	checkDocs(t, []string{"capaian"}, []docCase{
		{"the percentage is the realisasi over the target", doc("104,64", "107,45"), map[string][]string{"capaian": {
			"Persentase Partisipasi Pemilih dalam Pemilu/Pemilihan|80|83.71|104.64",
			"Persentase Partisipasi Pemilih Perempuan dalam Pemilu/Pemilihan|80|85.96|107.45"}}},
		{"figures that prove neither", doc("12,00", "13,00"), map[string][]string{"capaian": {
			"Persentase Partisipasi Pemilih dalam Pemilu/Pemilihan|80|<nil>|12",
			"Persentase Partisipasi Pemilih Perempuan dalam Pemilu/Pemilihan|80|<nil>|13"}}},
	})
}

// TestSakipChange: a SAKIP score stated as its change from the year
// before gives both years' scores, each from the words that place it,
// when the change is their difference; a change that is not loads nothing
// (the pair reader had given 64,22 to 2022 and 74,62 to 2021).
func TestSakipChange(t *testing.T) {
	checkDocs(t, []string{"sakip"}, []docCase{
		{"a rise", []string{"Berdasarkan Lembar Hasil Evaluasi, nilai AKIP Tahun 2022 naik 10,40 poin, dari 64,22 pada Tahun 2021 menjadi 74,62 (predikat BB)."},
			map[string][]string{"sakip": {"2021|64.22|B", "2022|74.62|BB"}}}, // 2021's grade: its band
		{"a fall", []string{"Nilai AKIP Tahun 2022 turun 2,10 poin, dari 66,40 pada Tahun 2021 menjadi 64,30 (predikat B)."},
			map[string][]string{"sakip": {"2021|66.4|B", "2022|64.3|B"}}},
		{"a change that is not the difference", []string{"Nilai AKIP Tahun 2022 naik 9,40 poin, dari 64,22 pada Tahun 2021 menjadi 74,62 (predikat BB)."}, nil},
	})
}
