package parse

import (
	"fmt"
	"strings"
	"testing"
)

// TestFusedColumns: a component table whose narrow columns a PDF's text
// layer ran together ("Nilai Komponen" over "22,25 Perencanaan Kinerja",
// "No Bobot" over "1 30,00") is read column by column; a cell that does not
// split into a figure per number column leaves its row unread; a row that
// runs into the next table's RB caption does not make the SAKIP table an
// RB one (made-up figures).
func TestFusedColumns(t *testing.T) {
	caption := "Tabel 3.2 Nilai Evaluasi AKIP Tahun 2023 per Komponen"
	tests := []struct {
		name string
		rows []string
		want string
	}{
		{"an RB table of one row, weight, score and name fused", []string{
			"Tabel 3.2a Hasil Evaluasi Reformasi Birokrasi Tahun 2024", "",
			"Bobot Nilai Komponen\tPersentase (%)", "36,30 24,73 Jumlah (Pengungkit dan Hasil)\t68,13"},
			"rb 2024=24.73"},
		{"number and name fused, row number and weight fused", []string{
			"Nilai Komponen\tNo Bobot",
			"22,25 Perencanaan Kinerja\t1 30,00", "20,90 Pengukuran Kinerja\t2 30,00",
			"11,00 Pelaporan Kinerja\t3 15,00", "18,54 Evaluasi Akuntabilitas Kinerja Internal\t4 25,00",
			"72,69 Nilai Akhir\t100,00"},
			"perencanaan=22.25/30 pengukuran=20.9/30 pelaporan=11/15 evaluasi_internal=18.54/25 | 72.69"},
		{"a cell without its figure is not read", []string{
			"Nilai Komponen\tNo Bobot",
			"22,25 Perencanaan Kinerja\t1 30,00", "20,90 Pengukuran Kinerja\t2 30,00",
			"11,00 Pelaporan Kinerja\t3 15,00", "Evaluasi Akuntabilitas Kinerja Internal 18,54\t4 25,00"},
			"perencanaan=22.25/30 pengukuran=20.9/30 pelaporan=11/15"},
		{"the last row runs into the next table's RB caption", []string{
			"No Komponen\t\tBobot\tNilai",
			"1 Perencanaan Kinerja\t\t30,00\t18,00", "2 Pengukuran Kinerja\t\t30,00\t18,35",
			"3 Pelaporan Kinerja\t\t15,00\t9,15", "4 Evaluasi Akuntabilitas Kinerja Internal\t\t25,00\t14,05",
			"Nilai Akhir Tabel 3.2a Hasil Evaluasi Reformasi Birokrasi Tahun 2024 Uraian\tNilai\t100,00 Bobot\t59,55 %",
			"Komponen Pengungkit dan Hasil\t21,78\t36,30\t60,00"},
			"perencanaan=18/30 pengukuran=18.35/30 pelaporan=9.15/15 evaluasi_internal=14.05/25 | 59.55"},
	}
	for _, tc := range tests {
		head := []string{"Rincian per komponen adalah sebagai berikut.", "", caption, ""}
		if strings.HasPrefix(tc.rows[0], "Tabel") {
			head = head[:2] // the case's own caption
		}
		d := parseDoc(t, tc.name, append(head, tc.rows...)...)
		var got []string
		for _, k := range d.SakipKomponen {
			got = append(got, fmt.Sprintf("%s=%s/%s", k.Komponen, fmtNum(k.Nilai), fmtNum(k.Bobot)))
		}
		for _, s := range d.Sakip {
			got = append(got, "| "+fmtNum(s.Nilai))
		}
		for _, r := range d.RB {
			got = append(got, fmt.Sprintf("rb %d=%s", r.Tahun, fmtNum(r.Nilai)))
		}
		if g := strings.Join(got, " "); g != tc.want {
			t.Errorf("%s:\n got %q\nwant %q", tc.name, g, tc.want)
		}
	}
}
