package parse

import (
	"strings"
	"testing"
)

// scaleOne draws one scale (indent, name line, pans with their labels and
// figures, the total line), L's pan lower when heavier, as a poster does.
func scaleOne(head, lpan, ppan, total string) []string {
	return []string{
		head,
		"                    △",
		"       ┌────────────┴────────────┐",
		"       │                         │",
		"╲ " + lpan + " ╱            ╲ " + ppan + " ╱",
		" ▔▔▔▔▔▔▔▔▔▔▔▔▔             ▔▔▔▔▔▔▔▔▔▔▔▔▔",
		"                   ═╧═",
		"            " + total,
	}
}

// scaleTilted draws a scale whose right pan hangs a line lower.
func scaleTilted(head, lpan, ppan, total string) []string {
	return []string{
		head,
		"                    △",
		"       ┌────────────┴────────────┐",
		"       │",
		"╲ " + lpan + " ╱                  │",
		" ▔▔▔▔▔▔▔▔▔▔▔▔▔            ╲ " + ppan + " ╱",
		"                           ▔▔▔▔▔▔▔▔▔▔▔▔▔",
		"                   ═╧═",
		"            " + total,
	}
}

// scalesAbreast sets scales side by side, each width columns wide.
func scalesAbreast(width int, scales ...[]string) []string {
	n := 0
	for _, s := range scales {
		n = max(n, len(s))
	}
	out := make([]string, n)
	for k := 0; k < n; k++ {
		var b strings.Builder
		for j, s := range scales {
			l := ""
			if k < len(s) {
				l = s[k]
			}
			if j < len(scales)-1 {
				l += strings.Repeat(" ", max(2, width-len([]rune(l))))
			}
			b.WriteString(l)
		}
		out[k] = strings.TrimRight(b.String(), " ")
	}
	return out
}

// scaleDoc is a report's DPT section (under doc's Sikka cover) with the
// scales given.
func scaleDoc(parts ...[]string) []string {
	out := []string{
		"Tabel 3.6 Rekapitulasi DPT Pemilu 2024 per Kecamatan", "",
		"[Gambar: Timbangan Pemilih - diketik ulang]", "",
	}
	for _, p := range parts {
		out = append(out, p...)
		out = append(out, "")
	}
	return append(out, "Piring yang lebih rendah menunjukkan kelompok pemilih yang lebih banyak.", "")
}

