package parse

import (
	"strings"
	"testing"
)

// abreastLay sets records side by side, each column width runes wide (the
// last one unpadded), the records' lines aligned from the top.
func abreastLay(width int, recs ...[]string) []string {
	n := 0
	for _, r := range recs {
		n = max(n, len(r))
	}
	out := make([]string, n)
	for k := 0; k < n; k++ {
		var b strings.Builder
		for c, r := range recs {
			s := ""
			if k < len(r) {
				s = r[k]
			}
			if c < len(recs)-1 {
				s += strings.Repeat(" ", max(0, width-len([]rune(s))))
			}
			b.WriteString(s)
		}
		out[k] = strings.TrimRight(b.String(), " ")
	}
	return out
}

// glass: a made-up hourglass, the head over it and the labelled amounts on
// its rims (labels with colons and Rp prefixes).
func glass(code, induk string, name []string, pagu, sisa, real, pct string) []string {
	r := []string{code}
	if induk != "" {
		r = append(r, "induk: "+induk)
	}
	r = append(r, name...)
	return append(r, "",
		"╔══════════════════════════════╗",
		"║ Pagu: Rp "+pagu,
		"╚╗ Sisa: Rp "+sisa+" ╔╝",
		"  \\░░░░░░░░░░░░░░░░░░░░░░░/",
		"       )(",
		"  /▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓\\",
		"╔╝ Realisasi: Rp "+real+" ╚╗",
		"║ Serapan "+pct+" %",
		"╚══════════════════════════════╝")
}

// stack: a made-up coin stack's figures under it (Real., (n %)).
func stack(code, induk string, name []string, pagu, real, sisa, pct string) []string {
	r := []string{code}
	if induk != "" {
		r = append(r, "induk: "+induk)
	}
	r = append(r, name...)
	return append(r, "Pagu  "+pagu, "Real. "+real, "Sisa  "+sisa, "("+pct+" %)")
}

func coins(n int) []string {
	var recs [][]string
	for k := 0; k < n; k++ {
		recs = append(recs, []string{"  (    )", "  (▓▓▓▓)", "  (▓▓▓▓)", " ▔▔▔▔▔▔▔▔"})
	}
	return abreastLay(24, recs...)
}

