package extract

import (
	"reflect"
	"testing"
)

// TestBottomAnchoredRows: wrapped rows whose number and values sit on
// their last line are read as such, group headings stay rows of their
// own; a table whose rows open with their values is left as it was read.
func TestBottomAnchoredRows(t *testing.T) {
	tests := []struct {
		name string
		in   []string
		want [][]string
	}{
		{"values on the last line, with group headings",
			[]string{
				"No\tIndikator Kinerja\tRealisasi\tTarget\t% Capaian",
				"Sasaran Strategis 1: Meningkatnya Kapasitas SDM",
				"\tPersentase kesesuaian Kompetensi\t\t\t",
				"\tPegawai terhadap standar\t\t\t",
				"1\tkompetensi penugasannya\t97,86%\t96%\t105,94%",
				"Sasaran Strategis 2: Terwujudnya Data Pemilih",
				"\tPersentase KPU Kabupaten dalam\t\t\t",
				"2\tmemutakhirkan Data Pemilih\t85,49%\t100%\t85,49%",
				"\tJumlah laporan keuangan\t\t\t",
				"3\tyang tepat waktu\t2\t2\t100%",
			},
			[][]string{
				{"Sasaran Strategis 1: Meningkatnya Kapasitas SDM"},
				{"1", "Persentase kesesuaian Kompetensi Pegawai terhadap standar kompetensi penugasannya", "97,86%", "96%", "105,94%"},
				{"Sasaran Strategis 2: Terwujudnya Data Pemilih"},
				{"2", "Persentase KPU Kabupaten dalam memutakhirkan Data Pemilih", "85,49%", "100%", "85,49%"},
				{"3", "Jumlah laporan keuangan yang tepat waktu", "2", "2", "100%"},
			}},
		{"values on the first line: unchanged",
			[]string{
				"No\tIndikator Kinerja\tRealisasi\tTarget\t% Capaian",
				"1\tPersentase kesesuaian Kompetensi\t97,86%\t96%\t105,94%",
				"\tpegawai terhadap standar\t\t\t",
				"2\tPersentase KPU Kabupaten dalam\t85,49%\t100%\t85,49%",
				"\tmemutakhirkan Data Pemilih\t\t\t",
			},
			[][]string{
				{"1", "Persentase kesesuaian Kompetensi pegawai terhadap standar", "97,86%", "96%", "105,94%"},
				{"2", "Persentase KPU Kabupaten dalam memutakhirkan Data Pemilih", "85,49%", "100%", "85,49%"},
			}},
	}
	for _, tc := range tests {
		ts := tables(t, lines(tc.in...))
		if len(ts) != 1 {
			t.Fatalf("%s: %d tables", tc.name, len(ts))
		}
		var got [][]string
		for _, r := range ts[0].Rows {
			got = append(got, r.Cells)
		}
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%s:\n got %q\nwant %q", tc.name, got, tc.want)
		}
	}
}
