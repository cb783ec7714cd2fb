package parse

import (
	"strings"
	"testing"
)

// golfBox draws a card: each line padded inside side marks (side "" for
// none), the top and bottom borders given; "RULE" a rule inside the card.
func golfBox(side, topBorder, bottomBorder string, rows ...string) []string {
	return giziBox(side, topBorder, bottomBorder, rows...)
}

// golfLine is a hole's line: the hole, the name, the two figures right.
func golfLine(hole, name, a, b string) string {
	return hole + strings.Repeat(" ", max(1, 6-len(hole))) + name + strings.Repeat(" ", max(2, 36-len([]rune(name)))) +
		strings.Repeat(" ", max(0, 6-len(a))) + a + strings.Repeat(" ", max(2, 8-len(b))) + b
}

// TestGolfCardClass: the SAKIP evaluation as a golf scorecard typed again,
// a hole a component, par the weight, the score the value.
func TestGolfCardClass(t *testing.T) {
	heavyTop, heavyMid, heavyBottom := "┏"+strings.Repeat("━", 58)+"┓", "┣"+strings.Repeat("━", 58)+"┫", "┗"+strings.Repeat("━", 58)+"┛"
	// Indonesian: the year in the card's title and the caption, the player
	// another satker, PAR then SKOR, TOTAL and PREDIKAT, a key under it
	ende := append([]string{"Tabel 3.5 Nilai Evaluasi AKIP Tahun 2021 per Komponen", "",
		"[Gambar: Kartu Skor Evaluasi AKIP - diketik ulang]", ""},
		golfBox("┃", heavyTop, heavyBottom,
			"        KARTU SKOR  ·  LAPANGAN AKUNTABILITAS  ·  2021",
			"Pemain: Sekretariat KPU Kabupaten Ende",
			strings.TrimSpace(heavyMid),
			"HOLE  KOMPONEN                                 PAR    SKOR",
			"RULE",
			golfLine("1", "Perencanaan Kinerja", "30,00", "22,15"),
			golfLine("2", "Pengukuran Kinerja", "30,00", "19,80"),
			golfLine("3", "Pelaporan Kinerja", "15,00", "10,05"),
			golfLine("4", "Evaluasi Akuntabilitas Kinerja Internal", "25,00", "16,40"),
			"RULE",
			golfLine("", "TOTAL", "100,00", "68,40"),
			golfLine("", "PREDIKAT", "", "B"))...)
	ende = append(ende, "PAR = bobot komponen; SKOR = nilai yang diperoleh tiap komponen.", "",
		"Nilai tersebut naik dibanding tahun sebelumnya.")
	// English words, an ASCII frame, the holes in another order, no
	// predikat (the score's band gives it, sakip.predikat_dari_nilai, as
	// for every score stated without one), the year only in the caption
	ascii := "+" + strings.Repeat("-", 58) + "+"
	english := append([]string{"Tabel 3.2 Hasil Evaluasi SAKIP Tahun 2022", ""},
		golfBox("|", ascii, ascii,
			"SCORECARD - PERFORMANCE LINKS",
			"Player: KPU Kabupaten Sumba Timur",
			strings.TrimSpace(ascii),
			"Hole  Component                                Par   Score",
			golfLine("3", "Performance Reporting", "15", "11,25"),
			golfLine("1", "Performance Planning", "30", "24,60"),
			golfLine("4", "Internal Evaluation", "25", "18,75"),
			golfLine("2", "Performance Measurement", "30", "22,90"),
			strings.TrimSpace(ascii),
			golfLine("", "Total", "100", "77,50"))...)
	// SKOR before PAR, a double frame, five components (the older form with
	// Capaian Kinerja), the score stated above the header, tab-separated
	// cells as a PDF's text gives them
	dblTop, dblBottom := "╔"+strings.Repeat("═", 58)+"╗", "╚"+strings.Repeat("═", 58)+"╝"
	five := append([]string{"Tabel 2.4 Nilai AKIP Tahun 2017", ""},
		dblTop,
		"║\tKARTU SKOR GOLF KINERJA\t║",
		"║\tNilai Akhir : 84,30\t║",
		"║\tHOLE\tKOMPONEN\tSKOR\tPAR\t║",
		"║\t1\tPerencanaan Kinerja\t27,00\t30,00\t║",
		"║\t2\tPengukuran Kinerja\t21,00\t25,00\t║",
		"║\t3\tPelaporan Kinerja\t13,50\t15,00\t║",
		"║\t4\tEvaluasi Internal\t7,80\t10,00\t║",
		"║\t5\tCapaian Kinerja\t15,00\t20,00\t║",
		"║\t\tJUMLAH\t84,30\t100,00\t║",
		"║\t\tPREDIKAT : A\t║",
		dblBottom)
	checkDocs(t, []string{"sakip", "sakip_komponen"}, []docCase{
		{name: "par then skor, title year, key", body: ende, want: map[string][]string{
			"sakip": {"2021|68.4|B"},
			"sakip_komponen": {"2021|perencanaan|30|22.15", "2021|pengukuran|30|19.8", "2021|pelaporan|15|10.05",
				"2021|evaluasi_internal|25|16.4"},
		}},
		{name: "english, holes out of order, no predikat", body: english, want: map[string][]string{
			"sakip": {"2022|77.5|BB"},
			"sakip_komponen": {"2022|pelaporan|15|11.25", "2022|perencanaan|30|24.6", "2022|evaluasi_internal|25|18.75",
				"2022|pengukuran|30|22.9"},
		}},
		{name: "skor before par, five components, tabs", body: five, want: map[string][]string{
			"sakip": {"2017|84.3|A"},
			"sakip_komponen": {"2017|perencanaan|30|27", "2017|pengukuran|25|21", "2017|pelaporan|15|13.5",
				"2017|evaluasi_internal|10|7.8", "2017|capaian|20|15"},
		}},
	})
	// the player names the satker the card is loaded for
	for _, c := range []struct {
		body   []string
		satker string
	}{{ende, "5308"}, {english, "5311"}} {
		d := parseDoc(t, "satker", c.body...)
		for _, s := range d.Sakip {
			if s.SatkerID != c.satker {
				t.Errorf("sakip %d loaded for %s, want %s", s.TahunDinilai, s.SatkerID, c.satker)
			}
		}
	}
}

