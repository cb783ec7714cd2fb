package parse

import (
	"fmt"
	"strings"
	"testing"
)

// slopeLines types one slope chart line (left value, dot, a line ending in
// arrow, dot, right value, label) and the label's rest under it.
func slopeLines(left, arrow, right, label string, under ...string) []string {
	first := fmt.Sprintf("%10s ●%s%s● %-8s ", left, strings.Repeat("─", 24), arrow, right)
	pad := strings.Repeat(" ", len([]rune(first)))
	out := []string{first + label}
	for _, u := range under {
		out = append(out, pad+u)
	}
	return append(out, "")
}

// TestSlopeChartClass: a dashboard's slope chart typed again, one
// indicator a line, the axis heads naming the sides' roles.
func TestSlopeChartClass(t *testing.T) {
	head := []string{"Tabel 3.1 Pengukuran Kinerja Tahun 2024", "", "[Gambar: grafik lereng target dan realisasi]", ""}
	chart := func(heads string, rows ...[]string) []string {
		out := append(append([]string{}, head...), heads, "")
		for _, r := range rows {
			out = append(out, r...)
		}
		return append(out, "Sumber: Subbagian Program dan Data.")
	}
	// target left, arrows, IKU codes, capaian under the name
	plain := chart("    TARGET                                   REALISASI",
		slopeLines("80,00", "↗", "84,00", "IKU 1 (%) Persentase Partisipasi Pemilih", "dalam Pemilihan Serentak", "[capaian 105,00%]"),
		slopeLines("5,00", "↘", "1,00", "IKU 2 (%) Persentase Pelanggaran Kode Etik", "[capaian 180,00%]"),
		slopeLines("BB", "→", "B", "IKU 3 (Predikat) Nilai SAKIP Satker", "[capaian -]"),
	)
	// realisasi drawn left (the heads say so), numbered names, no capaian
	mirrored := chart("  Realisasi 2024                   Target 2024",
		slopeLines("92,50", "↘", "90,00", "1. (%) Persentase Arsip yang Dikelola Sesuai Standar"),
		slopeLines("70,00", "↗", "75,00", "2. (%) Persentase Pegawai yang", "Mengikuti Pelatihan Teknis"),
	)
	// no arrow heads, a unit as "(satuan: …)", capaian after a colon
	bare := chart("    TARGET                                   REALISASI",
		slopeLines("100,00", "", "100,00", "SS-1 (satuan: %) Persentase Laporan Keuangan Tepat Waktu", "(capaian: 100,00%)"),
		slopeLines("WTP", "", "WTP", "SS-2 (Opini) Opini BPK atas Laporan Keuangan", "(capaian: 100,00%)"),
	)
	checkDocs(t, []string{"capaian"}, []docCase{
		{name: "target left, arrows, IKU codes", body: plain, want: map[string][]string{"capaian": {
			"Persentase Partisipasi Pemilih dalam Pemilihan Serentak|80|84|105",
			"Persentase Pelanggaran Kode Etik|5|1|180",
			"Nilai SAKIP Satker|<nil>|<nil>|<nil>",
		}}},
		{name: "realisasi left by the heads", body: mirrored, want: map[string][]string{"capaian": {
			"Persentase Arsip yang Dikelola Sesuai Standar|90|92.5|<nil>",
			"Persentase Pegawai yang Mengikuti Pelatihan Teknis|75|70|<nil>",
		}}},
		{name: "no arrows, satuan and capaian after a colon", body: bare, want: map[string][]string{"capaian": {
			"Persentase Laporan Keuangan Tepat Waktu|100|100|100",
			"Opini BPK atas Laporan Keuangan|<nil>|<nil>|100",
		}}},
	})
}

// TestSlopeChartNone: a slope chart of other series (no target and
// realisasi heads) and a line whose arrow contradicts its figures give no
// rows.
func TestSlopeChartNone(t *testing.T) {
	series := []string{"Gambar 2.1 Partisipasi Pemilih Pemilu 2019 dan 2024", "",
		"    PEMILU 2019                              PEMILU 2024", ""}
	series = append(series, slopeLines("78,20", "↗", "81,40", "Kecamatan Alok", "[naik 3,20 poin]")...)
	series = append(series, slopeLines("80,10", "↘", "79,00", "Kecamatan Kangae")...)
	wrong := []string{"Tabel 3.1 Pengukuran Kinerja Tahun 2024", "", "    TARGET                                   REALISASI", ""}
	wrong = append(wrong, slopeLines("80,00", "↘", "84,00", "IKU 1 (%) Persentase Partisipasi Pemilih", "[capaian 105,00%]")...)
	wrong = append(wrong, slopeLines("90,00", "↗", "95,00", "IKU 2 (%) Persentase Arsip Tertata", "[capaian 120,00%]")...)
	for name, body := range map[string][]string{"other series": series, "arrow and capaian disagree": wrong} {
		t.Run(name, func(t *testing.T) {
			if d := parseDoc(t, name, body...); len(d.Capaian) != 0 {
				t.Errorf("rows read: %v", factRows["capaian"](d))
			}
		})
	}
}

