package extract

import "testing"

// TestFlattened: a table written one cell per line is rebuilt when its own
// arithmetic proves the rows, and left unproven otherwise.
func TestFlattened(t *testing.T) {
	tests := []struct {
		name     string
		lines    []string
		rows     int  // data rows of the rebuilt table
		unproven bool // a flat table that could not be proven
	}{
		{"dpt: L + P = L+P", []string{"Tabel 3.3 DPT", "No", "Kecamatan", "TPS", "L", "P", "L+P",
			"1", "Loli", "64", "12.608", "12.607", "25.215", "2", "Lamboya", "55", "11.660", "11.388", "23.048",
			"Jumlah", "119", "24.268", "23.995", "48.263"}, 3, false},
		{"budget: percent = realisasi / pagu", []string{"Tabel 3.5 Realisasi Anggaran", "Kode", "Uraian", "Pagu", "Realisasi", "%",
			"WA", "Program Dukungan Manajemen", "2.188.470.000", "2.140.322.310", "97,80",
			"WA.3355", "Pengelolaan Keuangan dan BMN", "1.486.320.000", "1.452.118.410", "97,70",
			"JUMLAH TOTAL", "2.188.470.000", "2.140.322.310", "97,80"}, 3, false},
		{"components: the total is the sum; the first label looks like a header", []string{"Komponen", "Bobot", "Nilai",
			"Perencanaan Kinerja", "30", "19,10", "Pengukuran Kinerja", "30", "19,65", "Pelaporan Kinerja", "15", "10,45",
			"Evaluasi Akuntabilitas Kinerja Internal", "25", "16,90", "Jumlah", "100", "66,10"}, 5, false},
		{"nothing proves the rows", []string{"Tabel 3.3 DPT", "No", "Kecamatan", "TPS", "L", "P", "L+P",
			"1", "Loli", "64", "12.608", "12.607", "25.000", "2", "Lamboya", "55", "11.660", "11.388", "23.000"}, 0, true},
	}
	for _, tc := range tests {
		ts := tables(t, lines(tc.lines...))
		if len(ts) == 0 {
			t.Errorf("%s: no table", tc.name)
			continue
		}
		tbl := ts[len(ts)-1]
		if tbl.Unproven != tc.unproven || !tbl.Flat {
			t.Errorf("%s: flat %v unproven %v, want unproven %v", tc.name, tbl.Flat, tbl.Unproven, tc.unproven)
		}
		if !tc.unproven && (len(tbl.Rows) != tc.rows || len(tbl.Header) != 1) {
			t.Errorf("%s: %d header rows, %d rows %v, want 1 and %d", tc.name, len(tbl.Header), len(tbl.Rows), tbl.Rows, tc.rows)
		}
	}
}

// TestValuesOnLastLine: a numbered row whose text wraps and whose values
// sit on its last line is one row; a group heading is not merged.
func TestValuesOnLastLine(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		rows  int
	}{
		{"values on the last line", []string{"No\tIndikator Kinerja\tTarget\tRealisasi",
			"1\tPersentase partisipasi pemilih dalam\t\t", "\tPemilu\t77,5%\t79,12%",
			"2\tPersentase Sengketa Hukum yang\t\t", "\tdimenangkan KPU\t100%\t100%"}, 2},
		{"values on the middle line", []string{"No\tIndikator Kinerja\tTarget\tRealisasi",
			"1\tPersentase partisipasi\t\t", "\tpemilih dalam\t77,5%\t79,12%", "\tPemilu\t\t"}, 1},
		{"a code in the wrapped text", []string{"No\tProgram/Kegiatan\tPagu\tRealisasi",
			"1.\t076.01.WA Program Dukungan Manajemen dan\t\t", "\tPelaksanaan Tugas Teknis Lainnya\tRp. 3.601.216.000\tRp. 3.576.315.230",
			"\t3355 Pengelolaan Keuangan\tRp. 2.480.916.000\tRp. 2.468.465.620"}, 2},
		{"group heading stays apart", []string{"No\tIndikator Kinerja\tTarget\tRealisasi",
			"1\tSasaran Strategis 1\t\t", "\tPersentase partisipasi pemilih\t77,5%\t79,12%"}, 2},
	}
	for _, tc := range tests {
		blocks := textBlocks(t, lines(tc.lines...))
		if len(blocks) != 1 || len(blocks[0].Rows) != tc.rows {
			t.Errorf("%s: %d blocks, rows %v; want %d rows", tc.name, len(blocks), blocks[0].Rows, tc.rows)
		}
	}
}

// TestSpaceSeparated: a table whose cells a converter separated by spaces
// is rebuilt when its rows end in the header's value columns and their
// arithmetic holds; an unproven one is marked Unproven (reported, never loaded).
func TestSpaceSeparated(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		rows  int // 0 = no table
	}{
		{"budget", []string{"Kode Uraian Pagu Realisasi Sisa %",
			"WA Program Dukungan Manajemen 3.237.070.000 3.154.760.320 82.309.680 97,46",
			"3355 Pengelolaan Keuangan dan BMN 2.201.650.000 2.154.017.880 47.632.120 97,84",
			"Jumlah 3.237.070.000 3.154.760.320 82.309.680 97,46"}, 3},
		{"components", []string{"No Komponen Bobot Nilai", "1 Perencanaan Kinerja 30 21,25", "2 Pengukuran Kinerja 30 18,90",
			"3 Pelaporan Kinerja 15 10,60", "4 Evaluasi Akuntabilitas Kinerja Internal 25 15,65", "Jumlah 100 66,40"}, 5},
		{"arithmetic fails", []string{"Kode Uraian Pagu Realisasi Sisa %",
			"WA Program Dukungan Manajemen 3.237.070.000 3.154.760.320 12.309.680 91,46",
			"3355 Pengelolaan Keuangan dan BMN 2.201.650.000 2.154.017.880 7.632.120 90,84"}, 0},
	}
	for _, tc := range tests {
		blocks := textBlocks(t, lines(tc.lines...))
		rows, unproven := 0, false
		for _, b := range blocks {
			switch {
			case b.Kind == Table && b.Unproven:
				unproven = true
			case b.Kind == Table:
				rows = len(b.Rows)
			}
		}
		if rows != tc.rows {
			t.Errorf("%s: %d rows, want %d", tc.name, rows, tc.rows)
		}
		if tc.rows == 0 && !unproven {
			t.Errorf("%s: an unproven table must be marked Unproven so it is reported", tc.name)
		}
	}
}

// TestGroupHeadingLine: a "Sasaran Strategis n:" heading written as a line
// of text across a table keeps the table whole.
func TestGroupHeadingLine(t *testing.T) {
	blocks := textBlocks(t, lines("No\tIndikator Kinerja\tTarget\tRealisasi",
		"Sasaran Strategis 1: Meningkatnya kualitas penyelenggaraan Pemilu",
		"1\tPersentase Partisipasi Pemilih dalam Pemilu\t77,5%\t84,06%",
		"Sasaran Strategis 2: Meningkatnya akuntabilitas",
		"2\tOpini BPK atas Laporan Keuangan\tWTP\tWTP"))
	if len(blocks) != 1 || len(blocks[0].Rows) != 4 {
		t.Fatalf("want one table of 4 rows, got %d blocks: %+v", len(blocks), blocks)
	}
}
