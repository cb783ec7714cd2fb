package parse

import (
	"strings"
	"testing"
)

// TestBlockedPaguClass: a SAKTI budget prints the blocked amount and the
// effective pagu (pagu less blokir) between the pagu and the realisasi.
// The effective pagu is derived: the pagu is the DIPA's column, proven by
// the arithmetic (pagu − blokir = pagu efektif on every row, the sisa and
// percentage following the pagu). When the table's sisa follows the
// effective pagu, or the blokir does not make the difference, no pagu is
// proven and none loads.
func TestBlockedPaguClass(t *testing.T) {
	sakti := barred("Tabel 3.2 Realisasi Anggaran Tahun 2022", "",
		"Kode|Program / Kegiatan|Pagu|Blokir|Pagu Efektif|Realisasi|Sisa|Serapan (%)",
		"076.01.WA|Program Dukungan Manajemen|2.400.000.000|40.000.000|2.360.000.000|2.310.500.000|89.500.000|96,27",
		"4112|Pengelolaan Keuangan|900.000.000|40.000.000|860.000.000|851.200.000|48.800.000|94,58",
		"4113|Operasional Perkantoran|1.500.000.000|0|1.500.000.000|1.459.300.000|40.700.000|97,29",
		"076.01.CQ|Program Penyelenggaraan Pemilu|3.000.000.000|125.000.000|2.875.000.000|2.847.000.000|153.000.000|94,90",
		"6639|Teknis Penyelenggaraan|1.800.000.000|125.000.000|1.675.000.000|1.660.000.000|140.000.000|92,22",
		"6867|Pembentukan Badan Adhoc|1.200.000.000|0|1.200.000.000|1.187.000.000|13.000.000|98,92",
		"|JUMLAH|5.400.000.000|165.000.000|5.235.000.000|5.157.500.000|242.500.000|95,51", "")
	noSisa := barred("Tabel 3.3 Anggaran per Program Tahun 2021", "",
		"Kode|Program|Pagu DIPA (Rp)|Diblokir (Rp)|Pagu Efektif (Rp)|Realisasi (Rp)|Persentase (%)",
		"076.01.WA|Program Dukungan Manajemen|1.750.000.000|25.000.000|1.725.000.000|1.701.000.000|97,20",
		"076.01.CQ|Program Penyelenggaraan Pemilu|2.250.000.000|-|2.250.000.000|2.187.000.000|97,20",
		"|Total|4.000.000.000|25.000.000|3.975.000.000|3.888.000.000|97,20", "")
	effSisa := barred("Tabel 3.2 Realisasi Anggaran Tahun 2023", "",
		"Kode|Uraian|Pagu|Blokir|Pagu Efektif|Realisasi|Sisa|%",
		"076.01.WA|Program Dukungan Manajemen|2.000.000.000|100.000.000|1.900.000.000|1.850.000.000|50.000.000|97,37",
		"4112|Pengelolaan Keuangan|800.000.000|60.000.000|740.000.000|730.000.000|10.000.000|98,65",
		"4113|Operasional Perkantoran|1.200.000.000|40.000.000|1.160.000.000|1.120.000.000|40.000.000|96,55",
		"|JUMLAH|2.000.000.000|100.000.000|1.900.000.000|1.850.000.000|50.000.000|97,37", "")
	offBlok := barred("Tabel 3.2 Realisasi Anggaran Tahun 2023", "",
		"Kode|Uraian|Pagu|Blokir|Pagu Efektif|Realisasi|Sisa|%",
		"076.01.WA|Program Dukungan Manajemen|2.000.000.000|100.000.000|1.900.000.000|1.850.000.000|150.000.000|92,50",
		"4112|Pengelolaan Keuangan|800.000.000|60.000.000|750.000.000|730.000.000|70.000.000|91,25",
		"4113|Operasional Perkantoran|1.200.000.000|40.000.000|1.160.000.000|1.120.000.000|80.000.000|93,33",
		"|JUMLAH|2.000.000.000|100.000.000|1.900.000.000|1.850.000.000|150.000.000|92,50", "")
	checkDocs(t, []string{"anggaran"}, []docCase{
		{"pagu, blokir, pagu efektif, sisa of the pagu", sakti, map[string][]string{"anggaran": {
			"076.01.WA|program||2022|2400000000|2310500000|89500000",
			"4112|kegiatan|076.01.WA|2022|900000000|851200000|48800000",
			"4113|kegiatan|076.01.WA|2022|1500000000|1459300000|40700000",
			"076.01.CQ|program||2022|3000000000|2847000000|153000000",
			"6639|kegiatan|076.01.CQ|2022|1800000000|1660000000|140000000",
			"6867|kegiatan|076.01.CQ|2022|1200000000|1187000000|13000000",
			"TOTAL|total||2022|5400000000|5157500000|242500000",
		}}},
		{"no sisa, a dash for nothing blocked, the percentage of the pagu", noSisa, map[string][]string{"anggaran": {
			"076.01.WA|program||2021|1750000000|1701000000|49000000",
			"076.01.CQ|program||2021|2250000000|2187000000|63000000",
			"TOTAL|total||2021|4000000000|3888000000|112000000",
		}}},
		{"sisa of the effective pagu: no pagu proven", effSisa, map[string][]string{"anggaran": {
			"076.01.WA|program||2023|<nil>|1850000000|50000000",
			"4112|kegiatan|076.01.WA|2023|<nil>|730000000|10000000",
			"4113|kegiatan|076.01.WA|2023|<nil>|1120000000|40000000",
			"TOTAL|total||2023|<nil>|1850000000|50000000",
		}}},
		{"effective pagu not the pagu less blokir: no pagu proven", offBlok, map[string][]string{"anggaran": {
			"076.01.WA|program||2023|<nil>|1850000000|150000000",
			"4112|kegiatan|076.01.WA|2023|<nil>|730000000|70000000",
			"4113|kegiatan|076.01.WA|2023|<nil>|1120000000|80000000",
			"TOTAL|total||2023|<nil>|1850000000|150000000",
		}}},
	})
}

// barred writes a made-up table's lines with '|' between cells, read as
// TAB rows.
func barred(lines ...string) []string {
	out := make([]string, len(lines))
	for i, l := range lines {
		out[i] = strings.ReplaceAll(l, "|", "\t")
	}
	return out
}
