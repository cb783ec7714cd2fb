package parse

import (
	"strings"
	"testing"
)

// flapBoardLines draws a board: its rows of cells parted by sep, each cell
// padded to 12 runes (figures right, words left); a row nil is a rule; the
// board in a double frame with a title when framed.
func flapBoardLines(sep string, framed bool, title string, rows ...[]string) []string {
	var body []string
	for _, r := range rows {
		if r == nil {
			body = append(body, "")
			continue
		}
		var cells []string
		for _, c := range r {
			pad := strings.Repeat(" ", max(0, 12-len([]rune(c))))
			if c != "" && c[0] >= '0' && c[0] <= '9' {
				cells = append(cells, pad+c)
			} else {
				cells = append(cells, c+pad)
			}
		}
		body = append(body, strings.Join(cells, sep))
	}
	w := 0
	for _, b := range body {
		w = max(w, len([]rune(b)))
	}
	var out []string
	if framed {
		out = append(out, "╔"+strings.Repeat("═", w+2)+"╗")
		if title != "" {
			out = append(out, "║ "+title+strings.Repeat(" ", max(0, w-len([]rune(title))))+" ║", "╠"+strings.Repeat("═", w+2)+"╣")
		}
	}
	for _, b := range body {
		switch {
		case b == "" && framed:
			out = append(out, "╟"+strings.Repeat("─", w+2)+"╢")
		case b == "":
			out = append(out, strings.Repeat("-", w))
		case framed:
			out = append(out, "║ "+b+strings.Repeat(" ", w-len([]rune(b)))+" ║")
		default:
			out = append(out, b)
		}
	}
	if framed {
		out = append(out, "╚"+strings.Repeat("═", w+2)+"╝")
	}
	return out
}

func flapDoc(caption string, board []string) []string {
	out := []string{caption, "", "[Gambar: Papan Penerbangan Menuju TPS - diketik ulang]", "",
		"Setiap penerbangan satu kecamatan; penumpang = jumlah pemilih.", ""}
	out = append(out, board...)
	return append(out, "", "Sumber: Subbagian Data dan Informasi.", "")
}

