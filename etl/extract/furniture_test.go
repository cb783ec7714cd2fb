package extract

import "testing"

// TestPageBreakFurniture: a table broken by a photo caption, a page footer
// ("Halaman 10 dari 34"), the next page's running header and its rule goes
// on as one table, with or without a repeated header; a caption or a
// section heading between two tables still ends the first.
func TestPageBreakFurniture(t *testing.T) {
	tests := []struct {
		name   string
		in     []string
		tables int
		rows   int // rows of the first table
	}{
		{"photo, footer, running header, rule; no repeated header",
			[]string{
				"Kecamatan\tJumlah Desa\tTPS\tLaki-Laki\tPerempuan\tTotal",
				"Kodi\t27\t46\t8.819\t9.006\t17.825",
				"Kodi Utara\t16\t46\t11.503\t10.723\t22.226",
				"Dokumentasi Foto",
				"Gambar 3.5 Sosialisasi Pemilihan 2024 di Pasar Waitabula",
				"",
				"                                 Halaman 12 dari 34",
				"",
				"LAPORAN KINERJA KPU KABUPATEN SUMBA BARAT DAYA TAHUN 2024",
				"==========================================================",
				"",
				"Loura\t11\t41\t10.875\t11.068\t21.943",
				"Total Kabupaten Sumba Barat Daya\t54\t133\t31.197\t30.797\t61.994",
			}, 1, 4},
		{"page footer with its number, then the header repeated",
			[]string{
				"No\tKecamatan\tDesa/Kel\tTPS\tLaki-laki\tPerempuan\tJumlah DPT",
				"1\tBorong\t25\t93\t11.612\t12.296\t23.908",
				"",
				"LKj KPU Kab. Manggarai Timur 2020 - 21",
				"",
				"No\tKecamatan\tDesa/Kel\tTPS\tLaki-laki\tPerempuan\tJumlah DPT",
				"2\tCongkar\t19\t45\t9,803\t9,611\t19,414",
			}, 1, 2},
		{"a short heading without a page number, then a header",
			[]string{
				"No\tKecamatan\tDesa/Kel\tTPS\tLaki-laki\tPerempuan\tJumlah DPT",
				"1\tBorong\t25\t93\t11.612\t12.296\t23.908",
				"",
				"DPT Pemilihan Bupati 2020",
				"",
				"No\tKecamatan\tDesa/Kel\tTPS\tLaki-laki\tPerempuan\tJumlah DPT",
				"1\tBorong\t25\t90\t11.000\t12.000\t23.000",
			}, 2, 1},
		{"a section heading between two tables",
			[]string{
				"Kecamatan\tJumlah Desa\tTPS\tLaki-Laki\tPerempuan\tTotal",
				"Kodi\t27\t46\t8.819\t9.006\t17.825",
				"",
				"E. Daftar Pemilih Tetap Pemilihan 2024",
				"",
				"Loura\t11\t41\t10.875\t11.068\t21.943",
			}, 2, 1},
	}
	for _, tc := range tests {
		ts := tables(t, lines(tc.in...))
		if len(ts) != tc.tables {
			t.Errorf("%s: %d tables, want %d", tc.name, len(ts), tc.tables)
			continue
		}
		if len(ts[0].Rows) != tc.rows {
			t.Errorf("%s: %d rows, want %d", tc.name, len(ts[0].Rows), tc.rows)
		}
	}
}
