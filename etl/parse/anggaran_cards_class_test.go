package parse

import (
	"strings"
	"testing"
)

// ccBox draws a made-up boxed card of inner width w: the head in the top
// rule, each line padded between the side rules.
func ccBox(w int, head string, body ...string) []string {
	top := "┌─ " + head + " "
	top += strings.Repeat("─", w+1-len([]rune(top))) + "┐"
	out := []string{top}
	for _, l := range body {
		out = append(out, "│ "+l+strings.Repeat(" ", max(0, w-1-len([]rune(l))))+"│")
	}
	return append(out, "└"+strings.Repeat("─", w)+"┘")
}

// ccAbreast lays boxes of the same height side by side.
func ccAbreast(boxes ...[]string) []string {
	out := make([]string, len(boxes[0]))
	for _, b := range boxes {
		for k := range out {
			if out[k] != "" {
				out[k] += "   "
			}
			out[k] += b[k]
		}
	}
	return out
}

func ccDoc(caption string, cards ...[]string) []string {
	out := []string{caption, "", "[Gambar: lembar tagihan kartu anggaran diketik ulang]", ""}
	for _, c := range cards {
		out = append(out, c...)
		out = append(out, "")
	}
	return append(out, "Sumber: OM-SPAN.", "")
}

func TestCreditCardBudgetClass(t *testing.T) {
	// one card under another, the main card first, supplementary cards
	// naming their program, a holder's name running on, a bank in the rule
	stacked := ccDoc("Tabel 3.4 Realisasi Anggaran Tahun 2023",
		ccBox(56, "KARTU UTAMA ──── BANK SATKER",
			"No. Kartu       : DIPA 2023", "Pemegang        : TOTAL DIPA 2023", "",
			"Limit Kredit     Rp   1.000.000.000", "Total Pemakaian  Rp     900.000.000",
			"Sisa Limit       Rp     100.000.000", "Pemakaian               90,00 %"),
		ccBox(56, "KARTU PROGRAM",
			"No. Kartu       : 076.01.CQ", "Pemegang        : Program Penyelenggaraan Pemilu",
			"                  dalam Proses Konsolidasi Demokrasi", "",
			"Limit Kredit     Rp   1.000.000.000", "Total Pemakaian  Rp     900.000.000",
			"Sisa Limit       Rp     100.000.000", "Pemakaian               90,00 %"),
		ccBox(56, "KARTU TAMBAHAN",
			"No. Kartu       : 6640", "Pemegang        : Pemutakhiran Data Pemilih",
			"Kartu tambahan dari: 076.01.CQ", "",
			"Limit Kredit     Rp     400.000.000", "Total Pemakaian  Rp     380.000.000",
			"Sisa Limit       Rp      20.000.000", "Pemakaian               95,00 %"),
		ccBox(56, "KARTU TAMBAHAN",
			"No. Kartu       : 6709", "Pemegang        : Sosialisasi Pemilih",
			"Kartu tambahan dari: 076.01.CQ", "",
			"Limit Kredit     Rp     600.000.000", "Total Pemakaian  Rp     520.000.000",
			"Sisa Limit       Rp      80.000.000", "Pemakaian               86,67 %"),
	)

	// two statements abreast, no Sisa line, the total card last
	a := func(head, code, name, induk, limit, use string) []string {
		return ccBox(40, head, "No. Kartu   : "+code, "Pemegang    : "+name, "Kartu tambahan dari: "+induk, "",
			"Limit Kredit  Rp "+limit, "Total Pemakaian Rp "+use)
	}
	abreast := ccDoc("Tabel 3.2 Realisasi Anggaran Tahun 2022",
		ccAbreast(
			a("KARTU PROGRAM", "076.01.WA", "Dukungan Manajemen", "-", "800.000.000", "760.000.000"),
			a("KARTU TAMBAHAN", "3355", "Keuangan dan BMN", "076.01.WA", "300.000.000", "290.000.000")),
		ccAbreast(
			a("KARTU TAMBAHAN", "3360", "Operasional Perkantoran", "076.01.WA", "500.000.000", "470.000.000"),
			ccBox(40, "KARTU UTAMA", "No. Kartu   : DIPA 2022", "Pemegang    : JUMLAH", "", "", "Limit Kredit  Rp 800.000.000", "Total Pemakaian Rp 760.000.000")),
	)

	// no boxes, the words Limit / Pemakaian / Sisa only, no parent named:
	// the kegiatan cards after a program card sum to its limit
	plain := []string{
		"Tabel 3.5 Realisasi Anggaran Tahun 2021", "",
		"KARTU PROGRAM ------------------------------",
		"  Nomor Kartu : 076.01.WA",
		"  Pemegang    : Program Dukungan Manajemen",
		"  Limit        Rp 500.000.000",
		"  Pemakaian    Rp 450.000.000",
		"  Sisa         Rp  50.000.000", "",
		"KARTU KEGIATAN -----------------------------",
		"  Nomor Kartu : 3358",
		"  Pemegang    : Pengelolaan SDM",
		"  Limit        Rp 200.000.000",
		"  Pemakaian    Rp 190.000.000",
		"  Sisa         Rp  10.000.000", "",
		"KARTU KEGIATAN -----------------------------",
		"  Nomor Kartu : 3360",
		"  Pemegang    : Operasional Perkantoran",
		"  Limit        Rp 300.000.000",
		"  Pemakaian    Rp 260.000.000",
		"  Sisa         Rp  40.000.000", "",
		"Sumber: SAKTI.", "",
	}

	// look-alikes: a real card bill (Tagihan, Minimum Pembayaran, no
	// budget code), and supplementary cards over their program's limit
	bill := ccDoc("Tabel 3.9 Contoh Tagihan Kartu Kredit 2023",
		ccBox(56, "KARTU UTAMA ── BANK NUSA",
			"No. Kartu       : 4111 2222 3333 4444", "Pemegang        : Budi Santoso", "",
			"Limit Kredit     Rp      20.000.000", "Total Pemakaian  Rp       5.000.000",
			"Sisa Limit       Rp      15.000.000", "Total Tagihan    Rp       5.000.000",
			"Minimum Pembayaran Rp       500.000"),
		ccBox(56, "KARTU TAMBAHAN",
			"No. Kartu       : 4111 2222 3333 5555", "Pemegang        : Siti",
			"Limit Kredit     Rp       5.000.000", "Total Pemakaian  Rp       1.000.000",
			"Sisa Limit       Rp       4.000.000"),
	)
	over := ccDoc("Tabel 3.4 Realisasi Anggaran Tahun 2023",
		ccBox(56, "KARTU PROGRAM",
			"No. Kartu       : 076.01.CQ", "Pemegang        : Program Pemilu",
			"Limit Kredit     Rp     500.000.000", "Total Pemakaian  Rp     450.000.000"),
		ccBox(56, "KARTU TAMBAHAN",
			"No. Kartu       : 6640", "Pemegang        : Pemutakhiran", "Kartu tambahan dari: 076.01.CQ",
			"Limit Kredit     Rp     700.000.000", "Total Pemakaian  Rp     650.000.000"),
	)

	d := parseDoc(t, "over", over...)
	found := false
	for _, f := range d.Findings {
		if strings.Contains(f.Pesan, "lembar tagihan kartu") {
			found = true
		}
	}
	if !found {
		t.Errorf("cards over their program's limit raise no finding: %+v", d.Findings)
	}

	checkDocs(t, []string{"anggaran"}, []docCase{
		{"stacked boxes, main card first, supplementary cards", stacked, map[string][]string{"anggaran": {
			"076.01.CQ|program||2023|1000000000|900000000|100000000",
			"6640|kegiatan|076.01.CQ|2023|400000000|380000000|20000000",
			"6709|kegiatan|076.01.CQ|2023|600000000|520000000|80000000",
			"TOTAL|total||2023|1000000000|900000000|100000000",
		}}},
		{"two abreast, no Sisa line, JUMLAH card last", abreast, map[string][]string{"anggaran": {
			"076.01.WA|program||2022|800000000|760000000|40000000",
			"3355|kegiatan|076.01.WA|2022|300000000|290000000|10000000",
			"3360|kegiatan|076.01.WA|2022|500000000|470000000|30000000",
			"TOTAL|total||2022|800000000|760000000|40000000",
		}}},
		{"unboxed, Limit/Pemakaian/Sisa words, parent by order and sum", plain, map[string][]string{"anggaran": {
			"076.01.WA|program||2021|500000000|450000000|50000000",
			"3358|kegiatan|076.01.WA|2021|200000000|190000000|10000000",
			"3360|kegiatan|076.01.WA|2021|300000000|260000000|40000000",
		}}},
		{"a real card bill", bill, nil},
		{"supplementary cards over their program's limit", over, nil},
	})
}
