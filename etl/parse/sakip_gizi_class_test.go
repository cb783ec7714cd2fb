package parse

import (
	"strings"
	"testing"
)

// giziBox draws a label: each line padded inside side marks (side "" for
// none), the top and bottom borders given.
func giziBox(side, topBorder, bottomBorder string, rows ...string) []string {
	out := []string{topBorder}
	for _, r := range rows {
		if side == "" {
			out = append(out, r)
			continue
		}
		if strings.HasPrefix(r, "RULE") {
			out = append(out, side+" "+strings.Repeat("─", 56)+" "+side)
			continue
		}
		out = append(out, side+" "+r+strings.Repeat(" ", max(0, 56-len([]rune(r))))+" "+side)
	}
	return append(out, bottomBorder)
}

// giziRow is a nutrient line: the name left, the two figures right.
func giziRow(name, a, b string) string {
	return name + strings.Repeat(" ", max(1, 40-len([]rune(name)))) + a + strings.Repeat(" ", 9-len(b)) + b
}

// TestGiziLabelClass: the SAKIP evaluation as a nutrition facts label typed
// again, a nutrient a component, the score as the amount per serving.
func TestGiziLabelClass(t *testing.T) {
	heavyTop, heavyMid, heavyBottom := "┏"+strings.Repeat("━", 58)+"┓", "┣"+strings.Repeat("━", 58)+"┫", "┗"+strings.Repeat("━", 58)+"┛"
	// the caption names the year; % AKG* then Nilai; a Jumlah line; score
	// and predikat on one line; a footnote under the box
	akg := append([]string{"Tabel 3.4 Hasil Evaluasi SAKIP Tahun 2023", "",
		"[Gambar: Label Nilai AKIP - diketik ulang]", ""},
		giziBox("┃", heavyTop, heavyBottom,
			"INFORMASI NILAI SAKIP",
			"Takaran saji     : Lembar Kerja Evaluasi",
			"Sajian per kemasan: 1 satuan kerja",
			strings.TrimSpace(heavyMid),
			"JUMLAH PER SAJIAN",
			"Nilai Akhir   74,50                      Predikat BB",
			"Komponen                               % AKG*     Nilai",
			"RULE",
			giziRow("Perencanaan Kinerja", "30,00", "24,10"),
			giziRow("Pengukuran Kinerja", "30,00", "21,75"),
			giziRow("Pelaporan Kinerja", "15,00", "11,20"),
			giziRow("Evaluasi Internal", "25,00", "17,45"),
			"RULE",
			giziRow("Jumlah", "100,00", "74,50"))...)
	akg = append(akg, "*% AKG = Angka Kecukupan Bobot menurut PermenPANRB 88/2021.", "",
		"Nilai tersebut meningkat dibanding tahun sebelumnya.")
	// the columns swapped and named Skor / Bobot, a double frame, no Jumlah
	// line (the sums prove it), score and predikat on lines of their own,
	// the year in the label's serving line, the components in another order
	dblTop, dblBottom := "╔"+strings.Repeat("═", 58)+"╗", "╚"+strings.Repeat("═", 58)+"╝"
	swapped := append([]string{"Label nilai evaluasi berikut disalin dari infografis.", ""},
		giziBox("║", dblTop, dblBottom,
			"NILAI GIZI AKUNTABILITAS KINERJA",
			"Takaran saji : LKE SAKIP Tahun 2021",
			"RULE",
			"Jumlah per sajian",
			"Skor akhir : 66,35",
			"Predikat : B",
			"RULE",
			"                                          Skor     Bobot",
			giziRow("Pelaporan Kinerja", "10,50", "15,00"),
			giziRow("Perencanaan Kinerja", "20,00", "30,00"),
			giziRow("Evaluasi Akuntabilitas Kinerja Internal", "15,60", "25,00"),
			giziRow("Pengukuran Kinerja", "20,25", "30,00"))...)
	// sub-components indented under their component (not counted twice), a
	// light box, the score after "JUMLAH PER SAJIAN:" with its predikat in
	// brackets, Bobot / Nilai
	boxTop, boxBottom := "┌"+strings.Repeat("─", 58)+"┐", "└"+strings.Repeat("─", 58)+"┘"
	subs := append([]string{"Tabel 3.2 Nilai AKIP Tahun 2022 (label gizi)", ""},
		giziBox("│", boxTop, boxBottom,
			"Informasi Nilai AKIP",
			"RULE",
			"JUMLAH PER SAJIAN: Nilai 81,40 (Predikat A)",
			"RULE",
			"                                         Bobot     Nilai",
			giziRow("Perencanaan Kinerja", "30,00", "25,00"),
			giziRow("   a. Dokumen Perencanaan", "10,00", "8,50"),
			giziRow("   b. Kualitas Perencanaan", "20,00", "16,50"),
			giziRow("Pengukuran Kinerja", "30,00", "24,40"),
			giziRow("   a. Pemenuhan Pengukuran", "10,00", "8,40"),
			giziRow("   b. Kualitas Pengukuran", "20,00", "16,00"),
			giziRow("Pelaporan Kinerja", "15,00", "12,50"),
			giziRow("Evaluasi Akuntabilitas Kinerja Internal", "25,00", "19,50"),
			"RULE",
			giziRow("Total", "100,00", "81,40"))...)
	// an ASCII frame: '|' sides, "+---+" borders and separators, the
	// label's words in capitals, the weights as whole numbers
	asciiBorder := "+" + strings.Repeat("-", 58) + "+"
	ascii := append([]string{"Gambar 3.1 Label Nilai Evaluasi AKIP Tahun 2022", ""},
		giziBox("|", asciiBorder, asciiBorder,
			"INFORMASI NILAI AKIP - TAKARAN: LKE TAHUN 2022",
			"SAJIAN PER KEMASAN: 1 SATKER",
			strings.TrimSpace(asciiBorder),
			"JUMLAH PER SAJIAN",
			"NILAI AKHIR 58,90 PREDIKAT CC",
			strings.TrimSpace(asciiBorder),
			"KOMPONEN                                 %AKG     NILAI",
			giziRow("PERENCANAAN KINERJA", "30", "18,20"),
			giziRow("PENGUKURAN KINERJA", "30", "16,90"),
			giziRow("PELAPORAN KINERJA", "15", "9,80"),
			giziRow("EVALUASI AKUNTABILITAS KINERJA INTERNAL", "25", "14,00"),
			strings.TrimSpace(asciiBorder),
			giziRow("JUMLAH", "100", "58,90"))...)
	checkDocs(t, []string{"sakip", "sakip_komponen"}, []docCase{
		{name: "ascii frame, capitals", body: ascii, want: map[string][]string{
			"sakip": {"2022|58.9|CC"},
			"sakip_komponen": {"2022|perencanaan|30|18.2", "2022|pengukuran|30|16.9", "2022|pelaporan|15|9.8",
				"2022|evaluasi_internal|25|14"},
		}},
		{name: "akg then nilai, jumlah, caption year", body: akg, want: map[string][]string{
			"sakip": {"2023|74.5|BB"},
			"sakip_komponen": {"2023|perencanaan|30|24.1", "2023|pengukuran|30|21.75", "2023|pelaporan|15|11.2",
				"2023|evaluasi_internal|25|17.45"},
		}},
		{name: "skor before bobot, no jumlah line", body: swapped, want: map[string][]string{
			"sakip": {"2021|66.35|B"},
			"sakip_komponen": {"2021|pelaporan|15|10.5", "2021|perencanaan|30|20", "2021|evaluasi_internal|25|15.6",
				"2021|pengukuran|30|20.25"},
		}},
		{name: "sub-components indented", body: subs, want: map[string][]string{
			"sakip": {"2022|81.4|A"},
			"sakip_komponen": {"2022|perencanaan|30|25", "2022|pengukuran|30|24.4", "2022|pelaporan|15|12.5",
				"2022|evaluasi_internal|25|19.5"},
		}},
	})
}

