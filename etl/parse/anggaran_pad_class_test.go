package parse

import "testing"

// TestBudgetRowEmptyLastCell: a kegiatan whose last cell is empty loses
// that cell in extract, so its row is one cell short. It is short at the
// end, not the start: its pagu stays the pagu (padding it on the left put
// the pagu under Realisasi and the realisasi under Sisa). A total whose
// label spans the Kode and Uraian columns is short at the start, and
// stays read so.
func TestBudgetRowEmptyLastCell(t *testing.T) {
	emptySisa := barred("Tabel 3.3 Realisasi Anggaran Tahun 2022", "",
		"Kode|Program / Kegiatan|Pagu|Realisasi|Sisa",
		"076.01.WA|Program Dukungan Manajemen|2.600.000.000|2.450.000.000|150.000.000",
		"4112|Pengelolaan Keuangan|1.100.000.000|1.020.000.000|",
		"4113|Operasional Perkantoran|1.500.000.000|1.430.000.000|70.000.000",
		"JUMLAH|2.600.000.000|2.450.000.000|150.000.000", "")
	emptyPersen := barred("Tabel 3.4 Realisasi Anggaran Tahun 2020", "",
		"No|Kode|Uraian|Pagu (Rp)|Realisasi (Rp)|Sisa (Rp)|%",
		"1|076.01.CQ|Program Penyelenggaraan Pemilu|4.000.000.000|3.900.000.000|100.000.000|97,50",
		"2|6639|Teknis Penyelenggaraan|2.500.000.000|2.440.000.000|60.000.000|",
		"3|6867|Pembentukan Badan Adhoc|1.500.000.000|1.460.000.000|40.000.000|97,33",
		"|Jumlah|4.000.000.000|3.900.000.000|100.000.000|97,50", "")
	checkDocs(t, []string{"anggaran"}, []docCase{
		{"empty sisa cell at the end of a kegiatan row", emptySisa, map[string][]string{"anggaran": {
			"076.01.WA|program||2022|2600000000|2450000000|150000000",
			"4112|kegiatan|076.01.WA|2022|1100000000|1020000000|<nil>",
			"4113|kegiatan|076.01.WA|2022|1500000000|1430000000|70000000",
			"TOTAL|total||2022|2600000000|2450000000|150000000",
		}}},
		{"empty percentage cell, a numbered row", emptyPersen, map[string][]string{"anggaran": {
			"076.01.CQ|program||2020|4000000000|3900000000|100000000",
			"6639|kegiatan|076.01.CQ|2020|2500000000|2440000000|60000000",
			"6867|kegiatan|076.01.CQ|2020|1500000000|1460000000|40000000",
			"TOTAL|total||2020|4000000000|3900000000|100000000",
		}}},
	})
}
