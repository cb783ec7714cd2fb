package parse

import (
	"strings"
	"testing"
)

// rod types one abacus rod: the name right-aligned left of the frame, the
// beads, the figures at the rod's end.
func rod(name, side, beads, figures string) []string {
	return []string{strings.Repeat(" ", max(0, 40-len([]rune(name)))) + name + " " + side + " " + beads + " " + side + "  " + figures,
		strings.Repeat(" ", 41) + side + strings.Repeat(" ", 22) + side}
}

// TestAbacusClass: the SAKIP evaluation as an abacus typed again, one rod a
// component, the total and predikat under the frame.
func TestAbacusClass(t *testing.T) {
	chart := func(top []string, top2, bottom string, rods [][]string, tail ...string) []string {
		out := append([]string{}, top...)
		out = append(out, strings.Repeat(" ", 41)+top2)
		for _, r := range rods {
			out = append(out, r...)
		}
		out = append(out, strings.Repeat(" ", 41)+bottom)
		return append(append(out, tail...), "", "Sumber: Inspektorat Utama KPU.")
	}
	// the caption names the year; double frame, "bobot n | nilai n", predikat after a dash
	capt := chart([]string{"Tabel 3.2 Nilai Evaluasi AKIP Tahun 2023 per Komponen", "",
		"[Gambar: Sempoa Nilai AKIP Tahun 2023 - diketik ulang]", ""},
		"╔══════════════════════╗", "╚══════════════════════╝",
		[][]string{
			rod("Perencanaan Kinerja", "║", "●●●●●●●●─────○○○○", "bobot 30,00 | nilai 20,40"),
			rod("Pengukuran Kinerja", "║", "●●●●●●●●─────○○○○", "bobot 30,00 | nilai 19,60"),
			rod("Pelaporan Kinerja", "║", "●●●●────────○○", "bobot 15,00 | nilai 10,75"),
			rod("Evaluasi Akuntabilitas Kinerja Internal", "║", "●●●●●●──────○○○○", "bobot 25,00 | nilai 15,25"),
		}, "   JUMLAH NILAI 66,00  (bobot 100,00)  -  predikat B")
	// capitals, the value before the weight, ASCII frame, beads o and *, "Nilai akhir n / 100 (BB)"
	ascii := chart([]string{"Sempoa Hasil Evaluasi SAKIP Tahun 2022", ""},
		"+----------------------+", "+----------------------+",
		[][]string{
			rod("PELAPORAN KINERJA", "|", "**** ------- oo", "nilai: 12,00 / bobot: 15"),
			rod("PERENCANAAN KINERJA", "|", "********* ---- ooo", "nilai: 24,50 / bobot: 30"),
			rod("PENGUKURAN KINERJA", "|", "******** ----- oooo", "nilai: 22,00 / bobot: 30"),
			rod("EVALUASI INTERNAL", "|", "******* ------- ooo", "nilai: 18,00 / bobot: 25"),
		}, "Nilai akhir: 76,50 / 100 (predikat BB)")
	// single-line box frame, a PDF's fused marks after the rod, no predikat stated
	fused := []string{"Tabel 3.4 Hasil Evaluasi AKIP Tahun 2021", "", "┌──────────────────────┐",
		"Perencanaan\tKinerja\t│\t●●●●●●●─────○○○○○ │\t│\tbobot │\t30,00\t|\tnilai\t18,00",
		"Pengukuran\tKinerja\t│\t●●●●●●●─────○○○○○ │\t│\tbobot │\t30,00\t|\tnilai\t17,50",
		"Pelaporan\tKinerja\t│\t●●●●──────○○ │\t│\tbobot │\t15,00\t|\tnilai\t10,00",
		"Evaluasi Internal │ ●●●●●●──────○○○○ │ bobot 25,00 | nilai 14,50", "",
		"│                      │", "└──────────────────────┘", "  Jumlah nilai 60,00 (bobot 100,00)"}
	checkDocs(t, []string{"sakip", "sakip_komponen"}, []docCase{
		{name: "caption year, double frame", body: capt, want: map[string][]string{
			"sakip": {"2023|66|B"},
			"sakip_komponen": {"2023|perencanaan|30|20.4", "2023|pengukuran|30|19.6", "2023|pelaporan|15|10.75",
				"2023|evaluasi_internal|25|15.25"},
		}},
		{name: "title year, ascii frame, value first", body: ascii, want: map[string][]string{
			"sakip": {"2022|76.5|BB"},
			"sakip_komponen": {"2022|pelaporan|15|12", "2022|perencanaan|30|24.5", "2022|pengukuran|30|22",
				"2022|evaluasi_internal|25|18"},
		}},
		{name: "pdf fused marks, box frame", body: fused, want: map[string][]string{
			"sakip": {"2021|60|CC"},
			"sakip_komponen": {"2021|perencanaan|30|18", "2021|pengukuran|30|17.5", "2021|pelaporan|15|10",
				"2021|evaluasi_internal|25|14.5"},
		}},
	})
}