// TestGiziLabelNone: look-alikes give no SAKIP rows: a food's real
// nutrition label, a header whose columns the sums contradict, a score
// that is not the components' sum, a predikat outside the score's band.
func TestGiziLabelNone(t *testing.T) {
	top, bottom := "┏"+strings.Repeat("━", 58)+"┓", "┗"+strings.Repeat("━", 58)+"┛"
	label := func(score, grade, head string, rows ...string) []string {
		body := []string{"INFORMASI NILAI AKIP", "Takaran evaluasi : LKE AKIP Tahun 2023", "RULE",
			"JUMLAH PER SAJIAN", "Nilai Akhir " + score + "     Predikat " + grade, "RULE", head}
		return append([]string{"Tabel 3.2 Nilai AKIP Tahun 2023", ""}, giziBox("┃", top, bottom, append(body, rows...)...)...)
	}
	four := func(n1 string) []string {
		return []string{giziRow("Perencanaan Kinerja", "30,00", n1), giziRow("Pengukuran Kinerja", "30,00", "21,75"),
			giziRow("Pelaporan Kinerja", "15,00", "11,20"), giziRow("Evaluasi Internal", "25,00", "17,45")}
	}
	cases := map[string][]string{
		"food label": append([]string{"Informasi gizi produk makanan tambahan untuk balita (PMT) pada kegiatan posyandu.", ""},
			giziBox("┃", top, bottom,
				"INFORMASI NILAI GIZI",
				"Takaran saji 30 g",
				"Sajian per kemasan: 10",
				"RULE",
				"JUMLAH PER SAJIAN",
				"Energi total 150 kkal",
				"RULE",
				"                                     % AKG*     Nilai",
				giziRow("Lemak total", "8", "5"),
				giziRow("Protein", "7", "4"),
				giziRow("Karbohidrat total", "7", "21"),
				giziRow("Natrium", "6", "135"))...),
		"columns contradict": label("74,50", "BB", "                                       Nilai     % AKG*", four("24,10")...),
		"sum disagrees":      label("76,50", "BB", "                                       % AKG*     Nilai", four("24,10")...),
		"grade off band":     label("74,50", "A", "                                       % AKG*     Nilai", four("24,10")...),
		"value over bobot":   label("81,40", "A", "                                       % AKG*     Nilai", four("31,00")...),
	}
	for name, body := range cases {
		t.Run(name, func(t *testing.T) {
			d := parseDoc(t, name, body...)
			if len(d.SakipKomponen) != 0 {
				t.Errorf("components read: %v", factRows["sakip_komponen"](d))
			}
			if len(d.Sakip) != 0 {
				t.Errorf("score read: %v", factRows["sakip"](d))
			}
			if name != "columns contradict" {
				return
			}
			// the header's order the sums contradict is said, not dropped silently
			for _, f := range d.Findings {
				if strings.Contains(f.Pesan, "kolom bobot dan nilai") {
					return
				}
			}
			t.Errorf("no finding for the contradicted header: %+v", d.Findings)
		})
	}
}
