package parse

import (
	"strings"
	"testing"
)

// stockCardLines draws a stock card: a title block between double rules,
// then its rows parted by sep (each cell padded to 10 runes, figures right,
// words left, the row framed by sep when framed); a row nil is a dashed
// rule, a row of one "=" a double rule.
func stockCardLines(sep string, framed bool, title []string, rows ...[]string) []string {
	const w = 84
	out := []string{strings.Repeat("=", w)}
	out = append(out, title...)
	out = append(out, strings.Repeat("=", w))
	for _, r := range rows {
		switch {
		case r == nil:
			out = append(out, strings.Repeat("-", w))
			continue
		case len(r) == 1 && r[0] == "=":
			out = append(out, strings.Repeat("=", w))
			continue
		}
		var cells []string
		for _, c := range r {
			pad := strings.Repeat(" ", max(0, 10-len([]rune(c))))
			if c != "" && c[0] >= '0' && c[0] <= '9' && !strings.Contains(c, "/") {
				cells = append(cells, " "+pad+c+" ")
			} else {
				cells = append(cells, " "+c+pad+" ")
			}
		}
		l := strings.Join(cells, sep)
		if framed {
			l = sep + l + sep
		}
		out = append(out, l)
	}
	return out
}

// stockDoc sets a card in a report whose other tables are TAB tables.
func stockDoc(caption string, card []string) []string {
	out := []string{"Tabel 3.1 Rekapitulasi Anggaran", "", "No\tUraian\tPagu\tRealisasi",
		"1\tBelanja Pegawai\t1.000.000\t900.000", "", caption, "",
		"[Lampiran: Kartu Stok Gudang Logistik - diketik ulang]", "",
		"MASUK L / MASUK P = pemilih laki-laki / perempuan, JUMLAH = L + P.", ""}
	out = append(out, card...)
	return append(out, "", "Sumber: Subbagian Logistik.", "")
}

