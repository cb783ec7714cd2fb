package pdftext

import "testing"

// TestHeaderAboveClass: a borderless table whose narrow column titles
// wrap one word a line, bottom-aligned, keeps each title whole ("Pemilih"
// over "L" is "Pemilih L") instead of leaving the upper words as a line of
// prose over the table. Look-alikes stay where they are: a caption right
// over the header, a page's foot over a row of figures, a word over a
// column the header leaves untitled, a sentence's last line
// (header_above.go).
func TestHeaderAboveClass(t *testing.T) {
	rows := []cell{
		{3.5, 60, "1"}, {3.5, 80, "NUBATUKAN"}, {3.5, 200, "35"}, {3.5, 240, "4.153"}, {3.5, 280, "4.096"}, {3.5, 320, "8.249"},
		{5, 60, "2"}, {5, 80, "ILE APE"}, {5, 200, "35"}, {5, 240, "4.139"}, {5, 280, "4.171"}, {5, 320, "8.310"},
		{6.5, 60, "3"}, {6.5, 80, "OMESURI"}, {6.5, 200, "57"}, {6.5, 240, "6.035"}, {6.5, 280, "6.199"}, {6.5, 320, "12.234"},
	}
	head := []cell{{2.05, 60, "No"}, {2.05, 80, "Kecamatan"}, {2.05, 200, "TPS"}, {2.05, 240, "L"}, {2.05, 280, "P"}, {2.05, 320, "Pemilih"}}
	caption := cell{0, 60, "TABEL 3.4 REKAPITULASI DPT PEMILU 2019"}
	body := []string{"1\tNUBATUKAN\t35\t4.153\t4.096\t8.249", "2\tILE APE\t35\t4.139\t4.171\t8.310", "3\tOMESURI\t57\t6.035\t6.199\t12.234"}
	with := func(extra ...cell) []cell {
		cs := append([]cell{caption}, extra...)
		cs = append(cs, head...)
		return append(cs, rows...)
	}
	tests := []struct {
		name  string
		cells []cell
		want  []string
	}{
		{"titles bottom-aligned, one word a line", with(cell{1.2, 240, "Pemilih"}, cell{1.2, 280, "Pemilih"}, cell{1.2, 320, "Jumlah"}),
			append([]string{caption.s, "No\tKecamatan\tTPS\tPemilih L\tPemilih P\tJumlah Pemilih"}, body...)},
		{"the caption alone over the header", with(),
			append([]string{caption.s, "No\tKecamatan\tTPS\tL\tP\tPemilih"}, body...)},
		{"a word over the gap between two columns", append(append([]cell{caption, {1.2, 140, "Catatan"}}, head...), rows...),
			append([]string{caption.s, "Catatan", "No\tKecamatan\tTPS\tL\tP\tPemilih"}, body...)},
		{"a word over a column the header leaves untitled",
			append(append([]cell{caption, {1.2, 200, "Jumlah"}}, append(append([]cell{}, head[:2]...), head[3:]...)...), rows...),
			append([]string{caption.s, "Jumlah", "No\tKecamatan\t\tL\tP\tPemilih"}, body...)},
		{"a sentence's end over the header", with(cell{1.2, 240, "selesai."}),
			append([]string{caption.s, "selesai.", "No\tKecamatan\tTPS\tL\tP\tPemilih"}, body...)},
		{"a page's foot over a row of figures", append([]cell{caption, {2.7, 240, "Halaman"}, {2.7, 280, "dari"}}, rows...),
			append([]string{caption.s, "", "Halaman dari"}, body...)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			wantLines(t, setCells(t, tc.cells), tc.want)
		})
	}
}
