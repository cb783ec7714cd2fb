package extract

import (
	"strings"
	"testing"
)

// TestJoinHalves: a landscape table cut into a left half (numbers, names)
// and a right half (numbers, values) on the next page joins into one table
// only when the row numbers pair one to one and the right half brings no
// names of its own; any doubt leaves two tables.
func TestJoinHalves(t *testing.T) {
	left := "Tabel 3.1 Capaian Kinerja (bagian kiri)\n\nNo\tIndikator Kinerja\tSatuan\n" +
		"1\tPersentase partisipasi pemilih\t%\n2\tJumlah laporan keuangan\tLaporan\n3\tOpini BPK\tOpini\n"
	right := "No\tTarget\tRealisasi\tCapaian (%)\n1\t77,50\t80,94\t104,44\n2\t4\t4\t100,00\n3\tWTP\tWTP\t100,00\n"
	const joined = "No|Indikator Kinerja|Satuan|Target|Realisasi|Capaian (%)"
	cases := []struct {
		name, text string
		tables     int    // tables left after joining
		header     string // of the first table
		row        string // its second body row
	}{
		{"right half on the next page, caption says it goes on",
			left + "\nbersambung ke halaman berikut ...\n\nTabel 3.1 Capaian Kinerja (bagian kanan, sambungan)\n\n" + right,
			1, joined, "2|Jumlah laporan keuangan|Laporan|4|4|100,00"},
		{"(lanjutan) caption",
			left + "\n\nTabel 3.1 (lanjutan)\n\n" + right, 1, joined, "2|Jumlah laporan keuangan|Laporan|4|4|100,00"},
		{"one under the other, no caption",
			left + "\n" + right, 1, joined, "2|Jumlah laporan keuangan|Laporan|4|4|100,00"},
		{"one under the other, not a line between", left + right, 1, joined, "2|Jumlah laporan keuangan|Laporan|4|4|100,00"},
		{"numbers written 1. and a group label over the left rows",
			"No\tSasaran / Indikator\n\tSasaran 1 Meningkatnya partisipasi\n1.\tPersentase partisipasi pemilih\n2.\tJumlah laporan\n\n" +
				"No\tTarget\tRealisasi\n1\t77,50\t80,94\n2\t4\t4\n",
			1, "No|Sasaran / Indikator|Target|Realisasi", "1.|Persentase partisipasi pemilih|77,50|80,94"},
		{"right half repeats the names, the same ones",
			left + "\n\nNo\tIndikator Kinerja\tTarget\tRealisasi\n1\tPersentase partisipasi pemilih\t77,50\t80,94\n2\tJumlah laporan keuangan\t4\t4\n3\tOpini BPK\tWTP\tWTP\n",
			1, "No|Indikator Kinerja|Satuan|Target|Realisasi", "2|Jumlah laporan keuangan|Laporan|4|4"},
		{"three parts",
			"No\tKecamatan\tDesa/Kel\n1\tKOTA\t10\n2\tKOT'OLIN\t8\n\tJUMLAH\t18\n\n" +
				"No\tLaki-laki\tPerempuan\n1\t100\t120\n2\t90\t95\n\t190\t215\n\n" +
				"No\tJumlah\n1\t220\n2\t185\n\t405\n",
			1, "No|Kecamatan|Desa/Kel|Laki-laki|Perempuan|Jumlah", "2|KOT'OLIN|8|90|95|185"},
		{"right half names other rows: apart",
			left + "\n\nNo\tIndikator Kinerja\tTarget\n1\tNilai SAKIP\t70\n2\tIndeks RB\t60\n3\tOpini BPK\tWTP\n",
			2, "No|Indikator Kinerja|Satuan", "2|Jumlah laporan keuangan|Laporan"},
		{"right half with a name column of its own: apart",
			left + "\n\nNo\tKecamatan\tJumlah\n1\tKOTA\t10\n2\tSOE\t12\n3\tKIE\t9\n",
			2, "No|Indikator Kinerja|Satuan", "2|Jumlah laporan keuangan|Laporan"},
		{"row numbers that do not pair: apart",
			left + "\n\nNo\tTarget\tRealisasi\n1\t77,50\t80,94\n2\t4\t4\n4\tWTP\tWTP\n",
			2, "No|Indikator Kinerja|Satuan", "2|Jumlah laporan keuangan|Laporan"},
		{"a row number twice: apart",
			"No\tIndikator\n1\tA satu\n1\tB dua\n\nNo\tTarget\n1\t10\n1\t20\n",
			2, "No|Indikator", "1|B dua"},
		{"another table's number in the caption: apart",
			left + "\n\nTabel 3.2 Capaian Kinerja Tahun Lalu\n\n" + right,
			2, "No|Indikator Kinerja|Satuan", "2|Jumlah laporan keuangan|Laporan"},
		{"the right part repeats a value column of the left: apart",
			"No\tIndikator Kinerja\tTarget\n1\tPersentase partisipasi\t77,50\n2\tJumlah laporan\t4\n\nNo\tTarget\tRealisasi\n1\t80,00\t80,94\n2\t4\t4\n",
			2, "No|Indikator Kinerja|Target", "2|Jumlah laporan|4"},
		{"year groups cut between the halves",
			"No\tIndikator Kinerja\tTahun 2020\t\n\t\tTarget\tRealisasi\n1\tPersentase partisipasi\t75,00\t76,42\n2\tJumlah laporan\t4\t4\n\n" +
				"No\tTahun 2021\t\t\n\tTarget\tRealisasi\tCapaian (%)\n1\t80,00\t82,17\t102,71\n2\t4\t4\t100,00\n",
			1, "No|Indikator Kinerja|Tahun 2020||Tahun 2021|| / ||Target|Realisasi|Target|Realisasi|Capaian (%)", "2|Jumlah laporan|4|4|4|4|100,00"},
		{"a second table of values by quarter: apart",
			"No\tIndikator Kinerja\tTarget\tRealisasi\n1\tPersentase partisipasi\t77,50\t80,94\n2\tJumlah laporan\t4\t4\n\nNo\tRealisasi TW I\tRealisasi TW II\n1\t20,00\t40,00\n2\t1\t2\n",
			2, "No|Indikator Kinerja|Target|Realisasi", "2|Jumlah laporan|4|4"},
		{"a paragraph between: apart",
			left + "\n\n" + strings.Repeat("Capaian indikator ini didukung oleh koordinasi yang baik. ", 5) + "\n\n" + right,
			2, "No|Indikator Kinerja|Satuan", "2|Jumlah laporan keuangan|Laporan"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			blocks, err := TextWith([]byte(c.text), Limits{})
			if err != nil {
				t.Fatal(err)
			}
			var tables []Block
			for _, b := range blocks {
				if b.Kind == Table {
					tables = append(tables, b)
				}
			}
			if len(tables) != c.tables {
				t.Fatalf("%d tables, want %d", len(tables), c.tables)
			}
			if got := headerText(tables[0]); got != c.header {
				t.Errorf("header %q, want %q", got, c.header)
			}
			if len(tables[0].Rows) < 2 {
				t.Fatalf("%d rows", len(tables[0].Rows))
			}
			if got := strings.TrimRight(strings.Join(tables[0].Rows[1].Cells, "|"), "|"); got != c.row {
				t.Errorf("row %q, want %q", got, c.row)
			}
		})
	}
}
