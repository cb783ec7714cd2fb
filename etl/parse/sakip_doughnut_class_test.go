package parse

import (
	"strings"
	"testing"
)

// donutChart draws a doughnut chart as a report types it again: the
// upper labels beside the ring's top, the hole's lines between side
// marks (side), the lower labels beside the ring's bottom; arrows on the
// hole's first and last lines.
func donutChart(upL, upR, hole, lowL, lowR []string, side string) []string {
	ring := []string{"    .-''''''-.    ", "  .'          '.  ", " /              \\ "}
	bottom := []string{" \\              / ", "  '.          .'  ", "    '-......-'    "}
	var mid []string
	for _, h := range hole {
		mid = append(mid, side+centre(h, 16)+side)
	}
	var out []string
	row := func(l, r, ring string) {
		out = append(out, strings.TrimRight("  "+pad(l, 36)+pad(ring, 18)+"   "+r, " "))
	}
	for k, rg := range ring {
		row(at(upL, k), at(upR, k), rg)
	}
	for k, m := range mid {
		l, r := at(upL, len(ring)+k), at(upR, len(ring)+k)
		if k == 0 || k == len(mid)-1 {
			l, r = "────────────►", "◄────────────"
		}
		row(l, r, m)
	}
	for k := 0; k < max(len(bottom), len(lowL), len(lowR)); k++ {
		row(at(lowL, k), at(lowR, k), at(bottom, k))
	}
	return out
}

func at(s []string, k int) string {
	if k < len(s) {
		return s[k]
	}
	return ""
}

func pad(s string, n int) string {
	if k := len([]rune(s)); k < n {
		return s + strings.Repeat(" ", n-k)
	}
	return s
}

func centre(s string, n int) string {
	k := len([]rune(s))
	if k >= n {
		return s
	}
	l := (n - k) / 2
	return strings.Repeat(" ", l) + s + strings.Repeat(" ", n-k-l)
}

// TestDoughnutClass: the SAKIP evaluation's doughnut chart is read as a
// score card: the hole's score and predikat, each corner label a
// component read down its own side, the year the title's; a chart whose
// components do not add up to the hole's score, a ring of shares without
// weights and a hole with two figures give nothing.
func TestDoughnutClass(t *testing.T) {
	intro := []string{"Hasil evaluasi AKIP disajikan dalam infografis berikut.", "",
		"Tabel 3.5 Nilai Evaluasi AKIP Tahun 2023 per Komponen", "",
		"[Gambar: Hasil Evaluasi AKIP Tahun 2023 - teks grafik diketik ulang]", ""}
	plain := donutChart(
		[]string{"PERENCANAAN KINERJA", "Bobot 30,00", "Nilai 22,40"},
		[]string{"PENGUKURAN KINERJA", "Bobot 30,00", "Nilai 21,05"},
		[]string{"NILAI AKHIR", "71,25", "PREDIKAT BB"},
		[]string{"PELAPORAN KINERJA", "Bobot 15,00", "Nilai 11,20"},
		[]string{"EVALUASI AKUNTABILITAS", "KINERJA INTERNAL", "Bobot 25,00", "Nilai 16,60"}, "|")
	want := map[string][]string{
		"sakip": {"2023|71.25|BB"},
		"sakip_komponen": {"2023|perencanaan|30|22.4", "2023|pelaporan|15|11.2", "2023|pengukuran|30|21.05",
			"2023|evaluasi_internal|25|16.6"},
	}
	// the evaluation upper left, values before weights, box-drawing sides,
	// a summary line under the chart
	swapped := donutChart(
		[]string{"EVALUASI INTERNAL", "Nilai 18,10", "Bobot 25"},
		[]string{"PERENCANAAN", "Nilai 20,00", "Bobot 30"},
		[]string{"Nilai", "65,35", "Predikat B"},
		[]string{"PENGUKURAN", "Nilai 17,75", "Bobot 30"},
		[]string{"PELAPORAN", "Nilai 9,50", "Bobot 15"}, "│")
	// one label a line each side, "Bobot: n  Nilai: n" on one line
	oneLine := donutChart(
		[]string{"Perencanaan Kinerja", "Bobot: 30  Nilai: 24,00"},
		[]string{"Pengukuran Kinerja", "Bobot: 30  Nilai: 23,50"},
		[]string{"SKOR AKHIR", "82,10", "PREDIKAT A"},
		[]string{"Pelaporan Kinerja", "Bobot: 15  Nilai: 13,10"},
		[]string{"Evaluasi Internal", "Bobot: 25  Nilai: 21,50"}, "|")
	short := append([]string{}, plain...)
	for k, l := range short {
		short[k] = strings.Replace(l, "Nilai 11,20", "Nilai 12,20", 1) // 72,25 ≠ 71,25
	}
	shares := donutChart(
		[]string{"PERENCANAAN KINERJA", "31%"}, []string{"PENGUKURAN KINERJA", "30%"},
		[]string{"NILAI AKHIR", "71,25"}, []string{"PELAPORAN KINERJA", "16%"}, []string{"EVALUASI INTERNAL", "23%"}, "|")
	two := donutChart(
		[]string{"PERENCANAAN KINERJA", "Bobot 30,00", "Nilai 22,40"},
		[]string{"PENGUKURAN KINERJA", "Bobot 30,00", "Nilai 21,05"},
		[]string{"NILAI AKHIR", "71,25 / 100,00", "PREDIKAT BB"},
		[]string{"PELAPORAN KINERJA", "Bobot 15,00", "Nilai 11,20"},
		[]string{"EVALUASI INTERNAL", "Bobot 25,00", "Nilai 16,60"}, "|")
	with := func(chart []string, tail ...string) []string {
		return append(append(append([]string{}, intro...), chart...), tail...)
	}
	checkDocs(t, []string{"sakip", "sakip_komponen"}, []docCase{
		{"corner labels, score in the hole", with(plain, "", "Sumber: LHE AKIP."), want},
		{"values first, evaluation upper left, summary line", with(swapped, "", "  Jumlah bobot 100; nilai akhir 65,35 (predikat B)."), map[string][]string{
			"sakip": {"2023|65.35|B"},
			"sakip_komponen": {"2023|evaluasi_internal|25|18.1", "2023|pengukuran|30|17.75", "2023|perencanaan|30|20",
				"2023|pelaporan|15|9.5"},
		}},
		{"weight and value on one line", with(oneLine), map[string][]string{
			"sakip": {"2023|82.1|A"},
			"sakip_komponen": {"2023|perencanaan|30|24", "2023|pelaporan|15|13.1", "2023|pengukuran|30|23.5",
				"2023|evaluasi_internal|25|21.5"},
		}},
		{"components not the hole's score", with(short), nil},
		{"a ring of shares, no weights", with(shares), nil},
		{"two figures in the hole", with(two), nil},
	})
}
