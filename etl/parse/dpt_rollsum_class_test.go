package parse

import "testing"

// TestDPTRollsSumColumn: a table counting the DPT beside the DPTb and the
// DPK often closes with the sum of the three rolls ("Jumlah Pemilih",
// "Total", "Jumlah Seluruh Pemilih"). Where a column names the DPT's own
// total, that column is the fact and the sum is none; where no column
// names the DPT, nothing tells the two totals apart and a row whose
// totals differ still loads none (made-up figures).
func TestDPTRollsSumColumn(t *testing.T) {
	checkDocs(t, []string{"dpt"}, []docCase{{
		name: "DPT (L+P), DPTb, DPK, Jumlah Pemilih",
		body: []string{"Tabel 3.6 DPT, DPTb dan DPK Pemilu 2019 per Kecamatan", "",
			"No\tKecamatan\tDesa\tTPS\tL\tP\tDPT (L+P)\tDPTb\tDPK\tJumlah Pemilih",
			"1\tWaigete\t12\t40\t5.210\t5.400\t10.610\t21\t8\t10.639",
			"2\tTalibura\t9\t35\t4.100\t4.260\t8.360\t14\t3\t8.377",
			"\tJumlah\t21\t75\t9.310\t9.660\t18.970\t35\t11\t19.016"},
		want: map[string][]string{"dpt": {"pemilu|2019|kecamatan|WAIGETE|12|40|5210|5400|10610",
			"pemilu|2019|kecamatan|TALIBURA|9|35|4100|4260|8360",
			"pemilu|2019|kabupaten|Kabupaten Sikka|21|75|9310|9660|18970"}},
	}, {
		name: "Jumlah DPT first, the sum of all rolls as Total, no sexes",
		body: []string{"Tabel 2.3 Rekapitulasi Pemilih Pemilihan Bupati Tahun 2020", "",
			"Kecamatan\tJumlah TPS\tJumlah DPT\tPemilih Tambahan (DPTb)\tPemilih Khusus (DPK)\tTotal",
			"Nita\t52\t14.800\t60\t12\t14.872", "Kewapante\t44\t12.030\t41\t9\t12.080"},
		want: map[string][]string{"dpt": {"pilkada|2020|kecamatan|NITA|<nil>|52|<nil>|<nil>|14800",
			"pilkada|2020|kecamatan|KEWAPANTE|<nil>|44|<nil>|<nil>|12030"}},
	}, {
		name: "Daftar Pemilih Tetap spelled out, DPK before the sum as Total Pemilih",
		body: []string{"Tabel 4.1 Pemilih Pemilu Tahun 2024 per Kecamatan", "",
			"No\tKecamatan\tLaki-laki\tPerempuan\tDaftar Pemilih Tetap\tDPK\tTotal Pemilih",
			"1\tPaga\t6.010\t6.200\t12.210\t17\t12.227", "2\tMego\t4.400\t4.505\t8.905\t0\t8.905"},
		want: map[string][]string{"dpt": {"pemilu|2024|kecamatan|PAGA|<nil>|<nil>|6010|6200|12210",
			"pemilu|2024|kecamatan|MEGO|<nil>|<nil>|4400|4505|8905"}},
	}, {
		name: "no column naming the DPT: the differing row stays empty",
		body: []string{"Tabel 3.6 Pemilih Pemilu 2019 per Kecamatan", "",
			"No\tKecamatan\tL\tP\tJumlah\tDPTb\tJumlah Pemilih",
			"1\tLela\t3.000\t3.100\t6.100\t12\t6.112", "2\tBola\t2.000\t2.050\t4.050\t0\t4.050"},
		want: map[string][]string{"dpt": {"pemilu|2019|kecamatan|LELA|<nil>|<nil>|3000|3100|<nil>",
			"pemilu|2019|kecamatan|BOLA|<nil>|<nil>|2000|2050|4050"}},
	}})
}
