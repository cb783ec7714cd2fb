package parse

import "testing"

// TestHeaderSortMarks: a web table printed from the browser keeps the
// sort control beside each column title ("Pagu ⇅", "Sisa▲▼", "Kode ↕").
// The glyphs are no words: a budget header of short titles stays the
// header (counted as unknown words they made it a row, and the table was
// not read at all).
func TestHeaderSortMarks(t *testing.T) {
	spaced := barred("Tabel 3.2 Realisasi Anggaran Tahun 2021", "",
		"Kode ⇅|Program / Kegiatan ⇅|Pagu ⇅|Realisasi ⇅|Sisa ⇅|Serapan (%) ⇅",
		"076.01.WA|Program Dukungan Manajemen|2.400.000.000|2.280.000.000|120.000.000|95,00",
		"3355|Pengelolaan Keuangan dan Barang Milik Negara|1.000.000.000|960.000.000|40.000.000|96,00",
		"3360|Operasional Perkantoran dan Dukungan Sarana Prasarana|1.400.000.000|1.320.000.000|80.000.000|94,29",
		"|JUMLAH|2.400.000.000|2.280.000.000|120.000.000|95,00", "")
	glued := barred("Tabel 3.5 Realisasi Anggaran Tahun 2019", "",
		"Kode▲▼|Uraian▲▼|Pagu (Rp)▲▼|Realisasi (Rp)▲▼|Sisa▲▼",
		"076.01.CQ|Program Penyelenggaraan Pemilu|5.000.000.000|4.850.000.000|150.000.000",
		"6639|Teknis Penyelenggaraan Pemilu|3.200.000.000|3.110.000.000|90.000.000",
		"6867|Pembentukan Badan Adhoc|1.800.000.000|1.740.000.000|60.000.000",
		"|Total|5.000.000.000|4.850.000.000|150.000.000", "")
	arrows := barred("Tabel 3.3 Realisasi Anggaran Tahun 2024", "",
		"Kode ↕|Kegiatan ↕|Pagu ↑↓|Realisasi ↑↓|Sisa ↑↓",
		"3358|Pengelolaan Sumber Daya Manusia|700.000.000|651.000.000|49.000.000",
		"3360|Operasional Perkantoran|1.300.000.000|1.248.000.000|52.000.000",
		"|Jumlah|2.000.000.000|1.899.000.000|101.000.000", "")
	checkDocs(t, []string{"anggaran"}, []docCase{
		{"a spaced sort control after every title", spaced, map[string][]string{"anggaran": {
			"076.01.WA|program||2021|2400000000|2280000000|120000000",
			"3355|kegiatan|076.01.WA|2021|1000000000|960000000|40000000",
			"3360|kegiatan|076.01.WA|2021|1400000000|1320000000|80000000",
			"TOTAL|total||2021|2400000000|2280000000|120000000",
		}}},
		{"triangles glued to the titles", glued, map[string][]string{"anggaran": {
			"076.01.CQ|program||2019|5000000000|4850000000|150000000",
			"6639|kegiatan|076.01.CQ|2019|3200000000|3110000000|90000000",
			"6867|kegiatan|076.01.CQ|2019|1800000000|1740000000|60000000",
			"TOTAL|total||2019|5000000000|4850000000|150000000",
		}}},
		{"arrow pairs, kegiatan only", arrows, map[string][]string{"anggaran": {
			"3358|kegiatan||2024|700000000|651000000|49000000",
			"3360|kegiatan||2024|1300000000|1248000000|52000000",
			"TOTAL|total||2024|2000000000|1899000000|101000000",
		}}},
	})
}
