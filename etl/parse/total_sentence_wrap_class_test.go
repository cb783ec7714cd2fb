package parse

import "testing"

// TestTotalSentenceWrapped: the total sentence under a budget table or a
// voter roll, wrapped by a PDF's text at the print width (its rest on the
// line under it), is read as the unwrapped one; look-alikes: a wrapped
// sentence naming a measure the table has no column for stays prose (as
// unwrapped), and a line under a complete sentence is never joined to it.
func TestTotalSentenceWrapped(t *testing.T) {
	budget := func(last string) []string {
		return barred("Tabel 3.3 Realisasi Anggaran Tahun 2022", "",
			"Waktu|Kode|Uraian|Pagu (Rp)|Realisasi (Rp)|Sisa (Rp)",
			"03/01/2023 9:15:02|076.01.WA|Program Dukungan Manajemen|4.500.000.000|4.410.000.000|90.000.000",
			"03/01/2023 9:40:17|076.01.CQ|Program Penyelenggaraan Pemilu|2.500.000.000|2.380.000.000|120.000.000",
			"",
			"Total (rekap isian): Uraian TOTAL; Pagu 7.000.000.000; Realisasi",
			last, "")
	}
	rows := []string{
		"076.01.WA|program||2022|4500000000|4410000000|90000000",
		"076.01.CQ|program||2022|2500000000|2380000000|120000000",
	}
	dpt := barred("Tabel 3.5 Rekapitulasi DPT Pemilu 2024 per Kecamatan", "",
		"Waktu|Kecamatan|Desa/Kel|TPS|Laki-laki|Perempuan|L+P",
		"02/02/2024 8:01:00|WAIWERANG KOTA|12|44|7.100|7.300|14.400",
		"02/02/2024 8:20:31|ADONARA TIMUR|18|51|6.050|6.250|12.300",
		"",
		"Jumlah (rekap isian): Kecamatan JUMLAH; Desa/Kel 30; TPS 95; Laki-laki 13.150;",
		"Perempuan 13.550; L+P 26.700.", "")
	checkDocs(t, []string{"anggaran"}, []docCase{
		{"budget total wrapped", budget("6.790.000.000; Sisa 210.000.000."), map[string][]string{"anggaran": append(append([]string{}, rows...),
			"TOTAL|total||2022|7000000000|6790000000|210000000")}},
		{"wrapped, a measure with no column", budget("6.790.000.000; Blokir 210.000.000."), map[string][]string{"anggaran": rows}},
	})
	checkDocs(t, []string{"dpt"}, []docCase{
		{"voter roll total wrapped", dpt, map[string][]string{"dpt": {
			"pemilu|2024|kecamatan|WAIWERANG KOTA|12|44|7100|7300|14400",
			"pemilu|2024|kecamatan|ADONARA TIMUR|18|51|6050|6250|12300",
			"pemilu|2024|kabupaten|Kabupaten Sikka|30|95|13150|13550|26700",
		}}},
	})
	if totalSentenceRest("Jumlah: Pagu 1; Realisasi 1.", "Sumber: SAKTI.") {
		t.Errorf("a line under a complete sentence was taken as its rest")
	}
	if totalSentenceRest("Jumlah: Pagu 1; Realisasi", "Total: Pagu 2; Realisasi 2.") {
		t.Errorf("a second total sentence was taken as the first's rest")
	}
}
