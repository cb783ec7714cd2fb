package parse

import (
	"strings"
	"testing"
)

// lolli types one component block: its name with the weight, the stick
// and the value after the dot.
func lolli(name, weight, stick, dot, value string, n int) []string {
	return []string{"  " + name + " (" + weight + ")", "  ├" + strings.Repeat(stick, n) + dot + " " + value, ""}
}

// TestLollipopClass: the SAKIP evaluation's lollipop chart typed again,
// one block a component, the final score and predikat under it.
func TestLollipopClass(t *testing.T) {
	chart := func(top []string, blocks [][]string, tail ...string) []string {
		out := append([]string{}, top...)
		for _, b := range blocks {
			out = append(out, b...)
		}
		return append(append(out, tail...), "", "Sumber: Inspektorat Utama KPU.")
	}
	// the caption names the year; capitals, "bobot n", a predikat after a dash
	capt := chart([]string{"Tabel 3.2 Nilai Evaluasi AKIP Tahun 2023 per Komponen", "",
		"HASIL EVALUASI AKIP TAHUN 2023 PER KOMPONEN", "", "    0%                         100% dari bobot", ""},
		[][]string{
			lolli("PERENCANAAN KINERJA", "bobot 30,00", "─", "●", "21,40", 21),
			lolli("PENGUKURAN KINERJA", "bobot 30,00", "─", "●", "19,10", 19),
			lolli("PELAPORAN KINERJA", "bobot 15,00", "─", "●", "11,05", 22),
			lolli("EVALUASI AKUNTABILITAS KINERJA INTERNAL", "bobot 25,00", "─", "●", "16,45", 16),
		}, "  NILAI AKHIR 68,00 dari 100,00  —  PREDIKAT B")
	// no caption, the title names the year; "bobot: n", heavy sticks,
	// "Nilai Akhir: s / 100 (Predikat BB)"
	title := chart([]string{"Grafik Lolipop Hasil Evaluasi SAKIP Tahun 2022", ""},
		[][]string{
			lolli("Perencanaan Kinerja", "bobot: 30", "━", "◉", "24,00", 24),
			lolli("Pengukuran Kinerja", "bobot: 30", "━", "◉", "21,50", 21),
			lolli("Pelaporan Kinerja", "bobot: 15", "━", "◉", "11,50", 23),
			lolli("Evaluasi Internal", "bobot: 25", "━", "◉", "17,10", 17),
		}, "Nilai Akhir: 74,10 / 100 (Predikat BB)")
	// another order, no predikat stated, the total as "Jumlah"
	order := chart([]string{"Tabel 3.3 Evaluasi AKIP Tahun 2021", ""},
		[][]string{
			lolli("PELAPORAN KINERJA", "bobot 15,00", "─", "●", "9,50", 19),
			lolli("PERENCANAAN KINERJA", "bobot 30,00", "─", "●", "18,00", 18),
			lolli("EVALUASI AKUNTABILITAS KINERJA INTERNAL", "bobot 25,00", "─", "●", "15,00", 15),
			lolli("PENGUKURAN KINERJA", "bobot 30,00", "─", "●", "19,50", 19),
		}, "  JUMLAH 62,00 dari 100,00")
	checkDocs(t, []string{"sakip", "sakip_komponen"}, []docCase{
		{name: "caption year, predikat after a dash", body: capt, want: map[string][]string{
			"sakip": {"2023|68|B"},
			"sakip_komponen": {"2023|perencanaan|30|21.4", "2023|pengukuran|30|19.1", "2023|pelaporan|15|11.05",
				"2023|evaluasi_internal|25|16.45"},
		}},
		{name: "title year, slash total with predikat in brackets", body: title, want: map[string][]string{
			"sakip": {"2022|74.1|BB"},
			"sakip_komponen": {"2022|perencanaan|30|24", "2022|pengukuran|30|21.5", "2022|pelaporan|15|11.5",
				"2022|evaluasi_internal|25|17.1"},
		}},
		{name: "other order, no predikat", body: order, want: map[string][]string{
			"sakip": {"2021|62|B"},
			"sakip_komponen": {"2021|pelaporan|15|9.5", "2021|perencanaan|30|18", "2021|evaluasi_internal|25|15",
				"2021|pengukuran|30|19.5"},
		}},
	})
}

// TestLollipopNone: a lollipop of percentages without weights, and a chart
// whose values do not sum to its final score, give no SAKIP rows.
func TestLollipopNone(t *testing.T) {
	pct := []string{"Gambar 3.4 Persentase Penyerapan per Komponen Tahun 2023", "",
		"  PERENCANAAN KINERJA (85%)", "  ├──────────────────● 85,00", "",
		"  PENGUKURAN KINERJA (70%)", "  ├──────────────● 70,00", "",
		"  PELAPORAN KINERJA (90%)", "  ├───────────────────● 90,00", ""}
	sum := []string{"Tabel 3.2 Nilai Evaluasi AKIP Tahun 2023 per Komponen", ""}
	sum = append(sum, lolli("PERENCANAAN KINERJA", "bobot 30,00", "─", "●", "21,40", 21)...)
	sum = append(sum, lolli("PENGUKURAN KINERJA", "bobot 30,00", "─", "●", "19,10", 19)...)
	sum = append(sum, lolli("PELAPORAN KINERJA", "bobot 15,00", "─", "●", "11,05", 22)...)
	sum = append(sum, lolli("EVALUASI AKUNTABILITAS KINERJA INTERNAL", "bobot 25,00", "─", "●", "16,45", 16)...)
	sum = append(sum, "  NILAI AKHIR 72,00 dari 100,00  —  PREDIKAT BB")
	for name, body := range map[string][]string{"percentages": pct, "sum disagrees": sum} {
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

// TestSakipLeadYear: a sentence opening with the year it speaks of
// ("Untuk tahun 2019, nilai SAKIP …") states that year's score; a grade
// outside the score's band, or a second year, leaves it unread.
func TestSakipLeadYear(t *testing.T) {
	sec := []string{"B. Evaluasi Akuntabilitas Kinerja", ""}
	checkDocs(t, []string{"sakip"}, []docCase{
		{name: "untuk tahun", body: append(sec, "Untuk tahun 2020, nilai SAKIP yang diperoleh 61,20 dengan predikat B."), want: map[string][]string{
			"sakip": {"2020|61.2|B"}}},
		{name: "bagi tahun, AKIP", body: append(sec, "Bagi tahun 2021, hasil evaluasi AKIP memperoleh nilai 71,05 dengan predikat BB."), want: map[string][]string{
			"sakip": {"2021|71.05|BB"}}},
		{name: "grade outside band", body: append(sec, "Untuk tahun 2020, nilai SAKIP yang diperoleh 61,20 dengan predikat BB."), want: map[string][]string{
			"sakip": nil}},
		{name: "two years", body: append(sec, "Untuk tahun 2020, nilai SAKIP yang diperoleh 61,20 dengan predikat B, naik dari tahun 2019."), want: map[string][]string{
			"sakip": nil}},
	})
}
