package parse

import (
	"fmt"
	"strings"
	"testing"
)

// sjBox frames a note's lines in a box width runes wide inside.
func sjBox(width int, lines ...string) []string {
	rule := "+" + strings.Repeat("-", width+2) + "+"
	out := []string{rule}
	for _, l := range lines {
		out = append(out, "| "+l+strings.Repeat(" ", width-len([]rune(l)))+" |")
	}
	return append(out, rule)
}

// sjAbreast sets columns of lines side by side, a gutter of three spaces.
func sjAbreast(cols ...[]string) []string {
	n := 0
	for _, c := range cols {
		n = max(n, len(c))
	}
	out := make([]string, n)
	for i := range out {
		var parts []string
		for _, c := range cols {
			w := len([]rune(c[0]))
			s := ""
			if i < len(c) {
				s = c[i]
			}
			parts = append(parts, s+strings.Repeat(" ", w-len([]rune(s))))
		}
		out[i] = strings.TrimRight(strings.Join(parts, "   "), " ")
	}
	return out
}

// sjNote is one boxed note as the logistics section types it: the number,
// the destination, the desa and TPS on one line, the load from the DPT.
func sjNote(no int, kec string, desa, tps, l, p, tot string) []string {
	return sjBox(58,
		fmt.Sprintf("SURAT JALAN                  No. %03d/SJ/LOG/2024", no),
		"Kepada   : Ketua PPK Kec. "+kec,
		"Jumlah Desa/Kel : "+desa+"          Jumlah TPS : "+tps,
		"Muatan sesuai DPT Pemilu 2024:",
		"  Pemilih Laki-laki ........ "+l,
		"  Pemilih Perempuan ........ "+p,
		"  Jumlah Pemilih ........... "+tot,
		"Pengirim: Bagian Logistik    Penerima: ..............")
}

func sjDoc(body ...[]string) []string {
	out := []string{"Tabel 3.7 Rekapitulasi DPT Pemilu 2024 per Kecamatan", "",
		"[Lampiran: Surat Jalan Distribusi Logistik Pemilu 2024 - diketik ulang]", ""}
	for _, b := range body {
		out = append(out, b...)
		out = append(out, "")
	}
	return append(out, "Muatan setiap surat jalan dihitung dari DPT kecamatan tujuan.", "")
}