// TestAbacusNone: look-alikes give no SAKIP rows: rods of percentages
// without weights, a sum that is not the stated total, a predikat outside
// the score's band, and rods whose "rod" holds figures.
func TestAbacusNone(t *testing.T) {
	frame := func(rods ...[]string) []string {
		out := []string{"Tabel 3.2 Nilai Evaluasi AKIP Tahun 2023 per Komponen", "", strings.Repeat(" ", 41) + "╔══════════════════════╗"}
		for _, r := range rods {
			out = append(out, r...)
		}
		return append(out, strings.Repeat(" ", 41)+"╚══════════════════════╝")
	}
	four := func(tail string, n1 string) []string {
		return append(frame(
			rod("Perencanaan Kinerja", "║", "●●●●●●●●─────○○○○", "bobot 30,00 | nilai "+n1),
			rod("Pengukuran Kinerja", "║", "●●●●●●●●─────○○○○", "bobot 30,00 | nilai 19,60"),
			rod("Pelaporan Kinerja", "║", "●●●●────────○○", "bobot 15,00 | nilai 10,75"),
			rod("Evaluasi Akuntabilitas Kinerja Internal", "║", "●●●●●●──────○○○○", "bobot 25,00 | nilai 15,25"),
		), tail)
	}
	cases := map[string][]string{
		"percentages": frame(
			rod("Perencanaan Kinerja", "║", "●●●●●●●●─────○○○○", "capaian 85,00 %"),
			rod("Pengukuran Kinerja", "║", "●●●●●●●─────○○○○○", "capaian 70,00 %"),
			rod("Pelaporan Kinerja", "║", "●●●●●●●●●────○○○", "capaian 90,00 %")),
		"sum disagrees":    four("   JUMLAH NILAI 70,00  (bobot 100,00)  -  predikat BB", "20,40"),
		"grade off band":   four("   JUMLAH NILAI 66,00  (bobot 100,00)  -  predikat BB", "20,40"),
		"value over bobot": four("   JUMLAH NILAI 76,00  (bobot 100,00)", "30,40"),
		"figures in rod": frame(
			rod("Perencanaan Kinerja", "║", "20 40 60 80", "bobot 30,00 | nilai 20,40"),
			rod("Pengukuran Kinerja", "║", "20 40 60 80", "bobot 30,00 | nilai 19,60")),
	}
	for name, body := range cases {
		t.Run(name, func(t *testing.T) {
			d := parseDoc(t, name, body...)
			if len(d.SakipKomponen) != 0 {
				t.Errorf("components read: %v", factRows["sakip_komponen"](d))
			}
			for _, s := range d.Sakip {
				if s.TahunDinilai == 2023 {
					t.Errorf("score read: %v", factRows["sakip"](d))
				}
			}
		})
	}
}
