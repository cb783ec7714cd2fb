package parse

import (
	"strings"
	"testing"
)

// TestDPTAccordionClass: a DPT recap web page printed with its accordion
// sections open (dpt_accordion.go). Each kecamatan section whose L + P is
// its total is that kecamatan's row, named by its title without the mark;
// the kabupaten's section (a summary line or label : value lines) is the
// kabupaten row only when every section was read and their sums equal it.
// Look-alikes: an FAQ accordion whose answers hold numbers, a budget's
// accordion, sections titled by no area.
func TestDPTAccordionClass(t *testing.T) {
	head := func(kab, year string) []string {
		return []string{"LAPORAN KINERJA KPU KABUPATEN " + strings.ToUpper(kab) + " TAHUN " + year, "",
			"Sekretaris KPU Kabupaten " + kab, ""}
	}
	cat := func(parts ...[]string) []string {
		var out []string
		for _, p := range parts {
			out = append(out, p...)
		}
		return out
	}
	cases := []struct {
		name  string
		body  []string
		want  []string
		rules []string // findings the page must raise
	}{{
		name: "sections headed Kecamatan X, values with units, the kabupaten last as label : value lines",
		body: cat(head("Ende", "2024"), []string{
			"Rekapitulasi DPT Pemilu 2024 per kecamatan, disalin dari laman resmi KPU Kabupaten Ende.", "",
			"05/02/2025 10.41    DPT Pemilu 2024 - KPU Kabupaten Ende", "",
			"DAFTAR PEMILIH TETAP PEMILU 2024", "",
			"▼ Kecamatan Nangapanda",
			"    Jumlah Desa     : 29 desa",
			"    Jumlah TPS      : 61 TPS",
			"    Pemilih Laki-laki : 9.120 orang",
			"    Pemilih Perempuan : 9.655 orang",
			"    Total Pemilih   : 18.775 orang", "",
			"▼ Kecamatan Maukaro",
			"    Jumlah Desa     : 10 desa",
			"    Jumlah TPS      : 20 TPS",
			"    Pemilih Laki-laki : 2.811 orang",
			"    Pemilih Perempuan : 3.002 orang",
			"    Total Pemilih   : 5.813 orang", "",
			"▼ Kecamatan Ende Selatan",
			"    Jumlah Desa     : 7 desa",
			"    Jumlah TPS      : 44 TPS",
			"    Pemilih Laki-laki : 8.030 orang",
			"    Pemilih Perempuan : 8.410 orang",
			"    Total Pemilih   : 16.440 orang", "",
			"▼ KABUPATEN ENDE",
			"    Jumlah Desa     : 46",
			"    Jumlah TPS      : 125",
			"    Pemilih Laki-laki : 19.961",
			"    Pemilih Perempuan : 21.067",
			"    Total Pemilih   : 41.028", "",
			"https://kab-ende.kpu.go.id/dpt-2024                                  1/1"}),
		want: []string{"pemilu|2024|kecamatan|NANGAPANDA|29|61|9120|9655|18775", "pemilu|2024|kecamatan|MAUKARO|10|20|2811|3002|5813",
			"pemilu|2024|kecamatan|ENDE SELATAN|7|44|8030|8410|16440", "pemilu|2024|kabupaten|Kabupaten Ende|46|125|19961|21067|41028"},
	}, {
		name: "bracketed toggles, TAB fields, the summary first with bullets, the sections nested",
		body: cat(head("Belu", "2019"), []string{
			"Rekap DPT Pemilu 2019 KPU Kabupaten Belu", "",
			"[ Expand all ]  [ Collapse all ]", "",
			"[-] Kabupaten Belu",
			"      laki-laki 8.590 • perempuan 8.980 • jumlah pemilih 17.570 • 58 TPS", "",
			"      [-] TASIFETO TIMUR",
			"            TPS\t30",
			"            L\t4.410",
			"            P\t4.580",
			"            L+P\t8.990", "",
			"      [-] RAIHAT",
			"            TPS\t28",
			"            L\t4.180",
			"            P\t4.400",
			"            L+P\t8.580", ""}),
		want: []string{"pemilu|2019|kecamatan|TASIFETO TIMUR|<nil>|30|4410|4580|8990", "pemilu|2019|kecamatan|RAIHAT|<nil>|28|4180|4400|8580",
			"pemilu|2019|kabupaten|Kabupaten Belu|<nil>|58|8590|8980|17570"},
	}, {
		name: "a collapsed section: its kecamatan gives no row and the kabupaten is not proven",
		body: cat(head("Lembata", "2024"), []string{
			"REKAP DPT PEMILU 2024 - KPU KABUPATEN LEMBATA", "",
			"▾ KABUPATEN LEMBATA",
			"    30 desa/kelurahan · 90 TPS · laki-laki 12.000 · perempuan 12.500 · jumlah pemilih 24.500", "",
			"    ▾ NUBATUKAN",
			"        Desa/Kelurahan  : 12",
			"        TPS             : 40",
			"        Laki-laki       : 5.500",
			"        Perempuan       : 5.700",
			"        Jumlah Pemilih  : 11.200", "",
			"    ▾ ILE APE",
			"        Desa/Kelurahan  : 9",
			"        TPS             : 25",
			"        Laki-laki       : 3.300",
			"        Perempuan       : 3.450",
			"        Jumlah Pemilih  : 6.750", "",
			"    ▸ OMESURI", ""}),
		want:  []string{"pemilu|2024|kecamatan|NUBATUKAN|12|40|5500|5700|11200", "pemilu|2024|kecamatan|ILE APE|9|25|3300|3450|6750"},
		rules: []string{"dpt.total_tidak_pasti"},
	}, {
		name: "a section whose L + P is not its total is dropped, and with it the kabupaten",
		body: cat(head("Ngada", "2024"), []string{
			"Rekap DPT Pemilu 2024 - KPU Kabupaten Ngada", "",
			"▾ KABUPATEN NGADA",
			"    laki-laki 7.000 · perempuan 7.300 · jumlah pemilih 14.300", "",
			"    ▾ GOLEWA",
			"        Laki-laki       : 3.000",
			"        Perempuan       : 3.100",
			"        Jumlah Pemilih  : 6.100", "",
			"    ▾ BAJAWA",
			"        Laki-laki       : 2.000",
			"        Perempuan       : 2.100",
			"        Jumlah Pemilih  : 4.100", "",
			"    ▾ AIMERE",
			"        Laki-laki       : 2.000",
			"        Perempuan       : 2.100",
			"        Jumlah Pemilih  : 4.200", ""}),
		want:  []string{"pemilu|2024|kecamatan|GOLEWA|<nil>|<nil>|3000|3100|6100", "pemilu|2024|kecamatan|BAJAWA|<nil>|<nil>|2000|2100|4100"},
		rules: []string{"dpt.lp_tidak_sama_total", "dpt.total_tidak_pasti"},
	}, {
		name: "a summary that is not the sections' sum loads no kabupaten row",
		body: cat(head("Alor", "2019"), []string{
			"REKAP DPT PEMILU 2019 - KPU KABUPATEN ALOR", "",
			"▾ KABUPATEN ALOR",
			"    laki-laki 6.000 · perempuan 6.300 · jumlah pemilih 12.300", "",
			"    ▾ KABOLA",
			"        Laki-laki       : 3.000",
			"        Perempuan       : 3.100",
			"        Jumlah Pemilih  : 6.100", "",
			"    ▾ ALOR BARAT DAYA",
			"        Laki-laki       : 2.900",
			"        Perempuan       : 3.100",
			"        Jumlah Pemilih  : 6.000", ""}),
		want:  []string{"pemilu|2019|kecamatan|KABOLA|<nil>|<nil>|3000|3100|6100", "pemilu|2019|kecamatan|ALOR BARAT DAYA|<nil>|<nil>|2900|3100|6000"},
		rules: []string{"dpt.total_tidak_pasti"},
	}, {
		name: "look-alike: an FAQ accordion whose answers hold numbers",
		body: cat(head("Sikka", "2024"), []string{
			"Pertanyaan yang sering diajukan tentang DPT Pemilu 2024", "",
			"▾ Berapa jumlah pemilih di Kabupaten Sikka?",
			"    Jumlah pemilih tercatat 240.120 orang, terdiri atas laki-laki 116.000 dan perempuan 124.120 orang.", "",
			"▾ Berapa TPS di Kecamatan Alok?",
			"    Ada 96 TPS di 11 desa/kelurahan.", "",
			"▸ Bagaimana cara mengecek nama di DPT?", ""}),
	}, {
		name: "look-alike: sections titled by questions, their answers as fields",
		body: cat(head("Sikka", "2024"), []string{
			"Pertanyaan tentang DPT Pemilu 2024", "",
			"▾ Apakah data ini final?",
			"    Status  : final",
			"    Laki-laki : 100",
			"    Jumlah Pemilih : 300", "",
			"▾ Kapan data ditetapkan?",
			"    Tanggal : 20 Juni 2023",
			"    Laki-laki : 120",
			"    Jumlah Pemilih : 400", ""}),
	}, {
		name: "look-alike: a budget's accordion",
		body: cat(head("Sikka", "2024"), []string{
			"Realisasi anggaran per program tahun 2024", "",
			"▾ Program Dukungan Manajemen",
			"    Pagu       : 5.000.000",
			"    Realisasi  : 4.900.000", "",
			"▾ Program Penyelenggaraan Pemilu",
			"    Pagu       : 3.000.000",
			"    Realisasi  : 2.940.000", ""}),
	}}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			d := parseDoc2(t, tc.name, tc.body)
			wantRows(t, "dpt", factRows["dpt"](d), tc.want)
			for _, r := range tc.rules {
				found := false
				for _, f := range d.Findings {
					found = found || f.Aturan == r
				}
				if !found {
					t.Errorf("no finding %s", r)
				}
			}
		})
	}
}
