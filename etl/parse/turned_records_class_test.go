package parse

import "testing"

// TestTurnedRecords: budget, SAKIP-components and RB tables set on their
// side (a record a column, a field a row led by its name), opened by a
// numbering or a code row, continued in a "(lanjutan)" block, the total
// column last or first. Each is read only when its figures prove the
// columns are records; look-alikes whose figures do not agree give nothing.
func TestTurnedRecords(t *testing.T) {
	checkDocs(t, []string{"anggaran", "sakip", "sakip_komponen", "rb"}, []docCase{{
		name: "budget: a Kode row first, continued in a (lanjutan) block, JUMLAH last under an empty code",
		body: []string{"Tabel 3.5 Realisasi Anggaran Tahun 2024 (dalam rupiah)", "",
			"Kode\t076.01.WA\t3355\t3360",
			"Program / Kegiatan\tProgram Dukungan Manajemen\tPengelolaan Keuangan\tOperasional Perkantoran",
			"Pagu\t2.000.000.000\t800.000.000\t1.200.000.000",
			"Realisasi\t1.900.000.000\t760.000.000\t1.140.000.000",
			"Sisa\t100.000.000\t40.000.000\t60.000.000",
			"Serapan (%)\t95,00\t95,00\t95,00", "",
			"Tabel 3.5 Realisasi Anggaran Tahun 2024 (lanjutan)", "",
			"Kode\t076.01.CQ\t6867\t6872\t",
			"Program / Kegiatan\tProgram Penyelenggaraan Pemilu\tPembentukan Badan Adhoc\tPemungutan dan Penghitungan Suara\tJUMLAH",
			"Pagu\t10.000.000.000\t4.000.000.000\t6.000.000.000\t12.000.000.000",
			"Realisasi\t9.700.000.000\t3.880.000.000\t5.820.000.000\t11.600.000.000",
			"Sisa\t300.000.000\t120.000.000\t180.000.000\t400.000.000",
			"Serapan (%)\t97,00\t97,00\t97,00\t96,67"},
		want: map[string][]string{"anggaran": {"076.01.WA|program||2024|2000000000|1900000000|100000000",
			"3355|kegiatan|076.01.WA|2024|800000000|760000000|40000000",
			"3360|kegiatan|076.01.WA|2024|1200000000|1140000000|60000000",
			"076.01.CQ|program||2024|10000000000|9700000000|300000000",
			"6867|kegiatan|076.01.CQ|2024|4000000000|3880000000|120000000",
			"6872|kegiatan|076.01.CQ|2024|6000000000|5820000000|180000000",
			"TOTAL|total||2024|12000000000|11600000000|400000000"}},
	}, {
		name: "budget: a No row first, the total column first, serapan without sisa",
		body: []string{"Tabel 2.4 Pagu dan Realisasi Belanja TA 2024", "",
			"No\t\t1\t2\t3",
			"Kode\t\t076.01.WA\t3355\t3358",
			"Uraian\tTotal\tProgram Dukungan Manajemen\tPengelolaan Keuangan\tPengelolaan SDM",
			"Anggaran (Rp)\t1.500.000.000\t1.500.000.000\t600.000.000\t900.000.000",
			"Realisasi (Rp)\t1.420.000.000\t1.420.000.000\t570.000.000\t850.000.000",
			"% Serapan\t94,67\t94,67\t95,00\t94,44"},
		want: map[string][]string{"anggaran": {"TOTAL|total||2024|1500000000|1420000000|80000000",
			"076.01.WA|program||2024|1500000000|1420000000|80000000",
			"3355|kegiatan|076.01.WA|2024|600000000|570000000|30000000",
			"3358|kegiatan|076.01.WA|2024|900000000|850000000|50000000"}},
	}, {
		name: "components: a No row with a trailing empty cell, Uraian names, Nilai Akhir last",
		body: []string{"Tabel 2.5 Hasil Evaluasi SAKIP Tahun 2023 per Komponen", "",
			"No\t1\t2\t3\t4\t",
			"Uraian\tPerencanaan Kinerja\tPengukuran Kinerja\tPelaporan Kinerja\tEvaluasi Internal\tNilai Akhir",
			"Bobot\t30,00\t30,00\t15,00\t25,00\t100,00",
			"Nilai\t21,10\t19,45\t11,20\t16,30\t68,05"},
		want: map[string][]string{"sakip": {"2023|68.05|B"},
			"sakip_komponen": {"2023|perencanaan|30|21.1", "2023|pengukuran|30|19.45", "2023|pelaporan|15|11.2", "2023|evaluasi_internal|25|16.3"}},
	}, {
		name: "components: the Jumlah column first, Nilai above Bobot",
		body: []string{"Tabel 3.6 Komponen Nilai AKIP Tahun 2023", "",
			"Komponen\tJumlah\tPerencanaan Kinerja\tPengukuran Kinerja\tPelaporan Kinerja\tEvaluasi Akuntabilitas Kinerja Internal",
			"Nilai\t70,40\t22,00\t21,00\t11,40\t16,00",
			"Bobot\t100\t30\t30\t15\t25"},
		want: map[string][]string{"sakip": {"2023|70.4|BB"},
			"sakip_komponen": {"2023|perencanaan|30|22", "2023|pengukuran|30|21", "2023|pelaporan|15|11.4", "2023|evaluasi_internal|25|16"}},
	}, {
		name: "RB: one record, Uraian over Nilai, Bobot, Persentase",
		body: []string{"Tabel 3.9 Hasil Evaluasi Reformasi Birokrasi Tahun 2023", "",
			"Uraian\tReformasi Birokrasi",
			"Nilai\t24,00",
			"Bobot\t36,30",
			"Persentase (%)\t66,12"},
		want: map[string][]string{"rb": {"2023|24"}},
	}, {
		name: "RB: a No row first, Skor and a bare % row",
		body: []string{"Tabel 3.10 Evaluasi RB 2024", "",
			"No\t1",
			"Komponen\tNilai RB",
			"Skor\t22,50",
			"Bobot\t36,30",
			"%\t61,98"},
		want: map[string][]string{"rb": {"2024|22.5"}},
	}, {
		name: "RB in a sentence: the score \"tercatat\", its weight and percent in parentheses",
		body: []string{"Nilai evaluasi Reformasi Birokrasi tahun 2023 tercatat 23,10 (bobot 36,30; 63,64%)."},
		want: map[string][]string{"rb": {"2023|23.1"}},
	}, {
		name: "negative: the sentence's three figures disagree",
		body: []string{"Nilai evaluasi Reformasi Birokrasi tahun 2023 tercatat 23,10 (bobot 36,30; 65,64%)."},
	}, {
		name: "negative: a sisa that is not pagu − realisasi (a shifted row)",
		body: []string{"Tabel 3.5 Realisasi Anggaran Tahun 2024", "",
			"Kode\t076.01.WA\t3355\t3360",
			"Program / Kegiatan\tProgram Dukungan Manajemen\tPengelolaan Keuangan\tOperasional Perkantoran",
			"Pagu\t2.000.000.000\t800.000.000\t1.200.000.000",
			"Realisasi\t1.900.000.000\t760.000.000\t1.140.000.000",
			"Sisa\t40.000.000\t60.000.000\t100.000.000"},
	}, {
		name: "negative: pagu and realisasi only, nothing proves the columns",
		body: []string{"Tabel 3.7 Belanja per Jenis Tahun 2024", "",
			"Jenis Belanja\tPegawai\tBarang\tModal",
			"Pagu\t2.000.000.000\t800.000.000\t1.200.000.000",
			"Realisasi\t1.900.000.000\t760.000.000\t1.140.000.000"},
	}, {
		name: "negative: components that do not make the stated total",
		body: []string{"Tabel 2.5 Hasil Evaluasi SAKIP Tahun 2023 per Komponen", "",
			"No\t1\t2\t3\t4\t",
			"Komponen\tPerencanaan Kinerja\tPengukuran Kinerja\tPelaporan Kinerja\tEvaluasi Internal\tNilai Akhir",
			"Bobot\t30,00\t30,00\t15,00\t25,00\t100,00",
			"Nilai\t21,10\t19,45\t11,20\t16,30\t69,05"},
	}, {
		name: "negative: an RB record whose persen is not nilai/bobot",
		body: []string{"Tabel 3.9 Hasil Evaluasi Reformasi Birokrasi Tahun 2023", "",
			"Uraian\tReformasi Birokrasi",
			"Nilai\t24,00",
			"Bobot\t36,30",
			"Persentase (%)\t68,12"},
	}})
}
