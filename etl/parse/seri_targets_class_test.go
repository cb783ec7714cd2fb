package parse

import "testing"

// TestSeriTargetYears: a matrix of yearly targets ("Indikator | Target
// 2024 | Target 2025 | Target 2026", rows by statement or by a code a
// legend explains) is the indicators' target series when each row's
// report-year target is the one its capaian table states; a row that
// differs, or no report-year column, leaves the matrix unread (made-up
// indicators and figures; doc() reports 2024).
func TestSeriTargetYears(t *testing.T) {
	const (
		a = "Persentase dokumen perencanaan yang disusun tepat waktu"
		b = "Indeks kepuasan layanan informasi publik"
	)
	capaian := []string{
		"Tabel 3.1 Pengukuran Kinerja", "",
		"No\tIndikator Kinerja\tTarget\tRealisasi\tCapaian (%)",
		"1\t" + a + "\t88,00\t90,10\t102,39",
		"2\t" + b + "\t72,00\t70,56\t98,00", "",
	}
	legend := []string{
		"Kode\tIndikator",
		"IKS-1\t" + a,
		"IKS-2\t" + b, "",
	}
	seri := func(rows ...string) []string {
		return append(append([]string(nil), capaian...), rows...)
	}
	want := []string{
		a + "|2024|target|88", a + "|2025|target|90", a + "|2026|target|92.5",
		b + "|2024|target|72", b + "|2025|target|74", b + "|2026|target|76",
	}
	checkDocs(t, []string{"capaian_seri"}, []docCase{
		{"statements as rows", seri(
			"Target Renstra per tahun:", "",
			"Indikator Kinerja\tTarget 2024\tTarget 2025\tTarget 2026",
			a+"\t88,00\t90,00\t92,50",
			b+"\t72,00\t74,00\t76,00"),
			map[string][]string{"capaian_seri": want}},
		{"codes a legend explains", append(append(legend, capaian...),
			"Kode\tTarget 2024\tTarget 2025\tTarget 2026",
			"IKS-1\t88,00\t90,00\t92,50",
			"IKS-2\t72,00\t74,00\t76,00"),
			map[string][]string{"capaian_seri": want}},
		{"a report-year target the capaian table does not state", seri(
			"Indikator Kinerja\tTarget 2024\tTarget 2025\tTarget 2026",
			a+"\t88,00\t90,00\t92,50",
			b+"\t73,00\t74,00\t76,00"), nil},
		{"no report-year column", seri(
			"Indikator Kinerja\tTarget 2025\tTarget 2026\tTarget 2027",
			a+"\t90,00\t92,50\t95,00",
			b+"\t74,00\t76,00\t78,00"), nil},
	})
}
