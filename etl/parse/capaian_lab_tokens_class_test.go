package parse

import "testing"

// TestLabSheetTokens: the laboratory sheet as a PDF's text gives it, the
// column spacing gone (one space or a TAB) and a name's second line now
// and then printed on its row's line after the HASIL figure; each
// examination is still one capaian row (made-up offices and figures).
func TestLabSheetTokens(t *testing.T) {
	head := []string{
		"LABORATORIUM KINERJA\tLEMBAR HASIL PEMERIKSAAN",
		"Pasien : Sekretariat KPU Kabupaten Contoh\tNo. Lab : LK/9999/2023/01",
		"==========================================================================",
	}
	rule := "--------------------------------------------------------------------------"
	sheet := func(header string, rows ...string) []string {
		out := append(append([]string{}, head...), header, rule)
		out = append(out, rows...)
		return append(out, rule, "KET: N = dalam nilai rujukan; * = di luar nilai rujukan.")
	}
	plainRows := []string{
		"1. Persentase Laporan Keuangan 95,40\t% >= 90,00 106,00 N",
		"yang Disusun Tepat Waktu",
		"2. Persentase Pemilih Tidak 2,50 Terdaftar dalam DPT\t% <= 2,00 75,00 *",
		"3. Jumlah Pemilih Pemula yang 1.500 Mengikuti Sosialisasi\torang >= 1.200 125,00 N",
		"Tatap Muka",
		"4. Opini BPK atas Laporan Keuangan WTP\tOpini min. WTP 100,00 N",
	}
	want := []string{
		"Persentase Laporan Keuangan yang Disusun Tepat Waktu|90|95.4|106",
		"Persentase Pemilih Tidak Terdaftar dalam DPT|2|2.5|75",
		"Jumlah Pemilih Pemula yang Mengikuti Sosialisasi Tatap Muka|1200|1500|125",
		"Opini BPK atas Laporan Keuangan|<nil>|<nil>|100",
	}
	tests := []docCase{
		{name: "PEMERIKSAAN HASIL SATUAN NILAI RUJUKAN CAPAIAN KET, run-ons on and under the row",
			body: lsDoc(sheet("PEMERIKSAAN HASIL\tSATUAN NILAI RUJUKAN CAPAIAN KET", plainRows...)),
			want: map[string][]string{"capaian": want}},
		{name: "reordered: reference before result, unit last, no KET, ≥ ≤",
			body: lsDoc(sheet("Indikator Nilai Rujukan\tHasil Capaian Satuan",
				"1. Persentase Laporan Keuangan ≥ 90,00\t95,40 106,00 %",
				"yang Disusun Tepat Waktu",
				"2. Nilai Evaluasi atas Akuntabilitas min. B\tBB 100,00 Predikat",
				"Kinerja")),
			want: map[string][]string{"capaian": {
				"Persentase Laporan Keuangan yang Disusun Tepat Waktu|90|95.4|106",
				"Nilai Evaluasi atas Akuntabilitas Kinerja|<nil>|<nil>|100",
			}}},
		{name: "every gap a space, a grade row",
			body: lsDoc(sheet("PEMERIKSAAN HASIL SATUAN NILAI RUJUKAN CAPAIAN KET",
				"1. Persentase Pemilih Tidak 2,50 % <= 2,00 75,00 *",
				"Terdaftar dalam DPT",
				"2. Nilai Evaluasi atas Akuntabilitas B Predikat min. B 100,00 N",
				"Kinerja KPU Kabupaten")),
			want: map[string][]string{"capaian": {
				"Persentase Pemilih Tidak Terdaftar dalam DPT|2|2.5|75",
				"Nilai Evaluasi atas Akuntabilitas Kinerja KPU Kabupaten|<nil>|<nil>|100",
			}}},
	}
	checkDocs(t, []string{"capaian"}, tests)
}

// TestLabSheetTokensLookAlike: a blood test, a header with a word of no
// role, and capaian the figures do not give: no facts.
func TestLabSheetTokensLookAlike(t *testing.T) {
	rule := "--------------------------------------------------------------------------"
	tests := []docCase{
		{name: "a blood test", body: lsDoc([]string{
			"PEMERIKSAAN HASIL\tSATUAN NILAI RUJUKAN CAPAIAN KET", rule,
			"1. Hemoglobin 13,5\tg/dL 12,0 - 16,0 100,00 N",
			"2. Leukosit 7.800\t/uL 4.000 - 10.000 100,00 N", rule}),
			want: map[string][]string{}},
		{name: "a header word of no role", body: lsDoc([]string{
			"PEMERIKSAAN HASIL\tSATUAN METODE NILAI RUJUKAN CAPAIAN KET", rule,
			"1. Persentase Laporan Keuangan 95,40\t% Manual >= 90,00 106,00 N", rule}),
			want: map[string][]string{}},
		{name: "capaian the figures do not give", body: lsDoc([]string{
			"PEMERIKSAAN HASIL\tSATUAN NILAI RUJUKAN CAPAIAN KET", rule,
			"1. Persentase Laporan Keuangan 95,40\t% >= 90,00 150,00 N",
			"yang Disusun Tepat Waktu",
			"2. Persentase Pemilih Tidak 2,50\t% <= 2,00 120,00 *", rule}),
			want: map[string][]string{}},
	}
	checkDocs(t, []string{"capaian"}, tests)
}