// TestAbreastBudgetClass: budget records set several abreast in fixed
// columns next to a drawing (hourglasses, coin stacks): each column one
// budget line, proven by sisa = pagu − realisasi and its serapan; the
// parent by the stated induk, or without induk by the kegiatan's pagu
// summing to the program's.
func TestAbreastBudgetClass(t *testing.T) {
	head := []string{"Tabel 3.2 Realisasi Anggaran Tahun 2022", "", "[Gambar: Diagram Jam Pasir Anggaran - diketik ulang]", ""}
	// two hourglasses abreast, the total alone first, induk stated, colons and Rp
	two := append(append([]string{}, head...), abreastLay(40,
		glass("JUMLAH", "-", []string{"JUMLAH DIPA 2022"}, "3.000.000.000", "150.000.000", "2.850.000.000", "95,00"))...)
	two = append(two, "")
	two = append(two, abreastLay(40,
		glass("076.01.GA", "-", []string{"Program Tata Kelola"}, "3.000.000.000", "150.000.000", "2.850.000.000", "95,00"),
		glass("4512", "076.01.GA", []string{"Pembinaan Teknis dan", "Hukum"}, "1.200.000.000", "60.000.000", "1.140.000.000", "95,00"))...)
	two = append(two, "")
	two = append(two, abreastLay(40,
		glass("4513", "076.01.GA", []string{"Layanan Data"}, "1.800.000.000", "90.000.000", "1.710.000.000", "95,00"))...)
	two = append(two, "", "Sumber: SAKTI.")

	// five coin stacks abreast, no induk: parents by sums; the coins above
	five := []string{"Tabel 3.4 Grafik Tumpukan Koin Anggaran 2022", ""}
	five = append(five, coins(5)...)
	five = append(five, abreastLay(24,
		stack("TOTAL", "", []string{"TOTAL DIPA"}, "1.000.000.000", "900.000.000", "100.000.000", "90,00"),
		stack("076.01.WA", "", []string{"Program Dukungan", "Manajemen"}, "600.000.000", "540.000.000", "60.000.000", "90,00"),
		stack("4411", "", []string{"Keuangan"}, "400.000.000", "380.000.000", "20.000.000", "95,00"),
		stack("4412", "", []string{"Kepegawaian", "dan Umum"}, "200.000.000", "160.000.000", "40.000.000", "80,00"),
		stack("076.01.CQ", "", []string{"Program Pemilu"}, "400.000.000", "360.000.000", "40.000.000", "90,00"))...)
	five = append(five, "")
	five = append(five, coins(1)...)
	five = append(five, abreastLay(24,
		stack("4420", "", []string{"Pemutakhiran Data"}, "400.000.000", "360.000.000", "40.000.000", "90,00"))...)
	five = append(five, "", "Urutan: total, program, kegiatan.")

	// thousands in the caption, three abreast, induk stated
	ribu := []string{"Tabel 3.3 Realisasi Anggaran 2022 (dalam ribuan rupiah)", ""}
	ribu = append(ribu, coins(3)...)
	ribu = append(ribu, abreastLay(30,
		stack("076.01.CQ", "-", []string{"Program Penyelenggaraan", "Pemilu"}, "2.500.000", "2.400.000", "100.000", "96,00"),
		stack("6639", "076.01.CQ", []string{"Teknis Penyelenggaraan"}, "1.500.000", "1.450.000", "50.000", "96,67"),
		stack("6640", "076.01.CQ", []string{"Pemutakhiran Data", "Pemilih"}, "1.000.000", "950.000", "50.000", "95,00"))...)
	ribu = append(ribu, "")

	// a record whose figures disagree (sisa off): that line left out
	off := []string{"Tabel 3.3 Realisasi Anggaran 2022", ""}
	off = append(off, abreastLay(30,
		stack("076.01.CQ", "-", []string{"Program Pemilu"}, "2.500.000.000", "2.400.000.000", "100.000.000", "96,00"),
		stack("6639", "076.01.CQ", []string{"Teknis"}, "1.500.000.000", "1.450.000.000", "40.000.000", "96,67"))...)
	off = append(off, "")

	// no induk and kegiatan that do not sum to their program: nothing
	nosum := []string{"Tabel 3.3 Realisasi Anggaran 2022", ""}
	nosum = append(nosum, abreastLay(30,
		stack("076.01.CQ", "", []string{"Program Pemilu"}, "2.500.000.000", "2.400.000.000", "100.000.000", "96,00"),
		stack("6639", "", []string{"Teknis"}, "1.500.000.000", "1.450.000.000", "50.000.000", "96,67"))...)
	nosum = append(nosum, "")

	// look-alikes: drawings with percentages only; stacks with names, no amounts
	pctOnly := []string{"Tabel 3.3 Serapan per Program 2022", ""}
	pctOnly = append(pctOnly, coins(2)...)
	pctOnly = append(pctOnly, abreastLay(30,
		[]string{"076.01.WA", "Program Dukungan", "(94,30 %)"},
		[]string{"076.01.CQ", "Program Pemilu", "(95,00 %)"})...)
	names := []string{"Tabel 3.3 Kegiatan 2022", ""}
	names = append(names, coins(2)...)
	names = append(names, abreastLay(30,
		[]string{"3355", "induk: 076.01.WA", "Pengelolaan Keuangan"},
		[]string{"3358", "induk: 076.01.WA", "Pengelolaan SDM"})...)

	d := parseDoc(t, "off", off...)
	found := false
	for _, f := range d.Findings {
		if strings.Contains(f.Pesan, "6639") && strings.Contains(f.Pesan, "sisa") {
			found = true
		}
	}
	if !found {
		t.Errorf("a record whose sisa disagrees raises no finding: %+v", d.Findings)
	}

	checkDocs(t, []string{"anggaran"}, []docCase{
		{"hourglasses two abreast, induk, colons and Rp", two, map[string][]string{"anggaran": {
			"076.01.GA|program||2022|3000000000|2850000000|150000000",
			"4512|kegiatan|076.01.GA|2022|1200000000|1140000000|60000000",
			"4513|kegiatan|076.01.GA|2022|1800000000|1710000000|90000000",
			"TOTAL|total||2022|3000000000|2850000000|150000000",
		}}},
		{"coin stacks five abreast, parents by sums", five, map[string][]string{"anggaran": {
			"076.01.WA|program||2022|600000000|540000000|60000000",
			"4411|kegiatan|076.01.WA|2022|400000000|380000000|20000000",
			"4412|kegiatan|076.01.WA|2022|200000000|160000000|40000000",
			"076.01.CQ|program||2022|400000000|360000000|40000000",
			"4420|kegiatan|076.01.CQ|2022|400000000|360000000|40000000",
			"TOTAL|total||2022|1000000000|900000000|100000000",
		}}},
		{"thousands in the caption", ribu, map[string][]string{"anggaran": {
			"076.01.CQ|program||2022|2500000000|2400000000|100000000",
			"6639|kegiatan|076.01.CQ|2022|1500000000|1450000000|50000000",
			"6640|kegiatan|076.01.CQ|2022|1000000000|950000000|50000000",
		}}},
		{"a record whose sisa disagrees", off, map[string][]string{"anggaran": {
			"076.01.CQ|program||2022|2500000000|2400000000|100000000",
		}}},
		{"kegiatan not summing to their program, no induk", nosum, nil},
		{"percentages only", pctOnly, nil},
		{"names without amounts", names, nil},
	})
}
