package parse

import "testing"

// TestJSONEnvelopes: a web service's answer pasted under a caption (a
// GraphQL "data" envelope, a REST "result") is read like the table it
// wraps, by every family; a scalar beside the records that equals the sum
// of one of their columns becomes the table's total row (with a grade
// beside it); a shop's or a server's answer of the same shape gives
// nothing.
func TestJSONEnvelopes(t *testing.T) {
	checkDocs(t, []string{"sakip", "sakip_komponen", "capaian", "dpt", "anggaran"}, []docCase{{
		name: "GraphQL answer, Indonesian keys, numbers as JSON numbers, proven final score and grade",
		body: []string{"Tabel 3.5 Hasil Evaluasi AKIP Tahun 2023 per Komponen", "", "# query",
			"query { hasilEvaluasi(tahun: 2023) { komponen { no komponen bobot nilai } nilaiAkhir predikat } }", "", "# response", "{",
			`  "data": {`, `    "hasilEvaluasi": {`, `      "komponen": [`,
			`        {"no": 1, "komponen": "Perencanaan Kinerja", "bobot": 30, "nilai": 22.5},`,
			`        {"no": 2, "komponen": "Pengukuran Kinerja", "bobot": 30, "nilai": 21},`,
			`        {"no": 3, "komponen": "Pelaporan Kinerja", "bobot": 15, "nilai": 11},`,
			`        {"no": 4, "komponen": "Evaluasi Akuntabilitas Kinerja Internal", "bobot": 25, "nilai": 21}`,
			`      ],`, `      "nilaiAkhir": 75.5,`, `      "predikat": "BB"`, "    }", "  }", "}"},
		want: map[string][]string{"sakip": {"2023|75.5|BB"}, "sakip_komponen": {"2023|perencanaan|30|22.5", "2023|pengukuran|30|21",
			"2023|pelaporan|15|11", "2023|evaluasi_internal|25|21"}},
	}, {
		name: "REST answer in English beside status and meta, components in another order, strings with decimal commas",
		body: []string{"Tabel 3.2 Nilai Evaluasi SAKIP Tahun 2022 per Komponen", "", "```json", "{", `  "status": "ok",`,
			`  "meta": {"source": "esr", "version": 3},`, `  "result": {`, `    "components": [`,
			`      {"component": "Pelaporan Kinerja", "weight": "15,00", "score": "12,00"},`,
			`      {"component": "Perencanaan Kinerja", "weight": "30,00", "score": "24,10"},`,
			`      {"component": "Evaluasi Internal", "weight": "25,00", "score": "20,75"},`,
			`      {"component": "Pengukuran Kinerja", "weight": "30,00", "score": "23,50"}`,
			`    ],`, `    "grade": "A",`, `    "totalScore": "80,35"`, "  }", "}", "```"},
		want: map[string][]string{"sakip": {"2022|80.35|A"}, "sakip_komponen": {"2022|pelaporan|15|12", "2022|perencanaan|30|24.1",
			"2022|evaluasi_internal|25|20.75", "2022|pengukuran|30|23.5"}},
	}, {
		name: "a final score the components do not add up to is no total row",
		body: []string{"Tabel 3.2 Nilai Evaluasi AKIP Tahun 2023 per Komponen", "", "{", `  "data": {`, `    "akip": {`, `      "komponen": [`,
			`        {"komponen": "Perencanaan Kinerja", "bobot": 30, "nilai": 22.5},`,
			`        {"komponen": "Pengukuran Kinerja", "bobot": 30, "nilai": 21},`,
			`        {"komponen": "Pelaporan Kinerja", "bobot": 15, "nilai": 11},`,
			`        {"komponen": "Evaluasi Internal", "bobot": 25, "nilai": 21}`,
			`      ],`, `      "nilaiAkhir": 77.5,`, `      "predikat": "BB"`, "    }", "  }", "}"},
		want: map[string][]string{"sakip_komponen": {"2023|perencanaan|30|22.5", "2023|pengukuran|30|21",
			"2023|pelaporan|15|11", "2023|evaluasi_internal|25|21"}},
	}, {
		name: "capaian as a GraphQL answer",
		body: []string{"Tabel 3.1 Capaian Kinerja Tahun 2024", "", "{", `  "data": {`, `    "pengukuranKinerja": {`, `      "tahun": 2024,`, `      "indikator": [`,
			`        {"indikator": "Persentase arsip dinamis yang tertata", "target": "85,00", "realisasi": "88,40", "capaian": "104,00"},`,
			`        {"indikator": "Persentase laporan keuangan tepat waktu", "target": "100,00", "realisasi": "92,50", "capaian": "92,50"}`,
			"      ]", "    }", "  }", "}"},
		want: map[string][]string{"capaian": {"Persentase arsip dinamis yang tertata|85|88.4|104", "Persentase laporan keuangan tepat waktu|100|92.5|92.5"}},
	}, {
		name: "DPT as a REST answer with its total row among the records",
		body: []string{"Tabel 3.4 Rekapitulasi DPT Pemilu 2024 per Kecamatan", "", "{", `  "response": {`, `    "rekap": [`,
			`      {"kecamatan": "Talibura", "l": 5120, "p": 5207, "l_p": 10327},`,
			`      {"kecamatan": "Waigete", "l": 6001, "p": 5890, "l_p": 11891},`,
			`      {"kecamatan": "JUMLAH", "l": 11121, "p": 11097, "l_p": 22218}`, "    ]", "  }", "}"},
		want: map[string][]string{"dpt": {"pemilu|2024|kecamatan|TALIBURA|<nil>|<nil>|5120|5207|10327",
			"pemilu|2024|kecamatan|WAIGETE|<nil>|<nil>|6001|5890|11891", "pemilu|2024|kabupaten|Kabupaten Sikka|<nil>|<nil>|11121|11097|22218"}},
	}, {
		name: "a voters' total beside the records is no total row (it would be a record of one figure)",
		body: []string{"Tabel 3.4 Rekapitulasi DPT Pemilu 2024 per Kecamatan", "", "{", `  "response": {`, `    "rekap": [`,
			`      {"kecamatan": "Talibura", "l": 5120, "p": 5207, "l_p": 10327},`,
			`      {"kecamatan": "Waigete", "l": 6001, "p": 5890, "l_p": 11891}`,
			`    ],`, `    "jumlahPemilih": 22218`, "  }", "}"},
		want: map[string][]string{"dpt": {"pemilu|2024|kecamatan|TALIBURA|<nil>|<nil>|5120|5207|10327",
			"pemilu|2024|kecamatan|WAIGETE|<nil>|<nil>|6001|5890|11891"}},
	}, {
		name: "a budget's total pagu beside the records is no total row",
		body: []string{"Tabel 3.3 Realisasi Anggaran Tahun 2024 (dalam rupiah)", "", "{", `  "result": {`, `    "rows": [`,
			`      {"kode": "3358", "uraian": "Pengelolaan SDM", "pagu": 1000000, "realisasi": 900000},`,
			`      {"kode": "3359", "uraian": "Pengelolaan Keuangan", "pagu": 2000000, "realisasi": 1900000}`,
			`    ],`, `    "totalPagu": 3000000`, "  }", "}"},
		want: map[string][]string{"anggaran": {"3358|kegiatan||2024|1000000|900000|100000", "3359|kegiatan||2024|2000000|1900000|100000"}},
	}, {
		name: "look-alike: a shop's answer of products whose scores add up to its total score",
		body: []string{"Ulasan produk mitra UMKM tahun 2023:", "", "{", `  "data": {`, `    "reviews": {`, `      "products": [`,
			`        {"name": "Kopi Bajawa", "weight": 250, "price": "85.000", "score": 4.5},`,
			`        {"name": "Madu Hutan Flores", "weight": 500, "price": "120.000", "score": 4.5}`,
			`      ],`, `      "totalScore": 9,`, `      "grade": "A"`, "    }", "  }", "}"},
	}, {
		name: "look-alike: a shop's GraphQL answer of products with weight, price and a total weight",
		body: []string{"Contoh jawaban layanan katalog toko:", "", "{", `  "data": {`, `    "products": {`, `      "items": [`,
			`        {"name": "Kopi Bajawa 250 g", "weight": 250, "price": "85.000", "score": 4.8},`,
			`        {"name": "Tenun Ikat Sikka", "weight": 900, "price": "1.250.000", "score": 4.9}`,
			`      ],`, `      "totalWeight": 1150,`, `      "grade": "A"`, "    }", "  }", "}"},
	}, {
		name: "look-alike: a server's metrics answer",
		body: []string{"Pemantauan server aplikasi:", "", "{", `  "data": {`, `    "cluster": {`, `      "nodes": [`,
			`        {"host": "app-1", "cpu": 35.5, "memory": 61.2, "load": 1.25},`,
			`        {"host": "app-2", "cpu": 42.1, "memory": 58.8, "load": 0.75}`,
			`      ],`, `      "totalLoad": 2,`, `      "status": "B"`, "    }", "  }", "}"},
	}, {
		name: "two answers in one envelope: neither is read",
		body: []string{"Tabel 3.2 Nilai Evaluasi AKIP Tahun 2023 per Komponen", "", "{", `  "data": {`,
			`    "a": {"komponen": [`, `        {"komponen": "Perencanaan Kinerja", "bobot": 30, "nilai": 22.5},`,
			`        {"komponen": "Pengukuran Kinerja", "bobot": 30, "nilai": 21}`, `    ]},`,
			`    "b": {"komponen": [`, `        {"komponen": "Perencanaan Kinerja", "bobot": 30, "nilai": 20.5},`,
			`        {"komponen": "Pengukuran Kinerja", "bobot": 30, "nilai": 19}`, `    ]}`, "  }", "}"},
	}})
}
