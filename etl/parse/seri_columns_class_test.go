package parse

import (
	"sort"
	"strings"
	"testing"
)

// TestSeriColumnsClass: a realisation series with the years as rows and an
// indicator a column, the subject named by the caption or intro line
// (made-up offices and figures). Comparison columns beside them, target
// tables and tables whose subject proves no catalogue indicator give no
// series of the catalogue's indicators.
func TestSeriColumnsClass(t *testing.T) {
	head := func(office string) []string {
		return []string{"LAPORAN KINERJA", "KPU KABUPATEN " + office, "TAHUN 2023", "",
			"BAB III AKUNTABILITAS KINERJA", "", "A. Capaian Kinerja", ""}
	}
	const (
		pem = "Persentase Partisipasi Pemilih dalam Pemilu/Pemilihan"
		per = "Persentase Partisipasi Pemilih Perempuan dalam Pemilu/Pemilihan"
		dis = "Persentase Partisipasi Pemilih Disabilitas dalam Pemilu/Pemilihan"
	)
	tests := []struct {
		name string
		body []string
		want []string // "indikator|tahun|jenis|teks", sorted
	}{
		{"intro line, average beside", []string{
			"Perkembangan realisasi partisipasi pemilih pada dua penyelenggaraan terakhir:", "",
			"Tahun\tPenyelenggaraan\tPartisipasi (%)\tPartisipasi Perempuan (%)\tRata-rata Provinsi (%)",
			"2019\tPemilu Serentak\t81,40\t83,02\t80,11",
			"2020\tPemilihan Bupati\t79,95\t80,64\t78,20", ""},
			[]string{pem + "|2019|realisasi|81,40", pem + "|2020|realisasi|79,95", per + "|2019|realisasi|83,02", per + "|2020|realisasi|80,64"}},
		{"caption, other order, disabilitas", []string{
			"Tabel 3.2 Realisasi Partisipasi Pemilih Tahun 2018-2020", "",
			"Tahun\tPartisipasi Disabilitas (%)\tPartisipasi (%)\tJenis Pemilihan",
			"2018\t41,20\t76,10\tPemilihan Gubernur",
			"2019\t55,75\t85,30\tPemilu Serentak",
			"2020\t47,00\t77,45\tPemilihan Bupati", ""},
			[]string{dis + "|2018|realisasi|41,20", dis + "|2019|realisasi|55,75", dis + "|2020|realisasi|47,00",
				pem + "|2018|realisasi|76,10", pem + "|2019|realisasi|85,30", pem + "|2020|realisasi|77,45"}},
		{"headers starting at the second word", []string{
			"Realisasi tingkat partisipasi pemilih pada pemilu dan pemilihan terakhir:", "",
			"Tahun\tPemilih Perempuan (%)\tRerata Nasional (%)",
			"2019\t88,10\t81,69",
			"2020\t84,00\t76,09", ""},
			[]string{per + "|2019|realisasi|88,10", per + "|2020|realisasi|84,00"}},
		// look-alikes
		{"target series", []string{
			"Perkembangan target dan realisasi partisipasi pemilih:", "",
			"Tahun\tPartisipasi (%)\tPartisipasi Perempuan (%)",
			"2019\t77,50\t75,00",
			"2020\t77,50\t75,00", ""}, nil},
		{"no realisasi said", []string{
			"Proyeksi partisipasi pemilih pada dua penyelenggaraan berikutnya:", "",
			"Tahun\tPartisipasi (%)\tPartisipasi Perempuan (%)",
			"2024\t80,00\t81,00",
			"2029\t82,00\t83,00", ""}, nil},
		{"a subject of one word", []string{
			"Perkembangan realisasi partisipasi pada dua tahun terakhir:", "",
			"Tahun\tPartisipasi (%)\tKehadiran (%)",
			"2019\t80,11\t81,69",
			"2020\t78,20\t76,09", ""}, nil},
	}
	for _, tc := range tests {
		d, err := Text("lkj.txt", []byte(strings.Join(append(head("SABU RAIJUA"), tc.body...), "\n")+"\n"))
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, s := range d.CapaianSeri {
			got = append(got, s.Indikator+"|"+itoa(s.Tahun)+"|"+s.Jenis+"|"+s.Teks)
			if s.Tahun > 2000 && s.Nilai == nil {
				t.Errorf("%s: no nilai %+v", tc.name, s)
			}
		}
		sort.Strings(got)
		sort.Strings(tc.want)
		if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
			t.Errorf("%s:\ngot  %q\nwant %q", tc.name, got, tc.want)
		}
	}
}
