package parse

import (
	"strings"
	"testing"
)

// TestHeatMaps: the capaian as a dashboard's heat map typed again, each
// figure inside shading: the name at the right wrapped under itself, or at
// the left; shading of other block runes and grade dots; TAB-separated;
// a key under the map or none.
func TestHeatMaps(t *testing.T) {
	right := []string{
		"Tabel 3.1 Capaian Kinerja Tahun 2024", "",
		"[Gambar: peta panas capaian indikator]", "",
		"NO   SATUAN      TARGET        REALISASI       CAPAIAN       INDIKATOR KINERJA", "",
		"1    %       ░░   90,00   ░░░░   72,00   ░░░░   80,00   ░░  Persentase Pegawai yang Mengikuti",
		"                                                            Bimbingan Teknis Kepemiluan",
		"2    Indeks  ██    3,50   ████    3,85   ████  110,00   ██  Indeks Kepuasan Layanan",
		"3    Opini   ··    WTP    ····    WTP    ····  100,00   ··  Opini BPK atas Laporan",
		"                                                            Keuangan",
		"",
		"Kunci warna: ░ < 90%   ▒ 90-99%   ▓ 100-109%   █ ≥ 110%   · opini",
	}
	left := []string{
		"Tabel 3.1 Pengukuran Kinerja Tahun 2023", "",
		"INDIKATOR                           TARGET       REALISASI      CAPAIAN (%)",
		"Persentase Laporan Keuangan    ▒▒   95,00  ▒▒▒  92,15  ▒▒▒   97,00  ▒▒",
		"yang Disusun Tepat Waktu",
		"Persentase Partisipasi Pemilih ■■   77,50  ■■■  80,60  ■■■  104,00  ■■",
		"",
		"Sumber: dasbor kinerja.",
	}
	tabbed := []string{
		"Tabel 3.1 Capaian IKU Tahun 2022", "",
		"IKU\tSATUAN\tTARGET\tREALISASI\tCAPAIAN\tINDIKATOR",
		"1\t%\t▓▓\t100,00\t▓▓\t100,00\t▓▓\t100,00\t▓▓\tPersentase Pemutakhiran Data Pemilih Tepat Waktu",
		"2\t%\t▒▒\t85,00\t▒▒\t80,75\t▒▒\t95,00\t▒▒\tPersentase Arsip Inaktif Tertata",
		"",
	}
	checkDocs(t, []string{"capaian"}, []docCase{
		{name: "name at the right wrapped, key under", body: right, want: map[string][]string{"capaian": {
			"Persentase Pegawai yang Mengikuti Bimbingan Teknis Kepemiluan|90|72|80",
			"Indeks Kepuasan Layanan|3.5|3.85|110",
			"Opini BPK atas Laporan Keuangan|<nil>|<nil>|100",
		}}},
		{name: "name at the left, no key", body: left, want: map[string][]string{"capaian": {
			"Persentase Laporan Keuangan yang Disusun Tepat Waktu|95|92.15|97",
			"Persentase Partisipasi Pemilih|77.5|80.6|104",
		}}},
		{name: "TAB-separated", body: tabbed, want: map[string][]string{"capaian": {
			"Persentase Pemutakhiran Data Pemilih Tepat Waktu|100|100|100",
			"Persentase Arsip Inaktif Tertata|85|80.75|95",
		}}},
	})
}

// TestHeatMapsUnread: a colour key alone is no map; a map whose capaian
// is not its realisasi over its target (the columns are not what the
// header says) is left as written, reported.
func TestHeatMapsUnread(t *testing.T) {
	key := []string{"Tabel 3.1 Capaian Kinerja", "", "Kunci warna: ░ < 90 %   ▒ 90-99 %   ▓ 100-109 %   █ ≥ 110 %", ""}
	if d := parseDoc(t, "key", key...); len(d.Capaian) != 0 {
		t.Errorf("rows read from a key: %v", factRows["capaian"](d))
	}
	swapped := []string{
		"Tabel 3.1 Capaian Kinerja Tahun 2024", "",
		"NO   SATUAN   REALISASI     TARGET        CAPAIAN      INDIKATOR",
		"1    %     ▓▓  60,00  ▓▓▓▓  75,00  ▓▓▓▓  120,00  ▓▓  Persentase Sosialisasi Tepat Sasaran",
		"2    %     ▓▓  50,00  ▓▓▓▓  40,00  ▓▓▓▓  125,00  ▓▓  Persentase Relawan Demokrasi Aktif",
		"",
	}
	d := parseDoc(t, "swapped", swapped...)
	for _, c := range factRows["capaian"](d) {
		if strings.Contains(c, "Sosialisasi") || strings.Contains(c, "Relawan") {
			t.Errorf("row read from a map that does not prove: %v", c)
		}
	}
	found := false
	for _, f := range d.Findings {
		found = found || strings.Contains(f.Pesan, "peta panas")
	}
	if !found {
		t.Errorf("no finding on the map: %v", d.Findings)
	}
}
