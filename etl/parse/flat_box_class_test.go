package parse

import "testing"

// TestFlattenedBoxAndColumnTables: tables drawn as boxes and tables read
// column after column give the facts of their family as TAB tables would:
// a budget in Rp juta whose unit only its snake-case header names, an RB
// box, a DPT box with an L_P column, a capaian table read column after
// column.
func TestFlattenedBoxAndColumnTables(t *testing.T) {
	checkDocs(t, []string{"anggaran", "dpt", "capaian"}, []docCase{{
		name: "budget box in juta, the unit in the header only",
		body: []string{"Tabel 3.4 Realisasi Anggaran Tahun 2024", "",
			"+-----------+----------------------+--------------+-------------------+",
			"| KODE      | URAIAN               | PAGU_RP_JUTA | REALISASI_RP_JUTA |",
			"+-----------+----------------------+--------------+-------------------+",
			"| 076.01.WA | Program Dukungan     |     2.321,49 |          2.223,90 |",
			"| 3355      | Pengelolaan Keuangan |     1.041,23 |            990,51 |",
			"| 3360      | Operasional Kantor   |     1.280,26 |          1.233,39 |",
			"|           | TOTAL                |     2.321,49 |          2.223,90 |",
			"+-----------+----------------------+--------------+-------------------+"},
		want: map[string][]string{"anggaran": {"076.01.WA|program||2024|2321490000|2223900000|97590000",
			"3355|kegiatan|076.01.WA|2024|1041230000|990510000|50720000", "3360|kegiatan|076.01.WA|2024|1280260000|1233390000|46870000",
			"TOTAL|total||2024|2321490000|2223900000|97590000"}},
	}, {
		name: "DPT box drawn with Unicode lines",
		body: []string{"Tabel 3.2 DPT Pemilihan Tahun 2024 per Kecamatan", "",
			"┌───────────┬───────┬───────┬───────┐",
			"│ KECAMATAN │     L │     P │   L_P │",
			"├───────────┼───────┼───────┼───────┤",
			"│ RIUNG     │ 1.000 │ 1.100 │ 2.100 │",
			"│ SOA       │   900 │   950 │ 1.850 │",
			"│ TOTAL     │ 1.900 │ 2.050 │ 3.950 │",
			"└───────────┴───────┴───────┴───────┘"},
		want: map[string][]string{"dpt": {"pilkada|2024|kecamatan|RIUNG|<nil>|<nil>|1000|1100|2100",
			"pilkada|2024|kecamatan|SOA|<nil>|<nil>|900|950|1850", "pilkada|2024|kabupaten|Kabupaten Sikka|<nil>|<nil>|1900|2050|3950"}},
	}, {
		name: "DPT box with a No column and a JUMLAH row spanning No and Kecamatan",
		body: []string{"Tabel 3.2 DPT Pemilu Tahun 2019 per Kecamatan", "",
			"+----+-----------+-----+-------+-------+-------+",
			"| No | Kecamatan | TPS |     L |     P |   L+P |",
			"+----+-----------+-----+-------+-------+-------+",
			"|  1 | Riung     |  10 | 1.000 | 1.100 | 2.100 |",
			"|  2 | Soa       |  12 |   900 |   950 | 1.850 |",
			"+----+-----------+-----+-------+-------+-------+",
			"| JUMLAH         |  22 | 1.900 | 2.050 | 3.950 |",
			"+----------------+-----+-------+-------+-------+"},
		want: map[string][]string{"dpt": {"pemilu|2019|kecamatan|RIUNG|<nil>|10|1000|1100|2100",
			"pemilu|2019|kecamatan|SOA|<nil>|12|900|950|1850", "pemilu|2019|kabupaten|Kabupaten Sikka|<nil>|22|1900|2050|3950"}},
	}, {
		name: "capaian read column after column",
		body: []string{"Tabel 3.1 Capaian Kinerja Tahun 2024", "",
			"No", "1", "2",
			"Indikator Kinerja", "Persentase partisipasi pemilih", "Persentase pelanggaran kode etik",
			"Target (%)", "75,00", "5,00", "Realisasi (%)", "81,00", "1,00", "Capaian (%)", "108,00", "180,00"},
		want: map[string][]string{"capaian": {"Persentase partisipasi pemilih|75|81|108", "Persentase pelanggaran kode etik|5|1|180"}},
	}})
}
