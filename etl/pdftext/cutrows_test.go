package pdftext

import (
	"strings"
	"testing"
)

// TestJoinCutRows: the end of a single-spaced table row, or of a row of dot
// leaders, wrapped by the page's width joins its row; a cell of a table written one cell per line,
// a line that was not cut at the edge, and a paragraph's next line stay.
func TestJoinCutRows(t *testing.T) {
	// prose lines reach x 500; a line's first word is 40 pt wide
	l := func(text string, top, x1 float64) outLine {
		return outLine{text: text, top: top, size: 10, x1: x1, w0: 40}
	}
	tests := []struct {
		name string
		in   []outLine
		want string
	}{
		{"numbers", []outLine{l("4 Persentase kesesuaian Kompetensi Pegawai penugasannya", 113, 470), l("85,00% 82,35% 96,88%", 126, 150)},
			"4 Persentase kesesuaian Kompetensi Pegawai penugasannya 85,00% 82,35% 96,88%"},
		{"words then numbers", []outLine{l("5 Persentase tersedianya sarana dan prasarana Pegawai", 113, 480), l("yang berfungsi dengan baik 90,00% 94,60% 105,11%", 126, 300)},
			"5 Persentase tersedianya sarana dan prasarana Pegawai yang berfungsi dengan baik 90,00% 94,60% 105,11%"},
		{"last value", []outLine{l("CQ.6639 Teknis Penyelenggaraan Pemilu/Pemilihan 1.284.600.000 67.655.930", 113, 480), l("94,73%", 126, 80)},
			"CQ.6639 Teknis Penyelenggaraan Pemilu/Pemilihan 1.284.600.000 67.655.930 94,73%"},
		{"dot leaders", []outLine{l("WA ....... Program Dukungan Manajemen ....... 1.164.574.000 ... 1.137.682.462 ...", 113, 480), l("26.891.538 ... 97,69", 126, 150)},
			"WA ....... Program Dukungan Manajemen ....... 1.164.574.000 ... 1.137.682.462 ... 26.891.538 ... 97,69"},
		{"dot leaders after a numbered label", []outLine{l("5. Persentase tersedianya sarana dan prasarana untuk memenuhi kebutuhan kerja", 113, 490), l("... 85% ....... 82,64% ...... 97,22%", 126, 200)},
			"5. Persentase tersedianya sarana dan prasarana untuk memenuhi kebutuhan kerja ... 85% ....... 82,64% ...... 97,22%"},
		{"leaders under a line without", []outLine{l("Rincian anggaran per program disajikan sebagai berikut sampai tepi", 113, 490), l("... 85% ....... 82,64%", 126, 200)},
			"Rincian anggaran per program disajikan sebagai berikut sampai tepi|... 85% ....... 82,64%"},
		{"one cell per line", []outLine{l("3 Persentase KPU Kabupaten dalam menyelenggarakan Pemilu", 113, 480), l("100%", 126, 80)},
			"3 Persentase KPU Kabupaten dalam menyelenggarakan Pemilu|100%"},
		{"not cut at the edge", []outLine{l("2019 61,35 B", 113, 200), l("2020 63,46 B", 126, 200)},
			"2019 61,35 B|2020 63,46 B"},
		{"delimited row", []outLine{l("No;Indikator Kinerja;Satuan;Target;Realisasi;Capaian", 100, 300),
			l("5;Persentase tersedianya sarana dan prasarana untuk memenuhi kebutuhan kerja Pegawai yang", 113, 490), l("baik;%;95;93,80;98,74", 126, 150)},
			"No;Indikator Kinerja;Satuan;Target;Realisasi;Capaian|5;Persentase tersedianya sarana dan prasarana untuk memenuhi kebutuhan kerja Pegawai yang baik;%;95;93,80;98,74"},
		{"delimited row whole, the next row under it", []outLine{l("No;Indikator Kinerja;Satuan;Target;Realisasi;Capaian", 100, 300),
			l("4;Persentase KPU Kabupaten dalam memutakhirkan Data Pemilih Tepat Waktu sampai;%;100;100;100", 113, 490), l("5;Persentase;%;95;93,80;98,74", 126, 150)},
			"No;Indikator Kinerja;Satuan;Target;Realisasi;Capaian|4;Persentase KPU Kabupaten dalam memutakhirkan Data Pemilih Tepat Waktu sampai;%;100;100;100|5;Persentase;%;95;93,80;98,74"},
		{"prose", []outLine{l("Pagu DIPA sebesar Rp 2.790.640.000 terealisasi sampai tepi", 100, 500),
			l("atau 97,91% dari pagu, lebih tinggi dari tahun 2019", 113, 400)},
			"Pagu DIPA sebesar Rp 2.790.640.000 terealisasi sampai tepi|atau 97,91% dari pagu, lebih tinggi dari tahun 2019"},
	}
	// a paragraph line above each case sets the page's right edge
	edge := l("Paragraf sampai tepi kanan halaman", 87, 500)
	for _, tc := range tests {
		var got []string
		for _, o := range joinCutRows(append([]outLine{edge}, tc.in...))[1:] {
			got = append(got, o.text)
		}
		if g := strings.Join(got, "|"); g != tc.want {
			t.Errorf("%s: %q, want %q", tc.name, g, tc.want)
		}
	}
}
