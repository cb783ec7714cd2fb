package parse

import "testing"

// TestShareColumns: a column giving each row's share of the table's total
// ("Porsi Pagu (%)", "Proporsi", "% DPT", "Porsi Nilai (%)") is no fact:
// the budget's share is no serapan, a kecamatan's share of the roll no
// count of voters, a component's share of the score no second score
// (made-up figures).
func TestShareColumns(t *testing.T) {
	checkDocs(t, []string{"dpt", "sakip_komponen"}, []docCase{{
		name: "% DPT after L+P",
		body: []string{"Tabel 3.5 DPT Pemilu 2024 per Kecamatan", "",
			"No\tKecamatan\tTPS\tL\tP\tL+P\t% DPT",
			"1\tKota Baru\t40\t6.000\t6.500\t12.500\t62,50", "2\tWewaria\t25\t3.700\t3.800\t7.500\t37,50",
			"\tJumlah\t65\t9.700\t10.300\t20.000\t100,00"},
		want: map[string][]string{"dpt": {"pemilu|2024|kecamatan|KOTA BARU|<nil>|40|6000|6500|12500",
			"pemilu|2024|kecamatan|WEWARIA|<nil>|25|3700|3800|7500",
			"pemilu|2024|kabupaten|Kabupaten Sikka|<nil>|65|9700|10300|20000"}},
	}, {
		name: "DPT (%) after Jumlah DPT",
		body: []string{"Tabel 2.2 DPT Pemilihan Tahun 2020", "",
			"Kecamatan\tDesa\tJumlah DPT\tDPT (%)",
			"Maumere\t9\t22.000\t55,00", "Nita\t12\t18.000\t45,00"},
		want: map[string][]string{"dpt": {"pilkada|2020|kecamatan|MAUMERE|9|<nil>|<nil>|<nil>|22000",
			"pilkada|2020|kecamatan|NITA|12|<nil>|<nil>|<nil>|18000"}},
	}, {
		name: "Porsi Nilai (%) beside Bobot and Nilai",
		body: []string{"Tabel 3.2 Nilai Evaluasi AKIP Tahun 2022 per Komponen", "",
			"No\tKomponen\tBobot\tNilai\tPorsi Nilai (%)",
			"1\tPerencanaan Kinerja\t30,00\t20,10\t30,00", "2\tPengukuran Kinerja\t30,00\t20,10\t30,00",
			"3\tPelaporan Kinerja\t15,00\t10,05\t15,00", "4\tEvaluasi Akuntabilitas Kinerja Internal\t25,00\t16,75\t25,00",
			"\tNilai Akhir\t100,00\t67,00\t100,00"},
		want: map[string][]string{"sakip_komponen": {"2022|perencanaan|30|20.1", "2022|pengukuran|30|20.1",
			"2022|pelaporan|15|10.05", "2022|evaluasi_internal|25|16.75"}},
	}, {
		name: "Kontribusi thd Nilai Akhir before the score",
		body: []string{"Tabel 3.2 Hasil Evaluasi SAKIP Tahun 2021", "",
			"Komponen\tBobot\tKontribusi thd Nilai Akhir (%)\tNilai",
			"Perencanaan Kinerja\t30\t31,20\t21,00", "Pengukuran Kinerja\t30\t29,72\t20,00",
			"Pelaporan Kinerja\t15\t15,90\t10,70", "Evaluasi Akuntabilitas Kinerja Internal\t25\t23,18\t15,60",
			"Jumlah\t100\t100,00\t67,30"},
		want: map[string][]string{"sakip_komponen": {"2021|perencanaan|30|21", "2021|pengukuran|30|20",
			"2021|pelaporan|15|10.7", "2021|evaluasi_internal|25|15.6"}},
	}})
	const capt = "Tabel 3.3 Realisasi Anggaran Tahun 2023"
	budgets := []struct {
		name string
		rows []string
		want []string
	}{
		{"Porsi Pagu between Pagu and Realisasi", []string{capt, "",
			"Kode\tProgram / Kegiatan\tPagu\tPorsi Pagu (%)\tRealisasi\tSisa\tSerapan (%)",
			"076.01.WA\tProgram Dukungan Manajemen\t3.000.000.000\t75,00\t2.850.000.000\t150.000.000\t95,00",
			"076.01.CQ\tProgram Penyelenggaraan Pemilu dalam Proses Konsolidasi Demokrasi\t1.000.000.000\t25,00\t980.000.000\t20.000.000\t98,00",
			"\tJUMLAH\t4.000.000.000\t100,00\t3.830.000.000\t170.000.000\t95,75"},
			[]string{"2023 076.01.WA< 3000000000/2850000000/150000000 95", "2023 076.01.CQ< 1000000000/980000000/20000000 98",
				"2023 TOTAL< 4000000000/3830000000/170000000 95.75"}},
		{"Proporsi Anggaran after the Pagu, serapan last", []string{capt, "",
			"Kode\tUraian\tPagu (Rp)\tProporsi Anggaran (%)\tRealisasi (Rp)\tSisa (Rp)\t%",
			"076.01.WA\tProgram Dukungan Manajemen\t2.000.000.000\t80,00\t1.900.000.000\t100.000.000\t95,00",
			"076.01.CQ\tProgram Penyelenggaraan Pemilu dalam Proses Konsolidasi Demokrasi\t500.000.000\t20,00\t450.000.000\t50.000.000\t90,00",
			"\tTotal\t2.500.000.000\t100,00\t2.350.000.000\t150.000.000\t94,00"},
			[]string{"2023 076.01.WA< 2000000000/1900000000/100000000 95", "2023 076.01.CQ< 500000000/450000000/50000000 90",
				"2023 TOTAL< 2500000000/2350000000/150000000 94"}},
	}
	for _, tc := range budgets {
		t.Run(tc.name, func(t *testing.T) {
			d := parseDoc(t, tc.name, tc.rows...)
			var got []string
			for _, a := range d.Anggaran {
				got = append(got, angRow(a))
			}
			wantRows(t, "anggaran", got, tc.want)
		})
	}
}