// boardBand frames each board's lines in width runes with mark and sets
// the boards abreast, padded to one height.
func boardBand(mark string, width int, boards ...[]string) []string {
	h := 0
	for _, b := range boards {
		h = max(h, len(b))
	}
	edge := strings.Repeat(mark, width)
	var out []string
	line := func(cells []string) {
		out = append(out, strings.Join(cells, "   "))
	}
	tops := make([]string, len(boards))
	for i := range tops {
		tops[i] = edge
	}
	line(tops)
	for r := 0; r < h; r++ {
		cells := make([]string, len(boards))
		for i, b := range boards {
			c := ""
			if r < len(b) {
				c = b[r]
			}
			cells[i] = mark + " " + c + strings.Repeat(" ", width-3-len([]rune(c))) + mark
		}
		line(cells)
	}
	line(tops)
	return append(out, "")
}

// TestScoreBoardClass: a lobby screen's scoreboards printed, boards
// abreast in frames, target and realisasi side by side over their figures.
func TestScoreBoardClass(t *testing.T) {
	head := []string{"Tabel 3.1 Capaian Kinerja Tahun 2024", "", "[Cetak layar: Papan Skor Kinerja]", ""}
	two := append(append([]string{}, head...), boardBand("#", 44,
		[]string{"IKU 1  (%)", "Persentase Partisipasi Pemilih", "dalam Pemilihan", "     TARGET          REALISASI", "      77,50            80,60", "", "SKOR CAPAIAN 104,00 %"},
		[]string{"IKU 2  (%)", "Persentase Pelanggaran Kode Etik", "     TARGET          REALISASI", "      10,00             2,00", "", "SKOR CAPAIAN 180,00 %"},
	)...)
	two = append(two, boardBand("#", 44,
		[]string{"IKU 3  (Predikat)", "Nilai Evaluasi SAKIP", "     TARGET          REALISASI", "        BB                B", "", "SKOR CAPAIAN -"},
	)...)
	// three abreast in '*', realisasi named first, "Capaian: n%"
	three := append(append([]string{}, head...), boardBand("*", 36,
		[]string{"SS-1 (%)", "Persentase Arsip Tertata", "REALISASI    TARGET", "  95,00      100,00", "Capaian: 95,00%"},
		[]string{"SS-2 (Dokumen)", "Jumlah Laporan Kinerja", "REALISASI    TARGET", "    4           4", "Capaian: 100,00%"},
		[]string{"SS-3 (Opini)", "Opini BPK atas Laporan", "Keuangan", "REALISASI    TARGET", "   WTP         WTP", "Capaian: 100,00%"},
	)...)
	checkDocs(t, []string{"capaian"}, []docCase{
		{name: "two abreast in #, a lone board below", body: two, want: map[string][]string{"capaian": {
			"Persentase Partisipasi Pemilih dalam Pemilihan|77.5|80.6|104",
			"Persentase Pelanggaran Kode Etik|10|2|180",
			"Nilai Evaluasi SAKIP|<nil>|<nil>|<nil>",
		}}},
		{name: "three abreast in *, realisasi first", body: three, want: map[string][]string{"capaian": {
			"Persentase Arsip Tertata|100|95|95",
			"Jumlah Laporan Kinerja|4|4|100",
			"Opini BPK atas Laporan Keuangan|<nil>|<nil>|100",
		}}},
	})
}

// TestScoreBoardNone: boards without target and realisasi (a notice
// screen) and boards whose score contradicts their figures give no rows.
func TestScoreBoardNone(t *testing.T) {
	notice := append([]string{"Gambar 1.2 Layar Informasi", ""}, boardBand("#", 40,
		[]string{"JADWAL PELAYANAN", "Senin - Jumat", "08.00 - 16.00", "", "ANTREAN 12"},
		[]string{"PENGUMUMAN", "Rekrutmen PPK 2024", "dibuka 10 - 20 Mei", "", "LOKET 3"},
	)...)
	wrong := append([]string{"Tabel 3.1 Capaian Kinerja Tahun 2024", ""}, boardBand("#", 44,
		[]string{"IKU 1  (%)", "Persentase Partisipasi Pemilih", "     TARGET          REALISASI", "      77,50            80,60", "SKOR CAPAIAN 110,00 %"},
		[]string{"IKU 2  (%)", "Persentase Arsip Tertata", "     TARGET          REALISASI", "      90,00            99,00", "SKOR CAPAIAN 101,00 %"},
	)...)
	for name, body := range map[string][]string{"notice boards": notice, "scores disagree": wrong} {
		t.Run(name, func(t *testing.T) {
			if d := parseDoc(t, name, body...); len(d.Capaian) != 0 {
				t.Errorf("rows read: %v", factRows["capaian"](d))
			}
		})
	}
}
