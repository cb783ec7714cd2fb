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
		{"no number column: sasaran text in the first column",
			[]string{
				"Sasaran Strategis\tIndikator Kinerja Utama\tTarget 2024\tPersentase Capaian\tRealisasi 2024",
				"Meningkatnya Kapasitas SDM\tPersentase kesesuaian Kompetensi\t\t\t",
				"yang berkompeten\tPegawai terhadap standar\t\t\t",
				"\tkompetensi penugasannya\t96%\t102,54\t98,44%",
				"Meningkatnya Akuntabilitas\tNilai Evaluasi atas Akuntabilitas\t\t\t",
				"Keuangan dan Kinerja KPU\tKinerja KPU Kabupaten\tB\t-\t-",
			},
			[][]string{
				{"Meningkatnya Kapasitas SDM yang berkompeten", "Persentase kesesuaian Kompetensi Pegawai terhadap standar kompetensi penugasannya", "96%", "102,54", "98,44%"},
				{"Meningkatnya Akuntabilitas Keuangan dan Kinerja KPU", "Nilai Evaluasi atas Akuntabilitas Kinerja KPU Kabupaten", "B", "-", "-"},
			}},
		{"numbered table with a two-line group heading: unchanged",
			[]string{
				"No\tIndikator Kinerja\tTarget\tRealisasi\tCapaian",
				"Sasar\tSasaran Strategis 2:\t\t\t",
				"Terw\tTerwujudnya Sumber Daya Manusia\t\t\t",
				"1\tIndeks Reformasi Birokrasi\t78\t89,25\t114,42%",
				"2\tNilai Akuntabilitas Kinerja\tB\tBB\tBB",
			},
			[][]string{
				{"Sasar", "Sasaran Strategis 2:"},
				{"Terw", "Terwujudnya Sumber Daya Manusia"},
				{"1", "Indeks Reformasi Birokrasi", "78", "89,25", "114,42%"},
				{"2", "Nilai Akuntabilitas Kinerja", "B", "BB", "BB"},
			}},
		{"the first row's wrapped text taken for header lines",
			[]string{
				"SASARAN STRATEGIS\tINDIKATOR\tTARGET\tREALISASI\tCAPAIAN (%)",
				"Terwujudnya Sistem Informasi\tPersentase informasi mengenai\t\t\t",
				"mengenai Partai Politik yang\tpartai politik yang mutakhir dan\t\t\t",
				"andal dan berkualitas\tdipublikasikan pada publik\t30%\t30%\t100%",
				"Terwujudnya Sumber Daya\t\t\t\t",
				"Manusia dan Lembaga KPU yang\t\t\t\t",
				"berkualitas\tIndeks Reformasi Birokrasi\t79\t89,25\t112,97%",
			},
			[][]string{
				{"Terwujudnya Sistem Informasi mengenai Partai Politik yang andal dan berkualitas", "Persentase informasi mengenai partai politik yang mutakhir dan dipublikasikan pada publik", "30%", "30%", "100%"},
				{"Terwujudnya Sumber Daya Manusia dan Lembaga KPU yang berkualitas", "Indeks Reformasi Birokrasi", "79", "89,25", "112,97%"},
			}},
		{"a group heading and its title, then one-line indicators: unchanged",
			[]string{
				"No\tIndikator Kinerja\tTarget\tRealisasi\tCapaian",
				"\tSasaran Strategis 3:\t\t\t",
				"\tMeningkatnya Akuntabilitas Keuangan dan Kinerja KPU\t\t\t",
				"1\tNilai Evaluasi atas Akuntabilitas Kinerja KPU Kabupaten\tB\tBB\tBB",
				"2\tNilai Evaluasi atas Pelaksanaan Reformasi Birokrasi\t80\t63,77\t79,71%",
			},
			[][]string{
				{"", "Sasaran Strategis 3: Meningkatnya Akuntabilitas Keuangan dan Kinerja KPU"},
				{"1", "Nilai Evaluasi atas Akuntabilitas Kinerja KPU Kabupaten", "B", "BB", "BB"},
				{"2", "Nilai Evaluasi atas Pelaksanaan Reformasi Birokrasi", "80", "63,77", "79,71%"},
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
		t.Run(tc.name, func(t *testing.T) {
			var got [][]string
			for _, r := range oneTable(t, lines(tc.in...)).Rows {
				got = append(got, r.Cells)
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("\n got %q\nwant %q", got, tc.want)
			}
		})
	}
}
