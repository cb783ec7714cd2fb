package parse

import "testing"

// coordDoc sets a drawing's source under a caption in a report whose other
// tables are TAB tables.
func coordDoc(caption string, src ...string) []string {
	out := []string{"Tabel 3.1 Rekapitulasi Anggaran", "", "No\tUraian\tPagu\tRealisasi",
		"1\tBelanja Pegawai\t1.000.000\t900.000", "", caption, "",
		"[Lampiran: berkas gambar poster diketik ulang]", ""}
	out = append(out, src...)
	return append(out, "", "Sumber: Subbagian Data dan Informasi.", "")
}

// TestCoordTablesClass: a table typed again as texts placed at
// coordinates (HP-GL, SVG, a PDF content stream, gnuplot labels): rows by
// y in either direction, columns at the header's x, the kabupaten's row by
// its name proven as the sums; the DPT reader proves each row.
func TestCoordTablesClass(t *testing.T) {
	const cap24 = "Tabel 3.5 Rekapitulasi DPT Pemilu 2024 per Kecamatan"
	want24 := []string{"pemilu|2024|kecamatan|ALOK|<nil>|60|7210|7305|14515", "pemilu|2024|kecamatan|NITA|<nil>|41|4120|4033|8153",
		"pemilu|2024|kabupaten|Kabupaten Sikka|<nil>|101|11330|11338|22668"}
	// HP-GL, another terminator, PA moves, columns in another order,
	// right-aligned figures a little off the header's x, a JUMLAH row
	hpgl := coordDoc("Tabel 4 DPT Pilkada 2020 menurut Kecamatan",
		"IN;SP1;DT#;", "SI0.2,0.3;",
		"PA300,6000;LBDPT PILKADA 2020#",
		"PA300,5600;LBKECAMATAN#PA2500,5600;LBJUMLAH#PA4000,5600;LBL#PA5000,5600;LBP#PA6000,5600;LBDESA#",
		"PA300,5200;LBGOLEWA#PA2560,5200;LB6515#PA4050,5200;LB3210#PA5050,5200;LB3305#PA6040,5200;LB14#",
		"PA300,4800;LBBAJAWA#PA2560,4800;LB4100#PA4050,4800;LB2000#PA5050,4800;LB2100#PA6040,4800;LB9#",
		"SP2;", "PA300,4400;LBJUMLAH#PA2560,4400;LB10615#PA4050,4400;LB5210#PA5050,4400;LB5405#PA6040,4400;LB23#", "PA0,0;SP0;")
	wantHPGL := []string{"pilkada|2020|kecamatan|GOLEWA|14|<nil>|3210|3305|6515", "pilkada|2020|kecamatan|BAJAWA|9|<nil>|2000|2100|4100",
		"pilkada|2020|kabupaten|Kabupaten Sikka|23|<nil>|5210|5405|10615"}
	// SVG, y pointing down, one text a line, the kabupaten by its name
	svg := coordDoc(cap24,
		`<svg xmlns="http://www.w3.org/2000/svg" width="600" height="300">`,
		`<rect x="0" y="0" width="600" height="300" fill="white"/>`,
		`<text x="20" y="40" font-size="12">Kecamatan</text>`, `<text x="200" y="40">TPS</text>`,
		`<text x="300" y="40">Laki-laki</text>`, `<text x="400" y="40">Perempuan</text>`, `<text x="500" y="40">Jumlah</text>`,
		`<text x="20" y="70">ALOK</text><text x="205" y="70">60</text><text x="305" y="70">7.210</text><text x="405" y="70">7.305</text><text x="505" y="70">14.515</text>`,
		`<text x="20" y="100">NITA</text><text x="205" y="100">41</text><text x="305" y="100">4.120</text><text x="405" y="100">4.033</text><text x="505" y="100">8.153</text>`,
		`<text x="20" y="130" font-weight="bold">SIKKA</text><text x="205" y="130">101</text><text x="305" y="130">11.330</text><text x="405" y="130">11.338</text><text x="505" y="130">22.668</text>`,
		`</svg>`)
	// a PDF content stream, y up, Td from the text object's origin
	pdf := coordDoc(cap24,
		"BT /F1 10 Tf 72 720 Td (REKAP DPT PEMILU 2024) Tj ET",
		"BT /F1 9 Tf 72 700 Td (Kecamatan) Tj ET BT 200 700 Td (TPS) Tj ET BT 260 700 Td (L) Tj ET BT 330 700 Td (P) Tj ET BT 400 700 Td (L+P) Tj ET",
		"BT 72 686 Td (ALOK) Tj ET BT 200 686 Td (60) Tj ET BT 260 686 Td (7210) Tj ET BT 330 686 Td (7305) Tj ET BT 400 686 Td (14515) Tj ET",
		"BT 72 672 Td (NITA) Tj ET BT 200 672 Td (41) Tj ET BT 260 672 Td (4120) Tj ET BT 330 672 Td (4033) Tj ET BT 400 672 Td (8153) Tj ET",
		"BT 72 658 Td (TOTAL) Tj ET BT 200 658 Td (101) Tj ET BT 260 658 Td (11330) Tj ET BT 330 658 Td (11338) Tj ET BT 400 658 Td [(2266) -10 (8)] TJ ET")
	// gnuplot labels, graph coordinates, the rows out of order
	gnu := coordDoc(cap24,
		"set terminal pngcairo size 800,400", "unset border", "unset tics",
		`set label 1 "Kecamatan" at graph 0.05, graph 0.9`, `set label 2 "TPS" at graph 0.4, graph 0.9`,
		`set label 3 "L" at graph 0.55, graph 0.9`, `set label 4 "P" at graph 0.7, graph 0.9`, `set label 5 "Total" at graph 0.85, graph 0.9`,
		`set label 11 "NITA" at graph 0.05, graph 0.7`, `set label 12 "41" at graph 0.4, graph 0.7`,
		`set label 13 "4120" at graph 0.55, graph 0.7`, `set label 14 "4033" at graph 0.7, graph 0.7`, `set label 15 "8153" at graph 0.85, graph 0.7`,
		`set label 6 "ALOK" at graph 0.05, graph 0.8`, `set label 7 "60" at graph 0.4, graph 0.8`,
		`set label 8 "7210" at graph 0.55, graph 0.8`, `set label 9 "7305" at graph 0.7, graph 0.8`, `set label 10 "14515" at graph 0.85, graph 0.8`,
		"plot NaN notitle")
	wantGnu := want24[:2]
	// DXF TEXT entities, a code and its value a line each
	var dxf []string
	for _, c := range [][3]string{{"0", "100", "Kecamatan"}, {"40", "100", "TPS"}, {"60", "100", "L"}, {"80", "100", "P"}, {"100", "100", "Jumlah"},
		{"0", "90", "ALOK"}, {"40", "90", "60"}, {"60", "90", "7210"}, {"80", "90", "7305"}, {"100", "90", "14515"},
		{"0", "80", "NITA"}, {"40", "80", "41"}, {"60", "80", "4120"}, {"80", "80", "4033"}, {"100", "80", "8153"}} {
		dxf = append(dxf, "0", "TEXT", "8", "TABEL", "10", c[0], "20", c[1], "40", "2.5", "1", c[2])
	}
	dxf = append(append([]string{"0", "SECTION", "2", "ENTITIES"}, dxf...), "0", "ENDSEC", "0", "EOF")
	dxfDoc := coordDoc(cap24, dxf...)
	// look-alike: an HP-GL floor plan, rooms and their dimensions
	plan := coordDoc("Denah gedung arsip KPU Kabupaten Sikka.",
		"IN;SP1;DT*;", "PU0,0;PD0,6000,9000,6000,9000,0,0,0;", "PU0,3000;PD4500,3000;",
		"PU500,5000;LBRUANG ARSIP*PU5000,5000;LBGUDANG LOGISTIK*PU500,1500;LBRUANG RAPAT*PU5000,1500;LBTOILET*",
		"PU500,4600;LB4500*PU5000,4600;LB4500*PU500,1100;LB3000*PU5000,1100;LB1200*", "PU0,0;SP0;")
	// look-alike: an SVG bar chart's axis ticks and bar labels
	chart := coordDoc(cap24,
		`<svg width="400" height="300">`,
		`<text x="10" y="20">Jumlah</text><text x="10" y="100">10000</text><text x="10" y="180">5000</text><text x="10" y="260">0</text>`,
		`<rect x="60" y="80" width="40" height="180"/><rect x="160" y="120" width="40" height="140"/>`,
		`<text x="60" y="280">ALOK</text><text x="160" y="280">NITA</text><text x="260" y="280">SIKKA</text>`,
		`<text x="60" y="75">14515</text><text x="160" y="115">8153</text><text x="260" y="60">22668</text>`,
		`</svg>`)
	// look-alike: a server dashboard drawn as a PDF page, a host a row
	hosts := coordDoc("Pemantauan server aplikasi pemilih.",
		"BT 72 700 Td (HOST) Tj ET BT 200 700 Td (CPU) Tj ET BT 260 700 Td (RAM) Tj ET BT 330 700 Td (DISK) Tj ET",
		"BT 72 686 Td (sidalih-1) Tj ET BT 200 686 Td (42) Tj ET BT 260 686 Td (7210) Tj ET BT 330 686 Td (14515) Tj ET",
		"BT 72 672 Td (sidalih-2) Tj ET BT 200 672 Td (17) Tj ET BT 260 672 Td (4120) Tj ET BT 330 672 Td (8153) Tj ET")
	checkDocs(t, []string{"dpt"}, []docCase{
		{"HP-GL, # terminator, PA, columns reordered, JUMLAH row", hpgl, map[string][]string{"dpt": wantHPGL}},
		{"SVG, y down, kabupaten by name", svg, map[string][]string{"dpt": want24}},
		{"PDF content stream, TJ array", pdf, map[string][]string{"dpt": want24}},
		{"gnuplot labels out of order", gnu, map[string][]string{"dpt": wantGnu}},
		{"DXF TEXT entities", dxfDoc, map[string][]string{"dpt": want24[:2]}},
		{"an HP-GL floor plan", plan, map[string][]string{"dpt": nil}},
		{"an SVG chart's ticks", chart, map[string][]string{"dpt": nil}},
		{"a server dashboard page", hosts, map[string][]string{"dpt": nil}},
	})
}
