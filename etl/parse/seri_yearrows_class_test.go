package parse

import (
	"fmt"
	"sort"
	"strings"
	"testing"
)

// TestYearRowsShortLabelsClass: a table of years as rows whose columns
// name the document's indicators in short ("Partisipasi Pemilih (%)"),
// beside a column describing each year's election, gives a series of the
// full statements the capaian table wrote. A label that fits two
// statements alike, or a column whose report-year value is not the
// capaian's realisation, gives nothing.
func TestYearRowsShortLabelsClass(t *testing.T) {
	const (
		all   = "Persentase Partisipasi Pemilih dalam Pemilu/Pemilihan"
		women = "Persentase Partisipasi Pemilih Perempuan dalam Pemilu/Pemilihan"
	)
	capaian := []string{
		"Tabel 3.1 Pengukuran Kinerja Tahun 2024", "",
		"No\tIndikator Kinerja\tTarget\tRealisasi\tCapaian (%)",
		"1\t" + all + "\t80,00%\t82,47%\t103,09",
		"2\t" + women + "\t80,00%\t85,12%\t106,40", "",
	}
	tests := []struct {
		name string
		body []string
		want []string // "indicator|year|teks", sorted
	}{
		{"short labels beside an election column", []string{
			"Tabel 3.2 Perkembangan Partisipasi Pemilih", "",
			"Tahun\tPemilu/Pemilihan\tPartisipasi Pemilih (%)\tPartisipasi Pemilih Perempuan (%)",
			"2019\tPemilu Serentak\t81,07\t83,40",
			"2020\tPemilihan Bupati\t79,64\t81,92",
			"2024\tPemilu dan Pemilihan\t82,47\t85,12"},
			[]string{all + "|2019|81,07", all + "|2020|79,64", all + "|2024|82,47",
				women + "|2019|83,40", women + "|2020|81,92", women + "|2024|85,12"}},
		{"labels in the other order, no election column", []string{
			"Tabel 3.2 Perkembangan Partisipasi", "",
			"Tahun\tPartisipasi Perempuan\tPartisipasi Pemilih",
			"2019\t83,40\t81,07",
			"2024\t85,12\t82,47"},
			[]string{all + "|2019|81,07", all + "|2024|82,47", women + "|2019|83,40", women + "|2024|85,12"}},
		{"the report year contradicts the capaian", []string{
			"Tabel 3.2 Perkembangan Partisipasi Pemilih", "",
			"Tahun\tPartisipasi Pemilih (%)\tPartisipasi Pemilih Perempuan (%)",
			"2019\t81,07\t83,40",
			"2024\t82,74\t85,12"},
			nil},
		{"a label no statement holds", []string{
			"Tabel 3.2 Perkembangan Partisipasi Pemilih", "",
			"Tahun\tPartisipasi Pemilih (%)\tPemilih Disabilitas (%)",
			"2019\t81,07\t43,40",
			"2024\t82,47\t45,12"},
			nil},
		{"one label, two statements alike", []string{
			"Tabel 3.1 Pengukuran Kinerja Tahun 2024", "",
			"No\tIndikator Kinerja\tTarget\tRealisasi\tCapaian (%)",
			"1\t" + women + "\t80,00%\t85,12%\t106,40",
			"2\tPersentase Partisipasi Pemilih Disabilitas dalam Pemilu/Pemilihan\t50,00%\t45,12%\t90,24", "",
			"Tabel 3.2 Perkembangan Partisipasi Pemilih", "",
			"Tahun\tPartisipasi Pemilih (%)\tPartisipasi Pemilih Perempuan (%)",
			"2019\t81,07\t83,40",
			"2024\t82,47\t85,12"},
			nil},
	}
	for _, tc := range tests {
		body := append(append([]string{}, capaian...), tc.body...)
		if strings.HasPrefix(tc.body[0], "Tabel 3.1") {
			body = tc.body
		}
		d := parseDoc(t, tc.name, body...)
		var got []string
		for _, s := range d.CapaianSeri {
			got = append(got, fmt.Sprintf("%s|%d|%s", s.Indikator, s.Tahun, s.Teks))
		}
		sort.Strings(got)
		sort.Strings(tc.want)
		if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
			t.Errorf("%s: series\n%s\nwant\n%s", tc.name, strings.Join(got, "\n"), strings.Join(tc.want, "\n"))
		}
	}
}
