package parse

import "testing"

// TestVarianceColumnClass: a budget quoted from the notes to the financial
// statements (or a Laporan Realisasi Anggaran) prints realisasi − anggaran
// in the accountants' sign convention ("Realisasi di atas/(di bawah)
// Anggaran", "Lebih/(Kurang)", "Over/(Under) Budget"): parentheses or a
// minus is spending below the budget. It is the sisa with its sign
// turned, loaded only where the row's pagu − realisasi proves it; a
// variance the row does not prove leaves the sisa NULL. Without the
// class the column was a second Realisasi and no realisasi loaded.
func TestVarianceColumnClass(t *testing.T) {
	calk := barred("B.3 Belanja menurut Program dan Kegiatan",
		"Selisih dalam kurung berarti realisasi di bawah anggaran.", "",
		"Kode|Uraian|Anggaran|Realisasi|Realisasi di atas/(di bawah) Anggaran|%",
		"076.01.WA|Program Dukungan Manajemen|1.950.000.000|1.872.450.300|(77.549.700)|96,02",
		"4112|Pengelolaan Keuangan dan BMN|700.000.000|688.120.000|(11.880.000)|98,30",
		"4113|Operasional Perkantoran|1.250.000.000|1.184.330.300|(65.669.700)|94,75",
		"076.01.CQ|Program Penyelenggaraan Pemilu|880.000.000|884.250.000|4.250.000|100,48",
		"6639|Teknis Penyelenggaraan|880.000.000|884.250.000|4.250.000|100,48",
		"|Jumlah Belanja|2.830.000.000|2.756.700.300|(73.299.700)|97,41", "")
	minus := barred("Tabel 3.5 Realisasi Belanja per Program", "",
		"Kode|Program|Pagu (Rp)|Realisasi (Rp)|Lebih/(Kurang) (Rp)",
		"076.01.WA|Program Dukungan Manajemen|2.450.000.000|2.404.700.000|-45.300.000",
		"076.01.CQ|Program Penyelenggaraan Pemilu|3.100.000.000|2.990.000.000|-100.000.000",
		"|Jumlah|5.550.000.000|5.394.700.000|\u2212155.300.000", "")
	english := barred("Table 3.6 Budget Realization", "",
		"Code|Description|Budget|Realization|Over/(Under) Budget|%",
		"076.01.WA|Program Dukungan Manajemen|1.320.000.000|1.320.000.000|0|100,00",
		"4112|Pengelolaan Keuangan|615.500.000|598.750.250|Rp (16.749.750)|97,28",
		"4113|Operasional Perkantoran|704.500.000|721.249.750|Rp 16.749.750|102,38",
		"|Total|1.320.000.000|1.320.000.000|0|100,00", "")
	ownSign := barred("Tabel 3.7 Realisasi Anggaran", "",
		"Kode|Program|Pagu|Realisasi|Sisa Lebih/(Kurang)",
		"076.01.WA|Program Dukungan Manajemen|1.600.000.000|1.548.000.000|52.000.000",
		"076.01.CQ|Program Penyelenggaraan Pemilu|900.000.000|912.500.000|(12.500.000)",
		"|Jumlah|2.500.000.000|2.460.500.000|39.500.000", "")
	checkDocs(t, []string{"anggaran"}, []docCase{
		{"CaLK: realisasi above/(below) the budget, parentheses and one overspent line", calk, map[string][]string{"anggaran": {
			"076.01.WA|program||2024|1950000000|1872450300|77549700",
			"4112|kegiatan|076.01.WA|2024|700000000|688120000|11880000",
			"4113|kegiatan|076.01.WA|2024|1250000000|1184330300|65669700",
			"076.01.CQ|program||2024|880000000|884250000|-4250000",
			"6639|kegiatan|076.01.CQ|2024|880000000|884250000|-4250000",
			"TOTAL|total||2024|2830000000|2756700300|73299700",
		}}},
		{"Lebih/(Kurang) with a minus; a variance the row does not prove is NULL", minus, map[string][]string{"anggaran": {
			"076.01.WA|program||2024|2450000000|2404700000|45300000",
			"076.01.CQ|program||2024|3100000000|2990000000|<nil>",
			"TOTAL|total||2024|5550000000|5394700000|155300000",
		}}},
		{"Over/(Under) Budget in English, Rp before the parentheses, a nil variance", english, map[string][]string{"anggaran": {
			"076.01.WA|program||2024|1320000000|1320000000|0",
			"4112|kegiatan|076.01.WA|2024|615500000|598750250|16749750",
			"4113|kegiatan|076.01.WA|2024|704500000|721249750|-16749750",
			"TOTAL|total||2024|1320000000|1320000000|0",
		}}},
		{"Sisa Lebih/(Kurang) keeps the sisa's own sign", ownSign, map[string][]string{"anggaran": {
			"076.01.WA|program||2024|1600000000|1548000000|52000000",
			"076.01.CQ|program||2024|900000000|912500000|-12500000",
			"TOTAL|total||2024|2500000000|2460500000|39500000",
		}}},
	})
}

// TestVarianceWrappedHeaderClass: the variance header wrapped over two
// header lines names a pagu or realisasi on one line alone ("(di bawah)
// Anggaran", "(Kurang) dari Pagu", "Budget"); the lines together are the
// variance. Read line by line it was a second pagu and the pagu was lost.
func TestVarianceWrappedHeaderClass(t *testing.T) {
	body := func(top, below string) []string {
		return barred("Tabel 3.9 Realisasi Belanja menurut Program Tahun 2022", "",
			"Kode|Program|Pagu|Realisasi|"+top+"|%",
			"||||"+below+"|",
			"076.01.WA|Program Dukungan Manajemen|2.275.000.000|2.231.940.500|(43.059.500)|98,11",
			"076.01.CQ|Program Penyelenggaraan Pemilu|1.040.000.000|1.046.300.000|6.300.000|100,61",
			"|Jumlah|3.315.000.000|3.278.240.500|(36.759.500)|98,89", "")
	}
	want := map[string][]string{"anggaran": {
		"076.01.WA|program||2022|2275000000|2231940500|43059500",
		"076.01.CQ|program||2022|1040000000|1046300000|-6300000",
		"TOTAL|total||2022|3315000000|3278240500|36759500",
	}}
	checkDocs(t, []string{"anggaran"}, []docCase{
		{"di atas over (di bawah) Anggaran", body("Realisasi di atas/", "(di bawah) Anggaran"), want},
		{"Lebih over (Kurang) dari Pagu", body("Realisasi Lebih/", "(Kurang) dari Pagu"), want},
		{"Over/(Under) over Budget", body("Over/(Under)", "Budget"), want},
	})
}
