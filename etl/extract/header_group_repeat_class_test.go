package extract

import (
	"strings"
	"testing"
)

// TestHeaderGroupRepeat: a capaian header typed again for every group, the
// group's name in one cell, gives one header (that cell the indicator
// column's title) and a group heading row per copy, never a copy merged
// into the row above. Look-alikes keep their header and rows: copies that
// differ in another title (two years), a budget header carrying a
// program's name, an ordinary header.
func TestHeaderGroupRepeat(t *testing.T) {
	const cap = "Tabel 3.1 Capaian Kinerja 2022\n\n"
	cases := []struct {
		name, text, header, rows string
	}{
		{"sasaran in the second column",
			cap + "No\tSasaran 1: Meningkatnya mutu layanan\tTarget\tRealisasi\tCapaian\n1\tIndeks kepuasan layanan\t3,00\t3,20\t106,67\n" +
				"No\tSasaran 2: Tertibnya administrasi keuangan\tTarget\tRealisasi\tCapaian\n2\tOpini BPK\tWTP\tWTP\t100",
			"No|Indikator Kinerja|Target|Realisasi|Capaian",
			"|Sasaran 1: Meningkatnya mutu layanan||| / 1|Indeks kepuasan layanan|3,00|3,20|106,67 / " +
				"|Sasaran 2: Tertibnya administrasi keuangan||| / 2|Opini BPK|WTP|WTP|100"},
		{"program in the first column, its name in header words",
			cap + "Program Pendidikan Pemilih dan Sosialisasi\tSatuan\tTarget\tRealisasi\nPersentase sekolah yang dikunjungi\t%\t60\t64\n" +
				"Program Dukungan Manajemen dan Layanan\tSatuan\tTarget\tRealisasi\nNilai kinerja anggaran\tNilai\t80\t86,5",
			"Indikator Kinerja|Satuan|Target|Realisasi",
			"Program Pendidikan Pemilih dan Sosialisasi||| / Persentase sekolah yang dikunjungi|%|60|64 / " +
				"Program Dukungan Manajemen dan Layanan||| / Nilai kinerja anggaran|Nilai|80|86,5"},
		{"copies that differ in a year: no copies",
			cap + "No\tSasaran 1: Meningkatnya mutu layanan\tTarget 2021\tRealisasi 2021\n1\tIndeks kepuasan layanan\t3,00\t3,20\n" +
				"No\tSasaran 2: Meningkatnya mutu layanan\tTarget 2022\tRealisasi 2022\n2\tIndeks kepuasan layanan\t3,10\t3,30",
			"", ""},
		{"budget header with a program's name: not rewritten",
			"Tabel 3.3 Realisasi Anggaran 2022\n\nKode\tProgram Dukungan Manajemen KPU\tPagu\tRealisasi\tSisa\n3355\tLayanan Umum\t100\t90\t10\n" +
				"Kode\tProgram Penyelenggaraan Pemilu Serentak\tPagu\tRealisasi\tSisa\n6867\tBadan Adhoc\t200\t150\t50",
			"", ""},
	}
	for _, c := range cases {
		tbl, _ := lastTable(t, c.text)
		h := headerText(tbl)
		var rows []string
		for _, r := range tbl.Rows {
			rows = append(rows, strings.Join(r.Cells, "|"))
		}
		got := strings.Join(rows, " / ")
		if c.header == "" { // a look-alike: no header of the new kind, no group row of it
			if strings.Contains(h, "Indikator Kinerja") {
				t.Errorf("%s: header %q rewritten", c.name, h)
			}
			for _, r := range tbl.Rows {
				if nonEmpty(r.Cells) == 1 && groupHeaderCell(r.Cells) >= 0 {
					t.Errorf("%s: a group row made: %q", c.name, r.Cells)
				}
			}
			continue
		}
		if h != c.header {
			t.Errorf("%s: header %q, want %q", c.name, h, c.header)
		}
		if got != c.rows {
			t.Errorf("%s: rows\n got %q\nwant %q", c.name, got, c.rows)
		}
	}
}
