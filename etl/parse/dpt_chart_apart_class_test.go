package parse

import "testing"

// TestDPTChartClosingApart: a voters' pyramid whose closing line with the
// kabupaten's figures stands apart from the one-line note above it (a
// PDF's paragraph spacing) is still the chart's; look-alikes: a prose
// paragraph of two lines, or two paragraphs, between the chart and such a
// line leave the kabupaten unread (the areas stay read).
func TestDPTChartClosingApart(t *testing.T) {
	rows := []string{
		"pemilu|2024|kecamatan|KOTA ATAS|9|41|6010|6222|12232",
		"pemilu|2024|kecamatan|LEMBAH HIJAU|14|37|5005|4890|9895",
		"pemilu|2024|kecamatan|PANTAI UTARA|7|18|2101|2230|4331",
	}
	kab := "pemilu|2024|kabupaten|Kabupaten Sikka|30|96|13116|13342|26458"
	doc := func(between ...string) []string {
		out := []string{"Tabel 3.6 Rekapitulasi DPT Pemilu 2024 per Kecamatan", "",
			"PIRAMIDA PEMILIH PEMILU 2024", "", "◄ LAKI-LAKI      KECAMATAN      PEREMPUAN ►", "",
			"    6.010  ████████ │    KOTA ATAS    │ ████████  6.222",
			"                    │ 9 desa · 41 TPS · Σ 12.232 │",
			"    5.005   ███████ │  LEMBAH HIJAU   │ ███████   4.890",
			"                    │ 14 desa · 37 TPS · Σ 9.895 │",
			"    2.101      ███  │  PANTAI UTARA   │ ███       2.230",
			"                    │ 7 desa · 18 TPS · Σ 4.331 │", ""}
		out = append(out, between...)
		return append(out, "Kabupaten Sikka: 30 desa/kelurahan, 96 TPS, laki-laki 13.116, perempuan 13.342, jumlah 26.458 pemilih.",
			"", "BAB IV", "PENUTUP")
	}
	all := append(append([]string{}, rows...), kab)
	checkDocs(t, []string{"dpt"}, []docCase{
		{"a one-line note, the closing line apart", doc("Keterangan: batang menurut jumlah pemilih.", ""), map[string][]string{"dpt": all}},
		{"a two-line paragraph between", doc("Pemutakhiran dilakukan bersama pemerintah daerah dan", "dinas kependudukan setempat.", ""), map[string][]string{"dpt": rows}},
		{"two paragraphs between", doc("Keterangan: batang menurut jumlah pemilih.", "", "Data per 30 Juni.", ""), map[string][]string{"dpt": rows}},
	})
}
