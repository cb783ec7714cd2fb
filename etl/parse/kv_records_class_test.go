package parse

import "testing"

// TestKVRecordParagraphs: a definition list whose records are paragraphs
// of their own (one blank line apart) is one table: kecamatan records are
// kecamatan rows and the titled closing record the kabupaten's, kegiatan
// records keep their program; a lone record of components takes the year
// its introducing sentence scores.
func TestKVRecordParagraphs(t *testing.T) {
	rec := func(kec string, desa, tps, l, p, lp string) []string {
		return []string{kec, "Jumlah Desa/Kelurahan : " + desa, "Jumlah TPS : " + tps, "Pemilih Laki-laki : " + l,
			"Pemilih Perempuan : " + p, "Jumlah Pemilih : " + lp, ""}
	}
	var dpt []string
	dpt = append(dpt, "DPT Pemilu Tahun 2019 per kecamatan adalah sebagai berikut.", "")
	dpt = append(dpt, rec("Kecamatan : Paga", "12", "30", "4.081", "4.005", "8.086")...)
	dpt = append(dpt, rec("Kecamatan : Mego", "10", "28", "3.853", "3.821", "7.674")...)
	dpt = append(dpt, rec("Kabupaten Sikka", "22", "58", "7.934", "7.826", "15.760")...)
	checkDocs(t, []string{"dpt", "anggaran", "sakip"}, []docCase{{
		name: "DPT records, the kabupaten's titled",
		body: dpt,
		want: map[string][]string{"dpt": {"pemilu|2019|kecamatan|PAGA|12|30|4081|4005|8086", "pemilu|2019|kecamatan|MEGO|10|28|3853|3821|7674",
			"pemilu|2019|kabupaten|Kabupaten Sikka|22|58|7934|7826|15760"}},
	}, {
		name: "budget records keep their program",
		body: []string{"Realisasi Anggaran Tahun 2019", "",
			"Kode : 076.01.WA", "Uraian : Program Dukungan Manajemen", "Pagu : Rp 1.000.000.000", "Realisasi : Rp 900.000.000", "",
			"Kode : 3355", "Uraian : Pengelolaan Keuangan", "Pagu : Rp 600.000.000", "Realisasi : Rp 550.000.000", "",
			"Kode : 3360", "Uraian : Operasional Perkantoran", "Pagu : Rp 400.000.000", "Realisasi : Rp 350.000.000", "",
			"Jumlah Seluruhnya", "Pagu : Rp 1.000.000.000", "Realisasi : Rp 900.000.000"},
		want: map[string][]string{"anggaran": {"076.01.WA|program||2019|1000000000|900000000|100000000",
			"3355|kegiatan|076.01.WA|2019|600000000|550000000|50000000", "3360|kegiatan|076.01.WA|2019|400000000|350000000|50000000",
			"TOTAL|total||2019|1000000000|900000000|100000000"}},
	}, {
		name: "components introduced by the year scored and the year received",
		body: []string{"Hasil evaluasi atas implementasi SAKIP tahun 2018, diterima pada tahun 2019:", "",
			"Perencanaan (bobot 30) : 17,30", "Pengukuran (bobot 30) : 17,85", "Pelaporan (bobot 15) : 8,20",
			"Evaluasi Internal (bobot 25) : 13,50", "Nilai Akhir : 56,85", "Predikat : CC"},
		want: map[string][]string{"sakip": {"2018|56.85|CC"}},
	}})
}