// TestDeliveryNotesDPTClass: the DPT typed again from the logistics'
// delivery notes, a note a kecamatan: the area the destination's place
// word names, the counts by their labels' meaning, each note proven by
// L + P = jumlah and the recap by the notes' sums.
func TestDeliveryNotesDPTClass(t *testing.T) {
	recap := []string{
		strings.Repeat("=", 70),
		"  REKAPITULASI SURAT JALAN - KABUPATEN SIKKA",
		"  Desa/Kel : 27    TPS : 89",
		"  Pemilih Laki-laki   13.345   Pemilih Perempuan   13.328   Jumlah Pemilih   26.673",
		strings.Repeat("=", 70),
	}
	// one note below another, dotted leaders, the recap between double rules
	stacked := sjDoc(
		sjNote(1, "ALOK", "12", "40", "7.210", "7.305", "14.515"),
		sjNote(2, "NITA", "9", "31", "4.120", "4.033", "8.153"),
		sjNote(3, "BOLA", "6", "18", "2.015", "1.990", "4.005"),
		recap)
	// two abreast, L / P / JML with colons, the destination "Tujuan :
	// Kecamatan", no desa, no recap
	lp := func(no int, kec, tps, l, p, tot string) []string {
		return sjBox(40,
			fmt.Sprintf("SURAT JALAN       No. SJ-%02d/2024", no),
			"Tujuan : Kecamatan "+kec,
			"TPS    : "+tps,
			"Muatan (DPT):",
			"  L   : "+l,
			"  P   : "+p,
			"  JML : "+tot)
	}
	abreast := sjDoc(
		sjAbreast(lp(1, "KEWAPANTE", "20", "3.000", "3.100", "6.100"), lp(2, "WAIGETE", "33", "5.001", "5.200", "10.201")),
		sjAbreast(lp(3, "TALIBURA", "25", "4.444", "4.556", "9.000"), lp(4, "WAIBLAMA", "12", "1.210", "1.190", "2.400")))
	// unframed, title case, the recap without a rule and no desa line
	plain := func(kec, l, p, tot string) []string {
		return []string{"Surat Jalan Logistik Pilkada",
			"Dikirim ke : PPK " + kec,
			"Pemilih L " + l + "   Pemilih P " + p + "   Jml Pemilih " + tot}
	}
	unframed := sjDoc(plain("ALOK TIMUR", "1.500", "1.520", "3.020"), plain("ALOK BARAT", "2.001", "1.999", "4.000"),
		[]string{"Jumlah Surat Jalan - Kabupaten Sikka", "Pemilih L 3.501   Pemilih P 3.519   Jml Pemilih 7.020"})
	// a note off its total is left out; the recap no longer the sum goes too
	off := sjDoc(
		sjNote(1, "ALOK", "12", "40", "7.210", "7.305", "14.515"),
		sjNote(2, "NITA", "9", "31", "4.120", "4.033", "8.135"),
		sjNote(3, "BOLA", "6", "18", "2.015", "1.990", "4.005"),
		recap)
	// look-alikes: notes of ballot boxes and booths, no voters; a
	// sentence naming surat jalan over a budget line
	boxes := func(no int, kec, kotak, bilik string) []string {
		return sjBox(50, fmt.Sprintf("SURAT JALAN         No. %d/KS/2024", no), "Tujuan : PPK Kecamatan "+kec,
			"Muatan:", "  Kotak suara     "+kotak, "  Bilik suara     "+bilik, "  Jumlah koli     "+bilik)
	}
	ballot := sjDoc(boxes(1, "ALOK", "160", "160"), boxes(2, "NITA", "124", "124"))
	prose := sjDoc([]string{"Pengiriman logistik memakai surat jalan sebanyak 12 lembar; jumlah 12 kecamatan,",
		"laki-laki 7.210 dan perempuan 7.305 petugas tidak tercatat dalam surat jalan itu."})
	checkDocs(t, []string{"dpt"}, []docCase{
		{"stacked boxes and the recap", stacked, map[string][]string{"dpt": {
			"pemilu|2024|kecamatan|ALOK|12|40|7210|7305|14515",
			"pemilu|2024|kecamatan|NITA|9|31|4120|4033|8153",
			"pemilu|2024|kecamatan|BOLA|6|18|2015|1990|4005",
			"pemilu|2024|kabupaten|Kabupaten Sikka|27|89|13345|13328|26673",
		}}},
		{"two abreast, L P JML, no recap", abreast, map[string][]string{"dpt": {
			"pemilu|2024|kecamatan|KEWAPANTE|<nil>|20|3000|3100|6100",
			"pemilu|2024|kecamatan|WAIGETE|<nil>|33|5001|5200|10201",
			"pemilu|2024|kecamatan|TALIBURA|<nil>|25|4444|4556|9000",
			"pemilu|2024|kecamatan|WAIBLAMA|<nil>|12|1210|1190|2400",
		}}},
		{"unframed, title case", unframed, map[string][]string{"dpt": {
			"pemilu|2024|kecamatan|ALOK TIMUR|<nil>|<nil>|1500|1520|3020",
			"pemilu|2024|kecamatan|ALOK BARAT|<nil>|<nil>|2001|1999|4000",
			"pemilu|2024|kabupaten|Kabupaten Sikka|<nil>|<nil>|3501|3519|7020",
		}}},
		{"a note off its total", off, map[string][]string{"dpt": {
			"pemilu|2024|kecamatan|ALOK|12|40|7210|7305|14515",
			"pemilu|2024|kecamatan|BOLA|6|18|2015|1990|4005",
		}}},
		{"ballot boxes, no voters", ballot, nil},
		{"surat jalan in prose", prose, nil},
	})
}
