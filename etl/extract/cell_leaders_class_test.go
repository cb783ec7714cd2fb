package extract

import (
	"strings"
	"testing"
)

// TestTrimCellLeaders: a leader at a name cell's end or start is stripped;
// a cut mark (three dots or one "…" right after a word), a figure, a
// cell of marks only and a dash of an amount keep every byte.
func TestTrimCellLeaders(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"WAIGETE .............", "WAIGETE"},
		{"Program Dukungan Manajemen ____", "Program Dukungan Manajemen"},
		{"Pelaporan Kinerja . . . . . .  ", "Pelaporan Kinerja"},
		{"Nilai Akhir ……", "Nilai Akhir"},
		{"Jumlah ·······", "Jumlah"},
		{"Kegiatan Sosialisasi ------", "Kegiatan Sosialisasi"},
		{"........ JUMLAH", "JUMLAH"},
		{"Persentase dokumen anggaran.........", "Persentase dokumen anggaran"},
		// kept as written
		{"Persentase penyelesaian laporan ...", "Persentase penyelesaian laporan ..."},
		{"Persentase penyelesaian laporan…", "Persentase penyelesaian laporan…"},
		{"Persentase penyelesaian laporan …", "Persentase penyelesaian laporan …"},
		{"Kab....", "Kab...."},
		{"1.250.000", "1.250.000"},
		{"Rp 1.000,-", "Rp 1.000,-"},
		{"-", "-"},
		{"..........", ".........."},
		{"12 ........", "12 ........"},
		{"Pemilu 2019 - 2024", "Pemilu 2019 - 2024"},
	} {
		cells := []string{tc.in}
		trimCellLeaders(cells)
		if cells[0] != tc.want {
			t.Errorf("%q: got %q, want %q", tc.in, cells[0], tc.want)
		}
	}
}

// TestSplitCellLeaders: a leader between a name and one figure inside a
// TAB cell parts two cells; a leader before words or several figures, or
// a cut mark before a figure, parts nothing.
func TestSplitCellLeaders(t *testing.T) {
	for _, tc := range []struct {
		in   []string
		want string
	}{
		{[]string{"1", "DOREANG ........ 14", "77"}, "1|DOREANG|14|77"},
		{[]string{"", "Jumlah ____ 1.250.000", "98,5%"}, "|Jumlah|1.250.000|98,5%"},
		{[]string{"2", "BOLA . . . . . . 9", "30"}, "2|BOLA|9|30"},
		// kept as written
		{[]string{"1", "DOREANG ........ 14 77"}, "1|DOREANG ........ 14 77"},
		{[]string{"1", "Target ........ 100 %"}, "1|Target ........ 100 %"},
		{[]string{"1", "Persentase laporan ... 90"}, "1|Persentase laporan ... 90"},
		{[]string{"1", "Catatan ........ lihat lampiran"}, "1|Catatan ........ lihat lampiran"},
	} {
		got := splitCellLeaders(strings.Join(tc.in, "\t"), tc.in)
		if g := strings.Join(got, "|"); g != tc.want {
			t.Errorf("%q: got %q, want %q", tc.in, g, tc.want)
		}
	}
}
