package parse

import (
	"testing"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// TestSisaPartsClass: a budget table splits its unspent amount into the
// parts it is made of ("Sisa Dana | Penghematan", "Efisiensi | Gagal
// Lelang | Sisa Tidak Terpakai") and prints no whole Sisa column. The
// part titled "Sisa …" is no sisa: where it plus its siblings is pagu −
// realisasi on every row, the sisa is pagu − realisasi and the parts load
// nothing. Without the class the part loaded as the row's sisa.
// Look-alikes keep their reading: a whole Sisa beside an Efisiensi column,
// a whole Sisa with one typo, a whole Sisa in thousands rounded per cell,
// and parts whose sum fails on one row (read as written, the arithmetic
// check flags it).
func TestSisaPartsClass(t *testing.T) {
	table := func(caption, header string, rows ...string) []string {
		return barred(append([]string{caption, "", header}, append(rows, "", "Sumber: Aplikasi SAKTI, diolah.", "")...)...)
	}
	hemat := table("Tabel 3.5 Realisasi Anggaran per Program dan Kegiatan Tahun 2024",
		"Kode|Uraian|Pagu|Realisasi|Sisa Dana|Penghematan|Serapan (%)",
		"076.01.WA|Program Dukungan Manajemen|3.126.450.000|3.041.287.650|53.962.350|31.200.000|97,28",
		"3355|Pengelolaan Keuangan|1.184.300.000|1.160.457.200|14.092.800|9.750.000|97,99",
		"3360|Operasional Perkantoran|1.942.150.000|1.880.830.450|39.869.550|21.450.000|96,84",
		"076.01.CQ|Program Penyelenggaraan Pemilu|2.240.800.000|2.201.615.900|24.584.100|14.600.000|98,25",
		"6639|Teknis Penyelenggaraan|2.240.800.000|2.201.615.900|24.584.100|14.600.000|98,25",
		"|Jumlah|5.367.250.000|5.242.903.550|78.546.450|45.800.000|97,68")
	three := table("Tabel 3.8 Pagu dan Realisasi Belanja Tahun 2024 (Rp)",
		"Kode|Program/Kegiatan|Pagu|Realisasi|Efisiensi|Gagal Lelang|Sisa Tidak Terpakai|%",
		"076.01.WA|Program Dukungan Manajemen|2.518.700.000|2.460.115.400|18.400.000|-|40.184.600|97,67",
		"4112|Pengelolaan Keuangan dan BMN|908.300.000|889.512.300|6.200.000|-|12.587.700|97,93",
		"4113|Operasional Perkantoran|1.610.400.000|1.570.603.100|12.200.000|-|27.596.900|97,53",
		"076.01.CQ|Program Penyelenggaraan Pemilu|1.377.900.000|1.309.858.250|9.800.000|27.500.000|30.741.750|95,06",
		"6640|Pemutakhiran Data Pemilih|1.377.900.000|1.309.858.250|9.800.000|27.500.000|30.741.750|95,06",
		"|TOTAL|3.896.600.000|3.769.973.650|28.200.000|27.500.000|70.926.350|96,75")
	ribuSplit := table("Tabel 3.4 Realisasi Anggaran Tahun 2024 (dalam ribuan rupiah)",
		"Kode|Program|Pagu|Realisasi|Sisa Belum Terserap|Penghematan|%",
		"076.01.WA|Program Dukungan Manajemen|1.846.250|1.790.118|34.732|21.400|96,96",
		"076.01.CQ|Program Penyelenggaraan Pemilu|964.300|941.526|14.624|8.150|97,64",
		"|Jumlah|2.810.550|2.731.644|49.356|29.550|97,19")
	// two parts both titled Sisa: neither is the whole (anggaran_groups.go)
	twoSisa := table("Tabel 3.6 Realisasi Anggaran Tahun 2024",
		"Kode|Program|Pagu|Realisasi|Sisa Kontraktual|Sisa Swakelola|%",
		"076.01.WA|Program Dukungan Manajemen|1.846.250.000|1.790.118.000|21.400.000|34.732.000|96,96",
		"076.01.CQ|Program Penyelenggaraan Pemilu|964.300.000|941.526.000|8.150.000|14.624.000|97,64",
		"|Jumlah|2.810.550.000|2.731.644.000|29.550.000|49.356.000|97,19")
	checkDocs(t, []string{"anggaran"}, []docCase{
		{"Sisa Dana before Penghematan: sisa = pagu − realisasi", hemat, map[string][]string{"anggaran": {
			"076.01.WA|program||2024|3126450000|3041287650|85162350",
			"3355|kegiatan|076.01.WA|2024|1184300000|1160457200|23842800",
			"3360|kegiatan|076.01.WA|2024|1942150000|1880830450|61319550",
			"076.01.CQ|program||2024|2240800000|2201615900|39184100",
			"6639|kegiatan|076.01.CQ|2024|2240800000|2201615900|39184100",
			"TOTAL|total||2024|5367250000|5242903550|124346450",
		}}},
		{"three parts, dashes for nothing, the Sisa part last", three, map[string][]string{"anggaran": {
			"076.01.WA|program||2024|2518700000|2460115400|58584600",
			"4112|kegiatan|076.01.WA|2024|908300000|889512300|18787700",
			"4113|kegiatan|076.01.WA|2024|1610400000|1570603100|39796900",
			"076.01.CQ|program||2024|1377900000|1309858250|68041750",
			"6640|kegiatan|076.01.CQ|2024|1377900000|1309858250|68041750",
			"TOTAL|total||2024|3896600000|3769973650|126626350",
		}}},
		{"parts in thousands that add up exactly", ribuSplit, map[string][]string{"anggaran": {
			"076.01.WA|program||2024|1846250000|1790118000|56132000",
			"076.01.CQ|program||2024|964300000|941526000|22774000",
			"TOTAL|total||2024|2810550000|2731644000|78906000",
		}}},
		{"Sisa Kontraktual and Sisa Swakelola", twoSisa, map[string][]string{"anggaran": {
			"076.01.WA|program||2024|1846250000|1790118000|56132000",
			"076.01.CQ|program||2024|964300000|941526000|22774000",
			"TOTAL|total||2024|2810550000|2731644000|78906000",
		}}},
	})
	for _, tc := range []struct {
		name string
		body []string
	}{{"Sisa Dana", hemat}, {"three parts", three}, {"ribuan", ribuSplit}} {
		if n := countFindings(parseDoc(t, tc.name, tc.body...), "anggaran.sisa_dirinci"); n != 1 {
			t.Errorf("%s: %d findings anggaran.sisa_dirinci, want 1", tc.name, n)
		}
	}
}

// TestSisaPartsLookalikeClass: tables whose Sisa column is the whole
// sisa, or whose parts the arithmetic does not prove, keep the column's
// figures as written and raise no anggaran.sisa_dirinci.
func TestSisaPartsLookalikeClass(t *testing.T) {
	table := func(caption, header string, rows ...string) []string {
		return barred(append([]string{caption, "", header}, append(rows, "")...)...)
	}
	// Sisa Anggaran is pagu − realisasi: Efisiensi is only extra
	whole := table("Tabel 3.7 Realisasi Anggaran Tahun 2024",
		"Kode|Uraian|Pagu|Realisasi|Efisiensi|Sisa Anggaran|%",
		"076.01.WA|Program Dukungan Manajemen|2.764.900.000|2.698.371.250|15.300.000|66.528.750|97,59",
		"3358|Pengelolaan SDM|612.400.000|598.250.000|4.100.000|14.150.000|97,69",
		"3360|Operasional Perkantoran|2.152.500.000|2.100.121.250|11.200.000|52.378.750|97,57",
		"076.01.CQ|Program Penyelenggaraan Pemilu|1.130.750.000|1.102.948.800|7.600.000|27.801.200|97,54",
		"|Jumlah|3.895.650.000|3.801.320.050|22.900.000|94.329.950|97,58")
	// the same with a typo in one Sisa cell (14.510.000 for 14.150.000)
	typo := table("Tabel 3.7 Realisasi Anggaran Tahun 2024",
		"Kode|Uraian|Pagu|Realisasi|Efisiensi|Sisa|%",
		"076.01.WA|Program Dukungan Manajemen|2.764.900.000|2.698.371.250|15.300.000|66.528.750|97,59",
		"3358|Pengelolaan SDM|612.400.000|598.250.000|4.100.000|14.510.000|97,69",
		"3360|Operasional Perkantoran|2.152.500.000|2.100.121.250|11.200.000|52.378.750|97,57",
		"076.01.CQ|Program Penyelenggaraan Pemilu|1.130.750.000|1.102.948.800|7.600.000|27.801.200|97,54",
		"|Jumlah|3.895.650.000|3.801.320.050|22.900.000|94.329.950|97,58")
	// thousands rounded per cell: sisa is off pagu − realisasi by one
	ribu := table("Tabel 3.4 Realisasi Anggaran Tahun 2024 (dalam ribuan rupiah)",
		"Kode|Program|Pagu|Realisasi|Efisiensi|Sisa|%",
		"076.01.WA|Program Dukungan Manajemen|1.846.250|1.790.118|21.400|56.133|96,96",
		"076.01.CQ|Program Penyelenggaraan Pemilu|964.300|941.526|8.150|22.774|97,64",
		"|Jumlah|2.810.550|2.731.644|29.550|78.907|97,19")
	// parts whose sum fails on the second row: nothing proven
	broken := table("Tabel 3.9 Realisasi Anggaran Tahun 2024",
		"Kode|Program|Pagu|Realisasi|Efisiensi|Sisa Tidak Terserap|%",
		"076.01.WA|Program Dukungan Manajemen|1.846.250.000|1.790.118.000|21.400.000|34.732.000|96,96",
		"076.01.CQ|Program Penyelenggaraan Pemilu|964.300.000|941.526.000|8.150.000|14.264.000|97,64",
		"|Jumlah|2.810.550.000|2.731.644.000|29.550.000|49.356.000|97,19")
	cases := []docCase{
		{"whole Sisa Anggaran beside Efisiensi", whole, map[string][]string{"anggaran": {
			"076.01.WA|program||2024|2764900000|2698371250|66528750",
			"3358|kegiatan|076.01.WA|2024|612400000|598250000|14150000",
			"3360|kegiatan|076.01.WA|2024|2152500000|2100121250|52378750",
			"076.01.CQ|program||2024|1130750000|1102948800|27801200",
			"TOTAL|total||2024|3895650000|3801320050|94329950",
		}}},
		{"whole Sisa with a typo on one row", typo, map[string][]string{"anggaran": {
			"076.01.WA|program||2024|2764900000|2698371250|66528750",
			"3358|kegiatan|076.01.WA|2024|612400000|598250000|14510000",
			"3360|kegiatan|076.01.WA|2024|2152500000|2100121250|52378750",
			"076.01.CQ|program||2024|1130750000|1102948800|27801200",
			"TOTAL|total||2024|3895650000|3801320050|94329950",
		}}},
		{"whole Sisa in thousands, rounded", ribu, map[string][]string{"anggaran": {
			"076.01.WA|program||2024|1846250000|1790118000|56133000",
			"076.01.CQ|program||2024|964300000|941526000|22774000",
			"TOTAL|total||2024|2810550000|2731644000|78907000",
		}}},
		{"parts that fail on one row", broken, map[string][]string{"anggaran": {
			"076.01.WA|program||2024|1846250000|1790118000|34732000",
			"076.01.CQ|program||2024|964300000|941526000|14264000",
			"TOTAL|total||2024|2810550000|2731644000|49356000",
		}}},
	}
	checkDocs(t, []string{"anggaran"}, cases)
	for _, tc := range cases {
		if n := countFindings(parseDoc(t, tc.name, tc.body...), "anggaran.sisa_dirinci"); n != 0 {
			t.Errorf("%s: %d findings anggaran.sisa_dirinci, want none", tc.name, n)
		}
	}
}

// countFindings is the number of d's findings under rule.
func countFindings(d *facts.Document, rule string) int {
	n := 0
	for _, f := range d.Findings {
		if f.Aturan == rule {
			n++
		}
	}
	return n
}