// TestStockCardDPTClass: a DPT typed as the logistics warehouse's stock
// card, one intake line a kecamatan: the header's words give the area, its
// counts, L, P and their total; L + P = JUMLAH proves a line; the SALDO
// line is the kabupaten, the lines' sum; KELUAR columns must stay empty.
func TestStockCardDPTClass(t *testing.T) {
	const cap24 = "Tabel 3.4 Rekapitulasi DPT Pemilu 2024 per Kecamatan"
	title := []string{"KARTU STOK  -  GUDANG LOGISTIK KPU KAB. SIKKA",
		"Barang: Daftar Pemilih Tetap 2024          Satuan: orang"}
	// the card with dates and initials, the balance between double rules
	dated := stockDoc(cap24, stockCardLines("|", true, title,
		[]string{"TGL", "URAIAN", "DESA", "TPS", "MASUK L", "MASUK P", "JUMLAH", "PARAF"}, nil,
		[]string{"03/11", "ALOK", "12", "60", "7.210", "7.305", "14.515", "ok"},
		[]string{"04/11", "NITA", "9", "41", "4.120", "4.033", "8.153", "ok"},
		[]string{"05/11", "BOLA", "6", "20", "2.015", "1.990", "4.005", "ok"},
		[]string{"="},
		[]string{"", "SALDO KABUPATEN", "27", "121", "13.345", "13.328", "26.673", ""},
		[]string{"="}))
	// no date column, the women first, KELUAR columns left empty, an
	// opening balance with no figure, SALDO AKHIR the whole
	out := stockDoc(cap24, stockCardLines("|", true, []string{"STOCK CARD / KARTU STOK PEMILIH", "Barang: DPT Pemilu 2024"},
		[]string{"NO. BUKTI", "KECAMATAN", "TPS", "MASUK P", "MASUK L", "KELUAR L", "KELUAR P", "JUMLAH MASUK", "KET"}, nil,
		[]string{"", "SALDO AWAL", "", "-", "-", "", "", "-", ""},
		[]string{"BA-01", "WAINGAPU", "60", "12.500", "12.001", "", "", "24.501", ""},
		[]string{"BA-02", "KAMBERA", "44", "8.020", "8.100", "-", "-", "16.120", ""},
		[]string{"BA-03", "PANDAWAI", "31", "4.600", "4.433", "-", "-", "9.033", ""}, nil,
		[]string{"", "SALDO AKHIR", "135", "25.120", "24.534", "", "", "49.654", ""}))
	// TAB instead of pipes, a line off its total (a finding, not loaded)
	// and so the balance not the lines' sum (not loaded)
	tabs := stockDoc(cap24, stockCardLines("\t", false, []string{"Kartu Stok Gudang Logistik KPU", "Barang : pemilih (DPT)"},
		[]string{"Tanggal", "Uraian", "Desa/Kel", "Masuk Laki-laki", "Masuk Perempuan", "Jumlah", "Paraf"}, nil,
		[]string{"02/12", "ENDE", "13", "5.100", "5.200", "10.300", "x"},
		[]string{"02/12", "NDONA", "10", "3.000", "3.100", "6.111", "x"},
		[]string{"03/12", "WOLOWARU", "11", "2.500", "2.400", "4.900", "x"},
		[]string{"="},
		[]string{"-", "SALDO", "34", "10.600", "10.700", "21.311", "-"}))
	// look-alikes: a real stock card of ballot boxes; a DPT card that
	// issued voters out; a card of voters with no sexes
	boxes := stockDoc("Tabel 3.5 Logistik Pemilu 2024", stockCardLines("|", true,
		[]string{"KARTU STOK - GUDANG LOGISTIK", "Barang: Kotak Suara   Satuan: buah"},
		[]string{"TGL", "URAIAN", "MASUK", "KELUAR", "SISA", "PARAF"}, nil,
		[]string{"01/12", "PENERIMAAN", "500", "", "500", "ok"},
		[]string{"02/12", "ALOK", "", "120", "380", "ok"},
		[]string{"03/12", "NITA", "", "80", "300", "ok"}))
	issued := stockDoc(cap24, stockCardLines("|", true, title,
		[]string{"TGL", "URAIAN", "MASUK L", "MASUK P", "KELUAR L", "KELUAR P", "JUMLAH", "PARAF"}, nil,
		[]string{"03/11", "ALOK", "7.210", "7.305", "10", "12", "14.515", "ok"},
		[]string{"04/11", "NITA", "4.120", "4.033", "5", "1", "8.153", "ok"},
		[]string{"05/11", "BOLA", "2.015", "1.990", "0", "2", "4.005", "ok"}))
	nosex := stockDoc(cap24, stockCardLines("|", true, title,
		[]string{"TGL", "URAIAN", "DESA", "TPS", "MASUK", "JUMLAH", "PARAF"}, nil,
		[]string{"03/11", "ALOK", "12", "60", "14.515", "14.515", "ok"},
		[]string{"04/11", "NITA", "9", "41", "8.153", "8.153", "ok"}))
	checkDocs(t, []string{"dpt"}, []docCase{
		{"a dated card, SALDO KABUPATEN between double rules", dated, map[string][]string{"dpt": {
			"pemilu|2024|kecamatan|ALOK|12|60|7210|7305|14515",
			"pemilu|2024|kecamatan|NITA|9|41|4120|4033|8153",
			"pemilu|2024|kecamatan|BOLA|6|20|2015|1990|4005",
			"pemilu|2024|kabupaten|Kabupaten Sikka|27|121|13345|13328|26673",
		}}},
		{"no date, women first, empty KELUAR, SALDO AKHIR", out, map[string][]string{"dpt": {
			"pemilu|2024|kecamatan|WAINGAPU|<nil>|60|12001|12500|24501",
			"pemilu|2024|kecamatan|KAMBERA|<nil>|44|8100|8020|16120",
			"pemilu|2024|kecamatan|PANDAWAI|<nil>|31|4433|4600|9033",
			"pemilu|2024|kabupaten|Kabupaten Sikka|<nil>|135|24534|25120|49654",
		}}},
		{"TAB cells, a line off its total", tabs, map[string][]string{"dpt": {
			"pemilu|2024|kecamatan|ENDE|13|<nil>|5100|5200|10300",
			"pemilu|2024|kecamatan|WOLOWARU|11|<nil>|2500|2400|4900",
		}}},
		{"a stock card of ballot boxes", boxes, nil},
		{"a card that issued voters out", issued, nil},
		{"a card of voters with no sexes", nosex, nil},
	})
	d := parseDoc(t, "tabs", tabs...)
	n := 0
	for _, f := range d.Findings {
		if f.Aturan == "dpt.lp_tidak_sama_total" && strings.Contains(f.Nilai, "NDONA") {
			n++
		}
	}
	if n != 1 {
		t.Errorf("%d dpt.lp_tidak_sama_total findings on NDONA's line, want 1", n)
	}
}
