package parse

import (
	"strings"
	"testing"
)

// tmFrame draws a box of width w (inner) around lines, the title on the
// top border when given.
func tmFrame(title string, w int, inner []string) []string {
	top := "┌" + strings.Repeat("─", w) + "┐"
	if title != "" {
		t := "─ " + title + " "
		top = "┌" + t + strings.Repeat("─", w-len([]rune(t))) + "┐"
	}
	out := []string{top}
	for _, l := range inner {
		out = append(out, "│"+pad(l, w)+"│")
	}
	return append(out, "└"+strings.Repeat("─", w)+"┘")
}

// tmAbreast sets boxes side by side (one space apart), padded to one
// height with empty side lines.
func tmAbreast(boxes ...[]string) []string {
	h := 0
	for _, b := range boxes {
		h = max(h, len(b))
	}
	var out []string
	for k := 0; k < h; k++ {
		var parts []string
		for _, b := range boxes {
			w := len([]rune(b[0]))
			switch {
			case k < len(b)-1:
				parts = append(parts, b[k])
			case k == h-1:
				parts = append(parts, b[len(b)-1])
			default:
				parts = append(parts, "│"+strings.Repeat(" ", w-2)+"│")
			}
		}
		out = append(out, strings.Join(parts, " "))
	}
	return out
}

// tmInside indents lines one space inside a parent box's text.
func tmInside(lines []string) []string {
	out := make([]string, len(lines))
	for k, l := range lines {
		out[k] = " " + l
	}
	return out
}

// TestTreemapClass: the budget's treemap (program boxes holding kegiatan
// boxes) becomes budget rows by its codes, labels and sums; kegiatan not
// adding up to their program, and nested boxes holding no amounts, give
// nothing.
func TestTreemapClass(t *testing.T) {
	intro := []string{"Tabel 3.3 Realisasi Anggaran Tahun 2024", "", "[Gambar: Peta Pohon Realisasi Anggaran - treemap diketik ulang]", ""}
	kA := tmFrame("", 30, []string{" 3355", " Pengelolaan Keuangan dan", " Barang Milik Negara", " Pagu 600.000.000", " Real. 540.000.000 (90,00%)"})
	kB := tmFrame("", 30, []string{" 3360", " Operasional Perkantoran", " Pagu 400.000.000", " Real. 380.000.000 (95,00%)"})
	progWA := tmFrame("076.01.WA  Program Dukungan Manajemen", 68, append([]string{" Pagu 1.000.000.000 · Realisasi 920.000.000 · 92,00%"},
		tmInside(tmAbreast(kA, kB))...))
	kC := tmFrame("", 62, []string{" 6639", " Teknis Penyelenggaraan Pemilu/Pemilihan", " Pagu 500.000.000", " Real. 450.000.000 (90,00%)"})
	progCQ := tmFrame("076.01.CQ  Program Penyelenggaraan Pemilu", 68, append([]string{" Pagu 500.000.000 · Realisasi 450.000.000 · 90,00%"},
		tmInside(kC)...))
	plain := append(append(append([]string{}, progWA...), progCQ...), "",
		"Keseluruhan (TOTAL): Pagu 1.500.000.000 · Realisasi 1.370.000.000 · Sisa 130.000.000 · 91,33%")
	want := []string{"076.01.WA|program||2024|1000000000|920000000|80000000", "3355|kegiatan|076.01.WA|2024|600000000|540000000|60000000",
		"3360|kegiatan|076.01.WA|2024|400000000|380000000|20000000", "076.01.CQ|program||2024|500000000|450000000|50000000",
		"6639|kegiatan|076.01.CQ|2024|500000000|450000000|50000000", "TOTAL|total||2024|1500000000|1370000000|130000000"}
	// kegiatan titled on their borders, three abreast, the program's code
	// inside, amounts with Rp and Sisa, no total line
	k1 := tmFrame("6867 Badan Adhoc", 26, []string{" Pagu Rp 300.000.000", " Realisasi Rp 290.000.000", " Sisa Rp 10.000.000"})
	k2 := tmFrame("6871 Logistik", 26, []string{" Pagu Rp 200.000.000", " Realisasi Rp 150.000.000", " Sisa Rp 50.000.000"})
	k3 := tmFrame("6872 Pemungutan", 26, []string{" Pagu Rp 100.000.000", " Realisasi Rp 100.000.000", " Sisa Rp 0"})
	titled := tmFrame("", 90, append([]string{" 076.01.CQ Program Penyelenggaraan Pemilu",
		" Pagu: Rp 600.000.000 | Realisasi: Rp 540.000.000 | Sisa: Rp 60.000.000"}, tmInside(tmAbreast(k1, k2, k3))...))
	// an outer box for the whole budget holding the programs
	outer := tmFrame("TOTAL", 74, append([]string{" Pagu 1.500.000.000 · Realisasi 1.370.000.000 · 91,33%"},
		append(tmInside(progWA), tmInside(progCQ)...)...))
	short := make([]string, len(plain))
	for k, l := range plain {
		short[k] = strings.Replace(l, "Pagu 400.000.000", "Pagu 410.000.000", 1)
	}
	words := tmFrame("Struktur Organisasi 2024", 68, append([]string{" Sekretaris"},
		tmInside(tmAbreast(tmFrame("", 30, []string{" Kasubbag Umum", " 3 staf"}), tmFrame("", 30, []string{" Kasubbag Teknis", " 2 staf"})))...))
	with := func(m []string) []string {
		return append(append(append([]string{}, intro...), m...), "", "Sumber: dasbor monitoring anggaran.")
	}
	checkDocs(t, []string{"anggaran"}, []docCase{
		{"programs holding kegiatan, total line", with(plain), map[string][]string{"anggaran": want}},
		{"titles on the borders, three abreast", with(titled), map[string][]string{"anggaran": {
			"076.01.CQ|program||2024|600000000|540000000|60000000", "6867|kegiatan|076.01.CQ|2024|300000000|290000000|10000000",
			"6871|kegiatan|076.01.CQ|2024|200000000|150000000|50000000", "6872|kegiatan|076.01.CQ|2024|100000000|100000000|0"}}},
		{"an outer box for the total", with(outer), map[string][]string{"anggaran": append(append([]string{}, want[:5]...),
			"TOTAL|total||2024|1500000000|1370000000|130000000")}},
		{"kegiatan not adding up", with(short), nil},
		{"nested boxes without amounts", with(words), nil},
	})
}
