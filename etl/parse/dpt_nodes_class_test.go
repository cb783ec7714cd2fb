package parse

import "testing"

// nodeDoc sets a node file's lines under a caption in a report whose other
// tables are TAB tables.
func nodeDoc(caption string, file ...string) []string {
	out := []string{"Tabel 3.1 Rekapitulasi Anggaran", "", "No\tUraian\tPagu\tRealisasi",
		"1\tBelanja Pegawai\t1.000.000\t900.000", "", caption, "",
		"[Lampiran: isi berkas konfigurasi diketik ulang]", ""}
	out = append(out, file...)
	return append(out, "", "Sumber: Subbagian Data dan Informasi.", "")
}

// TestNodeDPTClass: a DPT as node lines, one area a line (KDL/SDLang nodes,
// XML empty elements, logfmt-like lines led by the level, Graphviz node
// statements): the area from the quoted label or a place property, the
// level from the node name, the roles from the property names; each area
// proven by L + P = total, the kabupaten's node by the sums.
func TestNodeDPTClass(t *testing.T) {
	const cap24 = "Tabel 3.5 Rekapitulasi DPT Pemilu 2024 per Kecamatan"
	// KDL: comments, a parent node, a kecamatan named like a kota, the kabupaten last
	kdl := nodeDoc(cap24,
		"// rekap.kdl", `rekap-dpt pemilihan="pemilu" tahun=2024 {`,
		`    kecamatan "ALOK" desa=10 tps=60 laki-laki=7210 perempuan=7305 jumlah=14515`,
		`    kecamatan "KOTA UNERI" desa=8 tps=41 laki-laki=4120 perempuan=4033 jumlah=8153`,
		`    kabupaten "SIKKA" desa=18 tps=101 laki-laki=11330 perempuan=11338 jumlah=22668`, "}")
	wantKDL := []string{"pemilu|2024|kecamatan|ALOK|10|60|7210|7305|14515", "pemilu|2024|kecamatan|KOTA UNERI|8|41|4120|4033|8153",
		"pemilu|2024|kabupaten|Kabupaten Sikka|18|101|11330|11338|22668"}
	// XML empty elements, quoted values, dotted thousands, other order, no desa
	xml := nodeDoc("Tabel 4 DPT Pilkada 2020 menurut Kecamatan",
		`<rekap pemilihan="pilkada" tahun="2020">`,
		`  <kecamatan nama="GOLEWA" jumlah="6.515" p="3.305" l="3.210" tps="30"/>`,
		`  <kecamatan nama="BAJAWA" jumlah="4.100" p="2.100" l="2.000" tps="22"/>`,
		`</rekap>`)
	wantXML := []string{"pilkada|2020|kecamatan|GOLEWA|<nil>|30|3210|3305|6515", "pilkada|2020|kecamatan|BAJAWA|<nil>|22|2000|2100|4100"}
	// logfmt-like lines led by the level, name= as the place, total=
	logfmt := nodeDoc(cap24,
		`kecamatan name="ELAR" l=9796 p=10325 total=20121`,
		`kecamatan name="CONGKAR" l=9803 p=9611 total=19414`,
		`kabupaten name="SIKKA" l=19599 p=19936 total=39535`)
	wantLogfmt := []string{"pemilu|2024|kecamatan|ELAR|<nil>|<nil>|9796|10325|20121", "pemilu|2024|kecamatan|CONGKAR|<nil>|<nil>|9803|9611|19414",
		"pemilu|2024|kabupaten|Kabupaten Sikka|<nil>|<nil>|19599|19936|39535"}
	// Graphviz node statements; the kabupaten's node not the sums: only the areas
	dot := nodeDoc("Tabel 3.3 Peta DPT Pemilu 2019",
		"digraph dpt {", `  "ELAR" [desa=19, tps=81, l=9796, p=10325, jml=20121];`,
		`  "BORONG" [desa=25, tps=93, l=11612, p=12296, jml=23908];`,
		`  "KABUPATEN MANGGARAI TIMUR" [desa=44, tps=174, l=21408, p=22621, jml=44030];`, "}")
	wantDot := []string{"pemilu|2019|kecamatan|ELAR|19|81|9796|10325|20121", "pemilu|2019|kecamatan|BORONG|25|93|11612|12296|23908"}
	// SDLang-like: the election and year only in the parent node, semicolons, kec
	parent := nodeDoc("Tabel 3.4 Rekapitulasi Pemilih per Kecamatan",
		`rekap pemilihan="pilkada" tahun=2020 {`,
		`  kec "ALOK" tps=60 l=7210 p=7305 jml=14515;`, `  kec "NITA" tps=41 l=4120 p=4033 jml=8153;`, "}")
	wantParent := []string{"pilkada|2020|kecamatan|ALOK|<nil>|60|7210|7305|14515", "pilkada|2020|kecamatan|NITA|<nil>|41|4120|4033|8153"}
	// look-alike: a KDL build configuration
	cargo := []string{"Konfigurasi build aplikasi:", "", "// build.kdl", "project {",
		`    dependency "serde" version="1.0" features="derive" optional=false`,
		`    dependency "tokio" version="1.28" features="full" optional=true`, "}"}
	// look-alike: an SVG of shapes with numeric attributes, under a DPT caption
	svg := nodeDoc(cap24, `<svg width="100" height="100">`,
		`  <rect x="10" y="20" width="30" height="40"/>`, `  <rect x="50" y="20" width="30" height="70"/>`, `</svg>`)
	// look-alike: a Graphviz graph with weights between kecamatan
	graph := nodeDoc("Gambar 2 Rute Distribusi Logistik Pemilu 2024", "digraph rute {",
		`  "ALOK" [weight=3, len=12, penwidth=2];`, `  "NITA" [weight=4, len=9, penwidth=1];`, "}")
	// look-alike: L + P not the total gives nothing
	odd := nodeDoc(cap24,
		`kecamatan "ALOK" l=7210 p=7305 jumlah=14516`, `kecamatan "NITA" l=4120 p=4033 jumlah=8154`)
	checkDocs(t, []string{"dpt"}, []docCase{
		{"KDL nodes, parent, kabupaten last", kdl, map[string][]string{"dpt": wantKDL}},
		{"XML empty elements", xml, map[string][]string{"dpt": wantXML}},
		{"logfmt led by the level", logfmt, map[string][]string{"dpt": wantLogfmt}},
		{"Graphviz nodes, whole not the sums", dot, map[string][]string{"dpt": wantDot}},
		{"election and year in the parent node", parent, map[string][]string{"dpt": wantParent}},
		{"a KDL build configuration", cargo, map[string][]string{"dpt": nil}},
		{"an SVG of rectangles", svg, map[string][]string{"dpt": nil}},
		{"a Graphviz graph of weights", graph, map[string][]string{"dpt": nil}},
		{"L + P not the total", odd, map[string][]string{"dpt": nil}},
	})
}
