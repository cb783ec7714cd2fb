package parse

import (
	"strings"
	"testing"
)

// TestDPTItemsClass: a DPT written as short labelled items in running text
// (made-up figures): a web site's running text between star marks, a
// broadcast message parted by bars, a video's chapter list behind times,
// English labels; a heading item, a greeting and chapters of the meeting
// are no rows; an item whose L + P is not its total is no row.
func TestDPTItemsClass(t *testing.T) {
	rows := []string{
		"pemilu|2024|kecamatan|ALOK|12|38|8114|8402|16516",
		"pemilu|2024|kecamatan|NITA|10|27|5230|5461|10691",
		"pemilu|2024|kecamatan|MAGEPANDA|5|15|3002|3118|6120",
		"pemilu|2024|kabupaten|Kabupaten Sikka|27|80|16346|16981|33327",
	}
	// no village counts in a running text
	noDesa := func(rs []string) []string {
		out := make([]string, len(rs))
		for i, r := range rs {
			f := strings.Split(r, "|")
			f[4] = "<nil>"
			out[i] = strings.Join(f, "|")
		}
		return out
	}
	caption := []string{"Tabel 3.4 Rekapitulasi DPT Pemilu 2024 per Kecamatan", ""}
	ticker := append(append([]string{}, caption...),
		"(teks berjalan laman resmi, disalin 3 Januari 2025)", "",
		"★ Selamat datang di laman KPU Kabupaten Sikka ★ DPT PEMILU 2024 KABUPATEN SIKKA ★ "+
			"Kec. Alok: 38 TPS, L 8.114 / P 8.402 = 16.516 pemilih ★ Kec. Nita: 27 TPS, L 5.230 / P 5.461 = 10.691 pemilih ★ "+
			"Kec. Magepanda: 15 TPS, L 3.002 / P 3.118 = 6.120 pemilih ★ "+
			"TOTAL KABUPATEN SIKKA: 80 TPS, L 16.346 / P 16.981 = 33.327 pemilih ★ Cek nama Anda di cekdptonline.kpu.go.id ★", "")
	// a broadcast message: the sender before the first item, Kecamatan
	// spelled out, the cells in another order, bars between the items
	broadcast := append(append([]string{}, caption...),
		"Pesan siaran grup operator, disalin utuh:", "",
		"[02/07/23 19.05] Admin KPU Sikka: Kecamatan Alok: TPS 38, desa/kel 12, P 8.402, L 8.114, jumlah 16.516 | "+
			"Kecamatan Nita: TPS 27, desa/kel 10, P 5.461, L 5.230, jumlah 10.691 | "+
			"Kecamatan Magepanda: TPS 15, desa/kel 5, P 3.118, L 3.002, jumlah 6.120 | "+
			"Jumlah se-Kabupaten: TPS 80, desa/kel 27, P 16.981, L 16.346, jumlah 33.327", "")
	// a video's chapters, times of two fields, English labels; the
	// regency's chapter named
	chapters := append(append([]string{}, caption...),
		"Live: Plenary meeting on the DPT of Pemilu 2024, KPU Kabupaten Sikka", "",
		"Chapters:",
		"00:00 Opening",
		"00:05 Kecamatan Alok: 12 villages, 38 polling stations, M 8.114, F 8.402, total 16.516",
		"12:41 Kecamatan Nita: 10 villages, 27 polling stations, M 5.230, F 5.461, total 10.691",
		"19:02 Kecamatan Magepanda: 5 villages, 15 polling stations, M 3.002, F 3.118, total 6.120",
		"27:30 Regency total: 27 villages, 80 polling stations, M 16.346, F 16.981, total 33.327",
		"31:15 Closing", "")
	// times of three fields, PPK items, the penetapan chapter the kabupaten's
	ppk := append(append([]string{}, caption...),
		"Bab:",
		"0:00:00 Pembukaan dan pembacaan tata tertib",
		"0:12:40 PPK Alok: 12 desa/kel, 38 TPS, L 8.114, P 8.402, total 16.516",
		"0:23:21 PPK Nita: 10 desa/kel, 27 TPS, L 5.230, P 5.461, total 10.691",
		"0:32:00 PPK Magepanda: 5 desa/kel, 15 TPS, L 3.002, P 3.118, total 6.120",
		"0:41:40 Penetapan DPT tingkat kabupaten: 27 desa/kel, 80 TPS, L 16.346, P 16.981, total 33.327",
		"0:50:02 Penandatanganan berita acara", "")
	// bullets on one line; the kabupaten unnamed, proven by its sums
	bullets := append(append([]string{}, caption...),
		"• Alok: 12 desa, 38 TPS, laki-laki 8.114, perempuan 8.402, jumlah 16.516 • Nita: 10 desa, 27 TPS, laki-laki 5.230, "+
			"perempuan 5.461, jumlah 10.691 • Magepanda: 5 desa, 15 TPS, laki-laki 3.002, perempuan 3.118, jumlah 6.120 • "+
			"Sikka: 27 desa, 80 TPS, laki-laki 16.346, perempuan 16.981, jumlah 33.327", "")
	// one item's L + P is not its total: that item alone is no row
	wrong := append(append([]string{}, caption...),
		"★ Kec. Alok: 38 TPS, L 8.114 / P 8.402 = 16.516 pemilih ★ Kec. Nita: 27 TPS, L 5.230 / P 5.461 = 10.619 pemilih ★ "+
			"Kec. Magepanda: 15 TPS, L 3.002 / P 3.118 = 6.120 pemilih ★", "")
	// look-alikes: a ticker of news items; items without a total (no
	// proof); every item's sum wrong
	news := append(append([]string{}, caption...),
		"★ Info: pendaftaran PPK dibuka 20 Desember 2023 ★ Jadwal: pleno DPT 2 Juli 2023, pukul 09.00 ★ Layanan: 0812 3456 789 ★", "")
	noTotal := append(append([]string{}, caption...),
		"★ Kec. Alok: 38 TPS, L 8.114, P 8.402 ★ Kec. Nita: 27 TPS, L 5.230, P 5.461 ★ Kec. Magepanda: 15 TPS, L 3.002, P 3.118 ★", "")
	allWrong := append(append([]string{}, caption...),
		"★ Kec. Alok: 38 TPS, L 8.114 / P 8.402 = 16.561 pemilih ★ Kec. Nita: 27 TPS, L 5.230 / P 5.461 = 10.619 pemilih ★", "")
	// a province's roll: every item a kabupaten; an area given twice
	province := append(append([]string{}, caption...),
		"★ Kab. Alor: 402 TPS, L 71.204 / P 74.311 = 145.515 pemilih ★ Kabupaten Lembata: 351 TPS, L 48.002 / P 52.118 = 100.120 pemilih ★ "+
			"Kota Kupang: 690 TPS, L 130.551 / P 136.004 = 266.555 pemilih ★", "")
	twice := append(append([]string{}, caption...),
		"★ Kec. Alok: 38 TPS, L 8.114 / P 8.402 = 16.516 pemilih ★ Kec. Nita: 27 TPS, L 5.230 / P 5.461 = 10.691 pemilih ★ "+
			"Kec. Alok: 39 TPS, L 8.120 / P 8.402 = 16.522 pemilih ★", "")
	// sentences before the figures, no area named
	sentences := append(append([]string{}, caption...),
		"★ Hasil rekap yang dibacakan hari ini: L 8.114 / P 8.402 = 16.516 pemilih ★ "+
			"Hasil rekap yang dibacakan kemarin sore: L 5.230 / P 5.461 = 10.691 pemilih ★", "")
	checkDocs(t, []string{"dpt"}, []docCase{
		{name: "sentences, no area", body: sentences},
		{name: "a province's roll of kabupaten items", body: province},
		{name: "an area given twice", body: twice},
		{name: "running text between stars, heading and greeting items", body: ticker, want: map[string][]string{"dpt": noDesa(rows)}},
		{name: "broadcast parted by bars, a sender before the first item", body: broadcast, want: map[string][]string{"dpt": rows}},
		{name: "chapters behind times, English labels", body: chapters, want: map[string][]string{"dpt": rows}},
		{name: "chapters of a plenary, PPK items, penetapan", body: ppk, want: map[string][]string{"dpt": rows}},
		{name: "bullets on a line, the total by its sums", body: bullets, want: map[string][]string{"dpt": rows}},
		{name: "an item whose L + P is not its total", body: wrong, want: map[string][]string{"dpt": {noDesa(rows)[0], noDesa(rows)[2]}}},
		{name: "a ticker of news items", body: news},
		{name: "items without a total", body: noTotal},
		{name: "every item's sum wrong", body: allWrong},
	})
	// the wrong items are reported
	for _, tc := range []struct {
		body []string
		n    int
	}{{wrong, 1}, {allWrong, 2}, {ticker, 0}} {
		d := parseDoc(t, "wrong", tc.body...)
		n := 0
		for _, f := range d.Findings {
			if f.Aturan == "dpt.lp_tidak_sama_total" && strings.Contains(f.Nilai, "TPS") {
				n++
			}
		}
		if n != tc.n {
			t.Errorf("%d dpt.lp_tidak_sama_total findings, want %d", n, tc.n)
		}
	}
}
