package parse

import "testing"

// TestSnakeHeaders: a table whose columns are titled by a database's or a
// script's identifiers (snake_case, camelCase, abbreviated: "jml_desa",
// "thn_dinilai", "tgt", "pct_serapan") is read by every family as the same
// titles in words, whichever route made it a table (TAB rows of a CSV
// dump, semicolons, a box, a Markdown pipe table). A voter count named with its
// sex is that sex's column, never the total its "jml_pemilih" would name,
// and the DPS beside the DPT is never the DPT.
func TestSnakeHeaders(t *testing.T) {
	checkDocs(t, []string{"dpt", "anggaran", "sakip", "capaian"}, []docCase{
		{"TAB rows, counts named with their sex", []string{
			"Tabel 3.4 Rekapitulasi DPT Pemilu 2024 per Kecamatan",
			"no\tnm_kec\tjml_desa_kel\tjml_tps\tjml_pemilih_l\tjml_pemilih_p\tjml_pemilih",
			"1\tNELLE\t7\t22\t3410\t3555\t6965",
			"2\tKOTING\t6\t19\t2988\t3102\t6090",
		}, map[string][]string{"dpt": {"pemilu|2024|kecamatan|NELLE|7|22|3410|3555|6965", "pemilu|2024|kecamatan|KOTING|6|19|2988|3102|6090"}}},
		{"semicolons, the DPS beside the DPT", []string{
			"Tabel 3.5 DPS dan DPT Pemilu 2024",
			"kecamatan;dps_l;dps_p;dpt_l;dpt_p;dpt_lp",
			"LELA;2801;2899;2810;2904;5714",
			"BOLA;3120;3233;3125;3240;6365",
			"",
		}, map[string][]string{"dpt": {"pemilu|2024|kecamatan|LELA|<nil>|<nil>|2810|2904|5714", "pemilu|2024|kecamatan|BOLA|<nil>|<nil>|3125|3240|6365"}}},
		{"camelCase budget by year", []string{
			"Tabel 3.8 Realisasi Anggaran 2021-2022",
			"tahunAnggaran\tpaguAnggaran\trealisasiAnggaran\tsisaAnggaran",
			"2021\t3.912.000.000\t3.800.500.000\t111.500.000",
			"2022\t4.450.000.000\t4.390.250.000\t59.750.000",
		}, map[string][]string{"anggaran": {"TOTAL|total||2021|3912000000|3800500000|111500000", "TOTAL|total||2022|4450000000|4390250000|59750000"}}},
		{"abbreviated SAKIP history", []string{
			"Riwayat hasil evaluasi SAKIP:",
			"thn_dinilai\tnilai_akip\tpred",
			"2021\t63,40\tB",
			"2022\t70,85\tBB",
		}, map[string][]string{"sakip": {"2021|63.4|B", "2022|70.85|BB"}}},
		{"a box (psql with border 2), counts named with their sex", []string{
			"Tabel 3.6 DPT Pemilu 2024 per Kecamatan",
			"+-----------+---------+-----------+-----------+----------+",
			"| kecamatan | jml_tps | pemilih_l | pemilih_p | jml_lp   |",
			"+-----------+---------+-----------+-----------+----------+",
			"| MAGEPANDA |      21 |      4411 |      4530 |     8941 |",
			"| PAGA      |      30 |      5120 |      5262 |    10382 |",
			"+-----------+---------+-----------+-----------+----------+",
			"",
		}, map[string][]string{"dpt": {"pemilu|2024|kecamatan|MAGEPANDA|<nil>|21|4411|4530|8941", "pemilu|2024|kecamatan|PAGA|<nil>|30|5120|5262|10382"}}},
		{"Markdown pipes, abbreviated capaian", []string{
			"Tabel 3.1 Capaian Kinerja Tahun 2024",
			"",
			"| no | indikator_kinerja | tgt | real | capaian_pct |",
			"|---|---|---|---|---|",
			"| 1 | Persentase pemutakhiran data pemilih tepat waktu | 90,00 | 94,50 | 105,00 |",
			"| 2 | Persentase pengaduan yang ditindaklanjuti | 80,00 | 72,00 | 90,00 |",
		}, map[string][]string{"capaian": {"Persentase pemutakhiran data pemilih tepat waktu|90|94.5|105", "Persentase pengaduan yang ditindaklanjuti|80|72|90"}}},
	})
}
