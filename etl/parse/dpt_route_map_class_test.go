package parse

import "testing"

// TestDPTRouteMap: the DPT as a logistics route map typed again, each area
// a stop on a route out of the warehouse, its counts under its name; the
// kabupaten's figures in a box under the map. Distances, times, the depot
// and the stops' numbers are never counts.
func TestDPTRouteMap(t *testing.T) {
	head := []string{"Tabel 3.2 Rekapitulasi DPT Pemilu 2019 per Kecamatan", "", "[Gambar: Peta Rute Distribusi Logistik]", ""}
	doc := func(parts ...[]string) []string {
		out := append([]string{}, head...)
		for _, p := range parts {
			out = append(out, p...)
			out = append(out, "")
		}
		return out
	}
	// heavy lines, the counts on the line under the stop, a box for the whole
	r1 := []string{
		"RUTE UTARA (mobil 1)",
		" ◉ GUDANG KPU KABUPATEN SIKKA - MAUMERE",
		" ┃",
		" ┣━● 01 ALOK",
		" ┃      TPS 40 │ L 5.120 │ P 5.388 │ DPT 10.508",
		" ┃",
		" ┗━● 02 NITA",
		"        TPS 31 │ L 4.000 │ P 4.250 │ DPT 8.250",
	}
	r2 := []string{
		"RUTE SELATAN (mobil 2)",
		" ◉ GUDANG KPU KABUPATEN SIKKA - MAUMERE",
		" ┃",
		" ┗━● 03 KOTING",
		"        TPS 20 │ L 3.000 │ P 3.100 │ DPT 6.100",
	}
	box := []string{
		"╔══════════════════════════════════════╗",
		"║ KABUPATEN SIKKA                      ║",
		"║ TPS 91 │ L 12.120 │ P 12.738 │ DPT 24.858 ║",
		"╚══════════════════════════════════════╝",
	}
	// light lines, desa counts and distances along the route, the counts
	// in another order, the whole as a line "Total …: …"
	r3 := []string{
		"Jalur 1",
		" ○ Gudang logistik",
		" ├─● 1. Kecamatan Larantuka",
		" │     desa/kel 18 · jumlah 20.010 · L 9.900 · P 10.110 · TPS 52",
		" │     ± 12 km · 35 menit",
		" └─● 2. Kecamatan Ile Mandiri",
		"       desa/kel 8 · jumlah 6.000 · L 2.950 · P 3.050 · TPS 19",
		"       jarak 21 km",
	}
	r4 := []string{
		"Jalur 2",
		" ○ Gudang logistik",
		" └─● 3. Kecamatan Tanjung Bunga",
		"       desa/kel 16 · jumlah 7.500 · L 3.700 · P 3.800 · TPS 25",
	}
	total := []string{"Total Kabupaten Flores Timur: desa/kel 42 · TPS 96 · L 16.550 · P 16.960 · jumlah 33.510"}
	// a stop whose sexes do not make its total is no row
	r5 := []string{
		"JALUR BARAT",
		" ┣━● 01 ALOK",
		" ┃      TPS 40 │ L 5.120 │ P 5.388 │ DPT 10.508",
		" ┣━● 02 NITA",
		" ┃      TPS 31 │ L 4.000 │ P 4.250 │ DPT 8.350",
		" ┗━● 03 KOTING",
		"        TPS 20 │ L 3.000 │ P 3.100 │ DPT 6.100",
	}
	// look-alike: a route map of distances and times, no counts
	r6 := []string{
		"JALUR BARAT",
		" ◉ GUDANG",
		" ┣━● 01 ALOK",
		" ┃      jarak 12 km │ 40 menit │ truk 1",
		" ┣━● 02 NITA",
		" ┃      jarak 30 km │ 1 jam │ truk 1",
		" ┗━● 03 KOTING",
		"        jarak 55 km │ 2 jam │ truk 2",
	}
	checkDocs(t, []string{"dpt"}, []docCase{
		{"heavy route lines, the whole in a box", doc(r1, r2, box), map[string][]string{"dpt": {
			"pemilu|2019|kecamatan|ALOK|<nil>|40|5120|5388|10508",
			"pemilu|2019|kecamatan|NITA|<nil>|31|4000|4250|8250",
			"pemilu|2019|kecamatan|KOTING|<nil>|20|3000|3100|6100",
			"pemilu|2019|kabupaten|Kabupaten Sikka|<nil>|91|12120|12738|24858"}}},
		{"light route lines, distances dropped, the whole as a line", doc(r3, r4, total), map[string][]string{"dpt": {
			"pemilu|2019|kecamatan|LARANTUKA|18|52|9900|10110|20010",
			"pemilu|2019|kecamatan|ILE MANDIRI|8|19|2950|3050|6000",
			"pemilu|2019|kecamatan|TANJUNG BUNGA|16|25|3700|3800|7500",
			"pemilu|2019|kabupaten|Kabupaten Sikka|42|96|16550|16960|33510"}}},
		{"a stop whose sexes do not make its total is no row", doc(r5), map[string][]string{"dpt": {
			"pemilu|2019|kecamatan|ALOK|<nil>|40|5120|5388|10508",
			"pemilu|2019|kecamatan|KOTING|<nil>|20|3000|3100|6100"}}},
		{"a route map of distances only: nothing", doc(r6), nil},
	})
}
