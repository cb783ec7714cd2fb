package parse

import "testing"

// TestAlignedLetterSpacedHeader: a space-aligned table whose header is
// letter-spaced ("T A H U N   D I N I L A I", words three spaces apart,
// the gap between columns too) is read when the alignment proves it: the
// words of one title left of its right-aligned figures join that column,
// the words over one label column make one title, and a title that
// stands over the first line counted as a row (ending in a year) is its
// header still.
func TestAlignedLetterSpacedHeader(t *testing.T) {
	cases := []docCase{{
		name: "SAKIP history, the year title left of its years",
		body: []string{"Tabel 3.4 Riwayat Nilai Evaluasi AKIP", "",
			"  T A H U N   D I N I L A I   N I L A I   P R E D I K A T",
			"                       2020       60,12   B",
			"                       2021       64,80   B",
			"", "Nilai tersebut terus meningkat."},
		want: map[string][]string{"sakip": {"2020|60.12|B", "2021|64.8|B"}},
	}, {
		name: "indicator series, the label title over the first row counted a row",
		body: []string{"Tabel 3.1b Realisasi Indikator Tahun 2022-2024", "",
			"  I N D I K A T O R   K I N E R J A                      2022     2023     2024",
			"  Persentase arsip yang tertata sesuai pedoman         71,50%   76,25%   80,10%",
			"  Persentase laporan keuangan tepat waktu              90,00%   95,00%  100,00%",
			"", "Realisasi kedua indikator meningkat setiap tahun."},
		want: map[string][]string{"capaian_seri": {
			"Persentase arsip yang tertata sesuai pedoman|2022|realisasi|71.5", "Persentase arsip yang tertata sesuai pedoman|2023|realisasi|76.25",
			"Persentase arsip yang tertata sesuai pedoman|2024|realisasi|80.1", "Persentase laporan keuangan tepat waktu|2022|realisasi|90",
			"Persentase laporan keuangan tepat waktu|2023|realisasi|95", "Persentase laporan keuangan tepat waktu|2024|realisasi|100"}},
	}}
	checkDocs(t, []string{"sakip", "capaian_seri"}, cases)
	for _, tc := range cases {
		for _, f := range parseDoc(t, tc.name, tc.body...).Findings {
			if f.Aturan == "tabel.tidak_dikenali" {
				t.Errorf("%s: the table is reported unproven: %s", tc.name, f.Pesan)
			}
		}
	}
}
