package parse

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// TestChartLabels: values left only as a chart's data labels under (or
// over) its figure caption, "label: value" parted by bars, semicolons or
// line ends, are read as the table they stand for: SAKIP components (the
// weight in the label or after the value), an RB result (Nilai, Bobot,
// Persentase), a history (years as labels), the all-satker results (one
// satker a label). Charts whose figures disagree, and charts of other
// measures, load nothing (made-up figures).
func TestChartLabels(t *testing.T) {
	intro := "Hasil evaluasi disajikan pada grafik berikut."
	tests := []struct {
		name string
		body []string
		want string
	}{
		{"components with the weight in the label, bars", []string{
			"Gambar 3.2 Nilai per Komponen SAKIP 2023 KPU Kabupaten Sikka",
			"Perencanaan (30): 18,40 | Pengukuran (30): 17,25 | Pelaporan (15): 10,10 | Evaluasi Internal (25): 15,05"},
			"komp 2023 evaluasi_internal=15.05/25 pelaporan=10.1/15 pengukuran=17.25/30 perencanaan=18.4/30"},
		{"components with '=' and semicolons, one line each, total last", []string{
			"Grafik 4 Komponen Nilai AKIP Tahun 2023",
			"Perencanaan Kinerja (bobot 30) = 18,40;",
			"Pengukuran Kinerja (bobot 30) = 17,25;",
			"Pelaporan Kinerja (bobot 15) = 10,10;",
			"Evaluasi Akuntabilitas Kinerja Internal (bobot 25) = 15,05;",
			"Nilai Akhir = 60,80"},
			"komp 2023 evaluasi_internal=15.05/25 pelaporan=10.1/15 pengukuran=17.25/30 perencanaan=18.4/30 | sakip 5307/2023=60.8"},
		{"the score out of its weight, caption above after a blank line", []string{
			"Gambar 2 Nilai Komponen SAKIP Tahun 2023", "",
			"Perencanaan: 18,40 dari 30; Pengukuran: 17,25 dari 30; Pelaporan: 10,10 dari 15; Evaluasi Internal: 15,05 dari 25"},
			"komp 2023 evaluasi_internal=15.05/25 pelaporan=10.1/15 pengukuran=17.25/30 perencanaan=18.4/30"},
		{"no space after the colon, the score named nilai, out of its weight", []string{
			"Grafik 3.2 Komponen SAKIP Tahun 2023",
			"Perencanaan:nilai 18,40 dari 30|Pengukuran:nilai 17,25 dari 30|Pelaporan:nilai 10,10 dari 15|Evaluasi Internal:nilai 15,05 dari 25"},
			"komp 2023 evaluasi_internal=15.05/25 pelaporan=10.1/15 pengukuran=17.25/30 perencanaan=18.4/30"},
		{"components that do not add up to the total stated", []string{
			"Gambar 3.2 Nilai per Komponen SAKIP 2023",
			"Perencanaan (30): 18,40 | Pengukuran (30): 17,25 | Pelaporan (15): 10,10 | Evaluasi Internal (25): 15,05 | Total: 61,80"},
			""},
		{"a component above its weight", []string{
			"Gambar 3.2 Nilai per Komponen SAKIP 2023",
			"Perencanaan (30): 18,40 | Pengukuran (30): 17,25 | Pelaporan (15): 16,10 | Evaluasi Internal (25): 15,05"},
			""},
		{"RB labels, caption below the chart", []string{
			"Nilai: 24,50 | Bobot: 36,30 | Persentase: 67,49",
			"Gambar 3.3 Hasil Evaluasi Reformasi Birokrasi Tahun 2024"},
			"rb 2024=24.5/36.3/67.49"},
		{"RB labels whose percentage is not the score over the weight", []string{
			"Gambar 3.3 Evaluasi Reformasi Birokrasi 2024",
			"Nilai: 24,50 | Bobot: 36,30 | Persentase: 76,49"},
			""},
		{"years as labels: the SAKIP history", []string{
			"Gambar 3.1 Perkembangan Nilai SAKIP KPU Kabupaten Sikka",
			"2021: 61,20 | 2022: 63,50 | 2023: 65,05"},
			"sakip 5307/2021=61.2 sakip 5307/2022=63.5 sakip 5307/2023=65.05"},
		{"all-satker labels, one satker twice is left", []string{
			"Gambar 3.1 Nilai Evaluasi AKIP Tahun 2022 Satker KPU se-NTT",
			"Prov. NTT: 64,05 | Belu: 62,93 | Alor: 61,19",
			"Sikka: 61,05 | Ende: 62,35 | Alor: 60,19"},
			"sakip 53/2022=64.05 sakip 5304/2022=62.93 sakip 5307/2022=61.05 sakip 5308/2022=62.35"},
		{"two charts in one paragraph", []string{
			"Gambar 3.2 Nilai per Komponen SAKIP 2023",
			"Perencanaan (30): 18,40 | Pengukuran (30): 17,25 | Pelaporan (15): 10,10 | Evaluasi Internal (25): 15,05",
			"Gambar 3.3 Evaluasi Reformasi Birokrasi 2024",
			"Nilai: 24,50 | Bobot: 36,30 | Persentase: 67,49"},
			"komp 2023 evaluasi_internal=15.05/25 pelaporan=10.1/15 pengukuran=17.25/30 perencanaan=18.4/30 rb 2024=24.5/36.3/67.49"},
		{"labels as bullets, one a line", []string{
			"Gambar 3.2 Nilai per Komponen SAKIP 2023",
			"• Perencanaan (30): 18,40", "• Pengukuran (30): 17,25", "• Pelaporan (15): 10,10", "• Evaluasi Internal (25): 15,05", "",
			"Gambar 3.3 Evaluasi Reformasi Birokrasi 2024",
			"• Nilai: 24,50", "• Bobot: 36,30", "• Persentase: 67,49"},
			"komp 2023 evaluasi_internal=15.05/25 pelaporan=10.1/15 pengukuran=17.25/30 perencanaan=18.4/30 rb 2024=24.5/36.3/67.49"},
		{"captions under their charts: each chart its own", []string{
			"Perencanaan (30): 18,40 | Pengukuran (30): 17,25 | Pelaporan (15): 10,10 | Evaluasi Internal (25): 15,05", "",
			"Gambar 3.2 Nilai per Komponen SAKIP 2023", "",
			"2021: 61,20 | 2022: 63,50", "",
			"Gambar 3.3 Evaluasi Reformasi Birokrasi KPU Kabupaten Sikka"},
			"komp 2023 evaluasi_internal=15.05/25 pelaporan=10.1/15 pengukuran=17.25/30 perencanaan=18.4/30 rb 2021=61.2/-/- rb 2022=63.5/-/-"},
		{"a score and its grade", []string{
			"Gambar 3.1 Hasil Evaluasi AKIP Tahun 2023", "Nilai: 64,20 | Predikat: B"},
			"sakip 5307/2023=64.2"},
		{"a score whose grade is of another band", []string{
			"Gambar 3.1 Hasil Evaluasi AKIP Tahun 2023", "Nilai: 64,20 | Predikat: BB"},
			""},
		{"a chart of an indicator is not this reader's", []string{
			"Gambar 3.4 Partisipasi Pemilih per Kecamatan",
			"Alok: 81,20 | Nita: 79,50 | Kewapante: 83,05"},
			""},
	}
	for _, tc := range tests {
		d := parseDoc(t, tc.name, append([]string{intro, ""}, tc.body...)...)
		var got []string
		var komp []string
		for _, k := range d.SakipKomponen {
			komp = append(komp, fmt.Sprintf("%s=%s/%s", k.Komponen, fmtNum(k.Nilai), fmtNum(k.Bobot)))
			if k.TahunDinilai != 2023 {
				komp = append(komp, fmt.Sprint("year ", k.TahunDinilai))
			}
		}
		if len(komp) > 0 {
			slices.Sort(komp)
			got = append(got, "komp 2023 "+strings.Join(komp, " "))
		}
		var sk []string
		for _, s := range d.Sakip {
			sk = append(sk, fmt.Sprintf("sakip %s/%d=%s", s.SatkerID, s.TahunDinilai, fmtNum(s.Nilai)))
		}
		slices.Sort(sk)
		if len(komp) > 0 && len(sk) > 0 {
			got = append(got, "|")
		}
		got = append(got, sk...)
		for _, r := range d.RB {
			got = append(got, fmt.Sprintf("rb %d=%s/%s/%s", r.Tahun, fmtNum(r.Nilai), fmtNum(r.Bobot), fmtNum(r.Persen)))
		}
		if g := strings.Join(got, " "); g != tc.want {
			t.Errorf("%s:\n got %q\nwant %q", tc.name, g, tc.want)
		}
	}
}