// TestGolfCardNone: look-alikes give no SAKIP rows: a real golf card (18
// holes, par 3-5, strokes), named holes of a real course, a total that is
// not the holes' sum, a predikat outside the score's band, a header whose
// columns the sums contradict.
func TestGolfCardNone(t *testing.T) {
	top, bottom := "┏"+strings.Repeat("━", 58)+"┓", "┗"+strings.Repeat("━", 58)+"┛"
	card := func(head, total, grade string, n1 string) []string {
		return append([]string{"Tabel 3.2 Nilai AKIP Tahun 2023", ""}, golfBox("┃", top, bottom,
			"KARTU SKOR · PADANG KINERJA · 2023", "Pemain: Sekretariat KPU Kabupaten Sikka", "RULE", head,
			golfLine("1", "Perencanaan Kinerja", "30,00", n1), golfLine("2", "Pengukuran Kinerja", "30,00", "21,75"),
			golfLine("3", "Pelaporan Kinerja", "15,00", "11,20"), golfLine("4", "Evaluasi Internal", "25,00", "17,45"),
			"RULE", golfLine("", "TOTAL", "100,00", total), golfLine("", "PREDIKAT", "", grade))...)
	}
	var holes, named []string
	par := []string{"4", "3", "5", "4", "4", "3", "5", "4", "4", "4", "3", "5", "4", "4", "3", "5", "4", "4"}
	names := []string{"Tebing Karang", "Danau Kecil", "Padang Luas", "Bukit Angin", "Pantai Timur", "Pohon Asam"}
	for i, p := range par {
		h := strings.TrimSpace(strings.Repeat(" ", 1) + itoa(i+1))
		holes = append(holes, h+"      "+p+"      "+itoa(atoi(p)+i%2))
		if i < len(names) {
			named = append(named, golfLine(h, names[i], p, itoa(atoi(p)+1)))
		}
	}
	cases := map[string][]string{
		"real golf card": append([]string{"Turnamen golf persahabatan Korpri kabupaten diikuti pegawai.", ""},
			golfBox("┃", top, bottom, append([]string{"KARTU SKOR · PADANG GOLF KOTA · 2023", "Pemain: Sekretaris KPU",
				"RULE", "HOLE    PAR    SKOR"}, append(holes, "RULE", "TOTAL   72     81")...)...)...),
		"named holes": append([]string{"Kartu skor golf kegiatan olahraga pegawai.", ""},
			golfBox("┃", top, bottom, append([]string{"KARTU SKOR · 2023", "RULE",
				"Hole  Nama                                    Par   Score"}, append(named, golfLine("", "Total", "24", "30"))...)...)...),
		"sum disagrees":      card("HOLE  KOMPONEN                                 PAR    SKOR", "76,50", "BB", "24,10"),
		"grade off band":     card("HOLE  KOMPONEN                                 PAR    SKOR", "74,50", "A", "24,10"),
		"columns contradict": card("HOLE  KOMPONEN                                 SKOR    PAR", "74,50", "BB", "24,10"),
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
			for _, f := range d.Findings {
				if strings.Contains(f.Pesan, "kolom par") {
					return
				}
			}
			t.Errorf("no finding for the contradicted header: %+v", d.Findings)
		})
	}
}