// TestFlapBoardDPTClass: a DPT drawn as an airport's split-flap board,
// one flight a kecamatan: the header's words say which cell is the area,
// its counts, L, P and the total; L + P = total proves a flight; the line
// of TOTAL / all destinations is the kabupaten, the areas' sum.
func TestFlapBoardDPTClass(t *testing.T) {
	const cap24 = "Tabel 3.2 Rekapitulasi DPT Pemilu 2024 per Kecamatan"
	// the ▌ board in a double frame, the TOTAL line under a rule
	departures := flapDoc(cap24, flapBoardLines("▌", true, "✈ KEBERANGKATAN  DEPARTURES   08.00 WITA",
		[]string{"PENERBANGAN", "TUJUAN", "DESA", "TPS", "PRIA", "WANITA", "PENUMPANG", "STATUS"}, nil,
		[]string{"KPU-01", "WAINGAPU", "7", "60", "12.001", "12.500", "24.501", "BOARDING"},
		[]string{"KPU-02", "KAMBERA", "8", "44", "8.100", "8.020", "16.120", "ON TIME"},
		[]string{"KPU-03", "PANDAWAI", "9", "31", "4.433", "4.600", "9.033", "BOARDING"}, nil,
		[]string{"TOTAL", "SEMUA TUJUAN", "24", "135", "24.534", "25.120", "49.654", "TEPAT"}))
	// an arrivals board in │ cells with no frame, the order changed, the
	// sexes in one L/P cell, no TOTAL line: the last flight the whole by
	// its sums
	arrivals := flapDoc(cap24, flapBoardLines("│", false, "",
		[]string{"FLIGHT", "ASAL", "TPS", "L/P", "PAX", "JAM"}, nil,
		[]string{"PP-1", "KOTA RAJA", "51", "7.000/7.100", "14.100", "09.15"},
		[]string{"PP-2", "MAULAFA", "48", "6.500/6.600", "13.100", "09.30"},
		[]string{"PP-3", "OEBOBO", "40", "5.001/5.050", "10.051", "09.45"},
		[]string{"PP-4", "KELAPA LIMA", "38", "4.000/4.010", "8.010", "10.00"},
		[]string{"PP-5", "KOTA KUPANG", "177", "22.501/22.760", "45.261", "10.15"}))
	// pipes as flaps, the women first, a flight off its total (a finding,
	// not loaded) and so the kabupaten not the areas' sum (not loaded)
	pipes := flapDoc(cap24, flapBoardLines("|", false, "",
		[]string{"", "NO. PENERBANGAN", "TUJUAN", "DESA/KEL", "PEREMPUAN", "LAKI-LAKI", "JUMLAH", "KETERANGAN", ""},
		nil,
		[]string{"", "KPU-11", "ALOK", "12", "7.305", "7.210", "14.515", "TIBA", ""},
		[]string{"", "KPU-12", "NITA", "9", "4.033", "4.120", "8.135", "TIBA", ""},
		[]string{"", "KPU-13", "BOLA", "6", "1.990", "2.015", "4.005", "TIBA", ""},
		[]string{"", "JUMLAH", "KABUPATEN SIKKA", "27", "13.328", "13.345", "26.673", "", ""}))
	// look-alikes: a real flight schedule; a passenger count board with no
	// sexes; a board of percentages
	schedule := flapDoc("Tabel 2.1 Jadwal Perjalanan Dinas", flapBoardLines("▌", true, "KEBERANGKATAN",
		[]string{"PENERBANGAN", "TUJUAN", "JAM", "GATE", "STATUS"}, nil,
		[]string{"GA-435", "KUPANG", "07.00", "3", "BOARDING"},
		[]string{"ID-6541", "LABUAN BAJO", "09.20", "5", "DELAYED"}))
	pax := flapDoc("Tabel 2.2 Penumpang", flapBoardLines("▌", true, "KEBERANGKATAN",
		[]string{"PENERBANGAN", "TUJUAN", "DEWASA", "ANAK", "PENUMPANG", "STATUS"}, nil,
		[]string{"GA-435", "KUPANG", "120", "10", "130", "BOARDING"},
		[]string{"ID-6541", "ENDE", "60", "5", "65", "DELAYED"}))
	pct := flapDoc(cap24, flapBoardLines("▌", true, "KEBERANGKATAN",
		[]string{"PENERBANGAN", "TUJUAN", "PRIA", "WANITA", "PENUMPANG", "STATUS"}, nil,
		[]string{"KPU-01", "ALOK", "49,8 %", "50,2 %", "100 %", "BOARDING"},
		[]string{"KPU-02", "NITA", "50,5 %", "49,5 %", "100 %", "BOARDING"}))
	checkDocs(t, []string{"dpt"}, []docCase{
		{"a framed departures board with its TOTAL line", departures, map[string][]string{"dpt": {
			"pemilu|2024|kecamatan|WAINGAPU|7|60|12001|12500|24501",
			"pemilu|2024|kecamatan|KAMBERA|8|44|8100|8020|16120",
			"pemilu|2024|kecamatan|PANDAWAI|9|31|4433|4600|9033",
			"pemilu|2024|kabupaten|Kabupaten Sikka|24|135|24534|25120|49654",
		}}},
		{"an arrivals board, L/P in one cell, the whole by its sums", arrivals, map[string][]string{"dpt": {
			"pemilu|2024|kecamatan|KOTA RAJA|<nil>|51|7000|7100|14100",
			"pemilu|2024|kecamatan|MAULAFA|<nil>|48|6500|6600|13100",
			"pemilu|2024|kecamatan|OEBOBO|<nil>|40|5001|5050|10051",
			"pemilu|2024|kecamatan|KELAPA LIMA|<nil>|38|4000|4010|8010",
			"pemilu|2024|kabupaten|Kabupaten Sikka|<nil>|177|22501|22760|45261",
		}}},
		{"pipes, the women first, a flight off its total", pipes, map[string][]string{"dpt": {
			"pemilu|2024|kecamatan|ALOK|12|<nil>|7210|7305|14515",
			"pemilu|2024|kecamatan|BOLA|6|<nil>|2015|1990|4005",
		}}},
		{"a real flight schedule", schedule, nil},
		{"a passenger board with no sexes", pax, nil},
		{"percentages on the flaps", pct, nil},
	})
	d := parseDoc(t, "pipes", pipes...)
	n := 0
	for _, f := range d.Findings {
		if f.Aturan == "dpt.lp_tidak_sama_total" && strings.Contains(f.Nilai, "NITA") {
			n++
		}
	}
	if n != 1 {
		t.Errorf("%d dpt.lp_tidak_sama_total findings on NITA's flight, want 1", n)
	}
}
