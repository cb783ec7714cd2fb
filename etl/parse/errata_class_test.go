package parse

import (
	"strings"
	"testing"
)

// TestErrata: a correction the report prints of its own figures replaces
// the printed figure of the row it names, when that row holds the figure
// said to be wrong; a row holding another figure loads that measure NULL;
// an erratum naming no row, or one whose roles do not pair, is reported.
func TestErrata(t *testing.T) {
	table := "Tabel 3.1 Capaian Kinerja Tahun 2021\n\n" +
		"No\tIndikator Kinerja\tTarget\tRealisasi\tCapaian (%)\n" +
		"1\tPersentase Partisipasi Pemilih Perempuan\t75,00\t81,00\t108,00\n" +
		"2\tPersentase Laporan Keuangan Tepat Waktu\t100,00\t90,00\t90,00\n" +
		"3\tPersentase Partisipasi Pemilih\t77,50\t80,00\t103,23\n\n"
	for _, tc := range []struct {
		name, errata string
		want         []string // realisasi_teks|capaian_teks of rows 1, 2 and 3
		rule         string   // a finding's level expected on dokumen.errata; "" none
	}{
		{"applied", "ERRATA\n\nPada Tabel 3.1 baris 1 (Persentase Partisipasi Pemilih Perempuan) tertulis realisasi 81,00% dan\ncapaian 108,00%. Seharusnya realisasi 78,00% dan capaian 104,00%.\n",
			[]string{"78,00|104,00", "90,00|90,00", "80,00|103,23"}, "info"},
		{"other wording, one role", "Ralat: pada indikator Persentase Laporan Keuangan Tepat Waktu tercetak realisasi 90,00, seharusnya realisasi 95,00.\n",
			[]string{"81,00|108,00", "95,00|90,00", "80,00|103,23"}, "info"},
		{"row holds another figure", "ERRATA\n\nPada indikator Persentase Partisipasi Pemilih Perempuan tertulis realisasi 80,00%. Seharusnya realisasi 78,00%.\n",
			[]string{"|108,00", "90,00|90,00", "80,00|103,23"}, "warning"},
		{"no such indicator", "ERRATA\n\nPada indikator Persentase Sengketa yang Dimenangkan tertulis realisasi 80,00%. Seharusnya realisasi 78,00%.\n",
			[]string{"81,00|108,00", "90,00|90,00", "80,00|103,23"}, "warning"},
		{"no printed figure: prose", "Sebagaimana tertulis dalam Renstra, capaian seharusnya dijaga di atas target.\n",
			[]string{"81,00|108,00", "90,00|90,00", "80,00|103,23"}, ""},
		{"roles do not pair", "ERRATA\n\nPada indikator Persentase Partisipasi Pemilih Perempuan tertulis realisasi 81,00%. Seharusnya capaian 104,00%.\n",
			[]string{"81,00|108,00", "90,00|90,00", "80,00|103,23"}, "warning"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := parseDoc(t, "errata", "LAPORAN KINERJA KPU KABUPATEN SIKKA TAHUN 2021\n\n"+table+tc.errata)
			if len(d.Capaian) < 3 {
				t.Fatalf("capaian rows: %s", factRows["capaian"](d))
			}
			var got []string
			for _, c := range d.Capaian[:3] {
				got = append(got, c.RealisasiTeks+"|"+c.CapaianTeks)
			}
			if strings.Join(got, " ") != strings.Join(tc.want, " ") {
				t.Errorf("rows = %v, want %v", got, tc.want)
			}
			seen := false
			for _, f := range d.Findings {
				seen = seen || f.Aturan == "dokumen.errata" && (f.Tingkat == tc.rule || tc.rule == "")
			}
			if seen != (tc.rule != "") {
				t.Errorf("dokumen.errata finding %v, want %q: %+v", seen, tc.rule, d.Findings)
			}
		})
	}
}
