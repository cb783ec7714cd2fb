package parse

import (
	"strings"
	"testing"
)

// TestJSONTables: tables pasted as an application's JSON export (fenced or
// bare; records of named cells, or rows of cells under a header array;
// values as strings or JSON numbers) are read like TAB tables by every
// family, under the export's caption key.
func TestJSONTables(t *testing.T) {
	checkDocs(t, []string{"capaian", "anggaran", "dpt", "sakip_komponen"}, []docCase{{
		name: "fenced object, caption key, records with snake_case keys",
		body: []string{"Hasil pengukuran diekspor dari aplikasi kinerja.", "", "```json", "{",
			`  "judul": "Tabel 3.1 Capaian Kinerja Tahun 2024",`,
			`  "data": [`,
			`    {"no": "1", "indikator_kinerja": "Persentase arsip dinamis yang tertata", "target": "85,00", "realisasi": "88,40", "capaian_persen": "104,00"},`,
			`    {"no": "2", "indikator_kinerja": "Persentase laporan keuangan tepat waktu", "target": "100,00", "realisasi": "92,50", "capaian_persen": "92,50"}`,
			"  ]", "}", "```", "", "Sumber: aplikasi."},
		want: map[string][]string{"capaian": {"Persentase arsip dinamis yang tertata|85|88.4|104", "Persentase laporan keuangan tepat waktu|100|92.5|92.5"}},
	}, {
		name: "bare array of arrays, header row first, amounts as JSON numbers",
		body: []string{"Tabel 3.3 Realisasi Anggaran Tahun 2024 (dalam rupiah)", "", "[",
			`  ["Kode", "Program/Kegiatan", "Pagu", "Realisasi"],`,
			`  ["076.01.WA", "Program Dukungan Manajemen", 2500000000, 2400000000],`,
			`  ["3358", "Pengelolaan Sumber Daya Manusia", 2500000000, 2400000000],`,
			`  ["", "JUMLAH", 2500000000, 2400000000]`, "]"},
		want: map[string][]string{"anggaran": {"076.01.WA|program||2024|2500000000|2400000000|100000000",
			"3358|kegiatan|076.01.WA|2024|2500000000|2400000000|100000000", "TOTAL|total||2024|2500000000|2400000000|100000000"}},
	}, {
		name: "header array beside rows, pretty-printed records, capitalised keys, decimal numbers",
		body: []string{"Tabel 3.4 Rekapitulasi DPT Pemilu 2024 per Kecamatan", "", "```", "{",
			`  "kolom": ["No", "Kecamatan", "L", "P", "L+P"],`, `  "baris": [`,
			`    [1, "Talibura", 5120, 5207, 10327],`, `    [2, "Waigete", 6001, 5890, 11891],`,
			`    [null, "JUMLAH", 11121, 11097, 22218]`, "  ]", "}", "```"},
		want: map[string][]string{"dpt": {"pemilu|2024|kecamatan|TALIBURA|<nil>|<nil>|5120|5207|10327",
			"pemilu|2024|kecamatan|WAIGETE|<nil>|<nil>|6001|5890|11891", "pemilu|2024|kabupaten|Kabupaten Sikka|<nil>|<nil>|11121|11097|22218"}},
	}, {
		name: "records spread over lines, keys in another order per record, numbers with a decimal point",
		body: []string{"```json", `{"Tabel": "Tabel 3.1 Pengukuran Kinerja Tahun 2024", "Rows": [`,
			"  {", `    "Indikator": "Persentase pemilih disabilitas terdaftar",`, `    "Target": 70.5,`, `    "Realisasi": 74.25,`, `    "Capaian (%)": 105.32`, "  },",
			"  {", `    "Realisasi": 96,`, `    "Target": 100,`, `    "Indikator": "Persentase rapat pleno terdokumentasi",`, `    "Capaian (%)": 96`, "  }",
			"]}", "```"},
		want: map[string][]string{"capaian": {"Persentase pemilih disabilitas terdaftar|70.5|74.25|105.32", "Persentase rapat pleno terdokumentasi|100|96|96"}},
	}, {
		name: "the total record omits its empty code and number fields",
		body: []string{"Tabel 3.2 Nilai Evaluasi AKIP Tahun 2023 per Komponen", "", "```json", "[",
			`  {"no": 1, "komponen": "Perencanaan Kinerja", "bobot": 30, "nilai": 22.4},`,
			`  {"no": 2, "komponen": "Pengukuran Kinerja", "bobot": 30, "nilai": 21.1},`,
			`  {"komponen": "Nilai Akhir", "bobot": 60, "nilai": 43.5}`, "]", "```"},
		want: map[string][]string{"sakip_komponen": {"2023|perencanaan|30|22.4", "2023|pengukuran|30|21.1"}},
	}, {
		name: "JSON Lines: one record a line, no array around them",
		body: []string{"Tabel 3.4 Rekapitulasi DPT Pemilu 2024 per Kecamatan", "",
			`{"kecamatan": "Alok", "l": "9.402", "p": "9.877", "l_p": "19.279"}`,
			`{"kecamatan": "Alok Timur", "l": "8.113", "p": "8.460", "l_p": "16.573"}`,
			`{"kecamatan": "JUMLAH", "l": "17.515", "p": "18.337", "l_p": "35.852"}`, ""},
		want: map[string][]string{"dpt": {"pemilu|2024|kecamatan|ALOK|<nil>|<nil>|9402|9877|19279",
			"pemilu|2024|kecamatan|ALOK TIMUR|<nil>|<nil>|8113|8460|16573", "pemilu|2024|kabupaten|Kabupaten Sikka|<nil>|<nil>|17515|18337|35852"}},
	}, {
		name: "one export holding two tables, each under its key's name",
		body: []string{"Ekspor aplikasi:", "", "{", `  "satker": "KPU Kabupaten Sikka",`, `  "pengukuran_kinerja_2024": [`,
			`    {"indikator": "Persentase salinan DPT terdistribusi", "target": "95,00", "realisasi": "97,85", "capaian": "103,00"}`,
			"  ],", `  "realisasi_anggaran_2024": [`,
			`    {"kode": "076.01.WA", "uraian": "Program Dukungan Manajemen", "pagu": "1.250.000.000", "realisasi": "1.175.000.000"},`,
			`    {"kode": "", "uraian": "JUMLAH", "pagu": "1.250.000.000", "realisasi": "1.175.000.000"}`, "  ]", "}"},
		want: map[string][]string{"capaian": {"Persentase salinan DPT terdistribusi|95|97.85|103"},
			"anggaran": {"076.01.WA|program||2024|1250000000|1175000000|75000000", "TOTAL|total||2024|1250000000|1175000000|75000000"}},
	}, {
		name: "records of other keys: no table",
		body: []string{"Tabel 3.1 Capaian Kinerja Tahun 2024", "", "[",
			`  {"indikator": "Persentase arsip tertata", "target": "80,00", "realisasi": "82,00"},`,
			`  {"indikator": "Persentase laporan tepat waktu", "sasaran": "100,00", "realisasi": "90,00"}`, "]"},
	}})
}

// TestJSONTablesLines: the rewrite keeps every line where it was, and a
// text whose JSON is no table comes back as it is.
func TestJSONTablesLines(t *testing.T) {
	in := "Tabel 1\n```json\n{\"tabel\": \"Tabel 3.2\", \"baris\": [\n {\"a\": \"1\", \"b\": \"2\"},\n {\"a\": \"3\", \"b\": \"4\"}\n]}\n```\nakhir"
	out := string(jsonTables([]byte(in), nil))
	if strings.Count(out, "\n") != strings.Count(in, "\n") || !strings.Contains(out, "a\tb\n1\t2\n3\t4") || !strings.Contains(out, "Tabel 3.2") {
		t.Errorf("rewrite:\n%s", out)
	}
	for _, s := range []string{"", "teks biasa", `{"satker": "KPU Kabupaten Alor", "tahun": "2024"}`, `catatan {"a": "1"} di tengah kalimat`,
		`[{"a": {"b": "1"}, "c": "2"}]`, `[["a", "b"], ["1", "2", "3"]]`, `[[1, 2], [3, 4]]`} {
		if got := string(jsonTables([]byte(s), nil)); got != s {
			t.Errorf("jsonTables(%q) = %q, want it unchanged", s, got)
		}
	}
}
