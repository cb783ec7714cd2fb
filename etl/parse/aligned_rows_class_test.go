package parse

import "testing"

// TestAlignedRowClasses: space-aligned tables the TAB reader takes and the
// alignment reader must prove too:
//   - one row of values under the measures as columns, its label ("Nilai")
//     left of every header word; a row with a cell more than the header
//     elsewhere proves nothing;
//   - targets and realisations written with their unit ("14 Laporan") are
//     values, so their lines are body rows and not a header;
//   - a lettered group heading ("A. Sasaran: ...") inside the label column
//     is a row of the table, not its end;
//   - a component table without a caption takes the year scored from the
//     paragraph right above it ("Nilai tahun kinerja 2022 per komponen:").
func TestAlignedRowClasses(t *testing.T) {
	const intro = "Atas kinerja tahun 2022, KPU Kabupaten Sikka memperoleh nilai evaluasi AKIP 68,32 dengan predikat B. Nilai tahun kinerja 2022 per komponen:"
	checkDocs(t, []string{"sakip_komponen", "capaian"}, []docCase{{
		name: "components as columns, one labelled row",
		body: []string{intro, "",
			"          Perencanaan Kinerja (30)   Pengukuran Kinerja (30)   Pelaporan Kinerja (15)   Evaluasi Internal (25)   Total",
			"  Nilai                      21,35                     20,40                    10,15                    16,42   68,32", ""},
		want: map[string][]string{"sakip_komponen": {"2022|perencanaan|30|21.35", "2022|pengukuran|30|20.4", "2022|pelaporan|15|10.15", "2022|evaluasi_internal|25|16.42"}},
	}, {
		name: "the same table with TABs, the year from the paragraph above",
		body: []string{intro, "",
			"\tPerencanaan Kinerja (30)\tPengukuran Kinerja (30)\tPelaporan Kinerja (15)\tEvaluasi Internal (25)\tTotal",
			"Nilai\t21,35\t20,40\t10,15\t16,42\t68,32", ""},
		want: map[string][]string{"sakip_komponen": {"2022|perencanaan|30|21.35", "2022|pengukuran|30|20.4", "2022|pelaporan|15|10.15", "2022|evaluasi_internal|25|16.42"}},
	}, {
		name: "a label cell under the header's first word: not the row's own",
		body: []string{intro, "",
			"  Perencanaan Kinerja (30)   Pengukuran Kinerja (30)   Pelaporan Kinerja (15)   Evaluasi Internal (25)",
			"  Nilai   21,35                     20,40                    10,15                    16,42", ""},
		want: map[string][]string{},
	}, {
		name: "values with their unit",
		body: []string{"Tabel 3.2 Pengukuran Indikator Kinerja Kegiatan Tahun 2024", "",
			"  Target       Realisasi    Capaian (%)   Indikator Kinerja Kegiatan",
			"  14 Laporan   14 Laporan        100,00   Jumlah laporan sistem akuntansi dan pelaporan keuangan",
			"  2 Laporan    1 Laporan          50,00   Jumlah laporan barang milik negara",
			"     100,00%      100,00%        100,00   Persentase pembayaran gaji yang tepat waktu", ""},
		want: map[string][]string{"capaian": {"Jumlah laporan sistem akuntansi dan pelaporan keuangan|14|14|100",
			"Jumlah laporan barang milik negara|2|1|50", "Persentase pembayaran gaji yang tepat waktu|100|100|100"}},
	}, {
		name: "lettered group headings inside the label column",
		body: []string{"Tabel 3.1 Pengukuran Kinerja Tahun 2024", "",
			"  No   Indikator Kinerja                                                 Target   Realisasi   Capaian",
			"       A. Sasaran: Meningkatnya kualitas penyelenggaraan Pemilu",
			"   1   Persentase Partisipasi Pemilih                                     77,50%      80,92%   104,41%",
			"       B. Sasaran: Meningkatnya akuntabilitas kelembagaan",
			"   2   Opini BPK atas Laporan Keuangan                                       WTP         WTP   100,00%", ""},
		want: map[string][]string{"capaian": {"Persentase Partisipasi Pemilih|77.5|80.92|104.41", "Opini BPK atas Laporan Keuangan|<nil>|<nil>|100"}},
	}})
}