// TestScalesDPTClass: a DPT drawn as balance scales, one a kecamatan, the
// kabupaten's last: the pans' labels say which figure is L and which P,
// L + P = the total under the stand proves a scale, the kabupaten's is the
// sum of the others'.
func TestScalesDPTClass(t *testing.T) {
	under := scaleDoc(
		scaleTilted("1. ALOK · 12 desa/kel · 40 TPS", "L    7.210", "P    7.305", "jumlah pemilih 14.515"),
		scaleOne("2. NITA · 9 desa/kel · 31 TPS", "L    4.120", "P    4.033", "jumlah pemilih 8.153"),
		scaleOne("3. BOLA · 6 desa/kel · 18 TPS", "L    2.015", "P    1.990", "jumlah pemilih 4.005"),
		scaleOne("KABUPATEN SIKKA · 27 desa/kel · 89 TPS", "L   13.345", "P   13.328", "jumlah pemilih 26.673"),
	)
	// three abreast, the sexes written out, the total "total", no counts
	// in the headings, the women's pan at the left
	abreast := scaleDoc(
		scalesAbreast(44,
			scaleOne("KEWAPANTE", "Perempuan 3.100", "Laki-laki 3.000", "total 6.100"),
			scaleTilted("WAIGETE", "Laki-laki 5.001", "Perempuan 5.200", "total 10.201"),
			scaleOne("TALIBURA", "Laki-laki 2.500", "Perempuan 2.400", "total 4.900")),
		scalesAbreast(44,
			scaleOne("DOREANG", "Laki-laki 1.200", "Perempuan 1.250", "total 2.450"),
			scaleOne("Total Kabupaten", "Laki-laki 11.701", "Perempuan 11.950", "total 23.651")),
	)
	// two abreast, the total "L+P", the TPS alone; the last scale, named
	// by no whole's word, is the kabupaten's as the sum of the others
	lp := scaleDoc(
		scalesAbreast(46,
			scaleOne("01 ALAK · 130 TPS", "L 22.735", "P 22.094", "L+P 44.829"),
			scaleOne("02 MAULAFA · 209 TPS", "L 15.740", "P 15.323", "L+P 31.063")),
		scalesAbreast(46,
			scaleOne("03 OEBOBO · 171 TPS", "L 16.489", "P 16.874", "L+P 33.363"),
			scaleOne("SIKKA · 510 TPS", "L 54.964", "P 54.291", "L+P 109.255")),
	)
	// a scale whose pans disagree with its total: not loaded, reported;
	// the kabupaten's no longer the sum of the rest: not loaded either
	off := scaleDoc(
		scaleOne("1. ALOK · 12 desa/kel · 40 TPS", "L    7.210", "P    7.305", "jumlah pemilih 14.515"),
		scaleOne("2. NITA · 9 desa/kel · 31 TPS", "L    4.120", "P    4.033", "jumlah pemilih 8.135"),
		scaleOne("3. BOLA · 6 desa/kel · 18 TPS", "L    2.015", "P    1.990", "jumlah pemilih 4.005"),
		scaleOne("KABUPATEN SIKKA · 27 desa/kel · 89 TPS", "L   13.345", "P   13.328", "jumlah pemilih 26.673"),
	)
	// look-alikes: the pans hold percentages only; a seesaw of two years'
	// totals
	pct := scaleDoc(
		scaleOne("ALOK", "L 49,8 %", "P 50,2 %", "jumlah pemilih 14.515"),
		scaleOne("NITA", "L 50,5 %", "P 49,5 %", "jumlah pemilih 8.153"),
	)
	years := scaleDoc(
		scaleOne("DPT KABUPATEN SIKKA", "2019 221.004", "2024 236.530", "selisih 15.526"),
		scaleOne("DPT KECAMATAN ALOK", "2019 13.004", "2024 14.515", "selisih 1.511"),
	)
	// one scale alone (a poster's kabupaten only): no areas prove it
	lone := scaleDoc(
		scaleOne("KABUPATEN SIKKA · 27 desa/kel · 89 TPS", "L   13.345", "P   13.328", "jumlah pemilih 26.673"),
	)
	checkDocs(t, []string{"dpt"}, []docCase{
		{"one under another, the kabupaten last", under, map[string][]string{"dpt": {
			"pemilu|2024|kecamatan|ALOK|12|40|7210|7305|14515",
			"pemilu|2024|kecamatan|NITA|9|31|4120|4033|8153",
			"pemilu|2024|kecamatan|BOLA|6|18|2015|1990|4005",
			"pemilu|2024|kabupaten|Kabupaten Sikka|27|89|13345|13328|26673",
		}}},
		{"three abreast, words on the pans", abreast, map[string][]string{"dpt": {
			"pemilu|2024|kecamatan|KEWAPANTE|<nil>|<nil>|3000|3100|6100",
			"pemilu|2024|kecamatan|WAIGETE|<nil>|<nil>|5001|5200|10201",
			"pemilu|2024|kecamatan|TALIBURA|<nil>|<nil>|2500|2400|4900",
			"pemilu|2024|kecamatan|DOREANG|<nil>|<nil>|1200|1250|2450",
			"pemilu|2024|kabupaten|Kabupaten Sikka|<nil>|<nil>|11701|11950|23651",
		}}},
		{"two abreast, L+P, the whole by its sums", lp, map[string][]string{"dpt": {
			"pemilu|2024|kecamatan|ALAK|<nil>|130|22735|22094|44829",
			"pemilu|2024|kecamatan|MAULAFA|<nil>|209|15740|15323|31063",
			"pemilu|2024|kecamatan|OEBOBO|<nil>|171|16489|16874|33363",
			"pemilu|2024|kabupaten|Kabupaten Sikka|<nil>|510|54964|54291|109255",
		}}},
		{"a scale off its total", off, map[string][]string{"dpt": {
			"pemilu|2024|kecamatan|ALOK|12|40|7210|7305|14515",
			"pemilu|2024|kecamatan|BOLA|6|18|2015|1990|4005",
		}}},
		{"percentages on the pans", pct, nil},
		{"a seesaw of two years", years, nil},
		{"one scale alone", lone, nil},
	})
	d := parseDoc(t, "off", off...)
	n := 0
	for _, f := range d.Findings {
		if f.Aturan == "dpt.lp_tidak_sama_total" && strings.Contains(f.Nilai, "NITA") {
			n++
		}
	}
	if n != 1 {
		t.Errorf("%d dpt.lp_tidak_sama_total findings on NITA's scale, want 1", n)
	}
}
