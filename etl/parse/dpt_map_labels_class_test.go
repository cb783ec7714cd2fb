package parse

import (
	"sort"
	"strings"
	"testing"
)

// TestDPTMapLabelsClass: the DPT as a thematic map's legend and labels
// typed again (made-up figures): the labels grouped by the legend's
// classes, each area's name over its figures line, the parts parted by
// "·", "|", ";" or ","; the figures on the name's line; labels not
// grouped, one a paragraph; "Lk"/"Pr"/"Total"; the information box named
// as the kabupaten, or unnamed and proven by its sums. The legend, the
// scale and the projection alone, figures without L and P, a label whose
// L + P is not its total and a label outside its class give no row.
func TestDPTMapLabelsClass(t *testing.T) {
	kec := []string{
		"pilkada|2020|kecamatan|ALOK|11|52|14210|14905|29115",
		"pilkada|2020|kecamatan|KEWAPANTE|9|30|6402|6611|13013",
		"pilkada|2020|kecamatan|NITA|12|33|7120|7388|14508",
		"pilkada|2020|kecamatan|PAGA|10|25|4980|5102|10082",
		"pilkada|2020|kecamatan|TALIBURA|12|28|5311|5240|10551",
	}
	kab := "pilkada|2020|kabupaten|Kabupaten Sikka|54|168|38023|39246|77269"
	all := append(append([]string{}, kec...), kab)
	intro := []string{"D. Data Pemilih", "",
		"Sebaran pemilih Pemilihan Bupati dan Wakil Bupati Sikka Tahun 2020 disajikan dalam peta tematik;", "legenda dan labelnya diketik ulang.", "",
		"[Gambar 3.2 Peta Sebaran DPT Pilkada 2020 - label diketik ulang]", "",
		"PETA SEBARAN DPT PILKADA 2020 KABUPATEN SIKKA", "Skala 1 : 250.000     Utara ↑     Proyeksi UTM Zona 51S", ""}
	legend := []string{"LEGENDA",
		"   ■■■   di atas 20.000 pemilih",
		"   ▒▒▒   12.000 - 20.000 pemilih",
		"   □□□   di bawah 12.000 pemilih",
		"   ~~~   sungai",
		"   ===   jalan provinsi", ""}
	// grouped by class, the class named by its legend symbol only, "|"
	// parts with Lk/Pr/Total, the box named as the kabupaten
	grouped := append(append(append([]string{}, intro...), legend...),
		"Kelas ■■■:",
		"   ALOK",
		"      Desa/Kel 11 | TPS 52 | Lk 14.210 | Pr 14.905 | Total 29.115", "",
		"Kelas ▒▒▒:",
		"   KEWAPANTE",
		"      Desa/Kel 9 | TPS 30 | Lk 6.402 | Pr 6.611 | Total 13.013",
		"   NITA",
		"      Desa/Kel 12 | TPS 33 | Lk 7.120 | Pr 7.388 | Total 14.508", "",
		"Kelas □□□:",
		"   PAGA",
		"      Desa/Kel 10 | TPS 25 | Lk 4.980 | Pr 5.102 | Total 10.082",
		"   TALIBURA",
		"      Desa/Kel 12 | TPS 28 | Lk 5.311 | Pr 5.240 | Total 10.551", "",
		"INFORMASI PETA",
		"   KABUPATEN SIKKA",
		"      Desa/Kel 54 | TPS 168 | Lk 38.023 | Pr 39.246 | Total 77.269", "",
		"Sumber: DPT hasil pleno; peta oleh Subbagian Teknis.", "")
	// not grouped, the figures on the name's line after "·", the parts in
	// another order; the box unnamed, proven by its sums
	oneLine := append(append([]string{}, intro...),
		"LEGENDA", "   ███   > 20.000", "   ░░░   < 12.000", "",
		"Label wilayah:",
		"   TALIBURA · L 5.311 · P 5.240 · Jumlah 10.551 · TPS 28 · Desa/Kel 12",
		"   NITA · L 7.120 · P 7.388 · Jumlah 14.508 · TPS 33 · Desa/Kel 12",
		"   ALOK · L 14.210 · P 14.905 · Jumlah 29.115 · TPS 52 · Desa/Kel 11",
		"   PAGA · L 4.980 · P 5.102 · Jumlah 10.082 · TPS 25 · Desa/Kel 10",
		"   KEWAPANTE · L 6.402 · P 6.611 · Jumlah 13.013 · TPS 30 · Desa/Kel 9", "",
		"Kotak informasi:",
		"   L 38.023 · P 39.246 · Jumlah 77.269 · TPS 168 · Desa/Kel 54", "")
	// one label a paragraph, ";" parts with laki-laki/perempuan, the
	// class's heading a paragraph of its own stating the range
	paragraphs := append(append([]string{}, intro...),
		"Kelompok 1 (lebih dari 20.000 pemilih):", "",
		"Alok", "Desa 11; TPS 52; Laki-laki 14.210; Perempuan 14.905; Jumlah 29.115", "",
		"Kelompok 2 (12.000 s.d. 20.000 pemilih):", "",
		"Kewapante", "Desa 9; TPS 30; Laki-laki 6.402; Perempuan 6.611; Jumlah 13.013", "",
		"Nita", "Desa 12; TPS 33; Laki-laki 7.120; Perempuan 7.388; Jumlah 14.508", "",
		"Kelompok 3 (kurang dari 12.000 pemilih):", "",
		"Paga", "Desa 10; TPS 25; Laki-laki 4.980; Perempuan 5.102; Jumlah 10.082", "",
		"Talibura", "Desa 12; TPS 28; Laki-laki 5.311; Perempuan 5.240; Jumlah 10.551", "")
	// "," parts, the corpus's indents, the box under a frame heading
	comma := append(append(append([]string{}, intro...), legend...),
		"Label kelas ■■■ (di atas 20.000):",
		"   ALOK", "      Desa/Kel 11, TPS 52, L 14.210, P 14.905, Jumlah 29.115", "",
		"Label kelas ▒▒▒ (12.000 - 20.000):",
		"   KEWAPANTE", "      Desa/Kel 9, TPS 30, L 6.402, P 6.611, Jumlah 13.013",
		"   NITA", "      Desa/Kel 12, TPS 33, L 7.120, P 7.388, Jumlah 14.508", "",
		"Label kelas □□□ (di bawah 12.000):",
		"   PAGA", "      Desa/Kel 10, TPS 25, L 4.980, P 5.102, Jumlah 10.082",
		"   TALIBURA", "      Desa/Kel 12, TPS 28, L 5.311, P 5.240, Jumlah 10.551", "",
		"KOTAK INFORMASI PETA",
		"   KABUPATEN SIKKA", "      Desa/Kel 54, TPS 168, L 38.023, P 39.246, Jumlah 77.269", "")
	// "·" parts, the classes stated in their headings
	dots := append(append(append([]string{}, intro...), legend...),
		"Label wilayah kelas ■■■ (lebih dari 20.000 pemilih):",
		"   ALOK", "      Desa/Kel 11 · TPS 52 · L 14.210 · P 14.905 · Jumlah 29.115", "",
		"Label wilayah kelas ▒▒▒ (12.000 s.d. 20.000 pemilih):",
		"   KEWAPANTE", "      Desa/Kel 9 · TPS 30 · L 6.402 · P 6.611 · Jumlah 13.013",
		"   NITA", "      Desa/Kel 12 · TPS 33 · L 7.120 · P 7.388 · Jumlah 14.508", "",
		"Label wilayah kelas □□□ (kurang dari 12.000 pemilih):",
		"   PAGA", "      Desa/Kel 10 · TPS 25 · L 4.980 · P 5.102 · Jumlah 10.082",
		"   TALIBURA", "      Desa/Kel 12 · TPS 28 · L 5.311 · P 5.240 · Jumlah 10.551", "",
		"KOTAK INFORMASI PETA",
		"   KABUPATEN SIKKA", "      Desa/Kel 54 · TPS 168 · L 38.023 · P 39.246 · Jumlah 77.269", "")
	// look-alikes: the legend and the scale alone; an area's other
	// figures (no L and P)
	legendOnly := append(append(append([]string{}, intro...), legend...), "Sumber: BIG.", "")
	area := append(append([]string{}, intro...),
		"Label wilayah:",
		"   ALOK", "      Luas 84 km² · Penduduk 31.200 · Kepadatan 371",
		"   NITA", "      Luas 139 km² · Penduduk 27.400 · Kepadatan 197",
		"   PAGA", "      Luas 104 km² · Penduduk 21.900 · Kepadatan 211", "")
	// one label's L + P not its total: that label dropped, and the box,
	// no longer the labels' sum, not loaded
	wrong := strings.Split(strings.Replace(strings.Join(comma, "\n"), "Jumlah 14.508", "Jumlah 14.580", 1), "\n")
	// a label under a class its total is outside of: the pairing is
	// unproven, the label dropped (NITA's label moved to the class of
	// fewer than 12.000)
	nita := "   NITA\n      Desa/Kel 12 | TPS 33 | Lk 7.120 | Pr 7.388 | Total 14.508\n"
	swapped := strings.Replace(strings.Join(grouped, "\n"), nita, "", 1)
	swapped = strings.Replace(swapped, "Kelas □□□:\n", "Kelas □□□:\n"+nita, 1)
	sorted := func(s []string) []string {
		s = append([]string(nil), s...)
		sort.Strings(s)
		return s
	}
	tests := []struct {
		name  string
		body  []string
		want  []string
		rules []string
	}{
		{name: "grouped by class, symbols, | and Lk/Pr/Total", body: grouped, want: all},
		{name: "not grouped, figures on the name's line, box unnamed", body: oneLine, want: all},
		{name: "one label a paragraph, ; parts, class headings alone, no box", body: paragraphs, want: kec},
		{name: "comma parts, box under a frame heading", body: comma, want: all},
		{name: "· parts, classes in the headings", body: dots, want: all},
		{name: "the legend and scale alone", body: legendOnly},
		{name: "an area's other figures", body: area},
		{name: "a label whose L + P is not its total", body: wrong, want: []string{kec[0], kec[1], kec[3], kec[4]},
			rules: []string{"dpt.lp_tidak_sama_total", "dpt.jumlah_tidak_sama"}},
		{name: "a label outside its class", body: strings.Split(swapped, "\n"), want: []string{kec[0], kec[1], kec[3], kec[4]},
			rules: []string{"dpt.kelas_peta_tidak_sesuai", "dpt.jumlah_tidak_sama"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := parseDoc(t, tc.name, tc.body...)
			wantRows(t, "dpt", sorted(factRows["dpt"](d)), sorted(tc.want))
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
