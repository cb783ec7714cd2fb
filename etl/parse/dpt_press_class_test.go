package parse

import (
	"strings"
	"testing"
)

// TestDPTPressClass: a DPT told as list items in a press release or a
// circular, one item an area a line (made-up figures): bullets with the
// sexes in parentheses after the area's total, numbered items with the
// figures before their words and "dan", dashes with an item wrapped over two
// lines and the kabupaten's own item; look-alikes: a release listing TPS
// addresses, items without a total, and an item whose L + P is not its total
// (that item dropped and reported).
func TestDPTPressClass(t *testing.T) {
	rows := []string{
		"pemilu|2024|kecamatan|ALOK|<nil>|38|8114|8402|16516",
		"pemilu|2024|kecamatan|NITA|<nil>|27|5230|5461|10691",
		"pemilu|2024|kecamatan|MAGEPANDA|<nil>|15|3002|3118|6120",
	}
	kab := "pemilu|2024|kabupaten|Kabupaten Sikka|<nil>|80|16346|16981|33327"
	head := []string{"Tabel 3.4 Rekapitulasi DPT Pemilu 2024 per Kecamatan", "",
		"SIARAN PERS", "KPU KABUPATEN SIKKA", "Nomor: 07/HM.02-SP/5307/III/2024", "",
		"Rincian per kecamatan adalah sebagai berikut:", ""}
	doc := func(items ...string) []string {
		return append(append(append([]string{}, head...), items...), "",
			"Masyarakat yang belum terdaftar diminta melapor ke PPS setempat.", "", "###", "")
	}
	bullets := doc(
		"• Kecamatan Alok: 38 TPS, 16.516 pemilih (laki-laki 8.114, perempuan 8.402)",
		"• Kecamatan Nita: 27 TPS, 10.691 pemilih (laki-laki 5.230, perempuan 5.461)",
		"• Kecamatan Magepanda: 15 TPS, 6.120 pemilih (laki-laki 3.002, perempuan 3.118)")
	numbered := doc(
		"1. Kec. Alok: 16.516 pemilih (8.114 laki-laki dan 8.402 perempuan), 38 TPS",
		"2. Kec. Nita: 10.691 pemilih (5.230 laki-laki dan 5.461 perempuan), 27 TPS",
		"3. Kec. Magepanda: 6.120 pemilih (3.002 laki-laki dan 3.118 perempuan), 15 TPS")
	wrapped := doc(
		"- PPK Alok: TPS 38, L 8.114, P 8.402,",
		"  jumlah 16.516",
		"- PPK Nita: TPS 27, L 5.230, P 5.461,",
		"  jumlah 10.691",
		"- PPK Magepanda: TPS 15, L 3.002, P 3.118,",
		"  jumlah 6.120",
		"- Total Kabupaten Sikka: TPS 80, L 16.346, P 16.981,",
		"  jumlah 33.327")
	oneWrong := doc(
		"• Kecamatan Alok: 38 TPS, 16.516 pemilih (laki-laki 8.114, perempuan 8.402)",
		"• Kecamatan Nita: 27 TPS, 10.619 pemilih (laki-laki 5.230, perempuan 5.461)",
		"• Kecamatan Magepanda: 15 TPS, 6.120 pemilih (laki-laki 3.002, perempuan 3.118)")
	// look-alikes
	addresses := doc(
		"• TPS 01 Kelurahan Kota Uneng: Jl. Ahmad Yani (halaman kantor lurah), 285 pemilih",
		"• TPS 02 Kelurahan Kota Uneng: Jl. El Tari (gedung SD), 301 pemilih",
		"• TPS 03 Kelurahan Wolomarang: Jl. Gajah Mada (aula paroki), 276 pemilih")
	noTotal := doc(
		"• Kecamatan Alok: 38 TPS (laki-laki 8.114, perempuan 8.402)",
		"• Kecamatan Nita: 27 TPS (laki-laki 5.230, perempuan 5.461)",
		"• Kecamatan Magepanda: 15 TPS (laki-laki 3.002, perempuan 3.118)")
	checkDocs(t, []string{"dpt"}, []docCase{
		{name: "bullets, the sexes in parentheses", body: bullets, want: map[string][]string{"dpt": rows}},
		{name: "numbered items, figures before their words", body: numbered, want: map[string][]string{"dpt": rows}},
		{name: "dashes, items wrapped, the kabupaten's item", body: wrapped, want: map[string][]string{"dpt": append(append([]string{}, rows...), kab)}},
		{name: "an item whose L + P is not its total", body: oneWrong, want: map[string][]string{"dpt": {rows[0], rows[2]}}},
		{name: "a release listing TPS addresses", body: addresses},
		{name: "items without a total", body: noTotal},
	})
	d := parseDoc(t, "wrong", oneWrong...)
	n := 0
	for _, f := range d.Findings {
		if f.Aturan == "dpt.lp_tidak_sama_total" && strings.Contains(f.Nilai, "Nita") {
			n++
		}
	}
	if n != 1 {
		t.Errorf("%d dpt.lp_tidak_sama_total findings on the wrong item, want 1", n)
	}
}
