package extract

import "testing"

// TestFormFeedPageBreak: a PDF's text keeps the page break as a form-feed
// line but its reader drops the footer with the page number (running
// furniture), so the repeated header after the break is proven by the form
// feed alone; without a form feed or a page number, a header after a short
// line still opens another table.
func TestFormFeedPageBreak(t *testing.T) {
	tests := []struct {
		name   string
		in     []string
		tables int
		rows   int // rows of the first table
	}{
		{"budget: running header, continued caption, header of two lines repeated",
			[]string{
				"Kode\tProgram/Kegiatan\tPagu\tRealisasi\tSisa\tPersentase",
				"\t\t(Rp)\t(Rp)\t(Rp)\t(%)",
				"076.01.WA\tProgram Dukungan Manajemen\t9.120.000.000\t8.904.118.250\t215.881.750\t97,63",
				"076.01.CQ\tProgram Penyelenggaraan Pemilu\t4.300.500.000\t4.211.002.100\t89.497.900\t97,92",
				"\f",
				"LKj KPU Kabupaten Alor 2023",
				"",
				"Lanjutan Tabel 3.6",
				"Kode\tProgram/Kegiatan\tPagu\tRealisasi\tSisa\tPersentase",
				"\t\t(Rp)\t(Rp)\t(Rp)\t(%)",
				"6639\tTeknis Penyelenggaraan Pemilu/Pemilihan\t4.300.500.000\t4.211.002.100\t89.497.900\t97,92",
			}, 1, 3},
		{"voter roll: the break straight after the rows, header of three lines repeated",
			[]string{
				"No\tKecamatan\tDesa\tTPS\tPemilih\tPemilih\tPemilih",
				"\t\t\t\tLaki-laki\tPerempuan\tJumlah",
				"1\tKALABAHI\t7\t40\t9.100\t9.450\t18.550",
				"",
				"\f",
				"Laporan Kinerja Sekretariat KPU Kabupaten Alor",
				"No\tKecamatan\tDesa\tTPS\tPemilih\tPemilih\tPemilih",
				"\t\t\t\tLaki-laki\tPerempuan\tJumlah",
				"2\tTELUK MUTIARA\t9\t36\t7.020\t7.301\t14.321",
			}, 1, 2},
		{"no form feed and no page number: a header after a heading is another table",
			[]string{
				"No\tKecamatan\tDesa\tTPS\tLaki-laki\tPerempuan\tJumlah",
				"1\tKALABAHI\t7\t40\t9.100\t9.450\t18.550",
				"",
				"DPT Pemilu 2019",
				"",
				"No\tKecamatan\tDesa\tTPS\tLaki-laki\tPerempuan\tJumlah",
				"1\tKALABAHI\t7\t38\t8.800\t9.010\t17.810",
			}, 2, 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ts := tables(t, lines(tc.in...))
			got := []int{len(ts), 0}
			if len(ts) > 0 {
				got[1] = len(ts[0].Rows)
				for _, r := range ts[0].Rows {
					if isHeaderRow(r.Cells) {
						t.Errorf("the repeated header %q is a row of the table", r.Cells)
					}
				}
			}
			if got[0] != tc.tables || got[1] != tc.rows {
				t.Errorf("tables, rows of the first: got %v, want [%d %d]", got, tc.tables, tc.rows)
			}
		})
	}
}
