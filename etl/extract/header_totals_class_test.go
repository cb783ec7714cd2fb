package extract

import (
	"strings"
	"testing"
)

// TestTitledTotals: totals stated in the column titles make the titles the
// header and the figures a total row under it; titles with a year or a
// figure of another kind are left as they are.
func TestTitledTotals(t *testing.T) {
	tests := []struct {
		cells          []string
		titles, totals string
		ok             bool
	}{
		{[]string{"Kode", "Program / Kegiatan", "Pagu (Rp), jumlah 31.764.800.000", "Realisasi (Rp), jumlah 31.120.678.534", "Sisa (Rp), jumlah 644.121.466", "Serapan (%), keseluruhan 97,97"},
			"Kode|Program / Kegiatan|Pagu (Rp)|Realisasi (Rp)|Sisa (Rp)|Serapan (%)", "|Jumlah|31.764.800.000|31.120.678.534|644.121.466|97,97", true},
		{[]string{"No", "Kecamatan", "TPS total 590", "Pemilih total: 142.082"},
			"No|Kecamatan|TPS|Pemilih", "|Jumlah|590|142.082", true},
		// one total only: not proven a line of titles
		{[]string{"Kode", "Uraian", "Pagu, jumlah 31.764.800.000", "Realisasi"}, "", "", false},
		// a title with a year is no title of this kind; a row is no title
		{[]string{"No", "Indikator", "Target 2024, jumlah 10", "Realisasi 2024, jumlah 9"}, "", "", false},
		{[]string{"076.01.WA", "Program Dukungan Manajemen", "18.717.844.000", "18.266.321.234"}, "", "", false},
		// figures in the first column: nowhere to write the label
		{[]string{"Pagu, jumlah 5", "Realisasi, jumlah 4"}, "", "", false},
	}
	for _, tc := range tests {
		titles, totals, ok := titledTotals(tc.cells)
		if ok != tc.ok || ok && (strings.Join(titles, "|") != tc.titles || strings.Join(totals, "|") != tc.totals) {
			t.Errorf("titledTotals(%q) = %q, %q, %v; want %q, %q, %v", tc.cells, titles, totals, ok, tc.titles, tc.totals, tc.ok)
		}
	}
	bs, err := Text([]byte("Tabel 3.3 Realisasi Anggaran Tahun 2024\n\n" +
		"Kode\tProgram / Kegiatan\tPagu (Rp), jumlah 300.000\tRealisasi (Rp), jumlah 270.000\n" +
		"076.01.WA\tProgram Dukungan Manajemen\t300.000\t270.000\n" +
		"3355\tPengelolaan Keuangan\t300.000\t270.000\n\n"))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, b := range bs {
		if b.Kind != Table {
			continue
		}
		for _, h := range b.Header {
			got = append(got, "H "+strings.Join(h.Cells, "|"))
		}
		for _, r := range b.Rows {
			got = append(got, "R "+strings.Join(r.Cells, "|"))
		}
	}
	want := "H Kode|Program / Kegiatan|Pagu (Rp)|Realisasi (Rp); R |Jumlah|300.000|270.000; R 076.01.WA|Program Dukungan Manajemen|300.000|270.000; R 3355|Pengelolaan Keuangan|300.000|270.000"
	if s := strings.Join(got, "; "); s != want {
		t.Errorf("table:\n got %s\nwant %s", s, want)
	}
}

// TestAchievementHeading: a band naming an achievement category over a
// capaian table's rows is a group row; an indicator or a sentence is not.
func TestAchievementHeading(t *testing.T) {
	for in, want := range map[string]bool{
		"Sangat Baik (capaian lebih dari 100%)":      true,
		"Baik (capaian 85% sampai 100%)":             true,
		"Cukup (capaian 70% sampai kurang dari 85%)": true,
		"Kurang":                               true,
		"Kategori Sangat Baik":                 true,
		"Baik":                                 true,
		"Capaian Baik":                         false,
		"Baik sekali pelaksanaannya tahun ini": false,
		"Persentase pegawai yang berkinerja baik":     false,
		"Kurang dari 100 pegawai mengikuti pelatihan": false,
		"Sasaran Strategis 1":                         false,
	} {
		if got := AchievementHeading(in); got != want {
			t.Errorf("AchievementHeading(%q) = %v, want %v", in, got, want)
		}
	}
	bs, err := Text([]byte("Tabel 3.1 Pengukuran Kinerja Tahun 2021\n\n" +
		"No\tIndikator Kinerja\tTarget\tRealisasi\tCapaian (%)\n" +
		"Sangat Baik (capaian lebih dari 100%)\n" +
		"1\tPersentase pegawai terlatih\t85,00\t87,50\t102,94\n" +
		"Baik (capaian 85% sampai 100%)\n" +
		"2\tPersentase sarana berfungsi\t100,00\t97,00\t97,00\n\n"))
	if err != nil {
		t.Fatal(err)
	}
	var tables, rows int
	for _, b := range bs {
		if b.Kind == Table {
			tables++
			rows += len(b.Rows)
		}
	}
	if tables != 1 || rows != 4 {
		t.Errorf("%d tables, %d rows; want one table of 4 rows (two group rows)", tables, rows)
	}
}

// TestTitledShareHeader: column titles carrying their share in brackets
// ("Keberadaan (20%)") leave the line a header; a row of figures with a
// share beside a value stays a row.
func TestTitledShareHeader(t *testing.T) {
	for _, tc := range []struct {
		cells []string
		want  bool
	}{
		{[]string{"No", "Komponen", "Bobot", "Keberadaan (20%)", "Kualitas (30%)", "Pemanfaatan (50%)", "Nilai"}, true},
		{[]string{"No", "Komponen", "Bobot", "Nilai"}, true},
		{[]string{"1", "Perencanaan Kinerja", "30,00", "3,82 (20%)", "19,10"}, false},
		{[]string{"", "Baik (85%)", "Cukup (70%)"}, false},
	} {
		if got := isHeaderRow(tc.cells); got != tc.want {
			t.Errorf("isHeaderRow(%q) = %v, want %v", tc.cells, got, tc.want)
		}
	}
	if s, ok := titledShare("Kualitas (30%)"); !ok || s != "Kualitas" {
		t.Errorf("titledShare(Kualitas (30%%)) = %q, %v", s, ok)
	}
	for _, c := range []string{"Realisasi (97,5%)x", "3,82 (20%)", "(20%)", "Nilai (B)"} {
		if _, ok := titledShare(c); ok {
			t.Errorf("titledShare(%q) = true", c)
		}
	}
}
